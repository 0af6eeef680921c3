#include "logging.h"

Q_LOGGING_CATEGORY(lcUi, "aftersales.ui")
