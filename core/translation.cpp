#include "translation.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace aftersales::translation
{
namespace
{

// Qt 6 moved the file dialog's "Folder", "Drive" … to the context QAbstractFileIconProvider;
// Debian's qtbase_zh_CN.qm (6.4) still has them only under QFileDialog, so the file dialog
// showed 文件夹 as "Folder". This asks Qt's own catalog under the old context.
class MovedQtStrings : public QTranslator
{
public:
    MovedQtStrings(const QTranslator *qt, QObject *parent) : QTranslator(parent), m_qt(qt) {}

    bool isEmpty() const override { return false; }

    QString translate(const char *context, const char *source, const char *disambiguation,
                      int n) const override
    {
        if (qstrcmp(context, "QAbstractFileIconProvider") != 0)
            return {};
        return m_qt->translate("QFileDialog", source, disambiguation, n);
    }

private:
    const QTranslator *m_qt;
};

} // namespace

QStringList available()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

QString install(const QString &language)
{
    static QTranslator *ours = nullptr;
    static QTranslator *qt = nullptr;
    static QTranslator *moved = nullptr;
    auto *app = QCoreApplication::instance();
    for (QTranslator **t : {&moved, &ours, &qt}) {
        if (*t) {
            app->removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (locale.language() != QLocale::Chinese) {
        // Dates and file types in Qt's dialogs follow the language too.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        // English is the source language; its catalog only adds the plural forms.
        ours = new QTranslator(app);
        if (ours->load(QStringLiteral(":/i18n/aftersales_en.qm")))
            app->installTranslator(ours);
        return QStringLiteral("en");
    }
    ours = new QTranslator(app);
    if (ours->load(QStringLiteral(":/i18n/aftersales_zh_CN.qm")))
        app->installTranslator(ours);
    // Qt's own dialogs (the file dialog, message boxes) from Qt's catalog: the package
    // qt6-translations-l10n, a dependency of the .deb.
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    qt = new QTranslator(app);
    if (qt->load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        app->installTranslator(qt);
        moved = new MovedQtStrings(qt, app);
        app->installTranslator(moved);
    }
    return QStringLiteral("zh_CN");
}

} // namespace aftersales::translation
