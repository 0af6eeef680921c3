#include "shipdialog.h"

#include "claimformat.h"
#include "domain/carriers.h"
#include "domain/names.h"
#include "io/claimtext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace aftersales::ui
{
namespace
{

void setHint(QLabel *hint, const QString &text, bool good)
{
    hint->setText(text);
    hint->setStyleSheet(good ? QStringLiteral("color: #1b5e20;") : QStringLiteral("color: #b71c1c;"));
}

} // namespace

ShipDialog::ShipDialog(const Claim &claim, QWidget *parent)
    : QDialog(parent), m_claim(claim), m_carrier(new QComboBox(this)), m_tracking(new QLineEdit(this)),
      m_hint(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("shipDialog"));
    setWindowTitle(tr("Ship claim %1").arg(claim.id));
    m_carrier->setObjectName(QStringLiteral("carrierCombo"));
    m_tracking->setObjectName(QStringLiteral("trackingEdit"));
    m_hint->setObjectName(QStringLiteral("trackingHint"));
    m_buttons->setObjectName(QStringLiteral("buttonBox"));

    for (const carriers::Carrier &c : carriers::all())
        m_carrier->addItem(c.name, c.code);
    // The original order's carrier is the likeliest one.
    const int original = m_carrier->findData(claim.order.carrier);
    m_carrier->setCurrentIndex(original >= 0 ? original : 0);
    m_tracking->setMaxLength(40);
    m_hint->setWordWrap(true);
    m_hint->setMinimumHeight(m_hint->fontMetrics().height() * 2);

    auto *summary = new QLabel(
        tr("%1 · order %2 · %3").arg(names::typeLabel(claim.type), claim.orderId, claim.order.product), this);
    summary->setWordWrap(true);
    const QString originalShipment = claimtext::shipment(claim.order.carrier, claim.order.trackingNo);
    auto *originalLabel = new QLabel(
        originalShipment.isEmpty()
            ? tr("The original order has no tracking number.")
            : tr("Original shipment: %1 (the replacement needs its own number)").arg(originalShipment),
        this);
    originalLabel->setObjectName(QStringLiteral("originalShipment"));
    originalLabel->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Carrier:"), m_carrier);
    form->addRow(tr("&Tracking number:"), m_tracking);
    form->addRow(QString(), m_hint);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(originalLabel);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Ship"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_valid)
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tracking, &QLineEdit::textChanged, this, &ShipDialog::validate);
    connect(m_carrier, &QComboBox::currentIndexChanged, this, &ShipDialog::validate);
    m_tracking->setFocus();
    validate();
    resize(480, sizeHint().height());
}

QString ShipDialog::carrier() const
{
    return m_carrier->currentData().toString();
}

QString ShipDialog::trackingNo() const
{
    return carriers::normalized(m_tracking->text());
}

void ShipDialog::validate()
{
    const QString number = trackingNo();
    m_valid = false;
    const auto current = carriers::find(carrier());
    if (number.isEmpty()) {
        m_hint->setStyleSheet(QString());
        m_hint->setText(tr("Enter the replacement's tracking number, e.g. %1.")
                            .arg(current ? current->example : QString()));
    } else if (!m_claim.order.trackingNo.isEmpty() &&
               number == carriers::normalized(m_claim.order.trackingNo)) {
        setHint(m_hint,
                tr("This is the original order's tracking number; enter the replacement's own number."),
                false);
    } else if (carriers::matches(carrier(), number)) {
        m_valid = true;
        setHint(m_hint,
                m_detected ? tr("✓ A valid %1 number (carrier detected from the number).").arg(current->name)
                           : tr("✓ A valid %1 number.").arg(current->name),
                true);
    } else if (const auto detected = carriers::detect(number)) {
        // Switching the combo validates again, now against the detected carrier.
        const int index = m_carrier->findData(*detected);
        if (index >= 0) {
            m_detected = true;
            m_carrier->setCurrentIndex(index);
            m_detected = false;
            return;
        }
    } else {
        setHint(m_hint,
                tr("Not a valid %1 number (expected like %2).")
                    .arg(current ? current->name : carrier(), current ? current->example : QString()),
                false);
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_valid);
}

} // namespace aftersales::ui
