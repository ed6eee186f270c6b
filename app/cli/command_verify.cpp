#include "cli/clioutput.h"
#include "cli/clitarget.h"
#include "cli/commands.h"
#include "harvest/auditlog.h"
#include "harvest/journalstore.h"
#include "verify/fileverifier.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcessEnvironment>

namespace vh {

namespace {

struct Tr final
{
    Q_DECLARE_TR_FUNCTIONS(vh::VerifyCommand)
};

} // namespace

int runVerifyCommand(const CliContext &context)
{
    auto target = parseCliTarget(context);
    if (!target) {
        context.output.printMessage(Tr::tr("vastharvest-cli verify: %1").arg(target.error().message));
        return ExitUsage;
    }
    const JournalStore store(context.global.stateDir);
    const AuditLog audit(context.global.stateDir);
    auto loaded = store.load(target->targetKey);
    if (!loaded) {
        context.output.printMessage(loaded.error().message);
        return loaded.error().kind == ErrorKind::NotFound ? ExitUsage : ExitVerificationFailed;
    }
    Journal journal = std::move(loaded).value();

    VerifyOptions options;
    QStringList rules = journal.minSizeRules;
    for (const QString &text : context.parser.values(QStringLiteral("min-size"))) {
        if (!rules.contains(text))
            rules.append(text);
    }
    for (const QString &text : std::as_const(rules)) {
        auto rule = MinSizeRule::parse(text);
        if (!rule) {
            context.output.printMessage(Tr::tr("vastharvest-cli verify: %1").arg(rule.error().message));
            return ExitUsage;
        }
        options.minSizeRules.append(rule.value());
    }
    journal.minSizeRules = rules;
    options.testCommand = QProcessEnvironment::systemEnvironment().value(QStringLiteral("VASTHARVEST_TEST_COMMAND"));

    // Re-verification reads the local copies from disk only; the remote
    // facts stay those recorded when the files were harvested.
    QJsonArray files;
    for (FileRecord &file : journal.files) {
        context.output.printProgress(Tr::tr("verifying %1").arg(file.localRelativePath));
        verifyFileRecord(file, options);
        files.append(QJsonObject{{QStringLiteral("remote_path"), file.remotePath},
                                 {QStringLiteral("verdict"), fileVerdictName(file.verdict)},
                                 {QStringLiteral("sha256"), file.localSha256}});
    }
    context.output.endProgress();
    if (auto saved = store.save(journal); !saved) {
        context.output.printMessage(saved.error().message);
        return ExitVerificationFailed;
    }
    if (auto logged = audit.append(QStringLiteral("verify"),
                                   {{QStringLiteral("target"), journal.targetKey},
                                    {QStringLiteral("report_digest"), journal.reportDigest()},
                                    {QStringLiteral("files"), files}});
        !logged) {
        context.output.printMessage(logged.error().message);
    }

    const GateDecision gate = gateForDisplay(journal);
    if (context.global.json)
        context.output.printJson(QJsonDocument(journalToJson(journal, gate)));
    else
        printJournal(context.output, journal, gate);
    return exitCodeForJournal(journal);
}

} // namespace vh
