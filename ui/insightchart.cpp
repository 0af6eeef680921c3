#include "insightchart.h"

#include "chartlegend.h"

#include "domain/names.h"
#include "domain/timeformat.h"
#include "io/claimtext.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <QValueAxis>
#include <array>

namespace aftersales::ui
{
namespace
{

using report::tables::Figure;

// The products the chart names; the table and the CSV hold them all.
constexpr int topProducts = 10;

// Category labels must differ: days other than Mondays of a long period are shown blank,
// told apart by a run of zero-width spaces.
QStringList dayCategories(const QList<report::DayRow> &days)
{
    QStringList out;
    const bool sparse = days.size() > 31;
    for (int i = 0; i < days.size(); ++i) {
        const QDate d = days.at(i).day.label;
        out << (!sparse || d.dayOfWeek() == 1 || i == 0 ? d.toString(QStringLiteral("MM-dd"))
                                                        : QString(i, QChar(0x200B)));
    }
    return out;
}

QString weekCategory(const report::WeekRow &w)
{
    return w.week.label.toString(QStringLiteral("MM-dd"));
}

QValueAxis *valueAxis(QChart *chart, Qt::Alignment alignment, const QString &title, qreal max)
{
    auto *axis = new QValueAxis(chart);
    axis->setTitleText(title);
    axis->setMin(0);
    axis->setMax(std::max<qreal>(max, 1));
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->applyNiceNumbers();
    chart->addAxis(axis, alignment);
    return axis;
}

QBarCategoryAxis *categoryAxis(QChart *chart, Qt::Alignment alignment, const QStringList &categories,
                               const QString &title = {})
{
    auto *axis = new QBarCategoryAxis(chart);
    axis->append(categories);
    // Labels are kept short where they are made; cut further, a product name says nothing.
    axis->setTruncateLabels(false);
    axis->setTitleText(title);
    chart->addAxis(axis, alignment);
    return axis;
}

void attach(QAbstractSeries *series, std::initializer_list<QAbstractAxis *> axes)
{
    for (QAbstractAxis *a : axes)
        series->attachAxis(a);
}

} // namespace

InsightChart::InsightChart(Figure figure, QWidget *parent)
    : QFrame(parent), m_figure(figure), m_title(new QLabel(this)), m_png(new QToolButton(this)),
      m_csv(new QToolButton(this)), m_stack(new QStackedWidget(this)), m_picture(new QWidget(m_stack)),
      m_view(new QChartView(m_picture)), m_legend(new ChartLegend(m_picture)), m_nothing(new QLabel(m_stack))
{
    static const char *names[] = {"chartByDay",     "chartReshipByProduct", "chartOnTime",
                                  "chartMoneyLost", "chartFirstAction",     "chartBacklog"};
    setObjectName(QLatin1String(names[int(figure)]));
    setFrameShape(QFrame::StyledPanel);
    m_view->setObjectName(QStringLiteral("chartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(220);
    m_view->setBackgroundBrush(Qt::white);
    m_view->setFrameShape(QFrame::NoFrame);
    m_png->setObjectName(QStringLiteral("savePng"));
    m_csv->setObjectName(QStringLiteral("saveCsv"));
    m_nothing->setObjectName(QStringLiteral("nothingToShow"));
    m_nothing->setAlignment(Qt::AlignCenter);
    m_nothing->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_legend->setObjectName(QStringLiteral("chartLegend"));
    // White as the chart's own background, so that the legend reads as part of it (and of the
    // PNG saved).
    m_picture->setAutoFillBackground(true);
    QPalette white = m_picture->palette();
    white.setColor(QPalette::Window, Qt::white);
    white.setColor(QPalette::WindowText, Qt::black);
    m_picture->setPalette(white);
    auto *picture = new QVBoxLayout(m_picture);
    picture->setContentsMargins(0, 0, 0, 4);
    picture->setSpacing(0);
    picture->addWidget(m_view, 1);
    picture->addWidget(m_legend);
    m_stack->addWidget(m_picture);
    m_stack->addWidget(m_nothing);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_png);
    top->addWidget(m_csv);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);
    retranslate();

    connect(m_png, &QToolButton::clicked, this, &InsightChart::savePngRequested);
    connect(m_csv, &QToolButton::clicked, this, &InsightChart::saveCsvRequested);
}

InsightChart::~InsightChart() = default;

QString InsightChart::title() const
{
    switch (m_figure) {
    case Figure::ByDay:
        return tr("Claims per day by type");
    case Figure::ReshipByProduct:
        return tr("Top products by reshipment reason");
    case Figure::OnTime:
        return tr("On-time rate per week");
    case Figure::MoneyLost:
        return tr("Money lost to deadlines per week");
    case Figure::FirstAction:
        return tr("Median time to the merchant's first action");
    case Figure::Backlog:
        return tr("Backlog now by time left");
    }
    return {};
}

void InsightChart::retranslate()
{
    m_title->setText(title());
    m_png->setText(tr("PNG"));
    m_png->setToolTip(tr("Save this chart as a PNG picture"));
    m_csv->setText(tr("CSV"));
    m_csv->setToolTip(tr("Save this chart's numbers as CSV for Excel"));
    if (m_report)
        rebuild();
}

void InsightChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void InsightChart::setReport(const report::Report &report, const Policy &policy)
{
    m_report = report;
    m_policy = policy;
    rebuild();
}

void InsightChart::tip(const QString &text)
{
    QToolTip::showText(QCursor::pos(), text, m_view);
}

void InsightChart::rebuild()
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_valueOf = nullptr;
    m_firstSeries = nullptr;
    m_empty = false;
    switch (m_figure) {
    case Figure::ByDay:
        buildByDay(chart);
        break;
    case Figure::ReshipByProduct:
        buildByProduct(chart);
        break;
    case Figure::OnTime:
        buildOnTime(chart);
        break;
    case Figure::MoneyLost:
        buildMoneyLost(chart);
        break;
    case Figure::FirstAction:
        buildFirstAction(chart);
        break;
    case Figure::Backlog:
        buildBacklog(chart);
        break;
    }
    if (!chart->series().isEmpty())
        m_firstSeries = chart->series().first();
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
    m_legend->showLegendOf(chart);
    m_stack->setCurrentWidget(m_empty ? m_nothing : m_picture);
    m_png->setEnabled(!m_empty);
}

