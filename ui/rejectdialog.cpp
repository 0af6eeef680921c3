#include "rejectdialog.h"

#include "domain/names.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace aftersales::ui
{

RejectDialog::RejectDialog(const Claim &claim, QWidget *parent)
    : QDialog(parent), m_claim(claim), m_code(new QComboBox(this)), m_note(new QPlainTextEdit(this)),
      m_warning(new QLabel(this)), m_grid(new QGridLayout),
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

    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral(
        "background: #fdecea; color: #8a1c1c; border: 1px solid #f5c2c0; border-radius: 3px; padding: 6px;"));
    m_warning->setText(tr("The buyer says the goods never arrived: rejecting sends this claim straight to "
                          "platform arbitration, where you will have to give evidence."));
    m_warning->setVisible(warnsOfArbitration());

    // What is being rejected, a line for each fact (a sentence of them broke inside words),
    // then the warning, the reason and the note, their names in one column.
    QGridLayout *grid = m_grid;
    grid->setColumnStretch(1, 1);
    const std::pair<QString, QString> facts[] = {
        {tr("Type:"), names::typeLabel(claim.type)},
        {tr("Order:"), claim.orderId},
        {tr("Product:"), claim.order.product},
        {tr("Buyer's reason:"), names::reasonLabel(claim.reason)},
    };
    for (const auto &[name, value] : facts) {
        if (value.isEmpty())
            continue;
        auto *valueLabel = new QLabel(value, this);
        valueLabel->setWordWrap(true);
        valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        const int row = grid->rowCount();
        grid->addWidget(new QLabel(name, this), row, 0, Qt::AlignLeft | Qt::AlignTop);
        grid->addWidget(valueLabel, row, 1);
    }
    grid->addWidget(m_warning, grid->rowCount(), 0, 1, 2);
    const std::pair<QString, QWidget *> inputs[] = {{tr("&Reason:"), m_code}, {tr("&Note:"), m_note}};
    for (const auto &[name, input] : inputs) {
        auto *label = new QLabel(name, this);
        label->setBuddy(input);
        const int row = grid->rowCount();
        grid->addWidget(label, row, 0, Qt::AlignLeft | (input == m_note ? Qt::AlignTop : Qt::AlignVCenter));
        grid->addWidget(input, row, 1);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_buttons);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Reject"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_code, &QComboBox::currentIndexChanged, this, &RejectDialog::updateOk);
    updateOk();
    fitWidth();
}

void RejectDialog::fitWidth()
{
    // As wide as its longest line of text (the arbitration warning in Chinese), so that no
    // line breaks inside a word; from 420 px, and up to 720 px, where English wraps at spaces.
    int names = 0;
    for (int row = 0; row < m_grid->rowCount(); ++row)
        if (QLayoutItem *item = m_grid->itemAtPosition(row, 0); item && item->widget() != m_warning)
            names = std::max(names, item->sizeHint().width());
    const int nameColumn = names + std::max(m_grid->horizontalSpacing(), 0);
    const QMargins margins = layout()->contentsMargins();
    int widest = layout()->sizeHint().width();
    for (QLabel *label : findChildren<QLabel *>()) {
        if (!label->wordWrap())
            continue;
        label->setWordWrap(false);
        const int oneLine = label->sizeHint().width() + (label == m_warning ? 0 : nameColumn);
        label->setWordWrap(true);
        widest = std::max(widest, oneLine + margins.left() + margins.right());
    }
    const int width = std::clamp(widest, 420, 720);
    resize(width, layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width) : sizeHint().height());
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
