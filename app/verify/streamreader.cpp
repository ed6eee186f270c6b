#include "verify/streamreader.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QtEndian>

#include <cstring>

namespace vh {

namespace {

// 64 KiB: header fields are read a few bytes at a time, so one window serves
// thousands of reads, and skipping a long string inside it costs no syscall.
constexpr qint64 windowSize = 64 * 1024;
// A read that does not continue the previous window is taken for a random
// access, such as one zip local header, and fetches only this much.
constexpr qint64 randomAccessSize = 4 * 1024;

} // namespace

StreamReader::StreamReader(QIODevice &device, qint64 size)
    : m_device(device), m_size(qMax<qint64>(size, 0))
{
}

bool StreamReader::fillWindow()
{
    if (m_device.isSequential()) {
        m_failure = Failure::Device;
        m_deviceError = QCoreApplication::translate("vh::StreamReader",
                                                    "the device does not support seeking");
        return false;
    }
    if (m_window.isEmpty())
        m_window.resize(windowSize);
    const bool sequential = m_position == m_windowStart + m_windowLength;
    const qint64 requested = qMin(sequential ? windowSize : randomAccessSize,
                                  m_size - m_position);
    if (!m_device.seek(m_position)) {
        m_failure = Failure::Device;
        m_deviceError = m_device.errorString();
        return false;
    }
    qint64 got = 0;
    while (got < requested) {
        const qint64 chunk = m_device.read(m_window.data() + got, requested - got);
        if (chunk < 0) {
            m_failure = Failure::Device;
            m_deviceError = m_device.errorString();
            return false;
        }
        if (chunk == 0)
            break;
        got += chunk;
    }
    if (got < requested) {
        // The size came from the file system a moment ago, so a short read
        // means the file shrank while it was being checked.
        m_failure = Failure::Device;
        m_deviceError = QCoreApplication::translate(
                            "vh::StreamReader",
                            "the file ended at byte %1, before its reported size of %2 bytes")
                            .arg(m_position + got)
                            .arg(m_size);
        return false;
    }
    m_windowStart = m_position;
    m_windowLength = got;
    return true;
}

bool StreamReader::read(char *out, qint64 length)
{
    if (length < 0 || length > remaining()) {
        m_failure = Failure::EndOfData;
        return false;
    }
    const qint64 start = m_position;
    while (length > 0) {
        const bool inWindow = m_position >= m_windowStart
                              && m_position < m_windowStart + m_windowLength;
        if (!inWindow && !fillWindow()) {
            m_position = start;
            return false;
        }
        const qint64 offset = m_position - m_windowStart;
        const qint64 chunk = qMin(length, m_windowLength - offset);
        std::memcpy(out, m_window.constData() + offset, size_t(chunk));
        out += chunk;
        length -= chunk;
        m_position += chunk;
    }
    return true;
}

bool StreamReader::skip(qint64 length)
{
    if (length < 0 || length > remaining()) {
        m_failure = Failure::EndOfData;
        return false;
    }
    m_position += length;
    return true;
}

bool StreamReader::seek(qint64 position)
{
    if (position < 0 || position > m_size) {
        m_failure = Failure::EndOfData;
        return false;
    }
    m_position = position;
    return true;
}

bool StreamReader::readU8(quint8 &value)
{
    char byte = 0;
    if (!read(&byte, 1))
        return false;
    value = quint8(byte);
    return true;
}

bool StreamReader::readU16(quint16 &value)
{
    uchar bytes[2];
    if (!read(reinterpret_cast<char *>(bytes), sizeof bytes))
        return false;
    value = qFromLittleEndian<quint16>(bytes);
    return true;
}

bool StreamReader::readU32(quint32 &value)
{
    uchar bytes[4];
    if (!read(reinterpret_cast<char *>(bytes), sizeof bytes))
        return false;
    value = qFromLittleEndian<quint32>(bytes);
    return true;
}

bool StreamReader::readU64(quint64 &value)
{
    uchar bytes[8];
    if (!read(reinterpret_cast<char *>(bytes), sizeof bytes))
        return false;
    value = qFromLittleEndian<quint64>(bytes);
    return true;
}

} // namespace vh
