// A PostgreSQL address on a computer without Qt's PostgreSQL driver (libqt6sql6-psql): a
// sentence naming the package, not a driver error. Its own program: Qt looks for its SQL
// drivers once, the first time one is asked for.
#include "storage/storagefactory.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace aftersales;

class TestMissingDriver : public QObject
{
    Q_OBJECT

    QTemporaryDir m_noPlugins;

private Q_SLOTS:
    void initTestCase()
    {
        // Before any SQL driver is looked for: a plugin folder with none in it.
        QCoreApplication::setLibraryPaths({m_noPlugins.path()});
    }

    void postgresUri_withoutDriver_namesThePackage()
    {
        const Result<std::unique_ptr<Storage>> opened =
            storage::open(QStringLiteral("postgresql://agent@127.0.0.1:1/shop"));
        QCOMPARE(opened.outcome.kind, Outcome::Kind::Storage);
        QCOMPARE(opened.outcome.exitCode(), 3);
        QVERIFY2(opened.outcome.message.contains(QStringLiteral("libqt6sql6-psql")),
                 qPrintable(opened.outcome.message));
    }
};

QTEST_GUILESS_MAIN(TestMissingDriver)
#include "tst_missingdriver.moc"
