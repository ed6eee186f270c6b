#include "verify/ggufcheck.h"

#include "verify/checksupport.h"
#include "verify/streamreader.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QSet>
#include <QtEndian>

#include <cstring>
#include <limits>
#include <vector>

namespace vh {

namespace {

struct Tr final
{
    Q_DECLARE_TR_FUNCTIONS(vh::GgufCheck)
};

// The ggml type table (ggml.c type_traits[] and the block structs of
// ggml-common.h). Removed ids keep their row so that messages can name them.
struct TypeRow
{
    quint32 id;
    GgmlTypeTraits traits;
};

constexpr TypeRow typeTable[] = {
    {0, {"F32", 1, 4}},
    {1, {"F16", 1, 2}},
    {2, {"Q4_0", 32, 18}},
    {3, {"Q4_1", 32, 20}},
    {4, {"Q4_2", 0, 0, true}},
    {5, {"Q4_3", 0, 0, true}},
    {6, {"Q5_0", 32, 22}},
    {7, {"Q5_1", 32, 24}},
    {8, {"Q8_0", 32, 34}},
    {9, {"Q8_1", 32, 36}},
    {10, {"Q2_K", 256, 84}},
    {11, {"Q3_K", 256, 110}},
    {12, {"Q4_K", 256, 144}},
    {13, {"Q5_K", 256, 176}},
    {14, {"Q6_K", 256, 210}},
    {15, {"Q8_K", 256, 292}},
    {16, {"IQ2_XXS", 256, 66}},
    {17, {"IQ2_XS", 256, 74}},
    {18, {"IQ3_XXS", 256, 98}},
    {19, {"IQ1_S", 256, 50}},
    {20, {"IQ4_NL", 32, 18}},
    {21, {"IQ3_S", 256, 110}},
    {22, {"IQ2_S", 256, 82}},
    {23, {"IQ4_XS", 256, 136}},
    {24, {"I8", 1, 1}},
    {25, {"I16", 1, 2}},
    {26, {"I32", 1, 4}},
    {27, {"I64", 1, 8}},
    {28, {"F64", 1, 8}},
    {29, {"IQ1_M", 256, 56}},
    {30, {"BF16", 1, 2}},
    {31, {"Q4_0_4_4", 0, 0, true}},
    {32, {"Q4_0_4_8", 0, 0, true}},
    {33, {"Q4_0_8_8", 0, 0, true}},
    {34, {"TQ1_0", 256, 54}},
    {35, {"TQ2_0", 256, 66}},
    {36, {"IQ4_NL_4_4", 0, 0, true}},
    {37, {"IQ4_NL_4_8", 0, 0, true}},
    {38, {"IQ4_NL_8_8", 0, 0, true}},
    {39, {"MXFP4", 32, 17}},
    {40, {"NVFP4", 64, 36}},
    {41, {"Q1_0", 128, 18}},
    {42, {"Q2_0", 64, 18}},
};

// enum llama_ftype of llama.cpp's llama.h; 4-6 and 33-35 are no longer
// written but still name what old files contain.
const char *const fileTypeNames[] = {
    /*  0 */ "ALL_F32", "MOSTLY_F16", "MOSTLY_Q4_0", "MOSTLY_Q4_1",
    /*  4 */ "MOSTLY_Q4_1_SOME_F16", "MOSTLY_Q4_2", "MOSTLY_Q4_3", "MOSTLY_Q8_0",
    /*  8 */ "MOSTLY_Q5_0", "MOSTLY_Q5_1", "MOSTLY_Q2_K", "MOSTLY_Q3_K_S",
    /* 12 */ "MOSTLY_Q3_K_M", "MOSTLY_Q3_K_L", "MOSTLY_Q4_K_S", "MOSTLY_Q4_K_M",
    /* 16 */ "MOSTLY_Q5_K_S", "MOSTLY_Q5_K_M", "MOSTLY_Q6_K", "MOSTLY_IQ2_XXS",
    /* 20 */ "MOSTLY_IQ2_XS", "MOSTLY_Q2_K_S", "MOSTLY_IQ3_XS", "MOSTLY_IQ3_XXS",
    /* 24 */ "MOSTLY_IQ1_S", "MOSTLY_IQ4_NL", "MOSTLY_IQ3_S", "MOSTLY_IQ3_M",
    /* 28 */ "MOSTLY_IQ2_S", "MOSTLY_IQ2_M", "MOSTLY_IQ4_XS", "MOSTLY_IQ1_M",
    /* 32 */ "MOSTLY_BF16", "MOSTLY_Q4_0_4_4", "MOSTLY_Q4_0_4_8", "MOSTLY_Q4_0_8_8",
    /* 36 */ "MOSTLY_TQ1_0", "MOSTLY_TQ2_0", "MOSTLY_MXFP4_MOE",
};
// llama.cpp ORs this into file_type when it guessed the type from the tensors.
constexpr quint64 fileTypeGuessedFlag = 1024;

const char *const valueTypeNames[] = {
    "UINT8", "INT8", "UINT16", "INT16", "UINT32", "INT32", "FLOAT32",
    "BOOL", "STRING", "ARRAY", "UINT64", "INT64", "FLOAT64",
};
constexpr quint32 valueTypeCount = 13;
// Encoded width of each scalar value type; 0 for STRING and ARRAY.
constexpr qint64 valueTypeWidths[] = {1, 1, 2, 2, 4, 4, 4, 1, 0, 0, 8, 8, 8};

constexpr char ggufMagic[4] = {'G', 'G', 'U', 'F'};
constexpr quint64 defaultAlignment = 32;
// ggml's GGML_MAX_NAME is 64 including the terminating NUL.
constexpr quint64 maxTensorNameLength = 63;
// GGML_MAX_DIMS.
constexpr quint32 maxDimensions = 4;
// GGUF_MAX_STRING_LENGTH and the array element limit of ggml's gguf.cpp.
constexpr quint64 maxStringLength = quint64(1) << 30;
constexpr quint64 maxArrayElements = quint64(1) << 30;
// The GGUF spec limits keys to 65535 bytes. ggml accepts up to 1 GiB, but
// every key is kept in memory to detect duplicates, so the spec limit applies.
constexpr quint64 maxKeyLength = 65535;
// The spec allows arrays of arrays, although ggml rejects them. Deeper
// nesting than this is taken for corruption, and it bounds the recursion.
constexpr int maxArrayDepth = 16;
// Bytes of a string value kept for facts such as general.architecture.
constexpr qint64 factTextLimit = 256;
// Items parsed between two looks at the cancellation flag.
constexpr quint64 cancelInterval = 4096;


QString valueTypeName(quint32 type)
{
    return type < valueTypeCount ? QLatin1String(valueTypeNames[type])
                                 : QString::number(type);
}

// A top-level metadata value, kept only as far as the facts need it.
struct ScalarValue
{
    bool isInteger = false;
    bool isNegative = false;
    quint64 magnitude = 0;
    QByteArray text; // first factTextLimit bytes of a STRING
};

struct TensorInfo
{
    QByteArray name;
    qint64 offsetFieldPosition = 0;
    quint64 offset = 0;
    qint64 bytes = -1; // -1 when the type is unknown
    quint32 type = 0;
};

class GgufParser final
{
    Q_DISABLE_COPY_MOVE(GgufParser)

public:
    GgufParser(QIODevice &device, qint64 size, const std::atomic_bool *cancelled)
        : m_reader(device, size), m_cancelled(cancelled)
    {
    }

