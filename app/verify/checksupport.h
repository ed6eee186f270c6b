#pragma once

#include "verify/formatcheck.h"

#include <QVariant>
#include <QtGlobal>

#include <optional>

namespace vh {

class StreamReader;

// Builds the verdict for the first problem of a check. The reason reads
// "at byte OFFSET: PROBLEM" so that every message names where it was found.
FormatVerdict problemVerdict(ModelFormat format, FormatStatus status, qint64 offset,
                             const QString &problem);

// Turns a failed StreamReader call into a verdict. Running out of data is
// Invalid because the file is shorter than its headers declare. A device
// failure is ReadError.
FormatVerdict readFailureVerdict(ModelFormat format, const StreamReader &reader);

FormatVerdict cancelledVerdict(ModelFormat format);

inline bool isCancelled(const std::atomic_bool *cancelled)
{
    return cancelled && cancelled->load(std::memory_order_relaxed);
}

// Overflow-checked arithmetic on non-negative 64-bit values. Each returns
// nothing when the exact result does not fit in a quint64.
std::optional<quint64> checkedAdd(quint64 a, quint64 b);
std::optional<quint64> checkedMultiply(quint64 a, quint64 b);

// Returns a count as a QVariant holding a qint64, the type QJsonValue keeps
// exactly; values beyond qint64 are clamped.
QVariant factNumber(quint64 value);

// Rounds value up to a multiple of alignment (> 0); nothing on overflow.
std::optional<quint64> alignUp(quint64 value, quint64 alignment);

// Shows a key, tensor or entry name in a message: control characters
// replaced and long names cut, so a corrupt header cannot garble a report.
QString printableName(const QByteArray &name, qsizetype maximumLength = 80);

} // namespace vh
