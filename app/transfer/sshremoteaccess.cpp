#include "transfer/sshremoteaccess.h"

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
    return m_hasher.sha256(remotePath, timeoutMs, cancelled);
}

Result<DownloadOutcome> SshRemoteAccess::download(const DownloadRequest &request, const std::atomic_bool *cancelled,
                                                  const ProgressCallback &progress)
{
    return m_downloader.download(request, cancelled, progress);
}

} // namespace vh
