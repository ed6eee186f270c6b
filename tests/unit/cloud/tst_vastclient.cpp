#include "cloud/vastclient.h"
#include "fakevastserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace vh;
using vh::test::FakeEndpoint;
using vh::test::FakeReply;
using vh::test::FakeVastServer;
using vh::test::RecordedRequest;

Q_DECLARE_METATYPE(vh::test::FakeReply)

namespace {

constexpr int waitMs = 20000;

// Collects the one result of an asynchronous call.
template<class T>
struct Answer
{
    std::optional<Result<T>> result;
    int calls = 0;

    std::function<void(Result<T>)> callback()
    {
        return [this](Result<T> value) {
            ++calls;
            result.emplace(std::move(value));
        };
    }
};

VastClientOptions fastOptions(const QUrl &url)
{
    VastClientOptions options;
    options.baseUrl = url;
    options.requestTimeoutMs = 3000;
    options.maxAttempts = 5;
    options.retryBaseDelayMs = 5;
    options.retryMaxDelayMs = 40;
    options.destroyConfirmAttempts = 5;
    options.destroyConfirmIntervalMs = 20;
    options.maxDeleteRequests = 2;
    return options;
}

// The failure text of a result, or nothing; QVERIFY2 evaluates its message
// even when the check passes, so it must not touch error() of a success.
template<class T>
QByteArray why(const Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().message.toUtf8();
}

QByteArray errorJson(const char *code, const char *message)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("success"), false},
                                     {QStringLiteral("error"), QLatin1String(code)},
                                     {QStringLiteral("msg"), QLatin1String(message)}})
        .toJson(QJsonDocument::Compact);
}

// The order of requests as "METHOD path" lines, for sequence checks.
QStringList sequence(const QList<RecordedRequest> &requests)
{
    QStringList lines;
    for (const RecordedRequest &request : requests)
        lines.append(QString::fromLatin1(request.method) + QLatin1Char(' ') + request.path);
    return lines;
}

QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    capturedLog.append(QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ')
                       + message);
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

class TestVastClient : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listPaginatesOverThreePages();
    void listSendsHeadersAndEncodedQuery();
    void listEmptyAccount();
    void listSkipsRowsWithoutId();
    void listErrors_data();
    void listErrors();
    void timeoutIsRetriedThenReported();
    void refusedConnection();
    void tlsCertificateIsVerified();
    void baseUrlChecks_data();
    void baseUrlChecks();

    void showInstance();
    void showGoneShapes_data();
    void showGoneShapes();
    void showErrors();

    void setStateAndLabel();
    void changeErrors();

    void destroySuccess();
    void destroySuccessFalseInside200();
    void destroyNotFound();
    void destroyRateLimitedThenSuccess();
    void destroyTimeoutThenReread();
    void destroyTimeoutInstanceStillThere();
    void destroyServerErrorRereadsBeforeResend();
    void destroyDroppedConnection();
    void destroyDroppedConnectionNotCarriedOut();
    void destroyRereadFails();
    void destroyConfirmsAfterLinger();
    void destroyNeverConfirmed();
    void destroyUnloadedCountsAsGone();
    void destroyEmptyShowCountsAsGone();
    void destroyAuthFailure();
    void destroyInvalidId();

    void callbackSkippedWhenContextDestroyed();
    void keyNeverLogged();

private:
    std::unique_ptr<FakeVastServer> m_server;
    std::unique_ptr<VastClient> m_client;
};

void TestVastClient::init()
{
    m_server = std::make_unique<FakeVastServer>();
    QVERIFY(m_server->start());
    m_client = std::make_unique<VastClient>(m_server->apiKey(), fastOptions(m_server->baseUrl()));
}

void TestVastClient::cleanup()
{
    // The deprecated v0 list must never be asked for, whatever the test did.
    if (m_server) {
        for (const RecordedRequest &request : m_server->requests()) {
            QVERIFY2(!(request.method == "GET" && request.path == QLatin1String("/api/v0/instances/")),
                     "the deprecated v0 list was requested");
        }
    }
    m_client.reset();
    m_server.reset();
}

void TestVastClient::listPaginatesOverThreePages()
{
    for (qint64 id = 1000; id < 1060; ++id)
        m_server->addInstance(FakeVastServer::sampleInstance(id));

    Answer<QList<Instance>> answer;
    m_client->listInstances(this, answer.callback());
    QTRY_VERIFY_WITH_TIMEOUT(answer.result.has_value(), waitMs);
    QVERIFY2(answer.result->ok(), why(*answer.result).constData());
    const QList<Instance> instances = answer.result->value();
    QCOMPARE(instances.size(), 60);
    for (int i = 0; i < instances.size(); ++i) {
        QCOMPARE(instances[i].id, qint64(1000 + i));
        QCOMPARE(instances[i].label, QStringLiteral("run-%1").arg(1000 + i));
    }
    QCOMPARE(m_server->requestCount("GET", QStringLiteral("/api/v1/instances/")), 3);
    QCOMPARE(m_server->requests().size(), 3);
    QCOMPARE(answer.calls, 1);
}

