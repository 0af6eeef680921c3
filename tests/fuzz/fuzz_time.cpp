// Times: parseIso on any text. What it accepts is an instant that survives the round trip
// through the JSON form (toIsoUtc) unchanged.
#include "fuzzsupport.h"

#include "domain/timeformat.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace aftersales;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const std::optional<QDateTime> t = timeformat::parseIso(text);
    if (!t)
        return 0;
    if (!t->isValid() || t->timeSpec() != Qt::UTC)
        fuzz::fail("parseIso returned an invalid or non-UTC time");
    const int year = t->date().year();
    if (year >= 1 && year <= 9999) {
        const std::optional<QDateTime> again = timeformat::parseIso(timeformat::toIsoUtc(*t));
        if (!again || *again != *t)
            fuzz::fail("the ISO round trip changed the instant");
    }
    return 0;
}
