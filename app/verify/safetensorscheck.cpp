#include "verify/safetensorscheck.h"

#include "verify/checksupport.h"
#include "verify/streamreader.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QList>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <limits>
#include <vector>

namespace vh {

namespace {

struct Tr final
{
    Q_DECLARE_TR_FUNCTIONS(vh::SafetensorsCheck)
};

struct DtypeRow
{
    const char *name;
    int bits;
};

// Dtype::bitsize of the reference parser (huggingface/safetensors tensor.rs).
constexpr DtypeRow dtypeTable[] = {
    {"BOOL", 8}, {"U8", 8}, {"I8", 8}, {"F8_E5M2", 8}, {"F8_E4M3", 8}, {"F8_E8M0", 8},
    {"F8_E4M3FNUZ", 8}, {"F8_E5M2FNUZ", 8}, {"F4", 4}, {"F6_E2M3", 6}, {"F6_E3M2", 6},
    {"I16", 16}, {"U16", 16}, {"F16", 16}, {"BF16", 16},
    {"I32", 32}, {"U32", 32}, {"F32", 32},
    {"I64", 64}, {"U64", 64}, {"F64", 64}, {"C64", 64},
};

constexpr qint64 lengthFieldSize = 8;
// serde_json's default recursion limit, for values the checker skips.
constexpr int maxJsonDepth = 128;
constexpr quint64 cancelInterval = 4096;


// Returns the index of the first byte that breaks UTF-8 (RFC 3629: no
// overlong forms, no surrogates, nothing above U+10FFFF), or -1.
qsizetype firstInvalidUtf8(const QByteArray &text)
{
    const auto *bytes = reinterpret_cast<const uchar *>(text.constData());
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        const uchar lead = bytes[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int continuation = 0;
        uchar low = 0x80;
        uchar high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            continuation = 1;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            continuation = 2;
            if (lead == 0xE0)
                low = 0xA0;
            else if (lead == 0xED)
                high = 0x9F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            continuation = 3;
            if (lead == 0xF0)
                low = 0x90;
            else if (lead == 0xF4)
                high = 0x8F;
        } else {
            return i;
        }
        if (i + continuation >= size)
            return i;
        for (int k = 1; k <= continuation; ++k) {
            const uchar byte = bytes[i + k];
            const uchar min = k == 1 ? low : 0x80;
            const uchar max = k == 1 ? high : 0xBF;
            if (byte < min || byte > max)
                return i;
        }
        i += continuation + 1;
    }
    return -1;
}

void appendUtf8(QByteArray &out, char32_t codePoint)
{
    if (codePoint < 0x80) {
        out.append(char(codePoint));
    } else if (codePoint < 0x800) {
        out.append(char(0xC0 | (codePoint >> 6)));
        out.append(char(0x80 | (codePoint & 0x3F)));
    } else if (codePoint < 0x10000) {
        out.append(char(0xE0 | (codePoint >> 12)));
        out.append(char(0x80 | ((codePoint >> 6) & 0x3F)));
        out.append(char(0x80 | (codePoint & 0x3F)));
    } else {
        out.append(char(0xF0 | (codePoint >> 18)));
        out.append(char(0x80 | ((codePoint >> 12) & 0x3F)));
        out.append(char(0x80 | ((codePoint >> 6) & 0x3F)));
        out.append(char(0x80 | (codePoint & 0x3F)));
    }
}

struct TensorEntry
{
    QByteArray name;
    QByteArray dtype;
    std::optional<int> bits; // nothing for an unknown dtype
    QList<quint64> shape;
    quint64 begin = 0;
    quint64 end = 0;
    qint64 dtypePosition = 0;
    qint64 offsetsPosition = 0;
};

// Parses the JSON header against the safetensors schema in one pass and
// without a document tree, keeping only the fields of each tensor. Every
// position it reports is a byte offset in the file.
class HeaderParser final
{
    Q_DISABLE_COPY_MOVE(HeaderParser)

public:
    HeaderParser(const QByteArray &text, const std::atomic_bool *cancelled)
        : m_text(text), m_cancelled(cancelled)
    {
    }

