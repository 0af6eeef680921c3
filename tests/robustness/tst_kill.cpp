#include "robusthelpers.h"

#include "storage/consistency.h"
#include "storage/storagefactory.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace aftersales;
using robust::after;
using robust::cli;
using robust::t0;

namespace
{

constexpr qint64 h = 3600;

void demo(const testing::TestDatabase &db, int count)
{
    const auto r = cli(db, {QStringLiteral("--now"), t0, QStringLiteral("demo"), QStringLiteral("--count"),
                            QString::number(count), QStringLiteral("--seed"), QStringLiteral("11")});
    if (r.exitCode != 0)
        qWarning() << r.err;
}

// Starts the command, kills it (SIGKILL) after `delayMs`; true when it was still running then.
bool killAfter(const testing::TestDatabase &db, const QStringList &args, int delayMs)
{
    std::unique_ptr<QProcess> p(robust::start(db, args));
    QTest::qWait(delayMs);
    const bool running = p->state() == QProcess::Running;
    p->kill();
    p->waitForFinished(10000);
    return running;
}

// What the next start sees: the database opens, is intact (SQLite's own check of the file),
// and every claim's trail matches its state (and on PostgreSQL, the kept counts the claims).
// The file is opened read-only; the server's database as the next program opens it, which
// first puts back what a killed bulk load left out.
void verifyIntact(const testing::TestDatabase &db)
{
    if (!db.isPostgres())
        QCOMPARE(robust::integrity(db.location()), QStringLiteral("ok"));
    StorageOptions readOnly;
    readOnly.readOnly = !db.isPostgres();
    const Result<std::unique_ptr<Storage>> store = storage::open(db.location(), readOnly);
    QVERIFY2(store.ok(), qPrintable(store.outcome.message));
    const auto problems = consistency::check(**store);
    QVERIFY2(problems.ok(), qPrintable(problems.outcome.message));
    QVERIFY2(problems->isEmpty(), qPrintable(problems->isEmpty() ? QString() : problems->first().what));
}

// The indexes and triggers of the database's schema, by name.
QStringList schemaObjects(const testing::TestDatabase &db)
{
    return db.rows(db.isPostgres()
                       ? QStringLiteral("SELECT indexname FROM pg_indexes WHERE schemaname = 'aftersales'"
                                        " UNION ALL SELECT t.tgname FROM pg_trigger t JOIN pg_class c"
                                        " ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
                                        " WHERE n.nspname = 'aftersales' AND NOT t.tgisinternal ORDER BY 1")
                       : QStringLiteral("SELECT name FROM sqlite_master WHERE type IN ('index', 'trigger') "
                                        "ORDER BY name"));
}

QString eventsDump()
{
    return QStringLiteral("SELECT claim_id, at, actor, action, from_status, to_status, detail FROM events "
                          "ORDER BY claim_id, id");
}

} // namespace

class TestKill : public QObject
{
    Q_OBJECT

    int m_kills = 0;
    int m_midway = 0;

private Q_SLOTS:
    void initTestCase_data() { testing::addBackendRows(); }
    void init() { AFTERSALES_FETCH_BACKEND(backend); }

    void batchApprove_killed_eachClaimWholeOrUntouched_data()
    {
        QTest::addColumn<int>("delayMs");
        for (int d : {120, 350, 800, 1500})
            QTest::addRow("%d ms", d) << d;
    }

    void batchApprove_killed_eachClaimWholeOrUntouched()
    {
        QFETCH(int, delayMs);
        const testing::TestDatabase db(testing::currentBackend());
        demo(db, 3000);
        // Each claim's state, and its approvals by the operator: --operator on SQLite, the role
        // logged in on PostgreSQL (whose demo history has some by that role already).
        const QString actor = db.isPostgres() ? QStringLiteral("tester") : QStringLiteral("killed");
        const QString state =
            QStringLiteral(
                "SELECT c.id, c.status, c.version, (SELECT count(*) FROM events e WHERE e.claim_id = c.id"
                " AND e.action = 'approve' AND e.actor = '%1') FROM claims c ORDER BY c.id")
                .arg(actor);
        const QStringList before = db.rows(state);
        QStringList args{QStringLiteral("--now"), t0, QStringLiteral("--operator"), QStringLiteral("killed"),
                         QStringLiteral("approve")};
        for (int id = 1; id <= 3000; ++id)
            args << QString::number(id);
        m_midway += killAfter(db, args, delayMs);
        ++m_kills;
        verifyIntact(db);
        // A claim is changed exactly when its approval event is there.
        const QStringList afterRows = db.rows(state);
        QCOMPARE(afterRows.size(), before.size());
        int approved = 0;
        for (int i = 0; i < before.size(); ++i) {
            const QStringList was = before[i].split(QLatin1Char('|'));
            const QStringList now = afterRows[i].split(QLatin1Char('|'));
            const bool changed = was[1] != now[1] || was[2] != now[2];
            const int events = now[3].toInt() - was[3].toInt();
            QVERIFY2(events == (changed ? 1 : 0), qPrintable(afterRows[i]));
            approved += events;
        }
        qInfo("killed after %d ms: %d claims approved, the others untouched", delayMs, approved);
        QCOMPARE(cli(db, {QStringLiteral("--now"), t0, QStringLiteral("check")}).exitCode, 0);
    }

