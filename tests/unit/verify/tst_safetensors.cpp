#include "verify/safetensorscheck.h"
#include "verify/samplemodels.h"

#include <QBuffer>
#include <QTest>

using namespace vh;

namespace {

FormatVerdict checkBytes(const QByteArray &bytes, const std::atomic_bool *cancelled = nullptr)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return checkSafetensors(buffer, bytes.size(), cancelled);
}

// File offset of the first occurrence of needle inside the header.
qint64 headerOffset(const QByteArray &header, const QByteArray &needle)
{
    const qsizetype index = header.indexOf(needle);
    Q_ASSERT(index >= 0);
    return 8 + index;
}

} // namespace

class TestSafetensors : public QObject
{
    Q_OBJECT

private slots:
    void validSample();
    void validHeaders_data();
    void validHeaders();
    void brokenFiles_data();
    void brokenFiles();
    void dtypeBits_data();
    void dtypeBits();
    void cancelledCheck();
};

void TestSafetensors::validSample()
{
    SafetensorsLayout layout;
    const QByteArray bytes = makeSafetensors(sampleSafetensorsSpec(), &layout);
    const FormatVerdict verdict = checkBytes(bytes);

    QVERIFY2(verdict.isValid(), qPrintable(verdict.reason));
    QCOMPARE(verdict.format, ModelFormat::Safetensors);
    QCOMPARE(verdict.offset, qint64(-1));
    QCOMPARE(layout.dataStart % 8, 0);
    QCOMPARE(verdict.facts.value(QStringLiteral("tensor_count")).toLongLong(), 8);
    // 16*8 + 8*8 + 8 + 1*4 + 4 + 2*6 + 1 (scalar) + 0 elements.
    QCOMPARE(verdict.facts.value(QStringLiteral("parameter_count")).toLongLong(), 221);
    QCOMPARE(verdict.facts.value(QStringLiteral("metadata_count")).toLongLong(), 1);
    QCOMPARE(verdict.facts.value(QStringLiteral("header_size")).toLongLong(), layout.headerLength);
    QCOMPARE(verdict.facts.value(QStringLiteral("dtypes")).toStringList(),
             QStringList({QStringLiteral("BF16"), QStringLiteral("BOOL"), QStringLiteral("F16"),
                          QStringLiteral("F32"), QStringLiteral("F4"), QStringLiteral("I64")}));
}

void TestSafetensors::validHeaders_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("dataSize");

    QTest::newRow("empty object") << QByteArray("{}") << qint64(0);
    QTest::newRow("padded with spaces") << QByteArray("{}      ") << qint64(0);
    QTest::newRow("leading whitespace") << QByteArray(" \n{}") << qint64(0);
    QTest::newRow("JSON order differs from data order")
        << QByteArray(R"({"b":{"dtype":"F32","shape":[2],"data_offsets":[16,24]},)"
                      R"("a":{"dtype":"U8","shape":[16],"data_offsets":[0,16]}})")
        << qint64(24);
    QTest::newRow("null __metadata__")
        << QByteArray(R"({"__metadata__":null,"a":{"dtype":"I8","shape":[3],"data_offsets":[0,3]}})")
        << qint64(3);
    QTest::newRow("unknown tensor field ignored")
        << QByteArray(R"({"a":{"dtype":"F16","shape":[2],"data_offsets":[0,4],)"
                      R"("extra":{"nested":[1,2.5e3,true,null,"x"]}}})")
        << qint64(4);
    QTest::newRow("escaped names")
        << QByteArray(R"({"caf\u00e9 \ud83d\ude00 \"q\"":{"dtype":"F8_E4M3","shape":[1],)"
                      R"("data_offsets":[0,1]}})")
        << qint64(1);
    QTest::newRow("F6 filling whole bytes")
        << QByteArray(R"({"a":{"dtype":"F6_E2M3","shape":[4],"data_offsets":[0,3]}})")
        << qint64(3);
    QTest::newRow("zero-sized tensors share an offset")
        << QByteArray(R"({"e":{"dtype":"F32","shape":[0],"data_offsets":[4,4]},)"
                      R"("a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},)"
                      R"("z":{"dtype":"F64","shape":[3,0],"data_offsets":[4,4]}})")
        << qint64(4);
}

