#include "cli/clioutput.h"
#include "cli/commands.h"

#include <QCoreApplication>

namespace vh {

int runInstancesCommand(const CliContext &context)
{
    // TODO: replace with the real command.
    context.output.printMessage(QStringLiteral("'instances' is not implemented yet."));
    return ExitUsage;
}

} // namespace vh
