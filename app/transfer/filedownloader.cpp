#include "transfer/filedownloader.h"

#include "common/logging.h"
#include "common/platform.h"
#include "transfer/progressmeter.h"
#include "transfer/sshsession.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

#include <libssh2.h>
#include <libssh2_sftp.h>

#include <vector>

namespace vh {

namespace {

struct Tr final
{
    Q_DECLARE_TR_FUNCTIONS(vh::FileDownloader)
};

// Closes the SFTP handle on every return path.
struct RemoteHandle
{
    LIBSSH2_SFTP_HANDLE *handle = nullptr;
    ~RemoteHandle()
    {
        if (handle)
            libssh2_sftp_close_handle(handle);
    }
};

// Reads exactly length bytes at offset from the remote file, unless it ends first.
Result<QByteArray> readRemoteRange(SshSession &session, LIBSSH2_SFTP_HANDLE *handle,
                                   const QString &remotePath, qint64 offset, qint64 length)
{
    QByteArray data(length, Qt::Uninitialized);
    libssh2_sftp_seek64(handle, libssh2_uint64_t(offset));
    qint64 got = 0;
    while (got < length) {
        // A quarter of what is left, so libssh2's read-ahead (four times the
        // request) stays inside the compared range.
        const qint64 left = length - got;
        const qint64 wanted = qMax<qint64>(left / 4, qMin<qint64>(left, 32768));
        const ssize_t rc = libssh2_sftp_read(handle, data.data() + got, size_t(wanted));
        if (rc < 0)
            return session.errorFor(int(rc), Tr::tr("Reading %1").arg(remotePath));
        if (rc == 0)
            break;
        got += rc;
    }
    data.truncate(got);
    return data;
}

Error writeError(const QFile &file, const QString &path, qint64 bytesStillNeeded)
{
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    if (storage.isValid() && storage.bytesAvailable() < qMax<qint64>(bytesStillNeeded, 1)) {
        return Error(ErrorKind::DiskFull,
                     Tr::tr("The disk holding %1 is full: %2 more bytes are needed and %3 are free. "
                            "Free some space or choose another destination; the partial file is kept "
                            "and the download resumes from it.")
                         .arg(path)
                         .arg(bytesStillNeeded)
                         .arg(storage.bytesAvailable()));
    }
    return Error(ErrorKind::LocalIo, Tr::tr("Writing %1 failed: %2.").arg(path, file.errorString()));
}

} // namespace

QString FileDownloader::partPath(const QString &localPath)
{
    return localPath + QStringLiteral(".part");
}

Result<DownloadOutcome> FileDownloader::download(const DownloadRequest &request,
                                                 const std::atomic_bool *cancelled,
                                                 const ProgressCallback &progress)
{
    DownloadOutcome outcome;
    QElapsedTimer clock;
    clock.start();
    if (QFileInfo::exists(request.localPath)) {
        outcome.alreadyPresent = true;
        outcome.finalSize = QFileInfo(request.localPath).size();
        qCInfo(lcSftp) << request.localPath << "already exists; it is verified, not overwritten";
        return outcome;
    }

    const QString part = partPath(request.localPath);
    if (!QDir().mkpath(QFileInfo(request.localPath).absolutePath())) {
        return Error(ErrorKind::LocalIo,
                     Tr::tr("Cannot create the folder %1. Check the destination and its permissions.")
                         .arg(QFileInfo(request.localPath).absolutePath()));
    }

    auto sftp = m_session.sftp();
    if (!sftp)
        return sftp.error();
    const QByteArray remote = request.remotePath.toUtf8();
    RemoteHandle handle;
    handle.handle = libssh2_sftp_open_ex(*sftp, remote.constData(), unsigned(remote.size()),
                                         LIBSSH2_FXF_READ, 0, LIBSSH2_SFTP_OPENFILE);
    if (!handle.handle) {
        return m_session.errorFor(libssh2_session_last_errno(m_session.handle()),
                                  Tr::tr("Opening %1").arg(request.remotePath));
    }
    LIBSSH2_SFTP_ATTRIBUTES attributes{};
    qint64 remoteSize = request.expectedSize;
    if (libssh2_sftp_fstat_ex(handle.handle, &attributes, 0) == 0
        && (attributes.flags & LIBSSH2_SFTP_ATTR_SIZE)) {
        remoteSize = qint64(attributes.filesize);
    }

    QFile file(part);
    if (!file.open(QIODevice::ReadWrite)) {
        return Error(ErrorKind::LocalIo,
                     Tr::tr("Cannot open %1 for writing: %2.").arg(part, file.errorString()));
    }

    // Resume: the end of an earlier .part may hold garbage after a crash or
    // power loss. Compare the last window with the server's bytes, and step
    // back window by window until one matches; a file that differs
    // everywhere starts again from zero.
    qint64 offset = file.size();
    if (offset > remoteSize) {
        qCWarning(lcSftp) << part << "is longer than the remote file; starting again";
        offset = 0;
    }
    constexpr int maximumWindowsBack = 16;
    for (int window = 0; offset > 0 && window < maximumWindowsBack; ++window) {
        const qint64 length = qMin(request.tailCheckSize, offset);
        const qint64 start = offset - length;
        file.seek(start);
        const QByteArray local = file.read(length);
        auto remoteBytes = readRemoteRange(m_session, handle.handle, request.remotePath, start, length);
        if (!remoteBytes)
            return remoteBytes.error();
        if (local == remoteBytes.value())
            break;
        qCWarning(lcSftp) << part << "differs from the remote file in" << start << "to" << offset
                          << "; cutting it back";
        outcome.tailRepaired = true;
        offset = start;
        if (window == maximumWindowsBack - 1)
            offset = 0;
    }
    if (!file.resize(offset) || !file.seek(offset))
        return writeError(file, part, remoteSize - offset);
    outcome.resumedFrom = offset;
    if (offset > 0)
        qCInfo(lcSftp) << "resuming" << request.remotePath << "at byte" << offset;

    libssh2_sftp_seek64(handle.handle, libssh2_uint64_t(offset));
    std::vector<char> buffer(size_t(request.readSize));
    ProgressMeter meter(remoteSize, offset);
    qint64 done = offset;
    for (;;) {
        if (cancelled && cancelled->load()) {
            file.flush();
            return Error(ErrorKind::Cancelled,
                         Tr::tr("The download of %1 was cancelled at %2 bytes; %3 is kept and resumes "
                                "next time.")
                             .arg(request.remotePath)
                             .arg(done)
                             .arg(part));
        }
        const ssize_t got = libssh2_sftp_read(handle.handle, buffer.data(), buffer.size());
        if (got < 0) {
            file.flush();
            if (cancelled && cancelled->load()) {
                return Error(ErrorKind::Cancelled,
                             Tr::tr("The download of %1 was cancelled; %2 is kept.")
                                 .arg(request.remotePath, part));
            }
            return m_session.errorFor(int(got), Tr::tr("Reading %1").arg(request.remotePath));
        }
        if (got == 0)
            break;
        if (file.write(buffer.data(), got) != got) {
            const Error error = writeError(file, part, qMax<qint64>(remoteSize - done, got));
            file.close();
            return error;
        }
        done += got;
        outcome.bytesWritten += got;
        if (meter.update(done) && progress)
            progress(meter.progress());
    }

    QString syncError;
    if (!syncFileToDisk(file, &syncError)) {
        file.close();
        return Error(ErrorKind::LocalIo, Tr::tr("Writing %1 to disk failed: %2.").arg(part, syncError));
    }
    file.close();
    if (progress)
        progress(meter.progress());

    if (request.remoteModifiedTime > 0 && !setFileModificationTime(part, request.remoteModifiedTime))
        qCWarning(lcSftp) << "could not set the modification time of" << part;

    // QFile::rename refuses to replace an existing file, which is what keeps
    // a complete file that appeared meanwhile from being overwritten.
    if (!QFile::rename(part, request.localPath)) {
        return Error(ErrorKind::LocalIo,
                     Tr::tr("The download is complete in %1, but renaming it to %2 failed. If %2 "
                            "exists, move it away and run the harvest again.")
                         .arg(part, request.localPath));
    }
    outcome.finalSize = done;
    qCInfo(lcSftp).noquote() << "downloaded" << request.remotePath << "to" << request.localPath
                             << "resumed from byte" << offset << transferSummary(done - offset, clock.elapsed());
    return outcome;
}

} // namespace vh
