#pragma once

#include <QString>

namespace aftersales::translation
{

// Installs the workbench's translation (and Qt's own) for `language` ("zh_CN", "en";
// empty: the system's). Translations are compiled in under :/i18n. Returns the
// language actually installed.
QString install(const QString &language = QString());
QStringList available();

} // namespace aftersales::translation
