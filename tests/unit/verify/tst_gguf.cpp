#include "verify/ggufcheck.h"
#include "verify/samplemodels.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QTest>
#include <QtEndian>

using namespace vh;

namespace {

FormatVerdict checkBytes(const QByteArray &bytes, const std::atomic_bool *cancelled = nullptr)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return checkGguf(buffer, bytes.size(), cancelled);
}

void putU32(QByteArray &bytes, qint64 position, quint32 value)
{
    qToLittleEndian<quint32>(value, bytes.data() + position);
}

void putU64(QByteArray &bytes, qint64 position, quint64 value)
{
    qToLittleEndian<quint64>(value, bytes.data() + position);
}

// Offset of the value of metadata pair `index` in a v2/v3 file.
qint64 valueOffset(const GgufSpec &spec, const GgufLayout &layout, qsizetype index)
{
    return layout.keyValueOffsets.at(index) + 8 + spec.metadata.at(index).key.size() + 4;
}

GgufSpec nestedArraySpec(int depth)
{
    GgufSpec spec = sampleGgufSpec(3);
    GgufValue value = GgufValue::array(GgufValueType::String, {GgufValue::string("leaf")});
    for (int level = 1; level < depth; ++level)
        value = GgufValue::array(GgufValueType::Array, {value, value});
    spec.metadata.append({"sample.nested", value});
    return spec;
}

} // namespace

class TestGguf : public QObject
{
    Q_OBJECT

private slots:
    void validVersions_data();
    void validVersions();
    void tensorByteSizes_data();
    void tensorByteSizes();
    void brokenFiles_data();
    void brokenFiles();
    void absurdCountFailsFast();
    void missingFinalPaddingIsValid();
    void noTensorsIsValid();
    void nestedArraysAreValid();
    void unknownTypeThenInvalidIsInvalid();
    void fileTypeNames_data();
    void fileTypeNames();
    void cancelledCheck();
};

void TestGguf::validVersions_data()
{
    QTest::addColumn<quint32>("version");
    QTest::newRow("v1") << 1u;
    QTest::newRow("v2") << 2u;
    QTest::newRow("v3") << 3u;
}

void TestGguf::validVersions()
{
    QFETCH(quint32, version);
    GgufLayout layout;
    const QByteArray bytes = makeGguf(sampleGgufSpec(version), &layout);
    const FormatVerdict verdict = checkBytes(bytes);

    QVERIFY2(verdict.isValid(), qPrintable(verdict.reason));
    QCOMPARE(verdict.format, ModelFormat::Gguf);
    QCOMPARE(verdict.offset, qint64(-1));
    QVERIFY(verdict.reason.isEmpty());
    QCOMPARE(verdict.facts.value(QStringLiteral("version")).toInt(), int(version));
    QCOMPARE(verdict.facts.value(QStringLiteral("architecture")).toString(),
             QStringLiteral("llama"));
    QCOMPARE(verdict.facts.value(QStringLiteral("name")).toString(),
             QStringLiteral("vastharvest-sample"));
    QCOMPARE(verdict.facts.value(QStringLiteral("file_type")).toString(),
             QStringLiteral("MOSTLY_Q4_K_M"));
    QCOMPARE(verdict.facts.value(QStringLiteral("tensor_count")).toLongLong(), 5);
    // 256*4 + 8*4 + 16*4 + 32*2*2 + 256*1 elements.
    QCOMPARE(verdict.facts.value(QStringLiteral("parameter_count")).toLongLong(), 1504);
    QCOMPARE(verdict.facts.value(QStringLiteral("data_offset")).toLongLong(), layout.dataStart);
    const QVariantMap types = verdict.facts.value(QStringLiteral("tensor_types")).toMap();
    QCOMPARE(types.value(QStringLiteral("Q4_K")).toLongLong(), 1);
    QCOMPARE(types.value(QStringLiteral("Q8_0")).toLongLong(), 1);
    QCOMPARE(types.value(QStringLiteral("F16")).toLongLong(), 1);
    QCOMPARE(types.size(), 5);
    QCOMPARE(layout.dataStart % 32, 0);
}

