#include "transfer/remotehasher.h"

#include "common/logging.h"
#include "transfer/remotepath.h"
#include "transfer/sshsession.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QThread>

namespace vh {

namespace {

struct Tr final
{
    Q_DECLARE_TR_FUNCTIONS(vh::RemoteHasher)
};

// Lines around the output of every command. Only the text between them is
// parsed, so a greeting that the login shell prints before or after is ignored.
constexpr char outputBeginMarker[] = "vastharvest:begin";
constexpr char outputEndMarker[] = "vastharvest:end";

// The detached job's folder belongs to one remote user, because a folder
// shared by all users is owned by the first user to hash and locks out the
// others. It is in /tmp and not in $TMPDIR: some hosts set $TMPDIR per login
// session and delete it at logout, which would lose the job on a reconnect.
constexpr char jobFolderAssignment[] = "d=/tmp/.vastharvest-hash-$(id -u)";
// True when the folder is a symbolic link, not a folder, or not owned by
// this user. Any user can create that name in /tmp first, as a trap that
// would send the job's files and its rm -f somewhere else.
constexpr char jobFolderIsUnsafe[] = "[ -L \"$d\" ] || ! [ -d \"$d\" ] || ! [ -O \"$d\" ]";
// Starts the output line that reports such a folder, followed by its path.
constexpr char unsafeFolderPrefix[] = "UNSAFE ";

// Maximum length of remote output quoted in an error message, in characters.
constexpr qsizetype maxQuotedChars = 300;

const QStringList &toolsByPreference()
{
    static const QStringList tools = {QStringLiteral("openssl"), QStringLiteral("sha256sum"),
                                      QStringLiteral("python3"), QStringLiteral("python"),
                                      QStringLiteral("shasum")};
    return tools;
}

// Extracts the digest from a tool's own output, checked strictly against
// that tool's format, or returns an empty string.
QString digestInToolOutput(const QString &tool, const QByteArray &toolOutput)
{
    QRegularExpression pattern;
    if (tool == QLatin1String("openssl")) {
        // OpenSSL 3 prints "SHA2-256(stdin)= HEX", 1.1 "(stdin)= HEX".
        pattern.setPattern(QStringLiteral("\\A(?:SHA2?-?256)?\\(stdin\\)= ([0-9a-f]{64})\\n?\\z"));
    } else if (tool == QLatin1String("sha256sum") || tool == QLatin1String("shasum")) {
        pattern.setPattern(QStringLiteral("\\A([0-9a-f]{64}) [ *]-\\n?\\z"));
    } else {
        pattern.setPattern(QStringLiteral("\\A([0-9a-f]{64})\\n?\\z"));
    }
    const QRegularExpressionMatch match = pattern.match(QString::fromUtf8(toolOutput));
    return match.hasMatch() ? match.captured(1) : QString();
}

// Shortens remote output for an error message. A long output keeps both
// ends, because the start shows what printed it and the end contains the
// output that failed to parse.
QString quotedOutput(const QByteArray &output)
{
    const QString text = QString::fromUtf8(output).trimmed();
    if (text.size() <= maxQuotedChars)
        return text;
    const qsizetype half = maxQuotedChars / 2;
    return text.left(half) + QStringLiteral(" [...] ") + text.right(half);
}

} // namespace

QByteArray RemoteHasher::commandFor(const QString &tool, const QString &remotePath)
{
    // The file arrives on stdin, so no tool ever sees (or echoes back, with
    // its own escaping) the file name.
    const QByteArray input = " < " + shellQuote(remotePath);
    if (tool == QLatin1String("openssl"))
        return "openssl dgst -sha256" + input;
    if (tool == QLatin1String("sha256sum"))
        return "sha256sum -b" + input;
    if (tool == QLatin1String("shasum"))
        return "shasum -a 256 -b" + input;
    // python3 or python
    return tool.toLatin1()
           + " -c 'import hashlib,sys\nh=hashlib.sha256()\nr=sys.stdin.buffer.read\n"
             "for b in iter(lambda: r(1<<20), b\"\"): h.update(b)\nprint(h.hexdigest())'"
           + input;
}

QByteArray RemoteHasher::withOutputMarkers(const QByteArray &command)
{
    // The echo before each marker starts a new line even after a greeting
    // without a final newline. The subshell keeps an exit in the command
    // from skipping the end marker.
    return QByteArray("echo; echo ") + outputBeginMarker + "; ( " + command + " ); s=$?; echo; echo " + outputEndMarker
           + "; exit $s";
}

std::optional<QByteArray> RemoteHasher::markedOutput(const QByteArray &output)
{
    const QList<QByteArray> lines = output.split('\n');
    qsizetype begin = -1;
    qsizetype end = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i) == outputBeginMarker) {
            if (begin >= 0)
                return std::nullopt;
            begin = i;
        } else if (lines.at(i) == outputEndMarker) {
            if (end >= 0)
                return std::nullopt;
            end = i;
        }
    }
    if (begin < 0 || end <= begin)
        return std::nullopt;
    // Joining keeps the newline that the echo before the end marker added,
    // so a tool's output with its final newline comes back unchanged.
    return lines.mid(begin + 1, end - begin - 1).join('\n');
}

