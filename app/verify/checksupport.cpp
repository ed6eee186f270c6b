#include "verify/checksupport.h"

#include "verify/streamreader.h"

#include <QCoreApplication>

#include <limits>

namespace vh {

FormatVerdict problemVerdict(ModelFormat format, FormatStatus status, qint64 offset,
                             const QString &problem)
{
    FormatVerdict verdict;
    verdict.format = format;
    verdict.status = status;
    verdict.offset = offset;
    verdict.reason = QCoreApplication::translate("vh::FormatCheck", "at byte %1: %2")
                         .arg(offset)
                         .arg(problem);
    return verdict;
}

FormatVerdict readFailureVerdict(ModelFormat format, const StreamReader &reader)
{
    if (reader.failure() == StreamReader::Failure::Device) {
        return problemVerdict(format, FormatStatus::ReadError, reader.position(),
                              QCoreApplication::translate("vh::FormatCheck", "read failed: %1")
                                  .arg(reader.deviceError()));
    }
    return problemVerdict(format, FormatStatus::Invalid, reader.position(),
                          QCoreApplication::translate("vh::FormatCheck",
                                                      "unexpected end of file (size %1 bytes)")
                              .arg(reader.size()));
}

FormatVerdict cancelledVerdict(ModelFormat format)
{
    FormatVerdict verdict;
    verdict.format = format;
    verdict.status = FormatStatus::NotChecked;
    verdict.cancelled = true;
    verdict.reason = QCoreApplication::translate("vh::FormatCheck", "format check cancelled");
    return verdict;
}

std::optional<quint64> checkedAdd(quint64 a, quint64 b)
{
    if (b > std::numeric_limits<quint64>::max() - a)
        return std::nullopt;
    return a + b;
}

std::optional<quint64> checkedMultiply(quint64 a, quint64 b)
{
    if (a != 0 && b > std::numeric_limits<quint64>::max() / a)
        return std::nullopt;
    return a * b;
}

QVariant factNumber(quint64 value)
{
    return QVariant::fromValue(qint64(qMin<quint64>(value, quint64(std::numeric_limits<qint64>::max()))));
}

std::optional<quint64> alignUp(quint64 value, quint64 alignment)
{
    const quint64 remainder = value % alignment;
    if (remainder == 0)
        return value;
    return checkedAdd(value, alignment - remainder);
}

QString printableName(const QByteArray &name, qsizetype maximumLength)
{
    QString text = QString::fromUtf8(name.left(maximumLength));
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char('?');
    }
    if (name.size() > maximumLength)
        text += QStringLiteral("...");
    return text;
}

} // namespace vh