std::optional<QPoint> InsightChart::pointOf(int set, int index) const
{
    if (m_empty || !m_valueOf || !m_firstSeries)
        return std::nullopt;
    const std::optional<QPointF> value = m_valueOf(set, index);
    if (!value)
        return std::nullopt;
    QChart *chart = m_view->chart();
    const QPointF inChart = chart->mapToPosition(*value, m_firstSeries);
    return m_view->mapFromScene(chart->mapToScene(inChart));
}

void InsightChart::buildByDay(QChart *chart)
{
    const report::Report &r = *m_report;
    m_empty = r.claims == 0;
    m_nothing->setText(tr("No claims in this period."));
    auto *series = new QStackedBarSeries(chart);
    qreal max = 0;
    for (const report::DayRow &d : r.days)
        max = std::max<qreal>(max, d.total());
    const QList<ClaimType> types = names::allTypes();
    for (ClaimType type : types) {
        auto *set = new QBarSet(names::typeLabel(type), series);
        for (const report::DayRow &d : r.days)
            *set << d.byType.value(type);
        connect(set, &QBarSet::clicked, this, [this, type](int index) {
            if (index >= 0 && index < m_report->days.size())
                Q_EMIT drillDown(report::drilldown::day(m_report->days.at(index), type));
        });
        connect(set, &QBarSet::hovered, this, [this, type](bool on, int index) {
            if (!on || index < 0 || index >= m_report->days.size())
                return;
            const report::DayRow &d = m_report->days.at(index);
            tip(tr("%1, %2: %n claim(s)", nullptr, int(d.byType.value(type)))
                    .arg(d.day.label.toString(Qt::ISODate), names::typeLabel(type)));
        });
        series->append(set);
    }
    chart->addSeries(series);
    QBarCategoryAxis *x = categoryAxis(chart, Qt::AlignBottom, dayCategories(r.days));
    QValueAxis *y = valueAxis(chart, Qt::AlignLeft, tr("Claims"), max);
    attach(series, {x, y});
    m_valueOf = [this, types](int set, int index) -> std::optional<QPointF> {
        if (set < 0 || set >= types.size() || index < 0 || index >= m_report->days.size())
            return std::nullopt;
        const report::DayRow &d = m_report->days.at(index);
        qreal below = 0;
        for (int i = 0; i < set; ++i)
            below += d.byType.value(types.at(i));
        return QPointF(index, below + d.byType.value(types.at(set)) / 2.0);
    };
}

