#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace vh::test {

// Writes bytes to path, creating parent folders; fails the test on error.
bool writeFile(const QString &path, const QByteArray &content);

// Returns count pseudo-random bytes from a fixed seed, so failures repeat.
QByteArray randomBytes(qint64 count, quint32 seed);

// Lower-case hex SHA-256 of a byte array, computed with QCryptographicHash so
// it is independent of the OpenSSL code under test.
QString referenceSha256(const QByteArray &data);

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
