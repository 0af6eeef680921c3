#pragma once

#include "domain/outcome.h"
#include "io/trackingimport.h"

#include <QAbstractTableModel>
#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace aftersales
{
class Workbench;
}

namespace aftersales::ui
{

// The preview of a tracking-number file: one row per line of the file, marked ok or
// with what is wrong.
class TrackingPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        LineColumn,
        ClaimColumn,
        OrderColumn,
        CarrierColumn,
        TrackingColumn,
        StateColumn,
        WhyColumn,
        ColumnCount
    };
    enum Role { StateRole = Qt::UserRole }; // the state's name: "ok", "duplicate" …

    explicit TrackingPreviewModel(QObject *parent = nullptr);
    void setPreview(const trackingimport::Preview &preview);
    const trackingimport::Preview &preview() const { return m_preview; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    trackingimport::Preview m_preview;
};

// 批量导入物流单号: choose the warehouse's CSV, see every row checked, ship the good rows
// in one transaction. When some rows could not be shipped the dialog stays open on them,
// each with why, and saves them as a CSV to send back to the warehouse. Opened with
// open(); tests drive it by object name (trackingFileEdit, trackingBrowseButton,
// trackingPreviewView, trackingSummary, trackingApplyButton, trackingSaveBadButton) and
// loadFile().
class TrackingImportDialog : public QDialog
{
    Q_OBJECT

public:
    TrackingImportDialog(Workbench &workbench, const QString &operatorName, QWidget *parent = nullptr);

    // Reads and checks the file; false (with the reason shown) when it cannot be read.
    bool loadFile(const QString &path);
    TrackingPreviewModel *model() const { return m_model; }
    // Ships the good rows. Then the dialog closes (accepted) when every row was shipped, and
    // otherwise shows the rows left to fix.
    bool applyGoodRows();
    int applied() const { return m_applied; }
    // Writes the rows shown that were not shipped to `path`, as CSV for Excel.
    Outcome saveBadRows(const QString &path);

Q_SIGNALS:
    // Claims were shipped from the file (the window's list changed).
    void shipped(int count);

protected:
    void changeEvent(QEvent *event) override;

private:
    void browse();
    void saveBadRowsAs();
    void retranslate();
    void updateSummary();
    // After shipping: only the rows left to fix, and the button to save them.
    void showRowsToFix();

    Workbench &m_workbench;
    QString m_operator;
    QString m_path;
    QString m_error;
    int m_applied = 0;
    QLabel *m_intro;
    QLineEdit *m_file;
    QPushButton *m_browse;
    QLabel *m_summary;
    QTableView *m_view;
    TrackingPreviewModel *m_model;
    QDialogButtonBox *m_buttons;
    QPushButton *m_apply;
    QPushButton *m_saveBad;
    // Claims shipped from the file shown, once applied (the rows shown are those left).
    std::optional<int> m_shippedFromFile;
};

} // namespace aftersales::ui
