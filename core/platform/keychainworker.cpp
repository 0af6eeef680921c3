#include "keychainworker.h"

#include <qt6keychain/keychain.h>

namespace aftersales::platform
{

void KeychainWorker::start(quint64 id, int operation, const QString &service, const QString &key,
                           const QString &value)
{
    QKeychain::Job *job = nullptr;
    switch (operation) {
    case Read:
        job = new QKeychain::ReadPasswordJob(service, this);
        break;
    case Write: {
        auto *write = new QKeychain::WritePasswordJob(service, this);
        write->setTextData(value);
        job = write;
        break;
    }
    default:
        job = new QKeychain::DeletePasswordJob(service, this);
        break;
    }
    job->setKey(key);
    // Never QSettings in plain text instead of a keyring.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [this, id, operation](QKeychain::Job *j) {
        const QString text = operation == Read && j->error() == QKeychain::NoError
                                 ? static_cast<QKeychain::ReadPasswordJob *>(j)->textData()
                                 : QString();
        Q_EMIT finished(id, int(j->error()), j->errorString(), text);
    });
    job->start();
}

} // namespace aftersales::platform