    FormatVerdict run();

private:
    bool parseHeader();
    bool parseMetadata();
    bool parseKeyValue();
    bool parseValue(quint32 type, int depth, ScalarValue *scalar);
    bool parseArray(int depth);
    bool readKey(QByteArray &key);
    bool readString(QByteArray *prefix);
    bool readCount(quint64 &value);
    bool recordFact(const QByteArray &key, quint32 type, const ScalarValue &value,
                    qint64 typePosition, qint64 valuePosition);
    bool parseTensorInfos();
    bool parseTensorInfo();
    bool checkDataLayout();
    bool fail(qint64 offset, const QString &problem);
    bool readFailed();
    bool checkCancelled(quint64 counter);

    StreamReader m_reader;
    const std::atomic_bool *m_cancelled = nullptr;
    quint32 m_version = 0;
    quint64 m_tensorCount = 0;
    quint64 m_metadataCount = 0;
    quint64 m_alignment = defaultAlignment;
    QSet<QByteArray> m_keys;
    QSet<QByteArray> m_tensorNames;
    std::vector<TensorInfo> m_tensors;
    qint64 m_dataStart = 0;
    quint64 m_parameterCount = 0;
    QVariantMap m_tensorTypes;
    qint64 m_unknownTypePosition = -1;
    quint32 m_unknownType = 0;
    QByteArray m_unknownTypeTensor;
    QVariantMap m_facts;
    std::optional<FormatVerdict> m_problem;
};

bool GgufParser::fail(qint64 offset, const QString &problem)
{
    m_problem = problemVerdict(ModelFormat::Gguf, FormatStatus::Invalid, offset, problem);
    return false;
}

bool GgufParser::readFailed()
{
    m_problem = readFailureVerdict(ModelFormat::Gguf, m_reader);
    return false;
}

bool GgufParser::checkCancelled(quint64 counter)
{
    if (counter % cancelInterval != 0 || !isCancelled(m_cancelled))
        return false;
    m_problem = cancelledVerdict(ModelFormat::Gguf);
    return true;
}

bool GgufParser::readCount(quint64 &value)
{
    if (m_version == 1) {
        quint32 narrow = 0;
        if (!m_reader.readU32(narrow))
            return false;
        value = narrow;
        return true;
    }
    return m_reader.readU64(value);
}

bool GgufParser::parseHeader()
{
    const qint64 size = m_reader.size();
    if (size < qint64(sizeof ggufMagic)) {
        return fail(0, Tr::tr("file of %1 bytes is too small to hold the GGUF magic").arg(size));
    }
    char magic[4];
    if (!m_reader.read(magic, sizeof magic))
        return readFailed();
    if (std::memcmp(magic, ggufMagic, sizeof magic) != 0) {
        return fail(0, Tr::tr("bad magic %1, expected \"GGUF\" (47 47 55 46)")
                           .arg(QString::fromLatin1(QByteArray(magic, 4).toHex(' '))));
    }

    if (!m_reader.readU32(m_version))
        return readFailed();
    if (m_version == 0)
        return fail(4, Tr::tr("unsupported GGUF version 0"));
    if ((m_version & 0xFFFFu) == 0) {
        // ggml's rule: a big-endian file read on a little-endian host shows
        // its version in the high half.
        return fail(4, Tr::tr("version field 0x%1 looks byte-swapped; big-endian GGUF files "
                              "are not supported")
                           .arg(m_version, 8, 16, QLatin1Char('0')));
    }
    if (m_version > 3)
        return fail(4, Tr::tr("unsupported GGUF version %1 (supported: 1, 2 and 3)").arg(m_version));
    m_facts.insert(QStringLiteral("version"), int(m_version));

    const qint64 headerSize = m_version == 1 ? 16 : 24;
    if (size < headerSize) {
        return fail(8, Tr::tr("file of %1 bytes ends inside the %2-byte GGUF v%3 header")
                           .arg(size)
                           .arg(headerSize)
                           .arg(m_version));
    }
    const qint64 tensorCountPosition = m_reader.position();
    if (!readCount(m_tensorCount))
        return readFailed();
    const qint64 metadataCountPosition = m_reader.position();
    if (!readCount(m_metadataCount))
        return readFailed();

    // Both counts are bounded by the bytes present before anything is
    // allocated or looped over. A tensor info takes at least an empty name,
    // n_dims, type and offset. A key/value pair takes at least a one-byte
    // key, its type and a one-byte value.
    const quint64 lengthWidth = m_version == 1 ? 4 : 8;
    const quint64 minTensorInfo = lengthWidth + 4 + 4 + 8;
    const quint64 minKeyValue = lengthWidth + 1 + 4 + 1;
    const quint64 left = quint64(m_reader.remaining());
    if (m_tensorCount > left / minTensorInfo) {
        return fail(tensorCountPosition,
                    Tr::tr("tensor count %1 cannot fit in the %2 bytes after the header "
                           "(each tensor info takes at least %3 bytes)")
                        .arg(m_tensorCount)
                        .arg(left)
                        .arg(minTensorInfo));
    }
    const quint64 leftForMetadata = left - m_tensorCount * minTensorInfo;
    if (m_metadataCount > leftForMetadata / minKeyValue) {
        return fail(metadataCountPosition,
                    Tr::tr("metadata count %1 cannot fit in the %2 bytes after the header and "
                           "tensor infos (each key/value pair takes at least %3 bytes)")
                        .arg(m_metadataCount)
                        .arg(leftForMetadata)
                        .arg(minKeyValue));
    }
    m_facts.insert(QStringLiteral("tensor_count"), factNumber(m_tensorCount));
    m_facts.insert(QStringLiteral("metadata_count"), factNumber(m_metadataCount));
    return true;
}

bool GgufParser::readString(QByteArray *prefix)
{
    const qint64 position = m_reader.position();
    quint64 length = 0;
    if (!readCount(length))
        return readFailed();
    if (length > quint64(m_reader.remaining())) {
        return fail(position, Tr::tr("string length %1 exceeds the %2 bytes left in the file")
                                  .arg(length)
                                  .arg(m_reader.remaining()));
    }
    if (length > maxStringLength) {
        return fail(position,
                    Tr::tr("string length %1 exceeds ggml's limit of 1 GiB").arg(length));
    }
    qint64 skipped = qint64(length);
    if (prefix) {
        const qint64 prefixLength = qMin(qint64(length), factTextLimit);
        prefix->resize(prefixLength);
        if (!m_reader.read(prefix->data(), prefixLength))
            return readFailed();
        skipped -= prefixLength;
    }
    if (!m_reader.skip(skipped))
        return readFailed();
    return true;
}

bool GgufParser::readKey(QByteArray &key)
{
    const qint64 position = m_reader.position();
    quint64 length = 0;
    if (!readCount(length))
        return readFailed();
    if (length > quint64(m_reader.remaining())) {
        return fail(position, Tr::tr("key length %1 exceeds the %2 bytes left in the file")
                                  .arg(length)
                                  .arg(m_reader.remaining()));
    }
    if (length == 0)
        return fail(position, Tr::tr("metadata key is empty"));
    if (length > maxKeyLength) {
        return fail(position, Tr::tr("key length %1 exceeds the GGUF limit of %2 bytes")
                                  .arg(length)
                                  .arg(maxKeyLength));
    }
    key.resize(qsizetype(length));
    if (!m_reader.read(key.data(), qint64(length)))
        return readFailed();
    return true;
}

bool GgufParser::parseValue(quint32 type, int depth, ScalarValue *scalar)
{
    if (type == quint32(GgufValueType::String))
        return readString(scalar ? &scalar->text : nullptr);
    if (type == quint32(GgufValueType::Array))
        return parseArray(depth + 1);

    const qint64 width = valueTypeWidths[type];
    uchar bytes[8] = {};
    if (!m_reader.read(reinterpret_cast<char *>(bytes), width))
        return readFailed();
    if (!scalar)
        return true;

    switch (GgufValueType(type)) {
    case GgufValueType::Uint8:
    case GgufValueType::Uint16:
    case GgufValueType::Uint32:
    case GgufValueType::Uint64:
    case GgufValueType::Bool:
        scalar->isInteger = true;
        scalar->magnitude = qFromLittleEndian<quint64>(bytes);
        break;
    case GgufValueType::Int8:
    case GgufValueType::Int16:
    case GgufValueType::Int32:
    case GgufValueType::Int64: {
        scalar->isInteger = true;
        const quint64 raw = qFromLittleEndian<quint64>(bytes);
        const int shift = int(64 - 8 * width);
        // Sign-extend through an arithmetic shift of the value's top bit.
        const qint64 signedValue = qint64(raw << shift) >> shift;
        scalar->isNegative = signedValue < 0;
        scalar->magnitude = signedValue < 0 ? quint64(0) - quint64(signedValue)
                                            : quint64(signedValue);
        break;
    }
    default:
        break;
    }
    return true;
}

bool GgufParser::parseArray(int depth)
{
    const qint64 typePosition = m_reader.position();
    quint32 elementType = 0;
    if (!m_reader.readU32(elementType))
        return readFailed();
    if (elementType >= valueTypeCount) {
        return fail(typePosition, Tr::tr("array has unknown element type %1").arg(elementType));
    }
    if (elementType == quint32(GgufValueType::Array) && depth >= maxArrayDepth) {
        return fail(typePosition,
                    Tr::tr("arrays are nested more than %1 levels deep").arg(maxArrayDepth));
    }
    const qint64 countPosition = m_reader.position();
    quint64 count = 0;
    if (!readCount(count))
        return readFailed();
    if (count > maxArrayElements) {
        return fail(countPosition, Tr::tr("array of %1 elements exceeds ggml's limit of 2^30")
                                       .arg(count));
    }

    const quint64 lengthWidth = m_version == 1 ? 4 : 8;
    quint64 minElement = quint64(valueTypeWidths[elementType]);
    if (elementType == quint32(GgufValueType::String))
        minElement = lengthWidth;
    else if (elementType == quint32(GgufValueType::Array))
        minElement = 4 + lengthWidth;
    const quint64 left = quint64(m_reader.remaining());
    if (count > left / minElement) {
        return fail(countPosition,
                    Tr::tr("array of %1 %2 elements cannot fit in the %3 bytes left in the file")
                        .arg(count)
                        .arg(valueTypeName(elementType))
                        .arg(left));
    }

    if (elementType != quint32(GgufValueType::String)
        && elementType != quint32(GgufValueType::Array)) {
        if (!m_reader.skip(qint64(count * minElement)))
            return readFailed();
        return true;
    }
    for (quint64 i = 0; i < count; ++i) {
        if (checkCancelled(i + 1))
            return false;
        if (!parseValue(elementType, depth, nullptr))
            return false;
    }
    return true;
}

bool GgufParser::recordFact(const QByteArray &key, quint32 type, const ScalarValue &value,
                            qint64 typePosition, qint64 valuePosition)
{
    const bool isString = type == quint32(GgufValueType::String);
    if (key == "general.alignment") {
        if (type != quint32(GgufValueType::Uint32)) {
            return fail(typePosition, Tr::tr("general.alignment has value type %1, expected UINT32")
                                          .arg(valueTypeName(type)));
        }
        if (value.magnitude == 0 || (value.magnitude & (value.magnitude - 1)) != 0) {
            return fail(valuePosition,
                        Tr::tr("general.alignment %1 is not a non-zero power of two")
                            .arg(value.magnitude));
        }
        m_alignment = value.magnitude;
    } else if (key == "general.architecture" && isString) {
        m_facts.insert(QStringLiteral("architecture"), QString::fromUtf8(value.text));
    } else if (key == "general.name" && isString) {
        m_facts.insert(QStringLiteral("name"), QString::fromUtf8(value.text));
    } else if (key == "general.file_type" && value.isInteger && !value.isNegative) {
        m_facts.insert(QStringLiteral("file_type"), ggufFileTypeName(value.magnitude));
        m_facts.insert(QStringLiteral("file_type_id"), factNumber(value.magnitude));
    } else if (key == "split.no" && value.isInteger) {
        m_facts.insert(QStringLiteral("split_no"), factNumber(value.magnitude));
    } else if (key == "split.count" && value.isInteger) {
        m_facts.insert(QStringLiteral("split_count"), factNumber(value.magnitude));
    }
    return true;
}

bool GgufParser::parseKeyValue()
{
    const qint64 pairPosition = m_reader.position();
    QByteArray key;
    if (!readKey(key))
        return false;
    if (m_keys.contains(key))
        return fail(pairPosition, Tr::tr("duplicate metadata key '%1'").arg(printableName(key)));
    m_keys.insert(key);

    const qint64 typePosition = m_reader.position();
    quint32 type = 0;
    if (!m_reader.readU32(type))
        return readFailed();
    if (type >= valueTypeCount) {
        return fail(typePosition, Tr::tr("metadata key '%1' has unknown value type %2")
                                      .arg(printableName(key))
                                      .arg(type));
    }
    const qint64 valuePosition = m_reader.position();
    ScalarValue value;
    if (!parseValue(type, 0, &value))
        return false;
    return recordFact(key, type, value, typePosition, valuePosition);
}

bool GgufParser::parseMetadata()
{
    for (quint64 i = 0; i < m_metadataCount; ++i) {
        if (checkCancelled(i + 1))
            return false;
        if (!parseKeyValue())
            return false;
    }
    m_facts.insert(QStringLiteral("alignment"), factNumber(m_alignment));
    return true;
}

bool GgufParser::parseTensorInfo()
{
    const qint64 infoPosition = m_reader.position();
    quint64 nameLength = 0;
    if (!readCount(nameLength))
        return readFailed();
    if (nameLength > quint64(m_reader.remaining())) {
        return fail(infoPosition, Tr::tr("tensor name length %1 exceeds the %2 bytes left in the "
                                         "file")
                                      .arg(nameLength)
                                      .arg(m_reader.remaining()));
    }
    if (nameLength > maxTensorNameLength) {
        return fail(infoPosition, Tr::tr("tensor name length %1 exceeds ggml's limit of %2 bytes")
                                      .arg(nameLength)
                                      .arg(maxTensorNameLength));
    }
    TensorInfo tensor;
    tensor.name.resize(qsizetype(nameLength));
    if (!m_reader.read(tensor.name.data(), qint64(nameLength)))
        return readFailed();
    const QString name = printableName(tensor.name);
    if (m_tensorNames.contains(tensor.name))
        return fail(infoPosition, Tr::tr("duplicate tensor name '%1'").arg(name));
    m_tensorNames.insert(tensor.name);

    const qint64 dimensionCountPosition = m_reader.position();
    quint32 dimensionCount = 0;
    if (!m_reader.readU32(dimensionCount))
        return readFailed();
    if (dimensionCount > maxDimensions) {
        return fail(dimensionCountPosition,
                    Tr::tr("tensor '%1' has %2 dimensions, more than ggml's limit of %3")
                        .arg(name)
                        .arg(dimensionCount)
                        .arg(maxDimensions));
    }
    QList<qint64> dims;
    quint64 elements = 1;
    for (quint32 d = 0; d < dimensionCount; ++d) {
        const qint64 dimensionPosition = m_reader.position();
        quint64 raw = 0;
        if (!readCount(raw))
            return readFailed();
        // ggml reads dimensions as int64_t, so the top bit means negative.
        if (raw > quint64(std::numeric_limits<qint64>::max())) {
            return fail(dimensionPosition, Tr::tr("dimension %1 of tensor '%2' is negative (%3)")
                                               .arg(d)
                                               .arg(name)
                                               .arg(qint64(raw)));
        }
        dims.append(qint64(raw));
        const auto product = checkedMultiply(elements, raw);
        if (!product || *product > quint64(std::numeric_limits<qint64>::max())) {
            return fail(dimensionPosition,
                        Tr::tr("element count of tensor '%1' overflows 64 bits").arg(name));
        }
        elements = *product;
    }

    const qint64 typePosition = m_reader.position();
    if (!m_reader.readU32(tensor.type))
        return readFailed();
    const auto traits = ggmlTypeTraits(tensor.type);
    if (!traits) {
        if (m_unknownTypePosition < 0) {
            m_unknownTypePosition = typePosition;
            m_unknownType = tensor.type;
            m_unknownTypeTensor = tensor.name;
        }
    } else if (traits->removed) {
        return fail(typePosition, Tr::tr("tensor '%1' has type %2 (%3), which ggml no longer "
                                         "supports")
                                      .arg(name)
                                      .arg(tensor.type)
                                      .arg(QLatin1String(traits->name)));
    } else {
        const qint64 rowLength = dims.isEmpty() ? 1 : dims.first();
        if (rowLength % traits->blockElements != 0) {
            return fail(typePosition,
                        Tr::tr("tensor '%1': row length %2 is not a multiple of the %3 block size "
                               "%4")
                            .arg(name)
                            .arg(rowLength)
                            .arg(QLatin1String(traits->name))
                            .arg(traits->blockElements));
        }
        const auto bytes = ggmlTensorBytes(tensor.type, dims);
        if (!bytes)
            return fail(typePosition, Tr::tr("byte size of tensor '%1' overflows 64 bits").arg(name));
        tensor.bytes = *bytes;
        const QString typeName = QLatin1String(traits->name);
        m_tensorTypes.insert(typeName, m_tensorTypes.value(typeName).toLongLong() + 1);
    }
    m_parameterCount = checkedAdd(m_parameterCount, elements)
                           .value_or(std::numeric_limits<quint64>::max());

    tensor.offsetFieldPosition = m_reader.position();
    if (!m_reader.readU64(tensor.offset))
        return readFailed();
    m_tensors.push_back(std::move(tensor));
    return true;
}

bool GgufParser::parseTensorInfos()
{
    for (quint64 i = 0; i < m_tensorCount; ++i) {
        if (checkCancelled(i + 1))
            return false;
        if (!parseTensorInfo())
            return false;
    }
    m_facts.insert(QStringLiteral("parameter_count"), factNumber(m_parameterCount));
    m_facts.insert(QStringLiteral("tensor_types"), m_tensorTypes);
    return true;
}

bool GgufParser::checkDataLayout()
{
    const qint64 infoEnd = m_reader.position();
    const quint64 size = quint64(m_reader.size());
    // ggml moves to the aligned data section only when there are tensors.
    quint64 dataStart = quint64(infoEnd);
    if (m_tensorCount > 0) {
        const auto aligned = alignUp(quint64(infoEnd), m_alignment);
        if (!aligned || *aligned > size) {
            return fail(infoEnd, Tr::tr("data section would start at byte %1, past the end of the "
                                        "file (%2 bytes)")
                                     .arg(aligned.value_or(std::numeric_limits<quint64>::max()))
                                     .arg(size));
        }
        dataStart = *aligned;
    }
    m_dataStart = qint64(dataStart);
    m_facts.insert(QStringLiteral("data_offset"), m_dataStart);

    // ggml's rule, stricter than the spec: walking the tensor infos in order,
    // each offset equals the sum of the previous sizes, each padded to the
    // alignment. After a tensor of unknown type the size is unknown, so the
    // next offset only has to be aligned and not lie before it.
    quint64 expected = 0;
    bool expectedKnown = true;
    for (const TensorInfo &tensor : m_tensors) {
        const QString name = printableName(tensor.name);
        if (tensor.offset % m_alignment != 0) {
            return fail(tensor.offsetFieldPosition,
                        Tr::tr("tensor '%1' has offset %2, which is not a multiple of the "
                               "alignment %3")
                            .arg(name)
                            .arg(tensor.offset)
                            .arg(m_alignment));
        }
        if (expectedKnown && tensor.offset != expected) {
            return fail(tensor.offsetFieldPosition,
                        Tr::tr("tensor '%1' has offset %2, expected %3: tensor data must follow the "
                               "order of the tensor infos without gaps or overlaps")
                            .arg(name)
                            .arg(tensor.offset)
                            .arg(expected));
        }
        if (!expectedKnown && tensor.offset < expected) {
            return fail(tensor.offsetFieldPosition,
                        Tr::tr("tensor '%1' has offset %2, before the offset %3 of the tensor "
                               "declared before it")
                            .arg(name)
                            .arg(tensor.offset)
                            .arg(expected));
        }
        if (tensor.bytes < 0) {
            expected = tensor.offset;
            expectedKnown = false;
            continue;
        }
        const auto padded = alignUp(quint64(tensor.bytes), m_alignment);
        const auto next = padded ? checkedAdd(tensor.offset, *padded) : std::nullopt;
        if (!next) {
            return fail(tensor.offsetFieldPosition,
                        Tr::tr("end of tensor '%1' overflows 64 bits").arg(name));
        }
        expected = *next;
        expectedKnown = true;
    }

    // llama.cpp's bounds rule: every tensor's data lies inside the file. The
    // final tensor's trailing padding is not required.
    for (const TensorInfo &tensor : m_tensors) {
        const QString name = printableName(tensor.name);
        const auto start = checkedAdd(dataStart, tensor.offset);
        if (!start || *start > size) {
            return fail(tensor.offsetFieldPosition,
                        Tr::tr("data of tensor '%1' starts past the end of the file (%2 bytes)")
                            .arg(name)
                            .arg(size));
        }
        if (tensor.bytes < 0)
            continue;
        const auto end = checkedAdd(*start, quint64(tensor.bytes));
        if (!end || *end > size) {
            return fail(qint64(*start),
                        Tr::tr("data of tensor '%1' ends at byte %2, past the end of the file "
                               "(%3 bytes); the file is truncated or the header is corrupt")
                            .arg(name)
                            .arg(end.value_or(std::numeric_limits<quint64>::max()))
                            .arg(size));
        }
    }
    return true;
}

FormatVerdict GgufParser::run()
{
    if (isCancelled(m_cancelled))
        return cancelledVerdict(ModelFormat::Gguf);
    const bool parsed = parseHeader() && parseMetadata() && parseTensorInfos()
                        && checkDataLayout();
    FormatVerdict verdict;
    if (!parsed) {
        verdict = *m_problem;
    } else if (m_unknownTypePosition >= 0) {
        // A newer ggml may know the type, so this is no proof of corruption.
        // Without its block size the tensor cannot be sized, so it is no pass.
        verdict = problemVerdict(ModelFormat::Gguf, FormatStatus::NotChecked,
                                 m_unknownTypePosition,
                                 Tr::tr("unknown tensor type %1 in tensor '%2'")
                                     .arg(m_unknownType)
                                     .arg(printableName(m_unknownTypeTensor)));
    } else {
        verdict.format = ModelFormat::Gguf;
        verdict.status = FormatStatus::Valid;
    }
    if (!verdict.cancelled) {
        for (auto it = m_facts.cbegin(); it != m_facts.cend(); ++it)
            verdict.facts.insert(it.key(), it.value());
    }
    return verdict;
}

} // namespace

std::optional<GgmlTypeTraits> ggmlTypeTraits(quint32 type)
{
    for (const TypeRow &row : typeTable) {
        if (row.id == type)
            return row.traits;
    }
    return std::nullopt;
}

std::optional<qint64> ggmlTensorBytes(quint32 type, const QList<qint64> &dims)
{
    const auto traits = ggmlTypeTraits(type);
    if (!traits || traits->removed || dims.size() > qsizetype(maxDimensions))
        return std::nullopt;
    const qint64 rowLength = dims.isEmpty() ? 1 : dims.first();
    if (rowLength < 0 || rowLength % traits->blockElements != 0)
        return std::nullopt;
    // nbytes = (ne0 / block elements) * block bytes * ne1 * ne2 * ne3
    auto bytes = checkedMultiply(quint64(rowLength / traits->blockElements),
                                 quint64(traits->blockBytes));
    for (qsizetype d = 1; d < dims.size() && bytes; ++d) {
        if (dims.at(d) < 0)
            return std::nullopt;
        bytes = checkedMultiply(*bytes, quint64(dims.at(d)));
    }
    if (!bytes || *bytes > quint64(std::numeric_limits<qint64>::max()))
        return std::nullopt;
    return qint64(*bytes);
}

QString ggufFileTypeName(quint64 fileType)
{
    const quint64 base = fileType & ~fileTypeGuessedFlag;
    constexpr quint64 known = sizeof fileTypeNames / sizeof fileTypeNames[0];
    if (base >= known)
        return QString::number(fileType);
    QString name = QLatin1String(fileTypeNames[base]);
    if (fileType & fileTypeGuessedFlag)
        name += QStringLiteral(" (guessed)");
    return name;
}

FormatVerdict checkGguf(QIODevice &device, qint64 size, const std::atomic_bool *cancelled)
{
    GgufParser parser(device, size, cancelled);
    return parser.run();
}

} // namespace vh
