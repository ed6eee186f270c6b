#include "fuzzcheck.h"
#include "verify/zipcheck.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // With the CRC pass, so that inflating damaged deflate data is fuzzed too.
    vh::FormatCheckOptions options;
    options.zipCrcPass = true;
    vh::fuzz::checkInput(data, size, [&options](QIODevice &device, qint64 length) {
        return vh::checkZip(device, length, options);
    });
    return 0;
}
