#include "rejectdialog.h"

#include "domain/names.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace aftersales::ui
{

RejectDialog::RejectDialog(const Claim &claim, QWidget *parent)
    : QDialog(parent), m_claim(claim), m_code(new QComboBox(this)), m_note(new QPlainTextEdit(this)),
      m_warning(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("rejectDialog"));
    setWindowTitle(tr("Reject claim %1").arg(claim.id));
    m_code->setObjectName(QStringLiteral("reasonCodeCombo"));
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_warning->setObjectName(QStringLiteral("arbitrationWarning"));
    m_buttons->setObjectName(QStringLiteral("buttonBox"));

    m_code->setPlaceholderText(tr("Choose a reason…"));
    for (RejectCode code : names::allRejectCodes())
        m_code->addItem(names::rejectCodeLabel(code), int(code));
    m_code->setCurrentIndex(-1);
    m_note->setPlaceholderText(tr("What the buyer and the platform will read (optional)"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(80);

    auto *summary = new QLabel(tr("%1 · order %2 · %3 · buyer's reason: %4")
                                   .arg(names::typeLabel(claim.type), claim.orderId, claim.order.product,
                                        names::reasonLabel(claim.reason)),
                               this);
    summary->setWordWrap(true);

    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral(
        "background: #fdecea; color: #8a1c1c; border: 1px solid #f5c2c0; border-radius: 3px; padding: 6px;"));
    m_warning->setText(tr("The buyer says the goods never arrived: rejecting sends this claim straight to "
                          "platform arbitration, where you will have to give evidence."));
    m_warning->setVisible(warnsOfArbitration());

    auto *form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_code);
    form->addRow(tr("&Note:"), m_note);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_warning);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Reject"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_code, &QComboBox::currentIndexChanged, this, &RejectDialog::updateOk);
    updateOk();
    resize(460, sizeHint().height());
}

std::optional<RejectCode> RejectDialog::rejectCode() const
{
    if (m_code->currentIndex() < 0)
        return std::nullopt;
    return static_cast<RejectCode>(m_code->currentData().toInt());
}

QString RejectDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

bool RejectDialog::warnsOfArbitration() const
{
    return m_claim.type == ClaimType::Reship && m_claim.reason == Reason::NeverReceived &&
           m_claim.status == ClaimStatus::PendingReview;
}

void RejectDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(rejectCode().has_value());
}

} // namespace aftersales::ui
