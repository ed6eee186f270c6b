#include "transfer/sshsession.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <libssh2.h>
#include <libssh2_sftp.h>

#include <mutex>

namespace vh {

namespace {

struct Tr final
{
    Q_DECLARE_TR_FUNCTIONS(vh::SshSession)
};

// libssh2_init() touches global state and is not thread-safe.
void initLibssh2Once()
{
    static std::once_flag once;
    std::call_once(once, [] {
        const int rc = libssh2_init(0);
        if (rc != 0)
            qCCritical(lcSsh) << "libssh2_init failed with" << rc;
    });
}

// The key type name sits at the start of the SSH wire-format blob.
QString keyTypeFromBlob(const QByteArray &blob)
{
    if (blob.size() < 4)
        return {};
    const quint32 length = (quint32(quint8(blob[0])) << 24) | (quint32(quint8(blob[1])) << 16)
                           | (quint32(quint8(blob[2])) << 8) | quint32(quint8(blob[3]));
    if (length == 0 || length > 64 || qsizetype(4 + length) > blob.size())
        return {};
    return QString::fromLatin1(blob.mid(4, qsizetype(length)));
}

// Host-key signature algorithms that prove possession of a key of type keyType.
QStringList algorithmsForKeyType(const QString &keyType)
{
    if (keyType == QLatin1String("ssh-rsa")) {
        return {QStringLiteral("rsa-sha2-512"), QStringLiteral("rsa-sha2-256"),
                QStringLiteral("ssh-rsa")};
    }
    return {keyType};
}

bool isOpenSshKeyEncrypted(const QByteArray &pem)
{
    // "openssh-key-v1\0", then the cipher name as an SSH string; "none"
    // means the key is stored unencrypted.
    const QByteArray begin = "-----BEGIN OPENSSH PRIVATE KEY-----";
    const QByteArray end = "-----END OPENSSH PRIVATE KEY-----";
    const qsizetype from = pem.indexOf(begin);
    const qsizetype to = pem.indexOf(end);
    if (from < 0 || to < 0)
        return false;
    QByteArray body = pem.mid(from + begin.size(), to - from - begin.size());
    body = QByteArray::fromBase64(body.simplified().replace(' ', ""));
    const QByteArray magic("openssh-key-v1\0", 15);
    if (!body.startsWith(magic) || body.size() < magic.size() + 4)
        return false;
    const QString cipher = keyTypeFromBlob(body.mid(magic.size()));
    return !cipher.isEmpty() && cipher != QLatin1String("none");
}

bool isKeyFileEncrypted(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray content = file.read(64 * 1024);
    return content.contains("ENCRYPTED") || isOpenSshKeyEncrypted(content);
}

// Best-effort key type of a private key file, from its .pub twin or its PEM header.
QString keyTypeOfFile(const QString &path)
{
    QFile publicKey(path + QStringLiteral(".pub"));
    if (publicKey.open(QIODevice::ReadOnly))
        return QString::fromLatin1(publicKey.readLine().split(' ').value(0)).trimmed();
    QFile privateKey(path);
    if (privateKey.open(QIODevice::ReadOnly) && privateKey.read(64).contains("RSA PRIVATE KEY"))
        return QStringLiteral("ssh-rsa");
    return {};
}

// libssh2 before 1.11 signs RSA user authentication with SHA-1 only, which
// OpenSSH 8.8 and later refuse by default.
bool libssh2SignsRsaWithSha2()
{
    return libssh2_version(0x010b00) != nullptr;
}

QStringList defaultIdentityFiles()
{
    QStringList files;
    const QDir sshDir(QDir::home().filePath(QStringLiteral(".ssh")));
    for (const char *name : {"id_ed25519", "id_ecdsa", "id_rsa"}) {
        const QString path = sshDir.filePath(QLatin1String(name));
        if (QFileInfo::exists(path))
            files.append(path);
    }
    return files;
}

} // namespace

bool isTransientSshError(int code)
{
    switch (code) {
    case LIBSSH2_ERROR_SOCKET_NONE:
    case LIBSSH2_ERROR_BANNER_RECV:
    case LIBSSH2_ERROR_BANNER_SEND:
    case LIBSSH2_ERROR_SOCKET_SEND:
    case LIBSSH2_ERROR_SOCKET_RECV:
    case LIBSSH2_ERROR_SOCKET_DISCONNECT:
    case LIBSSH2_ERROR_SOCKET_TIMEOUT:
    case LIBSSH2_ERROR_TIMEOUT:
    case LIBSSH2_ERROR_CHANNEL_CLOSED:
    case LIBSSH2_ERROR_CHANNEL_EOF_SENT:
    case LIBSSH2_ERROR_CHANNEL_FAILURE:
    case LIBSSH2_ERROR_KEX_FAILURE:
    case LIBSSH2_ERROR_DECRYPT:
    case LIBSSH2_ERROR_BAD_SOCKET:
    case LIBSSH2_ERROR_INVALID_MAC:
    case LIBSSH2_ERROR_EAGAIN:
        return true;
    default:
        return false;
    }
}

SshSession::SshSession()
{
    initLibssh2Once();
}

SshSession::~SshSession()
{
    disconnect();
}

QString SshSession::endpointText() const
{
    return QStringLiteral("%1@%2:%3").arg(m_options.user, m_options.host).arg(m_options.port);
}

QString SshSession::lastErrorText() const
{
    if (!m_session)
        return Tr::tr("no session");
    char *message = nullptr;
    int length = 0;
    libssh2_session_last_error(m_session, &message, &length, 0);
    return message ? QString::fromUtf8(message, length) : QString();
}

Error SshSession::errorFor(int code, const QString &what) const
{
    const QString detail = lastErrorText();
    if (code == LIBSSH2_ERROR_SFTP_PROTOCOL && m_sftp) {
        const unsigned long status = libssh2_sftp_last_error(m_sftp);
        switch (status) {
        case LIBSSH2_FX_NO_SUCH_FILE:
        case LIBSSH2_FX_NO_SUCH_PATH:
            return Error(ErrorKind::NotFound,
                         Tr::tr("%1 failed on %2: no such file or folder.").arg(what, endpointText()),
                         detail);
        case LIBSSH2_FX_PERMISSION_DENIED:
            return Error(ErrorKind::PermissionDenied,
                         Tr::tr("%1 failed on %2: permission denied. Check the file's owner and mode "
                                "on the instance.")
                             .arg(what, endpointText()),
                         detail);
        case LIBSSH2_FX_NO_SPACE_ON_FILESYSTEM:
        case LIBSSH2_FX_QUOTA_EXCEEDED:
            return Error(ErrorKind::RemoteIo,
                         Tr::tr("%1 failed on %2: the remote disk is full.").arg(what, endpointText()),
                         detail);
        default:
            return Error(ErrorKind::RemoteIo,
                         Tr::tr("%1 failed on %2: SFTP status %3.").arg(what, endpointText()).arg(status),
                         detail);
        }
    }
    if (code == LIBSSH2_ERROR_TIMEOUT || code == LIBSSH2_ERROR_SOCKET_TIMEOUT) {
        return Error(ErrorKind::Timeout,
                     Tr::tr("%1 timed out on %2: no data for %3 s. The link may have dropped.")
                         .arg(what, endpointText())
                         .arg(m_options.ioTimeoutMs / 1000),
                     detail);
    }
    if (isTransientSshError(code)) {
        return Error(ErrorKind::Network,
                     Tr::tr("%1 failed: the connection to %2 dropped (%3).")
                         .arg(what, endpointText(), detail),
                     detail);
    }
    return Error(ErrorKind::RemoteIo,
                 Tr::tr("%1 failed on %2: %3 (libssh2 error %4).")
                     .arg(what, endpointText(), detail)
                     .arg(code),
                 detail);
}

void SshSession::setHostKeyPreference()
{
    KnownHosts knownHosts(m_options.knownHostsPath);
    if (!knownHosts.load())
        return;
    const QStringList storedTypes = knownHosts.storedKeyTypes(m_options.targetKey);
    if (storedTypes.isEmpty())
        return;

    // libssh2 does not pick the host-key algorithm from a known-hosts file;
    // without this a server with several keys may offer one we never
    // stored, which would look like a changed key.
    const char **supported = nullptr;
    const int count = libssh2_session_supported_algs(m_session, LIBSSH2_METHOD_HOSTKEY, &supported);
    QStringList available;
    for (int i = 0; i < count; ++i)
        available.append(QString::fromLatin1(supported[i]));
    if (supported)
        libssh2_free(m_session, supported);

    QStringList preference;
    for (const QString &type : storedTypes) {
        for (const QString &algorithm : algorithmsForKeyType(type)) {
            if (available.contains(algorithm) && !preference.contains(algorithm))
                preference.append(algorithm);
        }
    }
    for (const QString &algorithm : std::as_const(available)) {
        if (!preference.contains(algorithm))
            preference.append(algorithm);
    }
    const QByteArray list = preference.join(QLatin1Char(',')).toLatin1();
    if (libssh2_session_method_pref(m_session, LIBSSH2_METHOD_HOSTKEY, list.constData()) != 0)
        qCWarning(lcSsh) << "could not set host key preference" << list << lastErrorText();
}

Result<void> SshSession::connect(const SshConnectOptions &options, const std::atomic_bool *cancelled)
{
    disconnect();
    m_options = options;
    if (m_options.targetKey.isEmpty())
        m_options.targetKey = KnownHosts::targetKeyForHost(m_options.host, m_options.port);

    qCInfo(lcSsh) << "connecting to" << endpointText() << "as target" << m_options.targetKey;
    auto connection = connectTcp(m_options.host, m_options.port, m_options.connectTimeoutMs, cancelled);
    if (!connection)
        return connection.error();
    {
        const std::lock_guard<std::mutex> guard(m_connectionMutex);
        m_connection = std::move(connection).value();
    }

    m_session = libssh2_session_init();
    if (!m_session) {
        m_connection.close();
        return Error(ErrorKind::Internal, Tr::tr("libssh2 could not create a session."));
    }
    libssh2_session_set_blocking(m_session, 1);
    libssh2_session_set_timeout(m_session, long(m_options.connectTimeoutMs));
    setHostKeyPreference();

    const int handshake = libssh2_session_handshake(m_session, libssh2_socket_t(m_connection.socket()));
    if (handshake != 0) {
        Error error = errorFor(handshake, Tr::tr("The SSH handshake"));
        if (error.kind == ErrorKind::RemoteIo)
            error.kind = ErrorKind::Network;
        disconnect();
        return error;
    }

    if (auto verified = verifyHostKey(); !verified) {
        disconnect();
        return verified.error();
    }
    if (auto authenticated = authenticate(cancelled); !authenticated) {
        disconnect();
        return authenticated.error();
    }

    libssh2_session_set_timeout(m_session, long(m_options.ioTimeoutMs));
    libssh2_keepalive_config(m_session, 1, unsigned(m_options.keepaliveIntervalSeconds));
    qCInfo(lcSsh) << "connected to" << endpointText() << "host key" << m_hostKey.sha256Fingerprint();
    return {};
}

Result<void> SshSession::verifyHostKey()
{
    size_t length = 0;
    int type = 0;
    const char *key = libssh2_session_hostkey(m_session, &length, &type);
    if (!key || length == 0)
        return Error(ErrorKind::Network, Tr::tr("%1 sent no host key.").arg(endpointText()));
    m_hostKey.blob = QByteArray(key, qsizetype(length));
    m_hostKey.type = keyTypeFromBlob(m_hostKey.blob);

    KnownHosts knownHosts(m_options.knownHostsPath);
    if (auto loaded = knownHosts.load(); !loaded)
        return loaded.error();

    HostKey stored;
    switch (knownHosts.check(m_options.targetKey, m_hostKey, &stored)) {
    case KnownHosts::Match::Found:
        return {};
    case KnownHosts::Match::Changed:
        qCWarning(lcSsh) << "host key changed for" << m_options.targetKey << "stored"
                         << stored.sha256Fingerprint() << "offered" << m_hostKey.sha256Fingerprint();
        return Error(ErrorKind::HostKeyChanged,
                     Tr::tr("The host key of %1 (%2) has changed. Stored: %3 %4. Offered now: %5 %6. "
                            "This can mean someone is intercepting the connection. If the instance "
                            "was really re-created, remove the line for %1 from %7 "
                            "(ssh-keygen -R \"%1\" -f \"%7\" also finds hashed names) and "
                            "connect again.")
                         .arg(m_options.targetKey, endpointText(), stored.type,
                              stored.sha256Fingerprint(), m_hostKey.type,
                              m_hostKey.sha256Fingerprint(), m_options.knownHostsPath));
    case KnownHosts::Match::Revoked:
        qCWarning(lcSsh) << "revoked host key offered by" << m_options.targetKey
                         << m_hostKey.sha256Fingerprint();
        return Error(ErrorKind::HostKeyRevoked,
                     Tr::tr("The host key of %1 (%2) is marked as revoked in %3: %4 %5, so the "
                            "connection was closed. Connect again only after the server has a new "
                            "host key and you have checked its fingerprint on the server.")
                         .arg(m_options.targetKey, endpointText(), m_options.knownHostsPath,
                              m_hostKey.type, m_hostKey.sha256Fingerprint()));
    case KnownHosts::Match::NotFound:
        break;
    }

    const HostKeyQuestion question{m_options.targetKey, m_options.host, m_options.port, m_hostKey};
    const HostKeyDecision decision =
        m_options.hostKeyPrompt ? m_options.hostKeyPrompt(question) : HostKeyDecision::Reject;
    switch (decision) {
    case HostKeyDecision::Reject:
        return Error(ErrorKind::HostKeyUnknown,
                     Tr::tr("The host key of %1 (%2) is not known yet: %3 %4. Compare the "
                            "fingerprint with the instance's, then accept it (in the CLI: "
                            "--accept-new-host-key).")
                         .arg(m_options.targetKey, endpointText(), m_hostKey.type,
                              m_hostKey.sha256Fingerprint()));
    case HostKeyDecision::AcceptOnce:
        qCInfo(lcSsh) << "host key accepted once for" << m_options.targetKey;
        return {};
    case HostKeyDecision::AcceptAndRemember:
        return knownHosts.add(m_options.targetKey, m_hostKey, endpointText());
    }
    return {};
}

// The default of OpenSSH's NumberOfPasswordPrompts: tries at the passphrase of one key.
constexpr int maxPassphraseAttempts = 3;

Result<void> SshSession::authenticate(const std::atomic_bool *cancelled)
{
    const QByteArray user = m_options.user.toUtf8();
    QStringList attempts;

    // userauth_list also reports whether the server accepted "none".
    const char *methods = libssh2_userauth_list(m_session, user.constData(), unsigned(user.size()));
    if (!methods && libssh2_userauth_authenticated(m_session))
        return {};
    if (methods && !QByteArray(methods).contains("publickey")) {
        return Error(ErrorKind::Authentication,
                     Tr::tr("%1 does not accept public keys (it offers: %2). Vast Harvest "
                            "authenticates with SSH keys only.")
                         .arg(endpointText(), QString::fromLatin1(methods)));
    }

    const bool explicitKeys = !m_options.identityFiles.isEmpty();
    if (m_options.useAgent && !explicitKeys) {
        LIBSSH2_AGENT *agent = libssh2_agent_init(m_session);
        if (agent && libssh2_agent_connect(agent) == 0 && libssh2_agent_list_identities(agent) == 0) {
            libssh2_agent_publickey *identity = nullptr;
            libssh2_agent_publickey *previous = nullptr;
            int offered = 0;
            while (libssh2_agent_get_identity(agent, &identity, previous) == 0) {
                previous = identity;
                ++offered;
                if (libssh2_agent_userauth(agent, user.constData(), identity) == 0) {
                    qCInfo(lcSsh) << "authenticated with agent key" << identity->comment;
                    libssh2_agent_disconnect(agent);
                    libssh2_agent_free(agent);
                    return {};
                }
            }
            attempts.append(Tr::tr("the SSH agent (%n key(s) rejected)", nullptr, offered));
            libssh2_agent_disconnect(agent);
        } else {
            attempts.append(Tr::tr("the SSH agent (not reachable)"));
        }
        if (agent)
            libssh2_agent_free(agent);
    }

    const QStringList keyFiles = explicitKeys ? m_options.identityFiles : defaultIdentityFiles();
    for (const QString &keyFile : keyFiles) {
        if (cancelled && cancelled->load())
            return Error(ErrorKind::Cancelled, Tr::tr("Connecting to %1 was cancelled.").arg(endpointText()));
        if (!QFileInfo::exists(keyFile)) {
            attempts.append(Tr::tr("%1 (file not found)").arg(keyFile));
            continue;
        }
        const bool encrypted = isKeyFileEncrypted(keyFile);
        const QByteArray path = QFile::encodeName(keyFile);
        QString passphrase;
        bool passphraseTried = false;
        int rc = LIBSSH2_ERROR_FILE;
        for (int attempt = 0; attempt < maxPassphraseAttempts; ++attempt) {
            if (encrypted) {
                const QString rejected = passphrase;
                passphrase = m_options.passphraseForKey
                    ? m_options.passphraseForKey(PassphraseQuestion{m_options.targetKey, keyFile, rejected})
                    : QString();
                // Stop when the user skipped the key, or when the prompt can
                // only repeat the passphrase that just failed.
                if (passphrase.isEmpty() || passphrase == rejected)
                    break;
                if (cancelled && cancelled->load())
                    return Error(ErrorKind::Cancelled, Tr::tr("Connecting to %1 was cancelled.").arg(endpointText()));
                passphraseTried = true;
            }
            const QByteArray secret = passphrase.toUtf8();
            rc = libssh2_userauth_publickey_fromfile_ex(m_session, user.constData(), unsigned(user.size()), nullptr,
                                                        path.constData(), encrypted ? secret.constData() : nullptr);
            if (rc != LIBSSH2_ERROR_FILE || !encrypted)
                break;
            qCInfo(lcSsh) << "the passphrase of" << keyFile << "did not decrypt it";
        }
        if (encrypted && !passphraseTried) {
            attempts.append(Tr::tr("%1 (encrypted, no passphrase given)").arg(keyFile));
            continue;
        }
        if (rc == 0) {
            qCInfo(lcSsh) << "authenticated with key file" << keyFile;
            return {};
        }
        if (rc == LIBSSH2_ERROR_FILE) {
            attempts.append(encrypted ? Tr::tr("%1 (wrong passphrase or unreadable key)").arg(keyFile)
                                      : Tr::tr("%1 (unreadable or unsupported key format)").arg(keyFile));
        } else if (isTransientSshError(rc)) {
            return errorFor(rc, Tr::tr("Authentication"));
        } else if (keyTypeOfFile(keyFile) == QLatin1String("ssh-rsa") && !libssh2SignsRsaWithSha2()) {
            attempts.append(Tr::tr("%1 (rejected by the server; RSA keys need libssh2 1.11 or newer, "
                                   "this build has %2, because current servers refuse SHA-1 "
                                   "signatures: use an ed25519 key)")
                                .arg(keyFile, QString::fromLatin1(libssh2_version(0))));
        } else {
            attempts.append(Tr::tr("%1 (rejected by the server)").arg(keyFile));
        }
    }

    // A link cut during authentication looks like a rejected key to
    // libssh2; only a connection that is still up makes it a real "no".
    if (isSocketClosed(m_connection.socket())) {
        return Error(ErrorKind::Network,
                     Tr::tr("The connection to %1 dropped during authentication.").arg(endpointText()));
    }
    if (attempts.isEmpty())
        attempts.append(Tr::tr("no key: no agent and no ~/.ssh/id_ed25519, id_ecdsa or id_rsa"));
    return Error(ErrorKind::Authentication,
                 Tr::tr("Authentication as %1 failed. Tried: %2. Add your public key to the "
                        "instance (on Vast.ai: Account, SSH keys, then attach it to the instance), or "
                        "choose the matching private key (--identity FILE).")
                     .arg(endpointText(), attempts.join(QStringLiteral("; "))));
}

Result<LIBSSH2_SFTP *> SshSession::sftp()
{
    if (!m_session)
        return Error(ErrorKind::Network, Tr::tr("Not connected to %1.").arg(endpointText()));
    if (!m_sftp) {
        m_sftp = libssh2_sftp_init(m_session);
        if (!m_sftp) {
            const int code = libssh2_session_last_errno(m_session);
            return errorFor(code, Tr::tr("Starting SFTP"));
        }
    }
    return m_sftp;
}

Result<RemoteCommandResult> SshSession::execute(const QByteArray &command, int timeoutMs,
                                                const std::atomic_bool *cancelled,
                                                qint64 maxOutputBytes)
{
    if (!m_session)
        return Error(ErrorKind::Network, Tr::tr("Not connected to %1.").arg(endpointText()));

    // Non-blocking for the duration of the command, so the loop below can
    // wake every 200 ms to check the cancel flag and send keepalives; a
    // blocking read would sit in recv() for as long as the command runs.
    libssh2_session_set_blocking(m_session, 0);
    struct RestoreBlocking
    {
        LIBSSH2_SESSION *session;
        ~RestoreBlocking() { libssh2_session_set_blocking(session, 1); }
    } restore{m_session};

    const QDeadlineTimer deadline(timeoutMs);
    auto waitOrFail = [&](const QString &what) -> Result<void> {
        if (cancelled && cancelled->load())
            return Error(ErrorKind::Cancelled, Tr::tr("%1 was cancelled.").arg(what));
        if (deadline.hasExpired()) {
            return Error(ErrorKind::Timeout,
                         Tr::tr("%1 on %2 did not finish within %3 s.")
                             .arg(what, endpointText())
                             .arg(timeoutMs / 1000));
        }
        int nextKeepalive = 0;
        libssh2_keepalive_send(m_session, &nextKeepalive);
        const int directions = libssh2_session_block_directions(m_session);
        waitForSocket(m_connection.socket(), directions & LIBSSH2_SESSION_BLOCK_INBOUND,
                      directions & LIBSSH2_SESSION_BLOCK_OUTBOUND, 200);
        return {};
    };

    const QString what = Tr::tr("The remote command");
    LIBSSH2_CHANNEL *channel = nullptr;
    while (!(channel = libssh2_channel_open_session(m_session))) {
        const int code = libssh2_session_last_errno(m_session);
        if (code != LIBSSH2_ERROR_EAGAIN)
            return errorFor(code, Tr::tr("Opening an exec channel"));
        if (auto waited = waitOrFail(what); !waited)
            return waited.error();
    }
    struct ChannelGuard
    {
        LIBSSH2_CHANNEL *channel;
        ~ChannelGuard() { libssh2_channel_free(channel); }
    } channelGuard{channel};

    int rc;
    while ((rc = libssh2_channel_exec(channel, command.constData())) == LIBSSH2_ERROR_EAGAIN) {
        if (auto waited = waitOrFail(what); !waited)
            return waited.error();
    }
    if (rc != 0)
        return errorFor(rc, Tr::tr("Starting a remote command"));

    RemoteCommandResult result;
    char buffer[32768];
    for (;;) {
        bool progressed = false;
        for (int stream : {0, SSH_EXTENDED_DATA_STDERR}) {
            const ssize_t got = libssh2_channel_read_ex(channel, stream, buffer, sizeof(buffer));
            if (got > 0) {
                QByteArray &target = stream == 0 ? result.standardOutput : result.standardError;
                if (target.size() < maxOutputBytes)
                    target.append(buffer, qsizetype(qMin<qint64>(got, maxOutputBytes - target.size())));
                progressed = true;
            } else if (got < 0 && got != LIBSSH2_ERROR_EAGAIN) {
                return errorFor(int(got), Tr::tr("Reading a remote command's output"));
            }
        }
        if (libssh2_channel_eof(channel))
            break;
        if (!progressed) {
            if (auto waited = waitOrFail(what); !waited)
                return waited.error();
        }
    }

    while ((rc = libssh2_channel_close(channel)) == LIBSSH2_ERROR_EAGAIN) {
        if (auto waited = waitOrFail(what); !waited)
            return waited.error();
    }
    while ((rc = libssh2_channel_wait_closed(channel)) == LIBSSH2_ERROR_EAGAIN) {
        if (auto waited = waitOrFail(what); !waited)
            return waited.error();
    }
    result.exitStatus = libssh2_channel_get_exit_status(channel);
    return result;
}

void SshSession::abort()
{
    const std::lock_guard<std::mutex> guard(m_connectionMutex);
    m_connection.shutdown();
}

void SshSession::disconnect()
{
    if (m_sftp) {
        libssh2_sftp_shutdown(m_sftp);
        m_sftp = nullptr;
    }
    if (m_session) {
        // A dead link must not hold the worker for the whole I/O timeout.
        libssh2_session_set_timeout(m_session, 2000);
        libssh2_session_disconnect(m_session, "Vast Harvest disconnecting");
        libssh2_session_free(m_session);
        m_session = nullptr;
    }
    const std::lock_guard<std::mutex> guard(m_connectionMutex);
    m_connection.close();
}

} // namespace vh
