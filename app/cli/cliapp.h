#pragma once

#include <QStringList>

namespace aftersales::cli
{

// Runs one `aftersales` command line (without the program name); returns the exit code.
int run(const QStringList &arguments);

} // namespace aftersales::cli
