// The detail pane in the real window: every field row follows the claim shown, whatever
// was shown before it (J / K through a demo queue, claims with and without each field).
#include "claimtablemodel.h"
#include "detailpane.h"
#include "guitestbase.h"
#include "io/demo.h"
#include "mainwindow.h"
#include "workbench.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace aftersales;
using namespace aftersales::ui;

namespace
{

// Which field rows a claim must show: a row for every value it has, none for the others.
QHash<QString, bool> expectedRows(const Claim &c)
{
    return {
        {QStringLiteral("detailOrder"), true},
        {QStringLiteral("detailProduct"), !c.order.product.isEmpty()},
        {QStringLiteral("detailAmount"), true},
        {QStringLiteral("detailBuyer"), !c.order.buyer.isEmpty()},
        {QStringLiteral("detailReason"), true},
        {QStringLiteral("detailNote"), !c.note.isEmpty()},
        {QStringLiteral("detailApplied"), true},
        // The number a reshipment is checked against: "not shipped" when there is none.
        {QStringLiteral("detailOriginalShipment"), true},
        {QStringLiteral("detailReturnShipment"), !c.returnTrackingNo.isEmpty()},
        {QStringLiteral("detailShipment"), !c.trackingNo.isEmpty()},
        {QStringLiteral("detailRejectCode"), c.rejectCode.has_value()},
        {QStringLiteral("detailRefund"), c.refundCents > 0},
        {QStringLiteral("detailCompensation"), c.compensationCents > 0},
    };
}

} // namespace

class TestDetailPane : public testing::GuiTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void rowsFollowTheClaimShown_data();
    void rowsFollowTheClaimShown();
    void remarkShownOnce();

private:
    // The demo queue in the window at `size`.
    void openDemo(const QSize &size, const QString &language = {});
    void checkRows(const Claim &claim);
};

void TestDetailPane::initTestCase()
{
    initGui();
}

void TestDetailPane::init()
{
    initFixture();
}

void TestDetailPane::cleanup()
{
    cleanupFixture();
}

void TestDetailPane::openDemo(const QSize &size, const QString &language)
{
    QVERIFY(demo::generate(m_db->workbench(), 300, 1).ok());
    openWindow(size, language);
}

void TestDetailPane::checkRows(const Claim &claim)
{
    DetailPane *pane = m_window->detailPane();
    QCOMPARE(pane->claim()->id, claim.id);
    auto *form = pane->findChild<QWidget *>(QStringLiteral("detailFields"));
    QVERIFY(form);
    // The layout requests the new texts posted, the form's and then the pane's.
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
    const int spacing = form->style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing);
    const QHash<QString, bool> expected = expectedRows(claim);
    QList<std::pair<QLabel *, QLabel *>> shown;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        auto *field = form->findChild<QLabel *>(it.key());
        auto *label = form->findChild<QLabel *>(it.key() + QLatin1String("Label"));
        QVERIFY2(field && label, qPrintable(it.key()));
        const QString where = QStringLiteral("claim %1, %2").arg(claim.id).arg(it.key());
        QVERIFY2(field->isVisibleTo(pane) == it.value(), qPrintable(where + QStringLiteral(": field")));
        QVERIFY2(label->isVisibleTo(pane) == it.value(), qPrintable(where + QStringLiteral(": label")));
        if (!it.value())
            continue;
        QVERIFY2(!field->text().isEmpty() && !label->text().isEmpty(), qPrintable(where));
        // Whole, inside the form: not cut off by the editors below it.
        QVERIFY2(form->rect().contains(field->geometry()), qPrintable(where + QStringLiteral(" cut off")));
        QVERIFY2(form->rect().contains(label->geometry()), qPrintable(where + QStringLiteral(" cut off")));
        // Tall enough for its text at its width.
        QVERIFY2(field->height() >= field->heightForWidth(field->width()), qPrintable(where));
        QCOMPARE(label->geometry().top(), field->geometry().top());
        shown.append(std::make_pair(label, field));
    }
    // Nothing runs off the pane's right edge: the action buttons wrap, the editors fit.
    for (QWidget *w : pane->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(pane) ||
            !(qobject_cast<QToolButton *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QLineEdit *>(w)))
            continue;
        QVERIFY2(w->mapTo(pane, QPoint(w->width(), 0)).x() <= pane->width(),
                 qPrintable(QStringLiteral("claim %1: %2 cut off").arg(claim.id).arg(w->objectName())));
    }
    auto *original = form->findChild<QLabel *>(QStringLiteral("detailOriginalShipment"));
    if (!claim.order.trackingNo.isEmpty())
        QVERIFY2(original->text().contains(claim.order.trackingNo), qPrintable(original->text()));
    // No gap: each row follows the one above it.
    std::sort(shown.begin(), shown.end(),
              [](const auto &a, const auto &b) { return a.second->y() < b.second->y(); });
    for (int i = 1; i < shown.size(); ++i) {
        const int above =
            std::max(shown.at(i - 1).first->geometry().bottom(), shown.at(i - 1).second->geometry().bottom());
        QVERIFY2(shown.at(i).second->y() - above <= spacing + 2,
                 qPrintable(QStringLiteral("gap above %1 of claim %2")
                                .arg(shown.at(i).second->objectName())
                                .arg(claim.id)));
    }
}

