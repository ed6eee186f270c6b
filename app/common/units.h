#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace vh {

// Parses "5G", "512M", "10K" or a plain byte count. Suffixes K, M, G, T are
// powers of 1024, an optional trailing "B" or "iB" is accepted. Returns
// nothing for malformed text, negative values or values beyond qint64.
std::optional<qint64> parseByteSize(const QString &text);

// Formats a byte count in binary units with three significant digits,
// e.g. "1.50 GiB"; counts under 1 KiB are shown exactly, e.g. "512 B".
QString formatBytes(qint64 bytes);

// Formats a rate in bytes per second, e.g. "112 MiB/s".
QString formatRate(double bytesPerSecond);

// Formats a duration in seconds as "1 h 02 min", "3 min 05 s" or "12 s".
QString formatDuration(qint64 seconds);

} // namespace vh
