#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcUi)
// Timings of what a user waits for (filter switches, searches, actions):
// QT_LOGGING_RULES="aftersales.timing=true" shows them.
Q_DECLARE_LOGGING_CATEGORY(lcTiming)