void TestDetailPane::rowsFollowTheClaimShown_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("language");
    for (const QSize size : {QSize(1280, 720), QSize(1366, 768), QSize(1920, 1080)})
        for (const char *language : {"zh_CN", "en"})
            QTest::addRow("%dx%d %s", size.width(), size.height(), language)
                << size << QString::fromLatin1(language);
}

void TestDetailPane::rowsFollowTheClaimShown()
{
    QFETCH(QSize, size);
    QFETCH(QString, language);
    openDemo(size, language);
    QTableView *view = m_window->view();
    auto current = [&] { return m_window->model()->claimAt(view->currentIndex()); };
    QTRY_VERIFY(m_window->detailPane()->claim().has_value());
    checkRows(current());
    QSet<QString> seenWith, seenWithout;
    auto step = [&](Qt::Key key) {
        QTest::keyClick(m_window.get(), key);
        const Claim c = current();
        checkRows(c);
        const QHash<QString, bool> rows = expectedRows(c);
        for (auto it = rows.cbegin(); it != rows.cend(); ++it)
            (it.value() ? seenWith : seenWithout).insert(it.key());
    };
    // Down the queue and back up again: each claim after others with other fields.
    for (int i = 0; i < 40 && !QTest::currentTestFailed(); ++i)
        step(i < 28 ? Qt::Key_J : Qt::Key_K);
    // Every other quick filter, its first claims.
    for (QAction *a : m_window->findChildren<QAction *>()) {
        if (!a->objectName().startsWith(QLatin1String("actionQuickFilter_")))
            continue;
        a->trigger();
        for (int i = 0; i < 12 && m_window->model()->rowCount() > 0 && !QTest::currentTestFailed(); ++i)
            step(Qt::Key_J);
    }
    // The end of 全部: the finished claims, shipped, refunded or rejected, without a deadline.
    triggerAction("actionQuickFilter_all");
    view->setCurrentIndex(m_window->model()->index(m_window->model()->rowCount() - 40, 0));
    for (int i = 0; i < 39 && !QTest::currentTestFailed(); ++i)
        step(Qt::Key_J);
    if (QTest::currentTestFailed())
        return;
    // The walk met claims with and without the fields that come and go.
    for (const char *name :
         {"detailNote", "detailReturnShipment", "detailShipment", "detailRejectCode", "detailRefund"}) {
        QVERIFY2(seenWith.contains(QLatin1String(name)), name);
        QVERIFY2(seenWithout.contains(QLatin1String(name)), name);
    }
}

void TestDetailPane::remarkShownOnce()
{
    openDemo(QSize(1366, 768));
    const qint64 id = m_window->model()->claimAt(m_window->view()->currentIndex()).id;
    QVERIFY(m_db->workbench().setRemark(id, QStringLiteral("催仓库加急"), QStringLiteral("tester")).ok());
    QTRY_COMPARE(m_window->detailPane()->claim()->remark, QStringLiteral("催仓库加急"));
    int shown = 0;
    for (QLabel *label : m_window->detailPane()->findChildren<QLabel *>())
        if (label->isVisibleTo(m_window->detailPane()) &&
            label->text().contains(QStringLiteral("催仓库加急")))
            ++shown;
    for (QLineEdit *edit : m_window->detailPane()->findChildren<QLineEdit *>())
        if (edit->isVisibleTo(m_window->detailPane()) && edit->text() == QStringLiteral("催仓库加急"))
            ++shown;
    QCOMPARE(shown, 1);
}

QTEST_MAIN(TestDetailPane)
#include "tst_detailpane.moc"
