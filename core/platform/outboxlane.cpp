#include "outboxlane.h"

#include "claimfit.h"
#include "domain/names.h"
#include "platformclient.h"
#include "rejectreasonmap.h"
#include "storage/storage.h"
#include "syncoptions.h"
#include "wirerequests.h"
#include "workbench.h"

#include <QCoreApplication>
#include <QPointer>

namespace aftersales::platform
{
namespace
{

QString statusName(int code)
{
    const std::optional<ClaimStatus> s = names::statusFromPlatformCode(code);
    return s ? QStringLiteral("%1 %2").arg(code).arg(names::statusName(*s)) : QString::number(code);
}

} // namespace

OutboxLane::OutboxLane(Context context, qint64 claimId, QList<qint64> entryIds, QObject *parent)
    : QObject(parent), m_context(context), m_claimId(claimId), m_ids(entryIds.begin(), entryIds.end())
{
}

void OutboxLane::start()
{
    next();
}

std::optional<OutboxEntry> OutboxLane::row(qint64 entryId)
{
    const Result<std::optional<OutboxEntry>> r = m_context.workbench.storage().outboxEntry(entryId);
    if (!r.ok()) {
        halt(SyncSummary::Stop::Storage, r.outcome.message);
        return std::nullopt;
    }
    if (!*r)
        skipRow();
    return *r;
}

void OutboxLane::next()
{
    if (m_finished)
        return;
    if (m_stopping || m_ids.empty())
        return finish();
    const std::optional<OutboxEntry> current = row(m_ids.front());
    if (!current)
        return;
    switch (current->state) {
    case OutboxState::Refused:
        if (current->needsReadback && !current->seenAt)
            return readBack(*current);
        return skipRow();
    case OutboxState::Sending:
        return resolve(current->id);
    case OutboxState::Waiting:
        return prepare(*current);
    case OutboxState::Delivered:
        return skipRow();
    }
}

void OutboxLane::skipRow()
{
    if (!m_ids.empty())
        m_ids.pop_front();
    m_resends = 0;
    Q_EMIT rowDone();
    next();
}

void OutboxLane::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
}

void OutboxLane::halt(SyncSummary::Stop stop, const QString &why)
{
    m_result.stopWith(stop, why);
    m_stopping = true;
    finish();
}

bool OutboxLane::saved(const Outcome &outcome)
{
    if (outcome.ok())
        return true;
    halt(SyncSummary::Stop::Storage, outcome.message);
    return false;
}

void OutboxLane::withDetail(const DetailDone &done)
{
    QPointer<OutboxLane> self(this);
    m_context.client.detail(m_claimId, [self, done](const PlatformReply<ClaimDetail> &reply) {
        if (!self || self->m_finished)
            return;
        if (!reply.ok())
            return self->halt(stopForCall(reply.record.kind), reply.record.message);
        done(*reply.value);
    });
}

void OutboxLane::readBack(const OutboxEntry &refused)
{
    withDetail([this, refused](const ClaimDetail &detail) {
        const Outcome o = m_context.workbench.readBackRefused(refused.id, [&](const Claim &held) {
            return claimfit::readBack(detail, held, refused, shippedByRefused(refused.id, held));
        });
        if (saved(o))
            skipRow();
    });
}

bool OutboxLane::shippedByRefused(qint64 firstRefused, const Claim &held) const
{
    if (held.trackingNo.isEmpty())
        return false;
    const Result<QList<OutboxEntry>> rows = m_context.workbench.storage().outboxOfClaim(m_claimId);
    if (!rows.ok())
        return false;
    for (const OutboxEntry &r : *rows)
        if (r.id >= firstRefused && r.state != OutboxState::Delivered && r.trackingNo == held.trackingNo)
            return true;
    return false;
}