void TestSafetensors::validHeaders()
{
    QFETCH(QByteArray, header);
    QFETCH(qint64, dataSize);
    const FormatVerdict verdict = checkBytes(makeSafetensorsFromHeader(header, dataSize));
    QVERIFY2(verdict.isValid(), qPrintable(verdict.reason));
}

void TestSafetensors::brokenFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<FormatStatus>("status");
    QTest::addColumn<QString>("reasonPart");
    QTest::addColumn<qint64>("offset");

    const QByteArray good = makeSafetensors(sampleSafetensorsSpec());

    QTest::newRow("seven bytes") << QByteArray("\x02\0\0\0\0\0\0", 7) << FormatStatus::Invalid
                                 << QStringLiteral("header too small") << qint64(0);
    QTest::newRow("empty file") << QByteArray() << FormatStatus::Invalid
                                << QStringLiteral("header too small") << qint64(0);

    const QByteArray lfsPointer =
        "version https://git-lfs.github.com/spec/v1\n"
        "oid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\n"
        "size 4920734208\n";
    QTest::newRow("Git LFS pointer") << lfsPointer << FormatStatus::Invalid
                                     << QStringLiteral("header too large") << qint64(0);

    QByteArray beyondFile = good;
    beyondFile.replace(0, 8, QByteArray("\x00\x10\0\0\0\0\0\0", 8));
    QTest::newRow("header length beyond the file")
        << beyondFile << FormatStatus::Invalid
        << QStringLiteral("invalid header length 4096: the file has only %1 bytes")
               .arg(good.size() - 8)
        << qint64(0);

    QTest::newRow("truncated by one byte")
        << good.left(good.size() - 1) << FormatStatus::Invalid
        << QStringLiteral("incomplete file: the tensor data runs to byte %1").arg(good.size())
        << qint64(good.size() - 1);

    QTest::newRow("extra trailing bytes")
        << good + "xyz" << FormatStatus::Invalid
        << QStringLiteral("3 extra bytes after the end of the tensor data") << qint64(good.size());

    struct HeaderCase
    {
        const char *name;
        QByteArray header;
        qint64 dataSize;
        FormatStatus status;
        QString reasonPart;
        QByteArray offsetNeedle; // where the problem is; empty: the end of the file
    };
    const QList<HeaderCase> cases = {
        {"invalid JSON", R"({"a":{"dtype":"F32",)", 0, FormatStatus::Invalid,
         QStringLiteral("invalid JSON header: unexpected end of header"), {}},
        {"missing comma", R"({"a":{"dtype":"F32" "shape":[1]}})", 4, FormatStatus::Invalid,
         QStringLiteral("invalid JSON header: expected '}'"), R"("shape")"},
        {"not an object", "[1,2]", 0, FormatStatus::Invalid,
         QStringLiteral("header is not a JSON object"), "[1"},
        {"not UTF-8", "{\"a\xff\":{}}", 0, FormatStatus::Invalid,
         QStringLiteral("header is not valid UTF-8"), "\xff"},
        {"data after the object", "{} x", 0, FormatStatus::Invalid,
         QStringLiteral("unexpected data after the object"), "x"},
        {"control character in a string", "{\"a\tb\":{}}", 0, FormatStatus::Invalid,
         QStringLiteral("control character in a string"), "\t"},
        {"unpaired surrogate", R"({"\ud800x":{}})", 0, FormatStatus::Invalid,
         QStringLiteral("unpaired surrogate"), "x"},
        {"out-of-bounds offsets",
         R"({"a":{"dtype":"F32","shape":[250],"data_offsets":[0,1000]}})", 16,
         FormatStatus::Invalid, QStringLiteral("incomplete file: the tensor data runs to byte"),
         {}},
        {"overlapping offsets",
         R"({"a":{"dtype":"F32","shape":[4],"data_offsets":[0,16]},)"
         R"("b":{"dtype":"F32","shape":[4],"data_offsets":[8,24]}})",
         24, FormatStatus::Invalid,
         QStringLiteral("tensor 'b' begins at 8, overlapping tensor 'a' that ends at 16"),
         "[8,24]"},
        {"hole between tensors",
         R"({"a":{"dtype":"F32","shape":[4],"data_offsets":[0,16]},)"
         R"("b":{"dtype":"F32","shape":[4],"data_offsets":[20,36]}})",
         36, FormatStatus::Invalid, QStringLiteral("hole of 4 bytes in the data buffer before "
                                                   "tensor 'b'"),
         "[20,36]"},
        {"first tensor not at 0", R"({"a":{"dtype":"U8","shape":[4],"data_offsets":[4,8]}})", 8,
         FormatStatus::Invalid, QStringLiteral("hole of 4 bytes"), "[4,8]"},
        {"end before begin",
         R"({"a":{"dtype":"F32","shape":[4],"data_offsets":[0,16]},)"
         R"("b":{"dtype":"F32","shape":[0],"data_offsets":[16,8]}})",
         16, FormatStatus::Invalid, QStringLiteral("data_offsets end 8 is before begin 16"),
         "[16,8]"},
        {"span does not match shape",
         R"({"a":{"dtype":"F32","shape":[4],"data_offsets":[0,12]}})", 12, FormatStatus::Invalid,
         QStringLiteral("tensor 'a' spans 12 bytes, but shape [4] of F32 needs 16 bytes"),
         "[0,12]"},
        {"F4 not filling whole bytes",
         R"({"a":{"dtype":"F4","shape":[3],"data_offsets":[0,2]}})", 2, FormatStatus::Invalid,
         QStringLiteral("3 elements of F4 do not fill whole bytes"), "[0,2]"},
        {"shape overflows",
         R"({"a":{"dtype":"F32","shape":[4294967296,4294967296,16],"data_offsets":[0,0]}})", 0,
         FormatStatus::Invalid, QStringLiteral("element count of shape"), "[0,0]"},
        {"negative shape", R"({"a":{"dtype":"F32","shape":[-1],"data_offsets":[0,0]}})", 0,
         FormatStatus::Invalid, QStringLiteral("shape must hold non-negative integers"), "-1"},
        {"fractional offset", R"({"a":{"dtype":"U8","shape":[1],"data_offsets":[0,1.0]}})", 1,
         FormatStatus::Invalid, QStringLiteral("data_offsets must hold non-negative integers"),
         "1.0"},
        {"offset above 2^64",
         R"({"a":{"dtype":"U8","shape":[1],"data_offsets":[0,18446744073709551616]}})", 1,
         FormatStatus::Invalid, QStringLiteral("below 2^64"), "18446744073709551616"},
        {"three data_offsets", R"({"a":{"dtype":"U8","shape":[1],"data_offsets":[0,1,2]}})", 1,
         FormatStatus::Invalid, QStringLiteral("array of two integers [BEGIN, END]"),
         "[0,1,2]"},
        {"no data_offsets", R"({"a":{"dtype":"U8","shape":[1]}})", 1, FormatStatus::Invalid,
         QStringLiteral("tensor 'a' has no data_offsets"), "\"a\""},
        {"tensor not an object", R"({"a":[1]})", 0, FormatStatus::Invalid,
         QStringLiteral("tensor 'a' is not a JSON object"), "[1]"},
        {"non-string __metadata__ value",
         R"({"__metadata__":{"format":"pt","epoch":3}})", 0, FormatStatus::Invalid,
         QStringLiteral("__metadata__ value of 'epoch' is not a string"), "3}"},
        {"__metadata__ not an object", R"({"__metadata__":["pt"]})", 0, FormatStatus::Invalid,
         QStringLiteral("__metadata__ must be a JSON object of strings"), "[\"pt\"]"},
        {"duplicate tensor key",
         R"({"a":{"dtype":"U8","shape":[1],"data_offsets":[0,1]},)"
         R"("a":{"dtype":"U8","shape":[1],"data_offsets":[1,2]}})",
         2, FormatStatus::Invalid, QStringLiteral("duplicate key 'a'"),
         R"("a":{"dtype":"U8","shape":[1],"data_offsets":[1)"},
        {"duplicate __metadata__ key", R"({"__metadata__":{"k":"1","k":"2"}})", 0,
         FormatStatus::Invalid, QStringLiteral("duplicate key 'k' in __metadata__"), R"("k":"2")"},
        {"duplicate tensor field",
         R"({"a":{"dtype":"U8","dtype":"I8","shape":[1],"data_offsets":[0,1]}})", 1,
         FormatStatus::Invalid, QStringLiteral("tensor 'a' has a duplicate field 'dtype'"),
         "\"dtype\":\"I8\""},
        {"duplicate key in an ignored field",
         R"({"a":{"dtype":"U8","shape":[1],"data_offsets":[0,1],"x":{"y":1,"y":2}}})", 1,
         FormatStatus::Invalid, QStringLiteral("duplicate key 'y'"), "\"y\":2"},
        {"dtype not a string", R"({"a":{"dtype":5,"shape":[1],"data_offsets":[0,1]}})", 1,
         FormatStatus::Invalid, QStringLiteral("tensor 'a': dtype must be a string"), "5"},
        {"unknown dtype", R"({"a":{"dtype":"F33","shape":[1],"data_offsets":[0,4]}})", 4,
         FormatStatus::NotChecked, QStringLiteral("tensor 'a' has unknown dtype 'F33'"),
         "\"F33\""},
        {"unknown dtype and a hole",
         R"({"a":{"dtype":"F33","shape":[1],"data_offsets":[0,4]},)"
         R"("b":{"dtype":"U8","shape":[1],"data_offsets":[8,9]}})",
         9, FormatStatus::Invalid, QStringLiteral("hole of 4 bytes"), "[8,9]"},
    };
    for (const HeaderCase &item : cases) {
        const QByteArray bytes = makeSafetensorsFromHeader(item.header, item.dataSize);
        const qint64 offset = item.offsetNeedle.isEmpty() ? bytes.size()
                                                          : headerOffset(item.header,
                                                                         item.offsetNeedle);
        QTest::newRow(item.name) << bytes << item.status << item.reasonPart << offset;
    }
}

