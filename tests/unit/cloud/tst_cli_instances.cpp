// `vastharvest-cli instances` against the fake Vast.ai server. The CLI runs
// as a child process and blocks this thread, so the server has its own.
#include "fakevastserver.h"
#include "testutil.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using vh::test::FakeEndpoint;
using vh::test::FakeReply;
using vh::test::FakeVastServer;
using vh::test::ProcessResult;
using vh::test::runCli;

namespace {

constexpr int exitProviderError = 4;
constexpr int exitUsage = 2;
constexpr int extraInstances = 30; // with the three below: two pages

QJsonObject parseRow(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

QString lineStartingWith(const QByteArray &output, const QString &prefix)
{
    const QStringList lines = QString::fromUtf8(output).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(prefix))
            return line;
    }
    return {};
}

} // namespace

class TestCliInstances : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void table();
    void json();
    void unauthorizedExitsWithFour();
    void authErrorAs404ExitsWithFour();
    void plainHttpToRemoteHostRefused();
    void keyFromEnvironment();
    void keyFromVastaiCliFile();
    void noKeyAnywhere();
    void keyNeverPrintedOrWritten();

private:
    QStringList baseArguments() const;
    QStringList environment() const;

    std::unique_ptr<FakeVastServer> m_server;
    QTemporaryDir m_root;
    QString m_keyFile;
    QString m_wrongKeyFile;
    QStringList m_ownFiles; // files the test wrote itself, key files included
    QList<QByteArray> m_outputs; // everything the CLI printed, for the leak check
};

void TestCliInstances::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("VASTHARVEST_CLI"))
        QSKIP("VASTHARVEST_CLI is not set; run this test through ctest");
    QVERIFY(m_root.isValid());
    m_server = std::make_unique<FakeVastServer>();
    m_server->setApiKey(QStringLiteral("cli-test-key-5f4dcc3b5aa765d61d8327deb882cf99"));
    QVERIFY(m_server->startOnOwnThread());

    m_server->addInstance(parseRow(R"({
        "id": 101, "label": "llama-ft-run3", "actual_status": "running", "cur_state": "running",
        "gpu_name": "RTX 4090", "num_gpus": 2, "dph_total": 0.7139,
        "ssh_host": "ssh7.vast.ai", "ssh_port": 34518, "public_ipaddr": "203.0.113.57",
        "image_runtype": "ssh_direct",
        "ports": {"22/tcp": [{"HostIp": "0.0.0.0", "HostPort": "41022"}]}})"));
    m_server->addInstance(parseRow(R"({
        "id": 102, "label": null, "actual_status": "stopped", "cur_state": "stopped",
        "gpu_name": "A100 SXM4", "num_gpus": 1, "dph_total": 0.05,
        "ssh_host": "ssh5.vast.ai", "ssh_port": 20000, "public_ipaddr": "198.51.100.9",
        "image_runtype": "jupyter_proxy"})"));
    m_server->addInstance(parseRow(R"({
        "id": 103, "label": "starting", "actual_status": null, "gpu_name": "H100 PCIE",
        "num_gpus": 8, "dph_total": null})"));
    for (int i = 0; i < extraInstances; ++i)
        m_server->addInstance(FakeVastServer::sampleInstance(200 + i));

    m_keyFile = m_root.filePath(QStringLiteral("key.txt"));
    m_wrongKeyFile = m_root.filePath(QStringLiteral("wrong-key.txt"));
    QVERIFY(vh::test::writeFile(m_keyFile, m_server->apiKey().toUtf8() + '\n'));
    QVERIFY(vh::test::writeFile(m_wrongKeyFile, "wrong-cli-key-0000111122223333\n"));
    m_ownFiles = {m_keyFile, m_wrongKeyFile};
    QVERIFY(QDir().mkpath(m_root.filePath(QStringLiteral("home"))));
    QVERIFY(QDir().mkpath(m_root.filePath(QStringLiteral("config"))));
}

