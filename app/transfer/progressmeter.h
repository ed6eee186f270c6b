#pragma once

#include <QElapsedTimer>
#include <QString>
#include <QtGlobal>

#include <deque>

namespace vh {

// Progress of one file transfer.
struct TransferProgress
{
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;     // expected size; may be exceeded by a growing file
    double bytesPerSecond = 0;
    qint64 secondsLeft = -1;   // -1 while the rate is unknown
};

// Measures the rate over the last few seconds and decides when the next
// progress event is due, so a fast link does not flood the event queue.
class ProgressMeter final
{
public:
    explicit ProgressMeter(qint64 bytesTotal, qint64 startBytes = 0, int intervalMs = 100);

    // Records the new count; returns true when an event should go out now.
    bool update(qint64 bytesDone);
    TransferProgress progress() const;

private:
    struct Sample
    {
        qint64 elapsedMs;
        qint64 bytes;
    };

    QElapsedTimer m_clock;
    std::deque<Sample> m_samples;
    qint64 m_total = 0;
    qint64 m_done = 0;
    qint64 m_lastEmitMs = -1;
    int m_intervalMs = 100;
};

// Formats "N bytes in S s (R MB/s)" for log lines. Benchmarks read the
// transfer's own rate from it, without the set-up before or hashing after.
QString transferSummary(qint64 bytes, qint64 elapsedMs);

} // namespace vh
