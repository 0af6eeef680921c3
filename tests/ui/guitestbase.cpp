#include "guitestbase.h"

#include "claimformat.h"
#include "claimtablemodel.h"
#include "merchanttools.h"
#include "messagebox.h"
#include "translation.h"
#include "workbench.h"

#include <QAction>
#include <QApplication>
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
    translation::install(QStringLiteral("en"));
}

void GuiTestBase::openWindow(const QSize &size, const QString &language)
{
    if (!language.isEmpty())
        translation::install(language);
    m_window = std::make_unique<ui::MainWindow>(db().workbench(), *m_settings);
    m_window->setOperatorName(QStringLiteral("tester"));
    m_window->setPollInterval(50);
    m_window->merchantTools()->setPolicyFile(QDir(db().dir()).filePath(QStringLiteral("policy.json")));
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_window->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    if (size.isValid())
        m_window->resize(size);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void GuiTestBase::activateWindow()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

QWidget *GuiTestBase::focused()
{
    return QApplication::focusWidget();
}

void GuiTestBase::press(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QWidget *target = QApplication::focusWidget();
    QVERIFY2(target, "nothing has the keyboard focus");
    QTest::keyClick(target, key, modifiers);
}

void GuiTestBase::addLanguageRows()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("中文") << QStringLiteral("zh_CN");
    QTest::newRow("English") << QStringLiteral("en");
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
    Result<Claim> c = db().workbench().claim(id);
    return c.ok() ? c->status : ClaimStatus::Cancelled;
}

qint64 GuiTestBase::awaitingShipment(const QString &orderId)
{
    const qint64 id = db().awaitingShipment(orderId);
    db().clock().advance(60);
    return id;
}

QString GuiTestBase::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = QDir(db().dir()).filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace aftersales::testing
