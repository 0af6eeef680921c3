// Every fault the control API injects, as a raw QNetworkAccessManager client sees it, and
// whether the write behind it was applied; probability, clearing, and latency that keeps
// other connections served.
#include "simfixture.h"
#include "simstate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace aftersales::platformsim;
using namespace aftersales::platformsim::testing;

namespace
{

const QString operatePath = QStringLiteral("afterSale/operate");
const QString listPath = QStringLiteral("afterSale/List");

QJsonObject approve(const QString &id, qint64 updateTime)
{
    return {{QStringLiteral("type"), 501},
            {QStringLiteral("items"), QJsonArray{QJsonObject{{QStringLiteral("aftersale_id"), id},
                                                             {QStringLiteral("update_time"), updateTime}}}}};
}

QJsonObject listAll(int size = 100)
{
    return {{QStringLiteral("page"), 0}, {QStringLiteral("size"), size}};
}

void addFault(SimFixture &f, QJsonObject fault)
{
    const Reply r = f.client->control("POST", QStringLiteral("faults"), fault);
    QVERIFY2(r.httpStatus == 200, r.body.constData());
}

int applied(SimFixture &f, const QString &id)
{
    return f.sim->state().log.appliedCount(id, QStringLiteral("501"));
}

QString status(SimFixture &f, const QString &id)
{
    return f.claim(id).value(QStringLiteral("status")).toString();
}

} // namespace

class TestPlatformSimFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dropAnswer_appliedOnceNoAnswer();
    void dropAnswer_qtResendsOnce();
    void reset_notApplied();
    void stall_answerLate();
    void httpStatus_notApplied_data();
    void httpStatus_notApplied();
    void code_anyEnvelope_data();
    void code_anyEnvelope();
    void expireToken_nextCallWithToken();
    void malformedJson();
    void wrongTypes();
    void bigId_pastTwoToThe53();
    void oversizedPage();
    void hugeBody();
    void truncated();
    void faults_methodCountAndClear();
    void faults_probabilityRepeatable();
    void faults_refusedWhenMalformed();
    void latency_otherConnectionsServed();
    void log_readableOverControl();
};

int operateRequests(SimFixture &f)
{
    return f.sim->state()
        .log.counters()[QLatin1String("requests")][QLatin1String("afterSale.operate")]
        .toInt();
}

void TestPlatformSimFaults::dropAnswer_appliedOnceNoAnswer()
{
    SimFixture f;
    const QString id = f.addClaim({});
    const qint64 ut = f.now();
    // Two drops: QNetworkAccessManager tries a request a second time by itself when a
    // connection closes before the first byte of an answer (see dropAnswer_qtResendsOnce).
    addFault(f, {{QStringLiteral("kind"), QStringLiteral("drop_answer")},
                 {QStringLiteral("method"), operatePath},
                 {QStringLiteral("count"), 2}});
    const Reply r = f.client->call(operatePath, approve(id, ut));
    QCOMPARE(r.error, QNetworkReply::RemoteHostClosedError);
    QVERIFY(r.body.isEmpty());
    QCOMPARE(operateRequests(f), 2);
    // The write happened once: the second try found the claim changed.
    QCOMPARE(status(f, id), QStringLiteral("awaiting_shipment"));
    QCOMPARE(applied(f, id), 1);
    const QList<LogEntry> log = f.sim->state().log.since(0, 100);
    QCOMPARE(log.at(log.size() - 2).fault, QStringLiteral("drop_answer"));
    QVERIFY(log.at(log.size() - 2).applied);
    QVERIFY(!log.last().applied);
    // Read back, the claim shows it; sent again, the stale update_time refuses it.
    const Reply detail =
        f.client->call(QStringLiteral("afterSale/Detail"), {{QStringLiteral("after_sale_id"), id}});
    QCOMPARE(detail
                 .data()[QLatin1String("process_info")][QLatin1String("after_sale_info")]
                        [QLatin1String("after_sale_status")]
                 .toInt(),
             8);
    QCOMPARE(f.client->call(operatePath, approve(id, ut)).subMsg(), QStringLiteral("售后单状态已变更"));
    QCOMPARE(applied(f, id), 1);
}

