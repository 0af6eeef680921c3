// The policy file: Policy::overridden on any bytes. Accepted values stay in their ranges.
#include "fuzzsupport.h"

#include "domain/policy.h"

namespace
{
const aftersales::Policy *base = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initApplication();
    base = new aftersales::Policy(aftersales::Policy::defaults());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace aftersales;
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<Policy> p = Policy::overridden(*base, json);
    if (!p.ok()) {
        if (p.outcome.message.isEmpty())
            fuzz::fail("a refusal without a message");
        return 0;
    }
    for (qint64 secs : {p->reviewSecs, p->shipSecs, p->buyerWindowSecs, p->reshipAfterReceiptSecs,
                        p->buyerReturnSecs, p->secondReviewSecs, p->dueSoonSecs})
        if (secs <= 0 || secs > 3650LL * 24 * 3600)
            fuzz::fail("a duration out of range was accepted");
    if (p->compensationCents < 0)
        fuzz::fail("a negative compensation was accepted");
    return 0;
}
