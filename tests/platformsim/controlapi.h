#pragma once

#include "httpmessage.h"

#include <QJsonObject>

namespace aftersales::platformsim
{

struct SimState;

// The simulator's own API under /_sim/ (not the platform's; no signing): claims, the
// buyer's and the platform's moves, the clock, faults, latency, tokens, the request log
// and counters. docs/platform-simulator.md describes every route.
class ControlApi
{
public:
    explicit ControlApi(SimState &state) : m_state(state) {}

    static bool handles(const HttpRequest &request);
    HttpResponse handle(const HttpRequest &request);

private:
    HttpResponse claims(const QJsonObject &body);
    HttpResponse claim(quint64 id);
    HttpResponse claimAction(quint64 id, const QJsonObject &body);
    HttpResponse clock(const QByteArray &method, const QJsonObject &body);
    HttpResponse faults(const QByteArray &method, const QJsonObject &body);
    HttpResponse log(const QByteArray &query, const QByteArray &method);
    HttpResponse latency(const QByteArray &method, const QJsonObject &body);
    HttpResponse auth(const QJsonObject &body);
    HttpResponse tokens(const QJsonObject &body);
    HttpResponse config(const QByteArray &method, const QJsonObject &body);
    QJsonObject claimJson(quint64 id) const;
    QJsonObject clockJson() const;

    SimState &m_state;
};

} // namespace aftersales::platformsim
