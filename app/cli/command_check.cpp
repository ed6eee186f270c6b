#include "cli/clioutput.h"
#include "cli/commands.h"
#include "verify/formatcheck.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

namespace vh {

namespace {

struct Tr final
{
    Q_DECLARE_TR_FUNCTIONS(vh::CheckCommand)
};

// Short description of a valid file, e.g. "llama, Q4_K_M, 291 tensors".
QString summaryOf(const FormatVerdict &verdict)
{
    const QVariantMap &facts = verdict.facts;
    QStringList parts;
    switch (verdict.format) {
    case ModelFormat::Gguf: {
        const QString architecture = facts.value(QStringLiteral("architecture")).toString();
        if (!architecture.isEmpty())
            parts.append(architecture);
        QString fileType = facts.value(QStringLiteral("file_type")).toString();
        fileType.remove(QRegularExpression(QStringLiteral("^(MOSTLY|ALL)_")));
        if (!fileType.isEmpty())
            parts.append(fileType);
        parts.append(Tr::tr("%n tensor(s)", nullptr,
                            int(facts.value(QStringLiteral("tensor_count")).toLongLong())));
        break;
    }
    case ModelFormat::Safetensors: {
        parts.append(Tr::tr("%n tensor(s)", nullptr,
                            int(facts.value(QStringLiteral("tensor_count")).toLongLong())));
        const QStringList dtypes = facts.value(QStringLiteral("dtypes")).toStringList();
        if (!dtypes.isEmpty())
            parts.append(dtypes.join(QLatin1Char('/')));
        break;
    }
    case ModelFormat::Zip:
        if (facts.value(QStringLiteral("archive_kind")).toString() != QLatin1String("zip"))
            parts.append(facts.value(QStringLiteral("archive_kind")).toString());
        parts.append(Tr::tr("%n entry(s)", nullptr,
                            int(facts.value(QStringLiteral("entry_count")).toLongLong())));
        if (facts.value(QStringLiteral("crc_checked")).toBool())
            parts.append(Tr::tr("CRC-32 checked"));
        break;
    case ModelFormat::Unknown:
        break;
    }
    return parts.join(QStringLiteral(", "));
}

QString lineFor(const QString &path, const FormatVerdict &verdict)
{
    const QString format = modelFormatName(verdict.format);
    const QString status = formatStatusName(verdict.status);
    if (verdict.status != FormatStatus::Valid)
        return Tr::tr("%1: %2 %3 - %4").arg(path, format, status, verdict.reason);
    const QString summary = summaryOf(verdict);
    if (summary.isEmpty())
        return Tr::tr("%1: %2 %3").arg(path, format, status);
    return Tr::tr("%1: %2 %3 (%4)").arg(path, format, status, summary);
}

QJsonObject jsonFor(const QString &path, const FormatVerdict &verdict)
{
    QJsonObject object;
    object.insert(QStringLiteral("path"), path);
    object.insert(QStringLiteral("format"), modelFormatName(verdict.format));
    object.insert(QStringLiteral("valid"), verdict.isValid());
    object.insert(QStringLiteral("status"), formatStatusName(verdict.status));
    object.insert(QStringLiteral("reason"),
                  verdict.reason.isEmpty() ? QJsonValue() : QJsonValue(verdict.reason));
    object.insert(QStringLiteral("offset"),
                  verdict.offset < 0 ? QJsonValue() : QJsonValue(verdict.offset));
    object.insert(QStringLiteral("facts"), QJsonObject::fromVariantMap(verdict.facts));
    return object;
}

} // namespace

// Exit 1 when any file is invalid or unreadable, else 0. A file whose format
// is not checked (not GGUF, safetensors or zip, or a type this build does not
// know) is reported not_checked, never valid, and does not fail the command.
int runCheckCommand(const CliContext &context)
{
    if (context.arguments.isEmpty()) {
        context.output.printMessage(Tr::tr("vastharvest-cli: 'check' needs at least one FILE."));
        context.output.printMessage(
            Tr::tr("Usage: vastharvest-cli check [--json] FILE [FILE ...]\n"
                   "Checks the structure of GGUF, safetensors and zip-based checkpoints (.pt, .pth, "
                   ".bin, .npz, .zip; zip entries are also checked against their CRC-32).\n"
                   "Exit status: 0 when no file is invalid or unreadable, 1 otherwise. Files of "
                   "other formats are reported as not_checked and do not change the exit status."));
        return ExitUsage;
    }

    FormatCheckOptions options;
    // A local check has no remote hash to compare with, so for zips the
    // CRC-32 of every entry is the only guard against a flipped byte.
    options.zipCrcPass = true;

    QJsonArray results;
    bool failed = false;
    for (const QString &path : context.arguments) {
        const FormatVerdict verdict = checkFileFormat(path, options);
        if (verdict.status == FormatStatus::Invalid || verdict.status == FormatStatus::ReadError)
            failed = true;
        if (context.global.json)
            results.append(jsonFor(path, verdict));
        else
            context.output.printLine(lineFor(path, verdict));
    }
    if (context.global.json)
        context.output.printJson(QJsonDocument(results));
    return failed ? ExitVerificationFailed : ExitSuccess;
}

} // namespace vh
