#include "io/importer.h"

#include "domain/carriers.h"
#include "domain/names.h"
#include "domain/rules.h"
#include "domain/timeformat.h"
#include "storage/storage.h"
#include "workbench.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace aftersales::importer
{
namespace
{

constexpr qint64 maxFileBytes = 256LL * 1024 * 1024;
constexpr int maxTextLength = 2000;

// The context lupdate gives tr() calls in this namespace.
QString tr(const char *text)
{
    return QCoreApplication::translate("aftersales::importer", text);
}

struct ItemError {
    QString field;
    QString problem;
};

// The platform nests the claim under aftersale_info and the order under order_info;
// flat items are accepted too.
QJsonObject flatten(const QJsonObject &item)
{
    QJsonObject flat = item;
    for (const char *nested : {"aftersale_info", "order_info"}) {
        const QJsonObject inner = item.value(QLatin1String(nested)).toObject();
        for (auto it = inner.begin(); it != inner.end(); ++it)
            if (!flat.contains(it.key()))
                flat.insert(it.key(), it.value());
    }
    if (!flat.contains(QStringLiteral("order_id")) && flat.contains(QStringLiteral("shop_order_id")))
        flat.insert(QStringLiteral("order_id"), flat.value(QStringLiteral("shop_order_id")));
    return flat;
}

std::optional<qint64> integer(const QJsonValue &v)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        // Outside qint64 the conversion below is undefined behaviour, not just wrong.
        if (!(d > -9.2e18 && d < 9.2e18))
            return std::nullopt;
        if (d == double(qint64(d)))
            return qint64(d);
        return std::nullopt;
    }
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

std::optional<QDateTime> instant(const QJsonValue &v)
{
    if (v.isString() && v.toString().contains(QLatin1Char('T')))
        return timeformat::parseIso(v.toString());
    const std::optional<qint64> secs = integer(v);
    if (!secs || *secs <= 0)
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(*secs, Qt::UTC);
}

std::optional<Reason> reasonFrom(const QJsonValue &v)
{
    const QString text = v.toString().trimmed();
    if (text.isEmpty())
        return Reason::Other;
    if (auto r = names::parseReason(text))
        return r;
    // The platform sends the buyer's reason as the Chinese text the buyer picked.
    if (text == QStringLiteral("一直未收到货"))
        return Reason::NeverReceived;
    if (text == QStringLiteral("商家少发/漏发"))
        return Reason::MissingItems;
    if (text == QStringLiteral("其他"))
        return Reason::Other;
    return std::nullopt;
}

struct Parsed {
    Order order;
    Claim claim;
};

std::optional<ItemError> parseItem(const QJsonObject &raw, const QDateTime &now, const Policy &policy,
                                   Parsed &out)
{
    const QJsonObject item = flatten(raw);
    for (auto it = item.begin(); it != item.end(); ++it)
        if (it.value().isString() && it.value().toString().size() > maxTextLength)
            return ItemError{it.key(), tr("text longer than %1 characters").arg(maxTextLength)};
    auto text = [&](const char *key) { return item.value(QLatin1String(key)).toString().trimmed(); };

    const std::optional<qint64> id = integer(item.value(QStringLiteral("aftersale_id")));
    if (!id || *id <= 0)
        return ItemError{QStringLiteral("aftersale_id"), tr("missing or not a positive whole number")};
    Claim &c = out.claim;
    c.id = *id;
    c.orderId = text("order_id");
    if (c.orderId.isEmpty())
        return ItemError{QStringLiteral("order_id"), tr("missing")};
    const std::optional<qint64> typeCode = integer(item.value(QStringLiteral("aftersale_type")));
    const auto type = typeCode ? names::typeFromPlatformCode(int(*typeCode)) : std::nullopt;
    if (!type)
        return ItemError{QStringLiteral("aftersale_type"),
                         tr("missing or not a known type code (0, 1, 2, 3, 7)")};
    c.type = *type;
    std::optional<ClaimStatus> status;
    if (item.contains(QStringLiteral("aftersale_status"))) {
        const std::optional<qint64> code = integer(item.value(QStringLiteral("aftersale_status")));
        status = code ? names::statusFromPlatformCode(int(*code)) : std::nullopt;
        if (!status)
            return ItemError{QStringLiteral("aftersale_status"), tr("not a known status code")};
    } else {
        status = names::parseStatus(text("status"));
        if (!status)
            return ItemError{QStringLiteral("aftersale_status"), tr("missing")};
    }
    c.status = *status;
    const auto reason = reasonFrom(item.value(QStringLiteral("reason")));
    if (!reason || !names::reasonsFor(c.type).contains(*reason))
        return ItemError{QStringLiteral("reason"), tr("not a reason this claim type takes")};
    c.reason = *reason;
    const std::optional<QDateTime> applied = instant(item.value(QStringLiteral("apply_time")));
    if (!applied)
        return ItemError{QStringLiteral("apply_time"), tr("missing or not a time")};
    if (*applied > now)
        return ItemError{QStringLiteral("apply_time"), tr("in the future")};
    c.appliedAt = *applied;
    const std::optional<QDateTime> updated = item.contains(QStringLiteral("update_time"))
                                                 ? instant(item.value(QStringLiteral("update_time")))
                                                 : applied;
    if (!updated || *updated > now)
        return ItemError{QStringLiteral("update_time"), tr("not a time, or in the future")};
    c.updatedAt = *updated;
    if (item.contains(QStringLiteral("status_deadline")) &&
        integer(item.value(QStringLiteral("status_deadline"))).value_or(0) != 0) {
        c.deadline = instant(item.value(QStringLiteral("status_deadline")));
        if (!c.deadline)
            return ItemError{QStringLiteral("status_deadline"), tr("not a time")};
    } else {
        c.deadline = rules::deadlineFor(c.status, c.updatedAt, policy);
    }
    for (const char *key : {"refund_amount", "order_amount", "order_flag"}) {
        const QJsonValue v = item.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isNull() && (!integer(v) || *integer(v) < 0))
            return ItemError{QLatin1String(key), tr("not a whole number, 0 or more")};
    }
    c.refundCents = integer(item.value(QStringLiteral("refund_amount"))).value_or(0);
    c.flag = int(integer(item.value(QStringLiteral("order_flag"))).value_or(0));
    if (c.flag > 5)
        return ItemError{QStringLiteral("order_flag"), tr("must be 0 to 5")};
    c.note = text("buyer_note");
    c.remark = text("remark");
    c.carrier = text("carrier");
    c.trackingNo = carriers::normalized(text("tracking_no"));
    if (!c.trackingNo.isEmpty() && !carriers::matches(c.carrier, c.trackingNo))
        return ItemError{QStringLiteral("tracking_no"), tr("does not fit the carrier's format")};

    Order &o = out.order;
    o.orderId = c.orderId;
    o.category = text("category").isEmpty() ? QStringLiteral("unknown") : text("category");
    o.amountCents = integer(item.value(QStringLiteral("order_amount"))).value_or(c.refundCents);
    o.product = text("product_name");
    o.buyer = text("buyer_nickname");
    o.carrier = text("original_carrier");
    o.trackingNo = carriers::normalized(text("original_tracking_no"));
    if (!o.trackingNo.isEmpty() && !carriers::matches(o.carrier, o.trackingNo))
        return ItemError{QStringLiteral("original_tracking_no"), tr("does not fit the carrier's format")};
    if (c.type != ClaimType::RefundUnshipped)
        o.shippedAt = c.appliedAt;
    c.order = o;
    return std::nullopt;
}

} // namespace

