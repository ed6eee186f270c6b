#include "testutil.h"
#include "verify/formatcheck.h"
#include "verify/ggufcheck.h"
#include "verify/safetensorscheck.h"
#include "verify/samplemodels.h"
#include "verify/zipcheck.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using namespace vh;

namespace {

// A random-access device over bytes whose reads fail from a given offset
// on, as a disk with a bad sector does.
class FailingDevice final : public QIODevice
{
public:
    FailingDevice(const QByteArray &data, qint64 failFrom, bool sequential = false)
        : m_data(data), m_failFrom(failFrom), m_sequential(sequential)
    {
    }

    bool isSequential() const override { return m_sequential; }
    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (pos() + maxSize > m_failFrom) {
            setErrorString(QStringLiteral("simulated disk error"));
            return -1;
        }
        const qint64 length = qMin(maxSize, m_data.size() - pos());
        std::memcpy(data, m_data.constData() + pos(), size_t(length));
        return length;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_failFrom;
    bool m_sequential;
};

QByteArray legacyPickle()
{
    // Start of a protocol-2 pickle as the pre-1.6 torch.save() wrote it.
    return QByteArray("\x80\x02\x8a\x0a\x6c\xfc\x9c\x46\xf9\x20\x6a\xa8\x50\x19.", 15);
}

} // namespace

class TestFormatCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void detection_data();
    void detection();
    void zipCrcOption();
    void fileBeyond4GiB();
    void missingFileIsReadError();
    void directoryIsReadError();
    void fifoIsReadError();
    void deviceErrorIsReadError_data();
    void deviceErrorIsReadError();
    void shrunkFileIsReadError();
    void sequentialDeviceIsReadError();
    void names();

private:
    QTemporaryDir m_dir;
};

void TestFormatCheck::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestFormatCheck::detection_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<ModelFormat>("format");
    QTest::addColumn<FormatStatus>("status");
    QTest::addColumn<QString>("reasonPart");

    const QByteArray gguf = makeGguf(sampleGgufSpec(3));
    const QByteArray safetensors = makeSafetensors(sampleSafetensorsSpec());
    const QByteArray zip = makeZip(samplePytorchZipSpec(false));
    const QByteArray lfsPointer = "version https://git-lfs.github.com/spec/v1\n"
                                  "oid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daa\n"
                                  "size 4920734208\n";

    QTest::newRow("gguf") << "model.gguf" << gguf << ModelFormat::Gguf << FormatStatus::Valid
                          << QString();
    QTest::newRow("gguf under another name")
        << "model.bin" << gguf << ModelFormat::Gguf << FormatStatus::Valid << QString();
    QTest::newRow("upper-case suffix")
        << "MODEL.GGUF" << QByteArray("GGML....") << ModelFormat::Gguf << FormatStatus::Invalid
        << QStringLiteral("bad magic");
    QTest::newRow("text named .gguf")
        << "broken.gguf" << QByteArray("<html>502 Bad Gateway</html>") << ModelFormat::Gguf
        << FormatStatus::Invalid << QStringLiteral("bad magic");
    QTest::newRow("empty .gguf") << "empty.gguf" << QByteArray() << ModelFormat::Gguf
                                 << FormatStatus::Invalid << QStringLiteral("too small");
    QTest::newRow("safetensors") << "model.safetensors" << safetensors
                                 << ModelFormat::Safetensors << FormatStatus::Valid << QString();
    QTest::newRow("safetensors without suffix")
        << "weights" << safetensors << ModelFormat::Safetensors << FormatStatus::Valid
        << QString();
    QTest::newRow("LFS pointer named .safetensors")
        << "model.safetensors" << lfsPointer << ModelFormat::Safetensors << FormatStatus::Invalid
        << QStringLiteral("header too large");
    QTest::newRow("pytorch zip .bin")
        << "pytorch_model.bin" << zip << ModelFormat::Zip << FormatStatus::Valid << QString();
    QTest::newRow("pytorch zip .pt") << "model.pt" << zip << ModelFormat::Zip
                                     << FormatStatus::Valid << QString();
    QTest::newRow("legacy pickle .bin")
        << "pytorch_model.bin" << legacyPickle() << ModelFormat::Unknown
        << FormatStatus::NotChecked << QStringLiteral("format not checked");
    QTest::newRow("legacy pickle .pth")
        << "model.pth" << legacyPickle() << ModelFormat::Unknown << FormatStatus::NotChecked
        << QStringLiteral("format not checked");
    QTest::newRow("npz that is not a zip")
        << "arrays.npz" << QByteArray(100, 'x') << ModelFormat::Zip << FormatStatus::Invalid
        << QStringLiteral("no end of central directory record");
    QTest::newRow("unknown extension")
        << "notes.txt" << QByteArray("hello\n") << ModelFormat::Unknown
        << FormatStatus::NotChecked << QStringLiteral("format not checked");
    QTest::newRow("LFS pointer without suffix")
        << "model" << lfsPointer << ModelFormat::Unknown << FormatStatus::NotChecked
        << QStringLiteral("format not checked");
    QTest::newRow("empty file, unknown extension")
        << "empty.onnx" << QByteArray() << ModelFormat::Unknown << FormatStatus::NotChecked
        << QStringLiteral("format not checked");
}