void TestCliInstances::cleanupTestCase()
{
    if (!m_server)
        return;
    const QList<vh::test::RecordedRequest> requests = m_server->requests();
    QVERIFY(!requests.isEmpty());
    for (const vh::test::RecordedRequest &request : requests) {
        QVERIFY2(request.path != QLatin1String("/api/v0/instances/"),
                 "the deprecated v0 list was requested");
        QVERIFY2(request.method == "GET", request.method.constData()); // listing only
    }
    m_server.reset();
}

QStringList TestCliInstances::baseArguments() const
{
    return {QStringLiteral("--api-url"), m_server->baseUrl().toString(),
            QStringLiteral("--state-dir"), m_root.filePath(QStringLiteral("state"))};
}

// A private HOME, no key in the environment and no reachable session bus, so
// neither the user's keychain nor their vastai CLI file can leak in.
QStringList TestCliInstances::environment() const
{
    return {QStringLiteral("HOME=") + m_root.filePath(QStringLiteral("home")),
            QStringLiteral("XDG_CONFIG_HOME=") + m_root.filePath(QStringLiteral("config")),
            QStringLiteral("XDG_DATA_HOME=") + m_root.filePath(QStringLiteral("data")),
            QStringLiteral("XDG_CACHE_HOME=") + m_root.filePath(QStringLiteral("cache")),
            QStringLiteral("VAST_API_KEY="),
            QStringLiteral("VASTHARVEST_API_URL="),
            QStringLiteral("DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/vastharvest-no-bus")};
}

void TestCliInstances::table()
{
    const ProcessResult result = runCli(
        QStringList{QStringLiteral("--api-key-file"), m_keyFile, QStringLiteral("instances")}
            + baseArguments(),
        60000, environment());
    m_outputs << result.standardOutput << result.standardError;
    QVERIFY2(result.exitCode == 0, result.standardError.constData());

    const QStringList lines = QString::fromUtf8(result.standardOutput).trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 1 + 3 + extraInstances);
    QVERIFY2(lines.first().startsWith(QLatin1String("ID")), qPrintable(lines.first()));
    for (const char *column : {"LABEL", "STATUS", "GPU", "$/H", "SSH"})
        QVERIFY2(lines.first().contains(QLatin1String(column)), qPrintable(lines.first()));

    const QString direct = lineStartingWith(result.standardOutput, QStringLiteral("101 "));
    QVERIFY2(direct.contains(QLatin1String("llama-ft-run3")), qPrintable(direct));
    QVERIFY(direct.contains(QLatin1String("running")));
    QVERIFY(direct.contains(QStringLiteral("RTX 4090 \u00d7 2")));
    QVERIFY(direct.contains(QLatin1String("0.714")));
    QVERIFY(direct.endsWith(QLatin1String("root@203.0.113.57:41022")));

    const QString proxy = lineStartingWith(result.standardOutput, QStringLiteral("102 "));
    QVERIFY2(proxy.contains(QLatin1String("stopped")), qPrintable(proxy));
    QVERIFY(proxy.contains(QLatin1String("root@ssh5.vast.ai:20001 (proxy)"))); // jupyter: +1

    const QString starting = lineStartingWith(result.standardOutput, QStringLiteral("103 "));
    QVERIFY2(starting.contains(QLatin1String("provisioning")), qPrintable(starting));
    QVERIFY(starting.contains(QStringLiteral("H100 PCIE \u00d7 8")));
    QVERIFY(starting.trimmed().endsWith(QLatin1String("-"))); // no SSH yet

    QVERIFY(!lineStartingWith(result.standardOutput, QStringLiteral("229 ")).isEmpty());
}

