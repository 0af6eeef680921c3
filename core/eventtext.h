#pragma once

#include "claim.h"

#include <QString>

// An event's detail for people, as the detail pane's history and the text export show it:
// labels instead of codes, yuan instead of fen, carriers and flags by name.
namespace aftersales::eventtext
{

// "Exchange · Wrong item sent", "SF Express SF1234567890123", "Red", "compensation ¥3.00" …;
// a detail without codes as it is.
QString detail(const Event &event);
// ¥ and two decimals: "¥1234.50", "-¥3.00".
QString yuan(qint64 cents);

} // namespace aftersales::eventtext
