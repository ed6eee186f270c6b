// The harvest under hostile conditions: links cut at random offsets, sshd
// going away, the CLI killed mid-download, a full disk, a remote file
// replaced under us, a host key that changes between reconnects.
#include "harvest/auditlog.h"
#include "harvest/harvestjob.h"
#include "harvest/journalstore.h"
#include "sshserver.h"
#include "tcpproxy.h"
#include "testutil.h"
#include "transfer/filedownloader.h"
#include "transfer/rangeddownload.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace vh;

class TestFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void twentyCutsAtRandomOffsets();
    void rangedStreamsSurviveCuts();
    void sshdGoneAndBack();
    void remoteFileReplaced();
    void hostKeyChangesOnReconnect();
    void killedCliResumes();
    void diskFullKeepsPart();
    void fullStateDirSetsJournalAside();

private:
    HarvestSettings settingsFor(const QString &pattern, const QString &destination, quint16 port);
    Error runToEnd(HarvestJob &job, int timeoutMs = 180000);
    QString remote(const QString &relative) const { return m_server.remoteRoot() + QLatin1Char('/') + relative; }

    test::SshServer m_server;
    QTemporaryDir m_state;
};

void TestFaults::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

HarvestSettings TestFaults::settingsFor(const QString &pattern, const QString &destination, quint16 port)
{
    HarvestSettings settings;
    settings.targetKey = Journal::targetKeyForSsh(m_server.user(), m_server.host(), port);
    settings.ssh = m_server.connectOptions(m_state.filePath(QStringLiteral("known_hosts")));
    settings.ssh.port = port;
    settings.ssh.targetKey = QStringLiteral("faults");
    settings.ssh.hostKeyPrompt = [](const HostKeyQuestion &) { return HostKeyDecision::AcceptAndRemember; };
    settings.ssh.ioTimeoutMs = 5000;
    settings.patterns = {pattern};
    settings.destination = destination;
    settings.reconnectBaseDelayMs = 50;
    settings.reconnectMaxDelayMs = 500;
    settings.maxReconnectAttempts = 12;
    settings.readSize = 256 * 1024;
    return settings;
}

Error TestFaults::runToEnd(HarvestJob &job, int timeoutMs)
{
    QSignalSpy finished(&job, &HarvestJob::finished);
    job.start();
    if (!finished.wait(timeoutMs))
        return Error(ErrorKind::Timeout, QStringLiteral("the job did not finish"));
    return finished.constFirst().constFirst().value<Error>();
}

void TestFaults::twentyCutsAtRandomOffsets()
{
    QStringList digests;
    for (int i = 0; i < 20; ++i) {
        const QByteArray data = test::randomBytes(4 * 1024 * 1024 + i, 100 + quint32(i));
        QVERIFY(test::writeFile(remote(QStringLiteral("cuts20/file%1.bin").arg(i, 2, 10, QLatin1Char('0'))), data));
        digests.append(test::referenceSha256(data));
    }
    // At 16 MB/s the cuts come about 0.1 s apart: often enough that every
    // file and the remote hashing are hit, not so often that a reconnect
    // (key exchange and authentication) cannot finish in between.
    test::TcpProxy proxy(m_server.host(), m_server.port());
    QVERIFY(proxy.startProxy());
    proxy.setBandwidth(16 * 1024 * 1024);
    QRandomGenerator random(424242);
    QList<qint64> cuts;
    qint64 total = 0;
    for (int i = 0; i < 20; ++i) {
        total += 512 * 1024 + random.bounded(3 * 1024 * 1024);
        cuts.append(total);
    }
    proxy.setCutSchedule(cuts);

    QTemporaryDir destination;
    JournalStore store(m_state.path());
    AuditLog audit(m_state.path());
    HarvestJob job(store, audit, settingsFor(remote("cuts20/*.bin"), destination.path(), proxy.port()));
    const Error error = runToEnd(job);
    for (const FileRecord &file : job.journal().files)
        QVERIFY2(file.verdict == FileVerdict::Verified, qPrintable(file.remotePath + QLatin1String(": ") + file.reason));
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(proxy.cutCount(), 20);
    QCOMPARE(job.journal().files.size(), 20);
    for (const FileRecord &file : job.journal().files) {
        QCOMPARE(file.verdict, FileVerdict::Verified);
        const int index = QFileInfo(file.remotePath).baseName().mid(4).toInt();
        QCOMPARE(file.localSha256, digests.at(index));
    }
}

