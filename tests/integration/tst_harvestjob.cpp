#include "harvest/auditlog.h"
#include "harvest/harvestjob.h"
#include "harvest/journalstore.h"
#include "sshserver.h"
#include "tcpproxy.h"
#include "testutil.h"
#include "transfer/filedownloader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vh;

class TestHarvestJob : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void harvestVerifiesEveryFile();
    void growingFileReportedChanged();
    void reconnectsAfterCuts();
    void unreadableFileDoesNotStopOthers();
    void unknownHostKeyStopsJob();
    void noMatchFails();
    void unwritableJournalStopsJob();
    void journalLostAfterStartFails();
    void cancelKeepsPartialFiles();

private:
    HarvestSettings settingsFor(const QString &folder, const QString &destination, quint16 port = 0);
    Error runToEnd(HarvestJob &job, int timeoutMs = 120000);
    QString remote(const QString &relative) const { return m_server.remoteRoot() + QLatin1Char('/') + relative; }

    test::SshServer m_server;
    QTemporaryDir m_state;
};

void TestHarvestJob::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

HarvestSettings TestHarvestJob::settingsFor(const QString &pattern, const QString &destination, quint16 port)
{
    HarvestSettings settings;
    settings.targetKey = Journal::targetKeyForSsh(m_server.user(), m_server.host(), port ? port : m_server.port());
    settings.ssh = m_server.connectOptions(m_state.filePath(QStringLiteral("known_hosts")));
    settings.ssh.targetKey = QStringLiteral("harvest-test");
    if (port)
        settings.ssh.port = port;
    settings.ssh.hostKeyPrompt = [](const HostKeyQuestion &) { return HostKeyDecision::AcceptAndRemember; };
    settings.patterns = {pattern};
    settings.destination = destination;
    settings.reconnectBaseDelayMs = 50;
    settings.reconnectMaxDelayMs = 200;
    return settings;
}

Error TestHarvestJob::runToEnd(HarvestJob &job, int timeoutMs)
{
    QSignalSpy finished(&job, &HarvestJob::finished);
    job.start();
    if (!finished.wait(timeoutMs))
        return Error(ErrorKind::Timeout, QStringLiteral("the job did not finish"));
    return finished.constFirst().constFirst().value<Error>();
}

void TestHarvestJob::harvestVerifiesEveryFile()
{
    const QByteArray first = test::randomBytes(24 * 1024 * 1024 + 5, 21);
    const QByteArray second = test::randomBytes(3 * 1024 * 1024, 22);
    QVERIFY(test::writeFile(remote("job/run/a.bin"), first));
    QVERIFY(test::writeFile(remote("job/run/sub/b.bin"), second));

    QTemporaryDir destination;
    JournalStore store(m_state.path());
    AuditLog audit(m_state.path());
    HarvestJob job(store, audit, settingsFor(remote("job/**/*.bin"), destination.path()));
    QSignalSpy progress(&job, &HarvestJob::fileProgress);
    const Error error = runToEnd(job);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QVERIFY(progress.count() >= 2);

    const Journal &journal = job.journal();
    QCOMPARE(journal.files.size(), 2);
    for (const FileRecord &file : journal.files) {
        QCOMPARE(file.verdict, FileVerdict::Verified);
        QCOMPARE(file.localSha256, file.remoteSha256);
        QCOMPARE(file.localSize, file.remoteSize);
        QVERIFY(file.localPath.startsWith(destination.path()));
    }
    QCOMPARE(journal.findFile(remote("job/run/a.bin"))->localSha256, test::referenceSha256(first));
    QVERIFY(QFile::exists(destination.filePath(QStringLiteral("run/sub/b.bin"))));

    // The journal on disk says the same.
    auto stored = store.load(journal.targetKey);
    QVERIFY(stored.ok());
    QVERIFY(stored->allVerified());
    QCOMPARE(stored->reportDigest(), journal.reportDigest());

    QFile log(audit.path());
    QVERIFY(log.open(QIODevice::ReadOnly));
    QVERIFY(log.readAll().contains("\"event\":\"verify\""));
}