void TestCliInstances::json()
{
    const ProcessResult result = runCli(
        QStringList{QStringLiteral("--json"), QStringLiteral("--api-key-file"), m_keyFile,
                    QStringLiteral("instances")}
            + baseArguments(),
        60000, environment());
    m_outputs << result.standardOutput << result.standardError;
    QVERIFY2(result.exitCode == 0, result.standardError.constData());

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(result.standardOutput, &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    QVERIFY(document.isArray());
    const QJsonArray array = document.array();
    QCOMPARE(array.size(), 3 + extraInstances);

    QHash<qint64, QJsonObject> byId;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        for (const char *key : {"id", "label", "status", "gpu_name", "num_gpus", "dph_total",
                                "ssh_host", "ssh_port"})
            QVERIFY2(object.contains(QLatin1String(key)), key);
        byId.insert(object.value(QLatin1String("id")).toInteger(), object);
    }

    const QJsonObject direct = byId.value(101);
    QCOMPARE(direct.value(QLatin1String("label")).toString(), QStringLiteral("llama-ft-run3"));
    QCOMPARE(direct.value(QLatin1String("status")).toString(), QStringLiteral("running"));
    QCOMPARE(direct.value(QLatin1String("gpu_name")).toString(), QStringLiteral("RTX 4090"));
    QCOMPARE(direct.value(QLatin1String("num_gpus")).toInt(), 2);
    QCOMPARE(direct.value(QLatin1String("dph_total")).toDouble(), 0.7139);
    QCOMPARE(direct.value(QLatin1String("ssh_host")).toString(), QStringLiteral("203.0.113.57"));
    QCOMPARE(direct.value(QLatin1String("ssh_port")).toInt(), 41022);

    const QJsonObject proxy = byId.value(102);
    QVERIFY(proxy.value(QLatin1String("label")).isNull());
    QCOMPARE(proxy.value(QLatin1String("status")).toString(), QStringLiteral("stopped"));
    QCOMPARE(proxy.value(QLatin1String("ssh_host")).toString(), QStringLiteral("ssh5.vast.ai"));
    QCOMPARE(proxy.value(QLatin1String("ssh_port")).toInt(), 20001);

    const QJsonObject starting = byId.value(103);
    QCOMPARE(starting.value(QLatin1String("status")).toString(), QStringLiteral("provisioning"));
    QVERIFY(starting.value(QLatin1String("ssh_host")).isNull());
    QVERIFY(starting.value(QLatin1String("ssh_port")).isNull());
    QVERIFY(starting.value(QLatin1String("dph_total")).isNull());
}

void TestCliInstances::unauthorizedExitsWithFour()
{
    const ProcessResult result = runCli(
        QStringList{QStringLiteral("--api-key-file"), m_wrongKeyFile, QStringLiteral("instances")}
            + baseArguments(),
        60000, environment());
    m_outputs << result.standardOutput << result.standardError;
    QCOMPARE(result.exitCode, exitProviderError);
    QVERIFY(result.standardOutput.isEmpty());
    QVERIFY2(result.standardError.contains("rejected the API key"), result.standardError.constData());
    QVERIFY(result.standardError.contains("HTTP 401"));
    QVERIFY(result.standardError.contains("VAST_API_KEY"));
}

void TestCliInstances::authErrorAs404ExitsWithFour()
{
    m_server->setAuthFailureStatus(404);
    const ProcessResult result = runCli(
        QStringList{QStringLiteral("--json"), QStringLiteral("--api-key-file"), m_wrongKeyFile,
                    QStringLiteral("instances")}
            + baseArguments(),
        60000, environment());
    m_server->setAuthFailureStatus(401);
    m_outputs << result.standardOutput << result.standardError;
    QCOMPARE(result.exitCode, exitProviderError);
    QVERIFY(result.standardOutput.isEmpty()); // no half JSON on stdout
    QVERIFY2(result.standardError.contains("rejected the API key"), result.standardError.constData());
}

void TestCliInstances::plainHttpToRemoteHostRefused()
{
    const int before = m_server->requests().size();
    const ProcessResult result = runCli(
        {QStringLiteral("--api-url"), QStringLiteral("http://console.vast.ai"),
         QStringLiteral("--api-key-file"), m_keyFile, QStringLiteral("instances")},
        60000, environment());
    m_outputs << result.standardOutput << result.standardError;
    QCOMPARE(result.exitCode, exitUsage);
    QVERIFY2(result.standardError.contains("plain http"), result.standardError.constData());
    QCOMPARE(m_server->requests().size(), before);
}

void TestCliInstances::keyFromEnvironment()
{
    QStringList environmentWithKey = environment();
    environmentWithKey.append(QStringLiteral("VAST_API_KEY=") + m_server->apiKey());
    const ProcessResult result =
        runCli(QStringList{QStringLiteral("instances")} + baseArguments(), 60000, environmentWithKey);
    m_outputs << result.standardOutput << result.standardError;
    QVERIFY2(result.exitCode == 0, result.standardError.constData());
    QVERIFY(!lineStartingWith(result.standardOutput, QStringLiteral("101 ")).isEmpty());
}