void TestPlatformSimFaults::dropAnswer_qtResendsOnce()
{
    SimFixture f;
    const QString id = f.addClaim({});
    addFault(f, {{QStringLiteral("kind"), QStringLiteral("drop_answer")}});
    // One lost answer is invisible to a QNetworkAccessManager client: Qt sends the POST
    // again and hands over the answer to that. The update_time check keeps it at once.
    const Reply r = f.client->call(operatePath, approve(id, f.now()));
    QCOMPARE(r.error, QNetworkReply::NoError);
    QCOMPARE(operateRequests(f), 2);
    QCOMPARE(r.code(), 50002);
    QCOMPARE(r.subMsg(), QStringLiteral("售后单状态已变更"));
    QCOMPARE(applied(f, id), 1);
}

void TestPlatformSimFaults::reset_notApplied()
{
    SimFixture f;
    const QString id = f.addClaim({});
    addFault(f, {{QStringLiteral("kind"), QStringLiteral("reset")}, {QStringLiteral("count"), 2}});
    const Reply r = f.client->call(operatePath, approve(id, f.now()));
    QVERIFY2(r.error == QNetworkReply::RemoteHostClosedError || r.error == QNetworkReply::UnknownNetworkError,
             qPrintable(QString::number(r.error)));
    QVERIFY(r.body.isEmpty());
    QCOMPARE(status(f, id), QStringLiteral("pending_review"));
    QCOMPARE(applied(f, id), 0);
    QCOMPARE(operateRequests(f), 2);
    QCOMPARE(f.sim->state().log.since(0, 100).last().fault, QStringLiteral("reset"));
    // The next call is served normally.
    QCOMPARE(f.client->call(operatePath, approve(id, f.now())).code(), 10000);
}

void TestPlatformSimFaults::stall_answerLate()
{
    SimFixture f;
    const QString id = f.addClaim({});
    addFault(f, {{QStringLiteral("kind"), QStringLiteral("stall")}, {QStringLiteral("seconds"), 30}});
    f.client->setTimeoutMs(300);
    const Reply r = f.client->call(operatePath, approve(id, f.now()));
    QCOMPARE(r.error, QNetworkReply::OperationCanceledError); // the client's own timeout
    QVERIFY(r.body.isEmpty());
    // The platform took the write; its answer would have come 30 s later.
    QCOMPARE(applied(f, id), 1);
    f.client->setTimeoutMs(10000);
    QCOMPARE(f.client->call(QStringLiteral("afterSale/rejectReasonCodeList")).code(), 10000);
}

void TestPlatformSimFaults::httpStatus_notApplied_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("500") << 500;
    QTest::newRow("502") << 502;
    QTest::newRow("503") << 503;
}

void TestPlatformSimFaults::httpStatus_notApplied()
{
    QFETCH(int, status);
    SimFixture f;
    const QString id = f.addClaim({});
    addFault(f,
             {{QStringLiteral("kind"), QStringLiteral("http_status")}, {QStringLiteral("status"), status}});
    const Reply r = f.client->call(operatePath, approve(id, f.now()));
    QCOMPARE(r.httpStatus, status);
    QVERIFY(r.json.isEmpty());
    QCOMPARE(applied(f, id), 0);
}

void TestPlatformSimFaults::code_anyEnvelope_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("subCode");
    QTest::addColumn<QString>("expectedSubCode");
    QTest::newRow("60000 traffic") << 60000 << ""
                                   << "isv.traffic-limited";
    QTest::newRow("50002 business") << 50002 << ""
                                    << "isv.business-failed";
    QTest::newRow("20000 service") << 20000 << ""
                                   << "dop.service-error";
    QTest::newRow("40003 signature") << 40003 << ""
                                     << "isv.signature-invalid";
    QTest::newRow("30001 authorisation") << 30001 << ""
                                         << "dop.authorization-no-existed";
    QTest::newRow("any sub_code") << 40003 << "isv.something-else"
                                  << "isv.something-else";
}

