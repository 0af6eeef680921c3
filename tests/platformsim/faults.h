#pragma once

#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QString>

#include <optional>

namespace aftersales::platformsim
{

enum class FaultKind {
    DropAnswer,    // apply, then close without an answer (the lost answer)
    Reset,         // close with RST before processing
    Stall,         // apply, then hold the answer `seconds`
    HttpStatus,    // answer HTTP `status` (500/502/503) without processing
    Code,          // answer an envelope with `code`/`sub_code`/`sub_msg` without processing
    ExpireToken,   // the call's access token expires: 40003 isv.access-token-expired
    MalformedJson, // apply, then answer JSON cut in the middle
    WrongTypes,    // apply, then answer with numbers and strings swapped in data
    BigId,         // apply, then answer aftersale ids as JSON numbers past 2^53
    OversizedPage, // afterSale/List answers more items than `size`
    HugeBody,      // apply, then answer a valid envelope of `bytes` (tens of MiB)
    Truncated,     // apply, then send half the body under the full Content-Length and close
};

struct Fault {
    int id = 0;
    FaultKind kind = FaultKind::Code;
    QString method;         // "afterSale.operate"; empty for any method
    int remaining = 1;      // -1: no limit (with a probability)
    double probability = 1; // each matching call hits with this probability
    int seconds = 30;       // stall
    int httpStatus = 503;
    int code = 60000;
    QString subCode;
    QString subMsg;
    qint64 bytes = 32 * 1024 * 1024; // huge_body

    QString kindName() const;
    QJsonObject toJson() const;
    // From the control API's JSON; an error message when it cannot be.
    static std::optional<Fault> fromJson(const QJsonObject &json, QString *error);
};

// The faults waiting for matching calls, first added first. A fault hits a call when
// its method matches and the fault can happen to that call (an oversized page only to a
// List, an expired token only to a call that carries one), then counts down.
class FaultPlan
{
public:
    int add(Fault fault);
    void clear();
    QList<Fault> list() const { return m_faults; }
    void setSeed(quint32 seed) { m_random.seed(seed); }

    std::optional<Fault> take(const QString &method, bool carriesToken);

private:
    static bool canHappen(FaultKind kind, const QString &method, bool carriesToken);

    QList<Fault> m_faults;
    int m_nextId = 1;
    QRandomGenerator m_random{1};
};

} // namespace aftersales::platformsim
