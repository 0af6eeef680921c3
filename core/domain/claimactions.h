#pragma once

#include "domain/claim.h"
#include "domain/rules.h"

#include <QList>
#include <QString>

#include <optional>

namespace aftersales
{

// What else an action needs besides the claim, and so which dialog the window asks it with
// and which options the command line takes.
enum class ActionInput {
    None,         // approve: nothing
    Confirmation, // a yes/no question first (convert to a refund)
    RejectReason, // a reject reason code and a note (RejectDialog, --reason-code)
    Shipment,     // a carrier and a tracking number (ShipDialog, --carrier/--tracking)
};

// How the platform learns of an action (PLATFORM.md, "Push").
struct PlatformOperation {
    enum class Method { Operate, FillLogistics };
    Method method = Method::Operate;
    int type = 0; // afterSale/operate's type; 0 with afterSale/fillLogistics
    // The shipment (carrier and tracking number) goes with it.
    bool withLogistics = false;
    bool operator==(const PlatformOperation &) const = default;
};

// Which review a claim is in when the merchant acts, for the platform's codes.
enum class ReviewStage {
    First,  // pending_review (or rejected, reconsidered)
    Second, // pending_second_review: the goods came back
    Any,
};

// The platform's operation for an action on claims of one type at one stage.
struct PlatformCode {
    ClaimType type;
    ReviewStage stage;
    PlatformOperation operation;
};

// One thing the merchant does to a claim, declared once: the window's QAction (object name,
// shortcut, menu text), the detail pane's button, the command line's command, the rules'
// Action, the input it needs, and the platform's codes per claim type. Adding an action is
// a row here (and its dialog, for a new kind of input).
struct ClaimAction {
    Action action;
    const char *name;       // the command line's word: "approve"
    const char *objectName; // the window's QAction: "actionApprove"
    const char *buttonName; // the detail pane's button: "detailApproveButton"
    int key;                // the shortcut, a Qt::Key
    // English sources of translated texts (context "claimactions"): the menu text with its
    // mnemonic, the tooltip, what it reports when done ("Claim %1 …: %2" with the id and the
    // new status), the command line's summary; for several claims at once (`many`), the menu
    // text ("%n" claims), its tooltip, the report ("%1 of %n") and the title of the list of
    // those refused; with a Confirmation, its title and question (%1 the order's amount, %2
    // the claim's type, %3 its id).
    const char *text;
    const char *tip;
    const char *done;
    const char *summary;
    ActionInput input = ActionInput::None;
    bool many = false; // may act on every selected claim at once
    const char *manyText = nullptr;
    const char *manyTip = nullptr;
    const char *manyDone = nullptr;
    const char *manyRefused = nullptr;
    const char *confirmTitle = nullptr;
    const char *confirmQuestion = nullptr;
    QList<PlatformCode> platform = {};

    QString label() const; // translated text, with its mnemonic
    QString toolTip() const;
    QString doneText() const;
};

namespace claimactions
{
// Every action, in menu order.
const QList<ClaimAction> &all();
const ClaimAction *find(Action action);
const ClaimAction *find(const QString &name);
// The translated text of one of the row's sources.
QString tr(const char *source);
// What the platform is told when the merchant takes `action` on `claim` as it stands before
// it; nullopt where the platform has no such operation.
std::optional<PlatformOperation> platformOperation(Action action, const Claim &claim);
} // namespace claimactions

} // namespace aftersales
