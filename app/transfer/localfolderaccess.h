#pragma once

#include "transfer/remoteaccess.h"

#include <QString>

namespace vh {

// RemoteAccess on a local folder that stands in for a machine's file
// system: the remote path /workspace/a.gguf is ROOT/workspace/a.gguf. The
// demo mode uses it so the whole harvest can be tried without an account;
// copies are paced at a fixed rate so progress is visible.
class LocalFolderAccess final : public RemoteAccess
{
public:
    LocalFolderAccess(QString root, qint64 bytesPerSecond);

    Result<void> connect(const std::atomic_bool *cancelled) override;
    void disconnect() override;
    bool isConnected() const override { return m_connected; }
    void abort() override;

    Result<RemoteListing> list(const QStringList &patterns, const std::atomic_bool *cancelled) override;
    Result<RemoteFileInfo> stat(const QString &remotePath) override;
    Result<QString> sha256(const QString &remotePath, int timeoutMs, const std::atomic_bool *cancelled) override;
    Result<DownloadOutcome> download(const DownloadRequest &request, const std::atomic_bool *cancelled,
                                     const ProgressCallback &progress) override;
    Result<qint64> fetchRange(const QString &remotePath, qint64 offset, qint64 length, qint64 readSize,
                              const RangeSink &sink, const std::atomic_bool *cancelled) override;

private:
    QString localPathOf(const QString &remotePath) const;
    void walk(const QString &remoteFolder, const QStringList &names, const QStringList &segments,
              RemoteListing &listing, int depth) const;

    QString m_root;
    qint64 m_bytesPerSecond;
    bool m_connected = false;
    std::atomic_bool m_aborted{false};
};

} // namespace vh