    bool parse();
    const std::optional<FormatVerdict> &problem() const { return m_problem; }
    std::vector<TensorEntry> &tensors() { return m_tensors; }
    qint64 metadataCount() const { return m_metadataCount; }

private:
    bool parseMember(QSet<QByteArray> &keys, quint64 index);
    bool parseMetadata();
    bool parseTensor(const QByteArray &name, qint64 keyPosition);
    bool parseShape(const QString &name, TensorEntry &tensor);
    bool parseDataOffsets(const QString &name, TensorEntry &tensor);
    bool parseString(QByteArray &out);
    bool parseHexQuad(char32_t &value);
    bool parseUnsigned(quint64 &value, const QString &name, const char *field);
    bool skipNumber();
    bool skipLiteral(const char *literal);
    bool skipValue(int depth);
    bool expect(char c);
    void skipWhitespace();
    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text.at(m_pos); }
    qint64 filePosition() const { return lengthFieldSize + m_pos; }
    bool fail(qint64 filePos, const QString &problem);
    bool syntaxError(const QString &problem);

    const QByteArray &m_text;
    const std::atomic_bool *m_cancelled = nullptr;
    qsizetype m_pos = 0;
    std::vector<TensorEntry> m_tensors;
    qint64 m_metadataCount = 0;
    std::optional<FormatVerdict> m_problem;
};

bool HeaderParser::fail(qint64 filePos, const QString &problem)
{
    m_problem = problemVerdict(ModelFormat::Safetensors, FormatStatus::Invalid, filePos, problem);
    return false;
}

bool HeaderParser::syntaxError(const QString &problem)
{
    if (atEnd())
        return fail(filePosition(), Tr::tr("invalid JSON header: unexpected end of header"));
    return fail(filePosition(), Tr::tr("invalid JSON header: %1").arg(problem));
}

void HeaderParser::skipWhitespace()
{
    while (!atEnd()) {
        const char c = m_text.at(m_pos);
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return;
        ++m_pos;
    }
}

bool HeaderParser::expect(char c)
{
    skipWhitespace();
    if (peek() != c)
        return syntaxError(Tr::tr("expected '%1'").arg(QLatin1Char(c)));
    ++m_pos;
    return true;
}

bool HeaderParser::parseHexQuad(char32_t &value)
{
    value = 0;
    for (int i = 0; i < 4; ++i) {
        const char c = peek();
        int digit = -1;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        if (digit < 0)
            return syntaxError(Tr::tr("invalid \\u escape"));
        value = value * 16 + char32_t(digit);
        ++m_pos;
    }
    return true;
}

bool HeaderParser::parseString(QByteArray &out)
{
    out.clear();
    if (peek() != '"')
        return syntaxError(Tr::tr("expected a string"));
    ++m_pos;
    for (;;) {
        if (atEnd())
            return syntaxError(QString());
        const char c = m_text.at(m_pos);
        if (c == '"') {
            ++m_pos;
            return true;
        }
        if (uchar(c) < 0x20)
            return syntaxError(Tr::tr("control character in a string"));
        if (c != '\\') {
            out.append(c);
            ++m_pos;
            continue;
        }
        ++m_pos;
        const char escape = peek();
        if (atEnd())
            return syntaxError(QString());
        ++m_pos;
        switch (escape) {
        case '"': out.append('"'); break;
        case '\\': out.append('\\'); break;
        case '/': out.append('/'); break;
        case 'b': out.append('\b'); break;
        case 'f': out.append('\f'); break;
        case 'n': out.append('\n'); break;
        case 'r': out.append('\r'); break;
        case 't': out.append('\t'); break;
        case 'u': {
            char32_t unit = 0;
            if (!parseHexQuad(unit))
                return false;
            if (unit >= 0xDC00 && unit <= 0xDFFF)
                return syntaxError(Tr::tr("unpaired surrogate in a \\u escape"));
            if (unit >= 0xD800 && unit <= 0xDBFF) {
                if (peek() != '\\' || m_pos + 1 >= m_text.size() || m_text.at(m_pos + 1) != 'u')
                    return syntaxError(Tr::tr("unpaired surrogate in a \\u escape"));
                m_pos += 2;
                char32_t low = 0;
                if (!parseHexQuad(low))
                    return false;
                if (low < 0xDC00 || low > 0xDFFF)
                    return syntaxError(Tr::tr("unpaired surrogate in a \\u escape"));
                unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
            }
            appendUtf8(out, unit);
            break;
        }
        default:
            --m_pos;
            return syntaxError(Tr::tr("invalid escape '\\%1'").arg(QLatin1Char(escape)));
        }
    }
}

