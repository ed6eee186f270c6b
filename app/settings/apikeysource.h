#pragma once

#include "common/result.h"

#include <QProcessEnvironment>
#include <QString>

#include <functional>

class QObject;

namespace vh {

class ApiKeyStore;

// Source of a Vast.ai API key.
enum class ApiKeyOrigin {
    KeyFile,       // --api-key-file FILE
    Environment,   // VAST_API_KEY
    Keychain,      // saved by Vast Harvest in the OS keychain
    VastaiCliFile, // written by the official vastai CLI; a candidate for import
};

// Translated phrase for messages, e.g. "the environment variable VAST_API_KEY".
QString apiKeyOriginDescription(ApiKeyOrigin origin, const QString &path = {});

struct ApiKey
{
    QString value; // never logged, printed or written anywhere but the keychain
    ApiKeyOrigin origin = ApiKeyOrigin::Environment;
    QString path; // the file it came from, for the two file origins
};

struct ApiKeyLookup
{
    QString keyFile; // --api-key-file; when set, nothing else is consulted
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    bool useKeychain = true;
    ApiKeyStore *keychain = nullptr; // null: a store with the default names
};

// Trims surrounding whitespace and rejects an empty key, a key of several
// lines and characters that cannot go into an HTTP header. whereFrom names
// the source in the message, e.g. "The file /x/key".
Result<QString> normalizeApiKey(const QString &raw, const QString &whereFrom);

// Reads and checks a key file (small text file, one line).
Result<QString> readApiKeyFile(const QString &path);

// $XDG_CONFIG_HOME/vastai/vast_api_key, by default ~/.config/vastai/vast_api_key.
QString vastaiCliKeyFile(const QProcessEnvironment &environment);

// Finds the API key in this order: lookup.keyFile, VAST_API_KEY, the
// keychain, the vastai CLI's file. A problem with a source that was given
// explicitly (key file, variable) is reported rather than skipped. done runs
// once, later, and not after context (which must not be null) was destroyed.
void resolveApiKey(const ApiKeyLookup &lookup, QObject *context,
                   std::function<void(Result<ApiKey>)> done);

} // namespace vh
