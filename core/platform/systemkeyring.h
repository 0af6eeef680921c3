#pragma once

#include "keyring.h"

#include <QHash>
#include <QObject>

class QThread;
class QTimer;

namespace aftersales::platform
{

class KeychainWorker;

// The system keyring through QtKeychain (the Secret Service on Linux), never its plaintext
// fallback. Without a session bus the jobs fail at once, but a bus that accepts and never
// answers blocks the thread that asks for up to a minute: so the jobs run on a thread of
// this keyring's own, and each call is answered unavailable after `timeoutMs` when the job
// has not answered by then. After the first unavailable answer every later call answers
// at once. Lives in (and answers on) the thread that made it.
class SystemKeyring final : public QObject, public Keyring
{
    Q_OBJECT

public:
    explicit SystemKeyring(QString service = QStringLiteral("aftersales"), int timeoutMs = 2000,
                           QObject *parent = nullptr);
    ~SystemKeyring() override;

    void read(const QString &key, ReadDone done) override;
    void write(const QString &key, const QString &value, WriteDone done) override;
    void remove(const QString &key, WriteDone done) override;

    bool knownUnavailable() const { return !m_unavailable.isEmpty(); }

Q_SIGNALS:
    void startJob(quint64 id, int operation, const QString &service, const QString &key,
                  const QString &value);

private:
    struct Result {
        bool answered = false; // false: the deadline passed first
        int error = 0;         // QKeychain::Error
        QString errorString;
        QString text;
    };
    using Finish = std::function<void(const Result &)>;

    void run(int operation, const QString &key, const QString &value, Finish finish);
    void onJobFinished(quint64 id, int error, const QString &errorString, const QString &text);
    void onDeadline(quint64 id);
    QString unavailable(const Result &r);

    struct Pending {
        Finish finish;
        QTimer *deadline = nullptr;
    };

    QString m_service;
    int m_timeoutMs;
    QString m_unavailable; // why, once the keyring failed to answer
    QThread *m_thread;
    KeychainWorker *m_worker;
    QHash<quint64, Pending> m_pending;
    quint64 m_nextId = 1;
};

} // namespace aftersales::platform
