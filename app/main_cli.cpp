#include "cliapp.h"
#include "heaptuning.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char *argv[])
{
    aftersales::heap::keepFreedMemoryForReuse();
    QCoreApplication app(argc, argv);
    // The command line speaks through its messages and exit codes; the logging
    // categories are for whoever asks for them with QT_LOGGING_RULES.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("aftersales.*=false"));
    return aftersales::cli::run(app.arguments().mid(1));
}