void TestGguf::tensorByteSizes_data()
{
    QTest::addColumn<quint32>("type");
    QTest::addColumn<QList<qint64>>("dims");
    QTest::addColumn<qint64>("expected"); // -1: no size

    QTest::newRow("F32 [8,4]") << ggml::typeF32 << QList<qint64>{8, 4} << qint64(128);
    QTest::newRow("Q8_0 [32,2]") << ggml::typeQ8_0 << QList<qint64>{32, 2} << qint64(68);
    QTest::newRow("Q4_K [4096,4096]")
        << ggml::typeQ4_K << QList<qint64>{4096, 4096} << qint64(9437184);
    QTest::newRow("Q4_0 [64]") << ggml::typeQ4_0 << QList<qint64>{64} << qint64(36);
    QTest::newRow("MXFP4 [32,3]") << ggml::typeMxfp4 << QList<qint64>{32, 3} << qint64(51);
    QTest::newRow("BF16 scalar") << ggml::typeBF16 << QList<qint64>{} << qint64(2);
    QTest::newRow("zero rows") << ggml::typeF32 << QList<qint64>{8, 0} << qint64(0);
    QTest::newRow("Q4_K row not whole blocks")
        << ggml::typeQ4_K << QList<qint64>{100} << qint64(-1);
    QTest::newRow("removed Q4_2") << 4u << QList<qint64>{32} << qint64(-1);
    QTest::newRow("removed IQ4_NL_4_4") << 36u << QList<qint64>{32} << qint64(-1);
    QTest::newRow("unknown id 43") << 43u << QList<qint64>{32} << qint64(-1);
    QTest::newRow("overflow") << ggml::typeF32
                              << QList<qint64>{qint64(1) << 40, qint64(1) << 30} << qint64(-1);
}

void TestGguf::tensorByteSizes()
{
    QFETCH(quint32, type);
    QFETCH(QList<qint64>, dims);
    QFETCH(qint64, expected);
    QCOMPARE(ggmlTensorBytes(type, dims).value_or(-1), expected);
}

