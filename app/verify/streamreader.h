#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

class QIODevice;

namespace vh {

// Little-endian reader over a random-access QIODevice that keeps at most one
// fixed-size window of the file in memory. Parsers check a claimed length against
// remaining() and then skip() over it, so no allocation depends on what a
// header claims. Positions are absolute offsets from the start of the device.
class StreamReader final
{
    Q_DISABLE_COPY_MOVE(StreamReader)

public:
    enum class Failure {
        None,
        EndOfData, // a read or skip went past the size given to the constructor
        Device,    // the device failed or returned less than it should have
    };

    // size is the number of bytes the device is known to hold (QFile::size()).
    StreamReader(QIODevice &device, qint64 size);

    qint64 position() const { return m_position; }
    qint64 size() const { return m_size; }
    qint64 remaining() const { return m_size - m_position; }

    // Each call returns false and leaves the position unchanged on failure.
    // failure() then distinguishes a truncated input from an I/O error.
    bool read(char *out, qint64 length);
    bool skip(qint64 length);
    bool seek(qint64 position);
    bool readU8(quint8 &value);
    bool readU16(quint16 &value);
    bool readU32(quint32 &value);
    bool readU64(quint64 &value);

    Failure failure() const { return m_failure; }
    // Device's error text when failure() is Device.
    QString deviceError() const { return m_deviceError; }

private:
    bool fillWindow();

    QIODevice &m_device;
    qint64 m_size = 0;
    qint64 m_position = 0;
    QByteArray m_window;
    qint64 m_windowStart = 0;
    qint64 m_windowLength = 0;
    Failure m_failure = Failure::None;
    QString m_deviceError;
};

} // namespace vh
