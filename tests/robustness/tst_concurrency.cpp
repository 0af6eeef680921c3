#include "robusthelpers.h"

#include "domain/clock.h"
#include "domain/policy.h"
#include "storage/consistency.h"
#include "storage/storagefactory.h"
#include "testdatabase.h"
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

#include <algorithm>

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

// Who an agent is on each backend: an operator name on SQLite; on PostgreSQL a login role of
// its own (granted by the database's owner), which the audit trail records whatever
// --operator says.
struct Agent {
    QString location; // what --db takes
    QString actor;    // what the audit trail says
};

Agent agent(testing::TestDatabase &db, const QString &name)
{
    if (!db.isPostgres())
        return {db.location(), name};
    const QString role = name.toLower();
    const QString as = db.locationAs(role);
    if (const auto granted =
            cli(db, {QStringLiteral("--now"), t0, QStringLiteral("team"), QStringLiteral("grant"), role});
        granted.exitCode != 0)
        qWarning() << "team grant" << role << granted.err;
    return {as, role};
}

// Every claim in pending review: a reshipment applied at 09:00 for missing items.
bool importClaims(testing::TestDatabase &db, int total)
{
    QFile f(db.dir() + QStringLiteral("/claims.json"));
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write("[");
    for (int id = 1; id <= total; ++id)
        f.write(QStringLiteral(R"(%1{"aftersale_id": %2, "order_id": "69000%2", "aftersale_type": 7,
            "aftersale_status": 6, "apply_time": "2026-11-26T09:00:00+08:00", "reason": "missing_items"})")
                    .arg(id > 1 ? QStringLiteral(",") : QString())
                    .arg(id)
                    .toUtf8());
    f.write("]");
    f.close();
    return cli(db, {QStringLiteral("--now"), t0, QStringLiteral("import"), f.fileName()}).exitCode == 0;
}

// One command line process after another, as a script in a loop would run them.
class Writer
{
public:
    Writer(const testing::TestDatabase &home, const Agent &agent, QString name)
        : m_home(home), m_db(agent.location), m_actor(agent.actor), m_name(std::move(name))
    {
    }

