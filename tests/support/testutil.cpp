#include "testutil.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QStandardPaths>

namespace vh::test {

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(content) == content.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray randomBytes(qint64 count, quint32 seed)
{
    QByteArray data(count, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    const qsizetype words = count / 4;
    generator.fillRange(reinterpret_cast<quint32 *>(data.data()), words);
    for (qsizetype i = words * 4; i < count; ++i)
        data[i] = char(generator.generate());
    return data;
}

QString referenceSha256(const QByteArray &data)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

bool hashKnownHosts(const QString &path, QString *error)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("ssh-keygen"));
    if (program.isEmpty()) {
        *error = QStringLiteral("ssh-keygen is not installed");
        return false;
    }
    QProcess process;
    process.start(program, {QStringLiteral("-H"), QStringLiteral("-f"), path});
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        *error = QStringLiteral("ssh-keygen -H failed: %1")
                     .arg(QString::fromLocal8Bit(process.readAllStandardError()));
        return false;
    }
    // ssh-keygen keeps the unhashed names in a copy, which would defeat a
    // test that looks for them.
    QFile::remove(path + QStringLiteral(".old"));
    return true;
}

ProcessResult runCli(const QStringList &arguments, int timeoutMs,
                     const QStringList &extraEnvironment)
{
    ProcessResult result;
    const QString program = qEnvironmentVariable("VASTHARVEST_CLI");
    if (program.isEmpty()) {
        result.standardError = "VASTHARVEST_CLI is not set; run the test through ctest";
        return result;
    }
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &entry : extraEnvironment) {
        const qsizetype split = entry.indexOf(QLatin1Char('='));
        environment.insert(entry.left(split), entry.mid(split + 1));
    }
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.standardError = "vastharvest-cli did not finish in time";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.standardOutput = process.readAllStandardOutput();
    result.standardError = process.readAllStandardError();
    return result;
}

} // namespace vh::test
