#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace aftersales::ui
{

// Every message box of the window goes through here (KeePassXC's MessageBox), so tests
// can run the real window without anything blocking: in test mode no box is shown, the
// text is recorded instead and a question gets the answer set beforehand.
class MessageBox
{
public:
    static void information(QWidget *parent, const QString &title, const QString &text);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    static void critical(QWidget *parent, const QString &title, const QString &text);
    // true: the user said yes.
    static bool question(QWidget *parent, const QString &title, const QString &text);

    // Test hook.
    static void setTestMode(bool on);
    static void setNextAnswer(bool yes);
    static QStringList shown();
    static void clearShown();

private:
    enum class Kind { Information, Warning, Critical, Question };
    static bool show(Kind kind, QWidget *parent, const QString &title, const QString &text);
};

} // namespace aftersales::ui
