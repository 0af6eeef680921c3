#include "rejectreasonmap.h"

namespace aftersales::platform
{
namespace
{

// The words that identify each of our codes in the platform's wording.
const char *keyword(RejectCode code)
{
    switch (code) {
    case RejectCode::AgreedWithBuyer:
        return "协商一致";
    case RejectCode::OutOfStock:
        return "缺货";
    case RejectCode::Delivered:
        return "签收";
    case RejectCode::Other:
        return "其他";
    }
    return "其他";
}

} // namespace

RejectReasonMap::RejectReasonMap(const QList<RejectReason> &platformList) : m_known(true)
{
    for (const RejectReason &r : platformList) {
        const QString text = r.reason.trimmed();
        if (text == QStringLiteral("其他") && !m_other)
            m_other = r.code;
        for (RejectCode code : {RejectCode::AgreedWithBuyer, RejectCode::OutOfStock, RejectCode::Delivered}) {
            std::optional<int> &slot = m_codes[int(code) - 1];
            if (!slot && text.contains(QString::fromUtf8(keyword(code))))
                slot = r.code;
        }
    }
    m_codes[int(RejectCode::Other) - 1] = m_other;
}

std::optional<int> RejectReasonMap::codeFor(RejectCode code) const
{
    const int index = int(code) - 1;
    if (index < 0 || index >= 4)
        return m_other;
    return m_codes[index] ? m_codes[index] : m_other;
}

} // namespace aftersales::platform
