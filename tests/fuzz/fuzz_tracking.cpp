// Tracking numbers: normalized, detect and matches on any text. A detected carrier must
// accept the number, and no number may fit two carriers.
#include "fuzzsupport.h"

#include "domain/carriers.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace aftersales;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString number = carriers::normalized(text);
    if (carriers::normalized(number) != number)
        fuzz::fail("normalized is not idempotent");
    int fits = 0;
    QString fitting;
    for (const carriers::Carrier &c : carriers::all())
        if (carriers::matches(c.code, number)) {
            ++fits;
            fitting = c.code;
        }
    const std::optional<QString> detected = carriers::detect(number);
    if (fits > 1)
        fuzz::fail("a number fits two carriers");
    if (detected && (fits != 1 || *detected != fitting))
        fuzz::fail("detect disagrees with matches");
    if (!detected && fits == 1)
        fuzz::fail("detect missed the one carrier that fits");
    // The text itself as a carrier code: unknown codes are refused, not crashed on.
    carriers::matches(text, number);
    carriers::find(text);
    return 0;
}
