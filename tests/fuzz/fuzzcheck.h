#pragma once

#include "verify/formatcheck.h"

#include <QBuffer>
#include <QByteArray>

#include <cstdint>
#include <cstdlib>

namespace vh::fuzz {

// Runs one checker on the input through a QBuffer, then aborts (which
// libFuzzer reports as a crash) if the verdict breaks a rule every verdict
// must keep whatever the input.
template <typename Check>
void checkInput(const uint8_t *data, size_t size, Check check)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer;
    buffer.setData(bytes);
    if (!buffer.open(QIODevice::ReadOnly))
        std::abort();
    const FormatVerdict verdict = check(buffer, bytes.size());

    const bool valid = verdict.status == FormatStatus::Valid;
    if (valid && (!verdict.reason.isEmpty() || verdict.offset != -1))
        std::abort();
    if (!valid && verdict.reason.isEmpty())
        std::abort();
    // A buffer cannot fail to read, so every problem is in the bytes and
    // names an offset inside them.
    if (verdict.status == FormatStatus::ReadError)
        std::abort();
    if (verdict.status == FormatStatus::Invalid
        && (verdict.offset < 0 || verdict.offset > qint64(size))) {
        std::abort();
    }
}

} // namespace vh::fuzz
