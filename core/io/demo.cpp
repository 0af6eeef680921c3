#include "io/demo.h"

#include "domain/names.h"
#include "domain/rules.h"
#include "workbench.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <array>

namespace aftersales::demo
{
namespace
{

struct Product {
    const char *category;
    const char *title;
    int minYuan;
    int maxYuan;
};

// Titles as merchants list them; the smart-home ones are open to reshipment by default.
constexpr std::array products{
    Product{"smart_home", "小米智能门锁 Pro 指纹密码锁 家用防盗门", 899, 1999},
    Product{"smart_home", "石头扫地机器人 P10 自动集尘扫拖一体", 1999, 3999},
    Product{"smart_home", "涂鸦智能插座 WiFi 远程定时 10A", 29, 59},
    Product{"smart_home", "米家智能摄像头 2K 云台版 家用监控", 159, 299},
    Product{"smart_home", "欧普 LED 智能吸顶灯 客厅卧室 语音控制", 299, 899},
    Product{"smart_home", "小度智能音箱 Play 蓝牙 闹钟", 89, 199},
    Product{"smart_home", "绿米 Aqara 人体传感器 智能联动", 69, 129},
    Product{"smart_home", "智能窗帘电机 静音 轨道套装 米家APP", 399, 899},
    Product{"smart_home", "云米 智能空气净化器 除甲醛 家用", 699, 1599},
    Product{"smart_home", "智能门铃 可视 无线 家用 夜视", 199, 399},
    Product{"apparel", "纯棉短袖T恤 男女同款 宽松 夏季", 39, 129},
    Product{"apparel", "加厚羽绒服 女 中长款 连帽 冬季", 399, 1299},
    Product{"beauty", "玻尿酸补水面膜 20片装 保湿", 59, 149},
    Product{"beauty", "口红礼盒 哑光 丝绒 显白 套装", 129, 399},
    Product{"food", "新疆阿克苏冰糖心苹果 5斤装 当季", 29, 69},
    Product{"food", "三只松鼠坚果礼盒 每日坚果 30包", 79, 159},
    Product{"digital", "蓝牙耳机 真无线 降噪 超长续航", 99, 499},
    Product{"digital", "65W 氮化镓充电器 多口快充", 69, 169},
    Product{"home", "四件套 纯棉 床单被套 1.8m 床", 199, 599},
    Product{"home", "不锈钢保温杯 大容量 316 便携", 49, 129},
};

constexpr std::array nickPrefixes{"快乐的", "爱吃",   "阳光", "安静的", "努力的",
                                  "小小",   "追风的", "温柔", "佛系",   "元气"};
constexpr std::array nickStems{"小鱼", "猫咪", "橙子", "土豆", "星星", "柠檬", "大熊", "兔子",
                               "奶茶", "月亮", "麦兜", "小鹿", "西瓜", "饺子", "芒果"};
constexpr std::array notes{"",
                           "快递一直没动静，麻烦尽快补发",
                           "少发了一个配件",
                           "收到的颜色不对",
                           "包装破损，东西摔坏了",
                           "物流显示签收但我没收到",
                           "请尽快处理，谢谢",
                           ""};

struct Mix {
    ClaimType type;
    int weight;
};
constexpr std::array typeMix{Mix{ClaimType::Reship, 35}, Mix{ClaimType::Exchange, 25},
                             Mix{ClaimType::ReturnRefund, 15}, Mix{ClaimType::RefundShipped, 15},
                             Mix{ClaimType::RefundUnshipped, 10}};

// Replacement carriers and a number of the right shape for the n-th shipment.
QString trackingFor(const QString &carrier, qint64 n)
{
    if (carrier == QLatin1String("shunfeng"))
        return QStringLiteral("SF1%1").arg(n, 12, 10, QLatin1Char('0'));
    if (carrier == QLatin1String("zhongtong"))
        return QStringLiteral("75%1").arg(n, 12, 10, QLatin1Char('0'));
    if (carrier == QLatin1String("yunda"))
        return QStringLiteral("43%1").arg(n, 13, 10, QLatin1Char('0'));
    if (carrier == QLatin1String("jd"))
        return QStringLiteral("JD%1").arg(n, 13, 10, QLatin1Char('0'));
    return QStringLiteral("JT%1").arg(n, 13, 10, QLatin1Char('0'));
}

class Generator
{
public:
    // A large shop's claims spread over up to a year: most are long finished, and the
    // open ones are the last days' (about 5% at a million).
    Generator(Workbench &wb, quint32 seed, qint64 offset, int count)
        : m_wb(wb), m_rng(seed), m_offset(offset), m_now(wb.now()),
          m_spanSecs(std::clamp<qint64>(qint64(count) * 365 / 1'000'000, 9, 365) * 24 * 3600)
    {
    }

