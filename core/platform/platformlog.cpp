#include "platformlog.h"

Q_LOGGING_CATEGORY(lcPlatform, "aftersales.platform")
