#include "verify/samplemodels.h"
#include "verify/zipcheck.h"

#include <QBuffer>
#include <QTest>
#include <QtEndian>

using namespace vh;

namespace {

FormatVerdict checkBytes(const QByteArray &bytes, bool crcPass,
                         const std::atomic_bool *cancelled = nullptr)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    FormatCheckOptions options;
    options.zipCrcPass = crcPass;
    return checkZip(buffer, bytes.size(), options, cancelled);
}

void putU16(QByteArray &bytes, qint64 position, quint16 value)
{
    qToLittleEndian<quint16>(value, bytes.data() + position);
}

void putU32(QByteArray &bytes, qint64 position, quint32 value)
{
    qToLittleEndian<quint32>(value, bytes.data() + position);
}

void putU64(QByteArray &bytes, qint64 position, quint64 value)
{
    qToLittleEndian<quint64>(value, bytes.data() + position);
}

quint32 getU32(const QByteArray &bytes, qint64 position)
{
    return qFromLittleEndian<quint32>(bytes.constData() + position);
}

// Field offsets inside a central directory header and a local file header.
constexpr qint64 centralCompressedSize = 20;
constexpr qint64 centralUncompressedSize = 24;
constexpr qint64 centralExtraId = 46; // id of the first extra field, plus the name length
constexpr qint64 localName = 30;

} // namespace

class TestZipCheck : public QObject
{
    Q_OBJECT

private slots:
    void validArchives_data();
    void validArchives();
    void brokenArchives_data();
    void brokenArchives();
    void crcMismatchNeedsCrcPass();
    void cancelledCrcPass();
};

void TestZipCheck::validArchives_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("entryCount");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("zip64");

    QTest::newRow("stored pytorch") << makeZip(samplePytorchZipSpec(false)) << qint64(5)
                                    << QStringLiteral("pytorch") << false;
    QTest::newRow("deflated storage") << makeZip(samplePytorchZipSpec(true)) << qint64(5)
                                      << QStringLiteral("pytorch") << false;
    ZipSpec zip64 = samplePytorchZipSpec(true);
    zip64.zip64 = true;
    QTest::newRow("ZIP64 records") << makeZip(zip64) << qint64(5) << QStringLiteral("pytorch")
                                   << true;
    QTest::newRow("empty archive") << makeZip(ZipSpec{}) << qint64(0) << QStringLiteral("zip")
                                   << false;
    ZipSpec npz;
    npz.entries = {{"weights.npy", QByteArray(300, 'w')}, {"bias.npy", "bias", true}};
    npz.comment = "saved by numpy";
    QTest::newRow("npz with comment") << makeZip(npz) << qint64(2) << QStringLiteral("numpy")
                                      << false;
}

void TestZipCheck::validArchives()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, entryCount);
    QFETCH(QString, kind);
    QFETCH(bool, zip64);

    for (const bool crcPass : {false, true}) {
        const FormatVerdict verdict = checkBytes(bytes, crcPass);
        QVERIFY2(verdict.isValid(), qPrintable(verdict.reason));
        QCOMPARE(verdict.format, ModelFormat::Zip);
        QCOMPARE(verdict.facts.value(QStringLiteral("entry_count")).toLongLong(), entryCount);
        QCOMPARE(verdict.facts.value(QStringLiteral("archive_kind")).toString(), kind);
        QCOMPARE(verdict.facts.value(QStringLiteral("zip64")).toBool(), zip64);
        QCOMPARE(verdict.facts.value(QStringLiteral("crc_checked")).toBool(), crcPass);
    }
}

