#include "generator.h"

#include "catalog.h"
#include "claimbook.h"
#include "domain.h"

#include <QRandomGenerator>

#include <array>

namespace aftersales::platformsim::generator
{
namespace
{

constexpr qint64 hour = 3600;
constexpr qint64 day = 24 * hour;

QDateTime at(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
}

class Generator
{
public:
    Generator(ClaimBook &book, quint32 seed, qint64 now, int count, const Policy &policy)
        : m_book(book), m_rng(seed), m_now(now), m_policy(policy),
          // A bigger shop's claims spread over longer: most are long finished.
          m_spanSecs(std::clamp<qint64>(qint64(count) * 365 / 1'000'000, 9, 365) * day)
    {
    }

    quint64 next()
    {
        const ClaimType type = pickType();
        const int productIndex =
            m_rng.bounded(type == ClaimType::Reship ? catalog::smartHomeCount() : catalog::productCount());
        const qint64 applied = m_now - qint64(m_rng.bounded(quint32(m_spanSecs))) - 60;
        Order order = makeOrder(catalog::product(productIndex), type, applied);

        const QList<Reason> reasons = names::reasonsFor(type);
        ApplyRequest request;
        request.type = type;
        request.reason = reasons.at(m_rng.bounded(int(reasons.size())));
        Result<Decision> life = rules::apply(order, request, false, at(applied), m_policy);
        Q_ASSERT(life.ok());
        Claim claim = life->claim;
        qint64 t = applied;
        for (int step = 0; step < 6; ++step) {
            t += qint64(m_rng.bounded(quint32(60 * hour))) + 60;
            if (t >= m_now)
                break;
            advance(claim, t);
            if (std::optional<Claim> acted = randomAction(claim, t))
                claim = *acted;
        }
        advance(claim, m_now);

        SimClaim c;
        c.id = newId();
        c.claim = claim;
        c.claim.id = qint64(c.id);
        c.applyTime = applied;
        c.updateTime = claim.updatedAt.toSecsSinceEpoch();
        m_book.add(c);
        return c.id;
    }

private:
    ClaimType pickType()
    {
        static constexpr std::array<std::pair<ClaimType, int>, 5> mix{{{ClaimType::Reship, 35},
                                                                       {ClaimType::Exchange, 25},
                                                                       {ClaimType::ReturnRefund, 15},
                                                                       {ClaimType::RefundShipped, 15},
                                                                       {ClaimType::RefundUnshipped, 10}}};
        int r = m_rng.bounded(100);
        for (const auto &[type, weight] : mix) {
            if (r < weight)
                return type;
            r -= weight;
        }
        return ClaimType::Reship;
    }

    // 16 to 19 digits, starting with 6 or 7 as the platform's do (and below 2^63).
    quint64 newId()
    {
        for (;;) {
            const int digits = 16 + m_rng.bounded(4);
            quint64 id = 6 + m_rng.bounded(2);
            for (int i = 1; i < digits; ++i)
                id = id * 10 + m_rng.bounded(10);
            if (!m_book.find(id))
                return id;
        }
    }

    QString serialNumber(const char *prefix, int width)
    {
        for (;;) {
            const QString number = QLatin1String(prefix) +
                                   QStringLiteral("%1").arg(m_book.nextSerial(), width, 10, QLatin1Char('0'));
            if (!m_book.trackingUsed(number))
                return number;
        }
    }

    Order makeOrder(const catalog::Product &p, ClaimType type, qint64 applied)
    {
        Order o;
        o.orderId = QStringLiteral("69");
        for (int i = 0; i < 17; ++i)
            o.orderId += QChar(u'0' + m_rng.bounded(10));
        o.category = p.category;
        o.product = p.title;
        o.amountCents =
            qint64(p.minYuan + m_rng.bounded(p.maxYuan - p.minYuan + 1)) * 100 - (m_rng.bounded(2) ? 10 : 0);
        o.buyer = catalog::buyerName(m_rng.bounded(catalog::buyerPrefixCount()),
                                     m_rng.bounded(catalog::buyerStemCount()), m_rng.bounded(1000, 9999));
        if (type != ClaimType::RefundUnshipped) {
            o.carrier = QStringLiteral("shunfeng");
            o.trackingNo = serialNumber("SF1", 12);
            o.shippedAt = at(applied - day - qint64(m_rng.bounded(quint32(4 * day))));
            if (m_rng.bounded(3) == 0)
                o.receivedAt = at(applied - qint64(m_rng.bounded(quint32(2 * day))) - hour);
        }
        return o;
    }

