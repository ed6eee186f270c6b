#pragma once

#include "common/result.h"

#include <QString>

#include <atomic>
#include <optional>

namespace vh {

class SshSession;
struct RemoteCommandResult;

// Computes a remote file's SHA-256 with a tool the server already has, on
// an exec channel. The tool is probed once per hasher, fastest first:
// openssl (uses the CPU's SHA extensions), sha256sum, Python's hashlib,
// then Perl's shasum. Every command prints its output between two marker
// lines, because login shells on rented containers often print a greeting
// even for a non-interactive command.
class RemoteHasher final
{
public:
    explicit RemoteHasher(SshSession &session) : m_session(session) {}

    // The hex digest, parsed strictly: between the markers, one line that
    // contains exactly 64 hex digits for the file fed on stdin. Fails with the
    // tool's own message when the file cannot be read.
    Result<QString> sha256(const QString &remotePath, int timeoutMs, const std::atomic_bool *cancelled);

    // The same, with the tool running detached on the server: hashing 70 GB
    // takes minutes, and a dropped link must not start it over. The job is
    // keyed by path, size and modification time; calling again after a
    // reconnect picks up the running job or its finished result. Falls back
    // to sha256() when the tool needs a script (Python).
    Result<QString> sha256Detached(const QString &remotePath, qint64 size, qint64 modifiedTime, int timeoutMs,
                                   const std::atomic_bool *cancelled);

    // True when the last sha256Detached() had to start the remote job; false
    // when it found the job running or finished, as started by an earlier
    // connection.
    bool startedNewJob() const { return m_startedNewJob; }

    // Builds the shell script, with markers, that starts or polls a detached
    // job; public for tests. The job keeps its files in a folder owned by the
    // remote user and rejects one that another user put in its place.
    static QByteArray detachedJobScript(const QString &tool, const QString &remotePath, const QString &jobKey);

    // The tool chosen, for logs; empty before the first call.
    const QString &tool() const { return m_tool; }

    // Builds the shell command for a tool, without markers; the path is
    // single-quoted.
    static QByteArray commandFor(const QString &tool, const QString &remotePath);
    // Wraps a shell command so that it prints its output between marker
    // lines and keeps its exit status.
    static QByteArray withOutputMarkers(const QByteArray &command);
    // Returns the output printed between the marker lines, or nullopt when a
    // marker is missing or repeated.
    static std::optional<QByteArray> markedOutput(const QByteArray &output);
    // Extracts the digest from the output of a tool command wrapped by
    // withOutputMarkers(), or returns an empty string.
    static QString parseDigest(const QString &tool, const QByteArray &output);

private:
    Result<void> probe(const std::atomic_bool *cancelled);
    void removeJobFiles(const QString &jobKey, const std::atomic_bool *cancelled);
    Error commandFailed(const QString &remotePath, const RemoteCommandResult &result) const;
    Error unexpectedOutput(const QString &remotePath, const QByteArray &output) const;
    Error unsafeJobFolder(const QByteArray &folderPath) const;

    SshSession &m_session;
    QString m_tool;
    bool m_startedNewJob = false;
};

} // namespace vh
