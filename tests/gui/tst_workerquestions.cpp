// WorkerQuestions: a worker thread blocks until the GUI side answers, and
// dismissing or closing the queue frees every waiting worker.
#include "workerquestions.h"

#include <QTest>

#include <atomic>
#include <future>

using namespace vh;

namespace {

using Questions = WorkerQuestions<QString, int>;

// Waits until the queue has an open request, since the worker asks on its
// own thread.
Questions::RequestPointer waitForRequest(const Questions &questions)
{
    Questions::RequestPointer request;
    for (int tries = 0; tries < 500 && !request; ++tries) {
        request = questions.next();
        if (!request)
            QTest::qWait(10);
    }
    return request;
}

} // namespace

class TestWorkerQuestions : public QObject
{
    Q_OBJECT

private slots:
    void answerReachesWorker();
    void dismissMatchingOnly();
    void closeAnswersWithFallback();
};

void TestWorkerQuestions::answerReachesWorker()
{
    std::atomic_int wakes = 0;
    Questions questions(-1, [&wakes] { ++wakes; });
    auto answer = std::async(std::launch::async, [ask = questions.asker()] { return ask(QStringLiteral("size?")); });
    const auto request = waitForRequest(questions);
    QVERIFY(request);
    QCOMPARE(request->question, QStringLiteral("size?"));
    QCOMPARE(wakes.load(), 1);
    questions.answer(request, 42);
    QCOMPARE(answer.get(), 42);
    QVERIFY(!questions.next());
}

void TestWorkerQuestions::dismissMatchingOnly()
{
    Questions questions(-1, [] {});
    const auto ask = questions.asker();
    auto first = std::async(std::launch::async, [ask] { return ask(QStringLiteral("vast:1")); });
    QVERIFY(waitForRequest(questions));
    auto second = std::async(std::launch::async, [ask] { return ask(QStringLiteral("vast:2")); });
    questions.dismissIf([](const QString &question) { return question == QLatin1String("vast:1"); });
    QCOMPARE(first.get(), -1);
    const auto request = waitForRequest(questions);
    QVERIFY(request);
    QCOMPARE(request->question, QStringLiteral("vast:2"));
    QCOMPARE(second.wait_for(std::chrono::milliseconds(50)), std::future_status::timeout);
    questions.answer(request, 7);
    QCOMPARE(second.get(), 7);
}

void TestWorkerQuestions::closeAnswersWithFallback()
{
    std::atomic_int wakes = 0;
    auto questions = std::make_unique<Questions>(-1, [&wakes] { ++wakes; });
    const auto ask = questions->asker();
    auto waiting = std::async(std::launch::async, [ask] { return ask(QStringLiteral("open")); });
    QVERIFY(waitForRequest(*questions));
    questions.reset();
    QCOMPARE(waiting.get(), -1);
    // The asker outlives the queue and answers at once without waking anyone.
    QCOMPARE(ask(QStringLiteral("late")), -1);
    QCOMPARE(wakes.load(), 1);
}

QTEST_GUILESS_MAIN(TestWorkerQuestions)
#include "tst_workerquestions.moc"
