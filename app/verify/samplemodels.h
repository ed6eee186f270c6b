#pragma once

#include "verify/ggufcheck.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QtGlobal>

namespace vh {

// Writers of small, valid model files for the tests, the fuzzers' seed
// corpora and the demo mode. Each can also report where it put each field,
// so that tests can break one field at a known offset.

// One GGUF metadata value; build it with the static functions.
struct GgufValue
{
    GgufValueType type = GgufValueType::Uint32;
    quint64 bits = 0; // integer and BOOL values, and the IEEE-754 bits of floats
    QByteArray text;  // STRING
    GgufValueType elementType = GgufValueType::Uint8; // ARRAY
    QList<GgufValue> elements;                         // ARRAY

    static GgufValue uint8(quint8 value);
    static GgufValue int8(qint8 value);
    static GgufValue uint16(quint16 value);
    static GgufValue int16(qint16 value);
    static GgufValue uint32(quint32 value);
    static GgufValue int32(qint32 value);
    static GgufValue float32(float value);
    static GgufValue boolean(bool value);
    static GgufValue string(const QByteArray &value);
    static GgufValue uint64(quint64 value);
    static GgufValue int64(qint64 value);
    static GgufValue float64(double value);
    static GgufValue array(GgufValueType elementType, const QList<GgufValue> &elements);
};

struct GgufKeyValue
{
    QByteArray key;
    GgufValue value;
};

struct GgufTensorSpec
{
    QByteArray name;
    QList<qint64> dims; // ne0 first
    quint32 type = ggml::typeF32;
    qint64 byteSize = -1; // bytes of data to write; -1 computes them from type and dims
};

struct GgufSpec
{
    quint32 version = 3;
    // Alignment used for the layout. Add a general.alignment key to metadata
    // as well when it is not the default 32.
    quint64 alignment = 32;
    QList<GgufKeyValue> metadata;
    QList<GgufTensorSpec> tensors;
    // ggml's and gguf-py's writers pad after every tensor, the last included.
    bool padLastTensor = true;
    // Stop at data_start, leaving out the tensor data, for tests that extend
    // the file sparsely to sizes beyond what a QByteArray can hold.
    bool headerOnly = false;
};

// Byte offsets of the fields makeGguf() wrote.
struct GgufLayout
{
    qint64 tensorCountOffset = 0;
    qint64 metadataCountOffset = 0;
    QList<qint64> keyValueOffsets;          // start of each pair (its key length)
    QList<qint64> tensorInfoOffsets;        // start of each tensor info (its name length)
    QList<qint64> tensorDimensionOffsets;   // first dimension of each tensor
    QList<qint64> tensorTypeOffsets;
    QList<qint64> tensorOffsetFieldOffsets; // the u64 offset field of each tensor info
    qint64 dataStart = 0;
    QList<qint64> tensorDataOffsets;        // absolute file offset of each tensor's data
    QList<qint64> tensorByteSizes;
};

QByteArray makeGguf(const GgufSpec &spec, GgufLayout *layout = nullptr);

// Returns a small llama-style model of the given version (1, 2 or 3): one
// metadata value of every scalar type, string and number arrays, and F32,
// F16, Q8_0, Q4_K and Q6_K tensors, with general.file_type MOSTLY_Q4_K_M.
GgufSpec sampleGgufSpec(quint32 version = 3);

struct SafetensorsTensorSpec
{
    QByteArray name;
    QByteArray dtype;
    QList<qint64> shape;
    qint64 byteSize = -1; // bytes of data to write; -1 computes them from dtype and shape
};

struct SafetensorsSpec
{
    QList<SafetensorsTensorSpec> tensors; // laid out in this order
    QList<QPair<QByteArray, QByteArray>> metadata;
};

struct SafetensorsLayout
{
    qint64 headerLength = 0; // N, padded with spaces to a multiple of 8
    qint64 dataStart = 0;    // 8 + N
    QList<qint64> tensorDataOffsets; // absolute file offset of each tensor's data
};

QByteArray makeSafetensors(const SafetensorsSpec &spec, SafetensorsLayout *layout = nullptr);

// Writes the length field, the header text exactly as given, and dataSize
// bytes of data, for tests that need a header no writer would produce.
QByteArray makeSafetensorsFromHeader(const QByteArray &header, qint64 dataSize);

// Returns a small checkpoint with F32, F16, BF16, I64, BOOL and F4 tensors,
// a scalar, an empty tensor and __metadata__ {"format": "pt"}.
SafetensorsSpec sampleSafetensorsSpec();

struct ZipEntrySpec
{
    QByteArray name;
    QByteArray data;
    bool deflate = false; // store the data when false
};

struct ZipSpec
{
    QList<ZipEntrySpec> entries;
    // Write ZIP64 end records and ZIP64 extra fields even though nothing
    // needs them, as writers do for archives above 4 GiB.
    bool zip64 = false;
    QByteArray comment;
};

struct ZipLayout
{
    QList<qint64> localHeaderOffsets;
    QList<qint64> dataOffsets;
    QList<qint64> centralHeaderOffsets;
    qint64 centralDirectoryOffset = 0;
    qint64 centralDirectorySize = 0;
    qint64 zip64RecordOffset = -1;
    qint64 zip64LocatorOffset = -1;
    qint64 endRecordOffset = 0;
};

QByteArray makeZip(const ZipSpec &spec, ZipLayout *layout = nullptr);

// Returns the entries of a small torch.save() archive: data.pkl, the
// byteorder and version files and two tensor storages, one deflated when
// deflateStorage is true (torch itself stores every entry).
ZipSpec samplePytorchZipSpec(bool deflateStorage = false);

} // namespace vh
