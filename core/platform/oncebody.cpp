#include "oncebody.h"

#include <cstring>

namespace aftersales::platform
{

OnceBody::OnceBody(QByteArray data, QObject *parent) : QIODevice(parent), m_data(std::move(data))
{
    open(QIODevice::ReadOnly);
}

qint64 OnceBody::bytesAvailable() const
{
    return m_data.size() - m_read + QIODevice::bytesAvailable();
}

qint64 OnceBody::readData(char *data, qint64 maxSize)
{
    const qint64 n = std::min<qint64>(maxSize, m_data.size() - m_read);
    if (n <= 0)
        return 0;
    std::memcpy(data, m_data.constData() + m_read, size_t(n));
    m_read += n;
    return n;
}

} // namespace aftersales::platform
