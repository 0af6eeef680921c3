#pragma once

#include "domain.h"

#include <QList>
#include <QString>

#include <optional>

namespace aftersales::platformsim::rejectreasons
{

struct RejectReason {
    int code;
    QString reason;
    RejectCode coreCode; // what core's rules record for it
};

// The platform's fixed list (afterSale/rejectReasonCodeList). The codes are not core's
// numbering on purpose: a client has to read the list to map its own reasons onto it.
QList<RejectReason> all();
std::optional<RejectReason> find(int code);

} // namespace aftersales::platformsim::rejectreasons
