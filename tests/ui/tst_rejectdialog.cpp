// The reject dialog laid out for its text, in both languages: no line of it breaks inside a
// word ("买/家原因", "举/证" at its old fixed 460 px), and it fits a 1366×768 screen.
#include "guitestbase.h"
#include "mainwindow.h"
#include "rejectdialog.h"
#include "workbench.h"

#include <QAction>
#include <QLabel>
#include <QTest>
#include <QTextLayout>

using namespace aftersales;
using namespace aftersales::ui;

namespace
{

// Where a line may end: after a space, after Chinese punctuation, or at the text's end.
bool breaksBetweenWords(const QString &text, int end)
{
    if (end >= text.size())
        return true;
    static const QString punctuation = QStringLiteral("，。：；、！？）》」’”·,.:;!?)");
    const QChar last = text.at(end - 1);
    return last.isSpace() || punctuation.contains(last) || text.at(end).isSpace();
}

// The lines `label` shows its text in, as its own layout breaks them.
QList<int> lineEnds(const QLabel *label)
{
    QTextLayout layout(label->text(), label->font());
    QTextOption option;
    option.setWrapMode(label->wordWrap() ? QTextOption::WordWrap : QTextOption::NoWrap);
    layout.setTextOption(option);
    const int width = label->contentsRect().width() - 2 * label->margin() - std::max(0, label->indent());
    QList<int> ends;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        ends << line.textStart() + line.textLength();
    }
    layout.endLayout();
    return ends;
}

} // namespace

class TestRejectDialog : public testing::GuiTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void noWordBroken_data();
    void noWordBroken();
};

void TestRejectDialog::initTestCase()
{
    initGui();
}

void TestRejectDialog::init()
{
    initFixture();
}

void TestRejectDialog::cleanup()
{
    cleanupFixture();
}

void TestRejectDialog::noWordBroken_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("reason");
    for (const char *language : {"zh_CN", "en"}) {
        QTest::addRow("%s, never received (arbitration warning)", language)
            << QString::fromLatin1(language) << int(Reason::NeverReceived);
        QTest::addRow("%s, items missing", language)
            << QString::fromLatin1(language) << int(Reason::MissingItems);
    }
}

void TestRejectDialog::noWordBroken()
{
    QFETCH(QString, language);
    QFETCH(int, reason);
    m_db->addShippedOrder(QStringLiteral("6900006600001233049"), 62890);
    const qint64 id =
        m_db->applyFor(QStringLiteral("6900006600001233049"), ClaimType::Reship, Reason(reason));
    openWindow(QSize(1366, 768), language);
    QVERIFY(m_window->selectClaim(id));
    QVERIFY(triggerAction("actionReject"));
    auto *dialog = m_window->findChild<RejectDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->warnsOfArbitration(), Reason(reason) == Reason::NeverReceived);
    QVERIFY(dialog->width() <= 1366 - 40);
    int wrapped = 0;
    for (QLabel *label : dialog->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().isEmpty())
            continue;
        const QList<int> ends = lineEnds(label);
        for (int end : ends)
            QVERIFY2(breaksBetweenWords(label->text(), end),
                     qPrintable(QStringLiteral("\"%1\" breaks after \"%2\" at %3 px")
                                    .arg(label->text(), label->text().left(end))
                                    .arg(label->contentsRect().width())));
        // Tall enough for the lines it has.
        QVERIFY(label->height() >= ends.size() * label->fontMetrics().lineSpacing() - 2);
        wrapped += ends.size() > 1;
    }
    // In Chinese every line is whole; English wraps the warning at spaces.
    if (language == QLatin1String("zh_CN"))
        QCOMPARE(wrapped, 0);
    dialog->reject();
}

QTEST_MAIN(TestRejectDialog)
#include "tst_rejectdialog.moc"
