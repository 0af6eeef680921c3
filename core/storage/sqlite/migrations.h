#pragma once

#include <QStringList>

namespace aftersales::migrations
{

// Step N (1-based) brings the schema from user_version N-1 to N; each step runs in one
// transaction. Steps are appended, never edited once shipped.
const QList<QStringList> &steps();
int latestVersion();

// What the buyers' trigram index holds for a buyer (from schema 6): the buyer followed by
// two sentinel characters, so that every substring of one or two characters begins a
// trigram and short terms are found through the index's terms (claims_fts_terms).
QString indexedBuyer(const QString &column);

} // namespace aftersales::migrations
