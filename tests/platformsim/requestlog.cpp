#include "requestlog.h"

#include <QJsonArray>

namespace aftersales::platformsim
{

void RequestLog::append(LogEntry entry)
{
    entry.seq = m_nextSeq++;
    ++m_requests[entry.method];
    if (!entry.fault.isEmpty())
        ++m_faults[entry.fault];
    const QString action =
        entry.operateType ? QString::number(entry.operateType) : entry.method.section(QLatin1Char('.'), 1);
    for (const QString &id : entry.appliedIds) {
        ++m_applied[id][action];
        ++m_writesApplied;
    }
    m_entries.push_back(std::move(entry));
    if (qsizetype(m_entries.size()) > capacity)
        m_entries.pop_front();
}

QList<LogEntry> RequestLog::since(qint64 seq, int limit) const
{
    QList<LogEntry> out;
    if (m_entries.empty())
        return out;
    // Sequence numbers are consecutive: the first entry after `seq` is found by offset.
    const qint64 start = std::max<qint64>(0, seq + 1 - m_entries.front().seq);
    for (auto it = m_entries.begin() + std::min<qint64>(start, qint64(m_entries.size()));
         it != m_entries.end() && out.size() < limit; ++it)
        out.append(*it);
    return out;
}

void RequestLog::clear()
{
    m_entries.clear();
    m_requests.clear();
    m_faults.clear();
    m_applied.clear();
    m_writesApplied = 0;
    m_mostHeld = m_held;
}

void RequestLog::answerHeld()
{
    m_mostHeld = std::max(m_mostHeld, ++m_held);
}

void RequestLog::answerReleased()
{
    --m_held;
}

int RequestLog::appliedCount(const QString &aftersaleId, const QString &action) const
{
    return m_applied.value(aftersaleId).value(action);
}

QJsonObject RequestLog::counters() const
{
    QJsonObject requests;
    for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it)
        requests.insert(it.key(), it.value());
    QJsonObject faults;
    for (auto it = m_faults.cbegin(); it != m_faults.cend(); ++it)
        faults.insert(it.key(), it.value());
    QJsonObject applied;
    for (auto it = m_applied.cbegin(); it != m_applied.cend(); ++it) {
        QJsonObject perAction;
        for (auto a = it.value().cbegin(); a != it.value().cend(); ++a)
            perAction.insert(a.key(), a.value());
        applied.insert(it.key(), perAction);
    }
    return {{QStringLiteral("requests"), requests},
            {QStringLiteral("faults"), faults},
            {QStringLiteral("applied"), applied},
            {QStringLiteral("writes_applied"), m_writesApplied},
            {QStringLiteral("most_in_flight"), m_mostHeld}};
}

QJsonObject RequestLog::toJson(const LogEntry &e)
{
    return {{QStringLiteral("seq"), e.seq},
            {QStringLiteral("at"), e.at},
            {QStringLiteral("log_id"), e.logId},
            {QStringLiteral("method"), e.method},
            {QStringLiteral("aftersale_ids"), QJsonArray::fromStringList(e.ids)},
            {QStringLiteral("operate_type"), e.operateType},
            {QStringLiteral("http_status"), e.httpStatus},
            {QStringLiteral("code"), e.code},
            {QStringLiteral("sub_code"), e.subCode},
            {QStringLiteral("fault"), e.fault},
            {QStringLiteral("applied"), e.applied},
            {QStringLiteral("applied_ids"), QJsonArray::fromStringList(e.appliedIds)}};
}

} // namespace aftersales::platformsim
