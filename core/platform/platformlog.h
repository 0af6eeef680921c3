#pragma once

#include <QLoggingCategory>

// "aftersales.platform": what the client did (method, tries, outcome, log_id), never a
// credential, a signed URL's query or a request body.
Q_DECLARE_LOGGING_CATEGORY(lcPlatform)
