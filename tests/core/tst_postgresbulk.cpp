// PostgreSQL bulk loads (the demo, `copy --to`) and a sweep's events send their rows by COPY:
// what a merchant or a buyer typed arrives exactly as typed, whatever COPY's own separators and
// escapes it holds; a batch the server refuses half-way, or whose connection is cut half-way,
// leaves nothing of itself and says why. Skipped without a test server (AFTERSALES_TEST_PG).
#include "io/demo.h"
#include "storage/consistency.h"
#include "storage/databasecopy.h"
#include "storage/storagefactory.h"
#include "tempdatabase.h"
#include "testdatabase.h"
#include "workbench.h"

#include <QTest>

using namespace aftersales;
using testing::Backend;
using testing::TempDatabase;

namespace
{

// Texts with everything COPY's text format and SQL treat specially.
QStringList awkwardTexts()
{
    return {QStringLiteral("tab\there"),
            QStringLiteral("第一行\n第二行"),
            QStringLiteral("cr\rlf\r\n"),
            QStringLiteral("back\\slash\\"),
            QStringLiteral("\\N"),
            QStringLiteral("\\."),
            QStringLiteral("line\n\\.\nend"),
            QStringLiteral("说 \"好\" 'x', {1,2} NULL"),
            QStringLiteral("NULL"),
            QStringLiteral(" "),
            QStringLiteral("蓝牙耳机 🎧")};
}

QString eventsOf(Workbench &wb, qint64 id)
{
    QStringList out;
    const Result<QList<Event>> events = wb.events(id);
    for (const Event &e : *events)
        out << QStringList{QString::number(e.id),        e.at.toString(Qt::ISODate), e.actor, e.action,
                           QString::number(int(e.from)), QString::number(int(e.to)), e.detail}
                   .join(QLatin1Char('|'));
    return out.join(QLatin1Char('\n'));
}

// `count` reshipments nobody reviews, whose review windows close together 48 hours on.
void applyReshipments(TempDatabase &db, const QString &prefix, int count)
{
    for (int i = 0; i < count; ++i) {
        db.addShippedOrder(prefix + QString::number(i));
        db.applyFor(prefix + QString::number(i), ClaimType::Reship, Reason::MissingItems);
    }
}

// Every claim's id, status and version.
QString claimStates(TempDatabase &db)
{
    return db.database()
        .scalar(QStringLiteral(
            "SELECT string_agg(id || ':' || status || ':' || version, ' ' ORDER BY id) FROM claims"))
        .toString();
}

} // namespace

class TestPostgresBulk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void copy_awkwardTexts_arriveAsTyped();
    void demo_rowRefusedHalfWay_laterBatchNothingWritten_saysWhy();
    void demo_connectionCutHalfWay_nothingOfTheBatch_saysConnectionLost();
    void sweep_eventsRefusedOrCut_nothingWritten_nextSweepDoesIt_data();
    void sweep_eventsRefusedOrCut_nothingWritten_nextSweepDoesIt();
    void sweep_turnRefusedWithItsBegin_saysWhy_nothingWritten();
};

void TestPostgresBulk::init()
{
    if (const QString why = testing::unavailable(Backend::Postgres); !why.isEmpty())
        QSKIP(qPrintable(why));
}

void TestPostgresBulk::copy_awkwardTexts_arriveAsTyped()
{
    TempDatabase file(Backend::Sqlite);
    const QStringList texts = awkwardTexts();
    QList<qint64> ids;
    for (int i = 0; i < texts.size(); ++i) {
        Order o;
        o.orderId = QStringLiteral("T%1").arg(i);
        o.category = QStringLiteral("smart_home");
        o.amountCents = 100 + i;
        o.shippedAt = file.clock().now().addSecs(-72 * 3600);
        o.buyer = texts.at(i);
        o.product = texts.at(i);
        QVERIFY(file.workbench().addOrder(o).ok());
        ApplyRequest request;
        request.reason = Reason::MissingItems;
        request.note = texts.at(i);
        const Result<qint64> id = file.workbench().apply(o.orderId, request);
        QVERIFY2(id.ok(), qPrintable(id.outcome.message));
        const Result<Claim> remarked =
            file.workbench().setRemark(*id, texts.at(i), QStringLiteral("merchant"));
        QVERIFY2(remarked.ok(), qPrintable(remarked.outcome.message));
        ids << *id;
    }
    TempDatabase team(Backend::Postgres, file.clock().now());
    const Result<databasecopy::Copied> copied = databasecopy::copy(file.storage(), team.storage(), {});
    QVERIFY2(copied.ok(), qPrintable(copied.outcome.message));
    QCOMPARE(copied->claims, texts.size());
    for (int i = 0; i < ids.size(); ++i) {
        const Result<Claim> c = team.workbench().claim(ids.at(i));
        QVERIFY2(c.ok(), qPrintable(c.outcome.message));
        QCOMPARE(c->remark, texts.at(i));
        QCOMPARE(c->note, texts.at(i));
        QCOMPARE(c->order.buyer, texts.at(i));
        QCOMPARE(c->order.product, texts.at(i));
        QCOMPARE(eventsOf(team.workbench(), ids.at(i)), eventsOf(file.workbench(), ids.at(i)));
    }
    const Result<QList<consistency::Problem>> checked = consistency::check(team.storage());
    QVERIFY2(checked.ok() && checked->isEmpty(), qPrintable(checked.outcome.message));
}

