// The keychain when there is none: the session bus address points nowhere,
// as on a server or in CI without a desktop session.
#include "settings/apikeysource.h"
#include "settings/apikeystore.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace vh;

namespace {

constexpr int retryDelayMs = 300;
constexpr int waitMs = 30000;

template<class T>
struct Answer
{
    std::optional<Result<T>> result;
    std::function<void(Result<T>)> callback()
    {
        return [this](Result<T> value) { result.emplace(std::move(value)); };
    }
};

} // namespace

class TestApiKeyStoreNoBackend : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readSaysNoKeychain();
    void writeSaysNoKeychainAndStoresNothing();
    void resolveFallsBackToVastaiFile();
    void resolveWithoutAnyKey();

private:
    QTemporaryDir m_home;
};

void TestApiKeyStoreNoBackend::initTestCase()
{
    QVERIFY(m_home.isValid());
    // Set before the first keychain call: QtKeychain and libsecret pick their
    // backend and bus once per process.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/vastharvest-no-bus");
    qunsetenv("XDG_CURRENT_DESKTOP");
    qunsetenv("DESKTOP_SESSION");
    qunsetenv("KDE_FULL_SESSION");
    qunsetenv("GNOME_DESKTOP_SESSION_ID");
    qputenv("HOME", QFile::encodeName(m_home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral(".config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral(".local/share"))));
}

void TestApiKeyStoreNoBackend::readSaysNoKeychain()
{
    ApiKeyStore store;
    store.setRetryDelay(retryDelayMs);
    store.setTimeout(20000);
    QElapsedTimer clock;
    clock.start();
    Answer<QString> answer;
    store.readKey(this, answer.callback());
    QTRY_VERIFY_WITH_TIMEOUT(answer.result.has_value(), waitMs);
    QVERIFY(!answer.result->ok());
    const Error error = answer.result->error();
    QCOMPARE(error.kind, ErrorKind::LocalIo);
    QVERIFY2(error.message.contains(QLatin1String("No keychain is available")), qPrintable(error.message));
    QVERIFY2(error.message.contains(QLatin1String("VAST_API_KEY")), qPrintable(error.message));
    QVERIFY(!error.detail.isEmpty()); // the backend's own words, for the log
    // One delayed second try happened before giving up.
    QVERIFY2(clock.elapsed() >= retryDelayMs, qPrintable(QString::number(clock.elapsed())));
}

void TestApiKeyStoreNoBackend::writeSaysNoKeychainAndStoresNothing()
{
    const QString key = QStringLiteral("never-in-clear-text-161803398");
    ApiKeyStore store;
    store.setRetryDelay(retryDelayMs);
    Answer<void> answer;
    store.writeKey(key, this, answer.callback());
    QTRY_VERIFY_WITH_TIMEOUT(answer.result.has_value(), waitMs);
    QVERIFY(!answer.result->ok());
    QCOMPARE(answer.result->error().kind, ErrorKind::LocalIo);
    QVERIFY(answer.result->error().message.contains(QLatin1String("No keychain is available")));
    QVERIFY(!answer.result->error().message.contains(key));

    // No fallback wrote the key into settings or any other file.
    QDirIterator files(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(key.toUtf8()), qPrintable(file.fileName()));
    }
}

void TestApiKeyStoreNoBackend::resolveFallsBackToVastaiFile()
{
    QTemporaryDir config;
    QVERIFY(config.isValid());
    QVERIFY(QDir(config.path()).mkpath(QStringLiteral("vastai")));
    QFile cliFile(config.filePath(QStringLiteral("vastai/vast_api_key")));
    QVERIFY(cliFile.open(QIODevice::WriteOnly));
    cliFile.write("cli-file-key-1234\n");
    cliFile.close();

    ApiKeyStore store;
    store.setRetryDelay(retryDelayMs);
    ApiKeyLookup lookup;
    lookup.environment = QProcessEnvironment();
    lookup.environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    lookup.keychain = &store;
    Answer<ApiKey> answer;
    resolveApiKey(lookup, this, answer.callback());
    QTRY_VERIFY_WITH_TIMEOUT(answer.result.has_value(), waitMs);
    QVERIFY(answer.result->ok());
    QCOMPARE(answer.result->value().origin, ApiKeyOrigin::VastaiCliFile);
    QCOMPARE(answer.result->value().value, QStringLiteral("cli-file-key-1234"));
    QCOMPARE(answer.result->value().path, cliFile.fileName());
}

void TestApiKeyStoreNoBackend::resolveWithoutAnyKey()
{
    QTemporaryDir config;
    QVERIFY(config.isValid());
    ApiKeyStore store;
    store.setRetryDelay(retryDelayMs);
    ApiKeyLookup lookup;
    lookup.environment = QProcessEnvironment();
    lookup.environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    lookup.keychain = &store;
    Answer<ApiKey> answer;
    resolveApiKey(lookup, this, answer.callback());
    QTRY_VERIFY_WITH_TIMEOUT(answer.result.has_value(), waitMs);
    QVERIFY(!answer.result->ok());
    const Error error = answer.result->error();
    QCOMPARE(error.kind, ErrorKind::Authentication);
    QVERIFY2(error.message.contains(QLatin1String("No Vast.ai API key was found")), qPrintable(error.message));
    QVERIFY2(error.message.contains(QLatin1String("keychain could not be read")), qPrintable(error.message));
    QVERIFY(error.message.contains(QLatin1String("--api-key-file")));
}

QTEST_GUILESS_MAIN(TestApiKeyStoreNoBackend)
#include "tst_apikeystore_nobackend.moc"
