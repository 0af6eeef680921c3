#include "mainwindow.h"

#include "claimformat.h"
#include "claimtablemodel.h"
#include "detailpane.h"
#include "domain/names.h"
#include "io/claimtext.h"
#include "messagebox.h"
#include "rejectdialog.h"
#include "shipdialog.h"
#include "workbench.h"

#include <QStatusBar>
#include <QTableView>

// The main window's claim actions: approve (one or many), reject, ship, convert to a
// refund, and how their outcomes are reported.
namespace aftersales::ui
{

void MainWindow::act(const Claim &claim, const ActionRequest &request, const QString &done)
{
    Result<Claim> after = m_workbench.act(claim.id, request, claim.version);
    if (!after.ok()) {
        report(claim.id, after.outcome);
        return;
    }
    statusBar()->showMessage(done.arg(claim.id).arg(names::statusLabel(after->status)), 8000);
}

void MainWindow::report(qint64 claimId, const Outcome &outcome)
{
    QString title;
    switch (outcome.kind) {
    case Outcome::Kind::Conflict:
        // Someone else changed the claim: show what it is now.
        m_model->refreshClaim(claimId);
        if (m_detail->claim() && m_detail->claim()->id == claimId)
            m_detail->reload();
        updateActions();
        updateCounts();
        title = tr("Changed elsewhere");
        break;
    case Outcome::Kind::Refused:
        title = tr("Not allowed");
        break;
    case Outcome::Kind::BadInput:
        title = tr("Cannot do that");
        break;
    case Outcome::Kind::Storage:
    case Outcome::Kind::Ok:
        title = tr("Database problem");
        break;
    }
    statusBar()->showMessage(outcome.message, 15000);
    MessageBox::warning(this, title, outcome.message);
}

void MainWindow::trigger(const ClaimAction &row)
{
    switch (row.input) {
    case ActionInput::None:
        actOnSelected(row);
        return;
    case ActionInput::Confirmation:
        confirmAndAct(row);
        return;
    case ActionInput::RejectReason:
        openRejectDialog();
        return;
    case ActionInput::Shipment:
        openShipDialog();
        return;
    }
}

void MainWindow::actOnSelected(const ClaimAction &row)
{
    QList<Claim> claims = row.many ? selectedClaims() : QList<Claim>();
    if (!row.many)
        if (std::optional<Claim> c = currentClaim())
            claims.append(*c);
    const int chosen = int(claims.size());
    // Claims the rules do not allow it on are skipped, and the merchant is told which and why.
    QStringList skipped;
    claims.erase(
        std::remove_if(claims.begin(), claims.end(),
                       [this, &row, &skipped](const Claim &c) {
                           if (rules::merchantActions(c).contains(row.action))
                               return false;
                           skipped << tr("Claim %1 skipped: %2").arg(c.id).arg(names::statusLabel(c.status));
                           return true;
                       }),
        claims.end());
    if (claims.isEmpty()) {
        statusBar()->showMessage(whyNot(row), 10000);
        return;
    }
    ActionRequest request;
    request.action = row.action;
    request.actor = m_operator;
    if (chosen == 1) {
        act(claims.first(), request, row.doneText());
        return;
    }
    // One call: one sweep, one transaction, one recount of the list and the filters.
    QList<Workbench::Target> targets;
    for (const Claim &c : std::as_const(claims))
        targets.append({c.id, c.version});
    int done = 0;
    QStringList refused;
    for (const Workbench::ItemResult &r : m_workbench.actMany(targets, request)) {
        if (r.outcome.ok()) {
            ++done;
            continue;
        }
        if (r.outcome.kind == Outcome::Kind::Conflict)
            m_model->refreshClaim(r.id);
        refused << tr("Claim %1: %2").arg(r.id).arg(r.outcome.message);
    }
    QString summary = QCoreApplication::translate("claimactions", row.manyDone, nullptr, chosen).arg(done);
    if (!skipped.isEmpty())
        summary +=
            QLatin1Char(' ') + tr("%n skipped: not allowed in its status.", nullptr, int(skipped.size()));
    statusBar()->showMessage(summary, 15000);
    if (!refused.isEmpty() || !skipped.isEmpty())
        MessageBox::warning(this, claimactions::tr(row.manyRefused),
                            summary + QLatin1Char('\n') + (skipped + refused).join(QLatin1Char('\n')));
}

template <typename Dialog, typename Fill>
Dialog *MainWindow::openActionDialog(const ClaimAction &row, Fill fill)
{
    const std::optional<Claim> claim = currentClaim();
    if (!claim || !rules::merchantActions(*claim).contains(row.action))
        return nullptr;
    auto *dialog = new Dialog(*claim, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, &row, fill] {
        Claim seen; // what the merchant saw when opening the dialog
        seen.id = dialog->claimId();
        seen.version = dialog->claimVersion();
        ActionRequest request;
        request.action = row.action;
        request.actor = m_operator;
        fill(*dialog, request);
        act(seen, request, row.doneText());
    });
    dialog->open();
    return dialog;
}

RejectDialog *MainWindow::openRejectDialog()
{
    return openActionDialog<RejectDialog>(*claimactions::find(Action::Reject),
                                          [](RejectDialog &dialog, ActionRequest &request) {
                                              request.rejectCode = dialog.rejectCode();
                                              request.note = dialog.note();
                                          });
}

ShipDialog *MainWindow::openShipDialog()
{
    return openActionDialog<ShipDialog>(*claimactions::find(Action::Ship),
                                        [](ShipDialog &dialog, ActionRequest &request) {
                                            request.carrier = dialog.carrier();
                                            request.trackingNo = dialog.trackingNo();
                                        });
}

void MainWindow::confirmAndAct(const ClaimAction &row)
{
    const std::optional<Claim> claim = currentClaim();
    if (!claim || !rules::merchantActions(*claim).contains(row.action))
        return;
    if (!MessageBox::question(
            this, claimactions::tr(row.confirmTitle),
            claimactions::tr(row.confirmQuestion)
                .arg(claimtext::money(claim->order.amountCents), names::typeLabel(claim->type).toLower())
                .arg(claim->id)))
        return;
    ActionRequest request;
    request.action = row.action;
    request.actor = m_operator;
    act(*claim, request, row.doneText());
}

} // namespace aftersales::ui
