#pragma once

#include <QLoggingCategory>

// The core's logging categories (QT_LOGGING_RULES="aftersales.*=true" shows them all).
Q_DECLARE_LOGGING_CATEGORY(lcDb)    // aftersales.db: storage, migrations, backups
Q_DECLARE_LOGGING_CATEGORY(lcRules) // aftersales.rules: automatic steps applied
// Timings of what a user waits for (filter switches, searches, actions, checkpoints):
// QT_LOGGING_RULES="aftersales.timing=true" shows them.
Q_DECLARE_LOGGING_CATEGORY(lcTiming)
