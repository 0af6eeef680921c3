#include "insightview.h"

#include "claimformat.h"
#include "filedialog.h"
#include "insightchart.h"
#include "io/claimtext.h"
#include "logging.h"
#include "messagebox.h"
#include "periodselector.h"
#include "report/reportcsv.h"
#include "workbench.h"

#include <QChartView>
#include <QElapsedTimer>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace aftersales::ui
{

InsightView::InsightView(Workbench &workbench, QWidget *parent)
    : QWidget(parent), m_workbench(workbench), m_period(new PeriodSelector(this)),
      m_back(new QPushButton(this)), m_summary(new QLabel(this)), m_stack(new QStackedWidget(this)),
      m_scroll(new QScrollArea(m_stack)), m_empty(new QLabel(m_stack))
{
    setObjectName(QStringLiteral("insightView"));
    m_back->setObjectName(QStringLiteral("insightBack"));
    m_summary->setObjectName(QStringLiteral("insightSummary"));
    m_summary->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("insightEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    QFont big = m_empty->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_empty->setFont(big);

    auto *grid = new QWidget(m_scroll);
    auto *gridLayout = new QGridLayout(grid);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    const QList<report::tables::Figure> figures = report::tables::figures();
    for (int i = 0; i < figures.size(); ++i) {
        auto *chart = new InsightChart(figures.at(i), grid);
        gridLayout->addWidget(chart, i / 3, i % 3);
        m_charts.append(chart);
        connect(chart, &InsightChart::drillDown, this, &InsightView::drillDown);
        connect(chart, &InsightChart::savePngRequested, this, [this, chart] { savePng(chart); });
        connect(chart, &InsightChart::saveCsvRequested, this, [this, chart] { saveCsv(chart); });
    }
    for (int row = 0; row < gridLayout->rowCount(); ++row)
        gridLayout->setRowStretch(row, 1);
    m_scroll->setWidget(grid);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_stack->addWidget(m_scroll);
    m_stack->addWidget(m_empty);

    auto *top = new QHBoxLayout;
    top->addWidget(m_back);
    top->addSpacing(12);
    top->addWidget(m_period);
    top->addSpacing(12);
    top->addWidget(m_summary, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);
    retranslate();

    connect(m_period, &PeriodSelector::changed, this, &InsightView::refresh);
    connect(m_back, &QPushButton::clicked, this, &InsightView::backToList);
}

InsightChart *InsightView::chart(report::tables::Figure figure) const
{
    for (InsightChart *c : m_charts)
        if (c->figure() == figure)
            return c;
    return nullptr;
}

bool InsightView::showsEmptyMessage() const
{
    return m_stack->currentWidget() == m_empty;
}

void InsightView::refresh()
{
    QElapsedTimer timer;
    timer.start();
    const report::Period period = m_period->period(m_workbench.now(), ClaimFormat::timeZone());
    Result<report::Report> r = report::build(m_workbench, period);
    if (!r.ok()) {
        m_report.reset();
        m_summary->setText(r.outcome.message);
        Q_EMIT statusMessage(r.outcome.message);
        return;
    }
    m_report = *r;
    m_period->showDates(period);
    const qint64 read = timer.elapsed();
    for (InsightChart *c : m_charts)
        c->setReport(*m_report, m_workbench.policy());
    m_stack->setCurrentWidget(m_report->claims == 0 ? static_cast<QWidget *>(m_empty) : m_scroll);
    retranslate();
    qCInfo(lcTiming) << "insight report read in" << read << "ms, charts in" << timer.elapsed() - read << "ms";
}

void InsightView::retranslate()
{
    m_back->setText(tr("← Claim list"));
    m_back->setToolTip(tr("Back to the claim list"));
    m_empty->setText(tr("No claims in this period."));
    if (!m_report) {
        m_summary->clear();
        return;
    }
    const report::Report &r = *m_report;
    const QTimeZone zone = ClaimFormat::timeZone();
    m_summary->setText(tr("%1 to %2: %n claim(s); lost to deadlines %3", nullptr, int(r.claims))
                           .arg(claimtext::time(r.period.from, zone), claimtext::time(r.period.to, zone),
                                claimtext::money(r.compensationCents + r.autoRefundCents)));
}

void InsightView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString InsightView::suggestedName(InsightChart *chart, const QString &suffix) const
{
    static const char *names[] = {"claims-per-day", "reshipments-by-product", "on-time",
                                  "money-lost",     "first-action",           "backlog"};
    const QString period =
        m_report
            ? m_report->period.from.toTimeZone(ClaimFormat::timeZone()).toString(QStringLiteral("yyyyMMdd")) +
                  QLatin1Char('-') +
                  m_report->period.to.addSecs(-1)
                      .toTimeZone(ClaimFormat::timeZone())
                      .toString(QStringLiteral("yyyyMMdd"))
            : QString();
    return QLatin1String(names[int(chart->figure())]) + QLatin1Char('-') + period + suffix;
}

void InsightView::savePng(InsightChart *chart)
{
    const QString path =
        FileDialog::saveFileName(this, tr("Save chart as PNG"), suggestedName(chart, QStringLiteral(".png")),
                                 tr("PNG pictures (*.png)"));
    if (path.isEmpty())
        return;
    if (!chart->picture()->grab().save(path, "PNG")) {
        MessageBox::warning(this, tr("Save chart"), tr("Cannot write %1.").arg(path));
        return;
    }
    Q_EMIT statusMessage(tr("Chart saved to %1.").arg(path));
}

void InsightView::saveCsv(InsightChart *chart)
{
    if (!m_report)
        return;
    const QString path =
        FileDialog::saveFileName(this, tr("Save numbers as CSV"),
                                 suggestedName(chart, QStringLiteral(".csv")), tr("CSV for Excel (*.csv)"));
    if (path.isEmpty())
        return;
    if (const Outcome o = report::csv::write(path, report::tables::table(*m_report, chart->figure()));
        !o.ok()) {
        MessageBox::warning(this, tr("Save numbers"), o.message);
        return;
    }
    Q_EMIT statusMessage(tr("Numbers saved to %1.").arg(path));
}

} // namespace aftersales::ui
