#pragma once

#include "domain/claim.h"
#include "domain/claimactions.h"
#include "domain/rules.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QFormLayout;
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
class DetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit DetailPane(const Workbench &workbench, QWidget *parent = nullptr);

    // A button for `action` (the table's `row`), shown only when the rules allow the row's
    // action on the shown claim.
    void addActionButton(const ClaimAction &row, QAction *action);
    void setClaim(const Claim &claim);
    void clear();
    // Re-reads the shown claim and its events.
    void reload();
    std::optional<Claim> claim() const { return m_claim; }
    QString countdownText() const;

Q_SIGNALS:
    // The merchant edited the shown claim's remark (Enter or the save button) or picked
    // a flag; `version` is the claim's version as shown.
    void remarkEdited(qint64 id, qint64 version, const QString &remark);
    void flagChosen(qint64 id, qint64 version, int flag);

protected:
    void changeEvent(QEvent *event) override;

private:
    void populate();
    void updateCountdown();
    // Shows one of the claim's fields, its row hidden when the value is empty. The rows are
    // made once: making and laying out a dozen labels for every claim shown is too slow for
    // a list walked with the keyboard.
    void showRow(const QString &label, const QString &value, const char *objectName);

    const Workbench &m_workbench;
    std::optional<Claim> m_claim;
    QList<Event> m_events;

    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QLabel *m_title;
    QLabel *m_countdown;
    QLabel *m_deadline;
    QWidget *m_buttonRow;
    QHash<Action, QToolButton *> m_buttons;
    QWidget *m_form;
    QFormLayout *m_formLayout;
    QWidget *m_edits;
    QFormLayout *m_editsLayout;
    QComboBox *m_flag;
    QLineEdit *m_remark;
    QToolButton *m_remarkSave;
    QLabel *m_timelineLabel;
    QTreeWidget *m_timeline;
    QTimer *m_tick;
};

} // namespace aftersales::ui