    void advance(Claim &claim, qint64 t)
    {
        for (const Decision &step : rules::dueSteps(claim, at(t), m_policy))
            claim = step.claim;
    }

    std::optional<Claim> randomAction(const Claim &c, qint64 t)
    {
        ActionRequest r;
        r.actor = actors::platform;
        const int dice = m_rng.bounded(100);
        switch (c.status) {
        case ClaimStatus::PendingReview:
            if (dice < 45) {
                r.action = Action::Approve;
            } else if (dice < 62) {
                r.action = Action::Reject;
                r.rejectCode = names::allRejectCodes().at(m_rng.bounded(int(names::allRejectCodes().size())));
            } else if (dice < 67) {
                r.action = Action::Cancel;
            } else {
                return std::nullopt;
            }
            break;
        case ClaimStatus::AwaitingShipment:
            if (dice >= 60)
                return std::nullopt;
            r.action = Action::Ship;
            pickShipment(r);
            break;
        case ClaimStatus::AwaitingBuyerReturn:
            if (dice >= 60)
                return std::nullopt;
            r.action = Action::Return;
            r.carrier = QStringLiteral("yuantong");
            r.trackingNo = serialNumber("YT2", 12);
            break;
        case ClaimStatus::PendingSecondReview:
            if (dice < 12) {
                r.action = Action::Reject;
                r.rejectCode = RejectCode::Other;
            } else if (dice < 17 && c.type == ClaimType::Exchange) {
                r.action = Action::Refund;
            } else if (dice < 70) {
                r.action = c.type == ClaimType::Exchange ? Action::Ship : Action::Approve;
                pickShipment(r);
            } else {
                return std::nullopt;
            }
            break;
        case ClaimStatus::Rejected:
        case ClaimStatus::SecondRejected:
        case ClaimStatus::ShipOverdue:
            if (dice < 15)
                r.action = Action::Modify;
            else if (dice < 35)
                r.action = Action::Escalate;
            else
                return std::nullopt;
            break;
        case ClaimStatus::InArbitration:
        case ClaimStatus::PlatformIntervention:
            if (dice < 25)
                r.action = Action::DecideForBuyer;
            else if (dice < 45)
                r.action = Action::DecideForMerchant;
            else
                return std::nullopt;
            break;
        case ClaimStatus::Shipped:
            if (dice >= 50)
                return std::nullopt;
            r.action = Action::Confirm;
            break;
        default:
            return std::nullopt;
        }
        const Result<Decision> d = rules::act(c, r, at(t), m_policy);
        if (!d.ok())
            return std::nullopt;
        return d->claim;
    }

    void pickShipment(ActionRequest &r)
    {
        switch (m_rng.bounded(4)) {
        case 0:
            r.carrier = QStringLiteral("zhongtong");
            r.trackingNo = serialNumber("75", 12);
            break;
        case 1:
            r.carrier = QStringLiteral("yunda");
            r.trackingNo = serialNumber("43", 13);
            break;
        case 2:
            r.carrier = QStringLiteral("jtexpress");
            r.trackingNo = serialNumber("JT", 13);
            break;
        default:
            r.carrier = QStringLiteral("shunfeng");
            r.trackingNo = serialNumber("SF3", 12);
            break;
        }
    }

    ClaimBook &m_book;
    QRandomGenerator m_rng;
    qint64 m_now;
    const Policy &m_policy;
    qint64 m_spanSecs;
};

} // namespace

QList<quint64> generate(ClaimBook &book, int count, quint32 seed, qint64 now, const Policy &policy)
{
    QList<quint64> ids;
    ids.reserve(count);
    Generator g(book, seed, now, count, policy);
    book.beginBulk();
    for (int i = 0; i < count; ++i)
        ids.append(g.next());
    book.endBulk();
    return ids;
}

} // namespace aftersales::platformsim::generator
