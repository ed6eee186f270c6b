#pragma once

#include "common/result.h"
#include "transfer/filedownloader.h"
#include "transfer/remotelister.h"

#include <QString>
#include <QStringList>

#include <atomic>
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
};

} // namespace vh
