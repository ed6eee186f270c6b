#include "common/units.h"

#include <QTest>

using namespace vh;

class TestUnits : public QObject
{
    Q_OBJECT

private slots:
    void parseByteSize_data();
    void parseByteSize();
    void formatBytes_data();
    void formatBytes();
};

void TestUnits::parseByteSize_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected"); // -1 means invalid

    QTest::newRow("plain") << "1234" << qint64(1234);
    QTest::newRow("kilo") << "10K" << qint64(10 * 1024);
    QTest::newRow("mega lower") << "512m" << qint64(512) * 1024 * 1024;
    QTest::newRow("giga") << "5G" << qint64(5) * 1024 * 1024 * 1024;
    QTest::newRow("giga with B") << "5GB" << qint64(5) * 1024 * 1024 * 1024;
    QTest::newRow("gibi") << "5GiB" << qint64(5) * 1024 * 1024 * 1024;
    QTest::newRow("tera") << "2T" << (qint64(2) << 40);
    QTest::newRow("empty") << "" << qint64(-1);
    QTest::newRow("negative") << "-5G" << qint64(-1);
    QTest::newRow("fraction") << "1.5G" << qint64(-1);
    QTest::newRow("unknown suffix") << "5X" << qint64(-1);
    QTest::newRow("overflow") << "9999999999T" << qint64(-1);
}

void TestUnits::parseByteSize()
{
    QFETCH(QString, text);
    QFETCH(qint64, expected);
    const auto parsed = vh::parseByteSize(text);
    if (expected < 0) {
        QVERIFY2(!parsed.has_value(), qPrintable(text));
    } else {
        QVERIFY2(parsed.has_value(), qPrintable(text));
        QCOMPARE(*parsed, expected);
    }
}

void TestUnits::formatBytes_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("expected");

    QTest::newRow("zero") << qint64(0) << "0 B";
    QTest::newRow("one") << qint64(1023) << "1023 B";
    QTest::newRow("kibi") << qint64(1536) << "1.50 KiB";
    QTest::newRow("mebi") << qint64(64) * 1024 * 1024 << "64.0 MiB";
    QTest::newRow("gibi") << qint64(70) * 1024 * 1024 * 1024 << "70.0 GiB";
    QTest::newRow("hundreds") << qint64(300) * 1024 * 1024 << "300 MiB";
}

void TestUnits::formatBytes()
{
    QFETCH(qint64, bytes);
    QFETCH(QString, expected);
    QCOMPARE(vh::formatBytes(bytes), expected);
}

QTEST_GUILESS_MAIN(TestUnits)
#include "tst_units.moc"
