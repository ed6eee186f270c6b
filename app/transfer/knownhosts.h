#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace vh {

// A server's public host key as sent during the SSH handshake.
struct HostKey
{
    QString type;    // OpenSSH name, e.g. "ssh-ed25519", "ecdsa-sha2-nistp256"
    QByteArray blob; // the key in SSH wire format, as in known_hosts after base64

    bool isValid() const { return !type.isEmpty() && !blob.isEmpty(); }
    // "SHA256:" followed by unpadded base64 of the blob's SHA-256, as OpenSSH prints it.
    QString sha256Fingerprint() const;
    bool operator==(const HostKey &other) const = default;
};

// Decision of the user (or the CLI flag) about a key seen for the first time.
enum class HostKeyDecision {
    Reject,
    AcceptOnce,        // connect now, remember nothing
    AcceptAndRemember, // connect and store the key for this target
};

// Everything a host-key dialog shows.
struct HostKeyQuestion
{
    QString targetKey; // "vast:12345" or "[host]:port"
    QString host;
    quint16 port = 0;
    HostKey offered;
};

// Called from a worker thread. It may block until the user decides.
using HostKeyPrompt = std::function<HostKeyDecision(const HostKeyQuestion &question)>;

// Known SSH host keys in a file of OpenSSH known_hosts format: one
// "[MARKER] NAMES TYPE BASE64 [COMMENT]" line per key.
//
// The application writes NAME as the target key, not only host:port.
// Vast.ai hands the same public IP and port to different instances over
// time, so a key stored for "[203.0.113.5]:41022" says nothing about the
// next instance on that port. Instance targets are stored as "vast:ID";
// plain SSH targets as OpenSSH writes them, "[host]:port" (or "host" for
// port 22).
//
// The file may also be a user's own OpenSSH known_hosts, so NAMES is read
// as OpenSSH reads it: a comma-separated list of patterns with "*", "?"
// and "!" negation, or one hashed name "|1|SALT|HASH". "@revoked" lines
// mark keys that are rejected. "@cert-authority" lines are kept in the file
// but not used, because the application does not accept host certificates.
class KnownHosts final
{
public:
    // Revoked: a "@revoked" line for the target names the offered key. The
    // caller rejects the connection and never offers that key as a new one.
    enum class Match { Found, NotFound, Changed, Revoked };

    explicit KnownHosts(QString path);

    const QString &path() const { return m_path; }

    // Reads the file again. A missing file is an empty list, not an error.
    Result<void> load();

    // Compares an offered key with what is stored for the target. Any
    // stored key for the target, also through a wildcard pattern, and a
    // different offered one is Changed. On Changed, storedKey receives the
    // stored key of the same type if there is one, otherwise the first
    // stored key.
    Match check(const QString &targetKey, const HostKey &offered, HostKey *storedKey = nullptr) const;

    // Key types stored for a target, in file order; used to make the
    // server offer a key we can check.
    QStringList storedKeyTypes(const QString &targetKey) const;

    // Appends a key for the target and replaces the file atomically. Every
    // line already in the file is kept byte for byte. Safe against other
    // threads and processes doing the same.
    Result<void> add(const QString &targetKey, const HostKey &key, const QString &comment = {});

    // "[host]:port" or "host" for port 22, as OpenSSH names plain targets.
    static QString targetKeyForHost(const QString &host, quint16 port);

private:
    enum class Marker { None, Revoked };

    struct Entry
    {
        Marker marker = Marker::None;
        QByteArray names; // the NAMES field as written in the file
        HostKey key;
    };

    Result<QByteArray> readContent() const;
    QList<Entry> parseEntries(const QByteArray &content) const;

    QString m_path;
    QList<Entry> m_entries;
};

} // namespace vh