void InsightChart::buildByProduct(QChart *chart)
{
    const report::Report &r = *m_report;
    const QList<report::ProductRow> shown = r.products.mid(0, topProducts);
    m_empty = shown.isEmpty();
    m_nothing->setText(tr("No reshipments in this period."));
    auto *series = new QHorizontalStackedBarSeries(chart);
    // Drawn bottom-up: the product with the most claims last, at the top.
    QStringList categories;
    qreal max = 0;
    for (auto it = shown.rbegin(); it != shown.rend(); ++it) {
        // Short enough that the axis keeps it whole (the tooltip names the product in full).
        QString name =
            QFontMetrics(chart->font())
                .elidedText(it->product.isEmpty() ? tr("(no product)") : it->product, Qt::ElideRight, 120);
        while (categories.contains(name))
            name += QChar(0x200B);
        categories << name;
        max = std::max<qreal>(max, it->total());
    }
    const QList<Reason> reasons = report::reshipReasons();
    const int n = int(shown.size());
    for (Reason reason : reasons) {
        auto *set = new QBarSet(names::reasonLabel(reason), series);
        for (auto it = shown.rbegin(); it != shown.rend(); ++it)
            *set << it->byReason.value(reason);
        connect(set, &QBarSet::clicked, this, [this, reason, n](int index) {
            if (index < 0 || index >= n)
                return;
            const QString product = m_report->products.at(n - 1 - index).product;
            Q_EMIT drillDown(report::drilldown::product(m_report->period, product, reason));
        });
        connect(set, &QBarSet::hovered, this, [this, reason, n](bool on, int index) {
            if (!on || index < 0 || index >= n)
                return;
            const report::ProductRow &p = m_report->products.at(n - 1 - index);
            tip(tr("%1, %2: %n reshipment(s)", nullptr, int(p.byReason.value(reason)))
                    .arg(p.product, names::reasonLabel(reason)));
        });
        series->append(set);
    }
    chart->addSeries(series);
    QBarCategoryAxis *y = categoryAxis(chart, Qt::AlignLeft, categories);
    QValueAxis *x = valueAxis(chart, Qt::AlignBottom, tr("Reshipments"), max);
    attach(series, {x, y});
    m_valueOf = [this, reasons, n](int set, int index) -> std::optional<QPointF> {
        if (set < 0 || set >= reasons.size() || index < 0 || index >= n)
            return std::nullopt;
        const report::ProductRow &p = m_report->products.at(n - 1 - index);
        qreal before = 0;
        for (int i = 0; i < set; ++i)
            before += p.byReason.value(reasons.at(i));
        return QPointF(before + p.byReason.value(reasons.at(set)) / 2.0, index);
    };
}

