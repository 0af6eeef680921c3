#include "chartlegend.h"

#include "flowlayout.h"

#include <QChart>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QPixmap>

namespace aftersales::ui
{

ChartLegend::ChartLegend(QWidget *parent) : QWidget(parent)
{
    auto *layout = new FlowLayout(this);
    layout->setContentsMargins(8, 0, 8, 0);
    // As wide as the chart above it, and as tall as its lines there: the names on one line
    // would widen the chart's column of the Insight grid.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    hide();
}

void ChartLegend::showLegendOf(QChart *chart)
{
    while (QLayoutItem *item = layout()->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const bool shown = chart && chart->legend()->isVisible();
    if (shown) {
        const int side = fontMetrics().ascent() * 3 / 4;
        for (const QLegendMarker *marker : chart->legend()->markers()) {
            if (!marker->isVisible())
                continue;
            QPixmap swatch(side, side);
            swatch.fill(marker->brush().style() == Qt::NoBrush ? marker->pen().color()
                                                               : marker->brush().color());
            auto *entry = new QWidget(this);
            entry->setObjectName(QStringLiteral("legendEntry"));
            auto *row = new QHBoxLayout(entry);
            row->setContentsMargins(0, 0, 0, 0);
            row->setSpacing(4);
            auto *mark = new QLabel(entry);
            mark->setPixmap(swatch);
            auto *name = new QLabel(marker->label(), entry);
            name->setObjectName(QStringLiteral("legendName"));
            row->addWidget(mark);
            row->addWidget(name);
            layout()->addWidget(entry);
        }
        chart->legend()->hide();
    }
    setVisible(shown && layout()->count() > 0);
}

QStringList ChartLegend::names() const
{
    QStringList out;
    for (const QLabel *name : findChildren<QLabel *>(QStringLiteral("legendName")))
        out << name->text();
    return out;
}

} // namespace aftersales::ui