void TestSafetensors::brokenFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(FormatStatus, status);
    QFETCH(QString, reasonPart);
    QFETCH(qint64, offset);

    const FormatVerdict verdict = checkBytes(bytes);
    QCOMPARE(verdict.format, ModelFormat::Safetensors);
    QCOMPARE(verdict.status, status);
    QVERIFY2(verdict.reason.contains(reasonPart), qPrintable(verdict.reason));
    QCOMPARE(verdict.offset, offset);
}

void TestSafetensors::dtypeBits_data()
{
    QTest::addColumn<QByteArray>("dtype");
    QTest::addColumn<int>("bits"); // -1: unknown
    QTest::newRow("BOOL") << QByteArray("BOOL") << 8;
    QTest::newRow("F8_E8M0") << QByteArray("F8_E8M0") << 8;
    QTest::newRow("F8_E5M2FNUZ") << QByteArray("F8_E5M2FNUZ") << 8;
    QTest::newRow("F4") << QByteArray("F4") << 4;
    QTest::newRow("F6_E3M2") << QByteArray("F6_E3M2") << 6;
    QTest::newRow("BF16") << QByteArray("BF16") << 16;
    QTest::newRow("U32") << QByteArray("U32") << 32;
    QTest::newRow("C64") << QByteArray("C64") << 64;
    QTest::newRow("lower case") << QByteArray("f32") << -1;
    QTest::newRow("unknown") << QByteArray("F128") << -1;
}

void TestSafetensors::dtypeBits()
{
    QFETCH(QByteArray, dtype);
    QFETCH(int, bits);
    QCOMPARE(safetensorsDtypeBits(dtype).value_or(-1), bits);
}

void TestSafetensors::cancelledCheck()
{
    std::atomic_bool cancelled{true};
    const FormatVerdict verdict = checkBytes(makeSafetensors(sampleSafetensorsSpec()), &cancelled);
    QCOMPARE(verdict.status, FormatStatus::NotChecked);
    QVERIFY(verdict.cancelled);
}

QTEST_GUILESS_MAIN(TestSafetensors)
#include "tst_safetensors.moc"
