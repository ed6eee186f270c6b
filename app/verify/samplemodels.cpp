#include "verify/samplemodels.h"

#include "verify/safetensorscheck.h"

#include <QtEndian>

#include <zlib.h>

#include <cstring>

namespace vh {

namespace {

template <typename T>
void appendLittleEndian(QByteArray &out, T value)
{
    uchar bytes[sizeof(T)];
    qToLittleEndian<T>(value, bytes);
    out.append(reinterpret_cast<const char *>(bytes), qsizetype(sizeof(T)));
}

template <typename T>
quint64 bitsOf(T value)
{
    quint64 bits = 0;
    std::memcpy(&bits, &value, sizeof value);
    return bits;
}

// Deterministic filler for tensor data and zip entries, so that the sample
// files and their hashes repeat from run to run.
QByteArray patternBytes(qint64 size, quint32 seed)
{
    QByteArray data(size, Qt::Uninitialized);
    quint32 state = seed * 2654435761u + 1;
    for (qint64 i = 0; i < size; ++i) {
        state = state * 1664525u + 1013904223u;
        data[i] = char(state >> 24);
    }
    return data;
}

qint64 alignTo(qint64 value, qint64 alignment)
{
    return value + (alignment - value % alignment) % alignment;
}

class GgufWriter final
{
public:
    explicit GgufWriter(quint32 version) : m_version(version) {}

    void count(QByteArray &out, quint64 value) const
    {
        if (m_version == 1)
            appendLittleEndian<quint32>(out, quint32(value));
        else
            appendLittleEndian<quint64>(out, value);
    }

    void string(QByteArray &out, const QByteArray &text) const
    {
        count(out, quint64(text.size()));
        out.append(text);
    }