void TestVastClient::listSendsHeadersAndEncodedQuery()
{
    for (qint64 id = 1; id <= 30; ++id)
        m_server->addInstance(FakeVastServer::sampleInstance(id));
    Answer<QList<Instance>> answer;
    m_client->listInstances(this, answer.callback());
    QTRY_VERIFY_WITH_TIMEOUT(answer.result.has_value(), waitMs);
    QVERIFY(answer.result->ok());

    const QList<RecordedRequest> requests = m_server->requests();
    QCOMPARE(requests.size(), 2);
    for (const RecordedRequest &request : requests) {
        QCOMPARE(request.header("authorization"), "Bearer " + m_server->apiKey().toUtf8());
        QVERIFY2(request.header("user-agent").startsWith("vastharvest/"),
                 request.header("user-agent").constData());
        QCOMPARE(request.query.queryItemValue(QStringLiteral("limit")), QStringLiteral("25"));
        QVERIFY(!request.query.hasQueryItem(QStringLiteral("api_key")));
    }
    QVERIFY(!requests[0].query.hasQueryItem(QStringLiteral("after_token")));
    // JSON-encoded (quoted) and then URL-encoded (%22).
    QVERIFY2(requests[1].rawQuery.contains("after_token=%22"), requests[1].rawQuery.constData());
    const QString token =
        requests[1].query.queryItemValue(QStringLiteral("after_token"), QUrl::FullyDecoded);
    QVERIFY2(token.startsWith(QLatin1Char('"')) && token.endsWith(QLatin1Char('"')),
             qPrintable(token));
}

void TestVastClient::listEmptyAccount()
{
    Answer<QList<Instance>> answer;
    m_client->listInstances(this, answer.callback());
    QTRY_VERIFY_WITH_TIMEOUT(answer.result.has_value(), waitMs);
    QVERIFY(answer.result->ok());
    QVERIFY(answer.result->value().isEmpty());
    QCOMPARE(m_server->requests().size(), 1);
}

void TestVastClient::listSkipsRowsWithoutId()
{
    const QByteArray page = R"({"success":true,"instances_found":3,"next_token":null,"instances":[
        {"id":5,"gpu_name":"A100","num_gpus":"eight"},{"label":"no id"},{"id":6,"gpu_name":"H100"}]})";
    m_server->scriptReplies(FakeEndpoint::List, {FakeReply::respond(200, page)});
    Answer<QList<Instance>> answer;
    m_client->listInstances(this, answer.callback());
    QTRY_VERIFY_WITH_TIMEOUT(answer.result.has_value(), waitMs);
    QVERIFY(answer.result->ok());
    const QList<Instance> instances = answer.result->value();
    QCOMPARE(instances.size(), 2);
    QCOMPARE(instances[0].id, qint64(5));
    QCOMPARE(instances[0].numGpus, 0);
    QCOMPARE(instances[0].fieldWarnings.size(), 1);
    QCOMPARE(instances[1].gpuName, QStringLiteral("H100"));
}

void TestVastClient::listErrors_data()
{
    QTest::addColumn<QList<FakeReply>>("script");
    QTest::addColumn<QString>("apiKey"); // empty: the right key
    QTest::addColumn<int>("authFailureStatus");
    QTest::addColumn<int>("expectedKind"); // ErrorKind, or -1 for success
    QTest::addColumn<QString>("fragment");
    QTest::addColumn<int>("expectedRequests");

    const int none = -1;
    const QList<FakeReply> noScript;
    const QByteArray detail429 =
        R"({"detail":"API requests too frequent endpoint threshold=1.0"})";

    QTest::newRow("401 wrong key") << noScript << "wrong-key" << 401
                                   << int(ErrorKind::Authentication)
                                   << "check the API key in Settings or VAST_API_KEY" << 1;
    QTest::newRow("404 auth_error") << noScript << "wrong-key" << 404
                                    << int(ErrorKind::Authentication) << "HTTP 404, auth_error" << 1;
    QTest::newRow("403 scope") << QList<FakeReply>{FakeReply::respond(403, errorJson("forbidden", "missing scope"))}
                               << "" << 401 << int(ErrorKind::Authentication)
                               << "instance_read" << 1;
    QTest::newRow("400") << QList<FakeReply>{FakeReply::respond(400, errorJson("invalid_args", "bad limit"))}
                         << "" << 401 << int(ErrorKind::Provider) << "invalid_args: bad limit" << 1;
    QTest::newRow("404 plain") << QList<FakeReply>{FakeReply::respond(404, errorJson("not_found", "gone"))}
                               << "" << 401 << int(ErrorKind::Provider) << "HTTP 404" << 1;
    QTest::newRow("410") << QList<FakeReply>{FakeReply::respond(410, errorJson("deprecated_endpoint", "old"))}
                         << "" << 401 << int(ErrorKind::Provider) << "no longer serves" << 1;
    QTest::newRow("429 plain text five times")
        << QList<FakeReply>(5, FakeReply::respond(429, "Too many requests", "text/plain"))
        << "" << 401 << int(ErrorKind::RateLimited) << "Too many requests" << 5;
    QTest::newRow("429 detail five times")
        << QList<FakeReply>(5, FakeReply::respond(429, detail429)) << "" << 401
        << int(ErrorKind::RateLimited) << "threshold=1.0" << 5;
    QTest::newRow("429 then success")
        << QList<FakeReply>{FakeReply::respond(429, "slow down", "text/plain")} << "" << 401
        << none << "" << 2;
    QTest::newRow("500 not retried")
        << QList<FakeReply>{FakeReply::respond(500, errorJson("server_error", "boom"))} << ""
        << 401 << int(ErrorKind::Provider) << "server error" << 1;
    QTest::newRow("502 five times")
        << QList<FakeReply>(5, FakeReply::respond(502, "<html>bad gateway</html>", "text/html"))
        << "" << 401 << int(ErrorKind::Provider) << "attempts: 5" << 5;
    QTest::newRow("503 504 then success")
        << QList<FakeReply>{FakeReply::respond(503, ""), FakeReply::respond(504, "")} << "" << 401
        << none << "" << 3;
    QTest::newRow("malformed JSON")
        << QList<FakeReply>{FakeReply::respond(200, "{\"instances\": [")} << "" << 401
        << int(ErrorKind::Provider) << "not a JSON object" << 1;
    QTest::newRow("html page") << QList<FakeReply>{FakeReply::respond(200, "<html></html>", "text/html")}
                               << "" << 401 << int(ErrorKind::Provider) << "not a JSON object" << 1;
    QTest::newRow("instances not a list")
        << QList<FakeReply>{FakeReply::respond(200, R"({"success":true,"instances":{"id":1}})")}
        << "" << 401 << int(ErrorKind::Provider) << "'instances'" << 1;
    QTest::newRow("success false in 200")
        << QList<FakeReply>{FakeReply::respond(200, errorJson("invalid_request", "nope"))} << ""
        << 401 << int(ErrorKind::Provider) << "invalid_request: nope" << 1;
    QTest::newRow("truncated five times") << QList<FakeReply>(5, FakeReply::truncate()) << "" << 401
                                          << int(ErrorKind::Network) << "Check the network" << 5;
    QTest::newRow("truncated then success") << QList<FakeReply>{FakeReply::truncate()} << "" << 401
                                            << none << "" << 2;
    QTest::newRow("dropped every time") << QList<FakeReply>(12, FakeReply::drop()) << "" << 401
                                        << int(ErrorKind::Network) << "Check the network" << 5;
    QTest::newRow("dropped then success") << QList<FakeReply>{FakeReply::drop(), FakeReply::drop()}
                                          << "" << 401 << none << "" << 3;
}

