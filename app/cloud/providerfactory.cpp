#include "cloud/providerfactory.h"

#include "common/logging.h"

#include <QPointer>
#include <QTimer>

namespace vh {

void createVastClient(const VastProviderConfig &config, QObject *parent,
                      std::function<void(Result<VastProvider>)> done)
{
    const QString urlText =
        config.apiUrl.isEmpty() ? VastClientOptions().baseUrl.toString() : config.apiUrl;
    Result<QUrl> url = VastClient::parseBaseUrl(urlText);
    if (!url) {
        QTimer::singleShot(0, parent, [done, error = url.error()] { done(error); });
        return;
    }

    ApiKeyLookup lookup;
    lookup.keyFile = config.apiKeyFile;
    lookup.environment = config.environment;
    lookup.useKeychain = config.useKeychain;
    QPointer<QObject> guard(parent);
    VastClientOptions options = config.options;
    options.baseUrl = url.value();
    resolveApiKey(lookup, parent, [guard, options, done](Result<ApiKey> key) {
        if (!guard)
            return;
        if (!key) {
            done(key.error());
            return;
        }
        qCDebug(lcCloud).noquote() << "using the Vast.ai API at"
                                  << options.baseUrl.toDisplayString() << "with the key from"
                                  << apiKeyOriginDescription(key->origin, key->path);
        VastProvider provider;
        provider.client = new VastClient(key->value, options, guard);
        provider.keyOrigin = key->origin;
        provider.keyPath = key->path;
        done(provider);
    });
}

} // namespace vh
