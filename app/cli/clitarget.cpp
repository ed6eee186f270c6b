#include "cli/clitarget.h"

#include "cli/clioutput.h"
#include "cloud/sshendpoint.h"
#include "common/units.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace vh {

namespace {

struct Tr final
{
    Q_DECLARE_TR_FUNCTIONS(vh::CliTarget)
};

QJsonValue sizeValue(qint64 size)
{
    return size >= 0 ? QJsonValue(size) : QJsonValue(QJsonValue::Null);
}

QJsonValue textValue(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

Result<CliTarget> parseCliTarget(const CliContext &context)
{
    const QString ssh = context.parser.value(QStringLiteral("ssh"));
    const QString positional = context.arguments.value(0);
    if (!ssh.isEmpty() && !positional.isEmpty())
        return Error(ErrorKind::Usage, Tr::tr("give either an instance id or --ssh, not both."));
    if (context.arguments.size() > 1)
        return Error(ErrorKind::Usage, Tr::tr("unexpected argument '%1'.").arg(context.arguments.at(1)));

    CliTarget target;
    if (!ssh.isEmpty()) {
        auto endpoint = parseSshTarget(ssh);
        if (!endpoint)
            return Error(ErrorKind::Usage, endpoint.error().message);
        target.sshUser = endpoint->user;
        target.sshHost = endpoint->host;
        target.sshPort = endpoint->port;
        target.targetKey = Journal::targetKeyForSsh(target.sshUser, target.sshHost, target.sshPort);
        return target;
    }
    if (positional.isEmpty())
        return Error(ErrorKind::Usage, Tr::tr("no target given: pass an instance id or --ssh USER@HOST:PORT."));
    bool ok = false;
    target.instanceId = positional.toLongLong(&ok);
    if (!ok || target.instanceId <= 0) {
        return Error(ErrorKind::Usage,
                     Tr::tr("'%1' is not an instance id (a positive number); for any other host use "
                            "--ssh USER@HOST:PORT.")
                         .arg(positional));
    }
    target.targetKey = Journal::targetKeyForInstance(target.instanceId);
    return target;
}

GateDecision gateForDisplay(const Journal &journal)
{
    const QString typed = journal.confirmation ? journal.confirmation->typedId
                                               : QString::number(journal.instanceId);
    return canDestroy(journal, collectLocalFacts(journal), typed);
}

QJsonObject journalToJson(const Journal &journal, const GateDecision &gate)
{
    QJsonArray files;
    for (const FileRecord &file : journal.files) {
        files.append(QJsonObject{
            {QStringLiteral("remote_path"), file.remotePath},
            {QStringLiteral("local_path"), file.localPath},
            {QStringLiteral("remote_size"), sizeValue(file.remoteSize)},
            {QStringLiteral("local_size"), sizeValue(file.localSize)},
            {QStringLiteral("remote_sha256"), textValue(file.remoteSha256)},
            {QStringLiteral("local_sha256"), textValue(file.localSha256)},
            {QStringLiteral("format"), file.format.isEmpty() ? QStringLiteral("unknown") : file.format},
            {QStringLiteral("format_status"), textValue(file.formatStatus)},
            {QStringLiteral("verdict"), fileVerdictName(file.verdict)},
            {QStringLiteral("reason"), textValue(file.reason)},
        });
    }
    return QJsonObject{
        {QStringLiteral("target"), journal.targetKey},
        {QStringLiteral("instance_id"), journal.isInstance() ? QJsonValue(journal.instanceId) : QJsonValue()},
        {QStringLiteral("gate_open"), gate.isOpen()},
        {QStringLiteral("gate_reason"), gate.isOpen() ? QJsonValue() : QJsonValue(gate.reason)},
        {QStringLiteral("gate_condition"), gateConditionName(gate.condition)},
        {QStringLiteral("confirmed"), journal.confirmation.has_value()},
        {QStringLiteral("destroy"), journal.destroy ? QJsonValue(destroyStateName(journal.destroy->state))
                                                    : QJsonValue()},
        {QStringLiteral("problems"), QJsonArray::fromStringList(journal.problems)},
        {QStringLiteral("files"), files},
    };
}

void printJournal(CliOutput &output, const Journal &journal, const GateDecision &gate)
{
    output.printLine(Tr::tr("Target %1, destination %2").arg(journal.targetKey, journal.destination));
    for (const FileRecord &file : journal.files) {
        output.printLine(QStringLiteral("  %1  %2").arg(fileVerdictName(file.verdict).toUpper(), file.remotePath));
        output.printLine(Tr::tr("      local  %1").arg(file.localPath));
        output.printLine(Tr::tr("      size   remote %1, local %2")
                             .arg(file.remoteSize >= 0 ? formatBytes(file.remoteSize) : QStringLiteral("?"),
                                  file.localSize >= 0 ? formatBytes(file.localSize) : QStringLiteral("?")));
        output.printLine(Tr::tr("      sha256 remote %1").arg(file.remoteSha256.isEmpty() ? QStringLiteral("?") : file.remoteSha256));
        output.printLine(Tr::tr("             local  %1").arg(file.localSha256.isEmpty() ? QStringLiteral("?") : file.localSha256));
        QString format = file.format.isEmpty() ? Tr::tr("not checked yet") : file.format + QLatin1Char(' ') + file.formatStatus;
        if (file.formatStatus == QLatin1String("not_checked"))
            format = Tr::tr("format not checked (size and SHA-256 only)");
        output.printLine(Tr::tr("      format %1").arg(format));
        if (!file.reason.isEmpty())
            output.printLine(Tr::tr("      reason %1").arg(file.reason));
    }
    for (const QString &problem : journal.problems)
        output.printLine(Tr::tr("  problem: %1").arg(problem));
    if (journal.isInstance()) {
        output.printLine(gate.isOpen() ? Tr::tr("Destroy: allowed (confirmed for this report).")
                                       : Tr::tr("Destroy: not allowed. %1").arg(gate.reason));
    }
}

int exitCodeForJournal(const Journal &journal)
{
    return journal.allVerified() && journal.problems.isEmpty() ? ExitSuccess : ExitVerificationFailed;
}

} // namespace vh
