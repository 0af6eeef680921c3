#include "mainwindow.h"

#include "claimtablemodel.h"
#include "detailpane.h"
#include "domain/names.h"
#include "merchanttools.h"
#include "workbench.h"

#include <QAction>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QStatusBar>
#include <QTableView>

// The main window's selection: which claim the actions act on, what the pane shows for one
// claim, several or none, moving through the list, and why a key does nothing.
namespace aftersales::ui
{
namespace
{

QString plainLabel(const ClaimAction &row)
{
    return row.label().remove(QLatin1Char('&'));
}

} // namespace

QModelIndex MainWindow::targetIndex() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row()))
        return {};
    return current;
}

std::optional<qint64> MainWindow::currentClaimId() const
{
    const QModelIndex target = targetIndex();
    if (!target.isValid())
        return std::nullopt;
    return m_model->claimAt(target).id;
}

std::optional<Claim> MainWindow::currentClaim() const
{
    const QModelIndex target = targetIndex();
    if (!target.isValid())
        return std::nullopt;
    return m_model->claimAt(target);
}

QList<Claim> MainWindow::selectedClaims() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<Claim> out;
    for (const QModelIndex &index : std::as_const(rows))
        out.append(m_model->claimAt(index));
    if (out.isEmpty())
        if (std::optional<Claim> c = currentClaim())
            out.append(*c);
    return out;
}

void MainWindow::showCurrent()
{
    const QList<Claim> selected = selectedClaims();
    if (selected.size() > 1) {
        m_notice.clear();
        // What the keys would do to the selection, before the merchant presses one.
        QStringList lines{tr("%n claim(s) selected.", nullptr, int(selected.size()))};
        for (const ClaimAction &row : claimactions::all()) {
            if (!row.many)
                continue;
            int allowed = 0;
            for (const Claim &c : selected)
                allowed += rules::merchantActions(c).contains(row.action) ? 1 : 0;
            const QString key = QKeySequence(row.key).toString(QKeySequence::NativeText);
            if (allowed == 0)
                lines << tr("%1 (%2): none of them can be.").arg(key, plainLabel(row));
            else
                lines << tr("%1 (%2): %3 of them; %4 skipped, not allowed in their status.")
                             .arg(key, plainLabel(row))
                             .arg(allowed)
                             .arg(selected.size() - allowed);
        }
        lines << tr("Other actions work on one claim at a time.");
        m_detail->clear(lines.join(QLatin1Char('\n')));
    } else if (std::optional<Claim> c = currentClaim()) {
        m_notice.clear();
        // Selecting the same claim again (a selection change that kept it) reads nothing.
        const std::optional<Claim> shown = m_detail->claim();
        if (!shown || shown->id != c->id || shown->version != c->version)
            m_detail->setClaim(*c);
    } else {
        m_detail->clear(m_notice);
    }
    if (m_tools)
        m_tools->currentClaimChanged();
    updateActions();
}

void MainWindow::moveSelection(int delta)
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    int row = current.row() + delta;
    // A place kept after a claim left the list: the claim that took it is the next one.
    if (current.isValid() && !targetIndex().isValid() && delta > 0)
        row -= 1;
    if (row >= m_model->rowCount() && m_model->canFetchMore(QModelIndex()))
        m_model->fetchMore(QModelIndex());
    row = std::clamp(row, 0, m_model->rowCount() - 1);
    if (row < 0)
        return;
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view || event->type() != QEvent::KeyPress)
        return QMainWindow::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    // ↓ / ↑ from a kept place go to the claims either side of it, as J / K do.
    if (key->modifiers() == Qt::NoModifier && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) &&
        m_view->selectionModel()->currentIndex().isValid() && !targetIndex().isValid()) {
        moveSelection(key->key() == Qt::Key_Down ? 1 : -1);
        return true;
    }
    // A claim action's key while the action does not apply: say why instead of nothing.
    const QKeySequence pressed(key->keyCombination());
    for (const ClaimAction &row : claimactions::all()) {
        const QAction *action = m_claimActions.value(row.action);
        if (action && !action->isEnabled() && action->shortcuts().contains(pressed)) {
            statusBar()->showMessage(whyNot(row), 10000);
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

QString MainWindow::whyNot(const ClaimAction &row) const
{
    const QString name = plainLabel(row);
    const QList<Claim> selected = selectedClaims();
    if (selected.isEmpty())
        return tr("%1: no claim is selected. Select one with ↓ or J first.").arg(name);
    if (selected.size() > 1 && !row.many)
        return tr("%1 works on one claim at a time: %n claims are selected.", nullptr, int(selected.size()))
            .arg(name);
    if (selected.size() > 1)
        return tr("%1 applies to none of the %n selected claims in their status.", nullptr,
                  int(selected.size()))
            .arg(name);
    const Claim &claim = selected.first();
    ActionRequest request;
    request.action = row.action;
    request.actor = m_operator;
    const Result<Decision> decided = rules::act(claim, request, m_workbench.now(), m_workbench.policy());
    const QString reason = !decided.ok() && decided.outcome.kind == Outcome::Kind::Refused
                               ? decided.outcome.message
                               : tr("it is %1.").arg(names::statusLabel(claim.status));
    return tr("%1 does not apply to claim %2: %3").arg(name).arg(claim.id).arg(reason);
}

void MainWindow::updateEmptyNotice()
{
    if (!m_emptyNotice)
        return;
    if (m_model->rowCount() > 0) {
        m_emptyNotice->hide();
        return;
    }
    const ClaimQuery &query = m_model->query();
    const QString list = quickfilters::label(m_quick);
    QString text;
    if (!query.search.trimmed().isEmpty())
        text = tr("No claims here: none in “%1” matches “%2”.\nClear the search to see them all.")
                   .arg(list, query.search.trimmed());
    else if (query.type || query.status)
        text = tr("No claims here: none in “%1” has the type or status chosen above.\nSet them back to "
                  "“all” to see the others.")
                   .arg(list);
    else if (m_quick == QuickFilter::All)
        text = tr("No claims here: this database holds none yet.\nImport the platform's claims with "
                  "File → Import claims….");
    else
        text = tr("No claims here: nothing in “%1” waits for you now.\nAnother quick filter above may "
                  "have some.")
                   .arg(list);
    m_emptyNotice->setText(text);
    m_emptyNotice->show();
}

} // namespace aftersales::ui
