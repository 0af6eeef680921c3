#include "hostile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace aftersales::platformsim::hostile
{
namespace
{

QJsonValue swapped(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Double:
        return QString::number(v.toInteger(qint64(v.toDouble())));
    case QJsonValue::String: {
        bool ok = false;
        const double number = v.toString().toDouble(&ok);
        return ok ? number : 0.0;
    }
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array: {
        QJsonArray out;
        for (const QJsonValue &item : v.toArray())
            out.append(swapped(item));
        return out;
    }
    case QJsonValue::Object: {
        QJsonObject out;
        const QJsonObject in = v.toObject();
        for (auto it = in.begin(); it != in.end(); ++it)
            out.insert(it.key(), swapped(it.value()));
        return out;
    }
    default:
        return v;
    }
}

} // namespace

QByteArray malformedJson(const QByteArray &body)
{
    return body.left(std::max<qsizetype>(1, body.size() / 2)) + ",]}\"{";
}

QJsonObject wrongTypes(const QJsonObject &answer)
{
    QJsonObject out = answer;
    out.insert(QStringLiteral("data"), swapped(answer.value(QStringLiteral("data"))));
    return out;
}

QByteArray bigIds(const QByteArray &body)
{
    static const QRegularExpression id(QStringLiteral(R"re("(aftersale_id|after_sale_id)":"(\d+)")re"));
    QString text = QString::fromUtf8(body);
    QString out;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = id.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const quint64 value = m.captured(2).toULongLong();
        const QString digits =
            value > (quint64(1) << 53) ? m.captured(2) : QStringLiteral("9007199254740993");
        out += QStringLiteral("\"%1\":%2").arg(m.captured(1), digits);
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out.toUtf8();
}

QByteArray hugeBody(const QString &logId, qint64 bytes)
{
    QByteArray out = "{\"code\":10000,\"msg\":\"success\",\"sub_code\":\"\",\"sub_msg\":\"\",\"log_id\":\"" +
                     logId.toUtf8() + "\",\"data\":{\"items\":[],\"has_more\":false,\"padding\":\"";
    const QByteArray tail = "\"}}";
    out.append(std::max<qint64>(0, bytes - out.size() - tail.size()), 'x');
    out += tail;
    return out;
}

} // namespace aftersales::platformsim::hostile