void InsightChart::buildOnTime(QChart *chart)
{
    const report::Report &r = *m_report;
    m_empty = r.review.due() == 0 && r.shipment.due() == 0;
    m_nothing->setText(tr("No review or shipping deadline fell in this period."));
    QStringList categories;
    for (const report::WeekRow &w : r.weeks)
        categories << weekCategory(w);
    // Points at 0 … n − 1 on the weeks' category axis.
    QBarCategoryAxis *x = categoryAxis(chart, Qt::AlignBottom, categories, tr("Week from Monday"));
    auto *y = new QValueAxis(chart);
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%.0f%%"));
    y->setTitleText(tr("On time"));
    chart->addAxis(y, Qt::AlignLeft);
    const std::array<std::pair<QString, report::OnTime report::WeekRow::*>, 2> lines{
        std::pair{tr("Reviews"), &report::WeekRow::review},
        std::pair{tr("Shipments"), &report::WeekRow::shipment}};
    for (int s = 0; s < 2; ++s) {
        // The line shows the trend; its points, a scatter series of their own, are what a
        // click or a hover finds (a line of one week has no stroke to click).
        auto *line = new QLineSeries(chart);
        auto *points = new QScatterSeries(chart);
        line->setName(lines.at(s).first);
        points->setMarkerSize(9);
        const auto member = lines.at(s).second;
        for (int i = 0; i < r.weeks.size(); ++i)
            if (const std::optional<double> rate = (r.weeks.at(i).*member).rate()) {
                line->append(i, *rate * 100);
                points->append(i, *rate * 100);
            }
        connect(points, &QScatterSeries::clicked, this, [this, s](const QPointF &p) {
            const int i = qRound(p.x());
            if (i < 0 || i >= m_report->weeks.size())
                return;
            const report::WeekRow &w = m_report->weeks.at(i);
            Q_EMIT drillDown(s == 0 ? report::drilldown::reviews(w, m_policy)
                                    : report::drilldown::shipments(w, m_policy));
        });
        connect(points, &QScatterSeries::hovered, this, [this, member, s](const QPointF &p, bool on) {
            const int i = qRound(p.x());
            if (!on || i < 0 || i >= m_report->weeks.size())
                return;
            const report::OnTime &t = m_report->weeks.at(i).*member;
            const QString rate = report::tables::human(
                {report::tables::Cell::Kind::Rate, t.rate() ? QVariant(*t.rate()) : QVariant()});
            tip((s == 0 ? tr("Week of %1: %2 of %3 reviews on time (%4)")
                        : tr("Week of %1: %2 of %3 shipments on time (%4)"))
                    .arg(m_report->weeks.at(i).week.label.toString(Qt::ISODate))
                    .arg(t.onTime)
                    .arg(t.due())
                    .arg(rate));
        });
        chart->addSeries(line);
        chart->addSeries(points);
        attach(line, {x, y});
        attach(points, {x, y});
        points->setColor(line->color());
        points->setBorderColor(line->color());
        for (QLegendMarker *marker : chart->legend()->markers(points))
            marker->setVisible(false);
    }
    m_valueOf = [this](int set, int index) -> std::optional<QPointF> {
        if (set < 0 || set > 1 || index < 0 || index >= m_report->weeks.size())
            return std::nullopt;
        const report::OnTime &t =
            set == 0 ? m_report->weeks.at(index).review : m_report->weeks.at(index).shipment;
        if (!t.rate())
            return std::nullopt;
        return QPointF(index, *t.rate() * 100);
    };
}

void InsightChart::buildMoneyLost(QChart *chart)
{
    const report::Report &r = *m_report;
    m_empty = r.compensationCents == 0 && r.autoRefundCents == 0;
    m_nothing->setText(tr("No money was lost to deadlines in this period."));
    auto *series = new QStackedBarSeries(chart);
    QStringList categories;
    qreal max = 0;
    for (const report::WeekRow &w : r.weeks) {
        categories << weekCategory(w);
        max = std::max<qreal>(max, (w.compensationCents + w.autoRefundCents) / 100.0);
    }
    auto *compensation = new QBarSet(tr("Compensations"), series);
    auto *refunds = new QBarSet(tr("Automatic refunds"), series);
    for (const report::WeekRow &w : r.weeks) {
        *compensation << w.compensationCents / 100.0;
        *refunds << w.autoRefundCents / 100.0;
    }
    for (QBarSet *set : {compensation, refunds}) {
        const bool isCompensation = set == compensation;
        connect(set, &QBarSet::clicked, this, [this, isCompensation](int index) {
            if (index < 0 || index >= m_report->weeks.size())
                return;
            const report::WeekRow &w = m_report->weeks.at(index);
            Q_EMIT drillDown(isCompensation ? report::drilldown::compensations(w)
                                            : report::drilldown::autoRefunds(w));
        });
        connect(set, &QBarSet::hovered, this, [this, isCompensation](bool on, int index) {
            if (!on || index < 0 || index >= m_report->weeks.size())
                return;
            const report::WeekRow &w = m_report->weeks.at(index);
            const QString week = w.week.label.toString(Qt::ISODate);
            tip(isCompensation ? tr("Week of %1: %n compensation(s), %2", nullptr, int(w.compensations))
                                     .arg(week, claimtext::money(w.compensationCents))
                               : tr("Week of %1: %n automatic refund(s), %2", nullptr, int(w.autoRefunds))
                                     .arg(week, claimtext::money(w.autoRefundCents)));
        });
        series->append(set);
    }
    chart->addSeries(series);
    QBarCategoryAxis *x = categoryAxis(chart, Qt::AlignBottom, categories, tr("Week from Monday"));
    QValueAxis *y = valueAxis(chart, Qt::AlignLeft, tr("Yuan"), max);
    attach(series, {x, y});
    m_valueOf = [this](int set, int index) -> std::optional<QPointF> {
        if (set < 0 || set > 1 || index < 0 || index >= m_report->weeks.size())
            return std::nullopt;
        const report::WeekRow &w = m_report->weeks.at(index);
        const qreal c = w.compensationCents / 100.0;
        const qreal a = w.autoRefundCents / 100.0;
        return QPointF(index, set == 0 ? c / 2 : c + a / 2);
    };
}