void TestCliInstances::keyFromVastaiCliFile()
{
    QTemporaryDir config;
    QVERIFY(config.isValid());
    const QString cliFile = config.filePath(QStringLiteral("vastai/vast_api_key"));
    QVERIFY(vh::test::writeFile(cliFile, m_server->apiKey().toUtf8() + '\n'));
    QStringList environmentWithFile = environment();
    environmentWithFile.append(QStringLiteral("XDG_CONFIG_HOME=") + config.path());
    const ProcessResult result =
        runCli(QStringList{QStringLiteral("instances")} + baseArguments(), 60000, environmentWithFile);
    m_outputs << result.standardOutput << result.standardError;
    QVERIFY2(result.exitCode == 0, result.standardError.constData());
    QVERIFY2(result.standardError.contains("Using the Vast.ai API key from the vastai CLI's file"),
             result.standardError.constData());
    QVERIFY(result.standardError.contains(QDir::toNativeSeparators(cliFile).toUtf8()));
    QVERIFY(!lineStartingWith(result.standardOutput, QStringLiteral("101 ")).isEmpty());
}

void TestCliInstances::noKeyAnywhere()
{
    const int before = m_server->requests().size();
    const ProcessResult result =
        runCli(QStringList{QStringLiteral("instances")} + baseArguments(), 60000, environment());
    m_outputs << result.standardOutput << result.standardError;
    QCOMPARE(result.exitCode, exitProviderError);
    QVERIFY2(result.standardError.contains("No Vast.ai API key was found"), result.standardError.constData());
    QVERIFY(result.standardError.contains("--api-key-file"));
    QCOMPARE(m_server->requests().size(), before); // nothing sent without a key
}

void TestCliInstances::keyNeverPrintedOrWritten()
{
    // Once more with every debug message on, the failure path included.
    QStringList debugEnvironment = environment();
    debugEnvironment.append(QStringLiteral("QT_LOGGING_RULES=vastharvest.*.debug=true"));
    for (const QString &keyFile : {m_keyFile, m_wrongKeyFile}) {
        const ProcessResult result = runCli(
            QStringList{QStringLiteral("--api-key-file"), keyFile, QStringLiteral("instances")}
                + baseArguments(),
            60000, debugEnvironment);
        m_outputs << result.standardOutput << result.standardError;
        QVERIFY2(result.standardError.contains("Bearer [redacted]"), result.standardError.constData());
    }
    QStringList environmentWithKey = debugEnvironment;
    environmentWithKey.append(QStringLiteral("VAST_API_KEY=") + m_server->apiKey());
    const ProcessResult fromEnvironment = runCli(
        QStringList{QStringLiteral("--json"), QStringLiteral("instances")} + baseArguments(), 60000,
        environmentWithKey);
    QCOMPARE(fromEnvironment.exitCode, 0);
    m_outputs << fromEnvironment.standardOutput << fromEnvironment.standardError;

    const QList<QByteArray> keys = {m_server->apiKey().toUtf8(),
                                    QByteArray("wrong-cli-key-0000111122223333")};
    QVERIFY(m_outputs.size() >= 20); // every earlier test added its output
    for (const QByteArray &output : std::as_const(m_outputs)) {
        for (const QByteArray &key : keys)
            QVERIFY2(!output.contains(key), "the CLI printed an API key");
    }

    // Files the CLI may have written: the state dir, settings, caches.
    int scanned = 0;
    QDirIterator files(m_root.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        if (m_ownFiles.contains(path))
            continue;
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        ++scanned;
        for (const QByteArray &key : keys)
            QVERIFY2(!content.contains(key), qPrintable(QStringLiteral("API key found in %1").arg(path)));
    }
    qInfo("scanned %d files the CLI wrote", scanned);
}

QTEST_GUILESS_MAIN(TestCliInstances)
#include "tst_cli_instances.moc"
