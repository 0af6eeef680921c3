#include "platformclient.h"

#include "credentials.h"
#include "domain/clock.h"
#include "httptry.h"
#include "keyring.h"
#include "paramjson.h"
#include "platformlog.h"
#include "signer.h"
#include "trypolicy.h"
#include "wireparse.h"
#include "wirerequests.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <algorithm>

namespace aftersales::platform
{

struct PlatformClient::Call {
    QString path;
    QString method;
    bool write = false;
    bool needsToken = true;
    QByteArray paramJson;
    Parse parse;
    std::function<void(const CallRecord &)> answer;
    CallRecord record;
    QElapsedTimer timer;
    bool tokenRepeatUsed = false;
    QString sentToken; // the access token of the last try, to tell whether it is still the current one
    QPointer<HttpTry> attempt;
};

namespace
{

// An access token travels in the URL: only over TLS, or to this machine (the simulator).
bool safeToSend(const QUrl &url)
{
    if (url.scheme() == QLatin1String("https"))
        return true;
    if (url.scheme() != QLatin1String("http"))
        return false;
    if (url.host() == QLatin1String("localhost"))
        return true;
    const QHostAddress address(url.host());
    return !address.isNull() && address.isLoopback();
}

} // namespace

PlatformClient::PlatformClient(PlatformConfig config, const Clock &clock, Keyring &keyring, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_clock(clock), m_keyring(keyring),
      m_tokens(keyring, clock, m_config.appKey, m_config.shopId), m_backoff(m_config.retry),
      m_network(new QNetworkAccessManager(this))
{
    qRegisterMetaType<CallRecord>();
    m_network->setAutoDeleteReplies(false);
    m_redactor.add(m_config.appSecret);
}

PlatformClient::~PlatformClient()
{
    // No answer after this point: the tries go before the network access manager does.
    const QList<HttpTry *> tries = findChildren<HttpTry *>(QString(), Qt::FindDirectChildrenOnly);
    qDeleteAll(tries);
}

void PlatformClient::setRandomSource(Backoff::Random random)
{
    m_backoff = Backoff(m_config.retry, std::move(random));
}

template <typename T>
void PlatformClient::submit(const QString &path, bool write, const Parsed<QJsonObject> &params,
                            std::function<Parsed<T>(const QJsonObject &)> parse, Done<T> done)
{
    Q_ASSERT_X(QThread::currentThread() == thread(), "PlatformClient", "called from another thread");
    auto call = std::make_shared<Call>();
    call->path = path;
    call->method = signer::methodName(path);
    call->write = write;
    call->needsToken = signer::needsAccessToken(path);
    call->record.method = call->method;
    call->timer.start();
    auto value = std::make_shared<std::optional<T>>();
    call->parse = [parse = std::move(parse), value](const QJsonObject &data) {
        Parsed<T> parsed = parse(data);
        if (!parsed.ok())
            return parsed.error;
        *value = std::move(parsed.value);
        return QString();
    };
    call->answer = [value, done = std::move(done)](const CallRecord &record) {
        if (done)
            done(PlatformReply<T>{record, record.ok() ? *value : std::nullopt});
    };

    QString refusal;
    if (!params.ok()) {
        refusal = params.error;
    } else if (const auto json = paramjson::serialize(*params.value)) {
        call->paramJson = *json;
    } else {
        refusal = tr("the parameters have no JSON form");
    }
    if (refusal.isEmpty() && !safeToSend(m_config.baseUrl))
        refusal = tr("the platform's address must start with https:// (the access token travels in it)");
    // Answers never come before the call returns, so every path starts from the event loop.
    QTimer::singleShot(0, this, [this, call, refusal] {
        if (!refusal.isEmpty())
            return finish(call, CallKind::InvalidRequest, tr("%1: not sent: %2").arg(call->method, refusal));
        start(call);
    });
}

void PlatformClient::createToken(Done<TokenAnswer> done)
{
    submit<TokenAnswer>(
        QStringLiteral("token/create"), false, wirerequests::tokenCreate(m_config.shopId),
        [this](const QJsonObject &data) {
            Parsed<TokenAnswer> t = wireparse::token(data);
            if (t.ok() && t->shopId != m_config.shopId)
                return Parsed<TokenAnswer>::refused(
                    tr("data.shop_id is %1, but the token was asked for shop %2")
                        .arg(t->shopId, m_config.shopId));
            if (t.ok())
                adoptToken(*t);
            return t;
        },
        std::move(done));
}

void PlatformClient::refreshToken(Done<TokenAnswer> done)
{
    submit<TokenAnswer>(
        QStringLiteral("token/refresh"), false, wirerequests::tokenRefresh(m_tokens.refreshToken()),
        [this](const QJsonObject &data) {
            Parsed<TokenAnswer> t = wireparse::token(data);
            if (t.ok() && t->shopId != m_config.shopId)
                return Parsed<TokenAnswer>::refused(
                    tr("data.shop_id is %1, but the token is for shop %2").arg(t->shopId, m_config.shopId));
            if (t.ok())
                adoptToken(*t);
            return t;
        },
        std::move(done));
}

void PlatformClient::list(const ListQuery &query, Done<ListPage> done)
{
    submit<ListPage>(
        QStringLiteral("afterSale/List"), false, wirerequests::list(query),
        [query](const QJsonObject &data) { return wireparse::listPage(data, query); }, std::move(done));
}

void PlatformClient::detail(qint64 aftersaleId, Done<ClaimDetail> done)
{
    submit<ClaimDetail>(
        QStringLiteral("afterSale/Detail"), false, wirerequests::detail(aftersaleId),
        [aftersaleId](const QJsonObject &data) { return wireparse::detail(data, aftersaleId); },
        std::move(done));
}

void PlatformClient::operate(const OperateRequest &request, Done<QList<OperateResult>> done)
{
    submit<QList<OperateResult>>(
        QStringLiteral("afterSale/operate"), true, wirerequests::operate(request),
        [request](const QJsonObject &data) { return wireparse::operateAnswer(data, request); },
        std::move(done));
}

void PlatformClient::fillLogistics(qint64 aftersaleId, const QString &companyCode, const QString &trackingNo,
                                   Done<NoData> done)
{
    submit<NoData>(
        QStringLiteral("afterSale/fillLogistics"), true,
        wirerequests::fillLogistics(aftersaleId, companyCode, trackingNo),
        [](const QJsonObject &) { return Parsed<NoData>(NoData{}); }, std::move(done));
}

void PlatformClient::rejectReasons(Done<QList<RejectReason>> done)
{
    submit<QList<RejectReason>>(
        QStringLiteral("afterSale/rejectReasonCodeList"), false,
        Parsed<QJsonObject>(wirerequests::rejectReasons()),
        [](const QJsonObject &data) { return wireparse::rejectReasons(data); }, std::move(done));
}

void PlatformClient::start(const CallPtr &call)
{
    withCredentials([this, call](const QString &failure) {
        if (!failure.isEmpty())
            return finish(call, CallKind::Unauthorised, tr("%1: not sent: %2").arg(call->method, failure));
        if (call->needsToken)
            return withToken(call);
        enqueue(call);
    });
}

void PlatformClient::withCredentials(std::function<void(const QString &failure)> next)
{
    if (m_credentialsReady)
        return next(m_secretFailure);
    m_credentialWaiters.push_back(std::move(next));
    if (m_credentialsLoading)
        return;
    m_credentialsLoading = true;
    QPointer<PlatformClient> self(this);
    auto withSecret = [self](const SecretAnswer &answer) {
        if (!self)
            return;
        self->m_secret = answer.secret;
        self->m_secretFailure = answer.ok() ? QString() : answer.detail;
        self->m_redactor.add(answer.secret);
        self->m_tokens.load([self] {
            if (!self)
                return;
            self->m_redactor.add(self->m_tokens.accessToken());
            self->m_redactor.add(self->m_tokens.refreshToken());
            self->m_credentialsReady = true;
            self->m_credentialsLoading = false;
            const auto waiting = std::exchange(self->m_credentialWaiters, {});
            for (const auto &w : waiting)
                w(self->m_secretFailure);
        });
    };
    if (!m_config.appSecret.isEmpty())
        withSecret(SecretAnswer{m_config.appSecret, {}});
    else
        credentials::fetchSecret(m_keyring, m_config.appKey, withSecret);
}

void PlatformClient::withToken(const CallPtr &call)
{
    if (!m_tokens.needsRenewal())
        return enqueue(call);
    renewToken([this, call](const CallRecord *failure) {
        // A renewal that failed while the old token is still good leaves the call to it.
        if (m_tokens.hasAccessToken())
            return enqueue(call);
        finish(call, failure ? failure->kind : CallKind::Unauthorised,
               tr("%1: no access token: %2")
                   .arg(call->method, failure ? failure->message : tr("none was given")));
    });
}

void PlatformClient::renewToken(std::function<void(const CallRecord *failure)> next)
{
    m_renewWaiters.push_back(std::move(next));
    if (m_renewing)
        return;
    m_renewing = true;
    renewWith(m_tokens.canRefresh());
}

void PlatformClient::renewWith(bool refresh)
{
    if (!refresh) {
        return createToken([this](const PlatformReply<TokenAnswer> &reply) {
            if (reply.record.kind == CallKind::AuthorizationGone)
                m_tokens.forget();
            renewed(reply.ok() ? nullptr : &reply.record);
        });
    }
    refreshToken([this](const PlatformReply<TokenAnswer> &reply) {
        switch (reply.record.kind) {
        case CallKind::Success:
            return renewed(nullptr);
        case CallKind::Unauthorised:
        case CallKind::TokenExpired:
        case CallKind::Unexpected:
        case CallKind::BadAnswer:
        case CallKind::InvalidRequest:
            // The refresh token is not taken (any more): ask for a new pair instead.
            m_tokens.dropRefreshToken();
            return renewWith(false);
        case CallKind::AuthorizationGone:
            m_tokens.forget();
            break;
        default:
            break;
        }
        renewed(&reply.record);
    });
}

void PlatformClient::renewed(const CallRecord *failure)
{
    m_renewing = false;
    const auto waiting = std::exchange(m_renewWaiters, {});
    for (const auto &w : waiting)
        w(failure);
}

void PlatformClient::adoptToken(const TokenAnswer &answer)
{
    m_redactor.add(answer.accessToken);
    m_redactor.add(answer.refreshToken);
    m_tokens.adopt(answer);
}

void PlatformClient::enqueue(const CallPtr &call)
{
    m_ready.push_back(call);
    pump();
}

void PlatformClient::setMaxConcurrent(int requests)
{
    m_config.maxConcurrent = requests;
    pump();
}

void PlatformClient::pump()
{
    const int limit = std::clamp(m_config.maxConcurrent, 1, mostRequestsInFlight);
    while (m_active < limit && !m_ready.empty()) {
        CallPtr call = m_ready.front();
        m_ready.pop_front();
        send(call);
    }
}

void PlatformClient::send(const CallPtr &call)
{
    ++m_active;
    ++call->record.tries;
    call->sentToken = call->needsToken ? m_tokens.accessToken() : QString();
    const SignedRequest request =
        signer::build(m_config.baseUrl, call->path, m_config.appKey, m_secret,
                      m_clock.now().toSecsSinceEpoch(), call->paramJson, call->sentToken);
    qCDebug(lcPlatform).noquote() << call->method << "try" << call->record.tries;
    call->attempt = new HttpTry(
        *m_network, request, call->write, m_config.retry.timeoutMs, m_config.maxAnswerBytes,
        [this, call](const TryOutcome &outcome) { onTried(call, outcome); }, this);
}

void PlatformClient::onTried(const CallPtr &call, const TryOutcome &outcome)
{
    const QPointer<PlatformClient> self(this); // a callback may let go of the client
    --m_active;
    if (call->attempt)
        call->attempt->deleteLater();
    const TryVerdict verdict = trypolicy::judge(call->method, outcome, call->write);
    CallRecord &r = call->record;
    r.httpStatus = outcome.httpStatus;
    if (verdict.envelope) {
        r.code = verdict.envelope->code;
        r.subCode = envelope::displayText(verdict.envelope->subCode);
        r.subMsg = envelope::displayText(verdict.envelope->subMsg);
        r.logId = envelope::displayText(verdict.envelope->logId);
    } else {
        r.code = 0;
        r.subCode.clear();
        r.subMsg.clear();
        r.logId.clear();
    }
    qCDebug(lcPlatform).noquote() << call->method << "try" << r.tries << "ended:" << callKindId(verdict.kind)
                                  << "http" << r.httpStatus << "code" << r.code << "log_id" << r.logId;

    if (verdict.kind == CallKind::Success) {
        const QString refused = call->parse(verdict.envelope->data);
        if (refused.isEmpty())
            finish(call, CallKind::Success, {});
        else if (call->write)
            finish(call, CallKind::Unknown,
                   tr("%1: the answer was unreadable (%2); the platform may have taken the action, read the "
                      "claim "
                      "back before sending it again")
                       .arg(call->method, refused));
        else
            finish(call, CallKind::BadAnswer,
                   tr("%1: the answer was refused: %2").arg(call->method, refused));
    } else if (verdict.kind == CallKind::TokenExpired && call->needsToken && !call->tokenRepeatUsed) {
        call->tokenRepeatUsed = true;
        r.tokenRenewed = true;
        qCInfo(lcPlatform).noquote() << call->method
                                     << ": the access token expired; renewing it, then once more";
        // Another call may have renewed it meanwhile.
        if (call->sentToken == m_tokens.accessToken())
            m_tokens.dropAccessToken();
        withToken(call);
    } else if (verdict.retry && m_backoff.mayTryAgain(r.tries)) {
        const int wait = m_backoff.delayMs(r.tries);
        r.waitsMs << wait;
        qCInfo(lcPlatform).noquote() << m_redactor.apply(verdict.message)
                                     << QStringLiteral("(try %1 of %2; again in %3 ms)")
                                            .arg(r.tries)
                                            .arg(m_config.retry.maxTries)
                                            .arg(wait);
        QTimer::singleShot(wait, this, [this, call] { enqueue(call); });
    } else {
        // The authorisation is gone: no token of before works again.
        if (verdict.kind == CallKind::AuthorizationGone && call->needsToken)
            m_tokens.forget();
        QString message = verdict.message;
        if (verdict.retry)
            message = tr("%1 (after %n tries)", nullptr, r.tries).arg(message);
        finish(call, verdict.kind, message);
    }
    if (self)
        pump();
}

void PlatformClient::finish(const CallPtr &call, CallKind kind, const QString &message)
{
    CallRecord &r = call->record;
    r.kind = kind;
    r.message = m_redactor.apply(message);
    r.subMsg = m_redactor.apply(r.subMsg);
    r.subCode = m_redactor.apply(r.subCode);
    r.logId = m_redactor.apply(r.logId);
    r.durationMs = call->timer.elapsed();
    const QString cost = QStringLiteral("(tries: %1, %2 ms)").arg(r.tries).arg(r.durationMs);
    if (kind == CallKind::Success)
        qCInfo(lcPlatform).noquote() << r.method << "succeeded" << cost << "log_id" << r.logId;
    else
        qCWarning(lcPlatform).noquote() << callKindId(kind) << cost << r.message;
    Q_EMIT callFinished(r);
    call->answer(r);
}

} // namespace aftersales::platform
