#include "verify/zipcheck.h"

#include "verify/checksupport.h"
#include "verify/streamreader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QtEndian>

#include <zlib.h>

#include <algorithm>
#include <limits>
#include <vector>

namespace vh {

namespace {

struct Tr final
{
    Q_DECLARE_TR_FUNCTIONS(vh::ZipCheck)
};

// Record signatures and fixed sizes from PKWARE's APPNOTE.TXT.
constexpr quint32 localHeaderSignature = 0x04034b50;
constexpr quint32 centralHeaderSignature = 0x02014b50;
constexpr quint32 endRecordSignature = 0x06054b50;
constexpr quint32 zip64EndRecordSignature = 0x06064b50;
constexpr quint32 zip64LocatorSignature = 0x07064b50;
constexpr qint64 localHeaderSize = 30;
constexpr qint64 centralHeaderSize = 46;
constexpr qint64 endRecordSize = 22;
constexpr qint64 zip64EndRecordSize = 56;
constexpr qint64 zip64LocatorSize = 20;
constexpr qint64 maxCommentLength = 0xFFFF;
constexpr quint16 zip64ExtraFieldId = 0x0001;
constexpr quint16 flagEncrypted = 0x0001;
constexpr quint16 methodStored = 0;
constexpr quint16 methodDeflated = 8;

// Bytes read per step of the CRC pass, which reads the cancellation flag
// before each step.
constexpr qint64 chunkSize = 64 * 1024;
constexpr quint64 cancelInterval = 4096;

quint16 le16(const char *bytes)
{
    return qFromLittleEndian<quint16>(bytes);
}

quint32 le32(const char *bytes)
{
    return qFromLittleEndian<quint32>(bytes);
}

quint64 le64(const char *bytes)
{
    return qFromLittleEndian<quint64>(bytes);
}


struct ZipEntry
{
    QByteArray name;
    qint64 centralHeaderPosition = 0;
    quint16 flags = 0;
    quint16 method = 0;
    quint32 crc = 0;
    quint64 compressedSize = 0;
    quint64 uncompressedSize = 0;
    quint64 localHeaderOffset = 0;
    quint64 dataStart = 0;
    quint64 dataEnd = 0;
};

// Frees zlib's inflate state on every return path.
class InflateStream final
{
    Q_DISABLE_COPY_MOVE(InflateStream)

public:
    InflateStream() { m_ready = inflateInit2(&m_stream, -MAX_WBITS) == Z_OK; }
    ~InflateStream()
    {
        if (m_ready)
            inflateEnd(&m_stream);
    }
    bool ready() const { return m_ready; }
    z_stream &stream() { return m_stream; }

private:
    z_stream m_stream{};
    bool m_ready = false;
};

class ZipChecker final
{
    Q_DISABLE_COPY_MOVE(ZipChecker)

public:
    ZipChecker(QIODevice &device, qint64 size, const FormatCheckOptions &options,
               const std::atomic_bool *cancelled)
        : m_reader(device, size), m_options(options), m_cancelled(cancelled)
    {
    }

    FormatVerdict run();

private:
    bool findEndRecord();
    bool readZip64Records();
    bool readCentralDirectory();
    bool readCentralHeader(quint64 index);
    bool readZip64Extra(ZipEntry &entry, const QByteArray &extra, bool needUncompressed,
                        bool needCompressed, bool needOffset);
    bool checkLocalHeaders();
    bool checkCrcs();
    bool checkEntryCrc(const ZipEntry &entry, bool &checked);
    bool fail(qint64 offset, const QString &problem);
    bool readFailed();
    bool cancelledNow();

