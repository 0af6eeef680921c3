#include "robusthelpers.h"

#include "tempdatabase.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace aftersales;
using aftersales::testing::TempDatabase;
using robust::after;
using robust::cli;
using robust::t0;

namespace
{

constexpr qint64 h = 3600;

QStringList trail(const QJsonObject &claim)
{
    QStringList out;
    for (const QJsonValue &v : claim.value(QStringLiteral("events")).toArray()) {
        const QJsonObject e = v.toObject();
        out << e.value(QStringLiteral("at")).toString() + QLatin1Char(' ') +
                   e.value(QStringLiteral("action")).toString();
    }
    return out;
}

} // namespace

class TestClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { testing::addBackendRows(); }
    void init() { AFTERSALES_FETCH_BACKEND(backend); }

    void clockSetBack_neverUndoesOrReappliesAStep()
    {
        const testing::TestDatabase db(testing::currentBackend());
        QCOMPARE(
            cli(db, {QStringLiteral("--now"), t0, QStringLiteral("order"), QStringLiteral("add"),
                     QStringLiteral("--order"), QStringLiteral("6900000000000000777"),
                     QStringLiteral("--category"), QStringLiteral("smart_home"), QStringLiteral("--amount"),
                     QStringLiteral("25900"), QStringLiteral("--carrier"), QStringLiteral("shunfeng"),
                     QStringLiteral("--tracking"), QStringLiteral("SF1000000000777"),
                     QStringLiteral("--shipped-at"), QStringLiteral("2026-11-20T10:00:00+08:00")})
                .exitCode,
            0);
        QCOMPARE(
            cli(db, {QStringLiteral("--now"), t0, QStringLiteral("apply"), QStringLiteral("--order"),
                     QStringLiteral("6900000000000000777"), QStringLiteral("--type"),
                     QStringLiteral("reship"), QStringLiteral("--reason"), QStringLiteral("missing_items")})
                .exitCode,
            0);
        const QStringList show{QStringLiteral("--json"), QStringLiteral("show"), QStringLiteral("1")};
        // Four days later: auto-approval at +48 h, late shipment at +96 h, compensation once.
        const auto late = cli(db, QStringList{QStringLiteral("--now"), after(97 * h)} + show);
        QCOMPARE(late.exitCode, 0);
        const QStringList expected{robust::after(0), robust::after(48 * h), robust::after(96 * h)};
        QCOMPARE(trail(late.json()).size(), 3);
        QCOMPARE(late.json().value(QStringLiteral("compensation_cents")).toInt(), 300);
        // The file byte for byte (SQLite), every row (PostgreSQL).
        const auto state = [&db] {
            return db.isPostgres() ? robust::dump(db).join(QLatin1Char('\n')).toUtf8()
                                   : robust::sha256(db.location());
        };
        const QByteArray before = state();

        // The clock goes back a day (a wrong system clock, a laptop from a trip): refused,
        // nothing undone, for every command.
        for (const QStringList &args :
             {show, QStringList{QStringLiteral("sweep")},
              QStringList{QStringLiteral("ship"), QStringLiteral("1"), QStringLiteral("--carrier"),
                          QStringLiteral("shunfeng"), QStringLiteral("--tracking"),
                          QStringLiteral("SF1000000000778")}}) {
            const auto back = cli(db, QStringList{QStringLiteral("--now"), after(73 * h)} + args);
            QCOMPARE(back.exitCode, 2);
            QVERIFY2(back.err.contains(QStringLiteral("behind")), qPrintable(back.err));
        }
        QCOMPARE(state(), before);

        // Forward again, and again at the same instant: nothing applied twice.
        for (int i = 0; i < 3; ++i) {
            const auto again = cli(db, QStringList{QStringLiteral("--now"), after(98 * h)} + show);
            QCOMPARE(trail(again.json()), trail(late.json()));
            QCOMPARE(again.json().value(QStringLiteral("compensation_cents")).toInt(), 300);
        }
        const auto check = cli(db, {QStringLiteral("--now"), after(98 * h), QStringLiteral("check")});
        QCOMPARE(check.exitCode, 0);
        // A team's server is no file the merchant keeps.
        QCOMPARE(check.out.contains(QStringLiteral("file")), !db.isPostgres());
    }

    void clockSetBack_inProcess_refused()
    {
        TempDatabase t(testing::currentBackend());
        t.addShippedOrder(QStringLiteral("6900000000000000888"));
        const qint64 id = t.applyFor(QStringLiteral("6900000000000000888"), ClaimType::Reship, Reason::Other);
        t.clock().advance(49 * h);
        QCOMPARE(t.workbench().sweep()->size(), 1);
        t.clock().advance(-2 * h);
        QCOMPARE(t.workbench().sweep().outcome.kind, Outcome::Kind::BadInput);
        ActionRequest r;
        r.action = Action::Reject;
        r.actor = QStringLiteral("tester");
        r.rejectCode = RejectCode::OutOfStock;
        QCOMPARE(t.workbench().act(id, r).outcome.kind, Outcome::Kind::BadInput);
        QCOMPARE(t.workbench().claim(id)->status, ClaimStatus::AwaitingShipment);
        QCOMPARE(t.workbench().events(id)->size(), 2);
    }

    void timeZoneChange_sameInstants()
    {
        const testing::TestDatabase db(testing::currentBackend());
        const QStringList shanghai{QStringLiteral("TZ=Asia/Shanghai")};
        const QStringList newYork{QStringLiteral("TZ=America/New_York")};
        // Applied on 2026-10-31 16:00 UTC: New York leaves daylight saving time within the 48 h.
        const QString applyAt = QStringLiteral("2026-10-31T12:00:00-04:00");
        QCOMPARE(cli(db,
                     {QStringLiteral("--now"), applyAt, QStringLiteral("order"), QStringLiteral("add"),
                      QStringLiteral("--order"), QStringLiteral("6900000000000000999"),
                      QStringLiteral("--category"), QStringLiteral("smart_home"), QStringLiteral("--amount"),
                      QStringLiteral("100"), QStringLiteral("--carrier"), QStringLiteral("shunfeng"),
                      QStringLiteral("--tracking"), QStringLiteral("SF1000000000999"),
                      QStringLiteral("--shipped-at"), QStringLiteral("2026-10-30T10:00:00+08:00")},
                     newYork)
                     .exitCode,
                 0);
        QCOMPARE(cli(db,
                     {QStringLiteral("--now"), applyAt, QStringLiteral("apply"), QStringLiteral("--order"),
                      QStringLiteral("6900000000000000999"), QStringLiteral("--type"),
                      QStringLiteral("reship"), QStringLiteral("--reason"), QStringLiteral("other")},
                     newYork)
                     .exitCode,
                 0);
        // The same instant written in two offsets, read in two zones: the same JSON.
        const auto ny = cli(db,
                            {QStringLiteral("--now"), QStringLiteral("2026-11-01T09:00:00-05:00"),
                             QStringLiteral("--json"), QStringLiteral("show"), QStringLiteral("1")},
                            newYork);
        const auto sh = cli(db,
                            {QStringLiteral("--now"), QStringLiteral("2026-11-01T22:00:00+08:00"),
                             QStringLiteral("--json"), QStringLiteral("show"), QStringLiteral("1")},
                            shanghai);
        QCOMPARE(ny.exitCode, 0);
        QCOMPARE(ny.out, sh.out);
        QCOMPARE(ny.json().value(QStringLiteral("deadline")).toString(),
                 QStringLiteral("2026-11-02T16:00:00Z"));
        // People see their own wall clock: 11:00 in New York (EST by then), 00:00 the next day in Shanghai.
        const auto nyText = cli(db,
                                {QStringLiteral("--now"), QStringLiteral("2026-11-01T09:00:00-05:00"),
                                 QStringLiteral("show"), QStringLiteral("1")},
                                newYork);
        const auto shText = cli(db,
                                {QStringLiteral("--now"), QStringLiteral("2026-11-01T09:00:00-05:00"),
                                 QStringLiteral("show"), QStringLiteral("1")},
                                shanghai);
        QVERIFY2(nyText.out.contains(QStringLiteral("2026-11-02 11:00:00")), qPrintable(nyText.out));
        QVERIFY2(shText.out.contains(QStringLiteral("2026-11-03 00:00:00")), qPrintable(shText.out));
        // The auto-approval happens at that instant whichever zone the sweep runs in.
        const auto swept = cli(db,
                               {QStringLiteral("--now"), QStringLiteral("2026-11-03T09:00:00+08:00"),
                                QStringLiteral("--json"), QStringLiteral("show"), QStringLiteral("1")},
                               shanghai);
        QCOMPARE(trail(swept.json()).last(), QStringLiteral("2026-11-02T16:00:00Z auto_approve"));
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