void InsightChart::buildFirstAction(QChart *chart)
{
    const report::Report &r = *m_report;
    m_empty = r.operators.isEmpty();
    m_nothing->setText(tr("Nobody acted on a claim of this period yet."));
    auto *series = new QBarSeries(chart);
    auto *set = new QBarSet(tr("Median (hours)"), series);
    QStringList categories;
    qreal max = 0;
    for (const report::OperatorRow &o : r.operators) {
        QString name = o.name;
        while (categories.contains(name))
            name += QChar(0x200B);
        categories << name;
        *set << o.medianSecs / 3600.0;
        max = std::max<qreal>(max, o.medianSecs / 3600.0);
    }
    connect(set, &QBarSet::clicked, this, [this](int index) {
        if (index >= 0 && index < m_report->operators.size())
            Q_EMIT drillDown(
                report::drilldown::firstActions(m_report->period, m_report->operators.at(index).name));
    });
    connect(set, &QBarSet::hovered, this, [this](bool on, int index) {
        if (!on || index < 0 || index >= m_report->operators.size())
            return;
        const report::OperatorRow &o = m_report->operators.at(index);
        tip(tr("%1: median %2 over %n claim(s)", nullptr, int(o.claims))
                .arg(o.name, timeformat::remaining(o.medianSecs)));
    });
    series->append(set);
    chart->addSeries(series);
    chart->legend()->hide();
    QBarCategoryAxis *x = categoryAxis(chart, Qt::AlignBottom, categories);
    QValueAxis *y = valueAxis(chart, Qt::AlignLeft, tr("Hours"), max);
    y->setLabelFormat(QStringLiteral("%.1f"));
    attach(series, {x, y});
    m_valueOf = [this](int s, int index) -> std::optional<QPointF> {
        if (s != 0 || index < 0 || index >= m_report->operators.size())
            return std::nullopt;
        return QPointF(index, m_report->operators.at(index).medianSecs / 3600.0 / 2);
    };
}

void InsightChart::buildBacklog(QChart *chart)
{
    const report::Report &r = *m_report;
    qint64 total = 0;
    for (qint64 n : r.backlog.claims)
        total += n;
    m_empty = total == 0;
    m_nothing->setText(tr("No claim is waiting for the merchant."));
    auto *series = new QBarSeries(chart);
    auto *set = new QBarSet(tr("Claims"), series);
    QStringList categories;
    qreal max = 0;
    const QList<report::BacklogBucket> buckets = report::backlogBuckets();
    for (report::BacklogBucket b : buckets) {
        categories << report::tables::backlogLabel(b);
        *set << r.backlog.claims.value(b);
        max = std::max<qreal>(max, r.backlog.claims.value(b));
    }
    connect(set, &QBarSet::clicked, this, [this, buckets](int index) {
        if (index >= 0 && index < buckets.size())
            Q_EMIT drillDown(report::drilldown::backlog(buckets.at(index), m_report->now));
    });
    connect(set, &QBarSet::hovered, this, [this, buckets](bool on, int index) {
        if (!on || index < 0 || index >= buckets.size())
            return;
        tip(tr("%1: %n claim(s)", nullptr, int(m_report->backlog.claims.value(buckets.at(index))))
                .arg(report::tables::backlogLabel(buckets.at(index))));
    });
    series->append(set);
    chart->addSeries(series);
    chart->legend()->hide();
    QBarCategoryAxis *x = categoryAxis(chart, Qt::AlignBottom, categories, tr("Time left to the deadline"));
    QValueAxis *y = valueAxis(chart, Qt::AlignLeft, tr("Claims"), max);
    attach(series, {x, y});
    m_valueOf = [this, buckets](int s, int index) -> std::optional<QPointF> {
        if (s != 0 || index < 0 || index >= buckets.size())
            return std::nullopt;
        return QPointF(index, m_report->backlog.claims.value(buckets.at(index)) / 2.0);
    };
}

} // namespace aftersales::ui
