#pragma once

#include "sessionniceness.h"
#include "transfer/sshsession.h"

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace vh::test {

// A real OpenSSH sshd on 127.0.0.1 at a free port, with host and client
// keys generated into a temporary folder. The "remote" file system is this
// machine's, so tests create remote files under remoteRoot().
class SshServer final
{
    Q_DISABLE_COPY_MOVE(SshServer)

public:
    SshServer();
    ~SshServer();

    // Generates keys, writes sshd_config and starts sshd; false with
    // errorString() set when sshd is missing or does not come up.
    bool start();
    void stop();
    // Stops and starts sshd again on the same port with the same keys.
    bool restart();
    // Replaces the host key with a new one of the given type and restarts.
    bool replaceHostKey(const QString &type = QStringLiteral("ed25519"));

    // Generates another client key (ed25519, ecdsa or rsa), optionally with
    // a passphrase; authorised unless authorize is false.
    QString createClientKey(const QString &name, const QString &type, const QString &passphrase = {},
                            bool authorize = true);

    QString host() const { return QStringLiteral("127.0.0.1"); }
    quint16 port() const { return m_port; }
    QString user() const;
    QString clientKeyPath() const;
    QString remoteRoot() const; // an empty folder for test files
    // The server's host key as "TYPE BASE64", the middle of a known_hosts line.
    QByteArray hostPublicKey() const;
    QString workDir() const { return m_dir.path(); }
    QString errorString() const { return m_error; }
    QString log() const;

    // Runs sshd, each connection's session and the remote hashing it starts
    // at this nice level. Benchmarks use it because on a real instance that
    // work runs on another machine. Call before start().
    void setNiceness(int niceness) { m_niceness = niceness; }
    // Connection sessions given that nice level so far.
    int sessionsLowered() const { return m_sessionNiceness ? m_sessionNiceness->adjusted() : 0; }

    // Appends lines to sshd_config, for example a ForceCommand that changes
    // how every command runs. Call before start().
    void setExtraConfig(const QString &lines) { m_extraConfig = lines; }

    // Options that connect to this server with the default client key.
    SshConnectOptions connectOptions(const QString &knownHostsPath) const;

private:
    bool generateKey(const QString &path, const QString &type, const QString &passphrase);
    bool writeConfig();
    bool launch();

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<SessionNiceness> m_sessionNiceness;
    quint16 m_port = 0;
    int m_niceness = 0;
    QString m_extraConfig;
    QString m_error;
};

} // namespace vh::test
