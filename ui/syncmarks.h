#pragma once

#include "domain/claim.h"

#include <QCoreApplication>
#include <QIcon>
#include <QString>

namespace aftersales::ui
{

// How the window marks where a platform claim stands with the platform: a small badge on
// the list's rows (an arrow for an action waiting to be sent, an exclamation mark for one
// the platform refused) and the sentence that goes with it; and the status bar indicator's
// coloured dot.
class SyncMarks
{
    Q_DECLARE_TR_FUNCTIONS(SyncMarks)

public:
    enum class Health { NotConnected, Ok, Running, Offline, Problem };

    // No icon for a local or synced claim.
    static QIcon icon(SyncState state);
    // "Waiting to be sent to the platform", "Refused by the platform: …"; empty otherwise.
    static QString toolTip(const ClaimSync &sync);
    static QIcon dot(Health health);
};

} // namespace aftersales::ui
