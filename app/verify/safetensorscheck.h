#pragma once

#include "verify/formatcheck.h"

#include <QByteArray>
#include <QtGlobal>

#include <atomic>
#include <optional>

class QIODevice;

namespace vh {

// MAX_HEADER_SIZE of the reference parser (huggingface/safetensors tensor.rs).
constexpr qint64 safetensorsMaxHeaderSize = 100'000'000;

// Returns the bits per element of a safetensors dtype ("F16" -> 16, "F4" ->
// 4), or nothing for a dtype this build does not know.
std::optional<int> safetensorsDtypeBits(const QByteArray &dtype);

// Checks a safetensors file read from an open, random-access device of the
// given size. It checks the 8-byte header length, the JSON header (UTF-8, one
// object, no duplicate keys) and each tensor's dtype, shape and data_offsets.
// The tensors must cover the byte buffer exactly, with no hole, overlap or
// extra bytes. Reads the header only, never tensor data.
FormatVerdict checkSafetensors(QIODevice &device, qint64 size,
                               const std::atomic_bool *cancelled = nullptr);

} // namespace vh