void OutboxLane::prepare(const OutboxEntry &waiting)
{
    const qint64 id = waiting.id;
    if (waiting.method == OutboxEntry::Method::Operate && wirerequests::isRefusalType(waiting.operateType)) {
        if (!m_context.reasons.isKnown()) {
            // Without the platform's list there is no code to send: this claim's actions wait.
            m_result.warnings.append(
                tr("claim %1: the rejection waits for the platform's list of reject reasons").arg(m_claimId));
            m_stopping = true;
            return finish();
        }
        if (!m_context.reasons.codeFor(waiting.rejectCode.value_or(RejectCode::Other)))
            return refuse(id,
                          tr("not sent: the platform's list of reject reasons has no match for %1 and no "
                             "其他")
                              .arg(names::rejectCodeName(waiting.rejectCode.value_or(RejectCode::Other))));
    }
    if (waiting.baseUpdateTime > 0)
        return send(waiting, waiting.baseUpdateTime);
    // An earlier action of this claim was taken since it was queued: the platform's claim must
    // stand where this action starts from, and its update_time is the base.
    withDetail([this, waiting](const ClaimDetail &detail) {
        if (claimfit::wireStatus(waiting.fromStatus) != detail.statusCode)
            return refuseWith(waiting.id,
                              tr("not sent: the claim changed on the platform before this action was sent "
                                 "(now status %1)")
                                  .arg(statusName(detail.statusCode)),
                              detail);
        send(waiting, detail.updateTime);
    });
}

void OutboxLane::send(const OutboxEntry &waiting, qint64 base)
{
    const Result<OutboxEntry> taken = m_context.workbench.startSending(waiting.id, base);
    if (!taken.ok()) {
        if (taken.outcome.kind == Outcome::Kind::Conflict) {
            // Another process took it: it is theirs to settle.
            m_result.warnings.append(taken.outcome.message);
            return skipRow();
        }
        return halt(SyncSummary::Stop::Storage, taken.outcome.message);
    }
    const OutboxEntry &e = *taken;
    const qint64 id = e.id;
    QPointer<OutboxLane> self(this);
    if (e.method == OutboxEntry::Method::FillLogistics) {
        m_context.client.fillLogistics(e.claimId, e.companyCode, e.trackingNo,
                                       [self, id](const PlatformReply<NoData> &reply) {
                                           if (self && !self->m_finished)
                                               self->onAnswer(id, reply.record, reply.ok(), {});
                                       });
        return;
    }
    OperateItem item;
    item.aftersaleId = e.claimId;
    item.updateTime = base;
    item.remark = e.remark;
    if (wirerequests::isRefusalType(e.operateType))
        item.rejectReasonCode = m_context.reasons.codeFor(e.rejectCode.value_or(RejectCode::Other));
    if (!e.trackingNo.isEmpty())
        item.logistics = Logistics{e.companyCode, e.trackingNo};
    OperateRequest request;
    request.type = e.operateType;
    request.items = {item};
    m_context.client.operate(request, [self, id](const PlatformReply<QList<OperateResult>> &reply) {
        if (!self || self->m_finished)
            return;
        if (!reply.ok())
            return self->onAnswer(id, reply.record, false, {});
        const OperateResult &result = reply.value->first();
        const QString why = result.accepted() ? QString()
                                              : tr("%1: the platform refused the action: %2 (%3)")
                                                    .arg(reply.record.method, result.statusMsg,
                                                         QString::number(result.statusCode));
        self->onAnswer(id, reply.record, result.accepted(), why);
    });
}

void OutboxLane::onAnswer(qint64 entryId, const CallRecord &record, bool accepted, const QString &refusal)
{
    if (accepted)
        return deliveredNow(entryId);
    if (record.kind == CallKind::Success)
        return refuse(entryId, refusal);
    switch (record.kind) {
    case CallKind::BusinessRefused:
        return refuse(entryId, record.message);
    case CallKind::InvalidRequest:
        // Nothing was sent: the platform's claim is as it was.
        return refuse(entryId, record.message);
    case CallKind::Unknown:
    case CallKind::Unexpected:
    case CallKind::BadAnswer:
        // The platform may have taken it: read the claim back, never send blindly.
        return resolve(entryId);
    default: {
        // It did not reach the platform (or was not taken): it waits for the next round.
        const Outcome o = m_context.workbench.outboxNotDelivered(entryId, record.message);
        if (saved(o))
            halt(stopForCall(record.kind), record.message);
        return;
    }
    }
}