void TestGguf::brokenFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<FormatStatus>("status");
    QTest::addColumn<QString>("reasonPart");
    QTest::addColumn<qint64>("offset");

    const GgufSpec spec = sampleGgufSpec(3);
    GgufLayout layout;
    const QByteArray good = makeGguf(spec, &layout);

    GgufSpec unpaddedSpec = spec;
    unpaddedSpec.padLastTensor = false;
    GgufLayout unpaddedLayout;
    const QByteArray unpadded = makeGguf(unpaddedSpec, &unpaddedLayout);
    QTest::newRow("truncated by one byte")
        << unpadded.left(unpadded.size() - 1) << FormatStatus::Invalid
        << QStringLiteral("data of tensor 'output.weight' ends at byte %1, past the end")
               .arg(unpadded.size())
        << unpaddedLayout.tensorDataOffsets.last();

    QTest::newRow("truncated inside metadata")
        << good.left(layout.keyValueOffsets.at(17) + 3) << FormatStatus::Invalid
        << QStringLiteral("unexpected end of file") << layout.keyValueOffsets.at(17);

    QTest::newRow("truncated to the first 40 bytes")
        << good.left(40) << FormatStatus::Invalid
        << QStringLiteral("tensor count 5 cannot fit in the 16 bytes") << layout.tensorCountOffset;

    QTest::newRow("truncated inside tensor infos")
        << good.left(layout.tensorInfoOffsets.at(2) + 5) << FormatStatus::Invalid
        << QStringLiteral("unexpected end of file (size %1 bytes)")
               .arg(layout.tensorInfoOffsets.at(2) + 5)
        << layout.tensorInfoOffsets.at(2);

    QTest::newRow("truncated before the data section")
        << good.left(layout.tensorOffsetFieldOffsets.last() + 8) << FormatStatus::Invalid
        << QStringLiteral("data section would start at byte %1").arg(layout.dataStart)
        << layout.tensorOffsetFieldOffsets.last() + 8;

    QTest::newRow("only the magic") << QByteArray("GGUF") << FormatStatus::Invalid
                                    << QStringLiteral("unexpected end of file") << qint64(4);
    QTest::newRow("empty file") << QByteArray() << FormatStatus::Invalid
                                << QStringLiteral("too small to hold the GGUF magic") << qint64(0);

    QByteArray badMagic = good;
    badMagic.replace(0, 4, "GGML");
    QTest::newRow("bad magic") << badMagic << FormatStatus::Invalid
                               << QStringLiteral("bad magic 47 47 4d 4c") << qint64(0);

    for (const quint32 version : {0u, 4u, 0x03000000u}) {
        QByteArray bytes = good;
        putU32(bytes, 4, version);
        const QString reason = version == 0x03000000u
                                   ? QStringLiteral("0x03000000 looks byte-swapped")
                                   : QStringLiteral("unsupported GGUF version %1").arg(version);
        QTest::addRow("version 0x%08x", version)
            << bytes << FormatStatus::Invalid << reason << qint64(4);
    }

    QByteArray tensorPastEnd = good;
    // output.weight is Q6_K [256, 1]; 1000 rows would need 210,000 bytes.
    putU64(tensorPastEnd, layout.tensorDimensionOffsets.last() + 8, 1000);
    QTest::newRow("tensor past the end")
        << tensorPastEnd << FormatStatus::Invalid
        << QStringLiteral("data of tensor 'output.weight' ends at byte %1")
               .arg(layout.tensorDataOffsets.last() + 210000)
        << layout.tensorDataOffsets.last();

    QByteArray stringPastEnd = good;
    putU64(stringPastEnd, valueOffset(spec, layout, 1), quint64(1) << 40);
    QTest::newRow("string length past the end")
        << stringPastEnd << FormatStatus::Invalid
        << QStringLiteral("string length 1099511627776 exceeds the")
        << valueOffset(spec, layout, 1);

    QByteArray keyPastEnd = good;
    putU64(keyPastEnd, layout.keyValueOffsets.at(4), 1u << 20);
    QTest::newRow("key length past the end")
        << keyPastEnd << FormatStatus::Invalid << QStringLiteral("key length 1048576 exceeds the")
        << layout.keyValueOffsets.at(4);

    QByteArray emptyKey = good;
    putU64(emptyKey, layout.keyValueOffsets.at(4), 0);
    QTest::newRow("empty key") << emptyKey << FormatStatus::Invalid
                               << QStringLiteral("metadata key is empty")
                               << layout.keyValueOffsets.at(4);

    QByteArray hugeTensorCount = good;
    putU64(hugeTensorCount, layout.tensorCountOffset, quint64(1) << 60);
    QTest::newRow("2^60 tensors") << hugeTensorCount << FormatStatus::Invalid
                                  << QStringLiteral("tensor count 1152921504606846976 cannot fit")
                                  << layout.tensorCountOffset;

    QByteArray hugeMetadataCount = good;
    putU64(hugeMetadataCount, layout.metadataCountOffset, quint64(1) << 60);
    QTest::newRow("2^60 metadata pairs")
        << hugeMetadataCount << FormatStatus::Invalid
        << QStringLiteral("metadata count 1152921504606846976 cannot fit")
        << layout.metadataCountOffset;

    QByteArray misaligned = good;
    const qint64 secondOffset = layout.tensorDataOffsets.at(1) - layout.dataStart;
    putU64(misaligned, layout.tensorOffsetFieldOffsets.at(1), quint64(secondOffset + 4));
    QTest::newRow("misaligned offset")
        << misaligned << FormatStatus::Invalid
        << QStringLiteral("offset %1, which is not a multiple of the alignment 32")
               .arg(secondOffset + 4)
        << layout.tensorOffsetFieldOffsets.at(1);

    QByteArray overlapping = good;
    putU64(overlapping, layout.tensorOffsetFieldOffsets.at(1), 0);
    QTest::newRow("overlapping tensors")
        << overlapping << FormatStatus::Invalid
        << QStringLiteral("tensor 'blk.0.attn_norm.weight' has offset 0, expected %1")
               .arg(secondOffset)
        << layout.tensorOffsetFieldOffsets.at(1);

    QByteArray gap = good;
    putU64(gap, layout.tensorOffsetFieldOffsets.at(1), quint64(secondOffset + 32));
    QTest::newRow("gap between tensors")
        << gap << FormatStatus::Invalid
        << QStringLiteral("has offset %1, expected %2").arg(secondOffset + 32).arg(secondOffset)
        << layout.tensorOffsetFieldOffsets.at(1);

    QByteArray unknownType = good;
    putU32(unknownType, layout.tensorTypeOffsets.at(2), 43);
    QTest::newRow("unknown tensor type")
        << unknownType << FormatStatus::NotChecked
        << QStringLiteral("unknown tensor type 43 in tensor 'blk.0.attn_q.weight'")
        << layout.tensorTypeOffsets.at(2);

    const QList<QPair<quint32, QString>> removedTypes = {
        {4, QStringLiteral("Q4_2")},         {5, QStringLiteral("Q4_3")},
        {31, QStringLiteral("Q4_0_4_4")},    {32, QStringLiteral("Q4_0_4_8")},
        {33, QStringLiteral("Q4_0_8_8")},    {36, QStringLiteral("IQ4_NL_4_4")},
        {37, QStringLiteral("IQ4_NL_4_8")},  {38, QStringLiteral("IQ4_NL_8_8")},
    };
    for (const auto &[id, typeName] : removedTypes) {
        QByteArray bytes = good;
        putU32(bytes, layout.tensorTypeOffsets.at(1), id);
        QTest::addRow("removed tensor type %u", id)
            << bytes << FormatStatus::Invalid
            << QStringLiteral("has type %1 (%2), which ggml no longer supports").arg(id).arg(typeName)
            << layout.tensorTypeOffsets.at(1);
    }

    for (const quint32 alignment : {24u, 0u, 48u}) {
        QByteArray bytes = good;
        putU32(bytes, valueOffset(spec, layout, 3), alignment);
        QTest::addRow("alignment %u", alignment)
            << bytes << FormatStatus::Invalid
            << QStringLiteral("general.alignment %1 is not a non-zero power of two").arg(alignment)
            << valueOffset(spec, layout, 3);
    }

    GgufSpec wideAlignment = spec;
    wideAlignment.metadata[3].value = GgufValue::uint64(32);
    GgufLayout wideLayout;
    const QByteArray wideBytes = makeGguf(wideAlignment, &wideLayout);
    QTest::newRow("alignment as UINT64")
        << wideBytes << FormatStatus::Invalid
        << QStringLiteral("general.alignment has value type UINT64, expected UINT32")
        << valueOffset(wideAlignment, wideLayout, 3) - 4;

    QByteArray unknownValueType = good;
    putU32(unknownValueType, valueOffset(spec, layout, 4) - 4, 13);
    QTest::newRow("unknown value type")
        << unknownValueType << FormatStatus::Invalid
        << QStringLiteral("metadata key 'llama.context_length' has unknown value type 13")
        << valueOffset(spec, layout, 4) - 4;

    GgufSpec duplicateKey = spec;
    duplicateKey.metadata.append({"llama.block_count", GgufValue::uint32(2)});
    GgufLayout duplicateKeyLayout;
    const QByteArray duplicateKeyBytes = makeGguf(duplicateKey, &duplicateKeyLayout);
    QTest::newRow("duplicate key") << duplicateKeyBytes << FormatStatus::Invalid
                                   << QStringLiteral("duplicate metadata key 'llama.block_count'")
                                   << duplicateKeyLayout.keyValueOffsets.last();

    GgufSpec duplicateTensor = spec;
    duplicateTensor.tensors[3].name = duplicateTensor.tensors[1].name;
    GgufLayout duplicateTensorLayout;
    const QByteArray duplicateTensorBytes = makeGguf(duplicateTensor, &duplicateTensorLayout);
    QTest::newRow("duplicate tensor name")
        << duplicateTensorBytes << FormatStatus::Invalid
        << QStringLiteral("duplicate tensor name 'blk.0.attn_norm.weight'")
        << duplicateTensorLayout.tensorInfoOffsets.at(3);

    GgufSpec longName = spec;
    longName.tensors[0].name = QByteArray(64, 'x');
    GgufLayout longNameLayout;
    const QByteArray longNameBytes = makeGguf(longName, &longNameLayout);
    QTest::newRow("tensor name of 64 bytes")
        << longNameBytes << FormatStatus::Invalid
        << QStringLiteral("tensor name length 64 exceeds ggml's limit of 63 bytes")
        << longNameLayout.tensorInfoOffsets.at(0);

    QByteArray tooManyDims = good;
    putU32(tooManyDims, layout.tensorDimensionOffsets.at(0) - 4, 5);
    QTest::newRow("five dimensions")
        << tooManyDims << FormatStatus::Invalid
        << QStringLiteral("tensor 'token_embd.weight' has 5 dimensions")
        << layout.tensorDimensionOffsets.at(0) - 4;

    QByteArray negativeDim = good;
    putU64(negativeDim, layout.tensorDimensionOffsets.at(1) + 8, ~quint64(0));
    QTest::newRow("negative dimension")
        << negativeDim << FormatStatus::Invalid
        << QStringLiteral("dimension 1 of tensor 'blk.0.attn_norm.weight' is negative (-1)")
        << layout.tensorDimensionOffsets.at(1) + 8;

    GgufSpec partialBlock = spec;
    partialBlock.tensors[0].dims = {100, 4};
    partialBlock.tensors[0].byteSize = 576;
    GgufLayout partialBlockLayout;
    const QByteArray partialBlockBytes = makeGguf(partialBlock, &partialBlockLayout);
    QTest::newRow("row not whole blocks")
        << partialBlockBytes << FormatStatus::Invalid
        << QStringLiteral("row length 100 is not a multiple of the Q4_K block size 256")
        << partialBlockLayout.tensorTypeOffsets.at(0);

    GgufSpec tooDeep = nestedArraySpec(17);
    GgufLayout tooDeepLayout;
    const QByteArray tooDeepBytes = makeGguf(tooDeep, &tooDeepLayout);
    // The 16th array's element type field is where the limit is exceeded:
    // each level before it takes a type, a count and nothing else up front.
    const qint64 firstArray = valueOffset(tooDeep, tooDeepLayout, tooDeep.metadata.size() - 1);
    QTest::newRow("arrays nested 17 deep")
        << tooDeepBytes << FormatStatus::Invalid
        << QStringLiteral("arrays are nested more than 16 levels deep")
        << firstArray + 15 * 12;

    GgufSpec v1 = sampleGgufSpec(1);
    GgufLayout v1Layout;
    QByteArray v1StringPastEnd = makeGguf(v1, &v1Layout);
    const qint64 v1NameValue = v1Layout.keyValueOffsets.at(1) + 4 + 12 + 4;
    putU32(v1StringPastEnd, v1NameValue, 0x7FFFFFFF);
    QTest::newRow("v1 string length past the end")
        << v1StringPastEnd << FormatStatus::Invalid
        << QStringLiteral("string length 2147483647 exceeds the") << v1NameValue;
}

