#include "logcategories.h"

Q_LOGGING_CATEGORY(lcDb, "aftersales.db")
Q_LOGGING_CATEGORY(lcRules, "aftersales.rules")
Q_LOGGING_CATEGORY(lcTiming, "aftersales.timing", QtWarningMsg)