void TestPlatformSimFaults::code_anyEnvelope()
{
    QFETCH(int, code);
    QFETCH(QString, subCode);
    QFETCH(QString, expectedSubCode);
    SimFixture f;
    const QString id = f.addClaim({});
    QJsonObject fault{{QStringLiteral("kind"), QStringLiteral("code")}, {QStringLiteral("code"), code}};
    if (!subCode.isEmpty())
        fault.insert(QStringLiteral("sub_code"), subCode);
    fault.insert(QStringLiteral("sub_msg"), QStringLiteral("注入的错误"));
    addFault(f, fault);
    const Reply r = f.client->call(operatePath, approve(id, f.now()));
    QCOMPARE(r.httpStatus, 200);
    QCOMPARE(r.code(), code);
    QCOMPARE(r.subCode(), expectedSubCode);
    QCOMPARE(r.subMsg(), QStringLiteral("注入的错误"));
    QCOMPARE(applied(f, id), 0);
    QCOMPARE(f.client->call(operatePath, approve(id, f.now())).code(), 10000);
}

void TestPlatformSimFaults::expireToken_nextCallWithToken()
{
    SimFixture f;
    addFault(f, {{QStringLiteral("kind"), QStringLiteral("expire_token")}});
    // token/create carries no access token: the fault waits for a call that does.
    QVERIFY(!f.client->createToken().isEmpty());
    const Reply r = f.client->call(listPath, listAll());
    QCOMPARE(r.code(), 40003);
    QCOMPARE(r.subCode(), QStringLiteral("isv.access-token-expired"));
    // The token stays expired; a new one works.
    QCOMPARE(f.client->call(listPath, listAll()).subCode(), QStringLiteral("isv.access-token-expired"));
    f.client->createToken();
    QCOMPARE(f.client->call(listPath, listAll()).code(), 10000);
}

