#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace aftersales::platform
{

// Strict reading of one JSON object of a platform answer. Each read returns the value, or a
// neutral default after recording the first problem as a sentence naming the field's path
// ("data.items[2].aftersale_info.aftersale_id is a JSON number, expected a string of
// digits"); the caller reads every field it needs and then looks at ok(). Text values are
// never quoted in a message (an answer may carry credentials); ids and numbers are.
class WireReader
{
public:
    WireReader(QJsonObject object, QString path);

    bool ok() const { return m_error->isEmpty(); }
    const QJsonObject &json() const { return m_object; }
    QString error() const { return *m_error; }
    // Records a problem found by the caller (the first one wins).
    void fail(const QString &message) const;
    // The path of a field of this object, for the caller's own messages.
    QString path(const char *key) const;

    // Present and not null.
    bool has(const char *key) const;
    // A whole JSON number in [min, max]; a fraction, a string or a number out of range is refused.
    qint64 integer(const char *key, qint64 min, qint64 max) const;
    qint64 optionalInteger(const char *key, qint64 min, qint64 max, qint64 fallback) const;
    // A platform id: a JSON string of 1 to 19 digits without a leading zero that fits qint64.
    // A JSON number is refused (it may have been rounded past 2^53).
    qint64 id(const char *key) const;
    // A JSON string of 1 to maxLength digits (an order id kept as text).
    QString digits(const char *key, int maxLength) const;
    QString text(const char *key, int maxLength) const;
    QString optionalText(const char *key, int maxLength) const;
    bool boolean(const char *key) const;
    // A nested object or array; a child reader shares this reader's first problem.
    WireReader object(const char *key) const;
    WireReader optionalObject(const char *key) const;
    QJsonArray array(const char *key, qsizetype maxItems) const;
    QJsonArray optionalArray(const char *key, qsizetype maxItems) const;
    // The reader of an array element (an object), at path[index].
    WireReader element(const QJsonArray &array, const char *key, qsizetype index) const;

private:
    WireReader(QJsonObject object, QString path, std::shared_ptr<QString> error);
    QJsonValue required(const char *key) const;

    QJsonObject m_object;
    QString m_path;
    std::shared_ptr<QString> m_error;
};

// "an object", "a string", "a JSON number", ...: how a message names what was found.
QString jsonTypeName(const QJsonValue &value);

} // namespace aftersales::platform
