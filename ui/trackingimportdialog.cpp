#include "trackingimportdialog.h"

#include "domain/carriers.h"
#include "filedialog.h"
#include "io/exporter.h"
#include "messagebox.h"
#include "progress.h"
#include "workbench.h"

#include <QBrush>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

namespace aftersales::ui
{

using trackingimport::RowState;

TrackingPreviewModel::TrackingPreviewModel(QObject *parent) : QAbstractTableModel(parent) {}

void TrackingPreviewModel::setPreview(const trackingimport::Preview &preview)
{
    beginResetModel();
    m_preview = preview;
    endResetModel();
}

int TrackingPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_preview.rows.size());
}

int TrackingPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrackingPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const trackingimport::Row &r = m_preview.rows.at(index.row());
    const bool ok = r.state == RowState::Ok;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LineColumn:
            return r.line;
        case ClaimColumn:
            return r.claimId > 0 ? QString::number(r.claimId) : r.claimText;
        case OrderColumn:
            return r.orderText;
        case CarrierColumn:
            if (const auto carrier = carriers::find(r.carrier))
                return carrier->name; // 顺丰速运, not shunfeng
            return r.carrierText;
        case TrackingColumn:
            return r.trackingNo.isEmpty() ? r.trackingText : r.trackingNo;
        case StateColumn:
            return QString((ok ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) +
                           trackingimport::stateLabel(r.state));
        case WhyColumn:
            return r.message;
        }
        return {};
    case StateRole:
        return trackingimport::stateName(r.state);
    case Qt::ToolTipRole:
        return r.message.isEmpty() ? QVariant() : QVariant(r.message);
    case Qt::ForegroundRole:
        if (index.column() == StateColumn)
            return QBrush(ok ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28));
        return {};
    case Qt::BackgroundRole:
        return ok ? QVariant() : QVariant(QBrush(QColor(0xff, 0xeb, 0xee)));
    case Qt::TextAlignmentRole:
        if (index.column() == LineColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant TrackingPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case ClaimColumn:
        return tr("Claim");
    case OrderColumn:
        return tr("Order");
    case CarrierColumn:
        return tr("Carrier");
    case TrackingColumn:
        return tr("Tracking number");
    case StateColumn:
        return tr("Check");
    case WhyColumn:
        return tr("Why");
    }
    return {};
}

