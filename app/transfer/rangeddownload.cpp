#include "transfer/rangeddownload.h"

#include "common/logging.h"
#include "common/platform.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QThread>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace vh {

namespace {

struct Tr final
{
    Q_DECLARE_TR_FUNCTIONS(vh::RangedDownload)
};

// How much of each range's end is compared with the remote file on resume.
constexpr qint64 tailCheckSize = 1024 * 1024;

} // namespace

QString RangeState::pathFor(const QString &localPath)
{
    return FileDownloader::partPath(localPath) + QStringLiteral(".ranges");
}

RangeState RangeState::split(qint64 size, qint64 modifiedTime, int count)
{
    RangeState state;
    state.remoteSize = size;
    state.remoteModifiedTime = modifiedTime;
    count = int(qBound(qint64(1), qint64(count), qMax(qint64(1), size)));
    const qint64 step = size / count;
    for (int i = 0; i < count; ++i) {
        const qint64 start = i * step;
        const qint64 end = i == count - 1 ? size : start + step;
        state.ranges.append(Range{start, end, 0});
    }
    return state;
}

std::optional<RangeState> RangeState::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    RangeState state;
    state.remoteSize = object.value(QStringLiteral("remote_size")).toInteger(-1);
    state.remoteModifiedTime = object.value(QStringLiteral("remote_mtime")).toInteger();
    qint64 expectedStart = 0;
    for (const QJsonValue &value : object.value(QStringLiteral("ranges")).toArray()) {
        const QJsonObject range = value.toObject();
        Range entry{range.value(QStringLiteral("start")).toInteger(-1), range.value(QStringLiteral("end")).toInteger(-1),
                    range.value(QStringLiteral("done")).toInteger(-1)};
        // Ranges must tile the file exactly; anything else is not ours to trust.
        if (entry.start != expectedStart || entry.end < entry.start || entry.done < 0
            || entry.done > entry.end - entry.start) {
            return std::nullopt;
        }
        expectedStart = entry.end;
        state.ranges.append(entry);
    }
    if (state.ranges.isEmpty() || expectedStart != state.remoteSize)
        return std::nullopt;
    return state;
}

Result<void> RangeState::save(const QString &path) const
{
    QJsonArray array;
    for (const Range &range : ranges) {
        array.append(QJsonObject{{QStringLiteral("start"), range.start},
                                 {QStringLiteral("end"), range.end},
                                 {QStringLiteral("done"), range.done}});
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error(ErrorKind::LocalIo, Tr::tr("Cannot write %1: %2.").arg(path, file.errorString()));
    }
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("remote_size"), remoteSize},
                                         {QStringLiteral("remote_mtime"), remoteModifiedTime},
                                         {QStringLiteral("ranges"), array}})
                   .toJson(QJsonDocument::Compact));
    if (!file.commit())
        return Error(ErrorKind::LocalIo, Tr::tr("Cannot write %1: %2.").arg(path, file.errorString()));
    return {};
}

qint64 RangeState::bytesDone() const
{
    qint64 done = 0;
    for (const Range &range : ranges)
        done += range.done;
    return done;
}

RangedDownload::RangedDownload(AccessFactory openConnection, int streams, RetryPolicy retry)
    : m_openConnection(std::move(openConnection)), m_streams(qMax(1, streams)), m_retry(std::move(retry))
{
}

bool RangedDownload::hasState(const QString &localPath)
{
    return QFileInfo::exists(RangeState::pathFor(localPath));
}