Result<int> importClaims(Workbench &workbench, const QByteArray &json, const Progress &progress)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Outcome::badInput(
            tr("Not valid JSON at byte %1: %2.").arg(error.offset).arg(error.errorString()));
    QJsonArray items;
    if (doc.isArray())
        items = doc.array();
    else if (doc.object().value(QStringLiteral("items")).isArray())
        items = doc.object().value(QStringLiteral("items")).toArray();
    else if (doc.object().value(QStringLiteral("data")).toObject().value(QStringLiteral("items")).isArray())
        items =
            doc.object().value(QStringLiteral("data")).toObject().value(QStringLiteral("items")).toArray();
    else
        return Outcome::badInput(
            tr("Expected a list of claims, {\"items\": [...]} or {\"data\": {\"items\": [...]}}."));
    if (Outcome o = workbench.checkClock(); !o.ok())
        return o;

    const QDateTime now = workbench.now();
    QList<Parsed> parsed;
    QSet<qint64> ids;
    QSet<QString> trackings;
    const qint64 steps = 2 * qint64(items.size());
    // About a hundred reports, whatever the size of the file.
    const qint64 every = std::max<qint64>(1, steps / 100);
    auto cancelled = [&](qint64 done) { return progress && done % every == 0 && !progress(done, steps); };
    const Outcome stopped = Outcome::badInput(tr("Import cancelled; nothing was imported."));
    for (int i = 0; i < items.size(); ++i) {
        if (cancelled(i))
            return stopped;
        if (!items[i].isObject())
            return Outcome::badInput(tr("Item %1 is not an object.").arg(i + 1));
        Parsed p;
        if (auto e = parseItem(items[i].toObject(), now, workbench.policy(), p))
            return Outcome::badInput(tr("Item %1, field \"%2\": %3.").arg(i + 1).arg(e->field, e->problem));
        if (ids.contains(p.claim.id))
            return Outcome::badInput(tr("Item %1, field \"aftersale_id\": %2 appears twice in the file.")
                                         .arg(i + 1)
                                         .arg(p.claim.id));
        ids.insert(p.claim.id);
        if (!p.claim.trackingNo.isEmpty() && trackings.contains(p.claim.trackingNo))
            return Outcome::badInput(
                tr("Item %1, field \"tracking_no\": used twice in the file.").arg(i + 1));
        trackings.insert(p.claim.trackingNo);
        parsed.append(p);
    }

    QList<Claim> claims;
    for (const Parsed &p : std::as_const(parsed))
        claims.append(p.claim);
    const Storage &storage = workbench.storage();
    // Before each claim is written: a claim the workbench holds already, or a tracking
    // number another claim uses, refuses the whole file.
    const auto check = [&](int index, const Claim &c, const std::optional<Claim> &existing) -> Outcome {
        if (cancelled(items.size() + index))
            return stopped;
        if (existing)
            return Outcome::badInput(
                tr("Item %1, field \"aftersale_id\": claim %2 already exists.").arg(index + 1).arg(c.id));
        if (!c.trackingNo.isEmpty()) {
            const auto used = storage.trackingUsedBy(c.trackingNo, c.id);
            if (!used.ok())
                return used.outcome;
            if (*used)
                return Outcome::badInput(tr("Item %1, field \"tracking_no\": already used by claim %2.")
                                             .arg(index + 1)
                                             .arg(**used));
        }
        return Outcome::success();
    };
    const Result<QList<Workbench::PlatformChange>> taken = workbench.platformSays(claims, check);
    if (!taken.ok())
        return taken.outcome;
    if (progress)
        progress(steps, steps);
    return int(parsed.size());
}

Result<int> importFile(Workbench &workbench, const QString &path, const Progress &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Outcome::badInput(tr("Cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > maxFileBytes)
        return Outcome::badInput(tr("%1 is larger than 256 MB.").arg(path));
    return importClaims(workbench, file.readAll(), progress);
}

} // namespace aftersales::importer
