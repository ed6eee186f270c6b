#pragma once

#include "common/result.h"
#include "transfer/knownhosts.h"
#include "transfer/tcpconnect.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

using LIBSSH2_SESSION = struct _LIBSSH2_SESSION;
using LIBSSH2_SFTP = struct _LIBSSH2_SFTP;

namespace vh {

// A request for the passphrase of an encrypted private key file.
struct PassphraseQuestion
{
    QString targetKey; // the connection that needs the key, see KnownHosts
    QString keyPath;
    // The passphrase that the key just rejected; empty on the first request.
    QString rejected;
};

// Returns the passphrase for the key, or an empty string to skip the key.
using PassphrasePrompt = std::function<QString(const PassphraseQuestion &)>;

// Everything needed to open one authenticated SSH connection.
struct SshConnectOptions
{
    QString host;
    quint16 port = 22;
    QString user = QStringLiteral("root");
    // Name the host key is remembered under; see KnownHosts.
    QString targetKey;
    QString knownHostsPath;
    // Asked for keys seen for the first time; without it they are rejected.
    HostKeyPrompt hostKeyPrompt;
    // Explicit private keys. When empty: the SSH agent, then ~/.ssh/id_*.
    QStringList identityFiles;
    bool useAgent = true;
    // Asked for the passphrase of an encrypted key file, again after a
    // wrong one; without it encrypted keys are skipped.
    PassphrasePrompt passphraseForKey;
    int connectTimeoutMs = 15000;
    // How long one blocking libssh2 call may wait for the network before the
    // link counts as dropped.
    int ioTimeoutMs = 30000;
    int keepaliveIntervalSeconds = 15;
};

// Output of a remote command run on an exec channel.
struct RemoteCommandResult
{
    int exitStatus = -1;
    QByteArray standardOutput;
    QByteArray standardError;
};

// One SSH connection: TCP connect with a timeout, handshake, host key check
// against the application's known hosts, public-key authentication, and
// access to SFTP and exec channels. Blocking; used from one worker thread,
// except abort(), which any thread may call.
class SshSession final
{
    Q_DISABLE_COPY_MOVE(SshSession)

public:
    SshSession();
    ~SshSession();

    Result<void> connect(const SshConnectOptions &options, const std::atomic_bool *cancelled);
    void disconnect();
    bool isConnected() const { return m_session != nullptr; }

    // Shuts the socket down so that a blocked libssh2 call returns at once.
    void abort();

    LIBSSH2_SESSION *handle() const { return m_session; }
    // The SFTP subsystem, started on first use.
    Result<LIBSSH2_SFTP *> sftp();

    // Runs a command and collects its output. While it runs, keepalives are
    // sent and the cancel flag is checked every 200 ms. Output beyond
    // maxOutputBytes is dropped.
    Result<RemoteCommandResult> execute(const QByteArray &command, int timeoutMs,
                                        const std::atomic_bool *cancelled,
                                        qint64 maxOutputBytes = 1024 * 1024);

    const HostKey &hostKey() const { return m_hostKey; }
    const SshConnectOptions &options() const { return m_options; }
    QString endpointText() const;

    // libssh2's message for the last error on this session.
    QString lastErrorText() const;
    // Turns a libssh2 return code into an Error of the right kind; what
    // describes the operation, e.g. "reading /workspace/model.gguf".
    Error errorFor(int code, const QString &what) const;

private:
    Result<void> verifyHostKey();
    Result<void> authenticate(const std::atomic_bool *cancelled);
    void setHostKeyPreference();

    SshConnectOptions m_options;
    TcpConnection m_connection;
    std::mutex m_connectionMutex; // abort() and disconnect() run on different threads
    LIBSSH2_SESSION *m_session = nullptr;
    LIBSSH2_SFTP *m_sftp = nullptr;
    HostKey m_hostKey;
};

// Returns true for libssh2 codes after which a reconnect may help.
bool isTransientSshError(int code);

} // namespace vh
