#pragma once

#include "platform/shopconnector.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QToolButton;
class QWidget;

namespace aftersales::ui
{

// File → Connect to shop…: the self-used app's app key, the shop id and the app secret (a
// password field), and, under Advanced, the platform's address. It checks nothing itself:
// Connect emits submitted() and the dialog waits, its fields kept, until the caller answers
// with succeeded() (it closes) or failed() (it shows why and stays open). The secret is
// handed on and never written anywhere by the dialog.
// Object names: connectAppKey, connectShopId, connectSecret, connectAdvanced, connectBaseUrl,
// connectMessage, buttonBox.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    // `current`: the shop the database is connected to, if any (its fields are filled in;
    // the secret stays empty and may stay so: the keyring keeps it).
    explicit ConnectDialog(const std::optional<platform::ShopCredentials> &current,
                           QWidget *parent = nullptr);

    platform::ShopCredentials credentials() const;
    bool isWaiting() const { return m_waiting; }
    QString messageText() const;

    void succeeded();
    void failed(const QString &message);

    void accept() override;

Q_SIGNALS:
    void submitted(const aftersales::platform::ShopCredentials &credentials);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void setWaiting(bool waiting);
    void updateButtons();
    void showAdvanced(bool shown);

    QLineEdit *m_appKey;
    QLineEdit *m_shopId;
    QLineEdit *m_secret;
    QToolButton *m_advanced;
    QWidget *m_advancedBox;
    QLineEdit *m_baseUrl;
    QLabel *m_intro;
    QLabel *m_appKeyLabel;
    QLabel *m_shopIdLabel;
    QLabel *m_secretLabel;
    QLabel *m_baseUrlLabel;
    QLabel *m_baseUrlHint;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    bool m_waiting = false;
    bool m_secretKept = false;
};

} // namespace aftersales::ui