void TestPostgresBulk::demo_rowRefusedHalfWay_laterBatchNothingWritten_saysWhy()
{
    // A demo of 40,000 claims goes in as two batches of 20,000; the server refuses a row in the
    // middle of the second: the first stays whole, nothing of the second is written, and the
    // message quotes the server.
    TempDatabase db(Backend::Postgres);
    QVERIFY(db.database().exec(
        QStringLiteral("ALTER TABLE claims ADD CONSTRAINT test_refuses CHECK (id <> 30000)")));
    const Outcome loaded = demo::generate(db.workbench(), 40000, 7);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.message.contains(QStringLiteral("test_refuses")), qPrintable(loaded.message));
    QCOMPARE(*db.workbench().reader().count(ClaimQuery{}), 20000);
    QCOMPARE(db.database().scalar(QStringLiteral("SELECT count(*) FROM claims")).toLongLong(), 20000);
    QCOMPARE(db.database().scalar(QStringLiteral("SELECT max(id) FROM claims")).toLongLong(), 20000);
    QCOMPARE(db.database()
                 .scalar(QStringLiteral("SELECT count(*) FROM events WHERE claim_id > 20000"))
                 .toLongLong(),
             0);
    const Result<QList<consistency::Problem>> checked = consistency::check(db.storage());
    QVERIFY2(checked.ok() && checked->isEmpty(), qPrintable(checked.outcome.message));
}

void TestPostgresBulk::demo_connectionCutHalfWay_nothingOfTheBatch_saysConnectionLost()
{
    // The server ends the load's connection while it takes in the second batch's claims (a
    // trigger of the test's terminates it at one row): nothing of that batch is written, and
    // the message says the connection was lost.
    TempDatabase db(Backend::Postgres);
    QVERIFY(db.database().exec(
        QStringLiteral("CREATE FUNCTION test_cut() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                       " IF NEW.id = 30000 THEN PERFORM pg_terminate_backend(pg_backend_pid()); END IF;"
                       " RETURN NEW; END $$")));
    QVERIFY(db.database().exec(QStringLiteral(
        "CREATE TRIGGER test_cut BEFORE INSERT ON claims FOR EACH ROW EXECUTE FUNCTION test_cut()")));
    const Outcome loaded = demo::generate(db.workbench(), 40000, 7);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.message.contains(QStringLiteral("connection to the database server was lost")),
             qPrintable(loaded.message));
    QVERIFY(db.database().exec(QStringLiteral("DROP TRIGGER test_cut ON claims")));
    QCOMPARE(db.database().scalar(QStringLiteral("SELECT count(*) FROM claims")).toLongLong(), 20000);
    QCOMPARE(db.database()
                 .scalar(QStringLiteral("SELECT count(*) FROM events WHERE claim_id > 20000"))
                 .toLongLong(),
             0);
    // The load could not build its indexes again on the lost connection: the next program to
    // open the database does, and finds it consistent.
    db.closeStorage();
    const Result<std::unique_ptr<Storage>> reopened = storage::open(db.database().location());
    QVERIFY2(reopened.ok(), qPrintable(reopened.outcome.message));
    const QString schema = QStringLiteral("SELECT string_agg(indexname, ' ' ORDER BY indexname) FROM "
                                          "pg_indexes WHERE schemaname = 'aftersales'");
    TempDatabase fresh(Backend::Postgres);
    QCOMPARE(db.database().scalar(schema).toString(), fresh.database().scalar(schema).toString());
    const Result<QList<consistency::Problem>> checked = consistency::check(**reopened);
    QVERIFY2(checked.ok() && checked->isEmpty(), qPrintable(checked.outcome.message));
}

