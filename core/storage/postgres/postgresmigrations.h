#pragma once

#include <QStringList>

// The PostgreSQL schema, in the schema "aftersales" of the team's database.
namespace aftersales::postgres::migrations
{

// Step N (1-based) brings the schema from version N-1 to N (table aftersales_schema); each
// step runs in one transaction. Steps are appended, never edited once shipped.
const QList<QStringList> &steps();
int latestVersion();

// The foreign keys a bulk load drops and builds again at its end (or the next opening, when
// it was killed): each checked row by row would take most of a large load's time.
struct ForeignKey {
    const char *table;
    const char *name;
    const char *definition; // ALTER TABLE … ADD CONSTRAINT name <definition>
};
const QList<ForeignKey> &foreignKeys();

// What an agent may do (`team grant`), one GRANT per line with %I for the role (format()).
const QStringList &agentGrants();
// What `team revoke` takes back, the same way.
const QStringList &agentRevokes();
// Sessions of the database look in the workbench's schema first: `psql` finds claims and
// events by their names, and an agent's UPDATE of events meets its missing right rather
// than a missing table. (The program sets its own path.) Nothing where the role setting up
// the schema does not own the database.
QString databaseSearchPath();

// Advisory lock keys (pg_advisory_lock(key, id)): per database, so one constant serves.
constexpr int lockKey = 0x61667473; // "afts"
constexpr int migrationLock = 0;
constexpr int teamLock = 1;

// The channel the claims' trigger notifies on.
inline constexpr char channel[] = "aftersales_claims";

} // namespace aftersales::postgres::migrations
