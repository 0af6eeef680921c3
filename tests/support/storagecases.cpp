#include "storagecases.h"

#include "tempdatabase.h"

namespace aftersales::testing
{

Order sampleOrder(const QString &id)
{
    Order o;
    o.orderId = id;
    o.category = QStringLiteral("smart_home");
    o.amountCents = 25900;
    o.carrier = QStringLiteral("shunfeng");
    o.trackingNo = QStringLiteral("SF1000000000001");
    o.shippedAt = TempDatabase::defaultStart().addSecs(-72 * 3600);
    o.buyer = QStringLiteral("小王");
    o.product = QStringLiteral("智能门锁");
    return o;
}

} // namespace aftersales::testing
