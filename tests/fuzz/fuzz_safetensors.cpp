#include "fuzzcheck.h"
#include "verify/safetensorscheck.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    vh::fuzz::checkInput(data, size, [](QIODevice &device, qint64 length) {
        return vh::checkSafetensors(device, length);
    });
    return 0;
}
