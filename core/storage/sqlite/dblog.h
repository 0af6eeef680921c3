#pragma once

#include <QLoggingCategory>

// The database's logging category (aftersales.db), shared by the store's files.
Q_DECLARE_LOGGING_CATEGORY(lcDb)
