#include "cli/cliprovider.h"
#include "cli/clitarget.h"
#include "cli/clioutput.h"
#include "cli/commands.h"
#include "cloud/sshendpoint.h"
#include "common/platform.h"
#include "common/units.h"
#include "harvest/auditlog.h"
#include "harvest/harvestjob.h"
#include "harvest/journalstore.h"
#include "transfer/knownhosts.h"
#include "transfer/remotepath.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QTimer>

#include <memory>

namespace vh {

namespace {

struct Tr final
{
    Q_DECLARE_TR_FUNCTIONS(vh::HarvestCommand)
};

// Builds the job's settings from the command line; the SSH endpoint is
// filled in by the caller.
Result<HarvestSettings> settingsFromOptions(const CliContext &context, const CliTarget &target)
{
    HarvestSettings settings;
    settings.targetKey = target.targetKey;
    settings.instanceId = target.instanceId;
    settings.patterns = context.parser.values(QStringLiteral("remote"));
    if (settings.patterns.isEmpty())
        return Error(ErrorKind::Usage, Tr::tr("harvest needs at least one --remote PATTERN."));
    // A malformed pattern is a usage error, found before any connection.
    for (const QString &pattern : std::as_const(settings.patterns)) {
        if (auto parsed = RemotePattern::parse(pattern); !parsed)
            return parsed.error();
    }
    settings.destination = context.parser.value(QStringLiteral("dest"));
    if (settings.destination.isEmpty())
        return Error(ErrorKind::Usage, Tr::tr("harvest needs --dest DIR, the local folder for the files."));

    for (const QString &text : context.parser.values(QStringLiteral("min-size"))) {
        auto rule = MinSizeRule::parse(text);
        if (!rule)
            return rule.error();
        settings.verify.minSizeRules.append(rule.value());
        settings.minSizeRules.append(text);
    }
    if (context.parser.isSet(QStringLiteral("parallel"))) {
        bool ok = false;
        settings.parallelFiles = context.parser.value(QStringLiteral("parallel")).toInt(&ok);
        if (!ok || settings.parallelFiles < 1 || settings.parallelFiles > 16)
            return Error(ErrorKind::Usage, Tr::tr("--parallel takes a number from 1 to 16."));
    }
    if (context.parser.isSet(QStringLiteral("streams"))) {
        bool ok = false;
        settings.rangeStreams = context.parser.value(QStringLiteral("streams")).toInt(&ok);
        if (!ok || settings.rangeStreams < 1 || settings.rangeStreams > 16)
            return Error(ErrorKind::Usage, Tr::tr("--streams takes a number from 1 to 16."));
    }
    if (context.parser.isSet(QStringLiteral("stream-threshold"))) {
        const auto threshold = parseByteSize(context.parser.value(QStringLiteral("stream-threshold")));
        if (!threshold || *threshold < 1)
            return Error(ErrorKind::Usage, Tr::tr("--stream-threshold takes a size such as 256M."));
        settings.rangeThreshold = *threshold;
    }
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    settings.verify.testCommand = environment.value(QStringLiteral("VASTHARVEST_TEST_COMMAND"));

    SshConnectOptions &ssh = settings.ssh;
    ssh.knownHostsPath = context.global.knownHostsFile;
    if (!context.global.identityFile.isEmpty()) {
        if (!QFileInfo::exists(context.global.identityFile))
            return Error(ErrorKind::Usage, Tr::tr("the identity file %1 does not exist.").arg(context.global.identityFile));
        ssh.identityFiles = {context.global.identityFile};
    }
    const QString passphrase = environment.value(QStringLiteral("VASTHARVEST_SSH_PASSPHRASE"));
    if (!passphrase.isEmpty())
        ssh.passphraseForKey = [passphrase](const PassphraseQuestion &) { return passphrase; };
    const bool acceptNew = context.parser.isSet(QStringLiteral("accept-new-host-key"));
    ssh.hostKeyPrompt = [acceptNew](const HostKeyQuestion &) {
        return acceptNew ? HostKeyDecision::AcceptAndRemember : HostKeyDecision::Reject;
    };
    // Test hooks: small values make reconnect tests fast.
    if (environment.contains(QStringLiteral("VASTHARVEST_RECONNECT_BASE_MS")))
        settings.reconnectBaseDelayMs = environment.value(QStringLiteral("VASTHARVEST_RECONNECT_BASE_MS")).toInt();
    if (environment.contains(QStringLiteral("VASTHARVEST_IO_TIMEOUT_MS")))
        ssh.ioTimeoutMs = environment.value(QStringLiteral("VASTHARVEST_IO_TIMEOUT_MS")).toInt();
    return settings;
}

// Runs the job until it finishes or the process is interrupted.
int runJob(const CliContext &context, HarvestSettings settings)
{
    JournalStore store(context.global.stateDir);
    AuditLog audit(context.global.stateDir);
    HarvestJob job(store, audit, std::move(settings));
    CliOutput &output = context.output;

    QHash<int, TransferProgress> progressByFile;
    int lastShown = -1;
    QObject::connect(&job, &HarvestJob::filesListed, &job, [&] {
        qint64 total = 0;
        for (const FileRecord &file : job.journal().files)
            total += qMax<qint64>(file.remoteSize, 0);
        output.printMessage(Tr::tr("%n file(s), %1 in all, into %2", nullptr, int(job.journal().files.size()))
                                .arg(formatBytes(total), job.journal().destination));
    });
    QObject::connect(&job, &HarvestJob::fileProgress, &job, [&](int index, const TransferProgress &progress) {
        progressByFile.insert(index, progress);
        lastShown = index;
        const FileRecord &file = job.journal().files.at(index);
        const int percent = progress.bytesTotal > 0 ? int(progress.bytesDone * 100 / progress.bytesTotal) : 0;
        output.printProgress(Tr::tr("[%1/%2] %3  %4%  %5 of %6  %7  %8")
                                 .arg(index + 1)
                                 .arg(job.journal().files.size())
                                 .arg(file.localRelativePath)
                                 .arg(percent)
                                 .arg(formatBytes(progress.bytesDone), formatBytes(progress.bytesTotal),
                                      formatRate(progress.bytesPerSecond),
                                      progress.secondsLeft >= 0 ? Tr::tr("ETA %1").arg(formatDuration(progress.secondsLeft))
                                                                : QString()));
    });
    // A file is updated again after its verdict, e.g. when its remote hash
    // arrives late, so each verdict is printed once.
    QHash<int, FileVerdict> printedVerdicts;
    QObject::connect(&job, &HarvestJob::fileUpdated, &job, [&](int index) {
        const FileRecord &file = job.journal().files.at(index);
        if (file.verdict != FileVerdict::Verified && file.verdict != FileVerdict::Failed)
            return;
        if (printedVerdicts.value(index, FileVerdict::Pending) == file.verdict)
            return;
        printedVerdicts.insert(index, file.verdict);
        if (file.verdict == FileVerdict::Verified)
            output.printMessage(Tr::tr("verified  %1").arg(file.localRelativePath));
        else
            output.printMessage(Tr::tr("FAILED    %1: %2").arg(file.localRelativePath, file.reason));
    });
    QObject::connect(&job, &HarvestJob::message, &job, [&](const QString &text) { output.printMessage(text); });

    Error result;
    QObject::connect(&job, &HarvestJob::finished, &job, [&](const Error &error) {
        result = error;
        QCoreApplication::exit(0);
    });

    const std::atomic_bool &interrupted = installInterruptFlag();
    QTimer interruptPoll;
    QObject::connect(&interruptPoll, &QTimer::timeout, &job, [&] {
        if (interrupted.load())
            job.cancel();
    });
    interruptPoll.start(100);

    job.start();
    QCoreApplication::exec();
    output.endProgress();

    const Journal &journal = job.journal();
    const GateDecision gate = gateForDisplay(journal);
    if (context.global.json)
        output.printJson(QJsonDocument(journalToJson(journal, gate)));
    else if (!journal.files.isEmpty())
        printJournal(output, journal, gate);

    if (result.isError()) {
        output.printMessage(result.message);
        if (result.kind == ErrorKind::NotFound)
            return ExitVerificationFailed;
        return exitCodeFor(result);
    }
    return exitCodeForJournal(journal);
}

} // namespace

int runHarvestCommand(const CliContext &context)
{
    auto target = parseCliTarget(context);
    if (!target) {
        context.output.printMessage(Tr::tr("vastharvest-cli harvest: %1").arg(target.error().message));
        return ExitUsage;
    }
    auto settings = settingsFromOptions(context, target.value());
    if (!settings) {
        context.output.printMessage(Tr::tr("vastharvest-cli harvest: %1").arg(settings.error().message));
        return ExitUsage;
    }

    if (target->instanceId == 0) {
        settings->ssh.user = target->sshUser;
        settings->ssh.host = target->sshHost;
        settings->ssh.port = target->sshPort;
        settings->ssh.targetKey = KnownHosts::targetKeyForHost(target->sshHost, target->sshPort);
        return runJob(context, std::move(settings).value());
    }

    // An instance: its SSH endpoint comes from the API, and its host key is
    // remembered under the instance id, since Vast reuses addresses.
    Error lookupError;
    QObject scope;
    createCliVastClient(context, &scope, [&](Result<VastClient *> client) {
        if (!client) {
            lookupError = client.error();
            QCoreApplication::exit(0);
            return;
        }
        client.value()->showInstance(target->instanceId, &scope, [&](Result<std::optional<Instance>> shown) {
            if (!shown) {
                lookupError = shown.error();
            } else if (!shown->has_value()) {
                lookupError = Error(ErrorKind::NotFound,
                                    Tr::tr("Instance %1 does not exist in this account (any more).").arg(target->instanceId));
            } else {
                const Instance &instance = shown->value();
                const SshEndpoint endpoint = sshEndpointFor(instance);
                if (!endpoint.isValid()) {
                    lookupError = Error(ErrorKind::Provider,
                                        Tr::tr("Instance %1 has no SSH endpoint yet (status %2). Wait until it is "
                                               "running, then try again.")
                                            .arg(target->instanceId)
                                            .arg(instance.actualStatus));
                } else {
                    settings->label = instance.label;
                    settings->ssh.user = endpoint.user;
                    settings->ssh.host = endpoint.host;
                    settings->ssh.port = endpoint.port;
                    settings->ssh.targetKey = target->targetKey;
                }
            }
            QCoreApplication::exit(0);
        });
    });
    QCoreApplication::exec();
    if (lookupError.isError()) {
        context.output.printMessage(lookupError.message);
        return lookupError.kind == ErrorKind::NotFound ? ExitProviderError : exitCodeFor(lookupError);
    }
    return runJob(context, std::move(settings).value());
}

} // namespace vh
