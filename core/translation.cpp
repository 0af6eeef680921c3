#include "translation.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace aftersales::translation
{

QStringList available()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

QString install(const QString &language)
{
    static QTranslator *ours = nullptr;
    static QTranslator *qt = nullptr;
    auto *app = QCoreApplication::instance();
    for (QTranslator **t : {&ours, &qt}) {
        if (*t) {
            app->removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (locale.language() != QLocale::Chinese) {
        // English is the source language; its catalog only adds the plural forms.
        ours = new QTranslator(app);
        if (ours->load(QStringLiteral(":/i18n/aftersales_en.qm")))
            app->installTranslator(ours);
        return QStringLiteral("en");
    }
    ours = new QTranslator(app);
    if (ours->load(QStringLiteral(":/i18n/aftersales_zh_CN.qm")))
        app->installTranslator(ours);
    qt = new QTranslator(app);
    if (qt->load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app->installTranslator(qt);
    return QStringLiteral("zh_CN");
}

} // namespace aftersales::translation
