#include "rejectreasons.h"

namespace aftersales::platformsim::rejectreasons
{

QList<RejectReason> all()
{
    return {
        {1, QStringLiteral("已与买家协商一致"), RejectCode::AgreedWithBuyer},
        {2, QStringLiteral("买家提供的凭证不足"), RejectCode::Other},
        {3, QStringLiteral("物流显示已签收"), RejectCode::Delivered},
        {5, QStringLiteral("商品缺货"), RejectCode::OutOfStock},
        {7, QStringLiteral("退回商品影响二次销售"), RejectCode::Other},
        {8, QStringLiteral("退回商品与原商品不符"), RejectCode::Other},
        {12, QStringLiteral("买家未按约定退货"), RejectCode::Other},
        {99, QStringLiteral("其他"), RejectCode::Other},
    };
}

std::optional<RejectReason> find(int code)
{
    for (const RejectReason &r : all())
        if (r.code == code)
            return r;
    return std::nullopt;
}

} // namespace aftersales::platformsim::rejectreasons