void TestZipCheck::brokenArchives_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("crcPass");
    QTest::addColumn<QString>("reasonPart");
    QTest::addColumn<qint64>("offset");

    ZipLayout layout;
    const QByteArray good = makeZip(samplePytorchZipSpec(true), &layout);
    const qint64 size = good.size();

    QTest::newRow("too small") << good.right(10) << false
                               << QStringLiteral("too small for a zip archive") << qint64(0);

    QTest::newRow("truncated in the data")
        << good.left(layout.dataOffsets.at(3) + 10) << false
        << QStringLiteral("no end of central directory record")
        << layout.dataOffsets.at(3) + 10;

    QByteArray shortDirectory = good;
    shortDirectory.remove(layout.endRecordOffset - 10, 10);
    QTest::newRow("truncated central directory")
        << shortDirectory << false
        << QStringLiteral("central directory of %1 bytes at byte %2 runs past byte %3")
               .arg(layout.centralDirectorySize)
               .arg(layout.centralDirectoryOffset)
               .arg(layout.endRecordOffset - 10)
        << layout.centralDirectoryOffset;

    QByteArray dataPastEnd = good;
    putU32(dataPastEnd, layout.centralHeaderOffsets.at(2) + centralCompressedSize, 0x7FFFFFFF);
    QTest::newRow("entry data past the end")
        << dataPastEnd << false
        << QStringLiteral("data of entry 'archive/data/0' ends at byte %1, past the end of the "
                          "file")
               .arg(layout.dataOffsets.at(2) + 0x7FFFFFFF)
        << layout.dataOffsets.at(2);

    QByteArray dataIntoDirectory = good;
    putU32(dataIntoDirectory, layout.centralHeaderOffsets.at(4) + centralCompressedSize, 12);
    putU32(dataIntoDirectory, layout.centralHeaderOffsets.at(4) + centralUncompressedSize, 12);
    QTest::newRow("entry data into the central directory")
        << dataIntoDirectory << false
        << QStringLiteral("inside the central directory that starts at byte %1")
               .arg(layout.centralDirectoryOffset)
        << layout.dataOffsets.at(4);

    QByteArray overlapping = good;
    putU32(overlapping, layout.centralHeaderOffsets.at(1) + centralCompressedSize, 40);
    putU32(overlapping, layout.centralHeaderOffsets.at(1) + centralUncompressedSize, 40);
    QTest::newRow("overlapping entries")
        << overlapping << false
        << QStringLiteral("entry 'archive/data/0' at byte %1 overlaps the data of entry "
                          "'archive/byteorder'")
               .arg(layout.localHeaderOffsets.at(2))
        << layout.localHeaderOffsets.at(2);

    QByteArray storedSizes = good;
    putU32(storedSizes, layout.centralHeaderOffsets.at(0) + centralUncompressedSize, 7);
    QTest::newRow("stored sizes differ")
        << storedSizes << false
        << QStringLiteral("stored entry 'archive/data.pkl' has compressed size 6 but "
                          "uncompressed size 7")
        << layout.centralHeaderOffsets.at(0);

    QByteArray tooFewEntries = good;
    putU16(tooFewEntries, layout.endRecordOffset + 8, 4);
    putU16(tooFewEntries, layout.endRecordOffset + 10, 4);
    QTest::newRow("entry count too low")
        << tooFewEntries << false
        << QStringLiteral("after the 4 entries that the end record counts")
        << layout.centralHeaderOffsets.at(4);

    QByteArray tooManyEntries = good;
    putU16(tooManyEntries, layout.endRecordOffset + 8, 6);
    putU16(tooManyEntries, layout.endRecordOffset + 10, 6);
    QTest::newRow("entry count too high")
        << tooManyEntries << false << QStringLiteral("central directory ends inside entry 6 of 6")
        << layout.endRecordOffset;

    QByteArray diskCounts = good;
    putU16(diskCounts, layout.endRecordOffset + 8, 4);
    QTest::newRow("entries on disk differ")
        << diskCounts << false
        << QStringLiteral("end record counts 4 entries on this disk but 5 in total")
        << layout.endRecordOffset;

    QByteArray multiDisk = good;
    putU16(multiDisk, layout.endRecordOffset + 4, 1);
    QTest::newRow("multi-disk") << multiDisk << false << QStringLiteral("spans several disks")
                                << layout.endRecordOffset;

    QByteArray noLocator = good;
    putU32(noLocator, layout.endRecordOffset + 16, 0xFFFFFFFF);
    QTest::newRow("ZIP64 marker without locator")
        << noLocator << false << QStringLiteral("no ZIP64 locator precedes it")
        << layout.endRecordOffset;

    QByteArray badCentralSignature = good;
    putU32(badCentralSignature, layout.centralHeaderOffsets.at(0), 0x12345678);
    QTest::newRow("bad central header signature")
        << badCentralSignature << false
        << QStringLiteral("entry 1 of 5 has no central directory header signature")
        << layout.centralHeaderOffsets.at(0);

    QByteArray badLocalSignature = good;
    putU32(badLocalSignature, layout.localHeaderOffsets.at(3), 0x12345678);
    QTest::newRow("bad local header signature")
        << badLocalSignature << false
        << QStringLiteral("entry 'archive/data/1': no local file header at byte %1")
               .arg(layout.localHeaderOffsets.at(3))
        << layout.localHeaderOffsets.at(3);

    QByteArray renamed = good;
    renamed[layout.localHeaderOffsets.at(4) + localName] = 'X';
    QTest::newRow("local name differs")
        << renamed << false
        << QStringLiteral("entry 'archive/version': the local header names it 'Xrchive/version'")
        << layout.localHeaderOffsets.at(4) + localName;

    QByteArray corruptStored = good;
    corruptStored[layout.dataOffsets.at(2) + 100] = char(corruptStored[layout.dataOffsets.at(2) + 100] ^ 0x01);
    QTest::newRow("CRC mismatch with the CRC pass")
        << corruptStored << true
        << QStringLiteral("CRC-32 mismatch in entry 'archive/data/0'") << layout.dataOffsets.at(2);

    QByteArray badBlockType = good;
    // BFINAL = 1 and BTYPE = 3, a block type deflate reserves.
    badBlockType[layout.dataOffsets.at(3)] = char(0x07);
    QTest::newRow("corrupt deflate data")
        << badBlockType << true
        << QStringLiteral("deflate data of entry 'archive/data/1' is corrupt: invalid block type")
        << layout.dataOffsets.at(3);

    QByteArray shortDeflate = good;
    const quint32 deflatedSize = getU32(good, layout.centralHeaderOffsets.at(3)
                                                  + centralCompressedSize);
    putU32(shortDeflate, layout.centralHeaderOffsets.at(3) + centralCompressedSize,
           deflatedSize - 4);
    QTest::newRow("deflate stream cut short")
        << shortDeflate << true
        << QStringLiteral("deflate data of entry 'archive/data/1' ends before the end of its "
                          "stream")
        << layout.dataOffsets.at(3);

    QByteArray wrongLength = good;
    putU32(wrongLength, layout.centralHeaderOffsets.at(3) + centralUncompressedSize, 8705);
    QTest::newRow("inflated size differs")
        << wrongLength << true
        << QStringLiteral("entry 'archive/data/1' holds 8704 bytes, but the central directory "
                          "says 8705")
        << layout.dataOffsets.at(3);

    QByteArray inflatesTooMuch = good;
    putU32(inflatesTooMuch, layout.centralHeaderOffsets.at(3) + centralUncompressedSize, 100);
    QTest::newRow("inflates beyond its size")
        << inflatesTooMuch << true
        << QStringLiteral("inflates to more than its uncompressed size of 100 bytes")
        << layout.dataOffsets.at(3);

    ZipSpec zip64Spec = samplePytorchZipSpec(false);
    zip64Spec.zip64 = true;
    ZipLayout zip64Layout;
    const QByteArray zip64 = makeZip(zip64Spec, &zip64Layout);

    QByteArray locatorPastEnd = zip64;
    putU64(locatorPastEnd, zip64Layout.zip64LocatorOffset + 8, quint64(size) * 4);
    QTest::newRow("ZIP64 locator past the end")
        << locatorPastEnd << false
        << QStringLiteral("ZIP64 locator points to byte %1").arg(size * 4)
        << zip64Layout.zip64LocatorOffset + 8;

    QByteArray badZip64Record = zip64;
    putU32(badZip64Record, zip64Layout.zip64RecordOffset, 0x12345678);
    QTest::newRow("ZIP64 record signature")
        << badZip64Record << false
        << QStringLiteral("no ZIP64 end of central directory record at byte %1")
               .arg(zip64Layout.zip64RecordOffset)
        << zip64Layout.zip64RecordOffset;

    QByteArray zip64EntryCount = zip64;
    putU64(zip64EntryCount, zip64Layout.zip64RecordOffset + 32, 4);
    QTest::newRow("ZIP64 entry counts differ")
        << zip64EntryCount << false
        << QStringLiteral("ZIP64 end record counts 5 entries on this disk but 4 in total")
        << zip64Layout.zip64RecordOffset + 24;

    QByteArray noZip64Extra = zip64;
    const qint64 firstCentral = zip64Layout.centralHeaderOffsets.at(0);
    putU16(noZip64Extra, firstCentral + centralExtraId + zip64Spec.entries.at(0).name.size(),
           0x9999);
    QTest::newRow("ZIP64 extra field missing")
        << noZip64Extra << false
        << QStringLiteral("entry 'archive/data.pkl' needs 64-bit sizes or offset, but has no "
                          "valid ZIP64 extra field")
        << firstCentral;

    QByteArray zip64DataPastEnd = zip64;
    // The real size lives in the ZIP64 extra field: uncompressed, then compressed.
    const qint64 extraData = firstCentral + centralExtraId + zip64Spec.entries.at(0).name.size() + 4;
    putU64(zip64DataPastEnd, extraData, quint64(1) << 40);
    putU64(zip64DataPastEnd, extraData + 8, quint64(1) << 40);
    QTest::newRow("ZIP64 entry data past the end")
        << zip64DataPastEnd << false
        << QStringLiteral("data of entry 'archive/data.pkl' ends at byte %1, past the end")
               .arg(zip64Layout.dataOffsets.at(0) + (qint64(1) << 40))
        << zip64Layout.dataOffsets.at(0);
}