    StreamReader m_reader;
    FormatCheckOptions m_options;
    const std::atomic_bool *m_cancelled = nullptr;
    qint64 m_endRecordPosition = -1;
    quint16 m_endDiskNumber = 0;
    quint16 m_endDirectoryDisk = 0;
    quint16 m_endEntriesOnDisk = 0;
    qint64 m_zip64RecordPosition = -1;
    quint64 m_entryCount = 0;
    quint64 m_directorySize = 0;
    quint64 m_directoryOffset = 0;
    std::vector<ZipEntry> m_entries;
    QVariantMap m_facts;
    std::optional<FormatVerdict> m_problem;
};

bool ZipChecker::fail(qint64 offset, const QString &problem)
{
    m_problem = problemVerdict(ModelFormat::Zip, FormatStatus::Invalid, offset, problem);
    return false;
}

bool ZipChecker::readFailed()
{
    m_problem = readFailureVerdict(ModelFormat::Zip, m_reader);
    return false;
}

bool ZipChecker::cancelledNow()
{
    if (!isCancelled(m_cancelled))
        return false;
    m_problem = cancelledVerdict(ModelFormat::Zip);
    return true;
}

bool ZipChecker::findEndRecord()
{
    const qint64 size = m_reader.size();
    if (size < endRecordSize) {
        return fail(0, Tr::tr("file of %1 bytes is too small for a zip archive (at least 22 bytes)")
                           .arg(size));
    }
    // The end record is 22 bytes plus a comment of up to 65535 bytes at the
    // end of the file, so it starts somewhere in this tail.
    const qint64 tailSize = qMin(size, endRecordSize + maxCommentLength);
    const qint64 tailStart = size - tailSize;
    QByteArray tail(tailSize, Qt::Uninitialized);
    if (!m_reader.seek(tailStart) || !m_reader.read(tail.data(), tailSize))
        return readFailed();

    for (qint64 i = tailSize - endRecordSize; i >= 0; --i) {
        const char *record = tail.constData() + i;
        if (le32(record) != endRecordSignature)
            continue;
        const qint64 commentLength = le16(record + 20);
        if (i + endRecordSize + commentLength > tailSize)
            continue;
        m_endRecordPosition = tailStart + i;
        m_endDiskNumber = le16(record + 4);
        m_endDirectoryDisk = le16(record + 6);
        m_endEntriesOnDisk = le16(record + 8);
        m_entryCount = le16(record + 10);
        m_directorySize = le32(record + 12);
        m_directoryOffset = le32(record + 16);
        return true;
    }
    return fail(size, Tr::tr("no end of central directory record in the last %1 bytes; the "
                             "archive is truncated or not a zip file")
                          .arg(tailSize));
}

bool ZipChecker::readZip64Records()
{
    bool hasLocator = false;
    const qint64 locatorPosition = m_endRecordPosition - zip64LocatorSize;
    if (locatorPosition >= 0) {
        quint32 signature = 0;
        if (!m_reader.seek(locatorPosition) || !m_reader.readU32(signature))
            return readFailed();
        hasLocator = signature == zip64LocatorSignature;
    }

    if (!hasLocator) {
        if (m_directorySize == 0xFFFFFFFFu || m_directoryOffset == 0xFFFFFFFFu) {
            return fail(m_endRecordPosition,
                        Tr::tr("the end record defers to ZIP64 values, but no ZIP64 locator "
                               "precedes it"));
        }
        if (m_endDiskNumber != 0 || m_endDirectoryDisk != 0) {
            return fail(m_endRecordPosition,
                        Tr::tr("archive spans several disks, which is not supported"));
        }
        if (m_endEntriesOnDisk != m_entryCount) {
            return fail(m_endRecordPosition,
                        Tr::tr("end record counts %1 entries on this disk but %2 in total")
                            .arg(m_endEntriesOnDisk)
                            .arg(m_entryCount));
        }
        return true;
    }

    char locator[zip64LocatorSize];
    if (!m_reader.seek(locatorPosition) || !m_reader.read(locator, zip64LocatorSize))
        return readFailed();
    const quint32 recordDisk = le32(locator + 4);
    const quint64 recordOffset = le64(locator + 8);
    const quint32 diskCount = le32(locator + 16);
    if (recordDisk != 0 || diskCount > 1) {
        return fail(locatorPosition,
                    Tr::tr("archive spans %1 disks, which is not supported").arg(diskCount));
    }
    if (locatorPosition < zip64EndRecordSize
        || recordOffset > quint64(locatorPosition - zip64EndRecordSize)) {
        return fail(locatorPosition + 8,
                    Tr::tr("ZIP64 locator points to byte %1, but no ZIP64 end record fits before "
                           "the locator at byte %2")
                        .arg(recordOffset)
                        .arg(locatorPosition));
    }
    char record[zip64EndRecordSize];
    if (!m_reader.seek(qint64(recordOffset)) || !m_reader.read(record, zip64EndRecordSize))
        return readFailed();
    if (le32(record) != zip64EndRecordSignature) {
        return fail(qint64(recordOffset),
                    Tr::tr("no ZIP64 end of central directory record at byte %1, where the ZIP64 "
                           "locator points")
                        .arg(recordOffset));
    }
    // The size field counts the bytes after itself: 44 fixed ones plus an
    // optional extensible data sector.
    const quint64 recordSize = le64(record + 4);
    if (recordSize < quint64(zip64EndRecordSize - 12)
        || recordSize > quint64(locatorPosition) - recordOffset - 12) {
        return fail(qint64(recordOffset) + 4,
                    Tr::tr("ZIP64 end record size %1 does not fit between byte %2 and the locator")
                        .arg(recordSize)
                        .arg(recordOffset));
    }
    const quint32 diskNumber = le32(record + 16);
    const quint32 directoryDisk = le32(record + 20);
    const quint64 entriesOnDisk = le64(record + 24);
    if (diskNumber != 0 || directoryDisk != 0) {
        return fail(qint64(recordOffset),
                    Tr::tr("archive spans several disks, which is not supported"));
    }
    m_entryCount = le64(record + 32);
    m_directorySize = le64(record + 40);
    m_directoryOffset = le64(record + 48);
    if (entriesOnDisk != m_entryCount) {
        return fail(qint64(recordOffset) + 24,
                    Tr::tr("ZIP64 end record counts %1 entries on this disk but %2 in total")
                        .arg(entriesOnDisk)
                        .arg(m_entryCount));
    }
    m_zip64RecordPosition = qint64(recordOffset);
    return true;
}

bool ZipChecker::readZip64Extra(ZipEntry &entry, const QByteArray &extra, bool needUncompressed,
                                bool needCompressed, bool needOffset)
{
    // The ZIP64 extra field contains, in this order, only those 64-bit
    // values whose 32-bit fields in the header are saturated.
    const qsizetype needed = (needUncompressed ? 8 : 0) + (needCompressed ? 8 : 0)
                             + (needOffset ? 8 : 0);
    qsizetype position = 0;
    while (position + 4 <= extra.size()) {
        const quint16 id = le16(extra.constData() + position);
        const quint16 length = le16(extra.constData() + position + 2);
        const qsizetype data = position + 4;
        if (data + length > extra.size())
            break;
        if (id == zip64ExtraFieldId && length >= needed) {
            const char *field = extra.constData() + data;
            if (needUncompressed) {
                entry.uncompressedSize = le64(field);
                field += 8;
            }
            if (needCompressed) {
                entry.compressedSize = le64(field);
                field += 8;
            }
            if (needOffset)
                entry.localHeaderOffset = le64(field);
            return true;
        }
        position = data + length;
    }
    return fail(entry.centralHeaderPosition,
                Tr::tr("entry '%1' needs 64-bit sizes or offset, but has no valid ZIP64 extra field")
                    .arg(printableName(entry.name, 120)));
}

bool ZipChecker::readCentralHeader(quint64 index)
{
    const qint64 position = m_reader.position();
    const qint64 directoryEnd = qint64(m_directoryOffset + m_directorySize);
    if (position + centralHeaderSize > directoryEnd) {
        return fail(position, Tr::tr("central directory ends inside entry %1 of %2")
                                  .arg(index + 1)
                                  .arg(m_entryCount));
    }
    char header[centralHeaderSize];
    if (!m_reader.read(header, centralHeaderSize))
        return readFailed();
    if (le32(header) != centralHeaderSignature) {
        return fail(position, Tr::tr("entry %1 of %2 has no central directory header signature")
                                  .arg(index + 1)
                                  .arg(m_entryCount));
    }
    ZipEntry entry;
    entry.centralHeaderPosition = position;
    entry.flags = le16(header + 8);
    entry.method = le16(header + 10);
    entry.crc = le32(header + 16);
    entry.compressedSize = le32(header + 20);
    entry.uncompressedSize = le32(header + 24);
    const qint64 nameLength = le16(header + 28);
    const qint64 extraLength = le16(header + 30);
    const qint64 commentLength = le16(header + 32);
    entry.localHeaderOffset = le32(header + 42);
    if (m_reader.position() + nameLength + extraLength + commentLength > directoryEnd) {
        return fail(position, Tr::tr("entry %1 of %2 runs past the end of the central directory")
                                  .arg(index + 1)
                                  .arg(m_entryCount));
    }
    entry.name.resize(nameLength);
    QByteArray extra(extraLength, Qt::Uninitialized);
    if (!m_reader.read(entry.name.data(), nameLength) || !m_reader.read(extra.data(), extraLength)
        || !m_reader.skip(commentLength)) {
        return readFailed();
    }

    const bool needUncompressed = entry.uncompressedSize == 0xFFFFFFFFu;
    const bool needCompressed = entry.compressedSize == 0xFFFFFFFFu;
    const bool needOffset = entry.localHeaderOffset == 0xFFFFFFFFu;
    if ((needUncompressed || needCompressed || needOffset)
        && !readZip64Extra(entry, extra, needUncompressed, needCompressed, needOffset)) {
        return false;
    }
    m_entries.push_back(std::move(entry));
    return true;
}

bool ZipChecker::readCentralDirectory()
{
    // The central directory ends where the ZIP64 end record, or else the end
    // record, begins.
    // NOTE: Archives with data prepended to them (self-extracting stubs) have
    // offsets relative to the archive start and are reported Invalid here.
    const quint64 limit = quint64(m_zip64RecordPosition >= 0 ? m_zip64RecordPosition
                                                             : m_endRecordPosition);
    const auto end = checkedAdd(m_directoryOffset, m_directorySize);
    if (!end || *end > limit) {
        return fail(qint64(qMin(m_directoryOffset, limit)),
                    Tr::tr("central directory of %1 bytes at byte %2 runs past byte %3, where the "
                           "end record starts; the archive is truncated or damaged")
                        .arg(m_directorySize)
                        .arg(m_directoryOffset)
                        .arg(limit));
    }
    if (*end < limit) {
        return fail(qint64(*end), Tr::tr("%1 unexpected bytes between the central directory and "
                                         "the end record")
                                      .arg(limit - *end));
    }
    if (m_entryCount > m_directorySize / quint64(centralHeaderSize)) {
        return fail(m_endRecordPosition,
                    Tr::tr("%1 entries cannot fit in a central directory of %2 bytes")
                        .arg(m_entryCount)
                        .arg(m_directorySize));
    }
    if (!m_reader.seek(qint64(m_directoryOffset)))
        return readFailed();
    for (quint64 i = 0; i < m_entryCount; ++i) {
        if ((i + 1) % cancelInterval == 0 && cancelledNow())
            return false;
        if (!readCentralHeader(i))
            return false;
    }
    if (quint64(m_reader.position()) != *end) {
        return fail(m_reader.position(),
                    Tr::tr("central directory holds %1 more bytes after the %2 entries that the end "
                           "record counts")
                        .arg(*end - quint64(m_reader.position()))
                        .arg(m_entryCount));
    }
    return true;
}

bool ZipChecker::checkLocalHeaders()
{
    const quint64 size = quint64(m_reader.size());
    quint64 index = 0;
    for (ZipEntry &entry : m_entries) {
        if (++index % cancelInterval == 0 && cancelledNow())
            return false;
        const QString name = printableName(entry.name, 120);
        const auto headerEnd = checkedAdd(entry.localHeaderOffset, quint64(localHeaderSize));
        if (!headerEnd || *headerEnd > size) {
            return fail(entry.centralHeaderPosition,
                        Tr::tr("entry '%1': local header at byte %2 lies past the end of the file "
                               "(%3 bytes)")
                            .arg(name)
                            .arg(entry.localHeaderOffset)
                            .arg(size));
        }
        char header[localHeaderSize];
        if (!m_reader.seek(qint64(entry.localHeaderOffset))
            || !m_reader.read(header, localHeaderSize)) {
            return readFailed();
        }
        if (le32(header) != localHeaderSignature) {
            return fail(qint64(entry.localHeaderOffset),
                        Tr::tr("entry '%1': no local file header at byte %2")
                            .arg(name)
                            .arg(entry.localHeaderOffset));
        }
        const qint64 nameLength = le16(header + 26);
        const qint64 extraLength = le16(header + 28);
        if (nameLength + extraLength > m_reader.remaining()) {
            return fail(qint64(entry.localHeaderOffset),
                        Tr::tr("entry '%1': local header runs past the end of the file").arg(name));
        }
        QByteArray localName(nameLength, Qt::Uninitialized);
        if (!m_reader.read(localName.data(), nameLength))
            return readFailed();
        if (localName != entry.name) {
            return fail(qint64(entry.localHeaderOffset) + localHeaderSize,
                        Tr::tr("entry '%1': the local header names it '%2'")
                            .arg(name, printableName(localName, 120)));
        }
        entry.dataStart = entry.localHeaderOffset + quint64(localHeaderSize + nameLength
                                                            + extraLength);
        const auto dataEnd = checkedAdd(entry.dataStart, entry.compressedSize);
        if (!dataEnd || *dataEnd > size) {
            return fail(qint64(entry.dataStart),
                        Tr::tr("data of entry '%1' ends at byte %2, past the end of the file (%3 "
                               "bytes)")
                            .arg(name)
                            .arg(dataEnd.value_or(std::numeric_limits<quint64>::max()))
                            .arg(size));
        }
        if (*dataEnd > m_directoryOffset) {
            return fail(qint64(entry.dataStart),
                        Tr::tr("data of entry '%1' ends at byte %2, inside the central directory "
                               "that starts at byte %3")
                            .arg(name)
                            .arg(*dataEnd)
                            .arg(m_directoryOffset));
        }
        entry.dataEnd = *dataEnd;
        const bool encrypted = entry.flags & flagEncrypted;
        if (entry.method == methodStored && !encrypted
            && entry.compressedSize != entry.uncompressedSize) {
            return fail(entry.centralHeaderPosition,
                        Tr::tr("stored entry '%1' has compressed size %2 but uncompressed size %3")
                            .arg(name)
                            .arg(entry.compressedSize)
                            .arg(entry.uncompressedSize));
        }
    }

    std::vector<const ZipEntry *> byOffset;
    byOffset.reserve(m_entries.size());
    for (const ZipEntry &entry : m_entries)
        byOffset.push_back(&entry);
    std::sort(byOffset.begin(), byOffset.end(), [](const ZipEntry *a, const ZipEntry *b) {
        return a->localHeaderOffset < b->localHeaderOffset;
    });
    for (size_t i = 1; i < byOffset.size(); ++i) {
        const ZipEntry &previous = *byOffset[i - 1];
        const ZipEntry &entry = *byOffset[i];
        if (entry.localHeaderOffset < previous.dataEnd) {
            return fail(qint64(entry.localHeaderOffset),
                        Tr::tr("entry '%1' at byte %2 overlaps the data of entry '%3', which ends "
                               "at byte %4")
                            .arg(printableName(entry.name, 120))
                            .arg(entry.localHeaderOffset)
                            .arg(printableName(previous.name, 120))
                            .arg(previous.dataEnd));
        }
    }
    return true;
}

bool ZipChecker::checkEntryCrc(const ZipEntry &entry, bool &checked)
{
    checked = false;
    if ((entry.flags & flagEncrypted)
        || (entry.method != methodStored && entry.method != methodDeflated)) {
        return true;
    }
    const QString name = printableName(entry.name, 120);
    if (!m_reader.seek(qint64(entry.dataStart)))
        return readFailed();

    QByteArray input(chunkSize, Qt::Uninitialized);
    QByteArray output(chunkSize, Qt::Uninitialized);
    quint64 inputLeft = entry.compressedSize;
    quint64 produced = 0;
    uLong crc = crc32(0, nullptr, 0);

    if (entry.method == methodStored) {
        while (inputLeft > 0) {
            if (cancelledNow())
                return false;
            const qint64 length = qint64(qMin<quint64>(inputLeft, quint64(chunkSize)));
            if (!m_reader.read(input.data(), length))
                return readFailed();
            crc = crc32(crc, reinterpret_cast<const Bytef *>(input.constData()), uInt(length));
            inputLeft -= quint64(length);
            produced += quint64(length);
        }
    } else {
        InflateStream inflater;
        if (!inflater.ready())
            qFatal("zlib could not allocate an inflate stream");
        z_stream &stream = inflater.stream();
        for (;;) {
            if (cancelledNow())
                return false;
            if (stream.avail_in == 0) {
                if (inputLeft == 0) {
                    return fail(qint64(entry.dataStart),
                                Tr::tr("deflate data of entry '%1' ends before the end of its "
                                       "stream")
                                    .arg(name));
                }
                const qint64 length = qint64(qMin<quint64>(inputLeft, quint64(chunkSize)));
                if (!m_reader.read(input.data(), length))
                    return readFailed();
                inputLeft -= quint64(length);
                stream.next_in = reinterpret_cast<Bytef *>(input.data());
                stream.avail_in = uInt(length);
            }
            stream.next_out = reinterpret_cast<Bytef *>(output.data());
            stream.avail_out = uInt(chunkSize);
            const int status = inflate(&stream, Z_NO_FLUSH);
            if (status != Z_OK && status != Z_STREAM_END && status != Z_BUF_ERROR) {
                return fail(qint64(entry.dataStart),
                            Tr::tr("deflate data of entry '%1' is corrupt: %2")
                                .arg(name, QString::fromLatin1(stream.msg ? stream.msg
                                                                          : zError(status))));
            }
            const quint64 got = quint64(chunkSize) - stream.avail_out;
            produced += got;
            // Checked per chunk, so a damaged stream cannot inflate for long.
            if (produced > entry.uncompressedSize) {
                return fail(qint64(entry.dataStart),
                            Tr::tr("entry '%1' inflates to more than its uncompressed size of %2 "
                                   "bytes")
                                .arg(name)
                                .arg(entry.uncompressedSize));
            }
            crc = crc32(crc, reinterpret_cast<const Bytef *>(output.constData()), uInt(got));
            if (status == Z_STREAM_END)
                break;
        }
    }

    if (produced != entry.uncompressedSize) {
        return fail(qint64(entry.dataStart),
                    Tr::tr("entry '%1' holds %2 bytes, but the central directory says %3")
                        .arg(name)
                        .arg(produced)
                        .arg(entry.uncompressedSize));
    }
    if (quint32(crc) != entry.crc) {
        return fail(qint64(entry.dataStart),
                    Tr::tr("CRC-32 mismatch in entry '%1': the central directory says %2, the data "
                           "gives %3")
                        .arg(name)
                        .arg(entry.crc, 8, 16, QLatin1Char('0'))
                        .arg(quint32(crc), 8, 16, QLatin1Char('0')));
    }
    checked = true;
    return true;
}

bool ZipChecker::checkCrcs()
{
    qint64 unchecked = 0;
    for (const ZipEntry &entry : m_entries) {
        bool checked = false;
        if (!checkEntryCrc(entry, checked))
            return false;
        if (!checked)
            ++unchecked;
    }
    // NOTE: Encrypted entries and methods other than stored and deflate
    // (bzip2, LZMA, zstd) pass without a CRC check. The crc_unchecked_entries
    // fact reports how many there were.
    m_facts.insert(QStringLiteral("crc_checked"), unchecked == 0);
    m_facts.insert(QStringLiteral("crc_unchecked_entries"), unchecked);
    return true;
}

FormatVerdict ZipChecker::run()
{
    if (isCancelled(m_cancelled))
        return cancelledVerdict(ModelFormat::Zip);

    bool ok = findEndRecord() && readZip64Records() && readCentralDirectory()
              && checkLocalHeaders();
    if (ok) {
        quint64 uncompressed = 0;
        bool pytorch = false;
        bool numpy = !m_entries.empty();
        for (const ZipEntry &entry : m_entries) {
            uncompressed = checkedAdd(uncompressed, entry.uncompressedSize)
                               .value_or(std::numeric_limits<quint64>::max());
            // torch.save writes ARCHIVE/data.pkl, and numpy.savez writes NAME.npy.
            pytorch = pytorch || entry.name == "data.pkl" || entry.name.endsWith("/data.pkl");
            numpy = numpy && entry.name.endsWith(".npy");
        }
        m_facts.insert(QStringLiteral("entry_count"), factNumber(m_entries.size()));
        m_facts.insert(QStringLiteral("uncompressed_size"), factNumber(uncompressed));
        m_facts.insert(QStringLiteral("zip64"), m_zip64RecordPosition >= 0);
        m_facts.insert(QStringLiteral("archive_kind"),
                       pytorch  ? QStringLiteral("pytorch")
                       : numpy ? QStringLiteral("numpy")
                               : QStringLiteral("zip"));
        if (m_options.zipCrcPass)
            ok = checkCrcs();
        else
            m_facts.insert(QStringLiteral("crc_checked"), false);
    }

    FormatVerdict verdict;
    if (!ok) {
        verdict = *m_problem;
    } else {
        verdict.format = ModelFormat::Zip;
        verdict.status = FormatStatus::Valid;
    }
    if (!verdict.cancelled) {
        for (auto it = m_facts.cbegin(); it != m_facts.cend(); ++it)
            verdict.facts.insert(it.key(), it.value());
    }
    return verdict;
}

} // namespace

FormatVerdict checkZip(QIODevice &device, qint64 size, const FormatCheckOptions &options,
                       const std::atomic_bool *cancelled)
{
    ZipChecker checker(device, size, options, cancelled);
    return checker.run();
}

} // namespace vh
