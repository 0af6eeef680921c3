#pragma once

#include <QStringList>

namespace aftersales::migrations
{

// Step N (1-based) brings the schema from user_version N-1 to N; each step runs in one
// transaction. Steps are appended, never edited once shipped.
const QList<QStringList> &steps();
int latestVersion();

} // namespace aftersales::migrations
