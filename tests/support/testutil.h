#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace vh::test {

// Writes bytes to path, creating parent folders; fails the test on error.
bool writeFile(const QString &path, const QByteArray &content);

// Returns the whole content of a file, or nothing when it cannot be read.
QByteArray readFile(const QString &path);

// Returns count pseudo-random bytes from a fixed seed, so failures repeat.
QByteArray randomBytes(qint64 count, quint32 seed);

// Lower-case hex SHA-256 of a byte array, computed with QCryptographicHash so
// it is independent of the OpenSSL code under test.
QString referenceSha256(const QByteArray &data);

// Replaces every host name in an OpenSSH known_hosts file with its hashed
// form, as HashKnownHosts writes them, by running "ssh-keygen -H". Returns
// false with error set when ssh-keygen is missing or fails.
bool hashKnownHosts(const QString &path, QString *error);

// Result of running the CLI binary.
struct ProcessResult
{
    int exitCode = -1;
    QByteArray standardOutput;
    QByteArray standardError;
};

// Runs vastharvest-cli (path from VASTHARVEST_CLI) with arguments and waits
// up to timeoutMs.
ProcessResult runCli(const QStringList &arguments, int timeoutMs = 120000,
                     const QStringList &extraEnvironment = {});

} // namespace vh::test