void TestGguf::brokenFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(FormatStatus, status);
    QFETCH(QString, reasonPart);
    QFETCH(qint64, offset);

    const FormatVerdict verdict = checkBytes(bytes);
    QCOMPARE(verdict.format, ModelFormat::Gguf);
    QCOMPARE(verdict.status, status);
    QVERIFY2(verdict.reason.contains(reasonPart), qPrintable(verdict.reason));
    QCOMPARE(verdict.offset, offset);
    QVERIFY2(verdict.reason.startsWith(QStringLiteral("at byte %1: ").arg(offset)),
             qPrintable(verdict.reason));
}

void TestGguf::absurdCountFailsFast()
{
    // 2^60 tensors would need exabytes of tensor infos; the count must be
    // rejected from the header alone, before any loop or allocation.
    GgufLayout layout;
    QByteArray bytes = makeGguf(sampleGgufSpec(2), &layout);
    putU64(bytes, layout.tensorCountOffset, quint64(1) << 60);
    putU64(bytes, layout.metadataCountOffset, quint64(1) << 60);
    QElapsedTimer timer;
    timer.start();
    const FormatVerdict verdict = checkBytes(bytes);
    QVERIFY(timer.elapsed() < 1000);
    QCOMPARE(verdict.status, FormatStatus::Invalid);
    QCOMPARE(verdict.offset, layout.tensorCountOffset);
}

