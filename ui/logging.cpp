#include "logging.h"

Q_LOGGING_CATEGORY(lcUi, "aftersales.ui")
Q_LOGGING_CATEGORY(lcTiming, "aftersales.timing", QtWarningMsg)
