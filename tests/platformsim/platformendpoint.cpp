#include "platformendpoint.h"

#include "gate.h"
#include "hostile.h"
#include "httpconnection.h"
#include "simstate.h"

#include <QJsonDocument>
#include <QPointer>
#include <QTimer>

#include <cstdio>

namespace aftersales::platformsim
{
namespace
{

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

HttpResponse jsonResponse(const QByteArray &body)
{
    HttpResponse r;
    r.body = body;
    return r;
}

} // namespace

PlatformEndpoint::PlatformEndpoint(SimState &state, QObject *parent)
    : QObject(parent), m_state(state), m_api(state.config, state.book, state.machine, state.tokens)
{
}

QString PlatformEndpoint::nextLogId(qint64 now)
{
    // Like the platform's: the time, then a number unique within this run.
    return QDateTime::fromSecsSinceEpoch(now, Qt::UTC).toString(QStringLiteral("yyyyMMddhhmmss")) +
           QStringLiteral("%1").arg(++m_requests, 12, 16, QLatin1Char('0')).toUpper();
}

void PlatformEndpoint::answer(HttpConnection *connection, const HttpResponse &response, int delayMs)
{
    if (delayMs <= 0) {
        connection->respond(response);
        return;
    }
    // A timer per answer: every connection keeps being served while one waits. Those waiting
    // are the calls in flight at once, as the client sees them.
    m_state.log.answerHeld();
    QTimer::singleShot(delayMs, this, [this, connection = QPointer<HttpConnection>(connection), response] {
        m_state.log.answerReleased();
        if (connection)
            connection->respond(response);
    });
}

void PlatformEndpoint::record(LogEntry entry)
{
    if (m_state.config.echo) {
        // The log_id, the method and the code: never a parameter, token or secret.
        const QByteArray line =
            (entry.logId + QLatin1Char(' ') + entry.method + QLatin1Char(' ') +
             QString::number(entry.code ? entry.code : entry.httpStatus) +
             (entry.fault.isEmpty() ? QString() : QStringLiteral(" fault=") + entry.fault) +
             QLatin1Char('\n'))
                .toUtf8();
        std::fputs(line.constData(), stderr);
        std::fflush(stderr);
    }
    m_state.log.append(std::move(entry));
}

void PlatformEndpoint::handle(HttpConnection *connection, const HttpRequest &request)
{
    m_state.catchUp();
    const qint64 now = m_state.now();
    const CallParams call = CallParams::fromRequest(request);
    LogEntry entry;
    entry.at = now;
    entry.logId = nextLogId(now);
    entry.method = call.method;
    const int latency = m_state.config.latencyMs;

    if (request.method != "POST") {
        HttpResponse r;
        r.status = 405;
        r.contentType = "text/plain; charset=utf-8";
        r.body = "POST only\n";
        entry.httpStatus = 405;
        record(entry);
        answer(connection, r, latency);
        return;
    }

    const std::optional<Fault> fault =
        m_state.faults.take(call.method, call.needsToken() && !call.accessToken.isEmpty());
    const FaultKind kind = fault ? fault->kind : FaultKind::Code;
    if (fault)
        entry.fault = fault->kindName();

    // Faults that happen before the platform looks at the request.
    if (fault && kind == FaultKind::Reset) {
        entry.httpStatus = 0;
        record(entry);
        connection->reset();
        return;
    }
    if (fault && kind == FaultKind::HttpStatus) {
        HttpResponse r;
        r.status = fault->httpStatus;
        r.contentType = "text/html; charset=utf-8";
        r.body = "<html><body><h1>" + QByteArray::number(r.status) + ' ' +
                 HttpResponse::reasonPhrase(r.status) + "</h1></body></html>\n";
        entry.httpStatus = r.status;
        record(entry);
        answer(connection, r, latency);
        return;
    }
    if (fault && kind == FaultKind::Code) {
        PlatformError e = errors::forCode(fault->code);
        if (!fault->subCode.isEmpty())
            e.subCode = fault->subCode;
        if (!fault->subMsg.isEmpty())
            e.subMsg = fault->subMsg;
        entry.code = e.code;
        entry.subCode = e.subCode;
        record(entry);
        answer(connection, jsonResponse(compact(envelope::error(entry.logId, e))), latency);
        return;
    }

    std::optional<PlatformError> refused = gate::checkRequest(request, call, m_state.config, now);
    if (!refused && fault && kind == FaultKind::ExpireToken)
        m_state.tokens.expire(call.accessToken);
    if (!refused)
        refused = gate::checkToken(call, m_state.tokens, now);
    MethodAnswer result;
    if (refused)
        result.envelope = envelope::error(entry.logId, *refused);
    else
        result = m_api.call(call.method, request.body, entry.logId, now,
                            fault && kind == FaultKind::OversizedPage ? 100 : 0);
    entry.ids = result.ids;
    entry.operateType = result.operateType;
    entry.appliedIds = result.appliedIds;
    entry.applied = !result.appliedIds.isEmpty();
    entry.code = result.envelope.value(QStringLiteral("code")).toInt();
    entry.subCode = result.envelope.value(QStringLiteral("sub_code")).toString();
    QByteArray body = compact(result.envelope);

    // Faults that happen after the platform did what was asked.
    int delay = latency;
    switch (fault ? kind : FaultKind::Code) {
    case FaultKind::DropAnswer:
        entry.httpStatus = 0;
        record(entry);
        connection->closeWithoutAnswer();
        return;
    case FaultKind::Stall:
        delay += fault->seconds * 1000;
        break;
    case FaultKind::MalformedJson:
        body = hostile::malformedJson(body);
        break;
    case FaultKind::WrongTypes:
        body = compact(hostile::wrongTypes(result.envelope));
        break;
    case FaultKind::BigId:
        body = hostile::bigIds(body);
        break;
    case FaultKind::HugeBody:
        body = hostile::hugeBody(entry.logId, fault->bytes);
        break;
    case FaultKind::Truncated: {
        const HttpResponse r = jsonResponse(body);
        const QByteArray bytes = r.head(body.size(), false) + body.left(body.size() / 2);
        record(entry);
        QTimer::singleShot(delay, connection, [connection, bytes] { connection->sendRawAndClose(bytes); });
        return;
    }
    default:
        break;
    }
    record(entry);
    answer(connection, jsonResponse(body), delay);
}

} // namespace aftersales::platformsim