void TestPlatformSimFaults::malformedJson()
{
    SimFixture f;
    const QString id = f.addClaim({});
    addFault(f, {{QStringLiteral("kind"), QStringLiteral("malformed_json")},
                 {QStringLiteral("method"), QStringLiteral("afterSale.operate")}});
    const Reply r = f.client->call(operatePath, approve(id, f.now()));
    QCOMPARE(r.httpStatus, 200);
    QVERIFY(!r.body.isEmpty());
    QJsonParseError error{};
    QJsonDocument::fromJson(r.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
    QCOMPARE(applied(f, id), 1);
}

void TestPlatformSimFaults::wrongTypes()
{
    SimFixture f;
    f.addClaim({{QStringLiteral("apply_time"), double(f.now() - 5)}});
    addFault(f, {{QStringLiteral("kind"), QStringLiteral("wrong_types")}});
    const Reply r = f.client->call(listPath, listAll());
    QCOMPARE(r.code(), 10000);
    const QJsonObject d = r.data();
    QVERIFY(d.value(QStringLiteral("total")).isString());
    QVERIFY(d.value(QStringLiteral("has_more")).isString());
    const QJsonObject info =
        d.value(QStringLiteral("items")).toArray().first()[QStringLiteral("aftersale_info")].toObject();
    QVERIFY(info.value(QStringLiteral("aftersale_id")).isDouble());
    QVERIFY(info.value(QStringLiteral("update_time")).isString());
    QCOMPARE(info.value(QStringLiteral("update_time")).toString(), QString::number(f.now() - 5));
}

void TestPlatformSimFaults::bigId_pastTwoToThe53()
{
    SimFixture f;
    f.addClaim({{QStringLiteral("aftersale_id"), QStringLiteral("7300000000000000123")}});
    f.addClaim({{QStringLiteral("aftersale_id"), QStringLiteral("7300000000000001")}});
    addFault(f, {{QStringLiteral("kind"), QStringLiteral("big_id")}});
    const Reply r = f.client->call(listPath, listAll());
    QVERIFY(r.body.contains("\"aftersale_id\":7300000000000000123"));
    QVERIFY(r.body.contains("\"aftersale_id\":9007199254740993"));
    QVERIFY(!r.body.contains("\"aftersale_id\":\""));
    // A double cannot hold it: whoever parses it as a number gets another id.
    const QJsonValue parsed = r.data()
                                  .value(QStringLiteral("items"))
                                  .toArray()
                                  .first()[QStringLiteral("aftersale_info")][QStringLiteral("aftersale_id")];
    QVERIFY(parsed.isDouble());
    QVERIFY(QString::number(parsed.toInteger()) != QStringLiteral("7300000000000000123"));
}

void TestPlatformSimFaults::oversizedPage()
{
    SimFixture f;
    for (int i = 0; i < 3; ++i)
        f.addClaim({});
    // A fault for List does not hit other methods.
    addFault(f, {{QStringLiteral("kind"), QStringLiteral("oversized_page")}});
    QCOMPARE(f.client->call(QStringLiteral("afterSale/rejectReasonCodeList")).code(), 10000);
    const Reply r = f.client->call(listPath, listAll(2));
    QCOMPARE(r.code(), 10000);
    QVERIFY(r.data().value(QStringLiteral("items")).toArray().size() > 2);
    QCOMPARE(r.data().value(QStringLiteral("size")).toInt(), 2);
    QCOMPARE(f.client->call(listPath, listAll(2)).data().value(QStringLiteral("items")).toArray().size(), 2);
}

void TestPlatformSimFaults::hugeBody()
{
    SimFixture f;
    addFault(f, {{QStringLiteral("kind"), QStringLiteral("huge_body")},
                 {QStringLiteral("bytes"), 24 * 1024 * 1024}});
    const Reply r = f.client->call(listPath, listAll());
    QCOMPARE(r.error, QNetworkReply::NoError);
    QVERIFY(r.body.size() >= 24 * 1024 * 1024);
    QCOMPARE(r.code(), 10000);
    QVERIFY(r.body.endsWith("\"}}"));
}

void TestPlatformSimFaults::truncated()
{
    SimFixture f;
    const QString id = f.addClaim({});
    addFault(f, {{QStringLiteral("kind"), QStringLiteral("truncated")}});
    const Reply r = f.client->call(operatePath, approve(id, f.now()));
    QVERIFY2(r.error != QNetworkReply::NoError, r.body.constData());
    QVERIFY(r.json.isEmpty());
    QCOMPARE(applied(f, id), 1);
}

void TestPlatformSimFaults::faults_methodCountAndClear()
{
    SimFixture f;
    addFault(f, {{QStringLiteral("kind"), QStringLiteral("code")},
                 {QStringLiteral("code"), 60000},
                 {QStringLiteral("method"), QStringLiteral("afterSale/List")},
                 {QStringLiteral("count"), 2}});
    QCOMPARE(f.client->call(QStringLiteral("afterSale/rejectReasonCodeList")).code(), 10000);
    QCOMPARE(f.client->call(listPath, listAll()).code(), 60000);
    QCOMPARE(f.client->call(listPath, listAll()).code(), 60000);
    QCOMPARE(f.client->call(listPath, listAll()).code(), 10000);

    addFault(f, {{QStringLiteral("kind"), QStringLiteral("code")}, {QStringLiteral("count"), 5}});
    QCOMPARE(f.client->control("GET", QStringLiteral("faults"))
                 .json.value(QStringLiteral("faults"))
                 .toArray()
                 .size(),
             1);
    QCOMPARE(f.client->call(listPath, listAll()).code(), 60000);
    f.client->control("DELETE", QStringLiteral("faults"));
    QCOMPARE(f.client->call(listPath, listAll()).code(), 10000);
    addFault(f, {{QStringLiteral("kind"), QStringLiteral("code")}});
    f.client->control("POST", QStringLiteral("faults/clear"));
    QCOMPARE(f.client->call(listPath, listAll()).code(), 10000);
    const QJsonObject faults = f.sim->state().log.counters().value(QStringLiteral("faults")).toObject();
    QCOMPARE(faults.value(QStringLiteral("code")).toInt(), 3);
}

void TestPlatformSimFaults::faults_probabilityRepeatable()
{
    auto pattern = [] {
        SimFixture f;
        addFault(f, {{QStringLiteral("kind"), QStringLiteral("code")}, {QStringLiteral("probability"), 0.5}});
        QString out;
        for (int i = 0; i < 40; ++i)
            out += f.client->call(listPath, listAll()).code() == 60000 ? QLatin1Char('x') : QLatin1Char('.');
        return out;
    };
    const QString first = pattern();
    QCOMPARE(pattern(), first);
    QVERIFY(first.contains(QLatin1Char('x')));
    QVERIFY(first.contains(QLatin1Char('.')));
}

void TestPlatformSimFaults::faults_refusedWhenMalformed()
{
    SimFixture f;
    for (const QJsonObject &bad :
         {QJsonObject{{QStringLiteral("kind"), QStringLiteral("explode")}},
          QJsonObject{{QStringLiteral("kind"), QStringLiteral("code")}, {QStringLiteral("count"), 0}},
          QJsonObject{{QStringLiteral("kind"), QStringLiteral("code")}, {QStringLiteral("probability"), 2}},
          QJsonObject{{QStringLiteral("kind"), QStringLiteral("http_status")},
                      {QStringLiteral("status"), 99}}}) {
        const Reply r = f.client->control("POST", QStringLiteral("faults"), bad);
        QCOMPARE(r.httpStatus, 400);
        QVERIFY(!r.json.value(QStringLiteral("error")).toString().isEmpty());
    }
    QCOMPARE(f.sim->state().faults.list().size(), 0);
}

void TestPlatformSimFaults::latency_otherConnectionsServed()
{
    SimFixture f;
    QCOMPARE(f.client->control("POST", QStringLiteral("latency"), {{QStringLiteral("ms"), 60000}})
                 .json.value(QStringLiteral("ms"))
                 .toInt(),
             60000);
    // Several calls in flight on their own connections, each held by its own timer.
    const qint64 before = f.sim->state().log.lastSeq();
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 4; ++i)
        replies.append(f.client->start(listPath, listAll()));
    QTRY_COMPARE(f.sim->state().log.since(before, 100).size(), 4);
    for (QNetworkReply *reply : replies)
        QVERIFY(!reply->isFinished());
    // Meanwhile the simulator answers at once elsewhere.
    QCOMPARE(f.client->control("GET", QStringLiteral("clock")).httpStatus, 200);
    for (QNetworkReply *reply : replies) {
        reply->abort();
        reply->deleteLater();
    }
    f.client->control("POST", QStringLiteral("latency"), {{QStringLiteral("ms"), 0}});
    QCOMPARE(f.client->call(listPath, listAll()).code(), 10000);
}

