#include "testbackend.h"

#include <QTest>

namespace aftersales::testing
{

QString backendName(Backend backend)
{
    return backend == Backend::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
}

QString testServer()
{
    return qEnvironmentVariable("AFTERSALES_TEST_PG");
}

QString unavailable(Backend backend)
{
    if (backend == Backend::Postgres && testServer().isEmpty())
        return QStringLiteral("no PostgreSQL test server: AFTERSALES_TEST_PG is not set "
                              "(eval \"$(bash .ci/postgres start)\" sets it; .ci/run does)");
    return {};
}

void addBackendRows()
{
    QTest::addColumn<Backend>("backend");
    QTest::newRow("sqlite") << Backend::Sqlite;
    QTest::newRow("postgresql") << Backend::Postgres;
}

Backend currentBackend()
{
    QFETCH_GLOBAL(Backend, backend);
    return backend;
}

} // namespace aftersales::testing
