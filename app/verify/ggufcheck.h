#pragma once

#include "verify/formatcheck.h"

#include <QList>
#include <QString>
#include <QtGlobal>

#include <atomic>
#include <optional>

class QIODevice;

namespace vh {

// Metadata value type ids of GGUF key/value pairs.
enum class GgufValueType : quint32 {
    Uint8 = 0,
    Int8 = 1,
    Uint16 = 2,
    Int16 = 3,
    Uint32 = 4,
    Int32 = 5,
    Float32 = 6,
    Bool = 7,
    String = 8,
    Array = 9,
    Uint64 = 10,
    Int64 = 11,
    Float64 = 12,
};

// Ids of enum ggml_type that the tests and sample files name directly.
namespace ggml {
constexpr quint32 typeF32 = 0;
constexpr quint32 typeF16 = 1;
constexpr quint32 typeQ4_0 = 2;
constexpr quint32 typeQ8_0 = 8;
constexpr quint32 typeQ4_K = 12;
constexpr quint32 typeQ6_K = 14;
constexpr quint32 typeI32 = 26;
constexpr quint32 typeBF16 = 30;
constexpr quint32 typeMxfp4 = 39;
} // namespace ggml

// Block layout of one ggml tensor type: a row of ne0 elements is stored as
// ne0 / blockElements blocks of blockBytes each.
struct GgmlTypeTraits
{
    const char *name = nullptr;
    qint64 blockElements = 0;
    qint64 blockBytes = 0;
    bool removed = false; // id was dropped from ggml, which rejects it in files
};

// Returns the traits of a ggml type id, or nothing for an id this build does
// not know (ggml keeps adding types).
std::optional<GgmlTypeTraits> ggmlTypeTraits(quint32 type);

// Returns the data size of a tensor of this type and shape (ne0 first).
// Returns nothing for an unknown or removed type, a negative dimension, an
// ne0 that is not a multiple of the block size, or a size beyond qint64.
std::optional<qint64> ggmlTensorBytes(quint32 type, const QList<qint64> &dims);

// Returns the llama.cpp name of a general.file_type value without its
// LLAMA_FTYPE_ prefix, e.g. "MOSTLY_Q4_K_M", or the number as text when the
// value is not in the table.
QString ggufFileTypeName(quint64 fileType);

// Checks a GGUF v1, v2 or v3 file read from an open, random-access device of
// the given size. Reads only the header and tensor infos, never tensor data.
FormatVerdict checkGguf(QIODevice &device, qint64 size,
                        const std::atomic_bool *cancelled = nullptr);

} // namespace vh
