#include "robusthelpers.h"

#include "domain/clock.h"
#include "domain/policy.h"
#include "storage/consistency.h"
#include "storage/sqlite/sqlitestorage.h"
#include "workbench.h"

#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QQueue>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace aftersales;
using robust::cli;
using robust::t0;

namespace
{

struct Ack {
    qint64 claim;
    QString action;
    QString actor;
};

QString tracking(int prefix, qint64 id)
{
    return QStringLiteral("SF%1%2").arg(prefix).arg(id, 12, 10, QLatin1Char('0'));
}

// One command line process after another, as a script in a loop would run them.
class Writer
{
public:
    Writer(QString db, QString name) : m_db(std::move(db)), m_name(std::move(name)) {}

    void plan(qint64 id)
    {
        m_todo.enqueue({id, QStringLiteral("approve"), {QStringLiteral("approve"), QString::number(id)}});
        m_todo.enqueue({id,
                        QStringLiteral("ship"),
                        {QStringLiteral("ship"), QString::number(id), QStringLiteral("--carrier"),
                         QStringLiteral("shunfeng"), QStringLiteral("--tracking"), tracking(1, id)}});
    }

    void next()
    {
        if (m_todo.isEmpty()) {
            m_done = true;
            return;
        }
        m_current = m_todo.dequeue();
        m_process.reset(robust::start(
            m_db,
            QStringList{QStringLiteral("--now"), t0, QStringLiteral("--operator"), m_name} + m_current.args));
        QObject::connect(m_process.get(), &QProcess::finished, m_process.get(),
                         [this](int code, QProcess::ExitStatus status) {
                             const int exit = status == QProcess::NormalExit ? code : -1;
                             ++m_codes[exit];
                             ++m_tried;
                             if (exit == 0)
                                 m_acks.append({m_current.claim, m_current.action, m_name});
                             else if (exit != 1 && exit != 3)
                                 qWarning()
                                     << m_name << m_current.args << exit << m_process->readAllStandardError();
                             QTimer::singleShot(0, m_process.get(), [this] { next(); });
                         });
    }

    bool done() const { return m_done; }
    int tried() const { return m_tried; }
    const QList<Ack> &acks() const { return m_acks; }
    const QMap<int, int> &codes() const { return m_codes; }

private:
    struct Step {
        qint64 claim;
        QString action;
        QStringList args;
    };
    QString m_db;
    QString m_name;
    QQueue<Step> m_todo;
    Step m_current;
    std::unique_ptr<QProcess> m_process;
    QList<Ack> m_acks;
    QMap<int, int> m_codes;
    int m_tried = 0;
    bool m_done = false;
};

} // namespace

