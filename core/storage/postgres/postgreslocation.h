#pragma once

#include "domain/outcome.h"

#include <QString>

namespace aftersales::postgres
{

// Where a PostgreSQL database is: a postgresql:// (or postgres://) URI taken apart for
// libpq. A password never travels in it: libpq reads one from PGPASSWORD or the password
// file (~/.pgpass, PGPASSFILE) itself, so none reaches settings, logs or the audit trail.
struct Location {
    QString role;     // empty: libpq's own default (PGUSER, else the login name)
    QString host;     // a name, an address, or a socket folder such as /run/postgresql
    int port = -1;    // -1: libpq's default
    QString database; // required
    QString sslmode;  // empty: libpq's default

    // The URI again, as storage::open takes it and messages show it.
    QString uri() const;
};

// Whether `location` is meant as a PostgreSQL URI (postgresql:// or postgres://).
bool isUri(const QString &location);

// The location, or bad input saying what is wrong with it: a password in it (never
// repeated in the message), no database name, a parameter this program does not pass on.
Result<Location> parse(const QString &location);

} // namespace aftersales::postgres
