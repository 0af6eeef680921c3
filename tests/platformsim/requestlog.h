#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <deque>

namespace aftersales::platformsim
{

// What happened to one platform request: enough for a test to prove "exactly once".
// No credential is ever part of it.
struct LogEntry {
    qint64 seq = 0;
    qint64 at = 0; // the simulator's clock
    QString logId;
    QString method;  // "afterSale.operate"; the path when the method was unknown
    QStringList ids; // the aftersale_id(s) it named
    int operateType = 0;
    int httpStatus = 200;
    int code = 0; // the envelope's code; 0 when no envelope went out
    QString subCode;
    QString fault;        // the fault injected into it, if any
    bool applied = false; // a write changed the platform's state
    QStringList appliedIds;
};

// Every platform request in order (the newest `capacity` of them), and counters that
// outlive the log's window: requests per method, faults per kind, and how many times each
// write was applied per aftersale_id and operate type ("fillLogistics" for that method).
class RequestLog
{
public:
    static constexpr qsizetype capacity = 200000;

    void append(LogEntry entry);
    QList<LogEntry> since(qint64 seq, int limit) const;
    qint64 lastSeq() const { return m_nextSeq - 1; }
    void clear();

    int appliedCount(const QString &aftersaleId, const QString &action) const;
    // An answer held back (the latency) and sent: the most held at once is a counter.
    void answerHeld();
    void answerReleased();
    QJsonObject counters() const;

    static QJsonObject toJson(const LogEntry &entry);

private:
    std::deque<LogEntry> m_entries;
    qint64 m_nextSeq = 1;
    QMap<QString, int> m_requests;
    QMap<QString, int> m_faults;
    QHash<QString, QMap<QString, int>> m_applied; // aftersale_id → action → count
    int m_writesApplied = 0;
    int m_held = 0;
    int m_mostHeld = 0;
};

} // namespace aftersales::platformsim
