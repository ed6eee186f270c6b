#include "settings/apikeysource.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace vh;

namespace {

constexpr int waitMs = 10000;

bool writeText(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

} // namespace

class TestApiKeySource : public QObject
{
    Q_OBJECT

private slots:
    void normalize_data();
    void normalize();
    void readKeyFile();
    void vastaiCliPath();
    void order_data();
    void order();

private:
    std::optional<Result<ApiKey>> resolve(const ApiKeyLookup &lookup);
};

void TestApiKeySource::normalize_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("expected"); // empty: rejected
    QTest::addColumn<QString>("fragment");

    QTest::newRow("plain") << "abc123" << "abc123" << "";
    QTest::newRow("surrounding whitespace") << "  abc123 \n" << "abc123" << "";
    QTest::newRow("windows line end") << "abc123\r\n" << "abc123" << "";
    QTest::newRow("empty") << "" << "" << "empty";
    QTest::newRow("only whitespace") << " \n\t " << "" << "empty";
    QTest::newRow("two lines") << "abc123\ndef456" << "" << "several lines";
    QTest::newRow("carriage return inside") << "abc\rdef" << "" << "several lines";
    QTest::newRow("space inside") << "abc 123" << "" << "spaces";
    QTest::newRow("tab inside") << "abc\t123" << "" << "spaces";
    QTest::newRow("non-ascii") << "abc\u00e9123" << "" << "characters";
    QTest::newRow("control") << "abc\x01" "123" << "" << "characters";
    QTest::newRow("huge") << QString(5000, QLatin1Char('a')) << "" << "far more";
}

void TestApiKeySource::normalize()
{
    QFETCH(QString, raw);
    QFETCH(QString, expected);
    QFETCH(QString, fragment);
    const Result<QString> key = normalizeApiKey(raw, QStringLiteral("The test input"));
    if (!expected.isEmpty()) {
        QVERIFY(key.ok());
        QCOMPARE(key.value(), expected);
        return;
    }
    QVERIFY(!key.ok());
    QCOMPARE(key.error().kind, ErrorKind::Authentication);
    QVERIFY2(key.error().message.startsWith(QLatin1String("The test input")), qPrintable(key.error().message));
    QVERIFY2(key.error().message.contains(fragment), qPrintable(key.error().message));
    if (raw.trimmed().size() > 3)
        QVERIFY2(!key.error().message.contains(raw.trimmed()), "the message repeats the key");
}

void TestApiKeySource::readKeyFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString good = dir.filePath(QStringLiteral("good"));
    QVERIFY(writeText(good, "0123abcd\n"));
    Result<QString> key = readApiKeyFile(good);
    QVERIFY(key.ok());
    QCOMPARE(key.value(), QStringLiteral("0123abcd"));

    key = readApiKeyFile(dir.filePath(QStringLiteral("missing")));
    QVERIFY(!key.ok());
    QCOMPARE(key.error().kind, ErrorKind::Usage);
    QVERIFY(key.error().message.contains(QLatin1String("missing")));

    const QString empty = dir.filePath(QStringLiteral("empty"));
    QVERIFY(writeText(empty, "\n"));
    key = readApiKeyFile(empty);
    QVERIFY(!key.ok());
    QVERIFY(key.error().message.contains(QDir::toNativeSeparators(empty)));

    const QString big = dir.filePath(QStringLiteral("big"));
    QVERIFY(writeText(big, QByteArray(70 * 1024, 'a')));
    key = readApiKeyFile(big);
    QVERIFY(!key.ok());
    QVERIFY(key.error().message.contains(QLatin1String("too large")));
}

void TestApiKeySource::vastaiCliPath()
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("HOME"), QStringLiteral("/home/ann"));
    QCOMPARE(vastaiCliKeyFile(environment), QStringLiteral("/home/ann/.config/vastai/vast_api_key"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), QStringLiteral("/srv/cfg"));
    QCOMPARE(vastaiCliKeyFile(environment), QStringLiteral("/srv/cfg/vastai/vast_api_key"));
    // A relative XDG_CONFIG_HOME is invalid by the specification and ignored.
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), QStringLiteral("relative/cfg"));
    QCOMPARE(vastaiCliKeyFile(environment), QStringLiteral("/home/ann/.config/vastai/vast_api_key"));
}