void TestFaults::rangedStreamsSurviveCuts()
{
    const QByteArray data = test::randomBytes(40 * 1024 * 1024, 200);
    QVERIFY(test::writeFile(remote("ranged/model.safetensors.bin"), data));
    test::TcpProxy proxy(m_server.host(), m_server.port());
    QVERIFY(proxy.startProxy());
    proxy.setCutSchedule({6 * 1024 * 1024, 14 * 1024 * 1024, 25 * 1024 * 1024});

    QTemporaryDir destination;
    JournalStore store(m_state.path());
    AuditLog audit(m_state.path());
    HarvestSettings settings = settingsFor(remote("ranged/*.bin"), destination.path(), proxy.port());
    settings.rangeThreshold = 8 * 1024 * 1024;
    settings.rangeStreams = 4;
    HarvestJob job(store, audit, settings);
    QStringList messages;
    connect(&job, &HarvestJob::message, this, [&](const QString &text) { messages.append(text); });
    const Error error = runToEnd(job);
    QVERIFY2(!error.isError(), qPrintable(error.message + messages.join(QLatin1Char('\n'))));
    QCOMPARE(proxy.cutCount(), 3);
    QVERIFY(!messages.filter(QStringLiteral("stream")).isEmpty());
    QCOMPARE(job.journal().files.constFirst().localSha256, test::referenceSha256(data));
    QVERIFY(!QFile::exists(RangeState::pathFor(job.journal().files.constFirst().localPath)));
}

void TestFaults::sshdGoneAndBack()
{
    const QByteArray data = test::randomBytes(24 * 1024 * 1024, 300);
    QVERIFY(test::writeFile(remote("restart/model.bin"), data));
    test::TcpProxy proxy(m_server.host(), m_server.port());
    QVERIFY(proxy.startProxy());
    proxy.setBandwidth(8 * 1024 * 1024);

    QTemporaryDir destination;
    JournalStore store(m_state.path());
    AuditLog audit(m_state.path());
    HarvestJob job(store, audit, settingsFor(remote("restart/*.bin"), destination.path(), proxy.port()));
    // Mid-file the server goes away: the listener stops (new connections
    // are refused) and the open connection drops; it is back 2 s later.
    bool restarted = false;
    connect(&job, &HarvestJob::fileProgress, this, [&](int, const TransferProgress &progress) {
        if (restarted || progress.bytesDone < 6 * 1024 * 1024)
            return;
        restarted = true;
        m_server.stop();
        proxy.cutAllNow();
        QTimer::singleShot(2000, this, [&] { QVERIFY(m_server.restart()); });
    });
    QStringList messages;
    connect(&job, &HarvestJob::message, this, [&](const QString &text) { messages.append(text); });
    const Error error = runToEnd(job);
    QVERIFY(restarted);
    QVERIFY2(!error.isError(), qPrintable(error.message + messages.join(QLatin1Char('\n'))));
    QVERIFY(messages.size() >= 2); // the drop, then refused reconnects
    QCOMPARE(job.journal().files.constFirst().localSha256, test::referenceSha256(data));
}

void TestFaults::remoteFileReplaced()
{
    const QString path = remote("replaced/model.bin");
    QVERIFY(test::writeFile(path, test::randomBytes(16 * 1024 * 1024, 400)));
    test::TcpProxy proxy(m_server.host(), m_server.port());
    QVERIFY(proxy.startProxy());
    proxy.setBandwidth(16 * 1024 * 1024);

    QTemporaryDir destination;
    JournalStore store(m_state.path());
    AuditLog audit(m_state.path());
    HarvestJob job(store, audit, settingsFor(remote("replaced/*.bin"), destination.path(), proxy.port()));
    bool replaced = false;
    connect(&job, &HarvestJob::fileProgress, this, [&] {
        if (replaced)
            return;
        replaced = true;
        // A new checkpoint written beside and renamed over the old one.
        QVERIFY(test::writeFile(path + QStringLiteral(".new"), test::randomBytes(16 * 1024 * 1024, 401)));
        QFile::remove(path);
        QVERIFY(QFile::rename(path + QStringLiteral(".new"), path));
    });
    const Error error = runToEnd(job);
    QVERIFY(replaced);
    QCOMPARE(error.kind, ErrorKind::Verification);
    const FileRecord &file = job.journal().files.constFirst();
    QCOMPARE(file.verdict, FileVerdict::Failed);
    QVERIFY(!file.reason.isEmpty());
}