void TestVastClient::listErrors()
{
    QFETCH(QList<FakeReply>, script);
    QFETCH(QString, apiKey);
    QFETCH(int, authFailureStatus);
    QFETCH(int, expectedKind);
    QFETCH(QString, fragment);
    QFETCH(int, expectedRequests);
    // Qt itself repeats a request when the connection drops before the
    // response, so dropped GETs may reach the server more often.
    const bool atLeast = QByteArray(QTest::currentDataTag()).startsWith("dropped");

    m_server->addInstance(FakeVastServer::sampleInstance(42));
    m_server->setAuthFailureStatus(authFailureStatus);
    m_server->scriptReplies(FakeEndpoint::List, script);
    const QString key = apiKey.isEmpty() ? m_server->apiKey() : apiKey;
    VastClient client(key, fastOptions(m_server->baseUrl()));

    Answer<QList<Instance>> answer;
    client.listInstances(this, answer.callback());
    QTRY_VERIFY_WITH_TIMEOUT(answer.result.has_value(), waitMs);
    QCOMPARE(answer.calls, 1);
    if (atLeast)
        QVERIFY2(m_server->requests().size() >= expectedRequests,
                 QByteArray::number(m_server->requests().size()).constData());
    else
        QCOMPARE(m_server->requests().size(), expectedRequests);

    if (expectedKind < 0) {
        QVERIFY2(answer.result->ok(), why(*answer.result).constData());
        QCOMPARE(answer.result->value().size(), 1);
        QCOMPARE(answer.result->value().first().id, qint64(42));
        return;
    }
    QVERIFY(!answer.result->ok());
    const Error error = answer.result->error();
    QCOMPARE(int(error.kind), expectedKind);
    QVERIFY2(error.message.contains(QLatin1String("GET /api/v1/instances/")), qPrintable(error.message));
    QVERIFY2(error.message.contains(fragment, Qt::CaseInsensitive), qPrintable(error.message));
    QVERIFY2(!error.message.contains(key), "the message shows the API key");
    QVERIFY2(!error.detail.contains(key), "the detail shows the API key");
}

void TestVastClient::timeoutIsRetriedThenReported()
{
    VastClientOptions options = fastOptions(m_server->baseUrl());
    options.requestTimeoutMs = 300;
    options.maxAttempts = 2;
    VastClient client(m_server->apiKey(), options);
    m_server->scriptReplies(FakeEndpoint::List,
                            {FakeReply::normal(2000), FakeReply::normal(2000)});
    Answer<QList<Instance>> answer;
    client.listInstances(this, answer.callback());
    QTRY_VERIFY_WITH_TIMEOUT(answer.result.has_value(), waitMs);
    QVERIFY(!answer.result->ok());
    QCOMPARE(answer.result->error().kind, ErrorKind::Timeout);
    QVERIFY2(answer.result->error().message.contains(QLatin1String("GET /api/v1/instances/")),
             qPrintable(answer.result->error().message));
    QVERIFY(answer.result->error().message.contains(QLatin1String("0.3 s")));
    QCOMPARE(m_server->requests().size(), 2);

    // One slow response followed by a quick one is a success.
    m_server->clearRequests();
    m_server->scriptReplies(FakeEndpoint::List, {FakeReply::normal(2000)});
    Answer<QList<Instance>> second;
    client.listInstances(this, second.callback());
    QTRY_VERIFY_WITH_TIMEOUT(second.result.has_value(), waitMs);
    QVERIFY2(second.result->ok(), why(*second.result).constData());
    QCOMPARE(m_server->requests().size(), 2);
}

