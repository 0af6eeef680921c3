#include "assigndialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace aftersales::ui
{

AssignDialog::AssignDialog(const QStringList &agents, int claims, QWidget *parent)
    : QDialog(parent), m_who(new QComboBox(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("assignDialog"));
    setWindowTitle(tr("Assign %n claim(s)", nullptr, claims));
    m_who->setObjectName(QStringLiteral("assigneeCombo"));
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    // Nobody first (data: empty), then the agents; a name may also be typed.
    m_who->setEditable(true);
    m_who->setInsertPolicy(QComboBox::NoInsert);
    m_who->addItem(tr("Nobody"), QString());
    for (const QString &agent : agents)
        m_who->addItem(agent, agent);
    auto *form = new QFormLayout;
    form->addRow(tr("&To:"), m_who);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Assign"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(360, sizeHint().height());
}

QString AssignDialog::assignee() const
{
    const QString typed = m_who->currentText().trimmed();
    const int index = m_who->findText(typed);
    if (index >= 0)
        return m_who->itemData(index).toString();
    return typed;
}

} // namespace aftersales::ui
