#include "faults.h"

#include <array>

namespace aftersales::platformsim
{
namespace
{

struct KindName {
    FaultKind kind;
    const char *name;
};

constexpr std::array kindNames{
    KindName{FaultKind::DropAnswer, "drop_answer"},
    KindName{FaultKind::Reset, "reset"},
    KindName{FaultKind::Stall, "stall"},
    KindName{FaultKind::HttpStatus, "http_status"},
    KindName{FaultKind::Code, "code"},
    KindName{FaultKind::ExpireToken, "expire_token"},
    KindName{FaultKind::MalformedJson, "malformed_json"},
    KindName{FaultKind::WrongTypes, "wrong_types"},
    KindName{FaultKind::BigId, "big_id"},
    KindName{FaultKind::OversizedPage, "oversized_page"},
    KindName{FaultKind::HugeBody, "huge_body"},
    KindName{FaultKind::Truncated, "truncated"},
};

// "afterSale/List" and "afterSale.List" name the same method.
QString dotted(QString method)
{
    return method.replace(QLatin1Char('/'), QLatin1Char('.'));
}

} // namespace

QString Fault::kindName() const
{
    for (const KindName &k : kindNames)
        if (k.kind == kind)
            return QLatin1String(k.name);
    return {};
}

QJsonObject Fault::toJson() const
{
    QJsonObject out{{QStringLiteral("id"), id},
                    {QStringLiteral("kind"), kindName()},
                    {QStringLiteral("method"), method.isEmpty() ? QStringLiteral("any") : method},
                    {QStringLiteral("remaining"), remaining},
                    {QStringLiteral("probability"), probability}};
    if (kind == FaultKind::Stall)
        out.insert(QStringLiteral("seconds"), seconds);
    if (kind == FaultKind::HttpStatus)
        out.insert(QStringLiteral("status"), httpStatus);
    if (kind == FaultKind::Code) {
        out.insert(QStringLiteral("code"), code);
        out.insert(QStringLiteral("sub_code"), subCode);
        out.insert(QStringLiteral("sub_msg"), subMsg);
    }
    if (kind == FaultKind::HugeBody)
        out.insert(QStringLiteral("bytes"), bytes);
    return out;
}

std::optional<Fault> Fault::fromJson(const QJsonObject &json, QString *error)
{
    Fault f;
    const QString kind = json.value(QStringLiteral("kind")).toString();
    bool known = false;
    for (const KindName &k : kindNames)
        if (kind == QLatin1String(k.name)) {
            f.kind = k.kind;
            known = true;
        }
    if (!known) {
        *error = QStringLiteral("unknown fault kind \"%1\"").arg(kind);
        return std::nullopt;
    }
    const QString method = dotted(json.value(QStringLiteral("method")).toString());
    f.method = method == QLatin1String("any") ? QString() : method;
    const bool hasCount = json.contains(QStringLiteral("count"));
    const bool hasProbability = json.contains(QStringLiteral("probability"));
    f.probability = json.value(QStringLiteral("probability")).toDouble(1.0);
    f.remaining = hasCount ? json.value(QStringLiteral("count")).toInt(-2) : (hasProbability ? -1 : 1);
    if ((hasCount && f.remaining < 1) || f.probability <= 0 || f.probability > 1) {
        *error = QStringLiteral("count must be at least 1 and probability in (0, 1]");
        return std::nullopt;
    }
    f.seconds = json.value(QStringLiteral("seconds")).toInt(30);
    f.httpStatus = json.value(QStringLiteral("status")).toInt(503);
    f.code = json.value(QStringLiteral("code")).toInt(60000);
    f.subCode = json.value(QStringLiteral("sub_code")).toString();
    f.subMsg = json.value(QStringLiteral("sub_msg")).toString();
    f.bytes = qint64(json.value(QStringLiteral("bytes")).toDouble(32.0 * 1024 * 1024));
    if (f.seconds < 0 || f.httpStatus < 100 || f.httpStatus > 599 || f.bytes < 0 ||
        f.bytes > qint64(512) * 1024 * 1024) {
        *error = QStringLiteral("seconds, status or bytes out of range");
        return std::nullopt;
    }
    return f;
}

int FaultPlan::add(Fault fault)
{
    fault.id = m_nextId++;
    m_faults.append(fault);
    return fault.id;
}

void FaultPlan::clear()
{
    m_faults.clear();
}

bool FaultPlan::canHappen(FaultKind kind, const QString &method, bool carriesToken)
{
    switch (kind) {
    case FaultKind::ExpireToken:
        return carriesToken;
    case FaultKind::OversizedPage:
        return method == QLatin1String("afterSale.List");
    case FaultKind::BigId:
        return method == QLatin1String("afterSale.List") || method == QLatin1String("afterSale.Detail") ||
               method == QLatin1String("afterSale.operate");
    default:
        return true;
    }
}

std::optional<Fault> FaultPlan::take(const QString &method, bool carriesToken)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault &f = m_faults[i];
        if ((!f.method.isEmpty() && f.method != method) || !canHappen(f.kind, method, carriesToken))
            continue;
        if (f.probability < 1 && m_random.generateDouble() >= f.probability)
            continue;
        const Fault hit = f;
        if (f.remaining > 0 && --f.remaining == 0)
            m_faults.removeAt(i);
        return hit;
    }
    return std::nullopt;
}

} // namespace aftersales::platformsim
