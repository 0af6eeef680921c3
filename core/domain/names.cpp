#include "domain/names.h"

#include <QCoreApplication>

#include <array>

namespace aftersales::names
{
namespace
{

template <typename E> struct Row {
    E value;
    const char *name;
    const char *label; // English source text of the translated label
};

// QT_TRANSLATE_NOOP marks the labels for lupdate; label() translates them at run time.
constexpr std::array typeRows{
    Row<ClaimType>{ClaimType::ReturnRefund, "return_refund", QT_TRANSLATE_NOOP("names", "Return and refund")},
    Row<ClaimType>{ClaimType::RefundShipped, "refund_shipped",
                   QT_TRANSLATE_NOOP("names", "Refund only (shipped)")},
    Row<ClaimType>{ClaimType::RefundUnshipped, "refund_unshipped",
                   QT_TRANSLATE_NOOP("names", "Refund only (not shipped)")},
    Row<ClaimType>{ClaimType::Exchange, "exchange", QT_TRANSLATE_NOOP("names", "Exchange")},
    Row<ClaimType>{ClaimType::Reship, "reship", QT_TRANSLATE_NOOP("names", "Reshipment")},
};

struct StatusRow {
    ClaimStatus value;
    const char *name;
    int platformCode; // -1: the platform has none
    const char *label;
};

constexpr std::array statusRows{
    StatusRow{ClaimStatus::PendingReview, "pending_review", 6, QT_TRANSLATE_NOOP("names", "Pending review")},
    StatusRow{ClaimStatus::AwaitingBuyerReturn, "awaiting_buyer_return", 7,
              QT_TRANSLATE_NOOP("names", "Awaiting buyer's return")},
    StatusRow{ClaimStatus::AwaitingShipment, "awaiting_shipment", 8,
              QT_TRANSLATE_NOOP("names", "Awaiting shipment")},
    StatusRow{ClaimStatus::PendingSecondReview, "pending_second_review", 11,
              QT_TRANSLATE_NOOP("names", "Confirm returned goods")},
    StatusRow{ClaimStatus::Refunded, "refunded", 12, QT_TRANSLATE_NOOP("names", "Refunded")},
    StatusRow{ClaimStatus::Shipped, "shipped", 13, QT_TRANSLATE_NOOP("names", "Awaiting buyer's receipt")},
    StatusRow{ClaimStatus::Completed, "completed", 14, QT_TRANSLATE_NOOP("names", "Completed")},
    StatusRow{ClaimStatus::Rejected, "rejected", 27, QT_TRANSLATE_NOOP("names", "Rejected by merchant")},
    StatusRow{ClaimStatus::Closed, "closed", 28, QT_TRANSLATE_NOOP("names", "Closed")},
    StatusRow{ClaimStatus::SecondRejected, "second_rejected", 29,
              QT_TRANSLATE_NOOP("names", "Rejected at second review")},
    StatusRow{ClaimStatus::ShipOverdue, "ship_overdue", -1, QT_TRANSLATE_NOOP("names", "Shipment overdue")},
    StatusRow{ClaimStatus::InArbitration, "in_arbitration", -1, QT_TRANSLATE_NOOP("names", "In arbitration")},
    StatusRow{ClaimStatus::PlatformIntervention, "platform_intervention", -1,
              QT_TRANSLATE_NOOP("names", "Platform intervention")},
    StatusRow{ClaimStatus::Cancelled, "cancelled", -1, QT_TRANSLATE_NOOP("names", "Cancelled by buyer")},
};

constexpr std::array reasonRows{
    Row<Reason>{Reason::NeverReceived, "never_received", QT_TRANSLATE_NOOP("names", "Never received")},
    Row<Reason>{Reason::MissingItems, "missing_items", QT_TRANSLATE_NOOP("names", "Items missing")},
    Row<Reason>{Reason::Other, "other", QT_TRANSLATE_NOOP("names", "Other")},
    Row<Reason>{Reason::QualityIssue, "quality_issue", QT_TRANSLATE_NOOP("names", "Quality issue")},
    Row<Reason>{Reason::WrongItem, "wrong_item", QT_TRANSLATE_NOOP("names", "Wrong item sent")},
    Row<Reason>{Reason::NotAsDescribed, "not_as_described", QT_TRANSLATE_NOOP("names", "Not as described")},
    Row<Reason>{Reason::NoLongerNeeded, "no_longer_needed", QT_TRANSLATE_NOOP("names", "No longer needed")},
};

constexpr std::array rejectRows{
    Row<RejectCode>{RejectCode::AgreedWithBuyer, "agreed_with_buyer",
                    QT_TRANSLATE_NOOP("names", "Agreed with the buyer")},
    Row<RejectCode>{RejectCode::OutOfStock, "out_of_stock", QT_TRANSLATE_NOOP("names", "Out of stock")},
    Row<RejectCode>{RejectCode::Delivered, "delivered",
                    QT_TRANSLATE_NOOP("names", "Tracking shows delivered")},
    Row<RejectCode>{RejectCode::Other, "other", QT_TRANSLATE_NOOP("names", "Other")},
};

QString label(const char *source)
{
    return QCoreApplication::translate("names", source);
}

template <typename Rows, typename E> const auto *find(const Rows &rows, E value)
{
    for (const auto &row : rows)
        if (row.value == value)
            return &row;
    return static_cast<decltype(&rows[0])>(nullptr);
}

template <typename Rows>
auto parse(const Rows &rows, const QString &name) -> std::optional<decltype(rows[0].value)>
{
    for (const auto &row : rows)
        if (name == QLatin1String(row.name))
            return row.value;
    return std::nullopt;
}

template <typename Rows> auto values(const Rows &rows)
{
    QList<std::remove_cvref_t<decltype(rows[0].value)>> out;
    for (const auto &row : rows)
        out.append(row.value);
    return out;
}

} // namespace

QString typeName(ClaimType t)
{
    return QLatin1String(find(typeRows, t)->name);
}
std::optional<ClaimType> parseType(const QString &name)
{
    return parse(typeRows, name);
}
int platformCode(ClaimType t)
{
    return static_cast<int>(t);
}
std::optional<ClaimType> typeFromPlatformCode(int code)
{
    for (const auto &row : typeRows)
        if (static_cast<int>(row.value) == code)
            return row.value;
    return std::nullopt;
}
QString typeLabel(ClaimType t)
{
    return label(find(typeRows, t)->label);
}
QList<ClaimType> allTypes()
{
    return values(typeRows);
}

QString statusName(ClaimStatus s)
{
    return QLatin1String(find(statusRows, s)->name);
}
std::optional<ClaimStatus> parseStatus(const QString &name)
{
    return parse(statusRows, name);
}
std::optional<int> platformCode(ClaimStatus s)
{
    const int code = find(statusRows, s)->platformCode;
    return code < 0 ? std::nullopt : std::optional<int>(code);
}
std::optional<ClaimStatus> statusFromPlatformCode(int code)
{
    for (const auto &row : statusRows)
        if (row.platformCode == code && code >= 0)
            return row.value;
    return std::nullopt;
}
QString statusLabel(ClaimStatus s)
{
    return label(find(statusRows, s)->label);
}
QList<ClaimStatus> allStatuses()
{
    return values(statusRows);
}

QString reasonName(Reason r)
{
    return QLatin1String(find(reasonRows, r)->name);
}
std::optional<Reason> parseReason(const QString &name)
{
    return parse(reasonRows, name);
}
QString reasonLabel(Reason r)
{
    return label(find(reasonRows, r)->label);
}
QList<Reason> reasonsFor(ClaimType t)
{
    if (t == ClaimType::Reship)
        return {Reason::NeverReceived, Reason::MissingItems, Reason::Other};
    if (t == ClaimType::RefundUnshipped)
        return {Reason::NoLongerNeeded, Reason::Other};
    return {Reason::QualityIssue, Reason::WrongItem,      Reason::NotAsDescribed,
            Reason::MissingItems, Reason::NoLongerNeeded, Reason::Other};
}

QString rejectCodeName(RejectCode c)
{
    return QLatin1String(find(rejectRows, c)->name);
}
std::optional<RejectCode> parseRejectCode(const QString &name)
{
    return parse(rejectRows, name);
}
QString rejectCodeLabel(RejectCode c)
{
    return label(find(rejectRows, c)->label);
}
QList<RejectCode> allRejectCodes()
{
    return values(rejectRows);
}

namespace
{
constexpr std::array syncRows{
    Row<SyncState>{SyncState::Local, "local", QT_TRANSLATE_NOOP("names", "Local only")},
    Row<SyncState>{SyncState::Synced, "synced", QT_TRANSLATE_NOOP("names", "Synced")},
    Row<SyncState>{SyncState::Pending, "pending", QT_TRANSLATE_NOOP("names", "Waiting to be sent")},
    Row<SyncState>{SyncState::Failed, "failed", QT_TRANSLATE_NOOP("names", "Refused by the platform")},
};
} // namespace

QString syncStateName(SyncState s)
{
    return QLatin1String(find(syncRows, s)->name);
}

QString syncStateLabel(SyncState s)
{
    return label(find(syncRows, s)->label);
}

QString actionLabel(const QString &action)
{
    static const std::array<std::pair<const char *, const char *>, 24> rows{{
        {"apply", QT_TRANSLATE_NOOP("names", "Buyer applied")},
        {"approve", QT_TRANSLATE_NOOP("names", "Approved")},
        {"auto_approve", QT_TRANSLATE_NOOP("names", "Approved automatically")},
        {"reject", QT_TRANSLATE_NOOP("names", "Rejected")},
        {"ship", QT_TRANSLATE_NOOP("names", "Shipped with tracking number")},
        {"late_shipment", QT_TRANSLATE_NOOP("names", "Late shipment penalty")},
        {"auto_refund", QT_TRANSLATE_NOOP("names", "Refunded automatically")},
        {"window_lapsed", QT_TRANSLATE_NOOP("names", "Buyer's window lapsed")},
        {"auto_confirm_return", QT_TRANSLATE_NOOP("names", "Return confirmed automatically")},
        {"cancel", QT_TRANSLATE_NOOP("names", "Buyer cancelled")},
        {"modify", QT_TRANSLATE_NOOP("names", "Buyer modified the application")},
        {"escalate", QT_TRANSLATE_NOOP("names", "Buyer asked for platform intervention")},
        {"confirm", QT_TRANSLATE_NOOP("names", "Buyer confirmed receipt")},
        {"return", QT_TRANSLATE_NOOP("names", "Buyer shipped the goods back")},
        {"decide_buyer", QT_TRANSLATE_NOOP("names", "Platform decided for the buyer")},
        {"decide_merchant", QT_TRANSLATE_NOOP("names", "Platform decided for the merchant")},
        {"remark", QT_TRANSLATE_NOOP("names", "Remark")},
        {"refund", QT_TRANSLATE_NOOP("names", "Converted to refund")},
        {"import", QT_TRANSLATE_NOOP("names", "Imported")},
        {"platform_update", QT_TRANSLATE_NOOP("names", "Changed on the platform")},
        {"flag", QT_TRANSLATE_NOOP("names", "Flag changed")},
        {"assign", QT_TRANSLATE_NOOP("names", "Assigned")},
        {"sync_refused", QT_TRANSLATE_NOOP("names", "Refused by the platform")},
        {"sync_seen", QT_TRANSLATE_NOOP("names", "Platform's refusal seen")},
    }};
    for (const auto &[name, source] : rows)
        if (action == QLatin1String(name))
            return label(source);
    return action;
}

QString flagLabel(int flag)
{
    static const std::array<const char *, flagCount> labels{
        QT_TRANSLATE_NOOP("names", "No flag"), QT_TRANSLATE_NOOP("names", "Purple"),
        QT_TRANSLATE_NOOP("names", "Cyan"),    QT_TRANSLATE_NOOP("names", "Green"),
        QT_TRANSLATE_NOOP("names", "Orange"),  QT_TRANSLATE_NOOP("names", "Red"),
    };
    if (flag < 0 || flag >= flagCount)
        return QString::number(flag);
    return label(labels[size_t(flag)]);
}

namespace
{

// The categories the demo and the platform's smart-home gray release use.
constexpr std::array<std::pair<const char *, const char *>, 6> categoryRows{{
    {"smart_home", QT_TRANSLATE_NOOP("names", "Smart home")},
    {"digital", QT_TRANSLATE_NOOP("names", "Digital")},
    {"home", QT_TRANSLATE_NOOP("names", "Home and living")},
    {"apparel", QT_TRANSLATE_NOOP("names", "Apparel")},
    {"beauty", QT_TRANSLATE_NOOP("names", "Beauty")},
    {"food", QT_TRANSLATE_NOOP("names", "Food")},
}};

} // namespace

QString categoryLabel(const QString &code)
{
    for (const auto &[name, source] : categoryRows)
        if (code == QLatin1String(name))
            return label(source);
    return code;
}

QString categoryCode(const QString &text)
{
    const QString t = text.trimmed();
    for (const auto &[name, source] : categoryRows)
        if (t == QLatin1String(name) || t.compare(label(source), Qt::CaseInsensitive) == 0 ||
            t.compare(QLatin1String(source), Qt::CaseInsensitive) == 0)
            return QLatin1String(name);
    return t;
}

QString actorLabel(const QString &actor)
{
    if (actor == actors::buyer)
        return QCoreApplication::translate("names", "Buyer");
    if (actor == actors::platform)
        return QCoreApplication::translate("names", "Platform");
    if (actor == actors::system)
        return QCoreApplication::translate("names", "System");
    return actor;
}

} // namespace aftersales::names
