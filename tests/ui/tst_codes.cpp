// No codes in the Chinese window: the settings' reshipment categories by name, flag
// changes in the history by colour, Qt's own file dialog in Chinese.
#include "detailpane.h"
#include "domain/names.h"
#include "guitestbase.h"
#include "mainwindow.h"
#include "settings.h"
#include "settingsdialog.h"
#include "translation.h"
#include "workbench.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace aftersales;
using namespace aftersales::ui;

class TestCodes : public testing::GuiTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void settingsShowCategoryNames_data();
    void settingsShowCategoryNames();
    void historyNamesTheFlag_data();
    void historyNamesTheFlag();
    void fileDialogInChinese();

private:
    // The window in `language`, the setting saying so too.
    void openIn(const QString &language);
    QString policyFile() const { return QDir(m_db->dir()).filePath(QStringLiteral("policy.json")); }

    qint64 m_claim = 0;
};

void TestCodes::initTestCase()
{
    initGui();
}

void TestCodes::init()
{
    initFixture();
    m_db->addShippedOrder(QStringLiteral("DY8001"));
    m_claim = m_db->applyFor(QStringLiteral("DY8001"), ClaimType::Reship, Reason::MissingItems);
    m_db->clock().advance(60);
}

void TestCodes::cleanup()
{
    cleanupFixture();
}

void TestCodes::openIn(const QString &language)
{
    m_settings->language().setValue(language);
    openWindow({}, language);
}

void TestCodes::settingsShowCategoryNames_data()
{
    addLanguageRows();
}

void TestCodes::settingsShowCategoryNames()
{
    QFETCH(QString, language);
    QFile policy(policyFile());
    QVERIFY(policy.open(QIODevice::WriteOnly));
    policy.write(R"({"reship_categories": ["smart_home", "pet_supplies"]})");
    policy.close();
    openIn(language);
    QVERIFY(triggerAction("actionSettings"));
    auto *dialog = m_window->findChild<SettingsDialog *>();
    QVERIFY(dialog);
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("settingsReshipCategories"));
    // A known category by its name, an unknown one as typed.
    QCOMPARE(edit->text(),
             names::categoryLabel(QStringLiteral("smart_home")) + QStringLiteral(", pet_supplies"));
    QVERIFY2(!edit->text().contains(QStringLiteral("smart_home")), qPrintable(edit->text()));
    QVERIFY(!edit->placeholderText().contains(QLatin1Char('_')));
    // Names typed back, in Chinese punctuation too, are saved as codes.
    edit->setText(names::categoryLabel(QStringLiteral("digital")) + QStringLiteral("、pet_supplies，") +
                  names::categoryLabel(QStringLiteral("smart_home")));
    QTest::mouseClick(
        dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok),
        Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<SettingsDialog *>());
    QVERIFY(policy.open(QIODevice::ReadOnly));
    const QJsonArray saved = QJsonDocument::fromJson(policy.readAll())
                                 .object()
                                 .value(QStringLiteral("reship_categories"))
                                 .toArray();
    QCOMPARE(saved, (QJsonArray{QStringLiteral("digital"), QStringLiteral("pet_supplies"),
                                QStringLiteral("smart_home")}));
    QCOMPARE(m_db->workbench().policy().reshipCategories,
             (QStringList{QStringLiteral("digital"), QStringLiteral("pet_supplies"),
                          QStringLiteral("smart_home")}));
}

void TestCodes::historyNamesTheFlag_data()
{
    settingsShowCategoryNames_data();
}

void TestCodes::historyNamesTheFlag()
{
    QFETCH(QString, language);
    openIn(language);
    QVERIFY(m_window->selectClaim(m_claim));
    QVERIFY(m_db->workbench().setFlag(m_claim, 5, QStringLiteral("tester")).ok());
    auto *timeline = m_window->detailPane()->findChild<QTreeWidget *>(QStringLiteral("detailTimeline"));
    QTRY_COMPARE(timeline->topLevelItemCount(), 2);
    QTreeWidgetItem *flagged = timeline->topLevelItem(1);
    QCOMPARE(flagged->text(2), names::actionLabel(QStringLiteral("flag")));
    QCOMPARE(flagged->text(4), names::flagLabel(5));
    QVERIFY(flagged->text(4) != QLatin1String("5"));
}

void TestCodes::fileDialogInChinese()
{
    translation::install(QStringLiteral("zh_CN"));
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("仓库")));
    // Qt's own file dialog, the one the window gets without a native one.
    QFileDialog dialog(nullptr, QStringLiteral("x"), dir.path());
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *model = dialog.findChild<QFileSystemModel *>();
    QVERIFY(model);
    QTRY_VERIFY(model->index(QDir(dir.path()).filePath(QStringLiteral("仓库"))).isValid());
    const QModelIndex folder = model->index(QDir(dir.path()).filePath(QStringLiteral("仓库")));
    QCOMPARE(model->type(folder), QStringLiteral("文件夹")); // not "Folder"
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("名称"));
    auto *lookIn = dialog.findChild<QLabel *>(QStringLiteral("lookInLabel"));
    QVERIFY(lookIn);
    QCOMPARE(lookIn->text(), QStringLiteral("查找范围："));
}

QTEST_MAIN(TestCodes)
#include "tst_codes.moc"
