#pragma once

#include "domain/claim.h"
#include "domain/outcome.h"
#include "domain/policy.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

// How a claim reads for a person, in the current language: the one renderer of money,
// times, deadlines, a claim's fields and its history, shared by the window's list and detail
// pane, the command line and the text export. Times are shown in the user's time zone.
namespace aftersales::claimtext
{

// Yuan from fen: "¥1,299.00", "-¥1.50" (digits grouped as the locale groups them).
QString money(qint64 cents);

// The zone of the user's setting (an IANA id such as "Asia/Shanghai"), or the system's
// when it is empty or unknown.
QTimeZone zoneOf(const QString &setting);
enum class Precision {
    Minutes,        // "2026-11-26 10:00": the window
    Seconds,        // "2026-11-26 10:00:00": the command line
    SecondsAndZone, // "2026-11-26 10:00:00 CST": a document read elsewhere
};
QString time(const QDateTime &t, const QTimeZone &zone, Precision precision = Precision::Minutes);

// What is left until the claim's deadline: "5h 12m left", "overdue 3m 2s", or a dash.
QString timeLeft(const Claim &claim, const QDateTime &now);
// What happens at the claim's deadline and when: "Approves automatically in 5h 12m",
// "In 1d 2h: late-shipment penalty and ¥3.00 compensation to the buyer". What it costs is
// rules::atDeadline's answer, the sweep's own.
QString deadlineSentence(const Claim &claim, const QDateTime &now, const Policy &policy);

// "SF Express SF1234567890123", or empty when there is no number.
QString shipment(const QString &carrier, const QString &trackingNo);
// "Claim 12 · Reshipment · Pending review".
QString title(const Claim &claim);

// One of a claim's fields: a stable key ("order", "product", …), its label, its value
// (empty when there is nothing to say).
struct Field {
    const char *key;
    QString label;
    QString value;
};
// The claim's fields in reading order: order, product, buyer, amount, buyer's reason and
// note, applied, deadline (with the time left when `now` is valid), original shipment,
// buyer's return, replacement, reject reason, refunded, compensation, remark, assignee (the
// agent who holds it), and where a platform claim stands with the platform (empty for a
// local-only claim).
QList<Field> fields(const Claim &claim, const QTimeZone &zone, Precision precision,
                    const QDateTime &now = {});

// An event's detail for people: labels instead of codes, yuan instead of fen, carriers and
// flag colours by name.
QString eventDetail(const Event &event);
// "Pending review → Awaiting shipment", or one status where it did not change.
QString statusChange(const Event &event);
// One event of a claim's history, each part worded.
struct HistoryLine {
    QString at;
    QString who;
    QString what;
    QString status;
    QString detail;
};
QList<HistoryLine> history(const QList<Event> &events, const QTimeZone &zone, Precision precision);
// The column headers of a history: time, who, what, status, detail.
QStringList historyHeaders();

// The claim and its audit trail as plain text (an e-mail to the platform's support, evidence
// in arbitration): the title, the fields, then every event oldest first.
QString document(const Claim &claim, const QList<Event> &events, const QTimeZone &zone);
// document() written to `path` as UTF-8, whole or not at all.
Outcome writeDocument(const QString &path, const Claim &claim, const QList<Event> &events,
                      const QTimeZone &zone);

} // namespace aftersales::claimtext
