#include "settings/apikeysource.h"

#include "common/logging.h"
#include "settings/apikeystore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QTimer>

namespace vh {

namespace {

struct Tr final
{
    Q_DECLARE_TR_FUNCTIONS(vh::ApiKeySource)
};

constexpr qint64 maximumKeyFileSize = 64 * 1024;
constexpr qsizetype maximumKeyLength = 4096;
const char variableName[] = "VAST_API_KEY";

QString noKeyHint()
{
    return Tr::tr("Save the key in Settings, set the environment variable VAST_API_KEY, or pass "
                  "--api-key-file FILE.");
}

void deliverLater(QObject *context, const std::function<void(Result<ApiKey>)> &done,
                  Result<ApiKey> result)
{
    QTimer::singleShot(0, context, [done, result = std::move(result)] { done(result); });
}

// The last stage: the file the vastai CLI keeps, then the final verdict.
void tryVastaiCliFile(const ApiKeyLookup &lookup, const QString &keychainProblem,
                      QPointer<QObject> context, const std::function<void(Result<ApiKey>)> &done)
{
    if (!context)
        return;
    const QString path = vastaiCliKeyFile(lookup.environment);
    if (QFileInfo::exists(path)) {
        Result<QString> key = readApiKeyFile(path);
        if (!key) {
            done(key.error());
            return;
        }
        qCInfo(lcKeychain) << "using the API key from the vastai CLI file" << path;
        done(ApiKey{key.value(), ApiKeyOrigin::VastaiCliFile, path});
        return;
    }
    if (keychainProblem.isEmpty()) {
        done(Error(ErrorKind::Authentication,
                   Tr::tr("No Vast.ai API key was found. %1").arg(noKeyHint())));
        return;
    }
    //: %1 is the keychain's own description of the failure.
    done(Error(ErrorKind::Authentication,
               Tr::tr("No Vast.ai API key was found, and the keychain could not be read (%1). %2")
                   .arg(keychainProblem, noKeyHint()),
               keychainProblem));
}

} // namespace

QString apiKeyOriginDescription(ApiKeyOrigin origin, const QString &path)
{
    switch (origin) {
    case ApiKeyOrigin::KeyFile: return Tr::tr("the file %1").arg(QDir::toNativeSeparators(path));
    case ApiKeyOrigin::Environment: return Tr::tr("the environment variable VAST_API_KEY");
    case ApiKeyOrigin::Keychain: return Tr::tr("the keychain");
    case ApiKeyOrigin::VastaiCliFile:
        return Tr::tr("the vastai CLI's file %1").arg(QDir::toNativeSeparators(path));
    }
    return {};
}

Result<QString> normalizeApiKey(const QString &raw, const QString &whereFrom)
{
    const QString key = raw.trimmed();
    if (key.isEmpty()) {
        //: %1 names where the key came from, e.g. "The file /home/a/key".
        return Error(ErrorKind::Authentication,
                     Tr::tr("%1 holds no API key; it is empty. %2").arg(whereFrom, noKeyHint()));
    }
    if (key.contains(QLatin1Char('\n')) || key.contains(QLatin1Char('\r'))) {
        return Error(ErrorKind::Authentication,
                     Tr::tr("%1 holds several lines, but an API key is one line. Keep only the key "
                            "from the Vast.ai console.")
                         .arg(whereFrom));
    }
    if (key.size() > maximumKeyLength) {
        return Error(ErrorKind::Authentication,
                     Tr::tr("%1 holds %2 characters, far more than an API key. Keep only the key "
                            "from the Vast.ai console.")
                         .arg(whereFrom, QString::number(key.size())));
    }
    for (const QChar character : key) {
        // Anything else would change the meaning of the Authorization header.
        if (character.unicode() < 0x21 || character.unicode() > 0x7e) {
            return Error(ErrorKind::Authentication,
                         Tr::tr("%1 holds spaces or characters that an API key cannot have. Copy "
                                "the key again from the Vast.ai console.")
                             .arg(whereFrom));
        }
    }
    return key;
}

Result<QString> readApiKeyFile(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        //: %1 is a file path, %2 the system's reason.
        return Error(ErrorKind::Usage,
                     Tr::tr("The API key file %1 cannot be read: %2.").arg(shown, file.errorString()));
    }
    if (file.size() > maximumKeyFileSize) {
        return Error(ErrorKind::Authentication,
                     Tr::tr("The API key file %1 is too large to hold an API key.").arg(shown));
    }
    const QByteArray content = file.read(maximumKeyFileSize);
    return normalizeApiKey(QString::fromUtf8(content), Tr::tr("The file %1").arg(shown));
}

QString vastaiCliKeyFile(const QProcessEnvironment &environment)
{
    QString configHome = environment.value(QStringLiteral("XDG_CONFIG_HOME"));
    if (configHome.isEmpty() || QDir::isRelativePath(configHome)) {
        QString home = environment.value(QStringLiteral("HOME"));
        if (home.isEmpty())
            home = QDir::homePath();
        configHome = QDir(home).filePath(QStringLiteral(".config"));
    }
    // NOTE: the vastai CLI also copies a legacy ~/.vast_api_key into this
    // file and prefers a two-factor session key beside it. Neither is read
    // here, because only the account's API key is wanted.
    return QDir(configHome).filePath(QStringLiteral("vastai/vast_api_key"));
}

void resolveApiKey(const ApiKeyLookup &lookup, QObject *context,
                   std::function<void(Result<ApiKey>)> done)
{
    QPointer<QObject> guard(context);
    if (!lookup.keyFile.isEmpty()) {
        Result<QString> key = readApiKeyFile(lookup.keyFile);
        if (!key) {
            deliverLater(context, done, key.error());
            return;
        }
        qCDebug(lcKeychain) << "using the API key from" << lookup.keyFile;
        deliverLater(context, done,
                     ApiKey{key.value(), ApiKeyOrigin::KeyFile, QFileInfo(lookup.keyFile).absoluteFilePath()});
        return;
    }

    const QString variable = lookup.environment.value(QLatin1String(variableName));
    if (!variable.isEmpty()) {
        Result<QString> key = normalizeApiKey(variable, Tr::tr("The environment variable VAST_API_KEY"));
        if (!key) {
            deliverLater(context, done, key.error());
            return;
        }
        qCDebug(lcKeychain) << "using the API key from VAST_API_KEY";
        deliverLater(context, done, ApiKey{key.value(), ApiKeyOrigin::Environment, {}});
        return;
    }

    if (!lookup.useKeychain) {
        QTimer::singleShot(0, context, [lookup, guard, done] {
            tryVastaiCliFile(lookup, {}, guard, done);
        });
        return;
    }

    ApiKeyStore *store = lookup.keychain;
    bool ownStore = false;
    if (!store) {
        store = new ApiKeyStore(context);
        ownStore = true;
    }
    store->readKey(context, [lookup, guard, done, store, ownStore](Result<QString> key) {
        if (ownStore)
            store->deleteLater();
        if (key) {
            done(ApiKey{key.value(), ApiKeyOrigin::Keychain, {}});
            return;
        }
        QString problem;
        if (key.error().kind != ErrorKind::NotFound) {
            problem = key.error().detail.isEmpty() ? key.error().message : key.error().detail;
            qCInfo(lcKeychain).noquote() << "keychain not usable for the API key:" << problem;
        }
        tryVastaiCliFile(lookup, problem, guard, done);
    });
}

} // namespace vh