void TestVastClient::refusedConnection()
{
    QTcpServer placeholder;
    QVERIFY(placeholder.listen(QHostAddress::LocalHost, 0));
    const quint16 port = placeholder.serverPort();
    placeholder.close(); // nothing listens there now

    VastClientOptions options = fastOptions(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    options.maxAttempts = 3;
    VastClient client(QStringLiteral("some-key"), options);
    Answer<QList<Instance>> answer;
    client.listInstances(this, answer.callback());
    QTRY_VERIFY_WITH_TIMEOUT(answer.result.has_value(), waitMs);
    QVERIFY(!answer.result->ok());
    QCOMPARE(answer.result->error().kind, ErrorKind::Network);
    QVERIFY2(answer.result->error().message.contains(QLatin1String("refused")),
             qPrintable(answer.result->error().message));
    QVERIFY(answer.result->error().message.contains(QLatin1String("attempts: 3")));
    QVERIFY(answer.result->error().message.contains(QLatin1String("--api-url")));
}

void TestVastClient::tlsCertificateIsVerified()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("Qt has no TLS backend here, so there is no certificate to verify");
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("the openssl program is needed to make a self-signed test certificate");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess process;
    process.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"),
                            QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                            QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("1"),
                            QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                            QStringLiteral("-keyout"), dir.filePath(QStringLiteral("key.pem")),
                            QStringLiteral("-out"), dir.filePath(QStringLiteral("cert.pem"))});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);

    QFile certFile(dir.filePath(QStringLiteral("cert.pem")));
    QFile keyFile(dir.filePath(QStringLiteral("key.pem")));
    QVERIFY(certFile.open(QIODevice::ReadOnly));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(QSslCertificate(certFile.readAll()));
    configuration.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
    QSslServer tlsServer;
    tlsServer.setSslConfiguration(configuration);
    int handshakesStarted = 0;
    connect(&tlsServer, &QSslServer::startedEncryptionHandshake, this,
            [&handshakesStarted] { ++handshakesStarted; });
    QVERIFY(tlsServer.listen(QHostAddress::LocalHost, 0));

    VastClient client(QStringLiteral("secret-key"),
                      fastOptions(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(tlsServer.serverPort()))));
    Answer<QList<Instance>> answer;
    client.listInstances(this, answer.callback());
    QTRY_VERIFY_WITH_TIMEOUT(answer.result.has_value(), waitMs);
    QVERIFY(!answer.result->ok());
    QCOMPARE(answer.result->error().kind, ErrorKind::Network);
    QVERIFY2(answer.result->error().message.contains(QLatin1String("certificate")),
             qPrintable(answer.result->error().message));
    // A certificate problem is not retried: it will not change by itself.
    QCOMPARE(handshakesStarted, 1);
}

void TestVastClient::baseUrlChecks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("expected");

    QTest::newRow("default") << "https://console.vast.ai" << true << "https://console.vast.ai";
    QTest::newRow("trailing slash") << "https://console.vast.ai/" << true << "https://console.vast.ai";
    QTest::newRow("loopback http") << "http://127.0.0.1:8080" << true << "http://127.0.0.1:8080";
    QTest::newRow("localhost http") << "http://localhost:8080" << true << "http://localhost:8080";
    QTest::newRow("ipv6 loopback http") << "http://[::1]:8080" << true << "http://[::1]:8080";
    QTest::newRow("remote http") << "http://console.vast.ai" << false << "";
    QTest::newRow("no scheme") << "console.vast.ai" << false << "";
    QTest::newRow("ftp") << "ftp://console.vast.ai" << false << "";
    QTest::newRow("user info") << "https://me:pw@console.vast.ai" << false << "";
    QTest::newRow("query") << "https://console.vast.ai/?api_key=x" << false << "";
    QTest::newRow("empty") << "" << false << "";
}

void TestVastClient::baseUrlChecks()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, expected);
    const Result<QUrl> url = VastClient::parseBaseUrl(text);
    QCOMPARE(url.ok(), ok);
    if (ok)
        QCOMPARE(url->toString(), expected);
    else
        QCOMPARE(url.error().kind, ErrorKind::Usage);
}

void TestVastClient::showInstance()
{
    m_server->addInstance(FakeVastServer::sampleInstance(77));
    Answer<std::optional<Instance>> answer;
    m_client->showInstance(77, this, answer.callback());
    QTRY_VERIFY_WITH_TIMEOUT(answer.result.has_value(), waitMs);
    QVERIFY(answer.result->ok());
    QVERIFY(answer.result->value().has_value());
    QCOMPARE(answer.result->value()->id, qint64(77));
    QCOMPARE(answer.result->value()->status, InstanceStatus::Running);
    const RecordedRequest request = m_server->requests().first();
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.path, QStringLiteral("/api/v0/instances/77/"));
    QCOMPARE(request.query.queryItemValue(QStringLiteral("owner")), QStringLiteral("me"));

    Answer<std::optional<Instance>> missing;
    m_client->showInstance(78, this, missing.callback());
    QTRY_VERIFY_WITH_TIMEOUT(missing.result.has_value(), waitMs);
    QVERIFY(missing.result->ok());
    QVERIFY(!missing.result->value().has_value());
}

void TestVastClient::showGoneShapes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("instances null") << QByteArray(R"({"instances": null})");
    QTest::newRow("empty body") << QByteArray("");
    QTest::newRow("whitespace body") << QByteArray(" \n");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("instances empty object") << QByteArray(R"({"instances": {}})");
    QTest::newRow("instances empty list") << QByteArray(R"({"instances": []})");
}