void TestZipCheck::brokenArchives()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, crcPass);
    QFETCH(QString, reasonPart);
    QFETCH(qint64, offset);

    const FormatVerdict verdict = checkBytes(bytes, crcPass);
    QCOMPARE(verdict.format, ModelFormat::Zip);
    QCOMPARE(verdict.status, FormatStatus::Invalid);
    QVERIFY2(verdict.reason.contains(reasonPart), qPrintable(verdict.reason));
    QCOMPARE(verdict.offset, offset);
}

void TestZipCheck::crcMismatchNeedsCrcPass()
{
    // A flipped byte inside entry data leaves every header intact: only the
    // CRC pass, which reads the data, can see it.
    ZipLayout layout;
    QByteArray bytes = makeZip(samplePytorchZipSpec(false), &layout);
    bytes[layout.dataOffsets.at(3) + 5] = char(bytes[layout.dataOffsets.at(3) + 5] ^ 0x40);

    const FormatVerdict structural = checkBytes(bytes, false);
    QVERIFY2(structural.isValid(), qPrintable(structural.reason));
    QCOMPARE(structural.facts.value(QStringLiteral("crc_checked")).toBool(), false);

    const FormatVerdict full = checkBytes(bytes, true);
    QCOMPARE(full.status, FormatStatus::Invalid);
    QVERIFY2(full.reason.contains(QStringLiteral("CRC-32 mismatch in entry 'archive/data/1'")),
             qPrintable(full.reason));
    QCOMPARE(full.offset, layout.dataOffsets.at(3));
}

void TestZipCheck::cancelledCrcPass()
{
    std::atomic_bool cancelled{true};
    const FormatVerdict verdict = checkBytes(makeZip(samplePytorchZipSpec(true)), true,
                                             &cancelled);
    QCOMPARE(verdict.status, FormatStatus::NotChecked);
    QVERIFY(verdict.cancelled);
}

QTEST_GUILESS_MAIN(TestZipCheck)
#include "tst_zipcheck.moc"
