#pragma once

#include <QWidget>

class QChart;

namespace aftersales::ui
{

// A chart's legend below it that wraps onto more lines where its names do not fit on one:
// Qt Charts' own legend cuts them short instead ("Refund…" twice, for the two kinds of refund,
// in English on a laptop's screen). Shown in the chart's place, which hides its own.
class ChartLegend : public QWidget
{
    Q_OBJECT

public:
    explicit ChartLegend(QWidget *parent = nullptr);

    // The entries of `chart`'s legend, each a swatch of its colour and its name; none (and
    // hidden) when the chart shows no legend.
    void showLegendOf(QChart *chart);
    QStringList names() const;
};

} // namespace aftersales::ui