void TestPostgresBulk::sweep_eventsRefusedOrCut_nothingWritten_nextSweepDoesIt_data()
{
    QTest::addColumn<QString>("fault");   // what the test's trigger does at the sweep's first event
    QTest::addColumn<QString>("message"); // what the sweep's message must say
    QTest::newRow("the server refuses the event")
        << QStringLiteral("RAISE EXCEPTION 'test refuses'") << QStringLiteral("test refuses");
    QTest::newRow("the connection is cut") << QStringLiteral("PERFORM pg_terminate_backend(pg_backend_pid())")
                                           << QStringLiteral("connection to the database server was lost");
}

void TestPostgresBulk::sweep_eventsRefusedOrCut_nothingWritten_nextSweepDoesIt()
{
    // 30 reshipments nobody reviewed for 48 hours: one sweep transaction steps them all, and
    // its events go by COPY. The server refuses the first of them, or ends the connection
    // there: nothing of the sweep is written, the message says why, and the next sweep does
    // it all.
    QFETCH(QString, fault);
    QFETCH(QString, message);
    TempDatabase db(Backend::Postgres);
    applyReshipments(db, QStringLiteral("S"), 30);
    const qint64 eventsBefore = db.database().count("events");
    const QString before = claimStates(db);
    QVERIFY(db.database().exec(
        QStringLiteral("CREATE FUNCTION test_fault() RETURNS trigger LANGUAGE plpgsql AS $$"
                       " BEGIN %1; RETURN NEW; END $$")
            .arg(fault)));
    QVERIFY(db.database().exec(QStringLiteral(
        "CREATE TRIGGER test_fault BEFORE INSERT ON events FOR EACH ROW EXECUTE FUNCTION test_fault()")));
    db.clock().advance(48 * 3600);
    const Result<QList<Event>> failed = db.workbench().sweep();
    QVERIFY(!failed.ok());
    QVERIFY2(failed.outcome.message.contains(message), qPrintable(failed.outcome.message));
    QCOMPARE(db.database().count("events"), eventsBefore);
    QCOMPARE(claimStates(db), before);
    QVERIFY(db.database().exec(QStringLiteral("DROP TRIGGER test_fault ON events")));
    const Result<QList<Event>> swept = db.workbench().sweep();
    QVERIFY2(swept.ok(), qPrintable(swept.outcome.message));
    QVERIFY(swept->size() >= 30);
    QCOMPARE(db.database().count("events"), eventsBefore + swept->size());
    QVERIFY(claimStates(db) != before);
    const Result<QList<consistency::Problem>> checked = consistency::check(db.storage());
    QVERIFY2(checked.ok() && checked->isEmpty(), qPrintable(checked.outcome.message));
}

void TestPostgresBulk::sweep_turnRefusedWithItsBegin_saysWhy_nothingWritten()
{
    // A sweep's BEGIN, the lock on the team's sweep turn and its plan setting go to the server
    // in one round trip. The lock refused there (the role's right to it revoked) is what the
    // message says, not what the statements after it then meet; nothing is written, and once
    // the right is back the next sweep does it all.
    TempDatabase db(Backend::Postgres);
    applyReshipments(db, QStringLiteral("T"), 5);
    const qint64 eventsBefore = db.database().count("events");
    const QString before = claimStates(db);
    QVERIFY(db.database().exec(QStringLiteral("REVOKE UPDATE, DELETE, TRUNCATE ON sweep_turn FROM tester")));
    db.clock().advance(48 * 3600);
    const Result<QList<Event>> failed = db.workbench().sweep();
    QVERIFY(!failed.ok());
    QVERIFY2(failed.outcome.message.contains(QStringLiteral("may not do this")),
             qPrintable(failed.outcome.message));
    QVERIFY2(failed.outcome.message.contains(QStringLiteral("sweep_turn")),
             qPrintable(failed.outcome.message));
    QCOMPARE(db.database().count("events"), eventsBefore);
    QCOMPARE(claimStates(db), before);

    QVERIFY(db.database().exec(QStringLiteral("GRANT UPDATE, DELETE, TRUNCATE ON sweep_turn TO tester")));
    const Result<QList<Event>> swept = db.workbench().sweep();
    QVERIFY2(swept.ok(), qPrintable(swept.outcome.message));
    QCOMPARE(swept->size(), 5);
    QCOMPARE(db.database().count("events"), eventsBefore + 5);
}

QTEST_GUILESS_MAIN(TestPostgresBulk)
#include "tst_postgresbulk.moc"
