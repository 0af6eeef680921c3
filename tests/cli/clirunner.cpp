#include "clirunner.h"

#include <QJsonDocument>
#include <QProcess>

QJsonObject CliRunner::Run::json() const
{
    return QJsonDocument::fromJson(out.toUtf8()).object();
}

CliRunner::CliRunner(aftersales::testing::Backend backend) : m_database(backend) {}

CliRunner::Run CliRunner::raw(const QStringList &args) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("USER"), QStringLiteral("tester"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir() + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir() + QStringLiteral("/data"));
    for (auto it = m_env.cbegin(); it != m_env.cend(); ++it)
        env.insert(it.key(), it.value());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(AFTERSALES_CLI), args);
    p.waitForFinished(60000);
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

CliRunner::Run CliRunner::at(const QString &now, const QStringList &args) const
{
    return raw(QStringList{QStringLiteral("--db"), db(), QStringLiteral("--now"), now} + args);
}

CliRunner::Run CliRunner::json(const QString &now, const QStringList &args) const
{
    return raw(
        QStringList{QStringLiteral("--db"), db(), QStringLiteral("--now"), now, QStringLiteral("--json")} +
        args);
}