bool HeaderParser::skipNumber()
{
    // JSON number: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    auto digits = [this]() {
        const qsizetype start = m_pos;
        while (!atEnd() && peek() >= '0' && peek() <= '9')
            ++m_pos;
        return m_pos - start;
    };
    if (peek() == '-')
        ++m_pos;
    if (peek() == '0') {
        ++m_pos;
    } else if (digits() == 0) {
        return syntaxError(Tr::tr("invalid number"));
    }
    if (peek() == '.') {
        ++m_pos;
        if (digits() == 0)
            return syntaxError(Tr::tr("invalid number"));
    }
    if (peek() == 'e' || peek() == 'E') {
        ++m_pos;
        if (peek() == '+' || peek() == '-')
            ++m_pos;
        if (digits() == 0)
            return syntaxError(Tr::tr("invalid number"));
    }
    return true;
}

bool HeaderParser::parseUnsigned(quint64 &value, const QString &name, const char *field)
{
    skipWhitespace();
    const qint64 start = filePosition();
    const qsizetype startIndex = m_pos;
    value = 0;
    bool overflow = false;
    while (!atEnd() && peek() >= '0' && peek() <= '9') {
        const auto next = checkedMultiply(value, 10);
        const auto sum = next ? checkedAdd(*next, quint64(peek() - '0')) : std::nullopt;
        if (!sum)
            overflow = true;
        else
            value = *sum;
        ++m_pos;
    }
    const qsizetype digitCount = m_pos - startIndex;
    const bool leadingZero = digitCount > 1 && m_text.at(startIndex) == '0';
    const bool more = !atEnd() && (peek() == '.' || peek() == 'e' || peek() == 'E');
    if (digitCount == 0 || leadingZero || more || overflow) {
        // Distinguish a valid JSON number of the wrong kind from broken JSON.
        m_pos = startIndex;
        if (!skipNumber())
            return false;
        return fail(start, Tr::tr("tensor '%1': %2 must hold non-negative integers below 2^64")
                               .arg(name, QLatin1String(field)));
    }
    return true;
}

bool HeaderParser::skipLiteral(const char *literal)
{
    const QByteArray expected(literal);
    if (m_text.mid(m_pos, expected.size()) != expected)
        return syntaxError(Tr::tr("invalid literal"));
    m_pos += expected.size();
    return true;
}

bool HeaderParser::skipValue(int depth)
{
    if (depth > maxJsonDepth)
        return syntaxError(Tr::tr("values nested more than %1 levels deep").arg(maxJsonDepth));
    skipWhitespace();
    const char c = peek();
    if (atEnd())
        return syntaxError(QString());
    if (c == '"') {
        QByteArray ignored;
        return parseString(ignored);
    }
    if (c == '{') {
        ++m_pos;
        skipWhitespace();
        if (peek() == '}') {
            ++m_pos;
            return true;
        }
        QSet<QByteArray> keys;
        for (;;) {
            skipWhitespace();
            const qint64 keyPosition = filePosition();
            QByteArray key;
            if (!parseString(key))
                return false;
            if (keys.contains(key))
                return fail(keyPosition, Tr::tr("duplicate key '%1'").arg(printableName(key)));
            keys.insert(key);
            if (!expect(':') || !skipValue(depth + 1))
                return false;
            skipWhitespace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            return expect('}');
        }
    }
    if (c == '[') {
        ++m_pos;
        skipWhitespace();
        if (peek() == ']') {
            ++m_pos;
            return true;
        }
        for (;;) {
            if (!skipValue(depth + 1))
                return false;
            skipWhitespace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            return expect(']');
        }
    }
    if (c == 't')
        return skipLiteral("true");
    if (c == 'f')
        return skipLiteral("false");
    if (c == 'n')
        return skipLiteral("null");
    return skipNumber();
}

