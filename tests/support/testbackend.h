#pragma once

#include <QMetaType>
#include <QString>

// Which backend a test runs on. Suites that hold for both run data-driven: their
// initTestCase_data() adds a global "backend" column with the rows "sqlite" and "postgresql",
// and each test fetches it; the postgresql rows are skipped, saying why, when no test server
// is given (AFTERSALES_TEST_PG, which .ci/run sets from `.ci/postgres start`).
namespace aftersales::testing
{

enum class Backend { Sqlite, Postgres };

QString backendName(Backend backend);

// The test server's administrator URI (AFTERSALES_TEST_PG); empty when none is given.
QString testServer();

// Why `backend` cannot run here; empty when it can.
QString unavailable(Backend backend);

// For initTestCase_data(): the global "backend" column and its two rows.
void addBackendRows();
// The backend of the global row running now (in a test of a suite with addBackendRows()).
Backend currentBackend();

} // namespace aftersales::testing

Q_DECLARE_METATYPE(aftersales::testing::Backend)

// In a test function or init(): the global row's backend into `var`, or a skip saying why
// it cannot run here.
#define AFTERSALES_FETCH_BACKEND(var)                                                                        \
    QFETCH_GLOBAL(aftersales::testing::Backend, var);                                                        \
    if (const QString why = aftersales::testing::unavailable(var); !why.isEmpty())                           \
        QSKIP(qPrintable(why));
