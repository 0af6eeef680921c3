#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;

namespace aftersales::ui
{

// Assign the selected claims to someone: an agent of the team (or, on a file, any name), or
// nobody. Opened with open(), never exec(): tests find it with findChild<AssignDialog *>()
// and drive it by object name (assigneeCombo, buttonBox).
class AssignDialog : public QDialog
{
    Q_OBJECT

public:
    // `agents`: the names offered; `claims`: how many are selected.
    AssignDialog(const QStringList &agents, int claims, QWidget *parent = nullptr);

    // Who the claims go to; empty: nobody.
    QString assignee() const;

private:
    QComboBox *m_who;
    QDialogButtonBox *m_buttons;
};

} // namespace aftersales::ui