    void sweep_killed_resumedSweepGivesTheSameHistory_data()
    {
        QTest::addColumn<int>("delayMs");
        for (int d : {60, 200, 500})
            QTest::addRow("%d ms", d) << d;
    }

    void sweep_killed_resumedSweepGivesTheSameHistory()
    {
        QFETCH(int, delayMs);
        testing::TestDatabase db(testing::currentBackend());
        // The kills land within the sweep's first batches of a thousand claims on either
        // backend; the server's rows keep to fewer claims, whose sweeps and copies cost it more.
        demo(db, db.isPostgres() ? 6000 : 15000);
        // The control: the same database, swept once without interruption.
        const QString control =
            db.isPostgres() ? db.cloneLocation() : db.dir() + QStringLiteral("/control.db");
        if (!db.isPostgres())
            QVERIFY(QFile::copy(db.location(), control));
        const QString month = after(30 * 24 * h);
        QCOMPARE(cli(control, {QStringLiteral("--now"), month, QStringLiteral("sweep")}).exitCode, 0);
        const auto controlRows = [&](const QString &sql) {
            if (!db.isPostgres())
                return robust::rows(control, sql);
            testing::TestDatabase::ensureRole(QStringLiteral("tester"));
            return db.rowsOf(control, sql);
        };

        m_midway += killAfter(db, {QStringLiteral("--now"), month, QStringLiteral("sweep")}, delayMs);
        ++m_kills;
        verifyIntact(db);
        qInfo(
            "killed after %d ms: %lld of %s automatic steps written", delayMs,
            db.scalar(QStringLiteral("SELECT count(*) FROM events WHERE actor = 'system'")).toLongLong(),
            qPrintable(
                controlRows(QStringLiteral("SELECT count(*) FROM events WHERE actor = 'system'")).value(0)));
        // The next start finishes the work: the same history as a sweep never interrupted.
        QCOMPARE(cli(db, {QStringLiteral("--now"), month, QStringLiteral("check")}).exitCode, 0);
        QCOMPARE(db.rows(eventsDump()), controlRows(eventsDump()));
    }

    void import_killed_allOrNothing_data()
    {
        QTest::addColumn<int>("delayMs");
        for (int d : {150, 500, 1200})
            QTest::addRow("%d ms", d) << d;
    }

