#include "transfer/sshremoteaccess.h"

#include <QCoreApplication>
#include <QScopeGuard>

#include <libssh2.h>
#include <libssh2_sftp.h>

#include <vector>

namespace vh {

SshRemoteAccess::SshRemoteAccess(SshConnectOptions options)
    : m_options(std::move(options)), m_lister(m_session), m_hasher(m_session), m_downloader(m_session)
{
}

Result<void> SshRemoteAccess::connect(const std::atomic_bool *cancelled)
{
    return m_session.connect(m_options, cancelled);
}

void SshRemoteAccess::disconnect()
{
    m_session.disconnect();
}

bool SshRemoteAccess::isConnected() const
{
    return m_session.isConnected();
}

void SshRemoteAccess::abort()
{
    m_session.abort();
}

Result<RemoteListing> SshRemoteAccess::list(const QStringList &patterns, const std::atomic_bool *cancelled)
{
    return m_lister.list(patterns, cancelled);
}

Result<RemoteFileInfo> SshRemoteAccess::stat(const QString &remotePath)
{
    return m_lister.stat(remotePath);
}

Result<QString> SshRemoteAccess::sha256(const QString &remotePath, int timeoutMs, const std::atomic_bool *cancelled)
{
    // The job is keyed by the file's size and time, so a result computed for
    // an older version of the file is never picked up.
    auto info = m_lister.stat(remotePath);
    if (!info)
        return info.error();
    if (!info->exists) {
        return Error(ErrorKind::NotFound,
                     QCoreApplication::translate("vh::SshRemoteAccess", "%1 no longer exists on %2.")
                         .arg(remotePath, m_session.endpointText()));
    }
    return m_hasher.sha256Detached(remotePath, info->size, info->modifiedTime, timeoutMs, cancelled);
}

Result<DownloadOutcome> SshRemoteAccess::download(const DownloadRequest &request, const std::atomic_bool *cancelled,
                                                  const ProgressCallback &progress)
{
    return m_downloader.download(request, cancelled, progress);
}

Result<qint64> SshRemoteAccess::fetchRange(const QString &remotePath, qint64 offset, qint64 length,
                                          qint64 readSize, const RangeSink &sink, const std::atomic_bool *cancelled)
{
    auto sftp = m_session.sftp();
    if (!sftp)
        return sftp.error();
    const QByteArray path = remotePath.toUtf8();
    LIBSSH2_SFTP_HANDLE *handle = libssh2_sftp_open_ex(*sftp, path.constData(), unsigned(path.size()),
                                                       LIBSSH2_FXF_READ, 0, LIBSSH2_SFTP_OPENFILE);
    if (!handle) {
        return m_session.errorFor(libssh2_session_last_errno(m_session.handle()),
                                  QCoreApplication::translate("vh::SshRemoteAccess", "Opening %1").arg(remotePath));
    }
    const auto closeHandle = qScopeGuard([handle] { libssh2_sftp_close_handle(handle); });
    libssh2_sftp_seek64(handle, libssh2_uint64_t(offset));

    std::vector<char> buffer(size_t(qMax<qint64>(readSize, 32768)));
    qint64 delivered = 0;
    while (delivered < length) {
        if (cancelled && cancelled->load())
            return Error(ErrorKind::Cancelled,
                         QCoreApplication::translate("vh::SshRemoteAccess", "Reading %1 was cancelled.").arg(remotePath));
        // libssh2 keeps four times the request in flight. Near the end of
        // the range, asking for a quarter of what is left keeps those
        // requests inside the range, so no bytes are fetched twice.
        const qint64 left = length - delivered;
        const size_t wanted = size_t(qMin<qint64>(qint64(buffer.size()), qMax<qint64>(left / 4, qMin<qint64>(left, 32768))));
        const ssize_t got = libssh2_sftp_read(handle, buffer.data(), wanted);
        if (got < 0) {
            return m_session.errorFor(int(got),
                                      QCoreApplication::translate("vh::SshRemoteAccess", "Reading %1").arg(remotePath));
        }
        if (got == 0)
            break;
        if (!sink(buffer.data(), got))
            break;
        delivered += got;
    }
    return delivered;
}

} // namespace vh
