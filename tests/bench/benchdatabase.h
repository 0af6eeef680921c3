#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

// The benchmark's database from outside the program, whichever backend --db names: SQL on a
// connection of its own, whether it holds the claims yet, and a copy to write on.
class BenchDatabase
{
public:
    explicit BenchDatabase(QString location);

    bool isPostgres() const;
    // It holds claims: generated already.
    bool holdsClaims() const;
    QVariant scalar(const QString &sql) const;
    bool exec(const QString &sql) const;
    // Several statements in one transaction, all or nothing.
    bool execAll(const QStringList &sql) const;
    // A fresh copy to write on, replacing the last one: FILE.work.db beside a file, or
    // DATABASE_work on the same server (CREATE DATABASE … TEMPLATE, the role needing CREATEDB).
    QString workCopy() const;

private:
    template <typename F> auto withConnection(const QString &database, F body) const;

    QString m_location;
};
