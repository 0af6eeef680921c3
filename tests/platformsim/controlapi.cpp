#include "controlapi.h"

#include "claimspec.h"
#include "domain.h"
#include "generator.h"
#include "itemjson.h"
#include "simstate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace aftersales::platformsim
{
namespace
{

HttpResponse json(const QJsonObject &body, int status = 200)
{
    HttpResponse r;
    r.status = status;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

HttpResponse failure(int status, const QString &message)
{
    return json({{QStringLiteral("error"), message}}, status);
}

QString isoTime(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
}

std::optional<Action> parseAction(const QString &name)
{
    static const QList<std::pair<QString, Action>> actions{
        {QStringLiteral("cancel"), Action::Cancel},
        {QStringLiteral("modify"), Action::Modify},
        {QStringLiteral("escalate"), Action::Escalate},
        {QStringLiteral("confirm"), Action::Confirm},
        {QStringLiteral("return"), Action::Return},
        {QStringLiteral("decide_buyer"), Action::DecideForBuyer},
        {QStringLiteral("decide_merchant"), Action::DecideForMerchant},
    };
    for (const auto &[n, a] : actions)
        if (n == name)
            return a;
    return std::nullopt;
}

} // namespace

bool ControlApi::handles(const HttpRequest &request)
{
    return request.path.startsWith("/_sim/");
}

HttpResponse ControlApi::handle(const HttpRequest &request)
{
    QJsonObject body;
    if (!request.body.trimmed().isEmpty()) {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return failure(400, QStringLiteral("the body must be a JSON object"));
        body = doc.object();
    }
    m_state.catchUp();
    const QByteArray &method = request.method;
    const QList<QByteArray> parts = request.path.mid(qstrlen("/_sim/")).split('/');
    const QByteArray &what = parts.first();
    const bool post = method == "POST";

    if (what == "claims" && parts.size() == 1 && post)
        return claims(body);
    if (what == "claims" && parts.size() >= 2) {
        bool ok = false;
        const quint64 id = parts[1].toULongLong(&ok);
        if (!ok || !m_state.book.find(id))
            return failure(404, QStringLiteral("no claim %1").arg(QString::fromLatin1(parts[1])));
        if (parts.size() == 2 && method == "GET")
            return claim(id);
        if (parts.size() == 3 && parts[2] == "actions" && post)
            return claimAction(id, body);
    }
    if (what == "clock" && parts.size() == 1)
        return clock(method, body);
    if (what == "faults" && parts.size() == 1)
        return faults(method, body);
    if (what == "faults" && parts.size() == 2 && parts[1] == "clear" && post)
        return faults("DELETE", body);
    if (what == "log" && parts.size() == 1)
        return log(request.query, method);
    if (what == "counters" && method == "GET")
        return json(m_state.log.counters());
    if (what == "latency" && parts.size() == 1)
        return latency(method, body);
    if (what == "auth" && post)
        return auth(body);
    if (what == "tokens" && post)
        return tokens(body);
    if (what == "config" || what == "state")
        return config(method, body);
    return failure(404, QStringLiteral("no control route %1 %2")
                            .arg(QString::fromLatin1(method), QString::fromLatin1(request.path)));
}

HttpResponse ControlApi::claims(const QJsonObject &body)
{
    QJsonArray ids;
    if (body.contains(QStringLiteral("generate"))) {
        const int count = body.value(QStringLiteral("generate")).toInt(-1);
        if (count < 0 || count > 2'000'000)
            return failure(400, QStringLiteral("generate must be a count from 0 to 2000000"));
        const quint32 seed = quint32(body.value(QStringLiteral("seed")).toInteger(1));
        for (quint64 id :
             generator::generate(m_state.book, count, seed, m_state.now(), m_state.machine.policy()))
            ids.append(QString::number(id));
        return json({{QStringLiteral("ids"), ids}});
    }
    const QJsonValue list = body.value(QStringLiteral("claims"));
    if (!list.isArray())
        return failure(400, QStringLiteral("give {\"claims\": [...]} or {\"generate\": N, \"seed\": S}"));
    // Every claim is checked before any is added: a bad one adds none.
    QList<SimClaim> made;
    ClaimBook &book = m_state.book;
    for (const QJsonValue &spec : list.toArray()) {
        QString error;
        std::optional<SimClaim> c =
            claimFromSpec(spec.toObject(), book, m_state.now(), m_state.machine.policy(), &error);
        for (const SimClaim &other : made)
            if (c && other.id == c->id)
                error = QStringLiteral("aftersale_id %1 given twice").arg(c->id);
        if (!c || !error.isEmpty())
            return failure(400, QStringLiteral("claim %1: %2").arg(made.size()).arg(error));
        made.append(*c);
    }
    for (const SimClaim &c : made) {
        book.add(c);
        ids.append(QString::number(c.id));
    }
    m_state.catchUp();
    return json({{QStringLiteral("ids"), ids}});
}

QJsonObject ControlApi::claimJson(quint64 id) const
{
    const SimClaim &c = *m_state.book.find(id);
    const Claim &claim = c.claim;
    return {{QStringLiteral("aftersale_id"), QString::number(id)},
            {QStringLiteral("type"), names::typeName(claim.type)},
            {QStringLiteral("status"), names::statusName(claim.status)},
            {QStringLiteral("reason"), names::reasonName(claim.reason)},
            {QStringLiteral("update_time"), c.updateTime},
            {QStringLiteral("status_deadline"), c.deadlineSecs()},
            {QStringLiteral("buyer"), claim.order.buyer},
            {QStringLiteral("category"), claim.order.category},
            {QStringLiteral("compensation_cents"), claim.compensationCents},
            {QStringLiteral("reject_code"),
             claim.rejectCode ? names::rejectCodeName(*claim.rejectCode) : QString()},
            {QStringLiteral("remark"), claim.remark},
            {QStringLiteral("return_logistics"),
             QJsonObject{{QStringLiteral("company_code"), claim.returnCarrier},
                         {QStringLiteral("tracking_no"), claim.returnTrackingNo}}},
            {QStringLiteral("item"), itemjson::listItem(c)}};
}

HttpResponse ControlApi::claim(quint64 id)
{
    return json(claimJson(id));
}

HttpResponse ControlApi::claimAction(quint64 id, const QJsonObject &body)
{
    const std::optional<Action> action = parseAction(body.value(QStringLiteral("action")).toString());
    if (!action)
        return failure(400, QStringLiteral("action must be cancel, modify, escalate, confirm, return, "
                                           "decide_buyer or decide_merchant"));
    const ItemOutcome outcome =
        m_state.machine.act(id, *action, body.value(QStringLiteral("company_code")).toString(),
                            body.value(QStringLiteral("tracking_no")).toString(), m_state.now());
    if (!outcome.applied())
        return failure(409, outcome.statusMsg);
    return json(claimJson(id));
}

QJsonObject ControlApi::clockJson() const
{
    return {{QStringLiteral("now"), m_state.now()},
            {QStringLiteral("iso"), isoTime(m_state.now())},
            {QStringLiteral("fixed"), m_state.clock.isFixed()}};
}

HttpResponse ControlApi::clock(const QByteArray &method, const QJsonObject &body)
{
    if (method == "GET")
        return json(clockJson());
    if (method != "POST")
        return failure(405, QStringLiteral("GET or POST"));
    if (body.contains(QStringLiteral("set"))) {
        const std::optional<qint64> at = parseTime(body.value(QStringLiteral("set")));
        if (!at)
            return failure(400, QStringLiteral("set must be Unix seconds or an ISO 8601 time"));
        m_state.clock.set(QDateTime::fromSecsSinceEpoch(*at, Qt::UTC));
    } else if (body.contains(QStringLiteral("advance"))) {
        const qint64 secs = body.value(QStringLiteral("advance")).toInteger(-1);
        if (secs < 0)
            return failure(400, QStringLiteral("advance must be a number of seconds, 0 or more"));
        m_state.clock.advance(secs);
    } else if (body.value(QStringLiteral("run")).toBool()) {
        m_state.clock.run();
    } else {
        return failure(400, QStringLiteral("give {\"set\": T}, {\"advance\": S} or {\"run\": true}"));
    }
    QJsonObject out = clockJson();
    out.insert(QStringLiteral("steps"), m_state.catchUp());
    return json(out);
}

HttpResponse ControlApi::faults(const QByteArray &method, const QJsonObject &body)
{
    if (method == "DELETE") {
        m_state.faults.clear();
        return json({{QStringLiteral("cleared"), true}});
    }
    if (method == "POST") {
        QString error;
        const std::optional<Fault> fault = Fault::fromJson(body, &error);
        if (!fault)
            return failure(400, error);
        return json({{QStringLiteral("id"), m_state.faults.add(*fault)}});
    }
    QJsonArray list;
    for (const Fault &f : m_state.faults.list())
        list.append(f.toJson());
    return json({{QStringLiteral("faults"), list}});
}

HttpResponse ControlApi::log(const QByteArray &query, const QByteArray &method)
{
    if (method == "DELETE") {
        m_state.log.clear();
        return json({{QStringLiteral("cleared"), true}});
    }
    const QUrlQuery q(QString::fromUtf8(query));
    const qint64 since = q.queryItemValue(QStringLiteral("since")).toLongLong();
    bool ok = false;
    int limit = q.queryItemValue(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit <= 0)
        limit = 10000;
    QJsonArray entries;
    qint64 last = since;
    for (const LogEntry &e : m_state.log.since(since, limit)) {
        entries.append(RequestLog::toJson(e));
        last = e.seq;
    }
    return json({{QStringLiteral("entries"), entries}, {QStringLiteral("next"), last}});
}

HttpResponse ControlApi::latency(const QByteArray &method, const QJsonObject &body)
{
    if (method == "POST") {
        const int ms = body.value(QStringLiteral("ms")).toInt(-1);
        if (ms < 0 || ms > 600'000)
            return failure(400, QStringLiteral("ms must be from 0 to 600000"));
        m_state.config.latencyMs = ms;
    }
    return json({{QStringLiteral("ms"), m_state.config.latencyMs}});
}

HttpResponse ControlApi::auth(const QJsonObject &body)
{
    if (!body.value(QStringLiteral("authorized")).isBool())
        return failure(400, QStringLiteral("give {\"authorized\": true|false}"));
    m_state.config.authorized = body.value(QStringLiteral("authorized")).toBool();
    if (!m_state.config.authorized)
        m_state.tokens.revokeAll();
    return json({{QStringLiteral("authorized"), m_state.config.authorized}});
}

HttpResponse ControlApi::tokens(const QJsonObject &body)
{
    if (body.contains(QStringLiteral("ttl"))) {
        const qint64 ttl = body.value(QStringLiteral("ttl")).toInteger(0);
        if (ttl <= 0)
            return failure(400, QStringLiteral("ttl must be a positive number of seconds"));
        m_state.config.tokenTtlSecs = ttl;
        m_state.tokens.setAccessTtl(ttl);
    }
    if (body.value(QStringLiteral("expire")).toBool())
        m_state.tokens.expireAll(body.value(QStringLiteral("refresh")).toBool());
    return json({{QStringLiteral("ttl"), m_state.tokens.accessTtl()}});
}

HttpResponse ControlApi::config(const QByteArray &method, const QJsonObject &body)
{
    if (method == "POST" && body.contains(QStringLiteral("timestamp_window"))) {
        const qint64 window = body.value(QStringLiteral("timestamp_window")).toInteger(-1);
        if (window < 0)
            return failure(400, QStringLiteral("timestamp_window must be seconds, 0 for unchecked"));
        m_state.config.timestampWindowSecs = window;
    }
    const SimConfig &c = m_state.config;
    return json({{QStringLiteral("app_key"), c.appKey},
                 {QStringLiteral("shop_id"), c.shopId},
                 {QStringLiteral("shop_name"), c.shopName},
                 {QStringLiteral("claims"), m_state.book.size()},
                 {QStringLiteral("clock"), clockJson()},
                 {QStringLiteral("latency_ms"), c.latencyMs},
                 {QStringLiteral("token_ttl"), m_state.tokens.accessTtl()},
                 {QStringLiteral("timestamp_window"), c.timestampWindowSecs},
                 {QStringLiteral("authorized"), c.authorized},
                 {QStringLiteral("faults"), m_state.faults.list().size()}});
}

} // namespace aftersales::platformsim
