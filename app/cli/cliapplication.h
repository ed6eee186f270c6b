#pragma once

#include "common/error.h"

#include <QCommandLineParser>
#include <QStringList>

namespace vh {

class CliOutput;

// Exit codes of vastharvest-cli. Scripts depend on these numbers.
// NOTE: The enum has no fixed underlying type because lupdate 6.4 loses track
// of namespace vh after `enum ExitCode : int {` and then files the messages of
// cliapplication.cpp under a wrong context.
enum ExitCode {
    ExitSuccess = 0,
    ExitVerificationFailed = 1,
    ExitUsage = 2,
    ExitDestroyRefused = 3,
    ExitProviderError = 4,
    ExitHostKeyRejected = 5,
    ExitInterrupted = 6,
};

// Maps an engine error to the exit code a script expects for it.
ExitCode exitCodeFor(const Error &error);

// Options shared by every command, after defaults and environment were applied.
struct GlobalOptions
{
    QString apiUrl;
    QString apiKeyFile;
    QString stateDir;
    QString knownHostsFile;
    QString identityFile;
    bool json = false;
};

// Parses the command line of vastharvest-cli and runs one command.
class CliApplication final
{
    Q_DISABLE_COPY_MOVE(CliApplication)

public:
    CliApplication();
    ~CliApplication();

    // Runs the command named in arguments (arguments[0] is the program) and
    // returns the process exit code.
    int run(const QStringList &arguments);

private:
    int usageError(const QString &message);
    bool readGlobalOptions();

    QCommandLineParser m_parser;
    GlobalOptions m_global;
    CliOutput *m_output = nullptr;
};

} // namespace vh
