#include "common/units.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace vh {

std::optional<qint64> parseByteSize(const QString &text)
{
    QString value = text.trimmed().toUpper();
    if (value.endsWith(QLatin1String("IB")))
        value.chop(2);
    else if (value.endsWith(QLatin1Char('B')))
        value.chop(1);
    if (value.isEmpty())
        return std::nullopt;

    int shift = 0;
    switch (value.back().unicode()) {
    case 'K': shift = 10; break;
    case 'M': shift = 20; break;
    case 'G': shift = 30; break;
    case 'T': shift = 40; break;
    default: break;
    }
    if (shift != 0)
        value.chop(1);

    bool ok = false;
    const qulonglong number = value.toULongLong(&ok);
    if (!ok)
        return std::nullopt;
    const auto maximum = static_cast<qulonglong>(std::numeric_limits<qint64>::max());
    if (number > (maximum >> shift))
        return std::nullopt;
    return static_cast<qint64>(number << shift);
}

QString formatBytes(qint64 bytes)
{
    static const char *const units[] = {"KiB", "MiB", "GiB", "TiB", "PiB"};
    if (bytes < 1024)
        return QStringLiteral("%1 B").arg(bytes);

    double value = double(bytes);
    int unit = -1;
    while (value >= 1024.0 && unit < 4) {
        value /= 1024.0;
        ++unit;
    }
    const int decimals = value < 10 ? 2 : (value < 100 ? 1 : 0);
    return QStringLiteral("%1 %2").arg(value, 0, 'f', decimals).arg(QLatin1String(units[unit]));
}

QString formatRate(double bytesPerSecond)
{
    if (!std::isfinite(bytesPerSecond) || bytesPerSecond < 0)
        bytesPerSecond = 0;
    return QCoreApplication::translate("vh::Units", "%1/s").arg(formatBytes(qint64(bytesPerSecond)));
}

QString formatDuration(qint64 seconds)
{
    if (seconds < 0)
        seconds = 0;
    const qint64 hours = seconds / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    const qint64 rest = seconds % 60;
    if (hours > 0)
        return QCoreApplication::translate("vh::Units", "%1 h %2 min")
            .arg(hours)
            .arg(minutes, 2, 10, QLatin1Char('0'));
    if (minutes > 0)
        return QCoreApplication::translate("vh::Units", "%1 min %2 s")
            .arg(minutes)
            .arg(rest, 2, 10, QLatin1Char('0'));
    return QCoreApplication::translate("vh::Units", "%1 s").arg(rest);
}

} // namespace vh
