#pragma once

#include "cli/commands.h"
#include "common/result.h"
#include "harvest/destroygate.h"
#include "harvest/journal.h"

#include <QJsonObject>
#include <QString>

namespace vh {

class CliOutput;

// The TARGET of a command: an instance id, or --ssh USER@HOST:PORT.
struct CliTarget
{
    QString targetKey;     // journal key
    qint64 instanceId = 0; // 0 for --ssh targets
    QString sshUser;
    QString sshHost;
    quint16 sshPort = 0;   // set for --ssh targets only; instances ask the API
};

// Reads the target from the first positional argument or --ssh; exactly
// one of them must be given.
Result<CliTarget> parseCliTarget(const CliContext &context);

// The gate's view for `status` and JSON output: everything except the typed
// id, which only `destroy --confirm` supplies.
GateDecision gateForDisplay(const Journal &journal);

// The object cli.md documents for harvest, status and verify.
QJsonObject journalToJson(const Journal &journal, const GateDecision &gate);

// A human-readable summary: one block per file, then the gate.
void printJournal(CliOutput &output, const Journal &journal, const GateDecision &gate);

// Exit code for a journal: 0 when every file is verified, 1 otherwise.
int exitCodeForJournal(const Journal &journal);

} // namespace vh