void TestVastClient::showGoneShapes()
{
    QFETCH(QByteArray, body);
    m_server->addInstance(FakeVastServer::sampleInstance(5));
    m_server->scriptReplies(FakeEndpoint::Show, {FakeReply::respond(200, body)});
    Answer<std::optional<Instance>> answer;
    m_client->showInstance(5, this, answer.callback());
    QTRY_VERIFY_WITH_TIMEOUT(answer.result.has_value(), waitMs);
    QVERIFY2(answer.result->ok(), why(*answer.result).constData());
    QVERIFY(!answer.result->value().has_value());
}

void TestVastClient::showErrors()
{
    m_server->addInstance(FakeVastServer::sampleInstance(5));
    m_server->scriptReplies(
        FakeEndpoint::Show,
        {FakeReply::respond(404, errorJson("no_such_instance", "No such instance")),
         FakeReply::respond(200, R"({"instances": {"id": 6}})"),
         FakeReply::respond(200, R"({"success": true})"),
         FakeReply::respond(200, R"({"instances": "yes"})")});
    const QStringList fragments = {QStringLiteral("HTTP 404"), QStringLiteral("instance 6"),
                                   QStringLiteral("no 'instances' field"),
                                   QStringLiteral("neither an object nor null")};
    for (const QString &fragment : fragments) {
        Answer<std::optional<Instance>> answer;
        m_client->showInstance(5, this, answer.callback());
        QTRY_VERIFY_WITH_TIMEOUT(answer.result.has_value(), waitMs);
        QVERIFY2(!answer.result->ok(), qPrintable(fragment));
        QCOMPARE(answer.result->error().kind, ErrorKind::Provider);
        QVERIFY2(answer.result->error().message.contains(fragment),
                 qPrintable(answer.result->error().message));
        QVERIFY(answer.result->error().message.contains(QLatin1String("GET /api/v0/instances/5/")));
    }

    Answer<std::optional<Instance>> invalid;
    m_client->showInstance(0, this, invalid.callback());
    QCOMPARE(invalid.calls, 0); // never inside the call
    QTRY_VERIFY_WITH_TIMEOUT(invalid.result.has_value(), waitMs);
    QCOMPARE(invalid.result->error().kind, ErrorKind::Usage);
}

void TestVastClient::setStateAndLabel()
{
    m_server->addInstance(FakeVastServer::sampleInstance(9));

    Answer<bool> stop;
    m_client->setInstanceState(9, InstanceState::Stopped, this, stop.callback());
    QTRY_VERIFY_WITH_TIMEOUT(stop.result.has_value(), waitMs);
    QVERIFY2(stop.result->ok(), why(*stop.result).constData());
    QVERIFY(stop.result->value());
    QCOMPARE(m_server->instance(9).value(QLatin1String("actual_status")).toString(),
             QStringLiteral("stopped"));
    RecordedRequest request = m_server->requests().last();
    QCOMPARE(request.method, QByteArray("PUT"));
    QCOMPARE(request.path, QStringLiteral("/api/v0/instances/9/"));
    QCOMPARE(QJsonDocument::fromJson(request.body).object(),
             QJsonObject({{QStringLiteral("state"), QStringLiteral("stopped")}}));
    QCOMPARE(request.header("content-type"), QByteArray("application/json"));

    Answer<bool> start;
    m_client->setInstanceState(9, InstanceState::Running, this, start.callback());
    QTRY_VERIFY_WITH_TIMEOUT(start.result.has_value(), waitMs);
    QVERIFY(start.result->ok());
    QCOMPARE(m_server->instance(9).value(QLatin1String("intended_status")).toString(),
             QStringLiteral("running"));

    Answer<bool> label;
    const QString text = QStringLiteral("final run \u00e9");
    m_client->setLabel(9, text, this, label.callback());
    QTRY_VERIFY_WITH_TIMEOUT(label.result.has_value(), waitMs);
    QVERIFY(label.result->ok());
    QCOMPARE(m_server->instance(9).value(QLatin1String("label")).toString(), text);
    request = m_server->requests().last();
    QCOMPARE(QJsonDocument::fromJson(request.body).object(),
             QJsonObject({{QStringLiteral("label"), text}}));
}

void TestVastClient::changeErrors()
{
    m_server->addInstance(FakeVastServer::sampleInstance(9));

    Answer<bool> missing;
    m_client->setInstanceState(10, InstanceState::Stopped, this, missing.callback());
    QTRY_VERIFY_WITH_TIMEOUT(missing.result.has_value(), waitMs);
    QVERIFY(!missing.result->ok());
    QVERIFY2(missing.result->error().message.contains(QLatin1String("no_such_instance")),
             qPrintable(missing.result->error().message));

    m_server->scriptReplies(FakeEndpoint::Change,
                            {FakeReply::respond(200, errorJson("missing_billing", "Add credit"))});
    Answer<bool> refused;
    m_client->setInstanceState(9, InstanceState::Running, this, refused.callback());
    QTRY_VERIFY_WITH_TIMEOUT(refused.result.has_value(), waitMs);
    QVERIFY(!refused.result->ok());
    QCOMPARE(refused.result->error().kind, ErrorKind::Provider);
    QVERIFY(refused.result->error().message.contains(QLatin1String("missing_billing: Add credit")));

    const int before = m_server->requests().size();
    Answer<bool> tooLong;
    m_client->setLabel(9, QString(1025, QLatin1Char('x')), this, tooLong.callback());
    QTRY_VERIFY_WITH_TIMEOUT(tooLong.result.has_value(), waitMs);
    QVERIFY(!tooLong.result->ok());
    QCOMPARE(tooLong.result->error().kind, ErrorKind::Usage);
    QCOMPARE(m_server->requests().size(), before); // refused before sending
}

