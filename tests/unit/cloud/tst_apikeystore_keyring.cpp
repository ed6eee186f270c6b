// Runs against a real Secret Service: ctest starts it through with-keyring.sh,
// which provides a private D-Bus session with an unlocked GNOME Keyring.
#include "settings/apikeysource.h"
#include "settings/apikeystore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace vh;

namespace {

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

template<class T>
QByteArray why(const Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().message.toUtf8();
}

} // namespace

class TestApiKeyStoreKeyring : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip();
    void storedUnderAppNames();
    void badKeyIsNotStored();
    void resolveFindsKeychainKey();
    void nothingWrittenInClearText();

private:
    Result<QString> read(ApiKeyStore &store);
    Result<void> write(ApiKeyStore &store, const QString &key);
    Result<void> remove(ApiKeyStore &store);

    QStringList m_writtenKeys;
};

void TestApiKeyStoreKeyring::initTestCase()
{
    const QByteArray unavailable = qgetenv("VASTHARVEST_KEYRING_UNAVAILABLE");
    if (!unavailable.isEmpty())
        QSKIP(qPrintable(QStringLiteral("no test keyring: ") + QString::fromLocal8Bit(unavailable)));
    if (qgetenv("VASTHARVEST_KEYRING_SESSION") != "1")
        QSKIP("needs the private keyring session; run it through ctest, which uses with-keyring.sh");
    // The wrapper gives a throwaway HOME, so the default entry may be used.
    QVERIFY(QDir::homePath().contains(QLatin1String("vh-keyring.")));
}

Result<QString> TestApiKeyStoreKeyring::read(ApiKeyStore &store)
{
    Answer<QString> answer;
    store.readKey(this, answer.callback());
    if (!QTest::qWaitFor([&answer] { return answer.result.has_value(); }, waitMs))
        return Error(ErrorKind::Timeout, QStringLiteral("the keychain gave no answer in time"));
    return *answer.result;
}

Result<void> TestApiKeyStoreKeyring::write(ApiKeyStore &store, const QString &key)
{
    m_writtenKeys.append(key);
    Answer<void> answer;
    store.writeKey(key, this, answer.callback());
    if (!QTest::qWaitFor([&answer] { return answer.result.has_value(); }, waitMs))
        return Error(ErrorKind::Timeout, QStringLiteral("the keychain gave no answer in time"));
    return *answer.result;
}

Result<void> TestApiKeyStoreKeyring::remove(ApiKeyStore &store)
{
    Answer<void> answer;
    store.deleteKey(this, answer.callback());
    if (!QTest::qWaitFor([&answer] { return answer.result.has_value(); }, waitMs))
        return Error(ErrorKind::Timeout, QStringLiteral("the keychain gave no answer in time"));
    return *answer.result;
}

void TestApiKeyStoreKeyring::roundTrip()
{
    ApiKeyStore store;
    const QString first = QStringLiteral("0123456789abcdef0123456789abcdef");
    const QString second = QStringLiteral("fedcba9876543210fedcba9876543210");

    Result<void> written = write(store, QStringLiteral("  %1\n").arg(first));
    QVERIFY2(written.ok(), why(written).constData());
    Result<QString> readBack = read(store);
    QVERIFY2(readBack.ok(), why(readBack).constData());
    QCOMPARE(readBack.value(), first); // stored trimmed

    written = write(store, second);
    QVERIFY2(written.ok(), why(written).constData());
    readBack = read(store);
    QVERIFY(readBack.ok());
    QCOMPARE(readBack.value(), second);

    const Result<void> removed = remove(store);
    QVERIFY2(removed.ok(), why(removed).constData());
    readBack = read(store);
    QVERIFY(!readBack.ok());
    QCOMPARE(readBack.error().kind, ErrorKind::NotFound);
    QVERIFY2(readBack.error().message.contains(QLatin1String("No Vast.ai API key is saved")),
             qPrintable(readBack.error().message));

    // Deleting what is not there is not an error.
    QVERIFY(remove(store).ok());
}