TrackingImportDialog::TrackingImportDialog(Workbench &workbench, const QString &operatorName, QWidget *parent)
    : QDialog(parent), m_workbench(workbench), m_operator(operatorName), m_intro(new QLabel(this)),
      m_file(new QLineEdit(this)), m_browse(new QPushButton(this)), m_summary(new QLabel(this)),
      m_view(new QTableView(this)), m_model(new TrackingPreviewModel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this)), m_apply(nullptr), m_saveBad(nullptr)
{
    setObjectName(QStringLiteral("trackingImportDialog"));
    m_intro->setWordWrap(true);
    m_file->setObjectName(QStringLiteral("trackingFileEdit"));
    m_file->setReadOnly(true);
    m_browse->setObjectName(QStringLiteral("trackingBrowseButton"));
    m_summary->setObjectName(QStringLiteral("trackingSummary"));
    m_summary->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("trackingPreviewView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_apply = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("trackingApplyButton"));
    m_apply->setEnabled(false);
    m_saveBad = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_saveBad->setObjectName(QStringLiteral("trackingSaveBadButton"));
    m_saveBad->setVisible(false);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(fileRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_buttons);
    resize(900, 520);

    connect(m_browse, &QPushButton::clicked, this, &TrackingImportDialog::browse);
    connect(m_apply, &QPushButton::clicked, this, &TrackingImportDialog::applyGoodRows);
    connect(m_saveBad, &QPushButton::clicked, this, &TrackingImportDialog::saveBadRowsAs);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
}

void TrackingImportDialog::retranslate()
{
    setWindowTitle(tr("Import tracking numbers"));
    m_intro->setText(tr("A CSV file from the warehouse (UTF-8 or GB18030, as Excel saves it) with a header "
                        "line: 售后单号 (claim id) or 订单号 (order id), 快递公司 (carrier, optional) and "
                        "物流单号 (tracking number). Every row is checked first; the good rows are then "
                        "saved together."));
    m_browse->setText(tr("&Choose file…"));
    m_saveBad->setText(tr("Save &rows to fix…"));
    m_saveBad->setToolTip(tr("A CSV of the rows not shipped, each with why, to send back to the warehouse"));
    m_file->setPlaceholderText(tr("No file chosen"));
    updateSummary();
}

void TrackingImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void TrackingImportDialog::browse()
{
    const QString path = FileDialog::openFileName(this, tr("Import tracking numbers"),
                                                  tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

bool TrackingImportDialog::loadFile(const QString &path)
{
    m_path = path;
    m_shippedFromFile.reset();
    m_file->setText(QFileInfo(path).fileName());
    m_file->setToolTip(path);
    const Result<trackingimport::Preview> preview = trackingimport::previewFile(m_workbench, path);
    if (!preview.ok()) {
        m_error = preview.outcome.message;
        m_model->setPreview({});
        updateSummary();
        return false;
    }
    m_error.clear();
    m_model->setPreview(*preview);
    for (int c = 0; c < TrackingPreviewModel::WhyColumn; ++c)
        m_view->resizeColumnToContents(c);
    updateSummary();
    return true;
}

void TrackingImportDialog::updateSummary()
{
    const trackingimport::Preview &p = m_model->preview();
    const int ok = p.okCount();
    m_apply->setVisible(!m_shippedFromFile);
    m_saveBad->setVisible(m_shippedFromFile.has_value());
    if (m_shippedFromFile) {
        m_summary->setStyleSheet(QStringLiteral("color: #c62828;"));
        m_summary->setText(tr("%n claim(s) shipped.", nullptr, *m_shippedFromFile) + QLatin1Char(' ') +
                           tr("These %n row(s) were not: save them for the warehouse to fix, then import "
                              "them again.",
                              nullptr, int(p.rows.size())));
        return;
    }
    m_apply->setText(ok > 0 ? tr("&Ship %n claim(s)", nullptr, ok) : tr("&Ship"));
    m_apply->setEnabled(ok > 0 && m_error.isEmpty());
    if (!m_error.isEmpty()) {
        m_summary->setText(m_error);
        m_summary->setStyleSheet(QStringLiteral("color: #c62828;"));
        return;
    }
    m_summary->setStyleSheet(QString());
    if (m_path.isEmpty()) {
        m_summary->clear();
        return;
    }
    QString text = tr("%1 of %n row(s) can be shipped", nullptr, int(p.rows.size())).arg(ok);
    QStringList bad;
    for (RowState s :
         {RowState::WrongFormat, RowState::NotAwaitingShipment, RowState::Duplicate, RowState::UnknownClaim})
        if (const int n = p.count(s))
            bad << QStringLiteral("%1 %2").arg(n).arg(trackingimport::stateLabel(s));
    if (!bad.isEmpty())
        text += tr("; skipped: %1").arg(bad.join(QStringLiteral(", ")));
    m_summary->setText(text + QStringLiteral(" (") + p.encoding + QLatin1Char(')'));
}

bool TrackingImportDialog::applyGoodRows()
{
    const trackingimport::Preview &p = m_model->preview();
    if (p.okCount() == 0)
        return false;
    if (p.badCount() > 0 &&
        !MessageBox::question(this, tr("Import tracking numbers"),
                              tr("%1 row(s) with problems will be skipped. Ship the other %2 claim(s)?")
                                  .arg(p.badCount())
                                  .arg(p.okCount())))
        return false;
    Result<int> n = Outcome::success();
    {
        Progress progress(this, tr("Saving tracking numbers…"));
        n = trackingimport::apply(m_workbench, p, m_operator, progress.callback());
    }
    if (!n.ok()) {
        MessageBox::warning(this, tr("Nothing was shipped"), n.outcome.message);
        loadFile(m_path); // what the database says now
        return false;
    }
    m_applied = *n;
    Q_EMIT shipped(*n);
    if (p.badCount() == 0) {
        accept();
        return true;
    }
    showRowsToFix();
    return true;
}

void TrackingImportDialog::showRowsToFix()
{
    trackingimport::Preview left = m_model->preview();
    left.rows.removeIf([](const trackingimport::Row &r) { return r.state == RowState::Ok; });
    m_shippedFromFile = m_applied;
    m_model->setPreview(left);
    for (int c = 0; c < TrackingPreviewModel::WhyColumn; ++c)
        m_view->resizeColumnToContents(c);
    updateSummary();
    m_saveBad->setFocus();
}

void TrackingImportDialog::saveBadRowsAs()
{
    const QFileInfo file(m_path);
    const QString path = FileDialog::saveFileName(this, tr("Save rows to fix"),
                                                  tr("%1-to-fix.csv").arg(file.completeBaseName()),
                                                  tr("CSV for Excel (*.csv)"));
    if (path.isEmpty())
        return;
    if (const Outcome saved = saveBadRows(path); !saved.ok()) {
        MessageBox::warning(this, tr("Not saved"), saved.message);
        return;
    }
    m_summary->setStyleSheet(QString());
    m_summary->setText(tr("%n row(s) to fix saved to %1.", nullptr, m_model->rowCount()).arg(path));
}

Outcome TrackingImportDialog::saveBadRows(const QString &path)
{
    // The columns the preview shows, under the names the import reads back; ids as text.
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Outcome::badInput(tr("Cannot write %1: %2").arg(path, out.errorString()));
    QStringList header;
    for (int c = 0; c < TrackingPreviewModel::ColumnCount; ++c)
        header << exporter::csvField(m_model->headerData(c, Qt::Horizontal).toString());
    out.write(exporter::csvStart() + exporter::csvLine(header));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, 0).data(TrackingPreviewModel::StateRole).toString() == QLatin1String("ok"))
            continue;
        QStringList cells;
        for (int c = 0; c < TrackingPreviewModel::ColumnCount; ++c) {
            const QString text = m_model->index(row, c).data().toString();
            const bool id = c == TrackingPreviewModel::ClaimColumn ||
                            c == TrackingPreviewModel::OrderColumn ||
                            c == TrackingPreviewModel::TrackingColumn;
            cells << (id ? exporter::csvTextField(text) : exporter::csvField(text));
        }
        out.write(exporter::csvLine(cells));
    }
    if (!out.commit())
        return Outcome::badInput(tr("Cannot write %1: %2").arg(path, out.errorString()));
    return Outcome::success();
}

} // namespace aftersales::ui
