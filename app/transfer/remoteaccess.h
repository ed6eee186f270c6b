#pragma once

#include "common/result.h"
#include "transfer/filedownloader.h"
#include "transfer/remotelister.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace vh {

// What a harvest needs from the machine that holds the files: list, stat,
// hash and download. SshRemoteAccess does it over SSH and SFTP; the demo
// mode's LocalFolderAccess reads a local folder instead. One object serves
// one worker thread; abort() may be called from any thread.
class RemoteAccess
{
public:
    virtual ~RemoteAccess() = default;

    virtual Result<void> connect(const std::atomic_bool *cancelled) = 0;
    virtual void disconnect() = 0;
    virtual bool isConnected() const = 0;
    // Interrupts a blocking call on another thread, e.g. on cancel.
    virtual void abort() = 0;

    virtual Result<RemoteListing> list(const QStringList &patterns, const std::atomic_bool *cancelled) = 0;
    virtual Result<RemoteFileInfo> stat(const QString &remotePath) = 0;
    virtual Result<QString> sha256(const QString &remotePath, int timeoutMs,
                                   const std::atomic_bool *cancelled) = 0;
    virtual Result<DownloadOutcome> download(const DownloadRequest &request, const std::atomic_bool *cancelled,
                                             const ProgressCallback &progress) = 0;

    // Receives the bytes of a range in order; returns false to stop (a
    // local write failed).
    using RangeSink = std::function<bool(const char *data, qint64 length)>;

    // Reads length bytes from offset of a remote file into sink, readSize at
    // a time. Returns the bytes delivered, which is less than length only
    // when the file ended first.
    virtual Result<qint64> fetchRange(const QString &remotePath, qint64 offset, qint64 length, qint64 readSize,
                                      const RangeSink &sink, const std::atomic_bool *cancelled) = 0;
};

} // namespace vh
