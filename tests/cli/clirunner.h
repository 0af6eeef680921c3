#pragma once

#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <QTemporaryDir>

// Runs the real `aftersales` binary on a temporary database, the clock given per call.
class CliRunner
{
public:
    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
        QJsonObject json() const;
    };

    CliRunner();
    QString db() const { return m_db; }
    QString dir() const { return m_dir.path(); }
    // `aftersales --db DB --now NOW args...`
    Run at(const QString &now, const QStringList &args) const;
    Run json(const QString &now, const QStringList &args) const;
    Run raw(const QStringList &args) const;
    // An environment variable for the runs that follow (LANG, TZ …).
    void setEnvironment(const QString &name, const QString &value) { m_env.insert(name, value); }

private:
    QTemporaryDir m_dir;
    QString m_db;
    QHash<QString, QString> m_env;
};
