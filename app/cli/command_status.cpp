#include "cli/clioutput.h"
#include "cli/commands.h"

#include <QCoreApplication>

namespace vh {

int runStatusCommand(const CliContext &context)
{
    // TODO: replace with the real command.
    context.output.printMessage(QStringLiteral("'status' is not implemented yet."));
    return ExitUsage;
}

} // namespace vh
