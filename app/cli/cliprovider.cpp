#include "cli/cliprovider.h"

#include "cli/clioutput.h"
#include "cli/commands.h"
#include "cloud/providerfactory.h"

#include <QCoreApplication>
#include <QDir>

namespace vh {

void createCliVastClient(const CliContext &context, QObject *parent,
                         std::function<void(Result<VastClient *>)> done)
{
    VastProviderConfig config;
    config.apiUrl = context.global.apiUrl;
    config.apiKeyFile = context.global.apiKeyFile;
    CliOutput *output = &context.output;
    createVastClient(config, parent, [output, done](Result<VastProvider> provider) {
        if (!provider) {
            done(provider.error());
            return;
        }
        if (provider->keyOrigin == ApiKeyOrigin::VastaiCliFile) {
            output->printMessage(
                QCoreApplication::translate("vh::CliProvider",
                                            "Using the Vast.ai API key from the vastai CLI's "
                                            "file %1.")
                    .arg(QDir::toNativeSeparators(provider->keyPath)));
        }
        done(provider->client);
    });
}

} // namespace vh