void TestHarvestJob::growingFileReportedChanged()
{
    const QString path = remote("grow/out.bin");
    QVERIFY(test::writeFile(path, test::randomBytes(16 * 1024 * 1024, 23)));

    QTemporaryDir destination;
    JournalStore store(m_state.path());
    AuditLog audit(m_state.path());
    HarvestSettings settings = settingsFor(remote("grow/*.bin"), destination.path());
    settings.readSize = 256 * 1024;
    HarvestJob job(store, audit, settings);
    // The training job writes more while we copy: append on the first
    // progress event, which is handled before the download's end.
    bool appended = false;
    connect(&job, &HarvestJob::fileProgress, this, [&] {
        if (appended)
            return;
        appended = true;
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write(QByteArray(1024 * 1024, 'x'));
    });
    const Error error = runToEnd(job);
    QVERIFY(appended);
    QCOMPARE(error.kind, ErrorKind::Verification);
    const FileRecord &file = job.journal().files.constFirst();
    QCOMPARE(file.verdict, FileVerdict::Failed);
    QVERIFY2(file.reason.contains(QStringLiteral("changed during the download")), qPrintable(file.reason));
}

void TestHarvestJob::reconnectsAfterCuts()
{
    const QByteArray data = test::randomBytes(40 * 1024 * 1024, 24);
    QVERIFY(test::writeFile(remote("cuts/model.bin"), data));

    test::TcpProxy proxy(m_server.host(), m_server.port());
    QVERIFY(proxy.startProxy());

    QTemporaryDir destination;
    JournalStore store(m_state.path());
    AuditLog audit(m_state.path());
    HarvestSettings settings = settingsFor(remote("cuts/*.bin"), destination.path(), proxy.port());
    settings.parallelFiles = 1;
    HarvestJob job(store, audit, settings);
    QStringList messages;
    connect(&job, &HarvestJob::message, this, [&](const QString &text) { messages.append(text); });
    // Cut twice: once early, and again once that cut was recovered from.
    proxy.cutAfterBytes(12 * 1024 * 1024);
    connect(&job, &HarvestJob::message, this, [&] {
        if (proxy.cutCount() == 1)
            proxy.cutAfterBytes(10 * 1024 * 1024);
    });
    const Error error = runToEnd(job);
    QVERIFY2(!error.isError(), qPrintable(error.message + messages.join(QLatin1Char('\n'))));
    QVERIFY(proxy.cutCount() >= 1);
    QVERIFY(!messages.filter(QStringLiteral("Reconnecting")).isEmpty());
    const FileRecord &file = job.journal().files.constFirst();
    QCOMPARE(file.verdict, FileVerdict::Verified);
    QCOMPARE(file.localSha256, test::referenceSha256(data));
}

void TestHarvestJob::unreadableFileDoesNotStopOthers()
{
    // A file that vanishes between listing and download cannot be read;
    // root reads through chmod 000, so this is the portable way to get one.
    QVERIFY(test::writeFile(remote("mixed/good.bin"), "good data"));
    QVERIFY(test::writeFile(remote("mixed/gone.bin"), "soon gone"));

    QTemporaryDir destination;
    JournalStore store(m_state.path());
    AuditLog audit(m_state.path());
    HarvestJob job(store, audit, settingsFor(remote("mixed/*.bin"), destination.path()));
    connect(&job, &HarvestJob::filesListed, this, [&] { QFile::remove(remote("mixed/gone.bin")); });
    const Error error = runToEnd(job);
    QCOMPARE(error.kind, ErrorKind::Verification);
    const Journal &journal = job.journal();
    QCOMPARE(journal.files.size(), 2);
    QCOMPARE(journal.findFile(remote("mixed/good.bin"))->verdict, FileVerdict::Verified);
    const FileRecord *gone = journal.findFile(remote("mixed/gone.bin"));
    QCOMPARE(gone->verdict, FileVerdict::Failed);
    QVERIFY2(gone->reason.contains(QStringLiteral("gone.bin")), qPrintable(gone->reason));
}

void TestHarvestJob::unknownHostKeyStopsJob()
{
    QVERIFY(test::writeFile(remote("hostkey/a.bin"), "a"));
    QTemporaryDir state;
    QTemporaryDir destination;
    JournalStore store(state.path());
    AuditLog audit(state.path());
    HarvestSettings settings = settingsFor(remote("hostkey/*.bin"), destination.path());
    settings.ssh.knownHostsPath = state.filePath(QStringLiteral("known_hosts"));
    settings.ssh.hostKeyPrompt = {};
    HarvestJob job(store, audit, settings);
    const Error error = runToEnd(job);
    QCOMPARE(error.kind, ErrorKind::HostKeyUnknown);
    QVERIFY(QDir(destination.path()).isEmpty());
}

