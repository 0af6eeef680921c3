#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>

#include <memory>

namespace aftersales
{

// One named key of a known type (qBittorrent's SettingValue<T>).
template <typename T> class SettingValue
{
public:
    SettingValue(QSettings &settings, const char *key, T fallback = T())
        : m_settings(settings), m_key(QLatin1String(key)), m_fallback(std::move(fallback))
    {
    }
    T value() const { return m_settings.value(m_key, QVariant::fromValue(m_fallback)).template value<T>(); }
    void setValue(const T &value) { m_settings.setValue(m_key, QVariant::fromValue(value)); }
    void reset() { m_settings.remove(m_key); }

private:
    QSettings &m_settings;
    QString m_key;
    T m_fallback;
};

// The user's settings, read by both programs (the window's layout, the language, the time
// zone times are shown in, the operator); every key is named here and nowhere else.
class Settings
{
public:
    // The user's settings (~/.config/aftersales/workbench.ini on Linux).
    Settings();
    // A given INI file (tests).
    explicit Settings(const QString &iniFile);
    ~Settings();

    SettingValue<QByteArray> windowGeometry() { return {*m_settings, "window/geometry"}; }
    SettingValue<QByteArray> windowState() { return {*m_settings, "window/state"}; }
    SettingValue<QByteArray> splitterState() { return {*m_settings, "window/splitter"}; }
    SettingValue<QByteArray> headerState() { return {*m_settings, "list/header"}; }
    // "zh_CN", "en"; empty: follow the system's language.
    SettingValue<QString> language() { return {*m_settings, "general/language"}; }
    // An IANA zone ("Asia/Shanghai") times are shown in; empty: the system's.
    SettingValue<QString> timeZone() { return {*m_settings, "general/timeZone"}; }
    // Who acts, written into the audit trail; empty: the login name.
    SettingValue<QString> operatorName() { return {*m_settings, "general/operator"}; }
    // The database the window opened last (a file's path, or a team's PostgreSQL address,
    // which never holds a password); empty: the local file.
    SettingValue<QString> database() { return {*m_settings, "general/database"}; }
    // How often the window syncs with the platform in the background, in seconds; 0: only
    // when asked (Sync now). Never a credential: the app secret lives in the keyring.
    SettingValue<int> syncIntervalSecs() { return {*m_settings, "sync/intervalSecs", 60}; }
    // Claims whose actions are sent to the platform at once (each claim's in order).
    SettingValue<int> syncConcurrency() { return {*m_settings, "sync/concurrency", 4}; }

    void sync();
    QString fileName() const;

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace aftersales