void TestVastClient::destroySuccess()
{
    m_server->addInstance(FakeVastServer::sampleInstance(31));
    m_server->addInstance(FakeVastServer::sampleInstance(32));
    Answer<DestroyResult> answer;
    m_client->destroyInstance(31, this, answer.callback());
    QTRY_VERIFY_WITH_TIMEOUT(answer.result.has_value(), waitMs);
    QVERIFY(answer.result->ok());
    QCOMPARE(answer.result->value().outcome, DestroyOutcome::Destroyed);
    QVERIFY(!m_server->hasInstance(31));
    QVERIFY(m_server->hasInstance(32));
    QCOMPARE(sequence(m_server->requests()),
             QStringList({QStringLiteral("DELETE /api/v0/instances/31/"),
                          QStringLiteral("GET /api/v0/instances/31/")}));
    QCOMPARE(m_server->requests().first().body, QByteArray("{}"));
    QCOMPARE(answer.calls, 1);
}

void TestVastClient::destroySuccessFalseInside200()
{
    m_server->addInstance(FakeVastServer::sampleInstance(31));
    m_server->scriptReplies(FakeEndpoint::Destroy,
                            {FakeReply::respond(200, errorJson("invalid_args", "invalid instance_id"))});
    Answer<DestroyResult> answer;
    m_client->destroyInstance(31, this, answer.callback());
    QTRY_VERIFY_WITH_TIMEOUT(answer.result.has_value(), waitMs);
    QVERIFY(answer.result->ok());
    const DestroyResult result = answer.result->value();
    QCOMPARE(result.outcome, DestroyOutcome::Failed);
    QVERIFY2(result.message.contains(QLatin1String("invalid instance_id")), qPrintable(result.message));
    QCOMPARE(m_server->requestCount("DELETE"), 1);
    QVERIFY(m_server->hasInstance(31));
}

void TestVastClient::destroyNotFound()
{
    Answer<DestroyResult> answer;
    m_client->destroyInstance(404404, this, answer.callback());
    QTRY_VERIFY_WITH_TIMEOUT(answer.result.has_value(), waitMs);
    const DestroyResult result = answer.result->value();
    // Not "destroyed": this key cannot see such an instance, which proves nothing.
    QCOMPARE(result.outcome, DestroyOutcome::Failed);
    QVERIFY2(result.message.contains(QLatin1String("HTTP 404")), qPrintable(result.message));
    QVERIFY(result.message.contains(QLatin1String("DELETE /api/v0/instances/404404/")));
    QCOMPARE(m_server->requestCount("DELETE"), 1);
}

void TestVastClient::destroyRateLimitedThenSuccess()
{
    m_server->addInstance(FakeVastServer::sampleInstance(31));
    m_server->scriptReplies(FakeEndpoint::Destroy,
                            {FakeReply::respond(429, "API requests too frequent", "text/plain")});
    Answer<DestroyResult> answer;
    m_client->destroyInstance(31, this, answer.callback());
    QTRY_VERIFY_WITH_TIMEOUT(answer.result.has_value(), waitMs);
    QCOMPARE(answer.result->value().outcome, DestroyOutcome::Destroyed);
    QCOMPARE(sequence(m_server->requests()),
             QStringList({QStringLiteral("DELETE /api/v0/instances/31/"),
                          QStringLiteral("DELETE /api/v0/instances/31/"),
                          QStringLiteral("GET /api/v0/instances/31/")}));
}

void TestVastClient::destroyTimeoutThenReread()
{
    VastClientOptions options = fastOptions(m_server->baseUrl());
    options.requestTimeoutMs = 300;
    VastClient client(m_server->apiKey(), options);
    m_server->addInstance(FakeVastServer::sampleInstance(31));
    // The server destroys the instance but answers too late.
    m_server->scriptReplies(FakeEndpoint::Destroy, {FakeReply::normal(2000)});
    Answer<DestroyResult> answer;
    client.destroyInstance(31, this, answer.callback());
    QTRY_VERIFY_WITH_TIMEOUT(answer.result.has_value(), waitMs);
    QCOMPARE(answer.result->value().outcome, DestroyOutcome::Destroyed);
    QCOMPARE(sequence(m_server->requests()),
             QStringList({QStringLiteral("DELETE /api/v0/instances/31/"),
                          QStringLiteral("GET /api/v0/instances/31/")}));
}

void TestVastClient::destroyTimeoutInstanceStillThere()
{
    VastClientOptions options = fastOptions(m_server->baseUrl());
    options.requestTimeoutMs = 300;
    VastClient client(m_server->apiKey(), options);
    m_server->addInstance(FakeVastServer::sampleInstance(31));
    // Too late and without effect: the instance is still there afterwards.
    m_server->scriptReplies(FakeEndpoint::Destroy,
                            {FakeReply::respond(200, R"({"success":true})").delayed(2000)});
    Answer<DestroyResult> answer;
    client.destroyInstance(31, this, answer.callback());
    QTRY_VERIFY_WITH_TIMEOUT(answer.result.has_value(), waitMs);
    QCOMPARE(answer.result->value().outcome, DestroyOutcome::Destroyed);
    const QStringList order = sequence(m_server->requests());
    QCOMPARE(order, QStringList({QStringLiteral("DELETE /api/v0/instances/31/"),
                                 QStringLiteral("GET /api/v0/instances/31/"),
                                 QStringLiteral("DELETE /api/v0/instances/31/"),
                                 QStringLiteral("GET /api/v0/instances/31/")}));
}

