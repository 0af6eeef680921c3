#pragma once

#include "domain/claim.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace aftersales::ui
{

// Enter the replacement's carrier and tracking number. The number is checked as it is
// typed against the carrier's format, the carrier is detected from the number, and the
// original order's number is refused; OK stays disabled until the number is valid.
// Opened with open(), never exec(): tests find it with findChild<ShipDialog *>() and
// drive it by object name (carrierCombo, trackingEdit, trackingHint, buttonBox).
class ShipDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShipDialog(const Claim &claim, QWidget *parent = nullptr);

    qint64 claimId() const { return m_claim.id; }
    qint64 claimVersion() const { return m_claim.version; }
    QString carrier() const;
    // Normalised (upper case, no spaces).
    QString trackingNo() const;
    bool isValid() const { return m_valid; }

private:
    void validate();

    Claim m_claim;
    QComboBox *m_carrier;
    QLineEdit *m_tracking;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
    bool m_valid = false;
    bool m_detected = false; // the carrier was just switched to fit the number
};

} // namespace aftersales::ui
