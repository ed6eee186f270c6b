#include "sshserver.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace vh::test {

namespace {

const QString sshdPath = QStringLiteral("/usr/sbin/sshd");

quint16 pickFreePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

bool runTool(const QString &program, const QStringList &arguments, QString *error)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        *error = QStringLiteral("%1 failed: %2").arg(program, QString::fromLocal8Bit(process.readAllStandardError()));
        return false;
    }
    return true;
}

} // namespace

SshServer::SshServer() = default;

SshServer::~SshServer()
{
    stop();
}

QString SshServer::user() const
{
    const QString name = qEnvironmentVariable("USER");
    return name.isEmpty() ? QStringLiteral("root") : name;
}

QString SshServer::clientKeyPath() const
{
    return m_dir.filePath(QStringLiteral("client_ed25519"));
}

QByteArray SshServer::hostPublicKey() const
{
    QFile file(m_dir.filePath(QStringLiteral("host_key.pub")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().simplified().split(' ').mid(0, 2).join(' ');
}

QString SshServer::remoteRoot() const
{
    return m_dir.filePath(QStringLiteral("remote"));
}

QString SshServer::log() const
{
    QFile file(m_dir.filePath(QStringLiteral("sshd.log")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLocal8Bit(file.readAll());
}

bool SshServer::generateKey(const QString &path, const QString &type, const QString &passphrase)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral(".pub"));
    QStringList arguments = {QStringLiteral("-q"), QStringLiteral("-t"), type,
                             QStringLiteral("-N"), passphrase, QStringLiteral("-f"), path,
                             QStringLiteral("-C"), QStringLiteral("vastharvest-test")};
    if (type == QLatin1String("rsa"))
        arguments << QStringLiteral("-b") << QStringLiteral("3072");
    return runTool(QStringLiteral("ssh-keygen"), arguments, &m_error);
}

QString SshServer::createClientKey(const QString &name, const QString &type,
                                   const QString &passphrase, bool authorize)
{
    const QString path = m_dir.filePath(name);
    if (!generateKey(path, type, passphrase))
        return {};
    if (authorize) {
        QFile publicKey(path + QStringLiteral(".pub"));
        QFile authorized(m_dir.filePath(QStringLiteral("authorized_keys")));
        if (!publicKey.open(QIODevice::ReadOnly) || !authorized.open(QIODevice::Append))
            return {};
        authorized.write(publicKey.readAll());
    }
    return path;
}

bool SshServer::writeConfig()
{
    QFile config(m_dir.filePath(QStringLiteral("sshd_config")));
    if (!config.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const QString text = QStringLiteral(
        "Port %1\n"
        "ListenAddress 127.0.0.1\n"
        "HostKey %2/host_key\n"
        "PidFile %2/sshd.pid\n"
        "AuthorizedKeysFile %2/authorized_keys\n"
        // The temporary folder sits in world-writable /tmp, which the
        // strict permission check would refuse.
        "StrictModes no\n"
        "UsePAM no\n"
        "PasswordAuthentication no\n"
        "KbdInteractiveAuthentication no\n"
        "PubkeyAuthentication yes\n"
        "PermitRootLogin prohibit-password\n"
        "Subsystem sftp internal-sftp\n"
        "MaxStartups 64\n"
        "MaxSessions 64\n"
        "LogLevel VERBOSE\n")
                             .arg(m_port)
                             .arg(m_dir.path())
                             + m_extraConfig + QLatin1Char('\n');
    return config.write(text.toUtf8()) > 0;
}

bool SshServer::start()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary folder");
        return false;
    }
    if (!QFileInfo::exists(sshdPath)) {
        m_error = QStringLiteral("%1 is missing; install openssh-server (scripts/install-deps.sh)").arg(sshdPath);
        return false;
    }
    QDir().mkpath(remoteRoot());
    if (!generateKey(m_dir.filePath(QStringLiteral("host_key")), QStringLiteral("ed25519"), {}))
        return false;
    if (createClientKey(QStringLiteral("client_ed25519"), QStringLiteral("ed25519")).isEmpty())
        return false;
    // NOTE: sshd started by root insists on its privilege separation folder.
    // Creating it is harmless; without root this does nothing.
    QDir().mkpath(QStringLiteral("/run/sshd"));

    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = pickFreePort();
        if (m_port != 0 && writeConfig() && launch())
            return true;
        stop();
    }
    return false;
}

bool SshServer::launch()
{
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(m_dir.filePath(QStringLiteral("sshd.log")), QIODevice::Append);
    const QStringList sshdArguments = {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"),
                                       m_dir.filePath(QStringLiteral("sshd_config"))};
    if (m_niceness != 0) {
        m_process->start(QStringLiteral("nice"),
                         QStringList{QStringLiteral("-n"), QString::number(m_niceness), sshdPath} + sshdArguments);
    } else {
        m_process->start(sshdPath, sshdArguments);
    }
    if (!m_process->waitForStarted(10000)) {
        m_error = QStringLiteral("sshd did not start: %1").arg(m_process->errorString());
        return false;
    }

    // Ready once it sends its banner.
    const QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        if (m_process->state() != QProcess::Running) {
            m_error = QStringLiteral("sshd exited: %1").arg(log());
            return false;
        }
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        if (socket.waitForConnected(500) && socket.waitForReadyRead(2000)
            && socket.readAll().startsWith("SSH-2.0-")) {
            if (m_niceness > 0)
                m_sessionNiceness = std::make_unique<SessionNiceness>(m_process->processId(), m_niceness);
            return true;
        }
        QThread::msleep(50);
    }
    m_error = QStringLiteral("sshd did not answer on port %1: %2").arg(m_port).arg(log());
    return false;
}

void SshServer::stop()
{
    m_sessionNiceness.reset();
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_process.reset();
}

bool SshServer::restart()
{
    stop();
    // sshd's per-connection children survive the listener; the port frees
    // at once because sshd sets SO_REUSEADDR.
    return launch();
}

bool SshServer::replaceHostKey(const QString &type)
{
    stop();
    if (!generateKey(m_dir.filePath(QStringLiteral("host_key")), type, {}))
        return false;
    return launch();
}

SshConnectOptions SshServer::connectOptions(const QString &knownHostsPath) const
{
    SshConnectOptions options;
    options.host = host();
    options.port = m_port;
    options.user = user();
    options.identityFiles = {clientKeyPath()};
    options.useAgent = false;
    options.knownHostsPath = knownHostsPath;
    options.connectTimeoutMs = 10000;
    options.ioTimeoutMs = 15000;
    return options;
}

} // namespace vh::test
