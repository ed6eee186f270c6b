#include "transfer/remotehasher.h"

#include <QTest>

using namespace vh;

namespace {
const QByteArray digest = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
}

class TestRemoteHasher : public QObject
{
    Q_OBJECT

private slots:
    void parseDigest_data();
    void parseDigest();
    void commandQuotesPath();
};

void TestRemoteHasher::parseDigest_data()
{
    QTest::addColumn<QString>("tool");
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<bool>("valid");

    QTest::newRow("sha256sum") << "sha256sum" << digest + " *-\n" << true;
    QTest::newRow("sha256sum text mode") << "sha256sum" << digest + "  -\n" << true;
    QTest::newRow("openssl 3") << "openssl" << "SHA2-256(stdin)= " + digest + "\n" << true;
    QTest::newRow("openssl 1.1") << "openssl" << "(stdin)= " + digest + "\n" << true;
    QTest::newRow("python") << "python3" << digest + "\n" << true;
    QTest::newRow("shasum") << "shasum" << digest + " *-\n" << true;
    QTest::newRow("upper case") << "sha256sum" << digest.toUpper() + " *-\n" << false;
    QTest::newRow("short") << "sha256sum" << digest.left(63) + " *-\n" << false;
    QTest::newRow("two lines") << "sha256sum" << digest + " *-\n" + digest + " *-\n" << false;
    QTest::newRow("other file") << "sha256sum" << digest + " *model.gguf\n" << false;
    QTest::newRow("empty") << "python3" << QByteArray() << false;
    QTest::newRow("banner before") << "python3" << "Welcome!\n" + digest + "\n" << false;
}

void TestRemoteHasher::parseDigest()
{
    QFETCH(QString, tool);
    QFETCH(QByteArray, output);
    QFETCH(bool, valid);
    const QString parsed = RemoteHasher::parseDigest(tool, output);
    if (valid)
        QCOMPARE(parsed, QString::fromLatin1(digest));
    else
        QVERIFY2(parsed.isEmpty(), qPrintable(parsed));
}

void TestRemoteHasher::commandQuotesPath()
{
    const QByteArray command =
        RemoteHasher::commandFor(QStringLiteral("sha256sum"), QStringLiteral("/w/it's $(id).gguf"));
    QCOMPARE(command, QByteArray("sha256sum -b < '/w/it'\\''s $(id).gguf'"));
}

QTEST_GUILESS_MAIN(TestRemoteHasher)
#include "tst_remotehasher.moc"
