#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace aftersales::ui
{

// File → Open team database…: the address of the team's PostgreSQL database, checked as it
// is typed (a password in it is refused: the password comes from PGPASSWORD or ~/.pgpass).
// Opened with open(), never exec(): tests find it by object name (teamDatabaseEdit,
// teamDatabaseProblem, buttonBox).
class TeamDatabaseDialog : public QDialog
{
    Q_OBJECT

public:
    // `current`: the address shown first (the one open now, when it is a team's).
    explicit TeamDatabaseDialog(const QString &current, QWidget *parent = nullptr);

    // The address as the program opens it; empty while what is typed is not one.
    QString location() const;

private:
    void check();

    QLineEdit *m_address;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace aftersales::ui
