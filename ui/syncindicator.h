#pragma once

#include "syncmarks.h"

#include <QToolButton>

namespace aftersales::ui
{

// The status bar's sync indicator ("syncIndicator"): a coloured dot and one line (last sync,
// actions waiting, actions refused); the tooltip holds the detail, a click opens its menu
// (Sync now, the refused claims, Connect to shop…).
class SyncIndicator : public QToolButton
{
    Q_OBJECT

public:
    explicit SyncIndicator(QWidget *parent = nullptr);

    void setState(SyncMarks::Health health, const QString &text, const QString &detail);
    SyncMarks::Health health() const { return m_health; }

private:
    SyncMarks::Health m_health = SyncMarks::Health::NotConnected;
};

} // namespace aftersales::ui
