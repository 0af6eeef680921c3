#pragma once

#include <QByteArray>
#include <QIODevice>

namespace aftersales::platform
{

// A request body that can be read once and never rewound. Qt's HTTP stack silently sends
// a POST again when the connection closes before the answer (after the platform may have
// applied it); with this body it cannot, and reports ContentReSendError instead. Writes go
// out with it, so a write is never sent twice behind the client's back.
class OnceBody final : public QIODevice
{
    Q_OBJECT

public:
    explicit OnceBody(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_read = 0;
};

} // namespace aftersales::platform
