#pragma once

#include <QString>

class QWidget;

namespace aftersales::ui
{

// Every file chooser of the window goes through here, so tests can give the name the
// user would pick (like MessageBox's answers) and nothing blocks.
class FileDialog
{
public:
    // Empty: the user cancelled.
    static QString openFileName(QWidget *parent, const QString &caption, const QString &filter);
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                const QString &filter);

    // Test hook: the next dialog returns `name` at once ("" = cancelled) instead of showing.
    static void setNextFileName(const QString &name);

private:
    static bool takeNext(QString &name);
};

} // namespace aftersales::ui
