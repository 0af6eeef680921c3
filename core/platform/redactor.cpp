#include "redactor.h"

namespace aftersales::platform
{

void Redactor::add(const QString &credential)
{
    // Very short values would blank ordinary words; no real credential is that short.
    if (credential.size() >= 6 && !m_credentials.contains(credential))
        m_credentials << credential;
}

QString Redactor::apply(QString text) const
{
    for (const QString &c : m_credentials)
        text.replace(c, QStringLiteral("***"));
    return text;
}

} // namespace aftersales::platform
