#include "domain/policy.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

// core is a static library: nothing references its resource object, so the linker drops
// it unless the resource is registered explicitly (Q_INIT_RESOURCE cannot be namespaced).
static void initCoreResources()
{
    Q_INIT_RESOURCE(core);
}

namespace aftersales
{
namespace
{

struct DurationKey {
    const char *key;
    qint64 Policy::*field;
};

const DurationKey durationKeys[] = {
    {"review_hours", &Policy::reviewSecs},
    {"ship_hours", &Policy::shipSecs},
    {"buyer_window_hours", &Policy::buyerWindowSecs},
    {"reship_after_receipt_hours", &Policy::reshipAfterReceiptSecs},
    {"buyer_return_hours", &Policy::buyerReturnSecs},
    {"second_review_hours", &Policy::secondReviewSecs},
    {"due_soon_hours", &Policy::dueSoonSecs},
};

// The context lupdate gives tr() calls in this namespace.
QString tr(const char *text)
{
    return QCoreApplication::translate("aftersales::Policy", text);
}

} // namespace

Policy Policy::defaults()
{
    initCoreResources();
    QFile file(QStringLiteral(":/policy/policy.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("policy resource missing");
    Result<Policy> p = overridden(Policy{}, file.readAll());
    if (!p.ok())
        qFatal("policy resource invalid: %s", qPrintable(p.outcome.message));
    return *p;
}

Result<Policy> Policy::overridden(const Policy &base, const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Outcome::badInput(tr("Policy file is not a JSON object (offset %1: %2).")
                                     .arg(error.offset)
                                     .arg(error.errorString()));
    Policy policy = base;
    const QJsonObject object = doc.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        bool known = false;
        for (const DurationKey &d : durationKeys) {
            if (key != QLatin1String(d.key))
                continue;
            known = true;
            const double hours = it.value().toDouble(-1);
            if (!it.value().isDouble() || hours <= 0 || hours > 24 * 3650)
                return Outcome::badInput(
                    tr("Policy key \"%1\" must be a number of hours between 0 and 87600.").arg(key));
            policy.*d.field = qRound64(hours * 3600);
        }
        if (key == QLatin1String("compensation_cents")) {
            known = true;
            const double cents = it.value().toDouble(-1);
            // The range check first: converting a double beyond qint64 is undefined behaviour.
            if (!it.value().isDouble() || !(cents >= 0 && cents < 9.2e18) || cents != double(qint64(cents)))
                return Outcome::badInput(
                    tr("Policy key \"%1\" must be a whole number of fen, 0 or more.").arg(key));
            policy.compensationCents = qint64(cents);
        } else if (key == QLatin1String("reship_categories")) {
            known = true;
            if (!it.value().isArray())
                return Outcome::badInput(tr("Policy key \"%1\" must be a list of category names.").arg(key));
            policy.reshipCategories.clear();
            for (const QJsonValue &v : it.value().toArray()) {
                if (!v.isString() || v.toString().trimmed().isEmpty())
                    return Outcome::badInput(
                        tr("Policy key \"%1\" must be a list of category names.").arg(key));
                policy.reshipCategories.append(v.toString().trimmed());
            }
        }
        if (!known)
            return Outcome::badInput(tr("Unknown policy key \"%1\".").arg(key));
    }
    return policy;
}

Result<Policy> Policy::load(const QString &userFile)
{
    const Policy base = defaults();
    if (userFile.isEmpty() || !QFile::exists(userFile))
        return base;
    QFile file(userFile);
    if (!file.open(QIODevice::ReadOnly))
        return Outcome::badInput(tr("Cannot read the policy file %1.").arg(userFile));
    Result<Policy> p = overridden(base, file.read(1 << 20));
    if (!p.ok())
        return Outcome::badInput(tr("%1: %2").arg(userFile, p.outcome.message));
    return p;
}

QString Policy::defaultUserFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/policy.json");
}

} // namespace aftersales
