#pragma once

#include "verify/formatcheck.h"

#include <QtGlobal>

#include <atomic>

class QIODevice;

namespace vh {

// Checks a zip archive (PyTorch .pt/.pth/.bin checkpoints, .npz, .zip) read
// from an open, random-access device of the given size. It checks the end of
// central directory record and its ZIP64 form, the central directory, and
// that every entry's local header and data lie inside the file without
// overlap. With options.zipCrcPass it also reads every stored or deflated
// entry and compares its CRC-32 and uncompressed size.
FormatVerdict checkZip(QIODevice &device, qint64 size, const FormatCheckOptions &options = {},
                       const std::atomic_bool *cancelled = nullptr);

} // namespace vh
