#include "messagebox.h"

#include "logging.h"

#include <QMessageBox>

namespace aftersales::ui
{
namespace
{

bool testMode = false;
bool nextAnswer = true;
QStringList recorded;

} // namespace

void MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    show(Kind::Information, parent, title, text);
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    show(Kind::Warning, parent, title, text);
}

void MessageBox::critical(QWidget *parent, const QString &title, const QString &text)
{
    show(Kind::Critical, parent, title, text);
}

bool MessageBox::question(QWidget *parent, const QString &title, const QString &text)
{
    return show(Kind::Question, parent, title, text);
}

void MessageBox::setTestMode(bool on)
{
    testMode = on;
}
void MessageBox::setNextAnswer(bool yes)
{
    nextAnswer = yes;
}
QStringList MessageBox::shown()
{
    return recorded;
}
void MessageBox::clearShown()
{
    recorded.clear();
}

bool MessageBox::show(Kind kind, QWidget *parent, const QString &title, const QString &text)
{
    qCInfo(lcUi) << "message:" << title << text;
    if (testMode) {
        recorded.append(text);
        const bool answer = nextAnswer;
        nextAnswer = true;
        return answer;
    }
    switch (kind) {
    case Kind::Information:
        QMessageBox::information(parent, title, text);
        return true;
    case Kind::Warning:
        QMessageBox::warning(parent, title, text);
        return true;
    case Kind::Critical:
        QMessageBox::critical(parent, title, text);
        return true;
    case Kind::Question:
        return QMessageBox::question(parent, title, text) == QMessageBox::Yes;
    }
    return false;
}

} // namespace aftersales::ui
