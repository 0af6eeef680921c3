#include "connectdialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QToolButton>
#include <QVBoxLayout>

namespace aftersales::ui
{
namespace
{

QString defaultBaseUrl()
{
    return platform::ShopCredentials().baseUrl.toString();
}

} // namespace

ConnectDialog::ConnectDialog(const std::optional<platform::ShopCredentials> &current, QWidget *parent)
    : QDialog(parent), m_appKey(new QLineEdit(this)), m_shopId(new QLineEdit(this)),
      m_secret(new QLineEdit(this)), m_advanced(new QToolButton(this)), m_advancedBox(new QWidget(this)),
      m_baseUrl(new QLineEdit(m_advancedBox)), m_intro(new QLabel(this)), m_appKeyLabel(new QLabel(this)),
      m_shopIdLabel(new QLabel(this)), m_secretLabel(new QLabel(this)),
      m_baseUrlLabel(new QLabel(m_advancedBox)), m_baseUrlHint(new QLabel(m_advancedBox)),
      m_message(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("connectDialog"));
    m_intro->setWordWrap(true);
    m_appKey->setObjectName(QStringLiteral("connectAppKey"));
    m_appKey->setMaxLength(64);
    m_shopId->setObjectName(QStringLiteral("connectShopId"));
    m_shopId->setMaxLength(32);
    m_shopId->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]*")), m_shopId));
    m_secret->setObjectName(QStringLiteral("connectSecret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setMaxLength(256);
    // Nothing of what is typed here may be offered to other programs or kept by the field.
    m_secret->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_secret->setContextMenuPolicy(Qt::NoContextMenu);
    m_advanced->setObjectName(QStringLiteral("connectAdvanced"));
    m_advanced->setCheckable(true);
    m_advanced->setAutoRaise(true);
    m_advanced->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_baseUrl->setObjectName(QStringLiteral("connectBaseUrl"));
    m_baseUrl->setPlaceholderText(defaultBaseUrl());
    m_baseUrlHint->setWordWrap(true);
    m_baseUrlHint->setEnabled(false);
    m_message->setObjectName(QStringLiteral("connectMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_buttons->setObjectName(QStringLiteral("buttonBox"));

    m_appKeyLabel->setBuddy(m_appKey);
    m_shopIdLabel->setBuddy(m_shopId);
    m_secretLabel->setBuddy(m_secret);
    m_baseUrlLabel->setBuddy(m_baseUrl);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_appKeyLabel, m_appKey);
    form->addRow(m_shopIdLabel, m_shopId);
    form->addRow(m_secretLabel, m_secret);

    auto *advancedForm = new QFormLayout(m_advancedBox);
    advancedForm->setContentsMargins(0, 0, 0, 0);
    advancedForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    advancedForm->addRow(m_baseUrlLabel, m_baseUrl);
    advancedForm->addRow(QString(), m_baseUrlHint);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_advanced, 0, Qt::AlignLeft);
    layout->addWidget(m_advancedBox);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    if (current) {
        m_appKey->setText(current->appKey);
        m_shopId->setText(current->shopId);
        if (current->baseUrl.toString() != defaultBaseUrl())
            m_baseUrl->setText(current->baseUrl.toString());
        m_secretKept = true;
    }
    showAdvanced(!m_baseUrl->text().isEmpty());

    connect(m_advanced, &QToolButton::toggled, this, &ConnectDialog::showAdvanced);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_appKey, m_shopId, m_secret, m_baseUrl})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::updateButtons);
    retranslate();
    updateButtons();
    // Wide enough for the address and the wrapped sentences; the height follows from the texts.
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 44);
    resize(minimumWidth(),
           heightForWidth(minimumWidth()) > 0 ? heightForWidth(minimumWidth()) : sizeHint().height());
}

platform::ShopCredentials ConnectDialog::credentials() const
{
    platform::ShopCredentials c;
    c.appKey = m_appKey->text().trimmed();
    c.shopId = m_shopId->text().trimmed();
    const QString url = m_baseUrl->text().trimmed();
    if (!url.isEmpty())
        c.baseUrl = QUrl(url);
    c.secret = m_secret->text();
    c.storeSecret = !c.secret.isEmpty();
    return c;
}

QString ConnectDialog::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ConnectDialog::accept()
{
    if (m_waiting || !m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    m_message->setStyleSheet(QString());
    m_message->setText(tr("Checking with the platform…"));
    m_message->show();
    setWaiting(true);
    Q_EMIT submitted(credentials());
}

void ConnectDialog::succeeded()
{
    setWaiting(false);
    m_secret->clear();
    QDialog::accept();
}

void ConnectDialog::failed(const QString &message)
{
    setWaiting(false);
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_message->setText(message);
    m_message->show();
    m_secret->setFocus();
}

void ConnectDialog::setWaiting(bool waiting)
{
    m_waiting = waiting;
    for (QWidget *w : std::initializer_list<QWidget *>{m_appKey, m_shopId, m_secret, m_baseUrl, m_advanced})
        w->setEnabled(!waiting);
    updateButtons();
}

void ConnectDialog::updateButtons()
{
    const bool complete = !m_appKey->text().trimmed().isEmpty() && !m_shopId->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete && !m_waiting);
}

void ConnectDialog::showAdvanced(bool shown)
{
    {
        const QSignalBlocker blocker(m_advanced);
        m_advanced->setChecked(shown);
    }
    m_advanced->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    m_advancedBox->setVisible(shown);
    // The dialog grows and shrinks with the section; its width stays.
    if (isVisible())
        resize(width(), heightForWidth(width()) > 0 ? heightForWidth(width()) : sizeHint().height());
}

void ConnectDialog::retranslate()
{
    setWindowTitle(tr("Connect to shop"));
    m_intro->setText(tr("Connect this workbench to your shop on the Douyin open platform with a "
                        "self-used app (自用型). The app secret is kept in the system keyring, never "
                        "in a file."));
    m_appKeyLabel->setText(tr("App &key:"));
    m_shopIdLabel->setText(tr("&Shop id:"));
    m_secretLabel->setText(tr("App s&ecret:"));
    m_secret->setPlaceholderText(m_secretKept ? tr("Leave empty to use the one already kept") : QString());
    m_advanced->setText(tr("&Advanced"));
    m_baseUrlLabel->setText(tr("Platform &address:"));
    m_baseUrlHint->setText(
        tr("Leave empty for the open platform (%1); a local simulator is http://127.0.0.1:PORT.")
            .arg(defaultBaseUrl()));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
}

void ConnectDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace aftersales::ui
