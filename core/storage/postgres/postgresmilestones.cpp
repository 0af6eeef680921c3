#include "storage/postgres/postgresmilestones.h"

namespace aftersales::postgres
{
namespace
{

QVariant endValue(const std::optional<WindowEnd> &end)
{
    return end ? QVariant(int(*end)) : QVariant(QMetaType::fromType<int>());
}

void addEnd(BulkColumn &column, const std::optional<WindowEnd> &end)
{
    if (end)
        column.number(int(*end));
    else
        column.null();
}

} // namespace

QString milestoneColumns()
{
    return QStringLiteral("action_at, actor, review_end, ship_start, ship_end");
}

QStringList milestoneTypes()
{
    return {QStringLiteral("bigint"), QStringLiteral("text"), QStringLiteral("integer"),
            QStringLiteral("bigint"), QStringLiteral("integer")};
}

QVariantList milestoneValues(const milestones::Milestones &m)
{
    return {timeValue(m.firstActionAt),
            m.firstActionAt ? QVariant(text(m.firstActor)) : QVariant(QMetaType::fromType<QString>()),
            endValue(m.reviewEnd), timeValue(m.shipStart), endValue(m.shipEnd)};
}

void addMilestones(BulkColumn *columns, const milestones::Milestones &m)
{
    columns[0].time(m.firstActionAt);
    if (m.firstActionAt)
        columns[1].text(m.firstActor);
    else
        columns[1].null();
    addEnd(columns[2], m.reviewEnd);
    columns[3].time(m.shipStart);
    addEnd(columns[4], m.shipEnd);
}

QString milestoneSets(const QString &s)
{
    return QStringLiteral("first_action_at = COALESCE(c.first_action_at, %1.action_at),"
                          " first_actor = COALESCE(c.first_actor, %1.actor),"
                          " first_action_delay = COALESCE(c.first_action_delay, %1.action_at - c.applied_at),"
                          " review_end = COALESCE(c.review_end, %1.review_end),"
                          " ship_start = COALESCE(c.ship_start, %1.ship_start),"
                          " ship_end = COALESCE(c.ship_end, %1.ship_end)")
        .arg(s);
}

} // namespace aftersales::postgres
