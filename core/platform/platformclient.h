#pragma once

#include "backoff.h"
#include "callrecord.h"
#include "parsed.h"
#include "platformconfig.h"
#include "redactor.h"
#include "tokenkeeper.h"
#include "wirevalues.h"

#include <QJsonObject>
#include <QObject>

#include <deque>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace aftersales
{
class Clock;
}

namespace aftersales::platform
{

class HttpTry;
class Keyring;
struct TryOutcome;

// The signed client of the open platform's after-sale API (PLATFORM.md). Asynchronous: each
// call answers once, later, on the client's thread, through its callback (and the
// callFinished signal); never before the call returns, never after the client is gone. A
// write in flight when the client is destroyed is unanswered: its outcome is unknown.
// A callback that is done with the client lets it go with deleteLater(), not delete.
//
// It lives on a worker thread with its own event loop (make it there, or move it there
// before the first call): nothing in it may run on the UI thread. It owns its network
// access manager. Inside a call it signs, limits the requests in flight, renews the token
// (ahead of expiry, and once when the platform says it expired, repeating the request),
// and tries reads again with back-off. A write is never sent again once it may have reached
// the platform: it ends as CallKind::Unknown, and the caller reads the claim back with
// detail() before deciding to send it again.
class PlatformClient final : public QObject
{
    Q_OBJECT

public:
    template <typename T> using Done = std::function<void(const PlatformReply<T> &)>;

    PlatformClient(PlatformConfig config, const Clock &clock, Keyring &keyring, QObject *parent = nullptr);
    ~PlatformClient() override;

    // token/create: checks the connection (app key, secret, shop) and keeps the token.
    void createToken(Done<TokenAnswer> done);
    // token/refresh with the refresh token held; InvalidRequest when there is none.
    void refreshToken(Done<TokenAnswer> done);
    // afterSale/List: one page, at most 100 claims changed in [updateStart, updateEnd].
    void list(const ListQuery &query, Done<ListPage> done);
    // afterSale/Detail: where one claim stands on the platform.
    void detail(qint64 aftersaleId, Done<ClaimDetail> done);
    // afterSale/operate (a write): one answer per claim sent, accepted or refused.
    void operate(const OperateRequest &request, Done<QList<OperateResult>> done);
    // afterSale/fillLogistics (a write): the reshipment's tracking number.
    void fillLogistics(qint64 aftersaleId, const QString &companyCode, const QString &trackingNo,
                       Done<NoData> done);
    // afterSale/rejectReasonCodeList.
    void rejectReasons(Done<QList<RejectReason>> done);

    // The jitter's uniform draw in [0, 1) (tests make it fixed).
    void setRandomSource(Backoff::Random random);
    const PlatformConfig &config() const { return m_config; }
    // Requests in flight at most from now on (those on the wire finish as they are).
    void setMaxConcurrent(int requests);
    const TokenKeeper &tokens() const { return m_tokens; }
    // Requests on the wire now.
    int inFlight() const { return m_active; }

Q_SIGNALS:
    // Every call's record, when it ends (for a status line or a log).
    void callFinished(const aftersales::platform::CallRecord &record);

private:
    struct Call;
    using CallPtr = std::shared_ptr<Call>;
    using Parse = std::function<QString(const QJsonObject &data)>; // an error, or empty when taken

    template <typename T>
    void submit(const QString &path, bool write, const Parsed<QJsonObject> &params,
                std::function<Parsed<T>(const QJsonObject &)> parse, Done<T> done);
    void start(const CallPtr &call);
    void withCredentials(std::function<void(const QString &failure)> next);
    void withToken(const CallPtr &call);
    void renewToken(std::function<void(const CallRecord *failure)> next);
    void renewWith(bool refresh);
    void renewed(const CallRecord *failure);
    void enqueue(const CallPtr &call);
    void pump();
    void send(const CallPtr &call);
    void onTried(const CallPtr &call, const TryOutcome &outcome);
    void finish(const CallPtr &call, CallKind kind, const QString &message);
    void adoptToken(const TokenAnswer &answer);

    PlatformConfig m_config;
    const Clock &m_clock;
    Keyring &m_keyring;
    TokenKeeper m_tokens;
    Backoff m_backoff;
    Redactor m_redactor;
    QNetworkAccessManager *m_network;

    QString m_secret;
    QString m_secretFailure;
    bool m_credentialsReady = false;
    bool m_credentialsLoading = false;
    std::vector<std::function<void(const QString &)>> m_credentialWaiters;

    bool m_renewing = false;
    std::vector<std::function<void(const CallRecord *)>> m_renewWaiters;

    std::deque<CallPtr> m_ready;
    int m_active = 0;
    quint64 m_nextCallId = 1;
};

} // namespace aftersales::platform
