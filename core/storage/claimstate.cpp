#include "storage/claimstate.h"

namespace aftersales::claimstate
{

const QStringList &columns()
{
    static const QStringList names{QStringLiteral("status"),         QStringLiteral("reason"),
                                   QStringLiteral("note"),           QStringLiteral("deadline"),
                                   QStringLiteral("carrier"),        QStringLiteral("tracking_no"),
                                   QStringLiteral("return_carrier"), QStringLiteral("return_tracking_no"),
                                   QStringLiteral("refund_cents"),   QStringLiteral("compensation_cents"),
                                   QStringLiteral("reject_code"),    QStringLiteral("remark"),
                                   QStringLiteral("flag"),           QStringLiteral("updated_at"),
                                   QStringLiteral("assignee")};
    return names;
}

QVariantList values(const Claim &c, QString (*text)(const QString &))
{
    const auto optional = [text](const QString &s) {
        return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text(s));
    };
    const auto time = [](const std::optional<QDateTime> &t) {
        return t ? QVariant(t->toSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
    };
    return {int(c.status),
            int(c.reason),
            text(c.note),
            time(c.deadline),
            optional(c.carrier),
            optional(c.trackingNo),
            optional(c.returnCarrier),
            optional(c.returnTrackingNo),
            c.refundCents,
            c.compensationCents,
            c.rejectCode ? QVariant(int(*c.rejectCode)) : QVariant(QMetaType::fromType<int>()),
            text(c.remark),
            c.flag,
            c.updatedAt.toSecsSinceEpoch(),
            optional(c.assignee)};
}

} // namespace aftersales::claimstate