    // One order and the life of one claim on it up to now: events at their own times.
    Result<Decision> next(qint64 n, Order &order)
    {
        const Product &p = products[m_rng.bounded(int(products.size()))];
        const ClaimType type = pickType();
        const Product &product = type == ClaimType::Reship ? products[m_rng.bounded(10)] : p;
        order = makeOrder(n, product, type);

        const QList<Reason> reasons = names::reasonsFor(type);
        ApplyRequest req;
        req.type = type;
        req.reason = reasons.at(m_rng.bounded(int(reasons.size())));
        req.note = QString::fromUtf8(notes[m_rng.bounded(int(notes.size()))]);
        // Applied up to nine days ago (longer for large sets): deadlines on both sides of now.
        QDateTime t = m_now.addSecs(-qint64(m_rng.bounded(quint32(m_spanSecs))));
        if (order.shippedAt && *order.shippedAt > t)
            order.shippedAt = t.addSecs(-3600 * 24);
        if (order.receivedAt && *order.receivedAt > t)
            order.receivedAt = t.addSecs(-3600);
        Result<Decision> applied = rules::apply(order, req, false, t, m_wb.policy());
        if (!applied.ok())
            return applied;
        Decision life = *applied;
        for (int step = 0; step < 6; ++step) {
            t = t.addSecs(qint64(m_rng.bounded(60 * 3600)) + 60);
            if (t >= m_now)
                break;
            advance(life, t);
            if (auto acted = randomAction(life.claim, t, n)) {
                life.events += acted->events;
                life.claim = acted->claim;
            }
        }
        advance(life, m_now);
        return life;
    }

private:
    ClaimType pickType()
    {
        int r = m_rng.bounded(100);
        for (const Mix &m : typeMix) {
            if (r < m.weight)
                return m.type;
            r -= m.weight;
        }
        return ClaimType::Reship;
    }

    Order makeOrder(qint64 n, const Product &p, ClaimType type)
    {
        Order o;
        // Douyin order ids are 19 digits and grow with time. A bijection of n keeps them
        // unique, spread out (a ten-digit prefix finds one order) and, for the first million,
        // growing: a million random keys would rewrite pages all over the orders' primary
        // key index with every batch of a bulk load.
        const qint64 mixed = qint64((__int128(n + 1) * 99999999977LL + 1234567) % 100000000000000000LL);
        o.orderId = QStringLiteral("69%1").arg(mixed, 17, 10, QLatin1Char('0'));
        o.category = QLatin1String(p.category);
        o.product = QString::fromUtf8(p.title);
        o.amountCents =
            (p.minYuan + m_rng.bounded(p.maxYuan - p.minYuan + 1)) * 100 - (m_rng.bounded(2) ? 10 : 0);
        o.buyer = QString::fromUtf8(nickPrefixes[m_rng.bounded(int(nickPrefixes.size()))]) +
                  QString::fromUtf8(nickStems[m_rng.bounded(int(nickStems.size()))]) +
                  QString::number(m_rng.bounded(1000, 9999));
        if (type != ClaimType::RefundUnshipped) {
            o.carrier = QStringLiteral("shunfeng");
            o.trackingNo = QStringLiteral("SF2%1").arg(n, 12, 10, QLatin1Char('0'));
            o.shippedAt = m_now.addSecs(-qint64(10 + m_rng.bounded(5)) * 24 * 3600);
            if (m_rng.bounded(3) == 0)
                o.receivedAt = m_now.addSecs(-qint64(9 + m_rng.bounded(1)) * 24 * 3600);
        }
        return o;
    }