QString RemoteHasher::parseDigest(const QString &tool, const QByteArray &output)
{
    const std::optional<QByteArray> marked = markedOutput(output);
    return marked ? digestInToolOutput(tool, *marked) : QString();
}

Result<void> RemoteHasher::probe(const std::atomic_bool *cancelled)
{
    QByteArray command = "for t in";
    for (const QString &tool : toolsByPreference())
        command += ' ' + tool.toLatin1();
    command += "; do command -v \"$t\" >/dev/null 2>&1 && echo \"$t\"; done";
    auto result = m_session.execute(withOutputMarkers(command), 30000, cancelled);
    if (!result)
        return result.error();
    const std::optional<QByteArray> marked = markedOutput(result->standardOutput);
    if (!marked) {
        return Error(ErrorKind::RemoteIo,
                     Tr::tr("%1 printed unexpected output while searching for a SHA-256 tool: '%2'. Check "
                            "what the login shell prints on the instance.")
                         .arg(m_session.endpointText(), quotedOutput(result->standardOutput)));
    }
    const QStringList found = QString::fromUtf8(*marked).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &tool : toolsByPreference()) {
        if (found.contains(tool)) {
            m_tool = tool;
            qCInfo(lcSsh) << "remote SHA-256 tool on" << m_session.endpointText() << "is" << tool;
            return {};
        }
    }
    return Error(ErrorKind::RemoteIo,
                 Tr::tr("%1 has none of openssl, sha256sum, python3 or shasum, so the remote "
                        "SHA-256 cannot be computed. Install one of them on the instance "
                        "(e.g. apt-get install coreutils).")
                     .arg(m_session.endpointText()));
}

Error RemoteHasher::commandFailed(const QString &remotePath, const RemoteCommandResult &result) const
{
    return Error(ErrorKind::RemoteIo, Tr::tr("Computing the SHA-256 of %1 on %2 failed (exit status %3): %4")
                                          .arg(remotePath, m_session.endpointText())
                                          .arg(result.exitStatus)
                                          .arg(quotedOutput(result.standardError)));
}

Error RemoteHasher::unexpectedOutput(const QString &remotePath, const QByteArray &output) const
{
    return Error(ErrorKind::RemoteIo, Tr::tr("%1 on %2 printed unexpected output for %3 instead of a SHA-256: '%4'.")
                                          .arg(m_tool, m_session.endpointText(), remotePath, quotedOutput(output)));
}

Error RemoteHasher::unsafeJobFolder(const QByteArray &folderPath) const
{
    const QString folder = quotedOutput(folderPath);
    qCWarning(lcSsh) << "rejected the hash job folder" << folder << "on" << m_session.endpointText();
    return Error(ErrorKind::RemoteIo,
                 Tr::tr("%1 on %2 is a symbolic link, not a folder, or belongs to another user, so the SHA-256 "
                        "job does not keep its files there. Remove it on the instance (as its owner or root) and "
                        "try again.")
                     .arg(folder, m_session.endpointText()));
}

Result<QString> RemoteHasher::sha256(const QString &remotePath, int timeoutMs,
                                     const std::atomic_bool *cancelled)
{
    if (m_tool.isEmpty()) {
        if (auto probed = probe(cancelled); !probed)
            return probed.error();
    }
    auto result = m_session.execute(withOutputMarkers(commandFor(m_tool, remotePath)), timeoutMs, cancelled);
    if (!result)
        return result.error();
    if (result->exitStatus != 0)
        return commandFailed(remotePath, *result);
    const std::optional<QByteArray> marked = markedOutput(result->standardOutput);
    if (!marked)
        return unexpectedOutput(remotePath, result->standardOutput);
    const QString digest = digestInToolOutput(m_tool, *marked);
    if (digest.isEmpty())
        return unexpectedOutput(remotePath, *marked);
    return digest;
}

QByteArray RemoteHasher::detachedJobScript(const QString &tool, const QString &remotePath, const QString &jobKey)
{
    QByteArray command;
    if (tool == QLatin1String("openssl"))
        command = "openssl dgst -sha256";
    else if (tool == QLatin1String("sha256sum"))
        command = "sha256sum -b";
    else
        command = "shasum -a 256 -b";
    // Prints the finished result, RUNNING while the job runs, or starts it
    // (STARTED). nohup and the redirections let the job outlive this SSH
    // connection; the result appears under its final name only when done.
    const QByteArray key = jobKey.toLatin1();
    const QByteArray script =
        QByteArray(jobFolderAssignment) + "; k=" + key + "; umask 077; "
        // The last test passes when a job started at the same time created
        // the folder first.
        "[ -e \"$d\" ] || [ -L \"$d\" ] || mkdir \"$d\" || [ -d \"$d\" ] || exit 90; "
        "if " + jobFolderIsUnsafe + "; then echo \"" + unsafeFolderPrefix + "$d\"; exit 1; fi; "
        "cd \"$d\" || exit 90; "
        "if [ -s \"$k.sum\" ]; then cat \"$k.sum\"; exit 0; fi; "
        "if [ -s \"$k.pid\" ] && kill -0 \"$(cat \"$k.pid\")\" 2>/dev/null; then echo RUNNING; exit 0; fi; "
        "if [ -s \"$k.err\" ]; then cat \"$k.err\" >&2; rm -f \"$k\".*; exit 1; fi; "
        "rm -f \"$k.tmp\"; "
        // stderr is opened first, so a file that cannot be read leaves its
        // error there. Any failure also records the exit status, which the
        // next poll reports instead of starting the job again.
        "nohup sh -c '" + command + " 2> \"$0.err\" < \"$1\" > \"$0.tmp\"; s=$?; "
        "if [ $s -eq 0 ]; then mv \"$0.tmp\" \"$0.sum\" && rm -f \"$0.err\"; "
        "else echo \"exit status $s\" >> \"$0.err\"; fi' \"$k\" " + shellQuote(remotePath)
        + " < /dev/null > /dev/null 2>&1 & "
        "echo $! > \"$k.pid\"; echo STARTED";
    return withOutputMarkers(script);
}

