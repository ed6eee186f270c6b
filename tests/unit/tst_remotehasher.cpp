#include "transfer/remotehasher.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace vh;

namespace {
const QByteArray digest = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

// Returns what a command wrapped by RemoteHasher::withOutputMarkers() prints
// for a tool's output: the markers, each after an empty line.
QByteArray marked(const QByteArray &toolOutput)
{
    return "\nvastharvest:begin\n" + toolOutput + "\nvastharvest:end\n";
}
} // namespace

class TestRemoteHasher : public QObject
{
    Q_OBJECT

private slots:
    void parseDigest_data();
    void parseDigest();
    void commandQuotesPath();
    void markersSurviveShellOutput();
    void markersKeepExitStatus();

private:
    struct ShellRun
    {
        int exitCode = -1;
        QByteArray standardOutput;
    };
    // Runs a script in the local POSIX shell, as sshd runs a command.
    static ShellRun runShell(const QByteArray &script);
};

void TestRemoteHasher::parseDigest_data()
{
    QTest::addColumn<QString>("tool");
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<bool>("valid");

    QTest::newRow("sha256sum") << "sha256sum" << marked(digest + " *-\n") << true;
    QTest::newRow("sha256sum text mode") << "sha256sum" << marked(digest + "  -\n") << true;
    QTest::newRow("openssl 3") << "openssl" << marked("SHA2-256(stdin)= " + digest + "\n") << true;
    QTest::newRow("openssl 1.1") << "openssl" << marked("(stdin)= " + digest + "\n") << true;
    QTest::newRow("python") << "python3" << marked(digest + "\n") << true;
    QTest::newRow("shasum") << "shasum" << marked(digest + " *-\n") << true;
    QTest::newRow("no final newline") << "python3" << marked(digest) << true;
    QTest::newRow("upper case") << "sha256sum" << marked(digest.toUpper() + " *-\n") << false;
    QTest::newRow("short") << "sha256sum" << marked(digest.left(63) + " *-\n") << false;
    QTest::newRow("long") << "python3" << marked(digest + "0\n") << false;
    QTest::newRow("two lines") << "sha256sum" << marked(digest + " *-\n" + digest + " *-\n") << false;
    QTest::newRow("other file") << "sha256sum" << marked(digest + " *model.gguf\n") << false;
    QTest::newRow("empty output") << "python3" << marked(QByteArray()) << false;
    QTest::newRow("empty") << "python3" << QByteArray() << false;

    // Login shells that greet before or after the command.
    QTest::newRow("banner before") << "python3" << "Welcome!\n" + marked(digest + "\n") << true;
    QTest::newRow("banner without newline") << "openssl"
                                            << "Welcome!" + marked("SHA2-256(stdin)= " + digest + "\n") << true;
    QTest::newRow("banner after") << "sha256sum" << marked(digest + " *-\n") + "Goodbye\n" << true;
    QTest::newRow("banners around") << "sha256sum"
                                    << "Welcome to your Vast.ai container\n\n" + marked(digest + " *-\n")
                                           + "Goodbye\n"
                                    << true;
    QTest::newRow("banner inside markers") << "python3" << marked("Welcome!\n" + digest + "\n") << false;

    // Output without exactly one pair of markers, or with the pair inside a line.
    QTest::newRow("no markers") << "python3" << digest + "\n" << false;
    QTest::newRow("banner, no markers") << "python3" << "Welcome!\n" + digest + "\n" << false;
    QTest::newRow("no end marker") << "python3" << "\nvastharvest:begin\n" + digest + "\n" << false;
    QTest::newRow("no begin marker") << "python3" << digest + "\n\nvastharvest:end\n" << false;
    QTest::newRow("markers reversed") << "python3" << "vastharvest:end\n" + digest + "\nvastharvest:begin\n"
                                      << false;
    QTest::newRow("two marked outputs") << "python3" << marked(digest + "\n") + marked(digest + "\n") << false;
    QTest::newRow("marker inside a line") << "python3"
                                          << "echo vastharvest:begin\n" + digest + "\n\nvastharvest:end\n"
                                          << false;
    QTest::newRow("garbage") << "openssl" << marked("openssl: command not found\n") << false;
}

void TestRemoteHasher::parseDigest()
{
    QFETCH(QString, tool);
    QFETCH(QByteArray, output);
    QFETCH(bool, valid);
    const QString parsed = RemoteHasher::parseDigest(tool, output);
    if (valid)
        QCOMPARE(parsed, QString::fromLatin1(digest));
    else
        QVERIFY2(parsed.isEmpty(), qPrintable(parsed));
}

void TestRemoteHasher::commandQuotesPath()
{
    const QByteArray command =
        RemoteHasher::commandFor(QStringLiteral("sha256sum"), QStringLiteral("/w/it's $(id).gguf"));
    QCOMPARE(command, QByteArray("sha256sum -b < '/w/it'\\''s $(id).gguf'"));
}

TestRemoteHasher::ShellRun TestRemoteHasher::runShell(const QByteArray &script)
{
    QProcess shell;
    shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QString::fromUtf8(script)});
    if (!shell.waitForFinished(30000))
        return {};
    return {shell.exitStatus() == QProcess::NormalExit ? shell.exitCode() : -1, shell.readAllStandardOutput()};
}

void TestRemoteHasher::markersSurviveShellOutput()
{
    if (!QFileInfo::exists(QStringLiteral("/bin/sh")))
        QSKIP("needs a POSIX shell at /bin/sh");
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("it's $(id).gguf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("weights");
    file.close();

    // The greeting has no final newline, and another follows the command,
    // as a login shell's start-up and exit scripts might print them.
    const QByteArray command =
        RemoteHasher::withOutputMarkers(RemoteHasher::commandFor(QStringLiteral("sha256sum"), path));
    const ShellRun run = runShell("trap 'echo Goodbye' EXIT; printf 'Welcome to the container'; " + command);
    QCOMPARE(run.exitCode, 0);
    const QString expected =
        QString::fromLatin1(QCryptographicHash::hash("weights", QCryptographicHash::Sha256).toHex());
    QCOMPARE(RemoteHasher::parseDigest(QStringLiteral("sha256sum"), run.standardOutput), expected);
}

void TestRemoteHasher::markersKeepExitStatus()
{
    if (!QFileInfo::exists(QStringLiteral("/bin/sh")))
        QSKIP("needs a POSIX shell at /bin/sh");
    // An exit inside the command still prints the end marker.
    const ShellRun run = runShell(RemoteHasher::withOutputMarkers("echo partial; exit 3"));
    QCOMPARE(run.exitCode, 3);
    const std::optional<QByteArray> output = RemoteHasher::markedOutput(run.standardOutput);
    QVERIFY2(output.has_value(), run.standardOutput.constData());
    QCOMPARE(*output, QByteArray("partial\n"));
}

QTEST_GUILESS_MAIN(TestRemoteHasher)
#include "tst_remotehasher.moc"