void TestFaults::hostKeyChangesOnReconnect()
{
    test::SshServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QVERIFY(test::writeFile(server.remoteRoot() + QStringLiteral("/model.bin"), test::randomBytes(24 * 1024 * 1024, 500)));
    test::TcpProxy proxy(server.host(), server.port());
    QVERIFY(proxy.startProxy());
    proxy.setBandwidth(8 * 1024 * 1024);

    QTemporaryDir state;
    QTemporaryDir destination;
    JournalStore store(state.path());
    AuditLog audit(state.path());
    HarvestSettings settings = settingsFor(server.remoteRoot() + QStringLiteral("/*.bin"), destination.path(),
                                           proxy.port());
    settings.ssh = server.connectOptions(state.filePath(QStringLiteral("known_hosts")));
    settings.ssh.port = proxy.port();
    settings.ssh.targetKey = QStringLiteral("vast:900");
    int questions = 0;
    settings.ssh.hostKeyPrompt = [&questions](const HostKeyQuestion &) {
        ++questions;
        return HostKeyDecision::AcceptAndRemember;
    };
    HarvestJob job(store, audit, settings);
    bool swapped = false;
    connect(&job, &HarvestJob::fileProgress, this, [&](int, const TransferProgress &progress) {
        if (swapped || progress.bytesDone < 4 * 1024 * 1024)
            return;
        swapped = true;
        QVERIFY(server.replaceHostKey());
        proxy.cutAllNow();
    });
    const Error error = runToEnd(job);
    QVERIFY(swapped);
    QCOMPARE(error.kind, ErrorKind::HostKeyChanged);
    QCOMPARE(questions, 1); // only the first contact was asked about
    QVERIFY(QFileInfo(FileDownloader::partPath(destination.filePath(QStringLiteral("model.bin")))).size() > 0);
}

void TestFaults::killedCliResumes()
{
    const QByteArray data = test::randomBytes(48 * 1024 * 1024, 600);
    QVERIFY(test::writeFile(remote("killed/model.bin"), data));
    test::TcpProxy proxy(m_server.host(), m_server.port());
    QVERIFY(proxy.startProxy());
    proxy.setBandwidth(12 * 1024 * 1024);

    QTemporaryDir state;
    QTemporaryDir destination;
    const QString target = QStringLiteral("%1@%2:%3").arg(m_server.user(), m_server.host()).arg(proxy.port());
    const QStringList arguments = {"--state-dir", state.path(), "--identity", m_server.clientKeyPath(), "harvest",
                                   "--ssh", target, "--remote", remote("killed/*.bin"), "--dest", destination.path(),
                                   "--accept-new-host-key", "--streams", "3", "--stream-threshold", "8M"};
    QProcess cli;
    cli.start(qEnvironmentVariable("VASTHARVEST_CLI"), arguments);
    QVERIFY(cli.waitForStarted());
    const QString local = destination.filePath(QStringLiteral("model.bin"));
    // Wait until a good part of the file arrived, then SIGKILL: no chance
    // to clean up or save anything more.
    QTRY_VERIFY_WITH_TIMEOUT(RangeState::load(RangeState::pathFor(local)).has_value()
                                 && RangeState::load(RangeState::pathFor(local))->bytesDone() > 12 * 1024 * 1024,
                             60000);
    cli.kill();
    QVERIFY(cli.waitForFinished());
    QVERIFY(!QFile::exists(local));
    const qint64 savedDone = RangeState::load(RangeState::pathFor(local))->bytesDone();
    QVERIFY(savedDone < data.size());

    proxy.setBandwidth(0);
    const qint64 before = proxy.bytesToClient();
    const test::ProcessResult again = test::runCli(arguments);
    QVERIFY2(again.exitCode == 0, again.standardError.constData());
    QCOMPARE(test::referenceSha256(data), QString::fromLatin1(QCryptographicHash::hash([&] {
        QFile file(local);
        file.open(QIODevice::ReadOnly);
        return file.readAll();
    }(), QCryptographicHash::Sha256).toHex()));
    // Only the missing ranges came again, plus what arrived after the last
    // save of the range state (every 200 ms, at 12 MB/s, longer on a loaded
    // machine), the 1 MiB tail check of each range and SSH's own traffic;
    // in any case less than the whole file again.
    const qint64 fetched = proxy.bytesToClient() - before;
    QVERIFY2(fetched < data.size(),
             qPrintable(QStringLiteral("fetched %1 bytes of a %2-byte file").arg(fetched).arg(data.size())));
    QVERIFY2(fetched < data.size() - savedDone + 12 * 1024 * 1024,
             qPrintable(QStringLiteral("fetched %1 bytes, %2 were missing").arg(fetched).arg(data.size() - savedDone)));
}

