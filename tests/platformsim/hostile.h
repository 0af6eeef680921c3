#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace aftersales::platformsim::hostile
{

// Answers a careful client must refuse with a clear message, made from the real one.

// The first half of the JSON text, then stray punctuation.
QByteArray malformedJson(const QByteArray &body);
// In `data`, every number becomes a string and every string a number (0 when it is not
// one), and booleans become strings: the envelope itself stays readable.
QJsonObject wrongTypes(const QJsonObject &answer);
// Every aftersale_id / after_sale_id as a bare JSON number past 2^53 (its own digits when
// it is that large, else 9007199254740993), which a double cannot hold exactly.
QByteArray bigIds(const QByteArray &body);
// A valid success envelope of about `bytes` bytes (a long padding string in data).
QByteArray hugeBody(const QString &logId, qint64 bytes);

} // namespace aftersales::platformsim::hostile