class TestConcurrency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoScriptsAndTheWindow_everyAcknowledgedActionStoredOnce()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("shared.db"));
        constexpr int own = 40;    // claims only one writer touches, per writer
        constexpr int shared = 40; // claims all three go for
        const int total = 3 * own + shared;
        {
            QFile f(dir.filePath(QStringLiteral("claims.json")));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("[");
            for (int id = 1; id <= total; ++id)
                f.write(QStringLiteral(R"(%1{"aftersale_id": %2, "order_id": "69000%2", "aftersale_type": 7,
                    "aftersale_status": 6, "apply_time": "2026-11-26T09:00:00+08:00", "reason": "missing_items"})")
                            .arg(id > 1 ? QStringLiteral(",") : QString())
                            .arg(id)
                            .toUtf8());
            f.write("]");
        }
        QCOMPARE(cli(db, {QStringLiteral("--now"), t0, QStringLiteral("import"),
                          dir.filePath(QStringLiteral("claims.json"))})
                     .exitCode,
                 0);

        // Shared claims are interleaved with each writer's own, so they meet all the time.
        Writer a(db, QStringLiteral("scriptA"));
        Writer b(db, QStringLiteral("scriptB"));
        QList<qint64> windowIds;
        for (int i = 0; i < own; ++i) {
            a.plan(1 + i);
            a.plan(3 * own + 1 + i);
            b.plan(own + 1 + i);
            b.plan(3 * own + shared - i);
            windowIds << 2 * own + 1 + i << 3 * own + 1 + (i * 7) % shared;
        }

        // The window: its own connection in this process, acting on what it last read, as
        // the merchant clicking does (expectedVersion: a change since is a conflict).
        SqliteStorage store;
        QVERIFY(store.open(db).ok());
        FixedClock clock(QDateTime::fromString(t0, Qt::ISODate));
        Workbench window(store, clock, Policy::defaults());
        QList<Ack> windowAcks;
        int windowTried = 0, windowConflicts = 0, windowRefused = 0, windowStorage = 0;
        qsizetype next = 0;
        QTimer clicks;
        clicks.setInterval(7);
        QObject::connect(&clicks, &QTimer::timeout, &clicks, [&] {
            if (next >= windowIds.size() * 2) {
                clicks.stop();
                return;
            }
            const qint64 id = windowIds[next / 2];
            const bool ship = next % 2 == 1;
            ++next;
            const Result<Claim> seen = window.claim(id);
            if (!seen.ok())
                return;
            ActionRequest r;
            r.actor = QStringLiteral("window");
            r.action = ship ? Action::Ship : Action::Approve;
            r.carrier = QStringLiteral("shunfeng");
            // Shared claims: several get the same number, so all but one are refused as used.
            r.trackingNo = id > 3 * own ? tracking(9, id % 5) : tracking(2, id);
            QTest::qWait(12); // the merchant reads before clicking: others may act meanwhile
            ++windowTried;
            const Result<Claim> after = window.act(id, r, seen->version);
            if (after.ok())
                windowAcks.append({id, ship ? QStringLiteral("ship") : QStringLiteral("approve"), r.actor});
            else if (after.outcome.kind == Outcome::Kind::Conflict)
                ++windowConflicts;
            else if (after.outcome.kind == Outcome::Kind::Refused)
                ++windowRefused;
            else
                ++windowStorage;
        });

        QElapsedTimer timer;
        timer.start();
        a.next();
        b.next();
        clicks.start();
        QTRY_VERIFY_WITH_TIMEOUT(a.done() && b.done() && !clicks.isActive(), 120000);
        const qint64 elapsed = timer.elapsed();

        // Every acknowledged action is there exactly once, by whoever was told it succeeded;
        // nothing is there that nobody was told about.
        QList<Ack> acks = a.acks() + b.acks() + windowAcks;
        QMap<QPair<qint64, QString>, QStringList> stored;
        for (const QString &row : robust::rows(db, QStringLiteral("SELECT claim_id, action, actor FROM events"
                                                                  " WHERE action IN ('approve', 'ship')"))) {
            const QStringList cells = row.split(QLatin1Char('|'));
            stored[{cells[0].toLongLong(), cells[1]}].append(cells[2]);
        }
        int lost = 0;
        for (const Ack &ack : acks) {
            const QStringList by = stored.value({ack.claim, ack.action});
            if (by != QStringList{ack.actor}) {
                ++lost;
                qWarning() << "acknowledged" << ack.claim << ack.action << ack.actor << "stored as" << by;
            }
        }
        int unacknowledged = 0;
        for (auto it = stored.cbegin(); it != stored.cend(); ++it)
            if (std::none_of(acks.cbegin(), acks.cend(), [&](const Ack &x) {
                    return x.claim == it.key().first && x.action == it.key().second;
                }))
                ++unacknowledged;
        const int tried = a.tried() + b.tried() + windowTried;
        qInfo("%d actions tried in %lld ms (scriptA %d, scriptB %d, window %d): %lld acknowledged, %d lost, "
              "%d stored unacknowledged; refused: scripts exit 1 x%d, exit 3 x%d, window conflicts %d, "
              "window rule refusals %d, window storage errors %d",
              tried, elapsed, a.tried(), b.tried(), windowTried, qlonglong(acks.size()), lost, unacknowledged,
              a.codes().value(1) + b.codes().value(1), a.codes().value(3) + b.codes().value(3),
              windowConflicts, windowRefused, windowStorage);
        QCOMPARE(lost, 0);
        QCOMPARE(unacknowledged, 0);
        // Each claim approved and shipped once, by one of them.
        QCOMPARE(acks.size(), 2 * total);
        QCOMPARE(a.codes().value(-1) + a.codes().value(2) + b.codes().value(-1) + b.codes().value(2), 0);
        QVERIFY(a.codes().value(1) + b.codes().value(1) + windowRefused + windowConflicts > 0);
        const auto problems = consistency::check(store);
        QVERIFY(problems.ok());
        QVERIFY(problems->isEmpty());
        QCOMPARE(cli(db, {QStringLiteral("--now"), t0, QStringLiteral("check")}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