void OutboxLane::deliveredNow(qint64 entryId)
{
    if (!saved(m_context.workbench.outboxDelivered(entryId)))
        return;
    ++m_delivered;
    skipRow();
}

void OutboxLane::resolve(qint64 entryId)
{
    withDetail([this, entryId](const ClaimDetail &detail) {
        const std::optional<OutboxEntry> sent = row(entryId);
        if (!sent)
            return;
        if (sent->state != OutboxState::Sending)
            return skipRow();
        const qint64 base = sent->baseUpdateTime;
        if (detail.updateTime < base)
            return halt(
                SyncSummary::Stop::BadAnswer,
                tr("afterSale.Detail: claim %1's update_time %2 is older than the %3 the action was sent on")
                    .arg(m_claimId)
                    .arg(detail.updateTime)
                    .arg(base));
        if (detail.updateTime > base && detail.statusCode == claimfit::wireStatus(sent->toStatus))
            return deliveredNow(entryId);
        if (detail.updateTime > base)
            return refuseWith(entryId,
                              tr("the answer was lost, and the claim has changed on the platform since (now "
                                 "status %1): the action was not confirmed")
                                  .arg(statusName(detail.statusCode)),
                              detail);
        // The platform did not take it: sent again, within bounds.
        if (!saved(m_context.workbench.outboxNotDelivered(
                entryId, tr("the answer was lost; the platform had not taken it"))))
            return;
        if (++m_resends > m_context.options.maxResends) {
            m_result.warnings.append(
                tr("claim %1: the platform's answers kept getting lost; the action waits for the next round")
                    .arg(m_claimId));
            m_stopping = true;
            return finish();
        }
        const std::optional<OutboxEntry> again = row(entryId);
        if (again)
            send(*again, base);
    });
}

void OutboxLane::refuse(qint64 entryId, const QString &message)
{
    // The platform's state of the claim is read back first, to be adopted with the refusal;
    // when it cannot be read the refusal is kept all the same, and read back next round.
    QPointer<OutboxLane> self(this);
    m_context.client.detail(m_claimId, [self, entryId, message](const PlatformReply<ClaimDetail> &reply) {
        if (!self || self->m_finished)
            return;
        self->refuseWith(entryId, message, reply.ok() ? reply.value : std::nullopt);
    });
}

void OutboxLane::refuseWith(qint64 entryId, const QString &message, const std::optional<ClaimDetail> &detail)
{
    const std::optional<OutboxEntry> first = row(entryId);
    if (!first)
        return;
    const Storage &storage = m_context.workbench.storage();
    const Outcome o = m_context.workbench.outboxRefused(entryId, message, [&](const Claim &held) {
        if (!detail)
            return Workbench::PlatformFit{Workbench::PlatformFit::Kind::Refused, {}, {}, {}};
        return claimfit::readBack(*detail, held, *first, shippedByRefused(entryId, held));
    });
    if (!saved(o))
        return;
    // This action and the claim's later ones, refused with it.
    while (!m_ids.empty()) {
        const Result<std::optional<OutboxEntry>> r = storage.outboxEntry(m_ids.front());
        if (!r.ok() || !*r || (*r)->state != OutboxState::Refused)
            break;
        m_refused.append(SyncFailure{m_claimId, (*r)->action, (*r)->lastError});
        m_ids.pop_front();
        Q_EMIT rowDone();
    }
    m_resends = 0;
    next();
}

} // namespace aftersales::platform
