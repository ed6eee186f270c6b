#pragma once

#include "cloud/vastclient.h"
#include "common/result.h"

#include <functional>

class QObject;

namespace vh {

struct CliContext;

// Builds the Vast.ai client for a command from the global options: the API
// URL from --api-url or VASTHARVEST_API_URL, the key from --api-key-file,
// VAST_API_KEY, the keychain or the vastai CLI's file (with a notice on stderr
// when that file is used). done runs once from the event loop, so start it before
// QCoreApplication::exec() and quit from the callbacks.
void createCliVastClient(const CliContext &context, QObject *parent,
                         std::function<void(Result<VastClient *>)> done);

} // namespace vh
