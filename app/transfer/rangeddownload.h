#pragma once

#include "common/result.h"
#include "transfer/filedownloader.h"
#include "transfer/remoteaccess.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace vh {

// Progress of a download split into byte ranges, kept beside the .part
// file as NAME.part.ranges so a crash or a kill loses at most the bytes
// written since the last save, and no range is fetched twice.
struct RangeState
{
    struct Range
    {
        qint64 start = 0;
        qint64 end = 0;  // exclusive
        qint64 done = 0; // bytes from start already in the .part file
    };

    qint64 remoteSize = 0;
    qint64 remoteModifiedTime = 0;
    QList<Range> ranges;

    static QString pathFor(const QString &localPath);
    // Splits size into count ranges of nearly equal length.
    static RangeState split(qint64 size, qint64 modifiedTime, int count);
    static std::optional<RangeState> load(const QString &path);
    Result<void> save(const QString &path) const;
    qint64 bytesDone() const;
};

// What a ranged download needs from its caller to survive dropped links.
struct RetryPolicy
{
    int maxAttempts = 8;
    // Waits before attempt n; false when cancelled meanwhile.
    std::function<bool(int attempt)> sleepBeforeRetry;
    std::function<void(const QString &message)> report;
};

// Downloads one large file over several connections at once, each stream
// writing its own range of NAME.part. On a long link one SFTP stream is
// limited by the data libssh2 keeps in flight, so N streams move about N
// times as much. The finished file is renamed into place like a
// single-stream download; the caller still hashes it from disk.
class RangedDownload final
{
public:
    using AccessFactory = std::function<std::unique_ptr<RemoteAccess>()>;

    RangedDownload(AccessFactory openConnection, int streams, RetryPolicy retry);

    // firstConnection, when given, carries the first range instead of a new
    // connection. The caller keeps ownership, and it may be left disconnected.
    Result<DownloadOutcome> run(const DownloadRequest &request, const std::atomic_bool *cancelled,
                                const ProgressCallback &progress, RemoteAccess *firstConnection = nullptr);

    // True when an earlier ranged download of this file left its state.
    static bool hasState(const QString &localPath);

private:
    AccessFactory m_openConnection;
    int m_streams;
    RetryPolicy m_retry;
};

} // namespace vh
