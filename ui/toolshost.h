#pragma once

#include "domain/claim.h"
#include "storage/claimquery.h"

#include <QString>

#include <optional>

class QWidget;

namespace aftersales::ui
{

// What a window offers the tools around its queue (MerchantTools): who acts, the claim and
// the list it shows, where dialogs and messages go, and a way to read everything again
// after a bulk change. The tools know this, never the window itself.
class ToolsHost
{
public:
    virtual ~ToolsHost() = default;

    virtual QString operatorName() const = 0;
    virtual void setOperatorName(const QString &name) = 0;
    virtual std::optional<qint64> currentClaimId() const = 0;
    // The claims selected in the list (the current one when none is).
    virtual QList<Claim> selectedClaims() const = 0;
    // The list as shown: its filters, search and order.
    virtual ClaimQuery listQuery() const = 0;
    virtual QWidget *dialogParent() = 0;
    virtual void showStatus(const QString &message, int milliseconds) = 0;
    // Counts, list and detail read again (after an import, a batch of shipments, new settings).
    virtual void refresh() = 0;
    // Whether this window does what a team does once (the automatic steps, the background
    // sync): always on a database file; on a team's database while it holds the team lock.
    virtual bool runsForTeam() = 0;
};

} // namespace aftersales::ui
