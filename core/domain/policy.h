#pragma once

#include "domain/outcome.h"

#include <QByteArray>
#include <QStringList>

namespace aftersales
{

// Every duration and amount the rules use (RULES.md): data, not constants in code.
// Defaults are the seed's values, shipped as :/policy/policy.json; a user's file may
// override any subset of the keys.
struct Policy {
    qint64 reviewSecs = 0;
    qint64 shipSecs = 0;
    qint64 buyerWindowSecs = 0;
    qint64 reshipAfterReceiptSecs = 0;
    qint64 buyerReturnSecs = 0;
    qint64 secondReviewSecs = 0;
    qint64 compensationCents = 0;
    qint64 dueSoonSecs = 0;
    QStringList reshipCategories;

    static Policy defaults();
    // `json` overrides the keys it names on top of `base`; an unknown key, a wrong type
    // or a value out of range is bad input naming the key.
    static Result<Policy> overridden(const Policy &base, const QByteArray &json);
    // The defaults, then the user's file if it exists (path empty: none).
    static Result<Policy> load(const QString &userFile);
    static QString defaultUserFile();
};

} // namespace aftersales
