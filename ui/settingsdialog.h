#pragma once

#include "domain/policy.h"

#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace aftersales
{
class Settings;
}

namespace aftersales::ui
{

// Preferences: language, the time zone times are shown in, who acts, how often the platform
// sync runs in the background, the due-soon
// threshold and the policy's durations and reshipment whitelist. The window's own
// choices go to QSettings; the policy values go to the policy file the command line
// reads as well (policy.json), so the window and `aftersales` never apply different
// rules to the same database. Nothing is saved while a value is invalid; the reason is
// shown in settingsError. Object names: settingsLanguage, settingsTimeZone,
// settingsOperator, settingsSyncInterval, settingsDueSoon, settingsReviewHours, settingsShipHours,
// settingsBuyerWindowHours, settingsReshipAfterReceiptHours, settingsBuyerReturnHours,
// settingsSecondReviewHours, settingsReshipCategories, settingsError, buttonBox.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(Settings &settings, const QString &policyFile, QWidget *parent = nullptr);

    // Checks and writes everything; false (nothing written) with the reason shown.
    bool save();
    // The policy after save().
    const Policy &policy() const { return m_policy; }
    QString errorText() const;

    void accept() override;

private:
    QJsonObject policyOverrides() const;
    void load();
    void restoreDefaults();

    Settings &m_settings;
    QString m_policyFile;
    Policy m_policy;
    QComboBox *m_language;
    QComboBox *m_timeZone;
    QLineEdit *m_operator;
    QSpinBox *m_syncInterval;
    QSpinBox *m_syncConcurrency;
    QSpinBox *m_dueSoon;
    QList<std::pair<const char *, QSpinBox *>> m_hours;
    QLineEdit *m_categories;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace aftersales::ui