    void advance(Decision &life, const QDateTime &t)
    {
        for (const Decision &step : rules::dueSteps(life.claim, t, m_wb.policy())) {
            life.events += step.events;
            life.claim = step.claim;
        }
    }

    std::optional<Decision> randomAction(const Claim &c, const QDateTime &t, qint64 n)
    {
        ActionRequest r;
        r.actor = m_operators[m_rng.bounded(int(m_operators.size()))];
        const int dice = m_rng.bounded(100);
        switch (c.status) {
        case ClaimStatus::PendingReview:
            if (dice < 45)
                r.action = Action::Approve;
            else if (dice < 62) {
                r.action = Action::Reject;
                r.rejectCode = names::allRejectCodes().at(m_rng.bounded(4));
            } else if (dice < 67) {
                r.action = Action::Cancel;
                r.actor = actors::buyer;
            } else
                return std::nullopt;
            break;
        case ClaimStatus::PendingSecondReview:
            if (dice < 12) {
                r.action = Action::Reject;
                r.rejectCode = RejectCode::Other;
                break;
            }
            [[fallthrough]];
        case ClaimStatus::AwaitingShipment:
        case ClaimStatus::ShipOverdue:
            if (dice >= 65)
                return std::nullopt;
            r.action = c.type == ClaimType::ReturnRefund ? Action::Approve : Action::Ship;
            if (c.status == ClaimStatus::ShipOverdue && dice < 30) {
                r.action = dice < 15 ? Action::Escalate : Action::Modify;
                r.actor = actors::buyer;
            }
            r.carrier = QLatin1String(m_carriers[m_rng.bounded(int(m_carriers.size()))]);
            r.trackingNo = trackingFor(r.carrier, n + m_offset);
            break;
        case ClaimStatus::Rejected:
        case ClaimStatus::SecondRejected:
            if (dice >= 50)
                return std::nullopt;
            r.action = dice < 25 ? Action::Modify : Action::Escalate;
            r.actor = actors::buyer;
            break;
        case ClaimStatus::Shipped:
            if (dice >= 60)
                return std::nullopt;
            r.action = Action::Confirm;
            r.actor = actors::buyer;
            break;
        case ClaimStatus::AwaitingBuyerReturn:
            if (dice >= 70)
                return std::nullopt;
            r.action = Action::Return;
            r.actor = actors::buyer;
            r.carrier = QStringLiteral("zhongtong");
            r.trackingNo = QStringLiteral("78%1").arg(n + m_offset, 12, 10, QLatin1Char('0'));
            break;
        case ClaimStatus::InArbitration:
        case ClaimStatus::PlatformIntervention:
            if (dice >= 40)
                return std::nullopt;
            r.action = dice < 20 ? Action::DecideForBuyer : Action::DecideForMerchant;
            r.actor = actors::platform;
            break;
        default:
            return std::nullopt;
        }
        Result<Decision> d = rules::act(c, r, t, m_wb.policy());
        if (!d.ok())
            return std::nullopt;
        return *d;
    }

    Workbench &m_wb;
    QRandomGenerator m_rng;
    qint64 m_offset;
    QDateTime m_now;
    qint64 m_spanSecs;
    const QStringList m_operators{QStringLiteral("客服小王"), QStringLiteral("客服小李"),
                                  QStringLiteral("店长")};
    const std::array<const char *, 5> m_carriers{"shunfeng", "zhongtong", "yunda", "jd", "jtexpress"};
};

} // namespace

Outcome generate(Workbench &workbench, int count, quint32 seed, const std::function<bool(int, int)> &progress)
{
    if (count < 0)
        return Outcome::badInput(QCoreApplication::translate("demo", "The count must be 0 or more."));
    const Result<qint64> existing = workbench.reader().count(ClaimQuery{});
    if (!existing.ok())
        return existing.outcome;
    // Numbering continues after what is there, so a second run adds new orders.
    Generator generator(workbench, seed, *existing, count);
    return workbench.addDecided(
        count,
        [&](int i) -> Result<Workbench::DecidedClaim> {
            Workbench::DecidedClaim claim;
            Result<Decision> life = generator.next(*existing + i, claim.order);
            if (!life.ok())
                return life.outcome;
            claim.decision = *life;
            return claim;
        },
        progress);
}

} // namespace aftersales::demo
