#pragma once

#include <QHash>
#include <QObject>
#include <QString>

class QTableView;

namespace aftersales::ui
{

// How the claim list's columns share its width. The columns a merchant decides by are as
// wide as what the rows read hold (a 19-digit platform id whole) and fit again after every
// reset of the list; the product takes the width left over; the flag's dot comes first; the
// remark stays narrow and last. Where the list is too narrow for all of it, the columns give way in a fixed
// order (see fit()), never past a least width, and a cut cell's tooltip holds its whole text. Columns only
// grow (from one list to the next they stay put, and a column the merchant widened, or the window restored,
// keeps its width) until the language or font changes.
class ClaimColumns : public QObject
{
    Q_OBJECT

public:
    // Attaches to `view` (its parent), whose model is a ClaimTableModel.
    explicit ClaimColumns(QTableView *view);

    // Afresh: every column as wide as its content; Grow: none narrower than it is.
    enum class Fit { Afresh, Grow };
    // Sizes the columns now (after a reset, a language or font change it happens by itself).
    void fit(Fit how = Fit::Grow);
    // What `column` needs for the rows read and every label it can show.
    int contentWidth(int column) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int textWidth(const QString &text) const;
    int headerWidth(int column) const;
    void scheduleFit(Fit how);

    QTableView *m_view;
    // The view's viewport as the filter was installed: events still arrive while the view is
    // destroyed, when asking the view for it is no longer valid.
    QObject *m_viewport = nullptr;
    bool m_fitScheduled = false;
    Fit m_scheduled = Fit::Grow;
    // Texts measured, by text, until the font or language changes: every reset of the list
    // measures its first page again, most of it the page measured before (an action that
    // takes a claim out of the list shifts the rest by one).
    mutable QHash<QString, int> m_textWidths;
};

} // namespace aftersales::ui
