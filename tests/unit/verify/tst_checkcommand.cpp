#include "testutil.h"
#include "verify/samplemodels.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace vh;

class TestCheckCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noFilesIsUsageError();
    void validFilesExitZero();
    void invalidFileExitsOne();
    void notCheckedFileExitsZero();
    void missingFileExitsOne();
    void corruptZipEntryExitsOne();
    void jsonOutput();

private:
    QString writeSample(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_dir;
    QString m_gguf;
    QString m_safetensors;
    QString m_zip;
    QString m_brokenGguf;
    QString m_text;
    qint64 m_brokenOffset = 0;
};

QString TestCheckCommand::writeSample(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    if (!test::writeFile(path, bytes))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestCheckCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (qEnvironmentVariableIsEmpty("VASTHARVEST_CLI"))
        QSKIP("VASTHARVEST_CLI is not set; run this test through ctest");

    m_gguf = writeSample(QStringLiteral("model.gguf"), makeGguf(sampleGgufSpec(3)));
    m_safetensors = writeSample(QStringLiteral("model.safetensors"),
                                makeSafetensors(sampleSafetensorsSpec()));
    m_zip = writeSample(QStringLiteral("pytorch_model.bin"), makeZip(samplePytorchZipSpec(true)));
    GgufSpec unpadded = sampleGgufSpec(3);
    unpadded.padLastTensor = false;
    GgufLayout layout;
    const QByteArray broken = makeGguf(unpadded, &layout);
    m_brokenOffset = layout.tensorDataOffsets.last();
    m_brokenGguf = writeSample(QStringLiteral("truncated.gguf"), broken.left(broken.size() - 1));
    m_text = writeSample(QStringLiteral("README.txt"), "a model card\n");
}

void TestCheckCommand::noFilesIsUsageError()
{
    const test::ProcessResult result = test::runCli({QStringLiteral("check")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.standardOutput.isEmpty());
    QVERIFY2(result.standardError.contains("'check' needs at least one FILE"),
             result.standardError.constData());
}

void TestCheckCommand::validFilesExitZero()
{
    const test::ProcessResult result =
        test::runCli({QStringLiteral("check"), m_gguf, m_safetensors, m_zip});
    QVERIFY2(result.exitCode == 0, result.standardError.constData());
    const QStringList lines = QString::fromUtf8(result.standardOutput).split(
        QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), m_gguf + QStringLiteral(": gguf valid (llama, Q4_K_M, 5 tensors)"));
    QCOMPARE(lines.at(1), m_safetensors
                              + QStringLiteral(": safetensors valid (8 tensors, "
                                               "BF16/BOOL/F16/F32/F4/I64)"));
    QCOMPARE(lines.at(2),
             m_zip + QStringLiteral(": zip valid (pytorch, 5 entries, CRC-32 checked)"));
}

void TestCheckCommand::invalidFileExitsOne()
{
    const test::ProcessResult result =
        test::runCli({QStringLiteral("check"), m_gguf, m_brokenGguf});
    QCOMPARE(result.exitCode, 1);
    const QStringList lines = QString::fromUtf8(result.standardOutput).split(
        QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(1).startsWith(m_brokenGguf
                                    + QStringLiteral(": gguf invalid - at byte %1: data of "
                                                     "tensor 'output.weight' ends at byte")
                                          .arg(m_brokenOffset)),
             qPrintable(lines.at(1)));
}

void TestCheckCommand::notCheckedFileExitsZero()
{
    const test::ProcessResult result = test::runCli({QStringLiteral("check"), m_text, m_gguf});
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = QString::fromUtf8(result.standardOutput).split(
        QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), m_text + QStringLiteral(": unknown not_checked - format not checked"));
}

void TestCheckCommand::missingFileExitsOne()
{
    const QString missing = m_dir.filePath(QStringLiteral("absent.safetensors"));
    const test::ProcessResult result = test::runCli({QStringLiteral("check"), missing});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.standardOutput.startsWith(
                 (missing + QStringLiteral(": safetensors read_error - cannot open")).toUtf8()),
             result.standardOutput.constData());
}

void TestCheckCommand::corruptZipEntryExitsOne()
{
    ZipLayout layout;
    QByteArray bytes = makeZip(samplePytorchZipSpec(false), &layout);
    bytes[layout.dataOffsets.at(2) + 1] = char(bytes[layout.dataOffsets.at(2) + 1] ^ 0x10);
    const QString path = writeSample(QStringLiteral("flipped.pt"), bytes);
    const test::ProcessResult result = test::runCli({QStringLiteral("check"), path});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.standardOutput.contains("CRC-32 mismatch in entry 'archive/data/0'"),
             result.standardOutput.constData());
}

void TestCheckCommand::jsonOutput()
{
    const test::ProcessResult result = test::runCli(
        {QStringLiteral("--json"), QStringLiteral("check"), m_gguf, m_brokenGguf, m_text});
    QCOMPARE(result.exitCode, 1);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.standardOutput, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(document.isArray());
    const QJsonArray files = document.array();
    QCOMPARE(files.size(), 3);

    const QJsonObject valid = files.at(0).toObject();
    QCOMPARE(valid.value(QStringLiteral("path")).toString(), m_gguf);
    QCOMPARE(valid.value(QStringLiteral("format")).toString(), QStringLiteral("gguf"));
    QCOMPARE(valid.value(QStringLiteral("valid")).toBool(), true);
    QCOMPARE(valid.value(QStringLiteral("status")).toString(), QStringLiteral("valid"));
    QVERIFY(valid.value(QStringLiteral("reason")).isNull());
    QVERIFY(valid.value(QStringLiteral("offset")).isNull());
    const QJsonObject facts = valid.value(QStringLiteral("facts")).toObject();
    QCOMPARE(facts.value(QStringLiteral("architecture")).toString(), QStringLiteral("llama"));
    QCOMPARE(facts.value(QStringLiteral("file_type")).toString(),
             QStringLiteral("MOSTLY_Q4_K_M"));
    QCOMPARE(facts.value(QStringLiteral("tensor_count")).toInteger(), 5);
    QCOMPARE(facts.value(QStringLiteral("parameter_count")).toInteger(), 1504);
    QCOMPARE(facts.value(QStringLiteral("version")).toInteger(), 3);

    const QJsonObject invalid = files.at(1).toObject();
    QCOMPARE(invalid.value(QStringLiteral("valid")).toBool(), false);
    QCOMPARE(invalid.value(QStringLiteral("status")).toString(), QStringLiteral("invalid"));
    QCOMPARE(invalid.value(QStringLiteral("offset")).toInteger(), m_brokenOffset);
    QVERIFY(invalid.value(QStringLiteral("reason")).toString().contains(
        QStringLiteral("past the end of the file")));

    const QJsonObject notChecked = files.at(2).toObject();
    QCOMPARE(notChecked.value(QStringLiteral("valid")).toBool(), false);
    QCOMPARE(notChecked.value(QStringLiteral("format")).toString(), QStringLiteral("unknown"));
    QCOMPARE(notChecked.value(QStringLiteral("status")).toString(), QStringLiteral("not_checked"));
    QCOMPARE(notChecked.value(QStringLiteral("reason")).toString(),
             QStringLiteral("format not checked"));
}

QTEST_GUILESS_MAIN(TestCheckCommand)
#include "tst_checkcommand.moc"
