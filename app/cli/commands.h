#pragma once

#include "cli/cliapplication.h"

namespace vh {

class CliOutput;

// What every command gets: the parsed command line, the global options and
// the output streams.
struct CliContext
{
    const QCommandLineParser &parser;
    const GlobalOptions &global;
    CliOutput &output;
    QStringList arguments; // positional arguments after the command name
};

int runCheckCommand(const CliContext &context);
int runHarvestCommand(const CliContext &context);
int runStatusCommand(const CliContext &context);
int runVerifyCommand(const CliContext &context);
int runInstancesCommand(const CliContext &context);
int runDestroyCommand(const CliContext &context);
int runConfirmCommand(const CliContext &context);

} // namespace vh