std::optional<Result<ApiKey>> TestApiKeySource::resolve(const ApiKeyLookup &lookup)
{
    std::optional<Result<ApiKey>> result;
    int calls = 0;
    resolveApiKey(lookup, this, [&result, &calls](Result<ApiKey> key) {
        ++calls;
        result.emplace(std::move(key));
    });
    if (calls != 0)
        return Result<ApiKey>(Error(ErrorKind::Internal, QStringLiteral("answered inside the call")));
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, waitMs))
        return std::nullopt;
    return result;
}

void TestApiKeySource::order_data()
{
    QTest::addColumn<bool>("withKeyFile");
    QTest::addColumn<QString>("keyFileContent"); // used when withKeyFile
    QTest::addColumn<QString>("environmentKey"); // empty: not set
    QTest::addColumn<QString>("cliFileContent"); // empty: no file
    QTest::addColumn<int>("expectedOrigin");     // -1: error
    QTest::addColumn<QString>("expected");       // key, or a fragment of the error

    const int error = -1;
    QTest::newRow("key file beats everything")
        << true << "from-file" << "from-env" << "from-cli" << int(ApiKeyOrigin::KeyFile) << "from-file";
    QTest::newRow("environment beats the cli file")
        << false << "" << "from-env" << "from-cli" << int(ApiKeyOrigin::Environment) << "from-env";
    QTest::newRow("cli file last") << false << "" << "" << "from-cli\n"
                                   << int(ApiKeyOrigin::VastaiCliFile) << "from-cli";
    QTest::newRow("nothing") << false << "" << "" << "" << error << "No Vast.ai API key was found";
    QTest::newRow("bad key file is reported, not skipped")
        << true << "two\nlines" << "from-env" << "from-cli" << error << "several lines";
    QTest::newRow("bad environment is reported")
        << false << "" << "has space" << "from-cli" << error << "VAST_API_KEY";
    QTest::newRow("empty cli file") << false << "" << "" << " \n" << error << "vast_api_key";
}

void TestApiKeySource::order()
{
    QFETCH(bool, withKeyFile);
    QFETCH(QString, keyFileContent);
    QFETCH(QString, environmentKey);
    QFETCH(QString, cliFileContent);
    QFETCH(int, expectedOrigin);
    QFETCH(QString, expected);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ApiKeyLookup lookup;
    lookup.useKeychain = false; // the keychain has tests of its own
    lookup.environment = QProcessEnvironment();
    lookup.environment.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("home")));
    if (!environmentKey.isEmpty())
        lookup.environment.insert(QStringLiteral("VAST_API_KEY"), environmentKey);
    if (withKeyFile) {
        lookup.keyFile = dir.filePath(QStringLiteral("key.txt"));
        QVERIFY(writeText(lookup.keyFile, keyFileContent.toUtf8()));
    }
    const QString cliFile = dir.filePath(QStringLiteral("home/.config/vastai/vast_api_key"));
    if (!cliFileContent.isEmpty())
        QVERIFY(writeText(cliFile, cliFileContent.toUtf8()));

    const std::optional<Result<ApiKey>> result = resolve(lookup);
    QVERIFY(result.has_value());
    if (expectedOrigin < 0) {
        QVERIFY(!result->ok());
        QVERIFY2(result->error().message.contains(expected), qPrintable(result->error().message));
        return;
    }
    QVERIFY2(result->ok(), result->ok() ? "" : qPrintable(result->error().message));
    QCOMPARE(int(result->value().origin), expectedOrigin);
    QCOMPARE(result->value().value, expected);
    if (result->value().origin == ApiKeyOrigin::VastaiCliFile)
        QCOMPARE(result->value().path, cliFile);
}

QTEST_GUILESS_MAIN(TestApiKeySource)
#include "tst_apikeysource.moc"