    void value(QByteArray &out, const GgufValue &item) const
    {
        switch (item.type) {
        case GgufValueType::Uint8:
        case GgufValueType::Int8:
        case GgufValueType::Bool: appendLittleEndian<quint8>(out, quint8(item.bits)); break;
        case GgufValueType::Uint16:
        case GgufValueType::Int16: appendLittleEndian<quint16>(out, quint16(item.bits)); break;
        case GgufValueType::Uint32:
        case GgufValueType::Int32:
        case GgufValueType::Float32: appendLittleEndian<quint32>(out, quint32(item.bits)); break;
        case GgufValueType::Uint64:
        case GgufValueType::Int64:
        case GgufValueType::Float64: appendLittleEndian<quint64>(out, item.bits); break;
        case GgufValueType::String: string(out, item.text); break;
        case GgufValueType::Array:
            appendLittleEndian<quint32>(out, quint32(item.elementType));
            count(out, quint64(item.elements.size()));
            for (const GgufValue &element : item.elements)
                value(out, element);
            break;
        }
    }

private:
    quint32 m_version;
};

QByteArray jsonString(const QByteArray &text)
{
    QByteArray out = "\"";
    for (const char c : text) {
        if (c == '"' || c == '\\') {
            out.append('\\');
            out.append(c);
        } else if (uchar(c) < 0x20) {
            out.append("\\u00");
            out.append(QByteArray::number(uchar(c), 16).rightJustified(2, '0'));
        } else {
            out.append(c);
        }
    }
    out.append('"');
    return out;
}

QByteArray deflateRaw(const QByteArray &data)
{
    z_stream stream{};
    if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8,
                     Z_DEFAULT_STRATEGY)
        != Z_OK) {
        qFatal("zlib could not allocate a deflate stream");
    }
    QByteArray out(qsizetype(deflateBound(&stream, uLong(data.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int status = deflate(&stream, Z_FINISH);
    const qsizetype written = qsizetype(stream.total_out);
    deflateEnd(&stream);
    if (status != Z_STREAM_END)
        qFatal("zlib deflate did not finish within deflateBound()");
    out.truncate(written);
    return out;
}

} // namespace

GgufValue GgufValue::uint8(quint8 value)
{
    return {GgufValueType::Uint8, value, {}, {}, {}};
}

GgufValue GgufValue::int8(qint8 value)
{
    return {GgufValueType::Int8, quint8(value), {}, {}, {}};
}

GgufValue GgufValue::uint16(quint16 value)
{
    return {GgufValueType::Uint16, value, {}, {}, {}};
}

GgufValue GgufValue::int16(qint16 value)
{
    return {GgufValueType::Int16, quint16(value), {}, {}, {}};
}

GgufValue GgufValue::uint32(quint32 value)
{
    return {GgufValueType::Uint32, value, {}, {}, {}};
}

GgufValue GgufValue::int32(qint32 value)
{
    return {GgufValueType::Int32, quint32(value), {}, {}, {}};
}

GgufValue GgufValue::float32(float value)
{
    return {GgufValueType::Float32, bitsOf(value), {}, {}, {}};
}

GgufValue GgufValue::boolean(bool value)
{
    return {GgufValueType::Bool, value ? 1u : 0u, {}, {}, {}};
}

GgufValue GgufValue::string(const QByteArray &value)
{
    return {GgufValueType::String, 0, value, {}, {}};
}

GgufValue GgufValue::uint64(quint64 value)
{
    return {GgufValueType::Uint64, value, {}, {}, {}};
}

GgufValue GgufValue::int64(qint64 value)
{
    return {GgufValueType::Int64, quint64(value), {}, {}, {}};
}

GgufValue GgufValue::float64(double value)
{
    return {GgufValueType::Float64, bitsOf(value), {}, {}, {}};
}

GgufValue GgufValue::array(GgufValueType elementType, const QList<GgufValue> &elements)
{
    return {GgufValueType::Array, 0, {}, elementType, elements};
}

QByteArray makeGguf(const GgufSpec &spec, GgufLayout *layout)
{
    GgufLayout positions;
    const GgufWriter writer(spec.version);
    QByteArray out("GGUF");
    appendLittleEndian<quint32>(out, spec.version);
    positions.tensorCountOffset = out.size();
    writer.count(out, quint64(spec.tensors.size()));
    positions.metadataCountOffset = out.size();
    writer.count(out, quint64(spec.metadata.size()));

    for (const GgufKeyValue &pair : spec.metadata) {
        positions.keyValueOffsets.append(out.size());
        writer.string(out, pair.key);
        appendLittleEndian<quint32>(out, quint32(pair.value.type));
        writer.value(out, pair.value);
    }

    const qint64 alignment = qint64(spec.alignment);
    qint64 dataOffset = 0;
    for (const GgufTensorSpec &tensor : spec.tensors) {
        positions.tensorInfoOffsets.append(out.size());
        writer.string(out, tensor.name);
        appendLittleEndian<quint32>(out, quint32(tensor.dims.size()));
        positions.tensorDimensionOffsets.append(out.size());
        for (const qint64 dimension : tensor.dims)
            writer.count(out, quint64(dimension));
        positions.tensorTypeOffsets.append(out.size());
        appendLittleEndian<quint32>(out, tensor.type);
        positions.tensorOffsetFieldOffsets.append(out.size());
        appendLittleEndian<quint64>(out, quint64(dataOffset));

        const qint64 bytes = tensor.byteSize >= 0
                                 ? tensor.byteSize
                                 : ggmlTensorBytes(tensor.type, tensor.dims).value_or(0);
        positions.tensorByteSizes.append(bytes);
        positions.tensorDataOffsets.append(dataOffset);
        dataOffset = alignTo(dataOffset + bytes, alignment);
    }

    if (!spec.tensors.isEmpty())
        out.append(QByteArray(alignTo(out.size(), alignment) - out.size(), '\0'));
    positions.dataStart = out.size();
    for (qsizetype i = 0; i < spec.tensors.size(); ++i) {
        positions.tensorDataOffsets[i] += positions.dataStart;
        if (spec.headerOnly)
            continue;
        const qint64 bytes = positions.tensorByteSizes.at(i);
        out.append(patternBytes(bytes, quint32(i)));
        const bool last = i == spec.tensors.size() - 1;
        if (!last || spec.padLastTensor)
            out.append(QByteArray(alignTo(bytes, alignment) - bytes, '\0'));
    }

    if (layout)
        *layout = positions;
    return out;
}

GgufSpec sampleGgufSpec(quint32 version)
{
    GgufSpec spec;
    spec.version = version;
    spec.metadata = {
        {"general.architecture", GgufValue::string("llama")},
        {"general.name", GgufValue::string("vastharvest-sample")},
        {"general.file_type", GgufValue::uint32(15)},
        {"general.alignment", GgufValue::uint32(32)},
        {"llama.context_length", GgufValue::uint32(4096)},
        {"llama.block_count", GgufValue::uint32(1)},
        {"llama.rope.freq_base", GgufValue::float32(10000.0f)},
        {"sample.uint8", GgufValue::uint8(200)},
        {"sample.int8", GgufValue::int8(-100)},
        {"sample.uint16", GgufValue::uint16(60000)},
        {"sample.int16", GgufValue::int16(-30000)},
        {"sample.int32", GgufValue::int32(-2000000000)},
        {"sample.bool", GgufValue::boolean(true)},
        {"sample.uint64", GgufValue::uint64(quint64(1) << 40)},
        {"sample.int64", GgufValue::int64(-(qint64(1) << 40))},
        {"sample.float64", GgufValue::float64(3.25)},
        {"tokenizer.ggml.model", GgufValue::string("llama")},
        {"tokenizer.ggml.tokens",
         GgufValue::array(GgufValueType::String,
                          {GgufValue::string("<unk>"), GgufValue::string("<s>"),
                           GgufValue::string("</s>"), GgufValue::string("hello")})},
        {"tokenizer.ggml.scores",
         GgufValue::array(GgufValueType::Float32,
                          {GgufValue::float32(0.0f), GgufValue::float32(-1.0f),
                           GgufValue::float32(-2.0f), GgufValue::float32(-3.5f)})},
        {"tokenizer.ggml.token_type",
         GgufValue::array(GgufValueType::Int32,
                          {GgufValue::int32(2), GgufValue::int32(3), GgufValue::int32(3),
                           GgufValue::int32(1)})},
    };
    spec.tensors = {
        {"token_embd.weight", {256, 4}, ggml::typeQ4_K},
        {"blk.0.attn_norm.weight", {8, 4}, ggml::typeF32},
        {"blk.0.attn_q.weight", {16, 4}, ggml::typeF16},
        {"blk.0.ffn_up.weight", {32, 2, 2}, ggml::typeQ8_0},
        {"output.weight", {256, 1}, ggml::typeQ6_K},
    };
    return spec;
}

QByteArray makeSafetensors(const SafetensorsSpec &spec, SafetensorsLayout *layout)
{
    SafetensorsLayout positions;
    QByteArray header = "{";
    bool first = true;
    if (!spec.metadata.isEmpty()) {
        header += "\"__metadata__\":{";
        for (qsizetype i = 0; i < spec.metadata.size(); ++i) {
            if (i > 0)
                header += ',';
            header += jsonString(spec.metadata.at(i).first) + ':'
                      + jsonString(spec.metadata.at(i).second);
        }
        header += '}';
        first = false;
    }
    QList<qint64> sizes;
    qint64 offset = 0;
    for (const SafetensorsTensorSpec &tensor : spec.tensors) {
        qint64 bytes = tensor.byteSize;
        if (bytes < 0) {
            qint64 bits = safetensorsDtypeBits(tensor.dtype).value_or(8);
            for (const qint64 dimension : tensor.shape)
                bits *= dimension;
            bytes = bits / 8;
        }
        sizes.append(bytes);
        if (!first)
            header += ',';
        first = false;
        QByteArray shape;
        for (qsizetype i = 0; i < tensor.shape.size(); ++i) {
            if (i > 0)
                shape += ',';
            shape += QByteArray::number(tensor.shape.at(i));
        }
        header += jsonString(tensor.name) + ":{\"dtype\":" + jsonString(tensor.dtype)
                  + ",\"shape\":[" + shape + "],\"data_offsets\":["
                  + QByteArray::number(offset) + ',' + QByteArray::number(offset + bytes)
                  + "]}";
        positions.tensorDataOffsets.append(offset);
        offset += bytes;
    }
    header += '}';
    // The reference writer pads with spaces so that the data starts 8-aligned.
    header.append(QByteArray(alignTo(header.size(), 8) - header.size(), ' '));

    positions.headerLength = header.size();
    positions.dataStart = 8 + header.size();
    QByteArray out;
    appendLittleEndian<quint64>(out, quint64(header.size()));
    out += header;
    for (qsizetype i = 0; i < spec.tensors.size(); ++i) {
        positions.tensorDataOffsets[i] += positions.dataStart;
        out += patternBytes(sizes.at(i), quint32(i));
    }
    if (layout)
        *layout = positions;
    return out;
}

QByteArray makeSafetensorsFromHeader(const QByteArray &header, qint64 dataSize)
{
    QByteArray out;
    appendLittleEndian<quint64>(out, quint64(header.size()));
    out += header;
    out += patternBytes(dataSize, 7);
    return out;
}

SafetensorsSpec sampleSafetensorsSpec()
{
    SafetensorsSpec spec;
    spec.metadata = {{"format", "pt"}};
    spec.tensors = {
        {"model.embed_tokens.weight", "BF16", {16, 8}},
        {"model.layers.0.self_attn.q_proj.weight", "F16", {8, 8}},
        {"model.layers.0.input_layernorm.weight", "F32", {8}},
        {"model.position_ids", "I64", {1, 4}},
        {"model.mask", "BOOL", {4}},
        {"model.packed_fp4", "F4", {2, 6}},
        {"model.scale", "F32", {}},
        {"model.empty", "F32", {0, 4}},
    };
    return spec;
}

QByteArray makeZip(const ZipSpec &spec, ZipLayout *layout)
{
    ZipLayout positions;
    QByteArray out;
    // "Version needed to extract" of PKWARE's APPNOTE.TXT: 2.0 for deflate,
    // 4.5 for ZIP64.
    const quint16 versionNeeded = spec.zip64 ? 45 : 20;
    constexpr quint16 flagUtf8Names = 0x0800;
    constexpr quint16 dosDate1980 = 0x0021;

    struct Written
    {
        QByteArray name;
        quint16 method;
        quint32 crc;
        qint64 compressed;
        qint64 uncompressed;
        qint64 localOffset;
    };
    QList<Written> written;
    for (const ZipEntrySpec &entry : spec.entries) {
        const QByteArray payload = entry.deflate ? deflateRaw(entry.data) : entry.data;
        const quint32 crc = quint32(crc32(crc32(0, nullptr, 0),
                                          reinterpret_cast<const Bytef *>(entry.data.constData()),
                                          uInt(entry.data.size())));
        const quint16 method = entry.deflate ? 8 : 0;
        written.append({entry.name, method, crc, payload.size(), entry.data.size(), out.size()});
        positions.localHeaderOffsets.append(out.size());

        appendLittleEndian<quint32>(out, 0x04034b50);
        appendLittleEndian<quint16>(out, versionNeeded);
        appendLittleEndian<quint16>(out, flagUtf8Names);
        appendLittleEndian<quint16>(out, method);
        appendLittleEndian<quint16>(out, 0);
        appendLittleEndian<quint16>(out, dosDate1980);
        appendLittleEndian<quint32>(out, crc);
        appendLittleEndian<quint32>(out, quint32(payload.size()));
        appendLittleEndian<quint32>(out, quint32(entry.data.size()));
        appendLittleEndian<quint16>(out, quint16(entry.name.size()));
        appendLittleEndian<quint16>(out, 0);
        out += entry.name;
        positions.dataOffsets.append(out.size());
        out += payload;
    }

    positions.centralDirectoryOffset = out.size();
    for (const Written &entry : written) {
        positions.centralHeaderOffsets.append(out.size());
        QByteArray extra;
        if (spec.zip64) {
            appendLittleEndian<quint16>(extra, 0x0001);
            appendLittleEndian<quint16>(extra, 24);
            appendLittleEndian<quint64>(extra, quint64(entry.uncompressed));
            appendLittleEndian<quint64>(extra, quint64(entry.compressed));
            appendLittleEndian<quint64>(extra, quint64(entry.localOffset));
        }
        const quint32 saturated = 0xFFFFFFFFu;
        appendLittleEndian<quint32>(out, 0x02014b50);
        appendLittleEndian<quint16>(out, quint16((3 << 8) | versionNeeded)); // made on Unix
        appendLittleEndian<quint16>(out, versionNeeded);
        appendLittleEndian<quint16>(out, flagUtf8Names);
        appendLittleEndian<quint16>(out, entry.method);
        appendLittleEndian<quint16>(out, 0);
        appendLittleEndian<quint16>(out, dosDate1980);
        appendLittleEndian<quint32>(out, entry.crc);
        appendLittleEndian<quint32>(out, spec.zip64 ? saturated : quint32(entry.compressed));
        appendLittleEndian<quint32>(out, spec.zip64 ? saturated : quint32(entry.uncompressed));
        appendLittleEndian<quint16>(out, quint16(entry.name.size()));
        appendLittleEndian<quint16>(out, quint16(extra.size()));
        appendLittleEndian<quint16>(out, 0);
        appendLittleEndian<quint16>(out, 0);
        appendLittleEndian<quint16>(out, 0);
        appendLittleEndian<quint32>(out, 0);
        appendLittleEndian<quint32>(out, spec.zip64 ? saturated : quint32(entry.localOffset));
        out += entry.name;
        out += extra;
    }
    positions.centralDirectorySize = out.size() - positions.centralDirectoryOffset;
    const quint64 entryCount = quint64(written.size());

    if (spec.zip64) {
        positions.zip64RecordOffset = out.size();
        appendLittleEndian<quint32>(out, 0x06064b50);
        appendLittleEndian<quint64>(out, 44);
        appendLittleEndian<quint16>(out, quint16((3 << 8) | versionNeeded));
        appendLittleEndian<quint16>(out, versionNeeded);
        appendLittleEndian<quint32>(out, 0);
        appendLittleEndian<quint32>(out, 0);
        appendLittleEndian<quint64>(out, entryCount);
        appendLittleEndian<quint64>(out, entryCount);
        appendLittleEndian<quint64>(out, quint64(positions.centralDirectorySize));
        appendLittleEndian<quint64>(out, quint64(positions.centralDirectoryOffset));
        positions.zip64LocatorOffset = out.size();
        appendLittleEndian<quint32>(out, 0x07064b50);
        appendLittleEndian<quint32>(out, 0);
        appendLittleEndian<quint64>(out, quint64(positions.zip64RecordOffset));
        appendLittleEndian<quint32>(out, 1);
    }

    positions.endRecordOffset = out.size();
    appendLittleEndian<quint32>(out, 0x06054b50);
    appendLittleEndian<quint16>(out, 0);
    appendLittleEndian<quint16>(out, 0);
    appendLittleEndian<quint16>(out, spec.zip64 ? quint16(0xFFFF) : quint16(entryCount));
    appendLittleEndian<quint16>(out, spec.zip64 ? quint16(0xFFFF) : quint16(entryCount));
    appendLittleEndian<quint32>(out, spec.zip64 ? 0xFFFFFFFFu
                                                : quint32(positions.centralDirectorySize));
    appendLittleEndian<quint32>(out, spec.zip64 ? 0xFFFFFFFFu
                                                : quint32(positions.centralDirectoryOffset));
    appendLittleEndian<quint16>(out, quint16(spec.comment.size()));
    out += spec.comment;

    if (layout)
        *layout = positions;
    return out;
}

ZipSpec samplePytorchZipSpec(bool deflateStorage)
{
    // A protocol-2 pickle of an empty dict, enough for a file that looks like
    // torch.save() output. Nothing here unpickles it.
    const QByteArray pickle("\x80\x02}q\x00.", 6);
    ZipSpec spec;
    spec.entries = {
        {"archive/data.pkl", pickle},
        {"archive/byteorder", "little"},
        {"archive/data/0", patternBytes(4096, 1)},
        {"archive/data/1", QByteArray(8192, '\0') + patternBytes(512, 2), deflateStorage},
        {"archive/version", "3\n"},
    };
    return spec;
}

} // namespace vh
