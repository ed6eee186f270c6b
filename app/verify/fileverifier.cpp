#include "verify/fileverifier.h"

#include "common/logging.h"
#include "common/units.h"
#include "transfer/remotepath.h"
#include "verify/formatcheck.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QProcess>

namespace vh {

namespace {

struct Tr final
{
    Q_DECLARE_TR_FUNCTIONS(vh::FileVerifier)
};

// Runs the user's test command; returns an empty string when it passed.
QString runTestCommand(const QString &command, const QString &localPath, int timeoutSeconds)
{
    QStringList arguments = QProcess::splitCommand(command);
    if (arguments.isEmpty())
        return Tr::tr("the test command is empty");
    for (QString &argument : arguments)
        argument.replace(QStringLiteral("{file}"), localPath);
    const QString program = arguments.takeFirst();

    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(30000))
        return Tr::tr("the test command %1 could not start: %2").arg(program, process.errorString());
    if (!process.waitForFinished(timeoutSeconds * 1000)) {
        process.kill();
        process.waitForFinished(5000);
        return Tr::tr("the test command %1 did not finish within %2 s").arg(program).arg(timeoutSeconds);
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString output = QString::fromLocal8Bit(process.readAll()).trimmed().right(300);
        return Tr::tr("the test command %1 exited with status %2: %3")
            .arg(program)
            .arg(process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1)
            .arg(output);
    }
    return {};
}

} // namespace

Result<MinSizeRule> MinSizeRule::parse(const QString &text)
{
    const qsizetype split = text.lastIndexOf(QLatin1Char('='));
    const QString glob = split > 0 ? text.left(split).trimmed() : QString();
    const auto bytes = split > 0 ? parseByteSize(text.mid(split + 1)) : std::nullopt;
    if (glob.isEmpty() || !bytes) {
        return Error(ErrorKind::Usage,
                     Tr::tr("The minimum-size rule '%1' is not of the form GLOB=SIZE, e.g. "
                            "'*.gguf=5G' (K, M, G, T are powers of 1024).")
                         .arg(text));
    }
    return MinSizeRule{text, glob, *bytes};
}

bool MinSizeRule::matches(const QString &localRelativePath) const
{
    const QStringList names = localRelativePath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (names.isEmpty())
        return false;
    if (!glob.contains(QLatin1Char('/')))
        return matchGlobSegment(glob, names.constLast());
    return matchGlobPath(glob.split(QLatin1Char('/'), Qt::SkipEmptyParts), names);
}

void verifyFileRecord(FileRecord &record, const VerifyOptions &options,
                      const std::atomic_bool *cancelled, const HashProgress &progress)
{
    QStringList failures;
    record.verdict = FileVerdict::Pending;
    record.verifiedAt = {};

    const QFileInfo info(record.localPath);
    if (!info.exists() || !info.isFile()) {
        record.localSize = -1;
        record.localSha256.clear();
        record.verdict = FileVerdict::Failed;
        record.reason = Tr::tr("the local file %1 is missing").arg(record.localPath);
        return;
    }
    record.localSize = info.size();
    record.localModifiedTimeMs = info.lastModified().toMSecsSinceEpoch();

    if (record.remoteSize < 0)
        failures.append(Tr::tr("the remote size is unknown"));
    else if (record.localSize != record.remoteSize)
        failures.append(Tr::tr("size differs: local %1 bytes, remote %2 bytes").arg(record.localSize).arg(record.remoteSize));

    if (record.remoteSizeAfter < 0) {
        failures.append(Tr::tr("the remote file was not checked again after the copy"));
    } else if (record.remoteSizeAfter != record.remoteSize
               || record.remoteModifiedTimeAfter != record.remoteModifiedTime) {
        failures.append(Tr::tr("the remote file changed during the download (size %1 to %2 bytes, "
                               "modified %3 to %4); it may still be written. Wait until the job "
                               "finished, then harvest again")
                            .arg(record.remoteSize)
                            .arg(record.remoteSizeAfter)
                            .arg(QDateTime::fromSecsSinceEpoch(record.remoteModifiedTime, Qt::UTC).toString(Qt::ISODate),
                                 QDateTime::fromSecsSinceEpoch(record.remoteModifiedTimeAfter, Qt::UTC).toString(Qt::ISODate)));
    }

    auto digest = sha256OfFile(record.localPath, cancelled, progress);
    if (!digest) {
        if (digest.error().kind == ErrorKind::Cancelled) {
            record.reason = Tr::tr("verification was cancelled");
            return;
        }
        record.localSha256.clear();
        failures.append(digest.error().message);
    } else {
        record.localSha256 = digest.value();
        if (record.remoteSha256.isEmpty())
            failures.append(Tr::tr("the remote SHA-256 is unknown"));
        else if (record.localSha256 != record.remoteSha256.toLower())
            failures.append(Tr::tr("SHA-256 differs: local %1, remote %2").arg(record.localSha256, record.remoteSha256));
    }

    FormatCheckOptions formatOptions;
    formatOptions.zipCrcPass = options.zipCrcPass;
    const FormatVerdict format = checkFileFormat(record.localPath, formatOptions, cancelled);
    if (format.cancelled) {
        record.reason = Tr::tr("verification was cancelled");
        return;
    }
    record.format = modelFormatName(format.format);
    record.formatStatus = formatStatusName(format.status);
    record.formatDetail = format.reason;
    record.formatFacts = format.facts;
    if (format.status == FormatStatus::Invalid || format.status == FormatStatus::ReadError)
        failures.append(Tr::tr("%1 format check failed: %2").arg(record.format, format.reason));

    for (const MinSizeRule &rule : options.minSizeRules) {
        if (rule.matches(record.localRelativePath) && record.localSize < rule.minimumBytes) {
            failures.append(Tr::tr("smaller than the minimum %1 set by '%2' (%3 bytes)")
                                .arg(formatBytes(rule.minimumBytes), rule.text)
                                .arg(record.localSize));
        }
    }

    if (failures.isEmpty() && !options.testCommand.trimmed().isEmpty()) {
        const QString testFailure = runTestCommand(options.testCommand, record.localPath,
                                                   options.testTimeoutSeconds);
        if (!testFailure.isEmpty())
            failures.append(testFailure);
    }

    // Stat again: a file that changed while it was hashed proves nothing.
    const QFileInfo after(record.localPath);
    if (after.size() != record.localSize
        || after.lastModified().toMSecsSinceEpoch() != record.localModifiedTimeMs) {
        failures.append(Tr::tr("the local file changed while it was verified"));
    }

    if (failures.isEmpty()) {
        record.verdict = FileVerdict::Verified;
        record.reason.clear();
        record.verifiedAt = QDateTime::currentDateTimeUtc();
    } else {
        record.verdict = FileVerdict::Failed;
        record.reason = failures.join(QStringLiteral("; "));
    }
    qCInfo(lcVerify) << "verified" << record.localPath << fileVerdictName(record.verdict) << record.reason;
}

} // namespace vh