void TestHarvestJob::noMatchFails()
{
    QVERIFY(QDir().mkpath(remote("empty")));
    QTemporaryDir destination;
    JournalStore store(m_state.path());
    AuditLog audit(m_state.path());
    HarvestJob job(store, audit, settingsFor(remote("empty/*.gguf"), destination.path()));
    const Error error = runToEnd(job);
    QCOMPARE(error.kind, ErrorKind::NotFound);
    QVERIFY(error.message.contains(QStringLiteral("*.gguf")));
}

void TestHarvestJob::unwritableJournalStopsJob()
{
    QVERIFY(test::writeFile(remote("nojournal/a.bin"), "data"));
    QTemporaryDir destination;
    QTemporaryDir state;
    JournalStore store(state.path());
    AuditLog audit(state.path());
    const HarvestSettings settings = settingsFor(remote("nojournal/*.bin"), destination.path());
    // A folder where the journal file belongs fails every save, even for root.
    QVERIFY(QDir().mkpath(store.pathFor(settings.targetKey)));
    HarvestJob job(store, audit, settings);
    const Error error = runToEnd(job);
    QCOMPARE(error.kind, ErrorKind::LocalIo);
    QVERIFY2(error.message.contains(QStringLiteral("journal")), qPrintable(error.message));
    QVERIFY(QDir(destination.path()).isEmpty());
}

void TestHarvestJob::journalLostAfterStartFails()
{
    QVERIFY(test::writeFile(remote("lostjournal/a.bin"), test::randomBytes(1024 * 1024, 31)));
    QTemporaryDir destination;
    QTemporaryDir state;
    JournalStore store(state.path());
    AuditLog audit(state.path());
    const HarvestSettings settings = settingsFor(remote("lostjournal/*.bin"), destination.path());
    HarvestJob job(store, audit, settings);
    // Once the download starts, the journal file turns into a folder, so
    // the saves of the verified result fail.
    const QString journalPath = store.pathFor(settings.targetKey);
    connect(&job, &HarvestJob::stageChanged, this, [&journalPath](HarvestJob::Stage stage) {
        if (stage == HarvestJob::Stage::Downloading) {
            QFile::remove(journalPath);
            QDir().mkpath(journalPath);
        }
    });
    const Error error = runToEnd(job);
    QCOMPARE(error.kind, ErrorKind::LocalIo);
    QVERIFY2(error.message.contains(QStringLiteral("verified")), qPrintable(error.message));
    QVERIFY2(error.message.contains(QStringLiteral("Destroy stays disabled")), qPrintable(error.message));
    // The file itself is complete; only the record of it is missing.
    QCOMPARE(QFileInfo(destination.filePath(QStringLiteral("a.bin"))).size(), 1024 * 1024);
    QVERIFY(QFileInfo(journalPath).isDir());
}

void TestHarvestJob::cancelKeepsPartialFiles()
{
    QVERIFY(test::writeFile(remote("stop/big.bin"), test::randomBytes(64 * 1024 * 1024, 25)));
    QTemporaryDir destination;
    JournalStore store(m_state.path());
    AuditLog audit(m_state.path());
    HarvestSettings settings = settingsFor(remote("stop/*.bin"), destination.path());
    settings.readSize = 128 * 1024;
    HarvestJob job(store, audit, settings);
    connect(&job, &HarvestJob::fileProgress, this, [&](int, const TransferProgress &progress) {
        if (progress.bytesDone > 2 * 1024 * 1024)
            job.cancel();
    });
    const Error error = runToEnd(job);
    QCOMPARE(error.kind, ErrorKind::Cancelled);
    const QString part = FileDownloader::partPath(destination.filePath(QStringLiteral("big.bin")));
    QTRY_VERIFY(QFileInfo(part).size() > 0);
    QVERIFY(!QFile::exists(destination.filePath(QStringLiteral("big.bin"))));
}

QTEST_GUILESS_MAIN(TestHarvestJob)
#include "tst_harvestjob.moc"
