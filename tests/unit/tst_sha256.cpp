#include "testutil.h"
#include "verify/sha256.h"

#include <QTemporaryDir>
#include <QTest>

using namespace vh;

class TestSha256 : public QObject
{
    Q_OBJECT

private slots:
    void knownVectors();
    void fileMatchesReference();
    void missingFileIsError();
    void cancelStopsHashing();
    void isHexDigest();
};

void TestSha256::knownVectors()
{
    Sha256 empty;
    QCOMPARE(empty.finalHex(),
             QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    Sha256 abc;
    abc.addData(QByteArray("abc"));
    QCOMPARE(abc.finalHex(),
             QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

void TestSha256::fileMatchesReference()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // 9 MiB + 7 bytes crosses the 4 MiB block boundary twice and ends mid-block.
    const QByteArray data = test::randomBytes(9 * 1024 * 1024 + 7, 42);
    const QString path = dir.filePath(QStringLiteral("blob.bin"));
    QVERIFY(test::writeFile(path, data));

    qint64 lastProgress = 0;
    const auto digest = sha256OfFile(path, nullptr, [&](qint64 done) { lastProgress = done; });
    QVERIFY2(digest.ok(), qPrintable(digest.ok() ? QString() : digest.error().message));
    QCOMPARE(digest.value(), test::referenceSha256(data));
    QCOMPARE(lastProgress, qint64(data.size()));
}

void TestSha256::missingFileIsError()
{
    const auto digest = sha256OfFile(QStringLiteral("/nonexistent/vastharvest/file.gguf"));
    QVERIFY(!digest.ok());
    QCOMPARE(digest.error().kind, ErrorKind::LocalIo);
    QVERIFY(digest.error().message.contains(QStringLiteral("/nonexistent/vastharvest/file.gguf")));
}

void TestSha256::cancelStopsHashing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("blob.bin"));
    QVERIFY(test::writeFile(path, test::randomBytes(1024 * 1024, 1)));
    std::atomic_bool cancelled{true};
    const auto digest = sha256OfFile(path, &cancelled);
    QVERIFY(!digest.ok());
    QCOMPARE(digest.error().kind, ErrorKind::Cancelled);
}

void TestSha256::isHexDigest()
{
    QVERIFY(Sha256::isHexDigest(QString(64, QLatin1Char('a'))));
    QVERIFY(Sha256::isHexDigest(QString(64, QLatin1Char('F'))));
    QVERIFY(!Sha256::isHexDigest(QString(63, QLatin1Char('a'))));
    QVERIFY(!Sha256::isHexDigest(QString(64, QLatin1Char('g'))));
}

QTEST_GUILESS_MAIN(TestSha256)
#include "tst_sha256.moc"
