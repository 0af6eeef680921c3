// The reject and ship dialogs on their own: validation as typed, the arbitration warning.
#include "rejectdialog.h"
#include "shipdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace aftersales;
using namespace aftersales::ui;

namespace
{

Claim reshipClaim(Reason reason, ClaimStatus status)
{
    Claim c;
    c.id = 7;
    c.version = 3;
    c.orderId = QStringLiteral("DY42");
    c.type = ClaimType::Reship;
    c.reason = reason;
    c.status = status;
    c.order.orderId = c.orderId;
    c.order.carrier = QStringLiteral("shunfeng");
    c.order.trackingNo = QStringLiteral("SF1111111111111");
    c.order.product = QStringLiteral("智能门锁");
    return c;
}

QPushButton *okButton(QDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
}

} // namespace

class TestDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rejectNeedsAReasonCode();
    void rejectWarnsOfArbitration_data();
    void rejectWarnsOfArbitration();
    void shipValidatesAsTyped_data();
    void shipValidatesAsTyped();
};

void TestDialogs::rejectNeedsAReasonCode()
{
    RejectDialog dialog(reshipClaim(Reason::MissingItems, ClaimStatus::PendingReview));
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("reasonCodeCombo"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), 4);
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(!dialog.rejectCode());
    combo->setCurrentIndex(combo->findData(int(RejectCode::OutOfStock)));
    QVERIFY(okButton(dialog)->isEnabled());
    QCOMPARE(dialog.rejectCode(), std::optional<RejectCode>(RejectCode::OutOfStock));
    QTest::keyClicks(dialog.findChild<QPlainTextEdit *>(QStringLiteral("noteEdit")),
                     QStringLiteral(" no stock "));
    QCOMPARE(dialog.note(), QStringLiteral("no stock"));
    QCOMPARE(dialog.claimId(), 7);
    QCOMPARE(dialog.claimVersion(), 3);
}

void TestDialogs::rejectWarnsOfArbitration_data()
{
    QTest::addColumn<int>("reason");
    QTest::addColumn<bool>("warns");
    QTest::newRow("never received") << int(Reason::NeverReceived) << true;
    QTest::newRow("missing items") << int(Reason::MissingItems) << false;
    QTest::newRow("other") << int(Reason::Other) << false;
}

void TestDialogs::rejectWarnsOfArbitration()
{
    QFETCH(int, reason);
    QFETCH(bool, warns);
    RejectDialog dialog(reshipClaim(static_cast<Reason>(reason), ClaimStatus::PendingReview));
    QCOMPARE(dialog.warnsOfArbitration(), warns);
    auto *warning = dialog.findChild<QLabel *>(QStringLiteral("arbitrationWarning"));
    QVERIFY(warning);
    QCOMPARE(warning->isVisibleTo(&dialog), warns);
    if (warns)
        QVERIFY(warning->text().contains(QLatin1String("arbitration")));
}

void TestDialogs::shipValidatesAsTyped_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("carrier");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("hint");
    QTest::newRow("empty") << QString() << QStringLiteral("shunfeng") << false << QStringLiteral("e.g.");
    QTest::newRow("too short") << QStringLiteral("SF12345") << QStringLiteral("shunfeng") << false
                               << QStringLiteral("Not a valid");
    QTest::newRow("right") << QStringLiteral("SF1234567890123") << QStringLiteral("shunfeng") << true
                           << QStringLiteral("valid");
    QTest::newRow("lower case, spaces") << QStringLiteral("sf 1234 5678 90123") << QStringLiteral("shunfeng")
                                        << true << QStringLiteral("valid");
    QTest::newRow("detected YTO") << QStringLiteral("YT1234567890123") << QStringLiteral("yuantong") << true
                                  << QStringLiteral("valid");
    QTest::newRow("detected ZTO") << QStringLiteral("73123456789012") << QStringLiteral("zhongtong") << true
                                  << QStringLiteral("valid");
    QTest::newRow("original order's number")
        << QStringLiteral("SF1111111111111") << QStringLiteral("shunfeng") << false
        << QStringLiteral("original");
}

void TestDialogs::shipValidatesAsTyped()
{
    QFETCH(QString, typed);
    QFETCH(QString, carrier);
    QFETCH(bool, valid);
    QFETCH(QString, hint);
    ShipDialog dialog(reshipClaim(Reason::MissingItems, ClaimStatus::AwaitingShipment));
    auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("trackingEdit"));
    auto *label = dialog.findChild<QLabel *>(QStringLiteral("trackingHint"));
    QVERIFY(edit && label);
    // The original order's carrier is preselected.
    QCOMPARE(dialog.carrier(), QStringLiteral("shunfeng"));
    QTest::keyClicks(edit, typed);
    QCOMPARE(dialog.isValid(), valid);
    QCOMPARE(okButton(dialog)->isEnabled(), valid);
    QCOMPARE(dialog.carrier(), carrier);
    QVERIFY2(label->text().contains(hint), qPrintable(label->text()));
    if (valid)
        QVERIFY(!dialog.trackingNo().contains(QLatin1Char(' ')));
}

QTEST_MAIN(TestDialogs)
#include "tst_dialogs.moc"
