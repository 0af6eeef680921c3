// The import parser (importer::importClaims) on whatever bytes: it must refuse or import,
// never crash, and what it imports must pass the consistency check.
#include "fuzzsupport.h"

#include "domain/clock.h"
#include "domain/policy.h"
#include "io/importer.h"
#include "storage/consistency.h"
#include "storage/sqlite/sqlitestorage.h"
#include "workbench.h"

#include <QDir>
#include <QTemporaryDir>

#include <memory>

namespace
{

struct Fixture {
    QTemporaryDir dir;
    aftersales::SqliteStorage store;
    aftersales::FixedClock clock{
        QDateTime::fromString(QStringLiteral("2026-11-26T10:00:00+08:00"), Qt::ISODate)};
    std::unique_ptr<aftersales::Workbench> workbench;
    int imports = 0;

    void reopen()
    {
        // A fresh file now and then, so ids the fuzzer found stay importable.
        workbench.reset();
        store.close();
        const QString path = dir.filePath(QStringLiteral("fuzz-%1.db").arg(imports));
        QFile::remove(path);
        aftersales::SqliteStorage::Options options;
        options.unsafeFast = true;
        if (!store.open(path, options).ok())
            fuzz::fail("cannot open the fuzz database");
        workbench = std::make_unique<aftersales::Workbench>(store, clock, aftersales::Policy::defaults());
    }
};

Fixture *fixture = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initApplication();
    fixture = new Fixture;
    fixture->reopen();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto imported = aftersales::importer::importClaims(*fixture->workbench, json);
    if (imported.ok() && *imported > 0) {
        const auto problems = aftersales::consistency::check(fixture->store);
        if (!problems.ok() || !problems->isEmpty())
            fuzz::fail(problems.ok() ? qPrintable(problems->first().what)
                                     : "consistency check failed to run");
        if (++fixture->imports % 200 == 0)
            fixture->reopen();
    } else if (!imported.ok() && imported.outcome.message.isEmpty()) {
        fuzz::fail("a refusal without a message");
    }
    return 0;
}
