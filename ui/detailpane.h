#pragma once

#include "domain/claim.h"
#include "domain/claimactions.h"
#include "domain/rules.h"
#include "io/claimtext.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QFormLayout;
class QGridLayout;
class QLineEdit;
class QLabel;
class QStackedWidget;
class QTimer;
class QToolButton;
class QTreeWidget;

namespace aftersales
{
class Workbench;
}

namespace aftersales::ui
{

// The selected claim: order and product, the buyer's reason and note, shipments, the
// current deadline as a ticking countdown with what happens at it, the full event
// timeline, and buttons for only the actions valid in this status.
class HistoryDelegate;

class DetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit DetailPane(const Workbench &workbench, QWidget *parent = nullptr);

    // A button for `action` (the table's `row`), shown only when the rules allow the row's
    // action on the shown claim.
    void addActionButton(const ClaimAction &row, QAction *action);
    void setClaim(const Claim &claim);
    // No claim shown; `message` instead of the default hint (several selected, a claim
    // that left the list).
    void clear(const QString &message = {});
    // What the placeholder says when no claim is shown.
    QString placeholderText() const;
    // Re-reads the shown claim and its events.
    void reload();
    std::optional<Claim> claim() const { return m_claim; }
    QString countdownText() const;
    // The platform's refusal as shown (empty when the claim has none).
    QString refusalText() const;

Q_SIGNALS:
    // The merchant edited the shown claim's remark (Enter or the save button) or picked
    // a flag; `version` is the claim's version as shown.
    void remarkEdited(qint64 id, qint64 version, const QString &remark);
    void flagChosen(qint64 id, qint64 version, int flag);
    // The merchant has seen the platform's refusal of the shown claim's action.
    void refusalSeen(qint64 id);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void populate();
    void updateCountdown();
    // Sizes the history's columns to the pane's width: it never scrolls sideways.
    void fitTimeline();
    // Shows a row for each of the form's fields with a value and hides the others. The rows
    // are made once: making and laying out a dozen labels for every claim shown is too slow
    // for a list walked with the keyboard.
    void showFields(const QList<claimtext::Field> &fields);

    const Workbench &m_workbench;
    std::optional<Claim> m_claim;
    QString m_message;
    QList<Event> m_events;

    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QLabel *m_title;
    QLabel *m_countdown;
    QLabel *m_deadline;
    QWidget *m_refusalBox;
    QLabel *m_refusal;
    QToolButton *m_refusalSeen;
    QWidget *m_buttonRow;
    QHash<Action, QToolButton *> m_buttons;
    QWidget *m_form;
    // A grid, not a QFormLayout: QFormLayout (Qt 6.4) sized itself from the rows a claim shown
    // earlier had, so the last rows of a claim with more or taller rows were cut off.
    QGridLayout *m_fieldsLayout;
    // Each row's name label and value label, by claimtext field key.
    QHash<QString, std::pair<QLabel *, QLabel *>> m_fields;
    QWidget *m_edits;
    QFormLayout *m_editsLayout;
    QComboBox *m_flag;
    QLineEdit *m_remark;
    QToolButton *m_remarkSave;
    QLabel *m_timelineLabel;
    QTreeWidget *m_timeline;
    HistoryDelegate *m_historyDelegate;
    QTimer *m_tick;
};

} // namespace aftersales::ui