void TestFormatCheck::detection()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QFETCH(ModelFormat, format);
    QFETCH(FormatStatus, status);
    QFETCH(QString, reasonPart);

    const QString path = m_dir.filePath(QString::number(qHash(QTest::currentDataTag())))
                         + QLatin1Char('/') + fileName;
    QVERIFY(test::writeFile(path, bytes));
    const FormatVerdict verdict = checkFileFormat(path);
    QCOMPARE(verdict.format, format);
    QCOMPARE(verdict.status, status);
    QVERIFY2(verdict.reason.contains(reasonPart), qPrintable(verdict.reason));
    if (status == FormatStatus::Valid)
        QVERIFY(verdict.reason.isEmpty());
    QCOMPARE(verdict.isValid(), status == FormatStatus::Valid);
}

void TestFormatCheck::zipCrcOption()
{
    ZipLayout layout;
    QByteArray bytes = makeZip(samplePytorchZipSpec(false), &layout);
    bytes[layout.dataOffsets.at(2)] = char(bytes[layout.dataOffsets.at(2)] ^ 0xFF);
    const QString path = m_dir.filePath(QStringLiteral("crc/model.pt"));
    QVERIFY(test::writeFile(path, bytes));

    QCOMPARE(checkFileFormat(path).status, FormatStatus::Valid);
    FormatCheckOptions options;
    options.zipCrcPass = true;
    const FormatVerdict verdict = checkFileFormat(path, options);
    QCOMPARE(verdict.status, FormatStatus::Invalid);
    QVERIFY2(verdict.reason.contains(QStringLiteral("CRC-32 mismatch")), qPrintable(verdict.reason));
}

void TestFormatCheck::fileBeyond4GiB()
{
    // One F32 tensor of 5 GiB in a sparse file: every offset and size must
    // be 64-bit (Windows' long is 32-bit), and the check must read only the
    // header, so it finishes at once.
    GgufSpec spec = sampleGgufSpec(3);
    spec.tensors = {{"huge.weight", {qint64(1) << 20, 1280}, ggml::typeF32}};
    spec.headerOnly = true;
    GgufLayout layout;
    const QByteArray header = makeGguf(spec, &layout);
    const qint64 fileSize = layout.dataStart + layout.tensorByteSizes.first();
    QCOMPARE(layout.tensorByteSizes.first(), qint64(5) << 30);

    const QString path = m_dir.filePath(QStringLiteral("sparse/huge.gguf"));
    QVERIFY(test::writeFile(path, header));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    if (!file.resize(fileSize))
        QSKIP("the temporary folder's file system cannot hold a sparse 5 GiB file");
    file.close();

    QElapsedTimer timer;
    timer.start();
    const FormatVerdict valid = checkFileFormat(path);
    QVERIFY2(valid.isValid(), qPrintable(valid.reason));
    QCOMPARE(valid.facts.value(QStringLiteral("parameter_count")).toLongLong(),
             qint64(1280) << 20);
    QVERIFY(timer.elapsed() < 2000);

    QVERIFY(file.resize(fileSize - 1));
    const FormatVerdict truncated = checkFileFormat(path);
    QCOMPARE(truncated.status, FormatStatus::Invalid);
    QCOMPARE(truncated.offset, layout.dataStart);
    QVERIFY2(truncated.reason.contains(
                 QStringLiteral("ends at byte %1, past the end of the file (%2 bytes)")
                     .arg(fileSize)
                     .arg(fileSize - 1)),
             qPrintable(truncated.reason));
    QVERIFY(file.remove());
}

void TestFormatCheck::missingFileIsReadError()
{
    const QString path = m_dir.filePath(QStringLiteral("missing/model.gguf"));
    const FormatVerdict verdict = checkFileFormat(path);
    QCOMPARE(verdict.status, FormatStatus::ReadError);
    QCOMPARE(verdict.format, ModelFormat::Gguf);
    QVERIFY2(verdict.reason.contains(path), qPrintable(verdict.reason));
    QVERIFY(!verdict.isValid());
}

