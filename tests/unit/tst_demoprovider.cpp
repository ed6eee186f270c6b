#include "cloud/demoprovider.h"
#include "harvest/auditlog.h"
#include "harvest/harvestjob.h"
#include "harvest/journalstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vh;

class TestDemoProvider : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsThreeInstances();
    void finishedRunVerifies();
    void corruptRunFailsFormatCheck();
    void trainingRunReportedChanged();
    void destroyRemovesInstance();

private:
    Journal harvest(qint64 instanceId, Error *error);

    QTemporaryDir m_folder;
    std::unique_ptr<DemoProvider> m_demo;
};

void TestDemoProvider::initTestCase()
{
    m_demo = std::make_unique<DemoProvider>(m_folder.filePath(QStringLiteral("demo")));
    const auto prepared = m_demo->prepare();
    QVERIFY2(prepared.ok(), qPrintable(prepared.ok() ? QString() : prepared.error().message));
}

Journal TestDemoProvider::harvest(qint64 instanceId, Error *error)
{
    JournalStore store(m_folder.filePath(QStringLiteral("state")));
    AuditLog audit(m_folder.filePath(QStringLiteral("state")));
    HarvestSettings settings;
    settings.targetKey = Journal::targetKeyForInstance(instanceId);
    settings.instanceId = instanceId;
    settings.patterns = m_demo->defaultPatterns(instanceId);
    settings.destination = m_folder.filePath(QStringLiteral("dest/%1").arg(instanceId));
    settings.remoteAccessFactory = m_demo->remoteAccessFactory(instanceId);
    HarvestJob job(store, audit, settings);
    QSignalSpy finished(&job, &HarvestJob::finished);
    job.start();
    if (!finished.wait(60000)) {
        *error = Error(ErrorKind::Timeout, QStringLiteral("the demo harvest did not finish"));
        return job.journal();
    }
    *error = finished.constFirst().constFirst().value<Error>();
    return job.journal();
}

void TestDemoProvider::listsThreeInstances()
{
    QList<Instance> instances;
    bool called = false;
    m_demo->listInstances(this, [&](Result<QList<Instance>> result) {
        called = true;
        QVERIFY(result.ok());
        instances = result.value();
    });
    QTRY_VERIFY(called);
    QCOMPARE(instances.size(), 3);
    QCOMPARE(instances.at(0).id, DemoProvider::finishedInstanceId);
    QCOMPARE(instances.at(0).status, InstanceStatus::Running);
}

void TestDemoProvider::finishedRunVerifies()
{
    Error error;
    const Journal journal = harvest(DemoProvider::finishedInstanceId, &error);
    for (const FileRecord &file : journal.files)
        QVERIFY2(file.verdict == FileVerdict::Verified, qPrintable(file.remotePath + QLatin1String(": ") + file.reason));
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(journal.files.size(), 2);
    for (const FileRecord &file : journal.files) {
        QCOMPARE(file.verdict, FileVerdict::Verified);
        QCOMPARE(file.formatStatus, QStringLiteral("valid"));
    }
}

void TestDemoProvider::corruptRunFailsFormatCheck()
{
    Error error;
    const Journal journal = harvest(DemoProvider::corruptInstanceId, &error);
    QCOMPARE(error.kind, ErrorKind::Verification);
    QCOMPARE(journal.files.size(), 1);
    QCOMPARE(journal.files.constFirst().formatStatus, QStringLiteral("invalid"));
    // Size and hash match: only the format check sees the damage.
    QCOMPARE(journal.files.constFirst().localSha256, journal.files.constFirst().remoteSha256);
}

void TestDemoProvider::trainingRunReportedChanged()
{
    Error error;
    const Journal journal = harvest(DemoProvider::trainingInstanceId, &error);
    QCOMPARE(error.kind, ErrorKind::Verification);
    QVERIFY2(journal.files.constFirst().reason.contains(QStringLiteral("changed")),
             qPrintable(journal.files.constFirst().reason));
}

void TestDemoProvider::destroyRemovesInstance()
{
    std::optional<DestroyResult> outcome;
    m_demo->destroyInstance(DemoProvider::corruptInstanceId, this, [&](Result<DestroyResult> result) {
        outcome = result.value();
    });
    QTRY_VERIFY(outcome.has_value());
    QCOMPARE(outcome->outcome, DestroyOutcome::Destroyed);
    std::optional<std::optional<Instance>> shown;
    m_demo->showInstance(DemoProvider::corruptInstanceId, this,
                         [&](Result<std::optional<Instance>> result) { shown = result.value(); });
    QTRY_VERIFY(shown.has_value());
    QVERIFY(!shown->has_value());
}

QTEST_GUILESS_MAIN(TestDemoProvider)
#include "tst_demoprovider.moc"