    void plan(qint64 id, const QString &action, const QStringList &args)
    {
        m_todo.enqueue({id, action, args});
    }

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
            m_db, m_home.dir(),
            QStringList{QStringLiteral("--now"), t0, QStringLiteral("--operator"), m_name} + m_current.args));
        QObject::connect(m_process.get(), &QProcess::finished, m_process.get(),
                         [this](int code, QProcess::ExitStatus status) {
                             const int exit = status == QProcess::NormalExit ? code : -1;
                             ++m_codes[exit];
                             ++m_tried;
                             if (exit == 0)
                                 m_acks.append({m_current.claim, m_current.action, m_actor});
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
    const testing::TestDatabase &m_home;
    QString m_db;
    QString m_actor;
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
    void initTestCase_data() { testing::addBackendRows(); }
    void init() { AFTERSALES_FETCH_BACKEND(backend); }

    void twoScriptsAndTheWindow_everyAcknowledgedActionStoredOnce()
    {
        testing::TestDatabase db(testing::currentBackend());
        constexpr int own = 40;    // claims only one writer touches, per writer
        constexpr int shared = 40; // claims all three go for
        const int total = 3 * own + shared;
        QVERIFY(importClaims(db, total));

        // Shared claims are interleaved with each writer's own, so they meet all the time.
        Writer a(db, agent(db, QStringLiteral("scriptA")), QStringLiteral("scriptA"));
        Writer b(db, agent(db, QStringLiteral("scriptB")), QStringLiteral("scriptB"));
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
        const Agent windowAgent = agent(db, QStringLiteral("window"));
        Result<std::unique_ptr<Storage>> opened = storage::open(windowAgent.location);
        QVERIFY2(opened.ok(), qPrintable(opened.outcome.message));
        Storage &store = **opened;
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
                windowAcks.append(
                    {id, ship ? QStringLiteral("ship") : QStringLiteral("approve"), windowAgent.actor});
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
        for (const QString &row : db.rows(QStringLiteral("SELECT claim_id, action, actor FROM events"
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

    // Eight agents work one queue at once, each a script of command lines: approvals,
    // rejections and shipments of the same claims meet all the time. Every action that was
    // acknowledged is in the audit trail exactly once, by that agent; nothing is there that
    // nobody was told of; each claim is approved (or rejected) and shipped at most once; the
    // kept counts are the claims' own.
    void eightAgents_overlappingActions_eachOnceCountsConsistent()
    {
        testing::TestDatabase db(testing::currentBackend());
        constexpr int claims = 96;
        QVERIFY(importClaims(db, claims));
        std::vector<std::unique_ptr<Writer>> agents;
        for (int i = 1; i <= 8; ++i) {
            const QString name = QStringLiteral("agent%1").arg(i);
            agents.push_back(std::make_unique<Writer>(db, agent(db, name), name));
        }
        // Claim c is wanted by three agents: one approves then ships, one rejects, one ships
        // with its own number (all but one shipment of a claim are refused or conflict).
        for (int c = 1; c <= claims; ++c) {
            const QString id = QString::number(c);
            Writer &approver = *agents[c % 8];
            Writer &rejecter = *agents[(c + 3) % 8];
            Writer &shipper = *agents[(c + 5) % 8];
            approver.plan(c, QStringLiteral("approve"), {QStringLiteral("approve"), id});
            rejecter.plan(
                c, QStringLiteral("reject"),
                {QStringLiteral("reject"), id, QStringLiteral("--reason-code"), QStringLiteral("other")});
            approver.plan(c, QStringLiteral("ship"),
                          {QStringLiteral("ship"), id, QStringLiteral("--carrier"),
                           QStringLiteral("shunfeng"), QStringLiteral("--tracking"), tracking(3, c)});
            shipper.plan(c, QStringLiteral("ship"),
                         {QStringLiteral("ship"), id, QStringLiteral("--carrier"), QStringLiteral("shunfeng"),
                          QStringLiteral("--tracking"), tracking(4, c)});
        }
        QElapsedTimer timer;
        timer.start();
        for (auto &a : agents)
            a->next();
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(agents.begin(), agents.end(), [](const auto &a) { return a->done(); }), 300000);
        QList<Ack> acks;
        int tried = 0;
        QMap<int, int> codes;
        for (const auto &a : agents) {
            acks += a->acks();
            tried += a->tried();
            for (auto it = a->codes().cbegin(); it != a->codes().cend(); ++it)
                codes[it.key()] += it.value();
        }
        // Each merchant action stored, by claim and action, with who did it.
        QMap<QPair<qint64, QString>, QStringList> stored;
        for (const QString &row : db.rows(QStringLiteral("SELECT claim_id, action, actor FROM events"
                                                         " WHERE action IN ('approve', 'reject', 'ship')"))) {
            const QStringList cells = row.split(QLatin1Char('|'));
            stored[{cells[0].toLongLong(), cells[1]}].append(cells[2]);
        }
        int lost = 0;
        for (const Ack &ack : acks)
            if (stored.value({ack.claim, ack.action}) != QStringList{ack.actor}) {
                ++lost;
                qWarning() << "acknowledged" << ack.claim << ack.action << ack.actor << "stored as"
                           << stored.value({ack.claim, ack.action});
            }
        int unacknowledged = 0;
        for (auto it = stored.cbegin(); it != stored.cend(); ++it)
            if (std::none_of(acks.cbegin(), acks.cend(), [&](const Ack &x) {
                    return x.claim == it.key().first && x.action == it.key().second;
                }))
                ++unacknowledged;
        qInfo("8 agents: %d actions tried in %lld ms, %lld acknowledged (exit 1 x%d, exit 3 x%d), %d lost, "
              "%d stored unacknowledged",
              tried, timer.elapsed(), qlonglong(acks.size()), codes.value(1), codes.value(3), lost,
              unacknowledged);
        QCOMPARE(lost, 0);
        QCOMPARE(unacknowledged, 0);
        QCOMPARE(codes.value(-1) + codes.value(2), 0);
        // Every claim was decided once: approved and shipped, or rejected (and then, the
        // buyer's window open, perhaps approved after all and shipped).
        for (int c = 1; c <= claims; ++c) {
            QVERIFY(stored.value({c, QStringLiteral("approve")}).size() <= 1);
            QVERIFY(stored.value({c, QStringLiteral("reject")}).size() <= 1);
            QVERIFY(stored.value({c, QStringLiteral("ship")}).size() <= 1);
            QVERIFY(stored.contains({c, QStringLiteral("approve")}) ||
                    stored.contains({c, QStringLiteral("reject")}));
        }
        // The counts the lists show are the claims' own.
        qint64 listed = 0;
        for (const char *quick : {"pending_review", "awaiting_shipment", "all"}) {
            const auto list = cli(db, {QStringLiteral("--now"), t0, QStringLiteral("--json"),
                                       QStringLiteral("list"), QStringLiteral("--quick"),
                                       QLatin1String(quick), QStringLiteral("--limit"), QStringLiteral("1")});
            QCOMPARE(list.exitCode, 0);
            const qint64 total = list.json().value(QStringLiteral("total")).toInteger();
            const qint64 actual =
                db.scalar(QLatin1String(quick) == QLatin1String("all")
                              ? QStringLiteral("SELECT count(*) FROM claims")
                              : QStringLiteral("SELECT count(*) FROM claims WHERE status = %1")
                                    .arg(QLatin1String(quick) == QLatin1String("pending_review") ? 1 : 3))
                    .toLongLong();
            QCOMPARE(total, actual);
            listed += total;
        }
        QVERIFY(listed > 0);
        const auto check = cli(db, {QStringLiteral("--now"), t0, QStringLiteral("check")});
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
    }
};
QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
