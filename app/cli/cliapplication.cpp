#include "cli/cliapplication.h"

#include "cli/clioutput.h"
#include "cli/commands.h"
#include "common/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QProcessEnvironment>
#include <QStandardPaths>

namespace vh {

namespace {

struct Tr final
{
    Q_DECLARE_TR_FUNCTIONS(vh::CliApplication)
};

struct CommandInfo
{
    const char *name;
    int (*handler)(const CliContext &);
    QStringList options; // command-specific options it accepts
};

const QList<CommandInfo> &commands()
{
    static const QList<CommandInfo> list = {
        {"instances", &runInstancesCommand, {}},
        {"harvest", &runHarvestCommand,
         {QStringLiteral("remote"), QStringLiteral("dest"), QStringLiteral("min-size"),
          QStringLiteral("accept-new-host-key"), QStringLiteral("parallel"), QStringLiteral("ssh"),
          QStringLiteral("streams"), QStringLiteral("stream-threshold")}},
        {"status", &runStatusCommand, {QStringLiteral("ssh")}},
        {"verify", &runVerifyCommand, {QStringLiteral("ssh"), QStringLiteral("min-size")}},
        {"confirm", &runConfirmCommand, {QStringLiteral("confirm")}},
        {"destroy", &runDestroyCommand, {QStringLiteral("confirm")}},
        {"check", &runCheckCommand, {}},
    };
    return list;
}

const QStringList &commandSpecificOptions()
{
    static const QStringList names = {
        QStringLiteral("remote"), QStringLiteral("dest"), QStringLiteral("min-size"),
        QStringLiteral("accept-new-host-key"), QStringLiteral("parallel"),
        QStringLiteral("ssh"), QStringLiteral("confirm"), QStringLiteral("streams"),
        QStringLiteral("stream-threshold")};
    return names;
}

} // namespace

ExitCode exitCodeFor(const Error &error)
{
    switch (error.kind) {
    case ErrorKind::None: return ExitSuccess;
    case ErrorKind::Usage: return ExitUsage;
    case ErrorKind::Verification: return ExitVerificationFailed;
    case ErrorKind::GateClosed: return ExitDestroyRefused;
    case ErrorKind::HostKeyUnknown:
    case ErrorKind::HostKeyChanged:
    case ErrorKind::HostKeyRevoked: return ExitHostKeyRejected;
    case ErrorKind::Cancelled: return ExitInterrupted;
    case ErrorKind::Network:
    case ErrorKind::Timeout:
    case ErrorKind::Authentication:
    case ErrorKind::Provider:
    case ErrorKind::RateLimited: return ExitProviderError;
    case ErrorKind::RemoteIo:
    case ErrorKind::PermissionDenied:
    case ErrorKind::NotFound:
    case ErrorKind::LocalIo:
    case ErrorKind::DiskFull:
    case ErrorKind::Internal: return ExitVerificationFailed;
    }
    return ExitVerificationFailed;
}

CliApplication::CliApplication() : m_output(new CliOutput)
{
    m_parser.setApplicationDescription(
        Tr::tr("Download files from GPU instances, verify them, and destroy an instance only "
               "when its files are proven safe.\n\nCommands:\n"
               "  instances             list the account's instances\n"
               "  harvest TARGET        download and verify files (TARGET: instance id, or --ssh)\n"
               "  status TARGET         show the journal and whether destroy is allowed\n"
               "  verify TARGET         verify the local files of a journal again\n"
               "  confirm ID --confirm ID  record that the verified files of an instance are "
               "what you want\n"
               "  destroy ID --confirm ID  destroy an instance if the destroy gate is open\n"
               "  check FILE...         check the format of local model files"));
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions({
        {QStringLiteral("api-url"),
         Tr::tr("Vast.ai API base URL (default https://console.vast.ai; environment "
                "VASTHARVEST_API_URL)."),
         Tr::tr("URL")},
        {QStringLiteral("api-key-file"), Tr::tr("Read the Vast.ai API key from FILE."), Tr::tr("FILE")},
        {QStringLiteral("state-dir"),
         Tr::tr("Folder for journals, the audit log and known host keys."), Tr::tr("DIR")},
        {QStringLiteral("known-hosts"), Tr::tr("Known SSH host keys, OpenSSH format."), Tr::tr("FILE")},
        {QStringLiteral("identity"),
         Tr::tr("SSH private key. Without it: the SSH agent, then ~/.ssh/id_*."), Tr::tr("FILE")},
        {QStringLiteral("json"), Tr::tr("Print machine-readable JSON on stdout.")},
        {QStringLiteral("verbose"), Tr::tr("Log connections, retries and checks on stderr.")},
        {QStringLiteral("remote"), Tr::tr("Remote glob pattern (*, ? and **); repeatable."),
         Tr::tr("PATTERN")},
        {QStringLiteral("dest"), Tr::tr("Local destination folder."), Tr::tr("DIR")},
        {QStringLiteral("min-size"),
         Tr::tr("Minimum size for files matching GLOB, e.g. '*.gguf=5G' (K, M, G, T are "
                "powers of 1024); repeatable."),
         Tr::tr("GLOB=SIZE")},
        {QStringLiteral("accept-new-host-key"),
         Tr::tr("Trust and remember the host key of a host seen for the first time.")},
        {QStringLiteral("parallel"), Tr::tr("Files downloaded at the same time (default 2)."),
         Tr::tr("N")},
        {QStringLiteral("streams"),
         Tr::tr("Connections used for one large file, each fetching its own byte range "
                "(default 4; 1 turns it off)."),
         Tr::tr("N")},
        {QStringLiteral("stream-threshold"),
         Tr::tr("Size from which a file is fetched over several streams (default 256M)."),
         Tr::tr("SIZE")},
        {QStringLiteral("ssh"), Tr::tr("Plain SSH target instead of an instance id."),
         Tr::tr("USER@HOST:PORT")},
        {QStringLiteral("confirm"), Tr::tr("Repeat the instance id to confirm a destroy."), Tr::tr("ID")},
    });
}

CliApplication::~CliApplication()
{
    delete m_output;
}

int CliApplication::usageError(const QString &message)
{
    m_output->printMessage(Tr::tr("vastharvest-cli: %1").arg(message));
    m_output->printMessage(Tr::tr("Run 'vastharvest-cli --help' for the commands and options."));
    return ExitUsage;
}

bool CliApplication::readGlobalOptions()
{
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    m_global.apiUrl = m_parser.value(QStringLiteral("api-url"));
    if (m_global.apiUrl.isEmpty())
        m_global.apiUrl = environment.value(QStringLiteral("VASTHARVEST_API_URL"),
                                            QStringLiteral("https://console.vast.ai"));
    m_global.apiKeyFile = m_parser.value(QStringLiteral("api-key-file"));
    m_global.stateDir = m_parser.value(QStringLiteral("state-dir"));
    if (m_global.stateDir.isEmpty())
        m_global.stateDir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    m_global.stateDir = QDir::cleanPath(QDir(m_global.stateDir).absolutePath());
    m_global.knownHostsFile = m_parser.value(QStringLiteral("known-hosts"));
    if (m_global.knownHostsFile.isEmpty())
        m_global.knownHostsFile = QDir(m_global.stateDir).filePath(QStringLiteral("known_hosts"));
    m_global.identityFile = m_parser.value(QStringLiteral("identity"));
    m_global.json = m_parser.isSet(QStringLiteral("json"));
    return true;
}

int CliApplication::run(const QStringList &arguments)
{
    if (!m_parser.parse(arguments))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        m_output->printLine(m_parser.helpText());
        return ExitSuccess;
    }
    if (m_parser.isSet(QStringLiteral("version"))) {
        m_output->printLine(QStringLiteral("vastharvest-cli %1")
                                .arg(QCoreApplication::applicationVersion()));
        return ExitSuccess;
    }

    QStringList positional = m_parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(Tr::tr("no command given."));
    const QString commandName = positional.takeFirst();

    const CommandInfo *command = nullptr;
    for (const CommandInfo &candidate : commands()) {
        if (commandName == QLatin1String(candidate.name))
            command = &candidate;
    }
    if (!command)
        return usageError(Tr::tr("unknown command '%1'.").arg(commandName));

    for (const QString &option : commandSpecificOptions()) {
        if (m_parser.isSet(option) && !command->options.contains(option))
            return usageError(Tr::tr("option --%1 does not apply to '%2'.").arg(option, commandName));
    }

    if (m_parser.isSet(QStringLiteral("verbose")))
        QLoggingCategory::setFilterRules(QStringLiteral("vastharvest.*.info=true"));
    readGlobalOptions();
    qCDebug(lcCli) << "running" << commandName << "with state dir" << m_global.stateDir;
    const CliContext context{m_parser, m_global, *m_output, positional};
    return command->handler(context);
}

} // namespace vh
