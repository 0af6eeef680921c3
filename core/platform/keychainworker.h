#pragma once

#include <QObject>

namespace aftersales::platform
{

// Runs QtKeychain jobs on the keyring's own thread and reports each one's end.
class KeychainWorker : public QObject
{
    Q_OBJECT

public:
    enum Operation { Read, Write, Remove };
    using QObject::QObject;

public Q_SLOTS:
    void start(quint64 id, int operation, const QString &service, const QString &key, const QString &value);

Q_SIGNALS:
    void finished(quint64 id, int error, const QString &errorString, const QString &text);
};

} // namespace aftersales::platform