void RemoteHasher::removeJobFiles(const QString &jobKey, const std::atomic_bool *cancelled)
{
    // The folder is checked again, because rm -f must not follow a link that
    // another user put in its place since the job ran.
    const QByteArray command = QByteArray(jobFolderAssignment) + "; " + jobFolderIsUnsafe + " || rm -f \"$d\"/"
                               + jobKey.toLatin1() + ".*";
    if (auto removed = m_session.execute(command, 30000, cancelled); !removed)
        qCWarning(lcSsh) << "could not remove the hash job files on" << m_session.endpointText();
}

Result<QString> RemoteHasher::sha256Detached(const QString &remotePath, qint64 size, qint64 modifiedTime,
                                             int timeoutMs, const std::atomic_bool *cancelled)
{
    m_startedNewJob = false;
    if (m_tool.isEmpty()) {
        if (auto probed = probe(cancelled); !probed)
            return probed.error();
    }
    if (m_tool.startsWith(QLatin1String("python")))
        return sha256(remotePath, timeoutMs, cancelled);

    const QByteArray identity = remotePath.toUtf8() + '\n' + QByteArray::number(size) + '\n'
                                + QByteArray::number(modifiedTime) + '\n' + m_tool.toLatin1();
    const QString key = QString::fromLatin1(
        QCryptographicHash::hash(identity, QCryptographicHash::Sha256).toHex().left(24));
    const QByteArray script = detachedJobScript(m_tool, remotePath, key);

    const QDeadlineTimer deadline(timeoutMs);
    bool first = true;
    int starts = 0;
    int pollDelayMs = 50; // small files finish at once; big ones are polled less often
    for (;;) {
        auto result = m_session.execute(script, 30000, cancelled);
        if (!result)
            return result.error();
        const std::optional<QByteArray> marked = markedOutput(result->standardOutput);
        const QByteArray status = marked ? marked->trimmed() : QByteArray();
        if (status.startsWith(unsafeFolderPrefix))
            return unsafeJobFolder(status.mid(qstrlen(unsafeFolderPrefix)));
        if (result->exitStatus != 0)
            return commandFailed(remotePath, *result);
        if (!marked)
            return unexpectedOutput(remotePath, result->standardOutput);
        // A job that dies without a word (killed, /tmp wiped) is started
        // again, but not forever.
        if (status == "STARTED" && ++starts > 3) {
            return Error(ErrorKind::RemoteIo,
                         Tr::tr("The SHA-256 job for %1 on %2 stopped without a result three times. Check "
                                "the instance's /tmp and its free space.")
                             .arg(remotePath, m_session.endpointText()));
        }
        if (status == "RUNNING" || status == "STARTED") {
            if (status == "STARTED")
                m_startedNewJob = true;
            else if (first)
                qCInfo(lcSsh) << "remote SHA-256 of" << remotePath << "was already running; waiting for it";
            first = false;
            if (deadline.hasExpired()) {
                return Error(ErrorKind::Timeout, Tr::tr("Computing the SHA-256 of %1 on %2 did not finish within %3 s.")
                                                     .arg(remotePath, m_session.endpointText())
                                                     .arg(timeoutMs / 1000));
            }
            // The wait grows to 2 s and is cut short by a cancel.
            const QDeadlineTimer pause(pollDelayMs);
            while (!pause.hasExpired()) {
                if (cancelled && cancelled->load())
                    return Error(ErrorKind::Cancelled, Tr::tr("Computing the SHA-256 of %1 was cancelled.").arg(remotePath));
                QThread::msleep(quint64(qMin<qint64>(50, qMax<qint64>(1, pause.remainingTime()))));
            }
            pollDelayMs = qMin(pollDelayMs * 2, 2000);
            continue;
        }
        // The result is read, so the job leaves nothing behind on the
        // instance. A result that does not parse is removed too, so that a
        // retry runs the tool again instead of reading it back.
        removeJobFiles(key, cancelled);
        const QString digest = digestInToolOutput(m_tool, *marked);
        if (digest.isEmpty())
            return unexpectedOutput(remotePath, *marked);
        return digest;
    }
}

} // namespace vh
