#include "envelope.h"

#include "wirereader.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace aftersales::platform::envelope
{
namespace
{

// The context lupdate gives tr() calls in this namespace.
QString tr(const char *text)
{
    return QCoreApplication::translate("aftersales::platform::envelope", text);
}

constexpr int maxTextLength = 4096;

} // namespace

Parsed<Envelope> parse(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return Parsed<Envelope>::refused(tr("the answer is empty"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return Parsed<Envelope>::refused(tr("the answer is not valid JSON (%1 at byte %2)")
                                             .arg(error.errorString(), QString::number(error.offset)));
    if (!doc.isObject())
        return Parsed<Envelope>::refused(tr("the answer is not a JSON object"));

    const WireReader r(doc.object(), QString());
    Envelope e;
    e.code = int(r.integer("code", 0, 999999));
    e.msg = r.optionalText("msg", maxTextLength);
    e.subCode = r.optionalText("sub_code", maxTextLength);
    e.subMsg = r.optionalText("sub_msg", maxTextLength);
    e.logId = r.optionalText("log_id", maxTextLength);
    // Only a success must carry data; a failure's data, when it is an object, is kept as it came.
    if (e.code == success)
        e.data = r.object("data").json();
    else if (doc.object().value(QLatin1String("data")).isObject())
        e.data = doc.object().value(QLatin1String("data")).toObject();
    if (!r.ok())
        return Parsed<Envelope>::refused(r.error());
    return e;
}

CallKind classify(const Envelope &e)
{
    switch (e.code) {
    case success:
        return CallKind::Success;
    case accessDenied:
        if (e.subCode == QLatin1String("isv.access-token-expired"))
            return CallKind::TokenExpired;
        return CallKind::Unauthorised;
    case signatureMissing:
        return CallKind::Unauthorised;
    case authorizationGone:
        return CallKind::AuthorizationGone;
    case businessFailed:
        return CallKind::BusinessRefused;
    case trafficLimited:
        return CallKind::TrafficLimited;
    case serviceError:
        return CallKind::Transient;
    default:
        return CallKind::Unexpected;
    }
}

QString displayText(const QString &platformText)
{
    QString s = platformText.left(300);
    for (QChar &c : s) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ||
            c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            c = QLatin1Char(' ');
    }
    return s.trimmed();
}

QString describe(const QString &method, CallKind kind, const Envelope &e)
{
    const QString code = QString::number(e.code);
    const QString sub = displayText(e.subCode.isEmpty() ? code : e.subCode);
    const QString why = displayText(e.subMsg.isEmpty() ? e.msg : e.subMsg);
    switch (kind) {
    case CallKind::Success:
        return {};
    case CallKind::TokenExpired:
        return tr("%1: the access token has expired (%2: %3)").arg(method, sub, why);
    case CallKind::Unauthorised:
        return tr("%1: the platform refused the app's credentials (%2 %3: %4); check the app key and the "
                  "app secret")
            .arg(method, code, sub, why);
    case CallKind::AuthorizationGone:
        return tr("%1: the shop's authorisation of the app is gone (%2: %3); authorise the app again in "
                  "the shop's back office")
            .arg(method, sub, why);
    case CallKind::BusinessRefused:
        return tr("%1: the platform refused the action: %2 (%3)").arg(method, why, sub);
    case CallKind::TrafficLimited:
        return tr("%1: the platform limits the traffic (%2: %3)").arg(method, sub, why);
    case CallKind::Transient:
        return tr("%1: the platform had a service error (%2: %3)").arg(method, sub, why);
    case CallKind::Unknown:
    case CallKind::BadAnswer:
    case CallKind::Unexpected:
    case CallKind::InvalidRequest:
        break;
    }
    return tr("%1: the platform answered code %2 (%3: %4)").arg(method, code, sub, why);
}

} // namespace aftersales::platform::envelope