    void import_killed_allOrNothing()
    {
        QFETCH(int, delayMs);
        const testing::TestDatabase db(testing::currentBackend());
        demo(db, 10);
        const QString file = db.dir() + QStringLiteral("/big.json");
        constexpr int items = 30000;
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("[");
            for (int i = 0; i < items; ++i)
                f.write(QStringLiteral(R"(%1{"aftersale_id": %2, "order_id": "69%2", "aftersale_type": 7,
                    "aftersale_status": 6, "apply_time": "2026-11-26T09:00:00+08:00", "reason": "missing_items",
                    "buyer_note": "第 %2 件"})")
                            .arg(i ? QStringLiteral(",\n") : QString())
                            .arg(500000 + i)
                            .toUtf8());
            f.write("]");
        }
        const qint64 before = db.count("claims");
        m_midway += killAfter(db, {QStringLiteral("--now"), t0, QStringLiteral("import"), file}, delayMs);
        ++m_kills;
        verifyIntact(db);
        const qint64 added = db.count("claims") - before;
        qInfo("killed after %d ms: %lld of %d claims imported", delayMs, added, items);
        QVERIFY(added == 0 || added == items);
    }

    void demoBulkLoad_killed_fileIntact_indexesAndTriggersThere()
    {
        const testing::TestDatabase db(testing::currentBackend());
        QCOMPARE(cli(db, {QStringLiteral("init")}).exitCode, 0);
        const QStringList indexes = schemaObjects(db);
        // Killed once a first batch is committed, while index keeping is still suspended.
        std::unique_ptr<QProcess> p(robust::start(db, {QStringLiteral("--now"), t0, QStringLiteral("demo"),
                                                       QStringLiteral("--count"), QStringLiteral("200000")}));
        QElapsedTimer waited;
        waited.start();
        while (db.count("claims") == 0 && waited.elapsed() < 60000)
            QTest::qWait(50);
        m_midway += p->state() == QProcess::Running;
        p->kill();
        p->waitForFinished(10000);
        ++m_kills;
        const qint64 loaded = db.count("claims");
        qInfo("killed after %lld ms with %lld claims loaded and %lld indexes and triggers in place",
              waited.elapsed(), loaded, qlonglong(schemaObjects(db).size()));
        QVERIFY(loaded > 0 && loaded < 200000);
        verifyIntact(db);
        // Opening it again (any command) leaves it as fast to query as before the kill.
        QCOMPARE(cli(db, {QStringLiteral("--now"), t0, QStringLiteral("check")}).exitCode, 0);
        QCOMPARE(schemaObjects(db), indexes);
        // What the triggers keep is whole again: the counts add up to the claims.
        QCOMPARE(db.scalar(db.isPostgres() ? QStringLiteral("SELECT sum(n) FROM claim_counts_now")
                                           : QStringLiteral("SELECT sum(n) FROM claim_counts"))
                     .toLongLong(),
                 db.count("claims"));
        if (!db.isPostgres())
            QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM claims_fts")).toLongLong(),
                     db.count("claims"));
        else
            QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM product_titles")).toLongLong(),
                     db.scalar(QStringLiteral("SELECT count(DISTINCT product) FROM orders")).toLongLong());
    }

    // The process holding the team lock runs the automatic steps (sweep --watch); a second
    // one waits. Killed (SIGKILL) midway, the holder's connection ends and its lock with it:
    // the second takes over and the sweep goes on, each step applied once, at its deadline.
    void teamLockHolder_killed_anotherTakesOver()
    {
        const testing::TestDatabase db(testing::currentBackend());
        if (!db.isPostgres())
            QSKIP("SQLite has no team lock: one merchant's file, whose window sweeps it.");
        constexpr int claims = 8;
        constexpr int spacing = 2; // seconds between two deadlines
        const QString file = db.dir() + QStringLiteral("/due.json");
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("[");
            for (int k = 1; k <= claims; ++k)
                f.write(QStringLiteral(R"(%1{"aftersale_id": %2, "order_id": "69100%2", "aftersale_type": 7,
                    "aftersale_status": 6, "apply_time": "%3", "reason": "missing_items"})")
                            .arg(k > 1 ? QStringLiteral(",") : QString())
                            .arg(k)
                            .arg(after(-48 * h + spacing * k))
                            .toUtf8());
            f.write("]");
        }
        QCOMPARE(cli(db, {QStringLiteral("--now"), t0, QStringLiteral("import"), file}).exitCode, 0);
        const QStringList watch{QStringLiteral("--now"),      t0,
                                QStringLiteral("sweep"),      QStringLiteral("--watch"),
                                QStringLiteral("--interval"), QStringLiteral("0.2")};
        std::unique_ptr<QProcess> first(robust::start(db, watch));
        QByteArray firstSaid;
        QTRY_VERIFY2_WITH_TIMEOUT(
            (firstSaid += first->readAllStandardError()).contains("holds the team lock"),
            firstSaid.constData(), 10000);
        std::unique_ptr<QProcess> second(robust::start(db, watch));
        const auto swept = [&db] {
            return db.scalar(QStringLiteral("SELECT count(*) FROM events WHERE action = 'auto_approve'"))
                .toInt();
        };
        QTRY_VERIFY_WITH_TIMEOUT(swept() >= 2, 20000);
        first->kill();
        first->waitForFinished(10000);
        ++m_kills;
        const int byFirst = swept();
        QVERIFY(byFirst < claims);
        QTRY_VERIFY_WITH_TIMEOUT(swept() == claims, 40000);
        const QByteArray said = second->readAllStandardError();
        second->kill();
        second->waitForFinished(10000);
        qInfo("the holder applied %d steps before it was killed; the other took over and applied %d", byFirst,
              claims - byFirst);
        QVERIFY2(said.contains("holds the team lock"), said.constData());
        // Each claim approved once, stamped at its own deadline, by the clock.
        const QStringList steps = db.rows(QStringLiteral(
            "SELECT claim_id, at, actor FROM events WHERE action = 'auto_approve' ORDER BY claim_id"));
        QCOMPARE(steps.size(), claims);
        for (int k = 1; k <= claims; ++k) {
            const QStringList v = steps.at(k - 1).split(QLatin1Char('|'));
            QCOMPARE(v.at(0).toInt(), k);
            QCOMPARE(v.at(1).toLongLong(),
                     QDateTime::fromString(t0, Qt::ISODate).addSecs(spacing * k).toSecsSinceEpoch());
            QCOMPARE(v.at(2), QStringLiteral("system"));
        }
        QCOMPARE(
            cli(db, {QStringLiteral("--now"), after(claims * spacing + 1), QStringLiteral("check")}).exitCode,
            0);
    }

    void cleanupTestCase()
    {
        qInfo("%d kills survived (%d while the command was still running)", m_kills, m_midway);
    }
};

QTEST_GUILESS_MAIN(TestKill)
#include "tst_kill.moc"
