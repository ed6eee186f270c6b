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

const QStringList &toolsByPreference()
{
    static const QStringList tools = {QStringLiteral("openssl"), QStringLiteral("sha256sum"),
                                      QStringLiteral("python3"), QStringLiteral("python"),
                                      QStringLiteral("shasum")};
    return tools;
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

QString RemoteHasher::parseDigest(const QString &tool, const QByteArray &output)
{
    const QString text = QString::fromUtf8(output);
    QRegularExpression pattern;
    if (tool == QLatin1String("openssl")) {
        // OpenSSL 3 prints "SHA2-256(stdin)= HEX", 1.1 "(stdin)= HEX".
        pattern.setPattern(QStringLiteral("\\A(?:SHA2?-?256)?\\(stdin\\)= ([0-9a-f]{64})\\n?\\z"));
    } else if (tool == QLatin1String("sha256sum") || tool == QLatin1String("shasum")) {
        pattern.setPattern(QStringLiteral("\\A([0-9a-f]{64}) [ *]-\\n?\\z"));
    } else {
        pattern.setPattern(QStringLiteral("\\A([0-9a-f]{64})\\n?\\z"));
    }
    const QRegularExpressionMatch match = pattern.match(text);
    return match.hasMatch() ? match.captured(1) : QString();
}

Result<void> RemoteHasher::probe(const std::atomic_bool *cancelled)
{
    QByteArray command = "for t in";
    for (const QString &tool : toolsByPreference())
        command += ' ' + tool.toLatin1();
    command += "; do command -v \"$t\" >/dev/null 2>&1 && echo \"$t\"; done";
    auto result = m_session.execute(command, 30000, cancelled);
    if (!result)
        return result.error();
    const QStringList found = QString::fromUtf8(result->standardOutput).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
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

Result<QString> RemoteHasher::sha256(const QString &remotePath, int timeoutMs,
                                     const std::atomic_bool *cancelled)
{
    if (m_tool.isEmpty()) {
        if (auto probed = probe(cancelled); !probed)
            return probed.error();
    }
    auto result = m_session.execute(commandFor(m_tool, remotePath), timeoutMs, cancelled);
    if (!result)
        return result.error();
    if (result->exitStatus != 0) {
        return Error(ErrorKind::RemoteIo,
                     Tr::tr("Computing the SHA-256 of %1 on %2 failed (exit status %3): %4")
                         .arg(remotePath, m_session.endpointText())
                         .arg(result->exitStatus)
                         .arg(QString::fromUtf8(result->standardError).trimmed()));
    }
    const QString digest = parseDigest(m_tool, result->standardOutput);
    if (digest.isEmpty()) {
        return Error(ErrorKind::RemoteIo,
                     Tr::tr("%1 on %2 printed an unexpected answer for %3: '%4'.")
                         .arg(m_tool, m_session.endpointText(), remotePath,
                              QString::fromUtf8(result->standardOutput.left(200)).trimmed()));
    }
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
    return "d=/tmp/.vastharvest-hash; k=" + key + "; umask 077; mkdir -p \"$d\" && cd \"$d\" || exit 90; "
           "if [ -s \"$k.sum\" ]; then cat \"$k.sum\"; exit 0; fi; "
           "if [ -s \"$k.pid\" ] && kill -0 \"$(cat \"$k.pid\")\" 2>/dev/null; then echo RUNNING; exit 0; fi; "
           "if [ -s \"$k.err\" ]; then cat \"$k.err\" >&2; rm -f \"$k\".*; exit 1; fi; "
           "rm -f \"$k.tmp\"; "
           // stderr is opened first, so a file that cannot be read leaves its
           // error there; any failure also records the exit status, which the
           // next poll reports instead of starting the job again.
           "nohup sh -c '" + command + " 2> \"$0.err\" < \"$1\" > \"$0.tmp\"; s=$?; "
           "if [ $s -eq 0 ]; then mv \"$0.tmp\" \"$0.sum\" && rm -f \"$0.err\"; "
           "else echo \"exit status $s\" >> \"$0.err\"; fi' \"$k\" " + shellQuote(remotePath)
           + " < /dev/null > /dev/null 2>&1 & "
           "echo $! > \"$k.pid\"; echo STARTED";
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
        const QByteArray output = result->standardOutput.trimmed();
        if (result->exitStatus != 0) {
            return Error(ErrorKind::RemoteIo,
                         Tr::tr("Computing the SHA-256 of %1 on %2 failed (exit status %3): %4")
                             .arg(remotePath, m_session.endpointText())
                             .arg(result->exitStatus)
                             .arg(QString::fromUtf8(result->standardError).trimmed()));
        }
        // A job that dies without a word (killed, /tmp wiped) is started
        // again, but not forever.
        if (output == "STARTED" && ++starts > 3) {
            return Error(ErrorKind::RemoteIo,
                         Tr::tr("The SHA-256 job for %1 on %2 stopped without a result three times. Check "
                                "the instance's /tmp and its free space.")
                             .arg(remotePath, m_session.endpointText()));
        }
        if (output == "RUNNING" || output == "STARTED") {
            if (output == "STARTED")
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
        const QString digest = parseDigest(m_tool, output + '\n');
        if (digest.isEmpty()) {
            return Error(ErrorKind::RemoteIo,
                         Tr::tr("%1 on %2 printed an unexpected answer for %3: '%4'.")
                             .arg(m_tool, m_session.endpointText(), remotePath,
                                  QString::fromUtf8(output.left(200))));
        }
        // The result is read; leave nothing behind on the instance.
        const QByteArray cleanup = "rm -f /tmp/.vastharvest-hash/" + key.toLatin1() + ".*";
        if (auto removed = m_session.execute(cleanup, 30000, cancelled); !removed)
            qCWarning(lcSsh) << "could not remove the hash job files on" << m_session.endpointText();
        return digest;
    }
}

} // namespace vh
