#include "teamdatabasedialog.h"

#include "storage/postgres/postgreslocation.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace aftersales::ui
{

TeamDatabaseDialog::TeamDatabaseDialog(const QString &current, QWidget *parent)
    : QDialog(parent), m_address(new QLineEdit(this)), m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("teamDatabaseDialog"));
    setWindowTitle(tr("Open team database"));
    m_address->setObjectName(QStringLiteral("teamDatabaseEdit"));
    m_problem->setObjectName(QStringLiteral("teamDatabaseProblem"));
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_address->setPlaceholderText(QStringLiteral("postgresql://ROLE@HOST[:PORT]/DATABASE"));
    m_address->setText(postgres::isUri(current) ? current : QString());
    m_address->setMinimumWidth(420);
    auto *hint =
        new QLabel(tr("The address of your team's PostgreSQL database, with your own role. The password "
                      "is not part of it: it comes from PGPASSWORD or the password file (~/.pgpass)."),
                   this);
    hint->setWordWrap(true);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #8a1c1c;"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_address);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Open"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_address, &QLineEdit::textChanged, this, &TeamDatabaseDialog::check);
    check();
}

QString TeamDatabaseDialog::location() const
{
    const Result<postgres::Location> parsed = postgres::parse(m_address->text());
    return parsed.ok() ? parsed->uri() : QString();
}

void TeamDatabaseDialog::check()
{
    const QString text = m_address->text().trimmed();
    const Result<postgres::Location> parsed = postgres::parse(text);
    // Nothing typed yet is no problem to report.
    m_problem->setText(text.isEmpty() || parsed.ok() ? QString() : parsed.outcome.message);
    m_problem->setVisible(!m_problem->text().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(parsed.ok());
}

} // namespace aftersales::ui