bool HeaderParser::parseMetadata()
{
    skipWhitespace();
    const qint64 valuePosition = filePosition();
    // The reference parser declares __metadata__ as Option<HashMap<String,
    // String>>, so null means "no metadata".
    if (m_text.mid(m_pos, 4) == "null") {
        m_pos += 4;
        return true;
    }
    if (peek() != '{')
        return fail(valuePosition, Tr::tr("__metadata__ must be a JSON object of strings"));
    ++m_pos;
    skipWhitespace();
    if (peek() == '}') {
        ++m_pos;
        return true;
    }
    QSet<QByteArray> keys;
    for (;;) {
        skipWhitespace();
        const qint64 keyPosition = filePosition();
        QByteArray key;
        if (!parseString(key))
            return false;
        if (keys.contains(key)) {
            return fail(keyPosition,
                        Tr::tr("duplicate key '%1' in __metadata__").arg(printableName(key)));
        }
        keys.insert(key);
        if (!expect(':'))
            return false;
        skipWhitespace();
        const qint64 position = filePosition();
        if (peek() != '"') {
            if (!skipValue(1))
                return false;
            return fail(position, Tr::tr("__metadata__ value of '%1' is not a string")
                                      .arg(printableName(key)));
        }
        QByteArray ignored;
        if (!parseString(ignored))
            return false;
        ++m_metadataCount;
        skipWhitespace();
        if (peek() == ',') {
            ++m_pos;
            continue;
        }
        return expect('}');
    }
}

bool HeaderParser::parseShape(const QString &name, TensorEntry &tensor)
{
    skipWhitespace();
    if (peek() != '[') {
        const qint64 position = filePosition();
        if (!skipValue(1))
            return false;
        return fail(position, Tr::tr("tensor '%1': shape must be an array of integers").arg(name));
    }
    ++m_pos;
    skipWhitespace();
    if (peek() == ']') {
        ++m_pos;
        return true;
    }
    for (;;) {
        quint64 dimension = 0;
        if (!parseUnsigned(dimension, name, "shape"))
            return false;
        tensor.shape.append(dimension);
        skipWhitespace();
        if (peek() == ',') {
            ++m_pos;
            continue;
        }
        return expect(']');
    }
}

bool HeaderParser::parseDataOffsets(const QString &name, TensorEntry &tensor)
{
    skipWhitespace();
    tensor.offsetsPosition = filePosition();
    const QString problem =
        Tr::tr("tensor '%1': data_offsets must be an array of two integers [BEGIN, END]").arg(name);
    if (peek() != '[') {
        if (!skipValue(1))
            return false;
        return fail(tensor.offsetsPosition, problem);
    }
    ++m_pos;
    quint64 values[2] = {};
    int count = 0;
    skipWhitespace();
    if (peek() == ']') {
        ++m_pos;
        return fail(tensor.offsetsPosition, problem);
    }
    for (;;) {
        quint64 value = 0;
        if (!parseUnsigned(value, name, "data_offsets"))
            return false;
        if (count == 2)
            return fail(tensor.offsetsPosition, problem);
        values[count++] = value;
        skipWhitespace();
        if (peek() == ',') {
            ++m_pos;
            continue;
        }
        if (!expect(']'))
            return false;
        break;
    }
    if (count != 2)
        return fail(tensor.offsetsPosition, problem);
    tensor.begin = values[0];
    tensor.end = values[1];
    return true;
}

