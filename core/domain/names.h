#pragma once

#include "domain/claim.h"

#include <QList>
#include <QString>

#include <optional>

// Names used in JSON, the command line and the database (RULES.md), the platform's
// codes, and translated labels. One table per enum, so a name is written once.
namespace aftersales::names
{

QString typeName(ClaimType t);
std::optional<ClaimType> parseType(const QString &name);
int platformCode(ClaimType t);
std::optional<ClaimType> typeFromPlatformCode(int code);
QString typeLabel(ClaimType t);
QList<ClaimType> allTypes();

QString statusName(ClaimStatus s);
std::optional<ClaimStatus> parseStatus(const QString &name);
std::optional<int> platformCode(ClaimStatus s);
std::optional<ClaimStatus> statusFromPlatformCode(int code);
QString statusLabel(ClaimStatus s);
QList<ClaimStatus> allStatuses();

QString reasonName(Reason r);
std::optional<Reason> parseReason(const QString &name);
QString reasonLabel(Reason r);
QList<Reason> reasonsFor(ClaimType t);

QString rejectCodeName(RejectCode c);
std::optional<RejectCode> parseRejectCode(const QString &name);
QString rejectCodeLabel(RejectCode c);
QList<RejectCode> allRejectCodes();

// "local", "synced", "pending", "failed" (show --json's sync.state), and a label.
QString syncStateName(SyncState s);
QString syncStateLabel(SyncState s);

QString actionLabel(const QString &action);
QString actorLabel(const QString &actor);

// The platform's order_flag, 0 (none) to 5, by the colour the Douyin back office shows.
constexpr int flagCount = 6;
QString flagLabel(int flag);

// Product categories (free text; the reshipment whitelist names them): the label of a
// known code ("smart_home": 智能家居), an unknown one as typed.
QString categoryLabel(const QString &code);
// The code of a category written as its code or its label (in the current language or
// English); an unknown one as typed, trimmed.
QString categoryCode(const QString &text);

} // namespace aftersales::names
