#pragma once

#include "logcategories.h" // core's, lcTiming among them

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcUi)
