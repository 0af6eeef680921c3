#include "signature.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace aftersales::platformsim::signature
{

QByteArray sign(const QByteArray &appSecret, const QByteArray &appKey, const QByteArray &method,
                const QByteArray &paramJson, const QByteArray &timestamp)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, appSecret);
    mac.addData(appSecret);
    mac.addData("app_key");
    mac.addData(appKey);
    mac.addData("method");
    mac.addData(method);
    mac.addData("param_json");
    mac.addData(paramJson);
    mac.addData("timestamp");
    mac.addData(timestamp);
    mac.addData("v");
    mac.addData("2");
    mac.addData(appSecret);
    return mac.result().toHex();
}

bool matches(const QByteArray &expected, const QByteArray &given)
{
    if (expected.size() != given.size())
        return false;
    char diff = 0;
    for (qsizetype i = 0; i < expected.size(); ++i)
        diff |= char(expected[i] ^ given[i]);
    return diff == 0;
}

} // namespace aftersales::platformsim::signature
