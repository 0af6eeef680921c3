#pragma once

#include "celltextdelegate.h"
#include "claimformat.h"
#include "domain/claim.h"

#include <QColor>

namespace aftersales::ui
{

// The list's status as a rounded chip, coloured by who acts next: orange when it is the
// merchant, red when overdue, blue for the buyer, purple for the platform, grey when the
// claim is finished (the platform's workbench colours its statuses the same way). Its text
// is drawn from a layout kept per status (CellTextDelegate).
class StatusChipDelegate : public CellTextDelegate
{
    Q_OBJECT

public:
    struct Tone {
        QColor background;
        QColor text;
    };

    explicit StatusChipDelegate(QObject *parent);

    static Tone toneFor(ClaimStatus status, Urgency urgency);
    // What a chip adds to its text's width: its padding and the cell's margins.
    static int extraWidth(const QWidget *widget);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace aftersales::ui