void TestGguf::missingFinalPaddingIsValid()
{
    // llama.cpp checks each tensor's data, not the padding after the last
    // one, so a file that lost only that padding still loads.
    GgufLayout layout;
    const QByteArray bytes = makeGguf(sampleGgufSpec(3), &layout);
    const qint64 dataEnd = layout.tensorDataOffsets.last() + layout.tensorByteSizes.last();
    QVERIFY(dataEnd < bytes.size());
    const FormatVerdict verdict = checkBytes(bytes.left(dataEnd));
    QVERIFY2(verdict.isValid(), qPrintable(verdict.reason));
}

void TestGguf::noTensorsIsValid()
{
    GgufSpec spec = sampleGgufSpec(3);
    spec.tensors.clear();
    const FormatVerdict verdict = checkBytes(makeGguf(spec));
    QVERIFY2(verdict.isValid(), qPrintable(verdict.reason));
    QCOMPARE(verdict.facts.value(QStringLiteral("tensor_count")).toLongLong(), 0);
    QCOMPARE(verdict.facts.value(QStringLiteral("parameter_count")).toLongLong(), 0);
}

void TestGguf::nestedArraysAreValid()
{
    // The spec allows arrays of arrays and ggml rejects them. A file using
    // them is well-formed, and everything after them must still parse.
    const FormatVerdict verdict = checkBytes(makeGguf(nestedArraySpec(3)));
    QVERIFY2(verdict.isValid(), qPrintable(verdict.reason));
    QCOMPARE(verdict.facts.value(QStringLiteral("metadata_count")).toLongLong(),
             sampleGgufSpec(3).metadata.size() + 1);
}

