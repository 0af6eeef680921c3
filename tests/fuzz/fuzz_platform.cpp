// The platform client's answer parsers (the envelope, then every method's data) and the
// try policy on whatever bytes: each must accept or refuse with a message, never crash, and
// what it accepts must keep the contract's bounds. The canonical param_json of what was read
// must be stable when read and written again.
#include "fuzzsupport.h"

#include "platform/envelope.h"
#include "platform/paramjson.h"
#include "platform/trypolicy.h"
#include "platform/wireparse.h"

#include <QJsonDocument>

using namespace aftersales::platform;

namespace
{

template <typename T> void requireMessage(const Parsed<T> &p)
{
    if (!p.ok() && p.error.isEmpty())
        fuzz::fail("a refusal without a message");
}

void checkClaim(const PlatformClaim &c)
{
    if (c.aftersaleId <= 0 || c.updateTime < wireparse::earliestTime || c.updateTime > wireparse::latestTime)
        fuzz::fail("a claim out of the contract's bounds was accepted");
    if (c.statusDeadline != 0 && c.statusDeadline < wireparse::earliestTime)
        fuzz::fail("a deadline out of range was accepted");
}

void parseData(const QJsonObject &data)
{
    const ListQuery asked{0, wireparse::latestTime, 0, 3};
    const auto page = wireparse::listPage(data, asked);
    requireMessage(page);
    if (page.ok()) {
        if (page->items.size() > asked.size)
            fuzz::fail("a page with more items than asked was accepted");
        for (const PlatformClaim &c : page->items)
            checkClaim(c);
    }
    const auto detail = wireparse::detail(data, 7300000000000001);
    requireMessage(detail);
    if (detail.ok() && detail->afterSaleId != 7300000000000001)
        fuzz::fail("the detail of another claim was accepted");
    const OperateRequest sent{501, {OperateItem{7300000000000001, 1796000000, {}, {}, {}}}};
    const auto operate = wireparse::operateAnswer(data, sent);
    requireMessage(operate);
    if (operate.ok() && (operate->size() != 1 || operate->first().aftersaleId != 7300000000000001))
        fuzz::fail("an operate answer for other claims was accepted");
    requireMessage(wireparse::rejectReasons(data));
    const auto token = wireparse::token(data);
    requireMessage(token);
    if (token.ok() && (token->accessToken.isEmpty() || token->expiresIn <= 0))
        fuzz::fail("an empty token was accepted");
    requireMessage(wireparse::claim(data, QStringLiteral("item")));
}

void checkCanonical(const QJsonObject &object)
{
    const auto once = paramjson::serialize(object);
    if (!once)
        return;
    const auto twice = paramjson::serialize(QJsonDocument::fromJson(*once).object());
    if (!twice || *twice != *once)
        fuzz::fail("param_json is not stable when read and written again");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto e = envelope::parse(body);
    requireMessage(e);
    if (e.ok()) {
        parseData(e->data);
        checkCanonical(e->data);
        if (!envelope::describe(QStringLiteral("m"), envelope::classify(*e), *e)
                 .startsWith(QLatin1String("m: ")) &&
            envelope::classify(*e) != CallKind::Success)
            fuzz::fail("a failure's message does not name the method");
    }
    TryOutcome outcome;
    outcome.transport = TryOutcome::Transport::Answered;
    outcome.httpStatus = size > 0 && data[0] == '5' ? 503 : 200;
    outcome.body = body;
    const TryVerdict read = trypolicy::judge(QStringLiteral("afterSale.List"), outcome, false);
    const TryVerdict write = trypolicy::judge(QStringLiteral("afterSale.operate"), outcome, true);
    if (read.kind == CallKind::Unknown)
        fuzz::fail("a read ended as Unknown");
    if (write.retry && write.kind != CallKind::TrafficLimited)
        fuzz::fail("a write that may have been applied would be sent again");
    if ((read.kind != CallKind::Success && read.message.isEmpty()) ||
        (write.kind != CallKind::Success && write.message.isEmpty()))
        fuzz::fail("a failed try without a message");
    return 0;
}
