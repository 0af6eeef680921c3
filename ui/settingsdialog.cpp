#include "settingsdialog.h"

#include "domain/names.h"
#include "platform/platformconfig.h"
#include "settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

namespace aftersales::ui
{
namespace
{

QJsonObject readObject(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.read(1 << 20)).object();
}

// The categories by name, comma-separated.
QString categoryText(const QStringList &codes)
{
    QStringList labels;
    for (const QString &code : codes)
        labels << names::categoryLabel(code);
    return labels.join(QStringLiteral(", "));
}

QSpinBox *hoursBox(QWidget *parent, const char *objectName)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(QLatin1String(objectName));
    box->setRange(0, 24 * 3650);
    box->setSuffix(QStringLiteral(" h"));
    return box;
}

} // namespace

SettingsDialog::SettingsDialog(Settings &settings, const QString &policyFile, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_policyFile(policyFile), m_policy(Policy::defaults()),
      m_language(new QComboBox(this)), m_timeZone(new QComboBox(this)), m_operator(new QLineEdit(this)),
      m_syncInterval(new QSpinBox(this)), m_syncConcurrency(new QSpinBox(this)),
      m_dueSoon(hoursBox(this, "settingsDueSoon")), m_categories(new QLineEdit(this)),
      m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(
          QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_language->setObjectName(QStringLiteral("settingsLanguage"));
    m_language->addItem(tr("Follow the system"), QString());
    m_language->addItem(QStringLiteral("中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_timeZone->setObjectName(QStringLiteral("settingsTimeZone"));
    m_timeZone->addItem(tr("System (%1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())), QString());
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        if (id.contains('/'))
            m_timeZone->addItem(QString::fromUtf8(id), QString::fromUtf8(id));
    m_timeZone->setEditable(false);
    m_timeZone->setMaxVisibleItems(20);
    m_operator->setObjectName(QStringLiteral("settingsOperator"));
    m_operator->setPlaceholderText(tr("The login name"));
    m_syncInterval->setObjectName(QStringLiteral("settingsSyncInterval"));
    m_syncInterval->setRange(0, 24 * 3600);
    m_syncInterval->setSuffix(tr(" s"));
    m_syncInterval->setSpecialValueText(tr("Only on Sync now (F6)"));
    m_syncInterval->setToolTip(tr("How often the workbench sends waiting actions to the platform and "
                                  "pulls what changed there; 0: only when asked."));
    m_syncConcurrency->setObjectName(QStringLiteral("settingsSyncConcurrency"));
    m_syncConcurrency->setRange(1, platform::mostRequestsInFlight);
    m_syncConcurrency->setToolTip(
        tr("How many claims' actions are sent to the platform at the same time; each claim's own "
           "actions always go one after another, in the order they were made. More is faster on a "
           "slow network."));
    m_categories->setObjectName(QStringLiteral("settingsReshipCategories"));
    // Categories by name (智能家居), as the merchant knows them; a category the table does not
    // know is shown and kept as typed.
    m_categories->setPlaceholderText(categoryText({QStringLiteral("smart_home"), QStringLiteral("digital")}));
    m_categories->setToolTip(tr("Comma-separated product categories open to reshipment, by name or code: %1")
                                 .arg(categoryText({QStringLiteral("smart_home"), QStringLiteral("digital"),
                                                    QStringLiteral("home"), QStringLiteral("apparel"),
                                                    QStringLiteral("beauty"), QStringLiteral("food")})));
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    m_buttons->setObjectName(QStringLiteral("buttonBox"));

    auto *general = new QGroupBox(tr("Workbench"), this);
    auto *generalForm = new QFormLayout(general);
    generalForm->addRow(tr("&Language:"), m_language);
    generalForm->addRow(tr("&Time zone shown:"), m_timeZone);
    generalForm->addRow(tr("&Operator name:"), m_operator);
    generalForm->addRow(tr("&Due soon within:"), m_dueSoon);
    generalForm->addRow(tr("S&ync with the platform every:"), m_syncInterval);
    generalForm->addRow(tr("Claims sent to the platform at &once:"), m_syncConcurrency);

    auto *policy = new QGroupBox(tr("Platform rules (shared with the aftersales command line)"), this);
    auto *policyForm = new QFormLayout(policy);
    const std::pair<const char *, std::pair<const char *, QString>> rows[] = {
        {"review_hours", {"settingsReviewHours", tr("Merchant review window:")}},
        {"ship_hours", {"settingsShipHours", tr("Time to ship after approval:")}},
        {"buyer_window_hours", {"settingsBuyerWindowHours", tr("Buyer's window after a rejection:")}},
        {"reship_after_receipt_hours",
         {"settingsReshipAfterReceiptHours", tr("Reshipment after receipt within:")}},
        {"buyer_return_hours", {"settingsBuyerReturnHours", tr("Buyer's time to return goods:")}},
        {"second_review_hours", {"settingsSecondReviewHours", tr("Second review window:")}},
    };
    for (const auto &[key, row] : rows) {
        QSpinBox *box = hoursBox(this, row.first);
        policyForm->addRow(row.second, box);
        m_hours.append({key, box});
    }
    policyForm->addRow(tr("Reshipment &categories:"), m_categories);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(general);
    layout->addWidget(policy);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &SettingsDialog::restoreDefaults);
    load();
}

void SettingsDialog::load()
{
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings.language().value())));
    m_timeZone->setCurrentIndex(std::max(0, m_timeZone->findData(m_settings.timeZone().value())));
    m_operator->setText(m_settings.operatorName().value());
    m_syncInterval->setValue(m_settings.syncIntervalSecs().value());
    m_syncConcurrency->setValue(m_settings.syncConcurrency().value());
    const Result<Policy> current = Policy::load(m_policyFile);
    if (current.ok())
        m_policy = *current;
    else {
        m_error->setText(current.outcome.message);
        m_error->show();
    }
    const QJsonObject values{
        {QStringLiteral("review_hours"), m_policy.reviewSecs / 3600.0},
        {QStringLiteral("ship_hours"), m_policy.shipSecs / 3600.0},
        {QStringLiteral("buyer_window_hours"), m_policy.buyerWindowSecs / 3600.0},
        {QStringLiteral("reship_after_receipt_hours"), m_policy.reshipAfterReceiptSecs / 3600.0},
        {QStringLiteral("buyer_return_hours"), m_policy.buyerReturnSecs / 3600.0},
        {QStringLiteral("second_review_hours"), m_policy.secondReviewSecs / 3600.0}};
    for (const auto &[key, box] : std::as_const(m_hours))
        box->setValue(qRound(values.value(QLatin1String(key)).toDouble()));
    m_dueSoon->setValue(int(m_policy.dueSoonSecs / 3600));
    m_categories->setText(categoryText(m_policy.reshipCategories));
}

void SettingsDialog::restoreDefaults()
{
    const Policy d = Policy::defaults();
    const QHash<QString, qint64> secs{
        {QStringLiteral("review_hours"), d.reviewSecs},
        {QStringLiteral("ship_hours"), d.shipSecs},
        {QStringLiteral("buyer_window_hours"), d.buyerWindowSecs},
        {QStringLiteral("reship_after_receipt_hours"), d.reshipAfterReceiptSecs},
        {QStringLiteral("buyer_return_hours"), d.buyerReturnSecs},
        {QStringLiteral("second_review_hours"), d.secondReviewSecs}};
    for (const auto &[key, box] : std::as_const(m_hours))
        box->setValue(int(secs.value(QLatin1String(key)) / 3600));
    m_dueSoon->setValue(int(d.dueSoonSecs / 3600));
    m_categories->setText(categoryText(d.reshipCategories));
}

QJsonObject SettingsDialog::policyOverrides() const
{
    QJsonObject o;
    for (const auto &[key, box] : m_hours)
        o.insert(QLatin1String(key), box->value());
    o.insert(QStringLiteral("due_soon_hours"), m_dueSoon->value());
    QJsonArray categories;
    // Every comma-separated entry, empty ones included: the policy names what is wrong.
    const QString text = m_categories->text().trimmed();
    if (!text.isEmpty())
        for (const QString &c : text.split(QRegularExpression(QStringLiteral("[,，;；、]"))))
            categories.append(names::categoryCode(c));
    o.insert(QStringLiteral("reship_categories"), categories);
    return o;
}

QString SettingsDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool SettingsDialog::save()
{
    // Keys the dialog does not show (compensation_cents …) stay as the file has them.
    QJsonObject file = readObject(m_policyFile);
    const QJsonObject mine = policyOverrides();
    for (auto it = mine.begin(); it != mine.end(); ++it)
        file.insert(it.key(), it.value());
    const QByteArray json = QJsonDocument(file).toJson(QJsonDocument::Indented);
    const Result<Policy> checked = Policy::overridden(Policy::defaults(), json);
    if (!checked.ok()) {
        m_error->setText(checked.outcome.message);
        m_error->show();
        return false;
    }
    if (!m_policyFile.isEmpty()) {
        QDir().mkpath(QFileInfo(m_policyFile).absolutePath());
        QSaveFile out(m_policyFile);
        if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size() || !out.commit()) {
            m_error->setText(tr("Cannot write %1: %2").arg(m_policyFile, out.errorString()));
            m_error->show();
            return false;
        }
    }
    m_policy = *checked;
    m_settings.language().setValue(m_language->currentData().toString());
    m_settings.timeZone().setValue(m_timeZone->currentData().toString());
    m_settings.operatorName().setValue(m_operator->text().trimmed());
    m_settings.syncIntervalSecs().setValue(m_syncInterval->value());
    m_settings.syncConcurrency().setValue(m_syncConcurrency->value());
    m_settings.sync();
    m_error->hide();
    m_error->clear();
    return true;
}

void SettingsDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace aftersales::ui