Result<DownloadOutcome> RangedDownload::run(const DownloadRequest &request, const std::atomic_bool *cancelled,
                                            const ProgressCallback &progress, RemoteAccess *firstConnection)
{
    DownloadOutcome outcome;
    QElapsedTimer clock;
    clock.start();
    if (QFileInfo::exists(request.localPath)) {
        outcome.alreadyPresent = true;
        outcome.finalSize = QFileInfo(request.localPath).size();
        return outcome;
    }
    const QString part = FileDownloader::partPath(request.localPath);
    const QString statePath = RangeState::pathFor(request.localPath);
    QDir().mkpath(QFileInfo(request.localPath).absolutePath());

    // Reuse saved ranges only for the same remote file and a .part that is there.
    std::optional<RangeState> saved = RangeState::load(statePath);
    if (saved && (saved->remoteSize != request.expectedSize || saved->remoteModifiedTime != request.remoteModifiedTime
                  || QFileInfo(part).size() != request.expectedSize)) {
        qCWarning(lcSftp) << "discarding range state of" << part << "for another version of the file";
        saved.reset();
    }
    RangeState state = saved ? *saved : RangeState::split(request.expectedSize, request.remoteModifiedTime, m_streams);
    if (!saved) {
        QFile file(part);
        if (!file.open(QIODevice::ReadWrite | QIODevice::Truncate) || !file.resize(request.expectedSize)) {
            return Error(ErrorKind::DiskFull,
                         Tr::tr("Cannot reserve %1 bytes for %2: %3. Free some space or choose another destination.")
                             .arg(request.expectedSize)
                             .arg(part, file.errorString()));
        }
    }
    if (auto written = state.save(statePath); !written)
        return written.error();
    outcome.resumedFrom = state.bytesDone();

    std::mutex mutex; // guards state and firstError
    std::optional<Error> firstError;
    std::atomic<qint64> bytesDone{state.bytesDone()};
    std::atomic_bool stop{false};

    // Streams that ended, for any reason; the monitor below waits on it.
    std::mutex finishMutex;
    std::condition_variable finishedChanged;
    int finished = 0;

    auto runRange = [&](int index, RemoteAccess *lent) {
        struct CountFinished
        {
            std::mutex &mutex;
            std::condition_variable &changed;
            int &count;
            ~CountFinished()
            {
                const std::lock_guard<std::mutex> guard(mutex);
                ++count;
                changed.notify_all();
            }
        } countFinished{finishMutex, finishedChanged, finished};
        lowerCurrentThreadPriority();
        std::unique_ptr<RemoteAccess> owned = lent ? nullptr : m_openConnection();
        RemoteAccess *access = lent ? lent : owned.get();
        QFile file(part);
        if (!file.open(QIODevice::ReadWrite | QIODevice::Unbuffered)) {
            const std::lock_guard<std::mutex> guard(mutex);
            firstError = Error(ErrorKind::LocalIo, Tr::tr("Cannot open %1: %2.").arg(part, file.errorString()));
            stop = true;
            return;
        }
        RangeState::Range range;
        {
            const std::lock_guard<std::mutex> guard(mutex);
            range = state.ranges.at(index);
        }
        bool tailChecked = range.done == 0;
        int attempt = 0;
        while (range.done < range.end - range.start) {
            if ((cancelled && cancelled->load()) || stop)
                return;
            const qint64 doneBefore = range.done;
            Error failure;
            if (!access->isConnected()) {
                if (auto connected = access->connect(cancelled); !connected)
                    failure = connected.error();
            }
            // After a crash the last bytes written may not have reached the
            // disk: compare them with the server and step back if they differ.
            if (!failure.isError() && !tailChecked) {
                const qint64 length = qMin(tailCheckSize, range.done);
                const qint64 from = range.start + range.done - length;
                QByteArray remoteBytes;
                auto fetched = access->fetchRange(request.remotePath, from, length, length,
                                                  [&](const char *data, qint64 size) {
                                                      remoteBytes.append(data, size);
                                                      return true;
                                                  },
                                                  cancelled);
                if (!fetched) {
                    failure = fetched.error();
                } else {
                    file.seek(from);
                    if (file.read(length) != remoteBytes) {
                        qCWarning(lcSftp) << part << "range" << index << "tail differs; fetching it again";
                        bytesDone -= length;
                        range.done -= length;
                        outcome.tailRepaired = true;
                    }
                    tailChecked = true;
                }
            }
            if (!failure.isError()) {
                file.seek(range.start + range.done);
                auto fetched = access->fetchRange(
                    request.remotePath, range.start + range.done, range.end - range.start - range.done,
                    request.readSize,
                    [&](const char *data, qint64 size) {
                        if (file.write(data, size) != size)
                            return false;
                        range.done += size;
                        bytesDone += size;
                        const std::lock_guard<std::mutex> guard(mutex);
                        state.ranges[index].done = range.done;
                        return true;
                    },
                    cancelled);
                if (!fetched) {
                    failure = fetched.error();
                } else if (range.done < range.end - range.start) {
                    failure = file.error() != QFileDevice::NoError
                                  ? Error(ErrorKind::LocalIo, Tr::tr("Writing %1 failed: %2.").arg(part, file.errorString()))
                                  : Error(ErrorKind::RemoteIo,
                                          Tr::tr("%1 ended at byte %2, before the %3 bytes it had when listed; it "
                                                 "changed on the instance. Harvest it again.")
                                              .arg(request.remotePath)
                                              .arg(range.start + range.done)
                                              .arg(request.expectedSize));
                }
            }
            if (!failure.isError())
                continue;
            if ((cancelled && cancelled->load()) || stop)
                return;
            // Retries count only attempts that moved no data.
            attempt = range.done > doneBefore ? 0 : attempt + 1;
            if (!failure.isTransient() || attempt > m_retry.maxAttempts) {
                const std::lock_guard<std::mutex> guard(mutex);
                if (!firstError)
                    firstError = failure;
                stop = true;
                return;
            }
            if (m_retry.report) {
                m_retry.report(Tr::tr("%1 Reconnecting stream %2 of %3 (attempt %4 of %5).")
                                   .arg(failure.message)
                                   .arg(index + 1)
                                   .arg(state.ranges.size())
                                   .arg(qMax(attempt, 1)) // 0 after a failure that moved data
                                   .arg(m_retry.maxAttempts));
            }
            access->disconnect();
            if (m_retry.sleepBeforeRetry && !m_retry.sleepBeforeRetry(attempt))
                return;
        }
    };

    std::vector<std::thread> threads;
    for (int i = 0; i < state.ranges.size(); ++i) {
        if (state.ranges.at(i).done < state.ranges.at(i).end - state.ranges.at(i).start) {
            threads.emplace_back(runRange, i, firstConnection);
            firstConnection = nullptr;
        }
    }

    // Report progress and save the range state while the streams run. Each
    // save first flushes the .part to disk, so the state never claims bytes
    // that a power cut could still take, and the last flush is short.
    ProgressMeter meter(request.expectedSize, bytesDone.load());
    QFile syncHandle(part);
    const bool canSync = syncHandle.open(QIODevice::ReadWrite);
    auto saveDurably = [&] {
        RangeState snapshot;
        {
            const std::lock_guard<std::mutex> guard(mutex);
            snapshot = state;
        }
        // Without the flush the state is still saved, because the tail check
        // on resume and the SHA-256 afterwards catch what a power cut spoiled.
        QString syncError;
        if (!canSync || !syncFileToDisk(syncHandle, &syncError))
            qCWarning(lcSftp) << "could not flush" << part << (canSync ? syncError : syncHandle.errorString());
        if (auto written = snapshot.save(statePath); !written)
            qCWarning(lcSftp) << written.error().message;
    };

    QElapsedTimer sinceSave;
    sinceSave.start();
    for (;;) {
        {
            std::unique_lock<std::mutex> lock(finishMutex);
            // Wakes at once when the last stream ends, not at the next tick.
            if (finishedChanged.wait_for(lock, std::chrono::milliseconds(100),
                                         [&] { return finished == int(threads.size()); })) {
                break;
            }
        }
        if (meter.update(bytesDone.load()) && progress)
            progress(meter.progress());
        // Saved every 200 ms: after a kill at most that much is fetched again.
        if (sinceSave.elapsed() >= 200) {
            saveDurably();
            sinceSave.restart();
        }
    }
    for (std::thread &thread : threads)
        thread.join();
    saveDurably();
    syncHandle.close();

    if (cancelled && cancelled->load()) {
        return Error(ErrorKind::Cancelled, Tr::tr("The download of %1 was cancelled; %2 and its range state are kept.")
                                               .arg(request.remotePath, part));
    }
    if (firstError)
        return *firstError;

    QFile file(part);
    QString syncError;
    if (!file.open(QIODevice::ReadWrite) || !syncFileToDisk(file, &syncError))
        return Error(ErrorKind::LocalIo, Tr::tr("Writing %1 to disk failed: %2.").arg(part, syncError));
    file.close();
    if (request.remoteModifiedTime > 0)
        setFileModificationTime(part, request.remoteModifiedTime);
    if (!QFile::rename(part, request.localPath)) {
        return Error(ErrorKind::LocalIo, Tr::tr("The download is complete in %1, but renaming it to %2 failed. If %2 "
                                                "exists, move it away and run the harvest again.")
                                             .arg(part, request.localPath));
    }
    QFile::remove(statePath);
    if (progress) {
        meter.update(request.expectedSize);
        progress(meter.progress());
    }
    outcome.bytesWritten = request.expectedSize - outcome.resumedFrom;
    outcome.finalSize = request.expectedSize;
    qCInfo(lcSftp).noquote() << "downloaded" << request.remotePath << "in" << state.ranges.size() << "ranges,"
                             << transferSummary(outcome.bytesWritten, clock.elapsed());
    return outcome;
}

} // namespace vh
