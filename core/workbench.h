#pragma once

#include "claimreader.h"
#include "domain/claim.h"
#include "domain/clock.h"
#include "domain/outcome.h"
#include "domain/policy.h"
#include "domain/rules.h"

#include <QObject>

#include <limits>

#include <functional>

namespace aftersales
{

class Storage;

// The one entry point the window and the command line call: every change goes through
// here, is decided by the rules at the injected clock's time, and is written with its
// events in one transaction.
class Workbench : public QObject
{
    Q_OBJECT

public:
    // `storage` and `clock` must outlive the workbench.
    Workbench(Storage &storage, const Clock &clock, Policy policy, QObject *parent = nullptr);

    // For services that change no claim (backups, checkpoints, change detection) and the
    // storage's own reads; every change of a claim goes through the Workbench.
    const Storage &storage() const { return m_storage; }
    // The importer and the demo only, until they write through the workbench.
    Storage &writableStorage() const { return m_storage; }
    // Lists and claims as of the clock, with this workbench's policy.
    const ClaimReader &reader() const { return m_reader; }
    const Policy &policy() const { return m_policy; }
    void setPolicy(const Policy &policy) { m_policy = policy; }
    QDateTime now() const;

    // Bad input when the clock is behind the newest event in the database.
    Outcome checkClock() const;
    // Applies every automatic step due by now, each at its deadline, in deadline order,
    // in transactions of at most `batchSize` claims, at most `maxBatches` of them (the
    // window sweeps a batch at a time so that it never blocks for long). Returns the
    // events written.
    Result<QList<Event>> sweep(int batchSize = 500, int maxBatches = std::numeric_limits<int>::max());

    Outcome addOrder(const Order &order);
    Result<qint64> apply(const QString &orderId, const ApplyRequest &request);
    // Acts on a claim. With `expectedVersion`, a claim changed since is a conflict.
    Result<Claim> act(qint64 id, const ActionRequest &request, std::optional<qint64> expectedVersion = {});
    Result<Claim> setRemark(qint64 id, const QString &remark, const QString &actor,
                            std::optional<qint64> expectedVersion = {});

    // The platform's order_flag: 0 none, 1 purple, 2 cyan, 3 green, 4 orange, 5 red.
    // Written with a "flag" event; the status does not change.
    Result<Claim> setFlag(qint64 id, int flag, const QString &actor,
                          std::optional<qint64> expectedVersion = {});

    // One reshipment / exchange shipment of a batch (批量导入物流单号).
    struct Shipment {
        qint64 claimId = 0;
        QString carrier;
        QString trackingNo;
        std::optional<qint64> expectedVersion;
    };
    // Ships every claim in ONE transaction: all or nothing. The first refusal rolls the
    // whole batch back and names its claim. `progress(done, total)` may return false to
    // cancel (nothing is written then).
    Result<QList<Claim>> shipMany(const QList<Shipment> &shipments, const QString &actor,
                                  const std::function<bool(int, int)> &progress = {});

    Result<Claim> claim(qint64 id) const;
    Result<QList<Event>> events(qint64 id) const;

Q_SIGNALS:
    // Claims changed through this workbench (not by another process).
    void claimsChanged(const QList<qint64> &ids);

private:
    // The window-closed refusal when an automatic step has just taken the claim out of
    // the status where the action was allowed; nullopt otherwise.
    std::optional<Outcome> lapsedWindow(const Claim &claim, const ActionRequest &request) const;
    // A merchant's note on a claim that does not change its status (remark, flag): one
    // event, the same status before and after.
    Result<Claim> annotate(qint64 id, std::optional<qint64> expectedVersion, const QString &actor,
                           const QString &action, const QString &detail,
                           const std::function<void(Claim &)> &change);

    Storage &m_storage;
    const Clock &m_clock;
    Policy m_policy;
    ClaimReader m_reader;
};

} // namespace aftersales
