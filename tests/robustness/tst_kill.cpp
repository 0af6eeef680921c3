#include "robusthelpers.h"

#include "storage/consistency.h"
#include "storage/sqlite/sqlitestorage.h"

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

QString demoDb(const QTemporaryDir &dir, const QString &name, int count)
{
    const QString db = dir.filePath(name);
    const auto r = cli(db, {QStringLiteral("--now"), t0, QStringLiteral("demo"), QStringLiteral("--count"),
                            QString::number(count), QStringLiteral("--seed"), QStringLiteral("11")});
    if (r.exitCode != 0)
        qWarning() << r.err;
    return db;
}

// Starts the command, kills it (SIGKILL) after `delayMs`; true when it was still running then.
bool killAfter(const QString &db, const QStringList &args, int delayMs)
{
    std::unique_ptr<QProcess> p(robust::start(db, args));
    QTest::qWait(delayMs);
    const bool running = p->state() == QProcess::Running;
    p->kill();
    p->waitForFinished(10000);
    return running;
}

// What the next start sees: the file opens, is intact, and every claim's trail matches its state.
void verifyIntact(const QString &db)
{
    QCOMPARE(robust::integrity(db), QStringLiteral("ok"));
    SqliteStorage store;
    SqliteStorage::Options readOnly;
    readOnly.readOnly = true;
    const Outcome opened = store.open(db, readOnly);
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    const auto problems = consistency::check(store);
    QVERIFY2(problems.ok(), qPrintable(problems.outcome.message));
    QVERIFY2(problems->isEmpty(), qPrintable(problems->isEmpty() ? QString() : problems->first().what));
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
    void batchApprove_killed_eachClaimWholeOrUntouched_data()
    {
        QTest::addColumn<int>("delayMs");
        for (int d : {120, 350, 800, 1500})
            QTest::addRow("%d ms", d) << d;
    }

    void batchApprove_killed_eachClaimWholeOrUntouched()
    {
        QFETCH(int, delayMs);
        QTemporaryDir dir;
        const QString db = demoDb(dir, QStringLiteral("approve.db"), 3000);
        const QStringList before =
            robust::rows(db, QStringLiteral("SELECT id, status, version FROM claims ORDER BY id"));
        QStringList args{QStringLiteral("--now"), t0, QStringLiteral("--operator"), QStringLiteral("killed"),
                         QStringLiteral("approve")};
        for (int id = 1; id <= 3000; ++id)
            args << QString::number(id);
        m_midway += killAfter(db, args, delayMs);
        ++m_kills;
        verifyIntact(db);
        // A claim is changed exactly when its approval event is there.
        const QStringList afterRows = robust::rows(
            db, QStringLiteral(
                    "SELECT c.id, c.status, c.version, (SELECT count(*) FROM events e WHERE e.claim_id = c.id"
                    " AND e.actor = 'killed') FROM claims c ORDER BY c.id"));
        QCOMPARE(afterRows.size(), before.size());
        int approved = 0;
        for (int i = 0; i < before.size(); ++i) {
            const QStringList was = before[i].split(QLatin1Char('|'));
            const QStringList now = afterRows[i].split(QLatin1Char('|'));
            const bool changed = was[1] != now[1] || was[2] != now[2];
            const int events = now[3].toInt();
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
        QTemporaryDir dir;
        const QString db = demoDb(dir, QStringLiteral("sweep.db"), 15000);
        const QString control = dir.filePath(QStringLiteral("control.db"));
        QVERIFY(QFile::copy(db, control));
        const QString month = after(30 * 24 * h);
        QCOMPARE(cli(control, {QStringLiteral("--now"), month, QStringLiteral("sweep")}).exitCode, 0);

        m_midway += killAfter(db, {QStringLiteral("--now"), month, QStringLiteral("sweep")}, delayMs);
        ++m_kills;
        verifyIntact(db);
        qInfo("killed after %d ms: %lld of %lld automatic steps written", delayMs,
              robust::scalar(db, QStringLiteral("SELECT count(*) FROM events WHERE actor = 'system'"))
                  .toLongLong(),
              robust::scalar(control, QStringLiteral("SELECT count(*) FROM events WHERE actor = 'system'"))
                  .toLongLong());
        // The next start finishes the work: the same history as a sweep never interrupted.
        QCOMPARE(cli(db, {QStringLiteral("--now"), month, QStringLiteral("check")}).exitCode, 0);
        QCOMPARE(robust::rows(db, eventsDump()), robust::rows(control, eventsDump()));
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
        QTemporaryDir dir;
        const QString db = demoDb(dir, QStringLiteral("import.db"), 10);
        const QString file = dir.filePath(QStringLiteral("big.json"));
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
        const qint64 before = robust::scalar(db, QStringLiteral("SELECT count(*) FROM claims")).toLongLong();
        m_midway += killAfter(db, {QStringLiteral("--now"), t0, QStringLiteral("import"), file}, delayMs);
        ++m_kills;
        verifyIntact(db);
        const qint64 added =
            robust::scalar(db, QStringLiteral("SELECT count(*) FROM claims")).toLongLong() - before;
        qInfo("killed after %d ms: %lld of %d claims imported", delayMs, added, items);
        QVERIFY(added == 0 || added == items);
    }

    void demoBulkLoad_killed_fileIntact_indexesAndTriggersThere()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("bulk.db"));
        QCOMPARE(cli(db, {QStringLiteral("init")}).exitCode, 0);
        const QStringList indexes = robust::rows(
            db, QStringLiteral(
                    "SELECT name FROM sqlite_master WHERE type IN ('index', 'trigger') ORDER BY name"));
        // Killed once a first batch is committed, while index keeping is still suspended.
        std::unique_ptr<QProcess> p(robust::start(db, {QStringLiteral("--now"), t0, QStringLiteral("demo"),
                                                       QStringLiteral("--count"), QStringLiteral("200000")}));
        QElapsedTimer waited;
        waited.start();
        while (robust::scalar(db, QStringLiteral("SELECT count(*) FROM claims")).toLongLong() == 0 &&
               waited.elapsed() < 60000)
            QTest::qWait(50);
        m_midway += p->state() == QProcess::Running;
        p->kill();
        p->waitForFinished(10000);
        ++m_kills;
        const qint64 loaded = robust::scalar(db, QStringLiteral("SELECT count(*) FROM claims")).toLongLong();
        qInfo("killed after %lld ms with %lld claims loaded and %lld indexes and triggers in place",
              waited.elapsed(), loaded,
              qlonglong(
                  robust::rows(
                      db, QStringLiteral("SELECT name FROM sqlite_master WHERE type IN ('index', 'trigger')"))
                      .size()));
        QVERIFY(loaded > 0 && loaded < 200000);
        verifyIntact(db);
        // Opening it again (any command) leaves it as fast to query as before the kill.
        QCOMPARE(cli(db, {QStringLiteral("--now"), t0, QStringLiteral("check")}).exitCode, 0);
        QCOMPARE(
            robust::rows(
                db, QStringLiteral(
                        "SELECT name FROM sqlite_master WHERE type IN ('index', 'trigger') ORDER BY name")),
            indexes);
        // What the triggers keep is whole again: the counts add up to the claims.
        QCOMPARE(robust::scalar(db, QStringLiteral("SELECT sum(n) FROM claim_counts")).toLongLong(),
                 robust::scalar(db, QStringLiteral("SELECT count(*) FROM claims")).toLongLong());
        QCOMPARE(robust::scalar(db, QStringLiteral("SELECT count(*) FROM claims_fts")).toLongLong(),
                 robust::scalar(db, QStringLiteral("SELECT count(*) FROM claims")).toLongLong());
    }

    void cleanupTestCase()
    {
        qInfo("%d kills survived (%d while the command was still running)", m_kills, m_midway);
    }
};

QTEST_GUILESS_MAIN(TestKill)
#include "tst_kill.moc"
