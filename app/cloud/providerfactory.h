#pragma once

#include "cloud/vastclient.h"
#include "common/result.h"
#include "settings/apikeysource.h"

#include <QProcessEnvironment>
#include <QString>

#include <functional>

class QObject;

namespace vh {

// Settings for connecting to Vast.ai: the API URL and where to look for the key.
struct VastProviderConfig
{
    QString apiUrl;     // empty: https://console.vast.ai
    QString apiKeyFile; // --api-key-file; empty: VAST_API_KEY, keychain, vastai CLI file
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    bool useKeychain = true;
    VastClientOptions options; // its baseUrl is replaced by apiUrl
};

struct VastProvider
{
    VastClient *client = nullptr; // owned by the parent given to createVastClient
    ApiKeyOrigin keyOrigin = ApiKeyOrigin::Environment;
    QString keyPath; // for the two file origins
};

// Checks the URL, finds the API key and builds a ready client as a child of
// parent. done runs once, later, and not after parent was destroyed; parent
// must not be null.
void createVastClient(const VastProviderConfig &config, QObject *parent,
                      std::function<void(Result<VastProvider>)> done);

} // namespace vh
