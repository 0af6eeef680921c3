#pragma once

#include <QString>
#include <QStringList>

namespace aftersales::platform
{

// Takes every credential it was told about out of a text before it is shown or logged:
// a platform's sub_msg or a malformed answer could echo one back.
class Redactor
{
public:
    void add(const QString &credential);
    QString apply(QString text) const;

private:
    QStringList m_credentials;
};

} // namespace aftersales::platform
