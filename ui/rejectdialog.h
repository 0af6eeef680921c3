#pragma once

#include "domain/claim.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QGridLayout;
class QLabel;
class QPlainTextEdit;

namespace aftersales::ui
{

// Reject a claim: a reject reason code and a note. Warns when the rejection sends the
// claim to arbitration (a reshipment the buyer says never arrived).
// Opened with open(), never exec(): tests find it with findChild<RejectDialog *>() and
// drive it by object name (reasonCodeCombo, noteEdit, buttonBox).
class RejectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RejectDialog(const Claim &claim, QWidget *parent = nullptr);

    qint64 claimId() const { return m_claim.id; }
    qint64 claimVersion() const { return m_claim.version; }
    std::optional<RejectCode> rejectCode() const;
    QString note() const;
    bool warnsOfArbitration() const;

private:
    void updateOk();
    void fitWidth();

    Claim m_claim;
    QComboBox *m_code;
    QPlainTextEdit *m_note;
    QLabel *m_warning;
    QGridLayout *m_grid;
    QDialogButtonBox *m_buttons;
};

} // namespace aftersales::ui