void TestVastClient::destroyServerErrorRereadsBeforeResend()
{
    m_server->addInstance(FakeVastServer::sampleInstance(31));
    m_server->scriptReplies(FakeEndpoint::Destroy,
                            {FakeReply::respond(503, "upstream unavailable", "text/plain"),
                             FakeReply::respond(502, "bad gateway", "text/plain")});
    Answer<DestroyResult> answer;
    m_client->destroyInstance(31, this, answer.callback());
    QTRY_VERIFY_WITH_TIMEOUT(answer.result.has_value(), waitMs);
    // Two DELETEs allowed, each answered with a gateway error, each followed
    // by a read that still finds the instance.
    const DestroyResult result = answer.result->value();
    QCOMPARE(result.outcome, DestroyOutcome::Failed);
    QVERIFY2(result.message.contains(QLatin1String("still exists")), qPrintable(result.message));
    QCOMPARE(sequence(m_server->requests()),
             QStringList({QStringLiteral("DELETE /api/v0/instances/31/"),
                          QStringLiteral("GET /api/v0/instances/31/"),
                          QStringLiteral("DELETE /api/v0/instances/31/"),
                          QStringLiteral("GET /api/v0/instances/31/")}));
    QVERIFY(m_server->hasInstance(31));
}

void TestVastClient::destroyDroppedConnection()
{
    m_server->addInstance(FakeVastServer::sampleInstance(31));
    m_server->scriptReplies(FakeEndpoint::Destroy, {FakeReply::drop(true)});
    Answer<DestroyResult> answer;
    m_client->destroyInstance(31, this, answer.callback());
    QTRY_VERIFY_WITH_TIMEOUT(answer.result.has_value(), waitMs);
    QCOMPARE(answer.result->value().outcome, DestroyOutcome::Destroyed);
    QCOMPARE(sequence(m_server->requests()),
             QStringList({QStringLiteral("DELETE /api/v0/instances/31/"),
                          QStringLiteral("GET /api/v0/instances/31/")}));
}

void TestVastClient::destroyDroppedConnectionNotCarriedOut()
{
    m_server->addInstance(FakeVastServer::sampleInstance(31));
    m_server->scriptReplies(FakeEndpoint::Destroy, {FakeReply::drop(false)});
    Answer<DestroyResult> answer;
    m_client->destroyInstance(31, this, answer.callback());
    QTRY_VERIFY_WITH_TIMEOUT(answer.result.has_value(), waitMs);
    QCOMPARE(answer.result->value().outcome, DestroyOutcome::Destroyed);
    QCOMPARE(sequence(m_server->requests()),
             QStringList({QStringLiteral("DELETE /api/v0/instances/31/"),
                          QStringLiteral("GET /api/v0/instances/31/"),
                          QStringLiteral("DELETE /api/v0/instances/31/"),
                          QStringLiteral("GET /api/v0/instances/31/")}));
    QVERIFY(!m_server->hasInstance(31));
}

void TestVastClient::destroyRereadFails()
{
    m_server->addInstance(FakeVastServer::sampleInstance(31));
    m_server->scriptReplies(FakeEndpoint::Destroy, {FakeReply::drop(true)});
    m_server->scriptReplies(FakeEndpoint::Show,
                            QList<FakeReply>(5, FakeReply::respond(503, "down", "text/plain")));
    Answer<DestroyResult> answer;
    m_client->destroyInstance(31, this, answer.callback());
    QTRY_VERIFY_WITH_TIMEOUT(answer.result.has_value(), waitMs);
    const DestroyResult result = answer.result->value();
    QCOMPARE(result.outcome, DestroyOutcome::Unknown);
    QVERIFY2(result.message.contains(QLatin1String("Vast.ai console")), qPrintable(result.message));
    QCOMPARE(m_server->requestCount("DELETE"), 1); // never re-sent without a successful read
    QCOMPARE(m_server->requestCount("GET", QStringLiteral("/api/v0/instances/31/")), 5);
}

void TestVastClient::destroyConfirmsAfterLinger()
{
    m_server->addInstance(FakeVastServer::sampleInstance(31));
    m_server->setDestroyLingers(3);
    Answer<DestroyResult> answer;
    m_client->destroyInstance(31, this, answer.callback());
    QTRY_VERIFY_WITH_TIMEOUT(answer.result.has_value(), waitMs);
    QCOMPARE(answer.result->value().outcome, DestroyOutcome::Destroyed);
    QCOMPARE(m_server->requestCount("DELETE"), 1);
    QCOMPARE(m_server->requestCount("GET", QStringLiteral("/api/v0/instances/31/")), 4);
}

void TestVastClient::destroyNeverConfirmed()
{
    m_server->addInstance(FakeVastServer::sampleInstance(31));
    m_server->setDestroyLingers(100);
    Answer<DestroyResult> answer;
    m_client->destroyInstance(31, this, answer.callback());
    QTRY_VERIFY_WITH_TIMEOUT(answer.result.has_value(), waitMs);
    const DestroyResult result = answer.result->value();
    QCOMPARE(result.outcome, DestroyOutcome::Unknown);
    QVERIFY2(result.message.contains(QLatin1String("still appeared")), qPrintable(result.message));
    QCOMPARE(m_server->requestCount("DELETE"), 1);
    QCOMPARE(m_server->requestCount("GET", QStringLiteral("/api/v0/instances/31/")), 5);
}