void TestGguf::unknownTypeThenInvalidIsInvalid()
{
    // An unknown type alone is NotChecked, but a definite error anywhere
    // else in the file still makes it Invalid.
    GgufLayout layout;
    QByteArray bytes = makeGguf(sampleGgufSpec(3), &layout);
    putU32(bytes, layout.tensorTypeOffsets.at(2), 200);
    putU64(bytes, layout.tensorOffsetFieldOffsets.at(4), 8);
    const FormatVerdict verdict = checkBytes(bytes);
    QCOMPARE(verdict.status, FormatStatus::Invalid);
    QVERIFY2(verdict.reason.contains(QStringLiteral("not a multiple of the alignment")),
             qPrintable(verdict.reason));
    QCOMPARE(verdict.offset, layout.tensorOffsetFieldOffsets.at(4));
}

void TestGguf::fileTypeNames_data()
{
    QTest::addColumn<quint64>("fileType");
    QTest::addColumn<QString>("name");
    QTest::newRow("0") << quint64(0) << QStringLiteral("ALL_F32");
    QTest::newRow("7") << quint64(7) << QStringLiteral("MOSTLY_Q8_0");
    QTest::newRow("15") << quint64(15) << QStringLiteral("MOSTLY_Q4_K_M");
    QTest::newRow("32") << quint64(32) << QStringLiteral("MOSTLY_BF16");
    QTest::newRow("38") << quint64(38) << QStringLiteral("MOSTLY_MXFP4_MOE");
    QTest::newRow("guessed 18") << quint64(1024 + 18) << QStringLiteral("MOSTLY_Q6_K (guessed)");
    QTest::newRow("unknown 77") << quint64(77) << QStringLiteral("77");
}

void TestGguf::fileTypeNames()
{
    QFETCH(quint64, fileType);
    QFETCH(QString, name);
    QCOMPARE(ggufFileTypeName(fileType), name);
}

void TestGguf::cancelledCheck()
{
    std::atomic_bool cancelled{true};
    const FormatVerdict verdict = checkBytes(makeGguf(sampleGgufSpec(3)), &cancelled);
    QCOMPARE(verdict.status, FormatStatus::NotChecked);
    QVERIFY(verdict.cancelled);
    QVERIFY(!verdict.isValid());
}

QTEST_GUILESS_MAIN(TestGguf)
#include "tst_gguf.moc"