void TestPlatformSimFaults::log_readableOverControl()
{
    SimFixture f;
    const QString id = f.addClaim({});
    addFault(f, {{QStringLiteral("kind"), QStringLiteral("drop_answer")}, {QStringLiteral("count"), 2}});
    f.client->call(operatePath, approve(id, f.now()));
    const Reply log = f.client->control("GET", QStringLiteral("log?since=0"));
    const QJsonArray entries = log.json.value(QStringLiteral("entries")).toArray();
    QCOMPARE(entries.size(), 3); // token/create, operate, Qt's second try of it
    const QJsonObject last = entries.at(1).toObject();
    QCOMPARE(last.value(QStringLiteral("method")).toString(), QStringLiteral("afterSale.operate"));
    QCOMPARE(last.value(QStringLiteral("aftersale_ids")).toArray().first().toString(), id);
    QCOMPARE(last.value(QStringLiteral("operate_type")).toInt(), 501);
    QCOMPARE(last.value(QStringLiteral("fault")).toString(), QStringLiteral("drop_answer"));
    QCOMPARE(last.value(QStringLiteral("applied")).toBool(), true);
    QCOMPARE(log.json.value(QStringLiteral("next")).toInt(), 3);
    QCOMPARE(f.client->control("GET", QStringLiteral("log?since=3"))
                 .json.value(QStringLiteral("entries"))
                 .toArray()
                 .size(),
             0);
    const QJsonObject counters = f.client->control("GET", QStringLiteral("counters")).json;
    QCOMPARE(counters[QLatin1String("applied")][id][QLatin1String("501")].toInt(), 1);
    QCOMPARE(counters[QLatin1String("writes_applied")].toInt(), 1);
    // Nothing in the log is a credential.
    QVERIFY(!log.body.contains(f.client->token().toUtf8()));
    QVERIFY(!log.body.contains("demo-app-secret"));
}

QTEST_GUILESS_MAIN(TestPlatformSimFaults)
#include "tst_platformsim_faults.moc"
