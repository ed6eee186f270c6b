#pragma once

#include "common/result.h"
#include "transfer/progressmeter.h"

#include <QString>

#include <atomic>
#include <functional>

namespace vh {

class SshSession;

struct DownloadRequest
{
    QString remotePath;
    QString localPath;          // final name; data goes to localPath + ".part" first
    qint64 expectedSize = 0;    // size seen when listing, for progress
    qint64 remoteModifiedTime = 0; // set on the finished file
    // Bytes asked for per libssh2_sftp_read() call. libssh2 keeps four times
    // this in flight (up to 8 MiB), which is what fills a long link.
    qint64 readSize = 2 * 1024 * 1024;
    // How much of the end of an existing .part is compared with the remote
    // file before resuming.
    qint64 tailCheckSize = 1024 * 1024;
};

struct DownloadOutcome
{
    qint64 bytesWritten = 0;   // bytes fetched in this call
    qint64 resumedFrom = 0;    // offset the download continued from
    qint64 finalSize = 0;
    bool alreadyPresent = false; // a complete file was there; nothing was touched
    bool tailRepaired = false;   // the .part tail differed and was cut back
};

using ProgressCallback = std::function<void(const TransferProgress &progress)>;

// Downloads one remote file over SFTP into NAME.part, resuming from the
// bytes already there, and renames it to NAME once complete and on disk.
class FileDownloader final
{
public:
    explicit FileDownloader(SshSession &session) : m_session(session) {}

    // On a transient error (dropped link) the .part stays, so the caller can
    // reconnect and call again to resume. An existing complete file at
    // localPath is never overwritten: the outcome says alreadyPresent.
    Result<DownloadOutcome> download(const DownloadRequest &request, const std::atomic_bool *cancelled,
                                     const ProgressCallback &progress);

    static QString partPath(const QString &localPath);

private:
    SshSession &m_session;
};

} // namespace vh