void TestFormatCheck::directoryIsReadError()
{
    const QString path = m_dir.filePath(QStringLiteral("folder.safetensors"));
    QVERIFY(QDir().mkpath(path));
    const FormatVerdict verdict = checkFileFormat(path);
    QCOMPARE(verdict.status, FormatStatus::ReadError);
    QCOMPARE(verdict.format, ModelFormat::Safetensors);
}

void TestFormatCheck::fifoIsReadError()
{
    const QString path = m_dir.filePath(QStringLiteral("pipe.gguf"));
    if (QProcess::execute(QStringLiteral("mkfifo"), {path}) != 0)
        QSKIP("mkfifo is not available here; named pipes are a Unix file type.");
    // Opening a FIFO without a writer blocks, so this test would hang
    // instead of failing if the check opened it.
    const FormatVerdict verdict = checkFileFormat(path);
    QCOMPARE(verdict.status, FormatStatus::ReadError);
    QVERIFY2(verdict.reason.contains(QStringLiteral("not a regular file")), qPrintable(verdict.reason));
}

void TestFormatCheck::deviceErrorIsReadError_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("failFrom");
    QTest::newRow("gguf") << int(ModelFormat::Gguf) << makeGguf(sampleGgufSpec(3)) << qint64(100);
    QTest::newRow("safetensors")
        << int(ModelFormat::Safetensors) << makeSafetensors(sampleSafetensorsSpec()) << qint64(4);
    const QByteArray zip = makeZip(samplePytorchZipSpec(true));
    QTest::newRow("zip") << int(ModelFormat::Zip) << zip << qint64(zip.size() - 10);
}

void TestFormatCheck::deviceErrorIsReadError()
{
    QFETCH(int, format);
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, failFrom);

    FailingDevice device(bytes, failFrom);
    QVERIFY(device.open(QIODevice::ReadOnly));
    FormatVerdict verdict;
    switch (ModelFormat(format)) {
    case ModelFormat::Gguf: verdict = checkGguf(device, bytes.size()); break;
    case ModelFormat::Safetensors: verdict = checkSafetensors(device, bytes.size()); break;
    default: verdict = checkZip(device, bytes.size()); break;
    }
    QCOMPARE(verdict.status, FormatStatus::ReadError);
    QCOMPARE(int(verdict.format), format);
    QVERIFY2(verdict.reason.contains(QStringLiteral("read failed: simulated disk error")),
             qPrintable(verdict.reason));
}

void TestFormatCheck::shrunkFileIsReadError()
{
    // The size passed in is what the file system reported before the file
    // shrank; reading must notice rather than call the file truncated.
    const QByteArray bytes = makeGguf(sampleGgufSpec(3));
    QBuffer buffer;
    buffer.setData(bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const FormatVerdict verdict = checkGguf(buffer, bytes.size() + 1000);
    QCOMPARE(verdict.status, FormatStatus::ReadError);
    QVERIFY2(verdict.reason.contains(QStringLiteral("before its reported size")),
             qPrintable(verdict.reason));
}

void TestFormatCheck::sequentialDeviceIsReadError()
{
    const QByteArray bytes = makeSafetensors(sampleSafetensorsSpec());
    FailingDevice device(bytes, bytes.size(), true);
    QVERIFY(device.open(QIODevice::ReadOnly));
    const FormatVerdict verdict = checkSafetensors(device, bytes.size());
    QCOMPARE(verdict.status, FormatStatus::ReadError);
    QVERIFY2(verdict.reason.contains(QStringLiteral("does not support seeking")),
             qPrintable(verdict.reason));
}

void TestFormatCheck::names()
{
    QCOMPARE(modelFormatName(ModelFormat::Gguf), QStringLiteral("gguf"));
    QCOMPARE(modelFormatName(ModelFormat::Safetensors), QStringLiteral("safetensors"));
    QCOMPARE(modelFormatName(ModelFormat::Zip), QStringLiteral("zip"));
    QCOMPARE(modelFormatName(ModelFormat::Unknown), QStringLiteral("unknown"));
    QCOMPARE(formatStatusName(FormatStatus::Valid), QStringLiteral("valid"));
    QCOMPARE(formatStatusName(FormatStatus::Invalid), QStringLiteral("invalid"));
    QCOMPARE(formatStatusName(FormatStatus::NotChecked), QStringLiteral("not_checked"));
    QCOMPARE(formatStatusName(FormatStatus::ReadError), QStringLiteral("read_error"));
}

QTEST_GUILESS_MAIN(TestFormatCheck)
#include "tst_formatcheck.moc"
