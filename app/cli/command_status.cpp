#include "cli/clioutput.h"
#include "cli/clitarget.h"
#include "cli/commands.h"
#include "harvest/journalstore.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace vh {

int runStatusCommand(const CliContext &context)
{
    auto target = parseCliTarget(context);
    if (!target) {
        context.output.printMessage(QCoreApplication::translate("vh::StatusCommand", "vastharvest-cli status: %1")
                                        .arg(target.error().message));
        return ExitUsage;
    }
    const JournalStore store(context.global.stateDir);
    auto journal = store.load(target->targetKey);
    if (!journal) {
        context.output.printMessage(journal.error().message);
        return journal.error().kind == ErrorKind::NotFound ? ExitUsage : ExitVerificationFailed;
    }
    const GateDecision gate = gateForDisplay(journal.value());
    if (context.global.json)
        context.output.printJson(QJsonDocument(journalToJson(journal.value(), gate)));
    else
        printJournal(context.output, journal.value(), gate);
    return ExitSuccess;
}

} // namespace vh