bool HeaderParser::parseTensor(const QByteArray &rawName, qint64 keyPosition)
{
    const QString name = printableName(rawName);
    skipWhitespace();
    if (peek() != '{') {
        const qint64 position = filePosition();
        if (!skipValue(1))
            return false;
        return fail(position, Tr::tr("tensor '%1' is not a JSON object").arg(name));
    }
    ++m_pos;
    TensorEntry tensor;
    tensor.name = rawName;
    bool hasDtype = false;
    bool hasShape = false;
    bool hasOffsets = false;
    QSet<QByteArray> fields;
    skipWhitespace();
    if (peek() == '}') {
        ++m_pos;
    } else {
        for (;;) {
            skipWhitespace();
            const qint64 fieldPosition = filePosition();
            QByteArray field;
            if (!parseString(field))
                return false;
            if (fields.contains(field)) {
                return fail(fieldPosition, Tr::tr("tensor '%1' has a duplicate field '%2'")
                                               .arg(name, printableName(field)));
            }
            fields.insert(field);
            if (!expect(':'))
                return false;
            skipWhitespace();
            if (field == "dtype") {
                hasDtype = true;
                tensor.dtypePosition = filePosition();
                if (peek() != '"') {
                    if (!skipValue(1))
                        return false;
                    return fail(tensor.dtypePosition,
                                Tr::tr("tensor '%1': dtype must be a string").arg(name));
                }
                if (!parseString(tensor.dtype))
                    return false;
                tensor.bits = safetensorsDtypeBits(tensor.dtype);
            } else if (field == "shape") {
                hasShape = true;
                if (!parseShape(name, tensor))
                    return false;
            } else if (field == "data_offsets") {
                hasOffsets = true;
                if (!parseDataOffsets(name, tensor))
                    return false;
            } else if (!skipValue(1)) {
                // The reference parser ignores fields it does not know.
                return false;
            }
            skipWhitespace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (!expect('}'))
                return false;
            break;
        }
    }
    if (!hasDtype)
        return fail(keyPosition, Tr::tr("tensor '%1' has no dtype").arg(name));
    if (!hasShape)
        return fail(keyPosition, Tr::tr("tensor '%1' has no shape").arg(name));
    if (!hasOffsets)
        return fail(keyPosition, Tr::tr("tensor '%1' has no data_offsets").arg(name));
    m_tensors.push_back(std::move(tensor));
    return true;
}

bool HeaderParser::parseMember(QSet<QByteArray> &keys, quint64 index)
{
    if (index % cancelInterval == 0 && isCancelled(m_cancelled)) {
        m_problem = cancelledVerdict(ModelFormat::Safetensors);
        return false;
    }
    skipWhitespace();
    const qint64 keyPosition = filePosition();
    QByteArray key;
    if (!parseString(key))
        return false;
    if (keys.contains(key))
        return fail(keyPosition, Tr::tr("duplicate key '%1'").arg(printableName(key)));
    keys.insert(key);
    if (!expect(':'))
        return false;
    if (key == "__metadata__")
        return parseMetadata();
    return parseTensor(key, keyPosition);
}

bool HeaderParser::parse()
{
    const qsizetype invalid = firstInvalidUtf8(m_text);
    if (invalid >= 0)
        return fail(lengthFieldSize + invalid, Tr::tr("header is not valid UTF-8"));

    skipWhitespace();
    if (peek() != '{')
        return fail(filePosition(), Tr::tr("header is not a JSON object"));
    ++m_pos;
    QSet<QByteArray> keys;
    skipWhitespace();
    if (peek() == '}') {
        ++m_pos;
    } else {
        for (quint64 index = 1;; ++index) {
            if (!parseMember(keys, index))
                return false;
            skipWhitespace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (!expect('}'))
                return false;
            break;
        }
    }
    // The reference writer pads the header with spaces. JSON allows any
    // whitespace after the value and nothing else.
    skipWhitespace();
    if (!atEnd())
        return fail(filePosition(), Tr::tr("invalid JSON header: unexpected data after the object"));
    return true;
}

QString shapeText(const QList<quint64> &shape)
{
    QStringList parts;
    for (quint64 dimension : shape)
        parts.append(QString::number(dimension));
    return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
}

class SafetensorsChecker final
{
    Q_DISABLE_COPY_MOVE(SafetensorsChecker)

public:
    SafetensorsChecker(QIODevice &device, qint64 size, const std::atomic_bool *cancelled)
        : m_reader(device, size), m_cancelled(cancelled)
    {
    }

    FormatVerdict run();

private:
    bool readHeader();
    bool checkTensors(std::vector<TensorEntry> &tensors);
    bool fail(qint64 offset, const QString &problem);

    StreamReader m_reader;
    const std::atomic_bool *m_cancelled = nullptr;
    QByteArray m_header;
    quint64 m_parameterCount = 0;
    qint64 m_unknownDtypePosition = -1;
    QString m_unknownDtypeProblem;
    QVariantMap m_facts;
    std::optional<FormatVerdict> m_problem;
};

bool SafetensorsChecker::fail(qint64 offset, const QString &problem)
{
    m_problem = problemVerdict(ModelFormat::Safetensors, FormatStatus::Invalid, offset, problem);
    return false;
}