void TestApiKeyStoreKeyring::storedUnderAppNames()
{
    const QString secretTool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
    if (secretTool.isEmpty())
        QSKIP("secret-tool (libsecret-tools) is needed to look at the keyring from outside");
    ApiKeyStore store;
    QCOMPARE(store.keyName(), QStringLiteral("vastharvest/vast-api-key"));
    const QString key = QStringLiteral("outside-check-31415926535");
    const Result<void> written = write(store, key);
    QVERIFY2(written.ok(), why(written).constData());

    // QtKeychain's libsecret schema keeps the key name in "user" and the
    // service in "server".
    QProcess lookup;
    lookup.start(secretTool, {QStringLiteral("lookup"), QStringLiteral("server"),
                              QStringLiteral("vastharvest"), QStringLiteral("user"),
                              QStringLiteral("vastharvest/vast-api-key")});
    QVERIFY(lookup.waitForFinished(30000));
    QCOMPARE(lookup.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(lookup.readAllStandardOutput()).trimmed(), key);
    QVERIFY(remove(store).ok());
}

void TestApiKeyStoreKeyring::badKeyIsNotStored()
{
    ApiKeyStore store;
    QVERIFY(remove(store).ok());
    const Result<void> written = write(store, QStringLiteral("line-one\nline-two"));
    QVERIFY(!written.ok());
    QCOMPARE(written.error().kind, ErrorKind::Authentication);
    const Result<QString> readBack = read(store);
    QVERIFY(!readBack.ok());
    QCOMPARE(readBack.error().kind, ErrorKind::NotFound);
}

void TestApiKeyStoreKeyring::resolveFindsKeychainKey()
{
    ApiKeyStore store;
    const QString key = QStringLiteral("resolve-from-keychain-2718281828");
    QVERIFY(write(store, key).ok());

    QTemporaryDir config;
    QVERIFY(config.isValid());
    ApiKeyLookup lookup;
    lookup.environment = QProcessEnvironment::systemEnvironment();
    lookup.environment.remove(QStringLiteral("VAST_API_KEY"));
    lookup.environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    // A vastai CLI file exists too, but the keychain comes first.
    QDir(config.path()).mkpath(QStringLiteral("vastai"));
    QFile cliFile(config.filePath(QStringLiteral("vastai/vast_api_key")));
    QVERIFY(cliFile.open(QIODevice::WriteOnly));
    cliFile.write("from-the-vastai-cli-file\n");
    cliFile.close();
    lookup.keychain = &store;

    Answer<ApiKey> answer;
    resolveApiKey(lookup, this, answer.callback());
    QTRY_VERIFY_WITH_TIMEOUT(answer.result.has_value(), waitMs);
    QVERIFY2(answer.result->ok(), why(*answer.result).constData());
    QCOMPARE(answer.result->value().value, key);
    QCOMPARE(answer.result->value().origin, ApiKeyOrigin::Keychain);

    QVERIFY(remove(store).ok());
    Answer<ApiKey> fallback;
    resolveApiKey(lookup, this, fallback.callback());
    QTRY_VERIFY_WITH_TIMEOUT(fallback.result.has_value(), waitMs);
    QVERIFY(fallback.result->ok());
    QCOMPARE(fallback.result->value().origin, ApiKeyOrigin::VastaiCliFile);
    QCOMPARE(fallback.result->value().value, QStringLiteral("from-the-vastai-cli-file"));
}

void TestApiKeyStoreKeyring::nothingWrittenInClearText()
{
    // Every key this test stored went to the Secret Service only, so no file
    // in the throwaway HOME (settings, caches, the keyring's own files) contains one.
    QVERIFY(!m_writtenKeys.isEmpty());
    QDirIterator files(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int scanned = 0;
    while (files.hasNext()) {
        const QString path = files.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = file.readAll();
        ++scanned;
        for (const QString &key : std::as_const(m_writtenKeys)) {
            const QByteArray needle = key.trimmed().section(QLatin1Char('\n'), 0, 0).toUtf8();
            QVERIFY2(!content.contains(needle), qPrintable(QStringLiteral("key found in %1").arg(path)));
        }
    }
    QVERIFY(scanned > 0); // the keyring files at least
}

QTEST_GUILESS_MAIN(TestApiKeyStoreKeyring)
#include "tst_apikeystore_keyring.moc"
