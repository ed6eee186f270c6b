#pragma once

#include "transfer/remoteaccess.h"
#include "transfer/remotehasher.h"
#include "transfer/sshsession.h"

namespace vh {

// RemoteAccess over one SSH connection: SFTP for listing and downloads, an
// exec channel for SHA-256.
class SshRemoteAccess final : public RemoteAccess
{
public:
    explicit SshRemoteAccess(SshConnectOptions options);

    Result<void> connect(const std::atomic_bool *cancelled) override;
    void disconnect() override;
    bool isConnected() const override;
    void abort() override;

    Result<RemoteListing> list(const QStringList &patterns, const std::atomic_bool *cancelled) override;
    Result<RemoteFileInfo> stat(const QString &remotePath) override;
    Result<QString> sha256(const QString &remotePath, int timeoutMs, const std::atomic_bool *cancelled) override;
    Result<DownloadOutcome> download(const DownloadRequest &request, const std::atomic_bool *cancelled,
                                     const ProgressCallback &progress) override;
    Result<qint64> fetchRange(const QString &remotePath, qint64 offset, qint64 length, qint64 readSize,
                              const RangeSink &sink, const std::atomic_bool *cancelled) override;

private:
    SshConnectOptions m_options;
    SshSession m_session;
    RemoteLister m_lister;
    RemoteHasher m_hasher;
    FileDownloader m_downloader;
};

} // namespace vh