bool SafetensorsChecker::readHeader()
{
    const qint64 size = m_reader.size();
    if (size < lengthFieldSize) {
        return fail(0, Tr::tr("header too small: the file has %1 bytes, fewer than the 8-byte "
                              "header length")
                           .arg(size));
    }
    quint64 headerLength = 0;
    if (!m_reader.readU64(headerLength)) {
        m_problem = readFailureVerdict(ModelFormat::Safetensors, m_reader);
        return false;
    }
    // Checked before anything is allocated, because a Git LFS pointer or an
    // HTML page saved under the model's name reads as a length near 10^18.
    if (headerLength > quint64(safetensorsMaxHeaderSize)) {
        return fail(0, Tr::tr("header too large: the header length field is %1 bytes, above the "
                              "limit of %2 (a Git LFS pointer or an error page instead of the "
                              "model?)")
                           .arg(headerLength)
                           .arg(safetensorsMaxHeaderSize));
    }
    if (headerLength > quint64(size - lengthFieldSize)) {
        return fail(0, Tr::tr("invalid header length %1: the file has only %2 bytes after the "
                              "length field")
                           .arg(headerLength)
                           .arg(size - lengthFieldSize));
    }
    m_facts.insert(QStringLiteral("header_size"), factNumber(headerLength));
    m_header.resize(qsizetype(headerLength));
    if (!m_reader.read(m_header.data(), qint64(headerLength))) {
        m_problem = readFailureVerdict(ModelFormat::Safetensors, m_reader);
        return false;
    }
    return true;
}

bool SafetensorsChecker::checkTensors(std::vector<TensorEntry> &tensors)
{
    // The reference parser's rule: sorted by data_offsets, the tensors tile
    // the byte buffer from 0 with no hole and no overlap. Each one spans
    // exactly elements x dtype bits / 8 bytes.
    std::sort(tensors.begin(), tensors.end(), [](const TensorEntry &a, const TensorEntry &b) {
        return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
    });
    quint64 expected = 0;
    const TensorEntry *previous = nullptr;
    quint64 index = 0;
    for (const TensorEntry &tensor : tensors) {
        if (++index % cancelInterval == 0 && isCancelled(m_cancelled)) {
            m_problem = cancelledVerdict(ModelFormat::Safetensors);
            return false;
        }
        const QString name = printableName(tensor.name);
        if (tensor.begin > expected) {
            return fail(tensor.offsetsPosition,
                        Tr::tr("hole of %1 bytes in the data buffer before tensor '%2': it begins "
                               "at %3, but the data before it ends at %4")
                            .arg(tensor.begin - expected)
                            .arg(name)
                            .arg(tensor.begin)
                            .arg(expected));
        }
        if (tensor.begin < expected) {
            return fail(tensor.offsetsPosition,
                        Tr::tr("tensor '%1' begins at %2, overlapping tensor '%3' that ends at %4")
                            .arg(name)
                            .arg(tensor.begin)
                            .arg(previous ? printableName(previous->name) : QString())
                            .arg(expected));
        }
        if (tensor.end < tensor.begin) {
            return fail(tensor.offsetsPosition,
                        Tr::tr("tensor '%1': data_offsets end %2 is before begin %3")
                            .arg(name)
                            .arg(tensor.end)
                            .arg(tensor.begin));
        }

        std::optional<quint64> elements = 1;
        for (quint64 dimension : tensor.shape) {
            if (elements)
                elements = checkedMultiply(*elements, dimension);
        }
        if (!elements) {
            return fail(tensor.offsetsPosition,
                        Tr::tr("tensor '%1': element count of shape %2 overflows 64 bits")
                            .arg(name, shapeText(tensor.shape)));
        }
        m_parameterCount = checkedAdd(m_parameterCount, *elements)
                               .value_or(std::numeric_limits<quint64>::max());
        if (!tensor.bits) {
            if (m_unknownDtypePosition < 0) {
                m_unknownDtypePosition = tensor.dtypePosition;
                m_unknownDtypeProblem = Tr::tr("tensor '%1' has unknown dtype '%2'")
                                            .arg(name, printableName(tensor.dtype));
            }
        } else {
            const auto bits = checkedMultiply(*elements, quint64(*tensor.bits));
            if (!bits) {
                return fail(tensor.offsetsPosition,
                            Tr::tr("tensor '%1': size of shape %2 in %3 overflows 64 bits")
                                .arg(name, shapeText(tensor.shape),
                                     QString::fromLatin1(tensor.dtype)));
            }
            if (*bits % 8 != 0) {
                return fail(tensor.offsetsPosition,
                            Tr::tr("tensor '%1': %2 elements of %3 do not fill whole bytes")
                                .arg(name)
                                .arg(*elements)
                                .arg(QString::fromLatin1(tensor.dtype)));
            }
            const quint64 span = tensor.end - tensor.begin;
            if (span != *bits / 8) {
                return fail(tensor.offsetsPosition,
                            Tr::tr("tensor '%1' spans %2 bytes, but shape %3 of %4 needs %5 bytes")
                                .arg(name)
                                .arg(span)
                                .arg(shapeText(tensor.shape), QString::fromLatin1(tensor.dtype))
                                .arg(*bits / 8));
            }
        }
        expected = tensor.end;
        previous = &tensor;
    }

    // Every byte after the header must belong to a tensor. This catches a
    // truncated download and appended data alike.
    const quint64 size = quint64(m_reader.size());
    const quint64 bufferStart = quint64(lengthFieldSize + m_header.size());
    const auto bufferEnd = checkedAdd(bufferStart, expected);
    if (!bufferEnd || *bufferEnd > size) {
        return fail(qint64(size),
                    Tr::tr("incomplete file: the tensor data runs to byte %1, but the file has only "
                           "%2 bytes (truncated download?)")
                        .arg(bufferEnd.value_or(std::numeric_limits<quint64>::max()))
                        .arg(size));
    }
    if (*bufferEnd < size) {
        return fail(qint64(*bufferEnd),
                    Tr::tr("%1 extra bytes after the end of the tensor data at byte %2")
                        .arg(size - *bufferEnd)
                        .arg(*bufferEnd));
    }
    return true;
}