void TestVastClient::destroyUnloadedCountsAsGone()
{
    m_server->addInstance(FakeVastServer::sampleInstance(31));
    QJsonObject unloaded = FakeVastServer::sampleInstance(31);
    unloaded.insert(QStringLiteral("cur_state"), QStringLiteral("unloaded"));
    m_server->scriptReplies(FakeEndpoint::Destroy,
                            {FakeReply::respond(200, R"({"success":true})")});
    m_server->scriptReplies(FakeEndpoint::Show,
                            {FakeReply::respond(200, QJsonDocument(QJsonObject{{QStringLiteral("instances"), unloaded}}).toJson())});
    Answer<DestroyResult> answer;
    m_client->destroyInstance(31, this, answer.callback());
    QTRY_VERIFY_WITH_TIMEOUT(answer.result.has_value(), waitMs);
    QCOMPARE(answer.result->value().outcome, DestroyOutcome::Destroyed);
    QCOMPARE(m_server->requests().size(), 2);
}

void TestVastClient::destroyEmptyShowCountsAsGone()
{
    m_server->addInstance(FakeVastServer::sampleInstance(31));
    m_server->scriptReplies(FakeEndpoint::Show, {FakeReply::respond(200, "")});
    Answer<DestroyResult> answer;
    m_client->destroyInstance(31, this, answer.callback());
    QTRY_VERIFY_WITH_TIMEOUT(answer.result.has_value(), waitMs);
    QCOMPARE(answer.result->value().outcome, DestroyOutcome::Destroyed);
}

void TestVastClient::destroyAuthFailure()
{
    m_server->addInstance(FakeVastServer::sampleInstance(31));
    m_server->setAuthFailureStatus(404);
    VastClient client(QStringLiteral("stale-key"), fastOptions(m_server->baseUrl()));
    Answer<DestroyResult> answer;
    client.destroyInstance(31, this, answer.callback());
    QTRY_VERIFY_WITH_TIMEOUT(answer.result.has_value(), waitMs);
    const DestroyResult result = answer.result->value();
    QCOMPARE(result.outcome, DestroyOutcome::Failed);
    QCOMPARE(result.errorKind, ErrorKind::Authentication);
    QVERIFY(m_server->hasInstance(31));
    QCOMPARE(m_server->requests().size(), 1);
}

void TestVastClient::destroyInvalidId()
{
    Answer<DestroyResult> answer;
    m_client->destroyInstance(-5, this, answer.callback());
    QCOMPARE(answer.calls, 0); // never inside the call
    QTRY_VERIFY_WITH_TIMEOUT(answer.result.has_value(), waitMs);
    QVERIFY(!answer.result->ok());
    QCOMPARE(answer.result->error().kind, ErrorKind::Usage);
    QVERIFY(m_server->requests().isEmpty());
}

void TestVastClient::callbackSkippedWhenContextDestroyed()
{
    m_server->addInstance(FakeVastServer::sampleInstance(1));
    m_server->scriptReplies(FakeEndpoint::List, {FakeReply::normal(300)});
    auto *context = new QObject;
    Answer<QList<Instance>> answer;
    m_client->listInstances(context, answer.callback());
    delete context;
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requests().size(), 1, waitMs);
    QTest::qWait(800); // the late answer arrives and must be dropped
    QCOMPARE(answer.calls, 0);
}

void TestVastClient::keyNeverLogged()
{
    const QString key = QStringLiteral("k3y-that-must-stay-secret-9f8e7d");
    m_server->setApiKey(key);
    m_server->addInstance(FakeVastServer::sampleInstance(1));
    capturedLog.clear();
    QLoggingCategory::setFilterRules(QStringLiteral("vastharvest.*.debug=true"));
    previousHandler = qInstallMessageHandler(captureMessage);

    VastClient good(key, fastOptions(m_server->baseUrl()));
    Answer<QList<Instance>> listed;
    good.listInstances(this, listed.callback());
    QTRY_VERIFY_WITH_TIMEOUT(listed.result.has_value(), waitMs);
    Answer<DestroyResult> destroyed;
    good.destroyInstance(1, this, destroyed.callback());
    QTRY_VERIFY_WITH_TIMEOUT(destroyed.result.has_value(), waitMs);
    VastClient bad(key + QStringLiteral("-wrong"), fastOptions(m_server->baseUrl()));
    Answer<QList<Instance>> refused;
    bad.listInstances(this, refused.callback());
    QTRY_VERIFY_WITH_TIMEOUT(refused.result.has_value(), waitMs);

    qInstallMessageHandler(previousHandler);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(listed.result->ok());
    QVERIFY(!refused.result->ok());
    const QString log = capturedLog.join(QLatin1Char('\n'));
    QVERIFY2(capturedLog.size() >= 6, qPrintable(log)); // debug logging was really on
    QVERIFY2(log.contains(QLatin1String("Bearer [redacted]")), qPrintable(log));
    QVERIFY2(!log.contains(key), "the API key appeared in the log");
}

QTEST_GUILESS_MAIN(TestVastClient)
#include "tst_vastclient.moc"
