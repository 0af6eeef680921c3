// The table of claim actions: one row per thing the merchant does, names that cannot clash,
// and the platform's operate codes of PLATFORM.md for each claim type and review.
#include "domain/claimactions.h"
#include "domain/names.h"

#include <QSet>
#include <QTest>

using namespace aftersales;

Q_DECLARE_METATYPE(aftersales::ClaimType)
Q_DECLARE_METATYPE(aftersales::ClaimStatus)
Q_DECLARE_METATYPE(aftersales::Action)

class TestClaimActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyMerchantActionHasOneRow();
    void namesShortcutsAndTextsAreDistinct();
    void platformOperation_data();
    void platformOperation();
};

void TestClaimActions::everyMerchantActionHasOneRow()
{
    // What the rules let the merchant do in any state is in the table, once.
    QSet<Action> offered;
    for (ClaimType type : names::allTypes())
        for (ClaimStatus status : names::allStatuses()) {
            Claim c;
            c.type = type;
            c.status = status;
            for (Action a : rules::merchantActions(c))
                offered.insert(a);
        }
    QVERIFY(!offered.isEmpty());
    for (Action a : offered) {
        const ClaimAction *row = claimactions::find(a);
        QVERIFY(row);
        QCOMPARE(claimactions::find(QLatin1String(row->name)), row);
    }
    QCOMPARE(qsizetype(offered.size()), claimactions::all().size());
}

void TestClaimActions::namesShortcutsAndTextsAreDistinct()
{
    QSet<QString> words, objects, buttons;
    QSet<int> keys;
    for (const ClaimAction &row : claimactions::all()) {
        words.insert(QLatin1String(row.name));
        objects.insert(QLatin1String(row.objectName));
        buttons.insert(QLatin1String(row.buttonName));
        keys.insert(row.key);
        QVERIFY(!row.label().isEmpty() && !row.toolTip().isEmpty() && !row.doneText().isEmpty());
        QVERIFY(row.doneText().contains(QLatin1String("%1")) && row.doneText().contains(QLatin1String("%2")));
        QCOMPARE(row.input == ActionInput::Confirmation, row.confirmQuestion != nullptr);
        QCOMPARE(row.many, row.manyText != nullptr && row.manyDone != nullptr);
    }
    const qsizetype n = claimactions::all().size();
    QCOMPARE(words.size(), n);
    QCOMPARE(objects.size(), n);
    QCOMPARE(buttons.size(), n);
    QCOMPARE(keys.size(), n);
    QVERIFY(!claimactions::find(QStringLiteral("cancel"))); // the buyer's, not the merchant's
}

void TestClaimActions::platformOperation_data()
{
    QTest::addColumn<Action>("action");
    QTest::addColumn<ClaimType>("type");
    QTest::addColumn<ClaimStatus>("status");
    QTest::addColumn<int>("method"); // 0 operate, 1 fillLogistics, -1 none
    QTest::addColumn<int>("code");
    using A = Action;
    using T = ClaimType;
    using S = ClaimStatus;
    const auto row = [](const char *name, A a, T t, S s, int method, int code) {
        QTest::newRow(name) << a << t << s << method << code;
    };
    row("reship agree", A::Approve, T::Reship, S::PendingReview, 0, 501);
    row("reship agree after rejecting", A::Approve, T::Reship, S::Rejected, 0, 501);
    row("reship refuse", A::Reject, T::Reship, S::PendingReview, 0, 502);
    row("reship tracking number", A::Ship, T::Reship, S::AwaitingShipment, 1, 0);
    row("exchange first review", A::Approve, T::Exchange, S::PendingReview, 0, 301);
    row("exchange first refusal", A::Reject, T::Exchange, S::PendingReview, 0, 302);
    row("exchange return confirmed", A::Approve, T::Exchange, S::PendingSecondReview, 0, 311);
    row("exchange new item shipped", A::Ship, T::Exchange, S::PendingSecondReview, 0, 311);
    row("exchange second refusal", A::Reject, T::Exchange, S::PendingSecondReview, 0, 312);
    row("exchange to refund", A::Refund, T::Exchange, S::AwaitingShipment, 0, 321);
    row("return first review", A::Approve, T::ReturnRefund, S::PendingReview, 0, 101);
    row("return first refusal", A::Reject, T::ReturnRefund, S::PendingReview, 0, 102);
    row("return second review", A::Approve, T::ReturnRefund, S::PendingSecondReview, 0, 111);
    row("return second refusal", A::Reject, T::ReturnRefund, S::PendingSecondReview, 0, 112);
    row("return to refund only", A::Refund, T::ReturnRefund, S::PendingReview, 0, 121);
    row("refund after shipping", A::Approve, T::RefundShipped, S::PendingReview, 0, 201);
    row("refund after shipping refused", A::Reject, T::RefundShipped, S::PendingReview, 0, 202);
    row("refund before shipping", A::Approve, T::RefundUnshipped, S::PendingReview, 0, 401);
    row("refund before shipping: no refusal code", A::Reject, T::RefundUnshipped, S::PendingReview, -1, 0);
    row("a reshipment has no refund", A::Refund, T::Reship, S::PendingReview, -1, 0);
}

void TestClaimActions::platformOperation()
{
    QFETCH(Action, action);
    QFETCH(ClaimType, type);
    QFETCH(ClaimStatus, status);
    QFETCH(int, method);
    QFETCH(int, code);
    Claim c;
    c.type = type;
    c.status = status;
    const std::optional<PlatformOperation> op = claimactions::platformOperation(action, c);
    QCOMPARE(op.has_value(), method >= 0);
    if (!op)
        return;
    QCOMPARE(int(op->method), method);
    QCOMPARE(op->type, code);
    if (action == Action::Ship)
        QVERIFY(op->withLogistics);
}

QTEST_GUILESS_MAIN(TestClaimActions)
#include "tst_claimactions.moc"
