#include "transfer/progressmeter.h"

#include <QTest>
#include <QThread>

using namespace vh;

class TestProgressMeter : public QObject
{
    Q_OBJECT

private slots:
    void firstUpdateGoesOutAtOnce();
    void updatesWithinTheIntervalAreHeldBack();
    void rateAndTimeLeftFollowTheBytes();
    void transferSummaryNamesBytesSecondsAndRate();
};

void TestProgressMeter::firstUpdateGoesOutAtOnce()
{
    ProgressMeter meter(1000, 200);
    QVERIFY(meter.update(300));
    const TransferProgress progress = meter.progress();
    QCOMPARE(progress.bytesDone, 300);
    QCOMPARE(progress.bytesTotal, 1000);
    // Too short a span for a rate: unknown, not a guess.
    QCOMPARE(progress.secondsLeft, -1);
}

void TestProgressMeter::updatesWithinTheIntervalAreHeldBack()
{
    ProgressMeter meter(1000, 0, 60000);
    QVERIFY(meter.update(1));
    QVERIFY(!meter.update(2));
    QVERIFY(!meter.update(3));
    // Held-back updates still count.
    QCOMPARE(meter.progress().bytesDone, 3);
}

void TestProgressMeter::rateAndTimeLeftFollowTheBytes()
{
    ProgressMeter meter(10'000'000, 0, 0);
    QThread::msleep(250);
    meter.update(1'000'000);
    const TransferProgress progress = meter.progress();
    // 1 MB in 250 ms or more (a sleep can only run long): at most 4 MB/s.
    QVERIFY2(progress.bytesPerSecond > 0 && progress.bytesPerSecond <= 4e6,
             qPrintable(QString::number(progress.bytesPerSecond)));
    QCOMPARE(progress.secondsLeft, qint64(9e6 / progress.bytesPerSecond + 0.5));
    QVERIFY(progress.secondsLeft >= 2);
}

void TestProgressMeter::transferSummaryNamesBytesSecondsAndRate()
{
    QCOMPARE(transferSummary(536'870'912, 13'421), QStringLiteral("536870912 bytes in 13.42 s (40.0 MB/s)"));
    QCOMPARE(transferSummary(0, 2'000), QStringLiteral("0 bytes in 2.00 s (0.0 MB/s)"));
    // A zero duration does not divide by zero.
    QCOMPARE(transferSummary(1000, 0), QStringLiteral("1000 bytes in 0.00 s (1.0 MB/s)"));
}

QTEST_GUILESS_MAIN(TestProgressMeter)
#include "tst_progressmeter.moc"
