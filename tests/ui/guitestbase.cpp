#include "guitestbase.h"

#include "claimformat.h"
#include "claimtablemodel.h"
#include "merchanttools.h"
#include "messagebox.h"
#include "workbench.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QTableView>
#include <QTest>

namespace aftersales::testing
{

void GuiTestBase::initGui()
{
    ui::MessageBox::setTestMode(true);
}

void GuiTestBase::initFixture(Backend backend)
{
    ui::MessageBox::clearShown();
    m_db = std::make_unique<TempDatabase>(backend);
    m_settings = std::make_unique<Settings>(QDir(m_db->dir()).filePath(QStringLiteral("workbench.ini")));
}

void GuiTestBase::cleanupFixture()
{
    m_tester.reset();
    m_window.reset();
    m_settings.reset();
    m_db.reset();
    ui::ClaimFormat::setTimeZone(QTimeZone());
}

void GuiTestBase::openWindow()
{
    m_window = std::make_unique<ui::MainWindow>(m_db->workbench(), *m_settings);
    m_window->setOperatorName(QStringLiteral("tester"));
    m_window->setPollInterval(50);
    m_window->merchantTools()->setPolicyFile(QDir(m_db->dir()).filePath(QStringLiteral("policy.json")));
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_window->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

QAction *GuiTestBase::action(const char *name) const
{
    auto *a = m_window->findChild<QAction *>(QLatin1String(name));
    if (!a)
        qWarning("no action %s", name);
    return a;
}

bool GuiTestBase::triggerAction(const char *name)
{
    QAction *a = action(name);
    if (!a)
        return false;
    a->trigger();
    return true;
}

int GuiTestBase::rowOf(qint64 id) const
{
    return m_window->model()->rowOf(id);
}

void GuiTestBase::clickRow(int row)
{
    QTableView *view = m_window->view();
    const QModelIndex index = m_window->model()->index(row, ui::ClaimTableModel::OrderColumn);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

QString GuiTestBase::statusOf(qint64 id) const
{
    const int row = rowOf(id);
    if (row < 0)
        return {};
    return m_window->model()
        ->index(row, ui::ClaimTableModel::StatusColumn)
        .data(ui::ClaimTableModel::RawRole)
        .toString();
}

ClaimStatus GuiTestBase::storedStatus(qint64 id)
{
    Result<Claim> c = m_db->workbench().claim(id);
    return c.ok() ? c->status : ClaimStatus::Cancelled;
}

qint64 GuiTestBase::awaitingShipment(const QString &orderId)
{
    const qint64 id = m_db->awaitingShipment(orderId);
    m_db->clock().advance(60);
    return id;
}

QString GuiTestBase::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = QDir(m_db->dir()).filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace aftersales::testing
