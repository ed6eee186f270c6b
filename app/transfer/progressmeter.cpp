#include "transfer/progressmeter.h"

namespace vh {

namespace {
// The rate is averaged over this window: long enough to smooth SFTP's
// bursts, short enough to follow a link that slows down.
constexpr qint64 rateWindowMs = 5000;
} // namespace

ProgressMeter::ProgressMeter(qint64 bytesTotal, qint64 startBytes, int intervalMs)
    : m_total(bytesTotal), m_done(startBytes), m_intervalMs(intervalMs)
{
    m_clock.start();
    m_samples.push_back({0, startBytes});
}

bool ProgressMeter::update(qint64 bytesDone)
{
    m_done = bytesDone;
    const qint64 now = m_clock.elapsed();
    m_samples.push_back({now, bytesDone});
    while (m_samples.size() > 2 && now - m_samples[1].elapsedMs > rateWindowMs)
        m_samples.pop_front();
    if (m_lastEmitMs >= 0 && now - m_lastEmitMs < m_intervalMs)
        return false;
    m_lastEmitMs = now;
    return true;
}

TransferProgress ProgressMeter::progress() const
{
    TransferProgress progress;
    progress.bytesDone = m_done;
    progress.bytesTotal = m_total;
    const Sample &oldest = m_samples.front();
    const Sample &newest = m_samples.back();
    const qint64 spanMs = newest.elapsedMs - oldest.elapsedMs;
    if (spanMs >= 200) {
        progress.bytesPerSecond = double(newest.bytes - oldest.bytes) * 1000.0 / double(spanMs);
        if (progress.bytesPerSecond > 0 && m_total >= m_done)
            progress.secondsLeft = qint64(double(m_total - m_done) / progress.bytesPerSecond + 0.5);
    }
    return progress;
}

QString transferSummary(qint64 bytes, qint64 elapsedMs)
{
    const double seconds = qMax<qint64>(elapsedMs, 1) / 1000.0;
    return QStringLiteral("%1 bytes in %2 s (%3 MB/s)")
        .arg(bytes)
        .arg(seconds, 0, 'f', 2)
        .arg(bytes / seconds / 1e6, 0, 'f', 1);
}

} // namespace vh