FormatVerdict SafetensorsChecker::run()
{
    if (isCancelled(m_cancelled))
        return cancelledVerdict(ModelFormat::Safetensors);

    bool ok = readHeader();
    if (ok) {
        HeaderParser parser(m_header, m_cancelled);
        ok = parser.parse();
        if (!ok) {
            m_problem = parser.problem();
        } else {
            std::vector<TensorEntry> &tensors = parser.tensors();
            QStringList dtypes;
            for (const TensorEntry &tensor : tensors)
                dtypes.append(printableName(tensor.dtype));
            dtypes.sort();
            dtypes.removeDuplicates();
            m_facts.insert(QStringLiteral("tensor_count"), factNumber(tensors.size()));
            m_facts.insert(QStringLiteral("metadata_count"), parser.metadataCount());
            m_facts.insert(QStringLiteral("dtypes"), dtypes);
            ok = checkTensors(tensors);
            m_facts.insert(QStringLiteral("parameter_count"), factNumber(m_parameterCount));
        }
    }

    FormatVerdict verdict;
    if (!ok) {
        verdict = *m_problem;
    } else if (m_unknownDtypePosition >= 0) {
        // A newer safetensors may define the dtype. Without its bit size the
        // tensor's span cannot be checked, so this is neither pass nor fail.
        verdict = problemVerdict(ModelFormat::Safetensors, FormatStatus::NotChecked,
                                 m_unknownDtypePosition, m_unknownDtypeProblem);
    } else {
        verdict.format = ModelFormat::Safetensors;
        verdict.status = FormatStatus::Valid;
    }
    if (!verdict.cancelled) {
        for (auto it = m_facts.cbegin(); it != m_facts.cend(); ++it)
            verdict.facts.insert(it.key(), it.value());
    }
    return verdict;
}

} // namespace

std::optional<int> safetensorsDtypeBits(const QByteArray &dtype)
{
    for (const DtypeRow &row : dtypeTable) {
        if (dtype == row.name)
            return row.bits;
    }
    return std::nullopt;
}

FormatVerdict checkSafetensors(QIODevice &device, qint64 size, const std::atomic_bool *cancelled)
{
    SafetensorsChecker checker(device, size, cancelled);
    return checker.run();
}

} // namespace vh
