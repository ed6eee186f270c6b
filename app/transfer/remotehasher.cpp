#include "transfer/remotehasher.h"

#include "common/logging.h"
#include "transfer/remotepath.h"
#include "transfer/sshsession.h"

#include <QCoreApplication>
#include <QRegularExpression>

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

} // namespace vh
