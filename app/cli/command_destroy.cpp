#include "cli/cliprovider.h"
#include "cli/clioutput.h"
#include "cli/clitarget.h"
#include "cli/commands.h"
#include "harvest/auditlog.h"
#include "harvest/instancedestroyer.h"
#include "harvest/journalstore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace vh {

namespace {

struct Tr final
{
    Q_DECLARE_TR_FUNCTIONS(vh::DestroyCommand)
};

QString mismatchMessage(const QString &typedId, qint64 instanceId)
{
    return Tr::tr("Destroy refused: --confirm %1 does not repeat the instance id %2.").arg(typedId).arg(instanceId);
}

} // namespace

int runConfirmCommand(const CliContext &context)
{
    auto target = parseCliTarget(context);
    if (!target || target->instanceId == 0) {
        context.output.printMessage(Tr::tr("vastharvest-cli confirm: %1")
                                        .arg(target ? Tr::tr("only instances can be confirmed for destroy.")
                                                    : target.error().message));
        return ExitUsage;
    }
    const QString typedId = context.parser.value(QStringLiteral("confirm")).trimmed();
    if (typedId.isEmpty()) {
        context.output.printMessage(Tr::tr("vastharvest-cli confirm: repeat the instance id with --confirm ID."));
        return ExitUsage;
    }
    if (typedId != QString::number(target->instanceId)) {
        context.output.printMessage(mismatchMessage(typedId, target->instanceId));
        return ExitDestroyRefused;
    }
    const JournalStore store(context.global.stateDir);
    const AuditLog audit(context.global.stateDir);
    auto confirmed = confirmHarvest(store, audit, target->targetKey, typedId);
    if (!confirmed) {
        context.output.printMessage(confirmed.error().message);
        return confirmed.error().kind == ErrorKind::NotFound ? ExitUsage : ExitDestroyRefused;
    }
    context.output.printMessage(Tr::tr("Confirmed the verified files of instance %1.").arg(target->instanceId));
    return ExitSuccess;
}

int runDestroyCommand(const CliContext &context)
{
    auto target = parseCliTarget(context);
    if (!target) {
        context.output.printMessage(Tr::tr("vastharvest-cli destroy: %1").arg(target.error().message));
        return ExitUsage;
    }
    if (target->instanceId == 0) {
        context.output.printMessage(Tr::tr("vastharvest-cli destroy: %1 is a plain SSH host; only instances can "
                                           "be destroyed.")
                                        .arg(target->targetKey));
        return ExitDestroyRefused;
    }
    const QString typedId = context.parser.value(QStringLiteral("confirm")).trimmed();
    // --confirm repeats the id the command names; another id is refused
    // before anything is read, so it can never reach another instance.
    if (!typedId.isEmpty() && typedId != QString::number(target->instanceId)) {
        context.output.printMessage(mismatchMessage(typedId, target->instanceId));
        return ExitDestroyRefused;
    }
    const JournalStore store(context.global.stateDir);
    const AuditLog audit(context.global.stateDir);

    // --confirm ID is the person's confirmation on the command line: record
    // it for the current report unless a valid one exists already.
    if (!typedId.isEmpty()) {
        auto journal = store.load(target->targetKey);
        if (!journal) {
            context.output.printMessage(journal.error().message);
            return ExitDestroyRefused;
        }
        const bool confirmedAlready = journal->confirmation
                                      && journal->confirmation->reportDigest == journal->reportDigest()
                                      && journal->confirmation->typedId == typedId;
        if (!confirmedAlready) {
            if (auto confirmed = confirmHarvest(store, audit, target->targetKey, typedId); !confirmed) {
                context.output.printMessage(confirmed.error().message);
                return ExitDestroyRefused;
            }
        }
    }

    // Refuse locally before any network traffic; the destroyer asks the
    // gate again right before it sends the request.
    auto journal = store.load(target->targetKey);
    if (!journal) {
        context.output.printMessage(journal.error().message);
        return ExitDestroyRefused;
    }
    const GateDecision gate = canDestroy(journal.value(), collectLocalFacts(journal.value()), typedId);
    if (!gate.isOpen()) {
        context.output.printMessage(Tr::tr("Destroy refused: %1").arg(gate.reason));
        return ExitDestroyRefused;
    }

    Result<DestroyReport> outcome = Error(ErrorKind::Internal, QString());
    QObject scope;
    createCliVastClient(context, &scope, [&](Result<VastClient *> client) {
        if (!client) {
            outcome = client.error();
            QCoreApplication::exit(0);
            return;
        }
        auto *destroyer = new InstanceDestroyer(store, audit, *client.value(), &scope);
        destroyer->destroy(target->targetKey, typedId, [&](Result<DestroyReport> result) {
            outcome = std::move(result);
            QCoreApplication::exit(0);
        });
    });
    QCoreApplication::exec();

    if (context.global.json) {
        context.output.printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("target"), target->targetKey},
            {QStringLiteral("destroyed"), outcome.ok() && outcome->destroyed},
            {QStringLiteral("message"), outcome ? outcome->message : outcome.error().message}}));
    }
    if (!outcome) {
        context.output.printMessage(outcome.error().message);
        return outcome.error().kind == ErrorKind::GateClosed ? ExitDestroyRefused : exitCodeFor(outcome.error());
    }
    context.output.printMessage(outcome->message.isEmpty()
                                    ? Tr::tr("Instance %1 was destroyed.").arg(target->instanceId)
                                    : outcome->message);
    return ExitSuccess;
}

} // namespace vh