namespace {

// Mounts a tmpfs of this size, e.g. "6m", on the folder; false when that is
// not allowed, as for a user who is not root.
bool mountTmpfs(const QString &folder, const QString &size)
{
    return QProcess::execute(QStringLiteral("mount"),
                             {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                              QStringLiteral("size=") + size, QStringLiteral("tmpfs"), folder})
           == 0;
}

} // namespace

void TestFaults::diskFullKeepsPart()
{
    QTemporaryDir mountPoint;
    if (!mountTmpfs(mountPoint.path(), QStringLiteral("6m")))
        QSKIP("mounting a small tmpfs needs root (CI runs as root); run the suite as root to cover a full disk");
    auto unmount = qScopeGuard([&] { QProcess::execute(QStringLiteral("umount"), {mountPoint.path()}); });

    QVERIFY(test::writeFile(remote("full/model.bin"), test::randomBytes(10 * 1024 * 1024, 700)));
    JournalStore store(m_state.path());
    AuditLog audit(m_state.path());
    HarvestJob job(store, audit, settingsFor(remote("full/*.bin"), mountPoint.path(), m_server.port()));
    const Error error = runToEnd(job);
    QCOMPARE(error.kind, ErrorKind::Verification);
    const FileRecord &file = job.journal().files.constFirst();
    QCOMPARE(file.verdict, FileVerdict::Failed);
    QVERIFY2(file.reason.contains(QStringLiteral("full")), qPrintable(file.reason));
    QVERIFY2(file.reason.contains(mountPoint.path()), qPrintable(file.reason));
    QVERIFY(file.reason.contains(QStringLiteral("more bytes are needed")));
    QVERIFY(QFileInfo(FileDownloader::partPath(file.localPath)).size() > 0);
    QVERIFY(!job.journal().allVerified());
}

// A state folder too full for a new journal: the earlier, confirmed journal
// must not keep allowing a destroy for a selection the new run widened.
void TestFaults::fullStateDirSetsJournalAside()
{
    QTemporaryDir mountPoint;
    if (!mountTmpfs(mountPoint.path(), QStringLiteral("1m")))
        QSKIP("mounting a small tmpfs needs root (CI runs as root); run the suite as root to cover a full disk");
    auto unmount = qScopeGuard([&] { QProcess::execute(QStringLiteral("umount"), {mountPoint.path()}); });

    QVERIFY(test::writeFile(remote("aside/a.bin"), "first"));
    QTemporaryDir destination;
    JournalStore store(mountPoint.path());
    AuditLog audit(mountPoint.path());
    const HarvestSettings settings = settingsFor(remote("aside/*.bin"), destination.path(), m_server.port());
    Journal confirmed;
    confirmed.targetKey = settings.targetKey;
    confirmed.patterns = {remote("aside/a.bin")};
    confirmed.confirmation = Confirmation{QDateTime::currentDateTimeUtc(), QStringLiteral("digest"), QStringLiteral("1")};
    QVERIFY(store.save(confirmed).ok());
    const QString journalPath = store.pathFor(settings.targetKey);

    // Fill what is left of the folder.
    QFile filler(QDir(mountPoint.path()).filePath(QStringLiteral("filler")));
    QVERIFY(filler.open(QIODevice::WriteOnly));
    const QByteArray block(64 * 1024, '\0');
    while (filler.write(block) == block.size() && filler.flush()) {
    }
    filler.close();

    HarvestJob job(store, audit, settings);
    const Error error = runToEnd(job);
    QVERIFY2(error.kind == ErrorKind::LocalIo || error.kind == ErrorKind::DiskFull, qPrintable(error.message));
    QVERIFY2(error.message.contains(QStringLiteral("journal")), qPrintable(error.message));
    QVERIFY(!QFile::exists(journalPath));
    const QStringList aside = QDir(QFileInfo(journalPath).absolutePath())
                                  .entryList({QFileInfo(journalPath).fileName() + QStringLiteral(".superseded-*")});
    QCOMPARE(aside.size(), 1);
    QCOMPARE(store.load(settings.targetKey).error().kind, ErrorKind::NotFound);
    QVERIFY(QDir(destination.path()).isEmpty());
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
