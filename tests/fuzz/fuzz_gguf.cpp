#include "fuzzcheck.h"
#include "verify/ggufcheck.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    vh::fuzz::checkInput(data, size, [](QIODevice &device, qint64 length) {
        return vh::checkGguf(device, length);
    });
    return 0;
}
