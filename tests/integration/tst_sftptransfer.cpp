#include "sshserver.h"
#include "tcpproxy.h"
#include "testutil.h"
#include "transfer/filedownloader.h"
#include "transfer/remotehasher.h"
#include "transfer/remotelister.h"
#include "transfer/sshsession.h"
#include "verify/sha256.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <QThread>

#include <thread>

using namespace vh;

namespace {

// The account that remote commands run as on the server from
// startOtherUserServer(): nobody on Debian.
constexpr uint otherUid = 65534;

// The job folder of RemoteHasher::sha256Detached() for a remote user.
QString jobFolderOf(uint uid)
{
    return QStringLiteral("/tmp/.vastharvest-hash-%1").arg(uid);
}

// Removes a job folder, or a link or file in its place, without following a
// link.
void removeJobFolder(const QString &path)
{
    const QFileInfo info(path);
    if (info.isSymLink() || info.isFile())
        QFile::remove(path);
    else if (info.isDir())
        QDir(path).removeRecursively();
}

} // namespace

class TestSftpTransfer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void globExpansion();
    void patternWithoutMatch();
    void literalFolderTakesAll();
    void literalFileSkipsFolderListing();
    void symlinkLoopEnds();
    void largeFileHashesMatch();
    void hostileNamesSurvive();
    void nonUtf8NameReported();
    void danglingLinkBesideMatches();
    void resumeAfterCut();
    void corruptTailRefetched();
    void cancelKeepsResumablePart();
    void existingFileNeverOverwritten();
    void unreadableFileReported();
    void remoteHashSurvivesDisconnect();
    void remoteHashOfUnreadableFileFails();
    void remoteHashIgnoresShellBanner();
    void remoteHashRejectsGarbage();
    void remoteHashBesideOtherUsersFolder();
    void remoteHashRejectsUnsafeJobFolder_data();
    void remoteHashRejectsUnsafeJobFolder();

private:
    QString remote(const QString &relative) const { return m_server.remoteRoot() + QLatin1Char('/') + relative; }
    void connectSession(SshSession &session, quint16 port = 0);
    void connectTo(SshSession &session, const test::SshServer &server, const QString &knownHostsPath,
                   quint16 port = 0);
    QString startOtherUserServer(test::SshServer &server);
    QString writeWorldReadableFile(const QTemporaryDir &folder, const QByteArray &data);
    Result<QString> hashAsOtherUser(const test::SshServer &server, const QByteArray &data, bool *startedNewJob);
    QStringList listedPaths(const RemoteListing &listing) const;

    test::SshServer m_server;
    QTemporaryDir m_state;
};

void TestSftpTransfer::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestSftpTransfer::connectSession(SshSession &session, quint16 port)
{
    connectTo(session, m_server, m_state.filePath(QStringLiteral("known_hosts")), port);
}

// Each server has a host key of its own, so a server started by one test
// keeps its key in a known_hosts file of its own.
void TestSftpTransfer::connectTo(SshSession &session, const test::SshServer &server, const QString &knownHostsPath,
                                 quint16 port)
{
    SshConnectOptions options = server.connectOptions(knownHostsPath);
    options.targetKey = QStringLiteral("test-server");
    if (port != 0)
        options.port = port;
    options.hostKeyPrompt = [](const HostKeyQuestion &) { return HostKeyDecision::AcceptAndRemember; };
    const auto connected = session.connect(options, nullptr);
    QVERIFY2(connected.ok(), qPrintable(connected.ok() ? QString() : connected.error().message));
}

// Starts a server that runs every command as uid 65534, as a host shared by
// several accounts would. Returns why it cannot, or an empty string.
QString TestSftpTransfer::startOtherUserServer(test::SshServer &server)
{
    if (QFileInfo(m_state.path()).ownerId() != 0)
        return QStringLiteral("running remote commands as another user needs root");
    if (QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
        return QStringLiteral("setpriv (util-linux) is missing");
    server.setExtraConfig(QStringLiteral("ForceCommand exec setpriv --reuid=%1 --regid=%1 --clear-groups "
                                         "/bin/sh -c \"$SSH_ORIGINAL_COMMAND\"")
                              .arg(otherUid));
    if (!server.start())
        return QStringLiteral("sshd did not start: %1").arg(server.errorString());
    return {};
}

// Writes a file that uid 65534 can read, in a folder that it can enter.
QString TestSftpTransfer::writeWorldReadableFile(const QTemporaryDir &folder, const QByteArray &data)
{
    const QFileDevice::Permissions readable = QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                              | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    const QString path = folder.filePath(QStringLiteral("model.gguf"));
    if (!QFile::setPermissions(folder.path(), readable | QFileDevice::ExeOwner | QFileDevice::ExeGroup
                                                  | QFileDevice::ExeOther)
        || !test::writeFile(path, data) || !QFile::setPermissions(path, readable))
        return {};
    return path;
}

// Hashes data with the detached job, through a server from
// startOtherUserServer(), in a file that uid 65534 can read.
Result<QString> TestSftpTransfer::hashAsOtherUser(const test::SshServer &server, const QByteArray &data,
                                                  bool *startedNewJob)
{
    QTemporaryDir files(QStringLiteral("/tmp/vastharvest-test-XXXXXX"));
    const QString path = writeWorldReadableFile(files, data);
    if (path.isEmpty())
        return Error(ErrorKind::LocalIo, QStringLiteral("cannot write a file that uid %1 can read").arg(otherUid));
    const QFileInfo info(path);

    SshSession session;
    connectTo(session, server, server.workDir() + QStringLiteral("/known_hosts"));
    RemoteHasher hasher(session);
    auto digest = hasher.sha256Detached(path, info.size(), info.lastModified().toSecsSinceEpoch(), 60000, nullptr);
    *startedNewJob = hasher.startedNewJob();
    return digest;
}

QStringList TestSftpTransfer::listedPaths(const RemoteListing &listing) const
{
    QStringList paths;
    for (const RemoteFile &file : listing.files)
        paths.append(file.localRelativePath);
    paths.sort();
    return paths;
}

void TestSftpTransfer::globExpansion()
{
    QVERIFY(test::writeFile(remote("glob/a/final/one.gguf"), "1"));
    QVERIFY(test::writeFile(remote("glob/a/b/final/two.gguf"), "22"));
    QVERIFY(test::writeFile(remote("glob/final/three.gguf"), "333"));
    QVERIFY(test::writeFile(remote("glob/a/draft/skip.gguf"), "x"));
    QVERIFY(test::writeFile(remote("glob/a/final/skip.bin"), "x"));
    QVERIFY(test::writeFile(remote("glob/.cache/final/hidden.gguf"), "x"));

    SshSession session;
    connectSession(session);
    RemoteLister lister(session);
    const auto listing = lister.list({remote("glob/**/final/*.gguf")}, nullptr);
    QVERIFY(listing.ok());
    QCOMPARE(listedPaths(listing.value()),
             (QStringList{"a/b/final/two.gguf", "a/final/one.gguf", "final/three.gguf"}));
    QVERIFY(listing->problems.isEmpty());
    for (const RemoteFile &file : listing->files) {
        QCOMPARE(file.size, QFileInfo(file.remotePath).size());
        QCOMPARE(file.modifiedTime, QFileInfo(file.remotePath).lastModified().toSecsSinceEpoch());
    }

    const auto single = lister.list({remote("glob/a/?/final/t*.gguf")}, nullptr);
    QVERIFY(single.ok());
    QCOMPARE(listedPaths(single.value()), QStringList{"b/final/two.gguf"});
}

void TestSftpTransfer::patternWithoutMatch()
{
    QVERIFY(test::writeFile(remote("nomatch/a/model.gguf"), "1"));
    SshSession session;
    connectSession(session);
    RemoteLister lister(session);
    const auto listing = lister.list({remote("nomatch/**/*.nothing"), remote("missing-folder/*.gguf")}, nullptr);
    QVERIFY(listing.ok());
    QVERIFY(listing->files.isEmpty());
    QCOMPARE(listing->problems.size(), 2);
    QVERIFY(listing->problems.at(0).message.contains(QStringLiteral("matched no file")));
    QVERIFY(listing->problems.at(1).message.contains(QStringLiteral("missing-folder")));
    QVERIFY(listing->problems.at(1).message.contains(QStringLiteral("does not exist")));
}

void TestSftpTransfer::literalFolderTakesAll()
{
    QVERIFY(test::writeFile(remote("ckpt/run/model.safetensors"), "m"));
    QVERIFY(test::writeFile(remote("ckpt/run/sub/optimizer.pt"), "o"));
    // Taken whole means hidden files and folders too, unlike a wildcard.
    QVERIFY(test::writeFile(remote("ckpt/run/.hparams.json"), "h"));
    QVERIFY(test::writeFile(remote("ckpt/run/.cache/x.pt"), "x"));
    SshSession session;
    connectSession(session);
    RemoteLister lister(session);
    const auto listing = lister.list({remote("ckpt/run")}, nullptr);
    QVERIFY(listing.ok());
    QCOMPARE(listedPaths(listing.value()), (QStringList{"run/.cache/x.pt", "run/.hparams.json",
                                                        "run/model.safetensors", "run/sub/optimizer.pt"}));
    QVERIFY(listing->problems.isEmpty());
    const auto wildcard = lister.list({remote("ckpt/run/**/*")}, nullptr);
    QVERIFY(wildcard.ok());
    QCOMPARE(listedPaths(wildcard.value()), (QStringList{"model.safetensors", "sub/optimizer.pt"}));
}

void TestSftpTransfer::literalFileSkipsFolderListing()
{
    // A folder crowded with checkpoints, as a training run leaves it.
    for (int step = 0; step < 400; ++step) {
        QVERIFY(test::writeFile(
            remote(QStringLiteral("wide/checkpoint-step-%1-of-a-long-training-run.pt").arg(step, 6, 10, QLatin1Char('0'))),
            "c"));
    }
    QVERIFY(test::writeFile(remote("wide/final.gguf"), "final"));
    test::TcpProxy proxy(m_server.host(), m_server.port());
    QVERIFY(proxy.startProxy());
    SshSession session;
    connectSession(session, proxy.port());
    RemoteLister lister(session);
    // Opens the SFTP channel, so its set-up is not counted below.
    QVERIFY(lister.stat(remote("wide")).ok());

    qint64 before = proxy.bytesToClient();
    const auto literal = lister.list({remote("wide/final.gguf")}, nullptr);
    const qint64 literalBytes = proxy.bytesToClient() - before;
    QVERIFY(literal.ok());
    QCOMPARE(listedPaths(literal.value()), QStringList{"final.gguf"});
    QCOMPARE(literal->files.at(0).size, 5);
    QVERIFY(literal->problems.isEmpty());

    before = proxy.bytesToClient();
    const auto glob = lister.list({remote("wide/final.*")}, nullptr);
    const qint64 globBytes = proxy.bytesToClient() - before;
    QVERIFY(glob.ok());
    QCOMPARE(listedPaths(glob.value()), QStringList{"final.gguf"});

    // The glob reads all 401 entries of the folder; the literal path only
    // reads the attributes of the one file.
    QVERIFY2(globBytes > 40 * 1024, qPrintable(QString::number(globBytes)));
    QVERIFY2(literalBytes < 2 * 1024, qPrintable(QString::number(literalBytes)));
}

void TestSftpTransfer::symlinkLoopEnds()
{
    QVERIFY(test::writeFile(remote("loop/data/w.gguf"), "w"));
    QVERIFY(QFile::link(remote("loop"), remote("loop/data/back")));
    QVERIFY(QFile::link(remote("loop/data/w.gguf"), remote("loop/linked.gguf")));
    SshSession session;
    connectSession(session);
    RemoteLister lister(session);
    const auto listing = lister.list({remote("loop/**/*.gguf")}, nullptr);
    QVERIFY(listing.ok());
    // The file link is followed; the folder link back up is walked once.
    QCOMPARE(listedPaths(listing.value()), (QStringList{"data/w.gguf", "linked.gguf"}));
}

void TestSftpTransfer::largeFileHashesMatch()
{
    const QByteArray data = test::randomBytes(64 * 1024 * 1024, 7);
    QVERIFY(test::writeFile(remote("big/model.gguf"), data));
    const QString expected = test::referenceSha256(data);

    SshSession session;
    connectSession(session);
    RemoteLister lister(session);
    const auto listing = lister.list({remote("big/*.gguf")}, nullptr);
    QVERIFY(listing.ok());
    QCOMPARE(listing->files.size(), 1);
    const RemoteFile &file = listing->files.constFirst();

    QTemporaryDir destination;
    DownloadRequest request;
    request.remotePath = file.remotePath;
    request.localPath = destination.filePath(file.localRelativePath);
    request.expectedSize = file.size;
    request.remoteModifiedTime = file.modifiedTime;
    int progressEvents = 0;
    TransferProgress last;
    FileDownloader downloader(session);
    const auto outcome = downloader.download(request, nullptr, [&](const TransferProgress &progress) {
        ++progressEvents;
        last = progress;
    });
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().message));
    QCOMPARE(outcome->finalSize, qint64(data.size()));
    QCOMPARE(last.bytesDone, qint64(data.size()));
    QVERIFY(progressEvents >= 1);
    QVERIFY(!QFile::exists(FileDownloader::partPath(request.localPath)));
    QCOMPARE(QFileInfo(request.localPath).lastModified().toSecsSinceEpoch(), file.modifiedTime);

    const auto local = sha256OfFile(request.localPath);
    QVERIFY(local.ok());
    QCOMPARE(local.value(), expected);

    RemoteHasher hasher(session);
    const auto remoteDigest = hasher.sha256(file.remotePath, 60000, nullptr);
    QVERIFY2(remoteDigest.ok(), qPrintable(remoteDigest.ok() ? QString() : remoteDigest.error().message));
    QCOMPARE(remoteDigest.value(), expected);
}

void TestSftpTransfer::hostileNamesSurvive()
{
    const QStringList names = {QStringLiteral("with space.gguf"), QStringLiteral("it's \"quoted\".gguf"),
                               QStringLiteral("$(touch pwned).gguf"), QStringLiteral("`touch pwned2`.gguf"),
                               QStringLiteral("modèle-日本語.gguf"), QStringLiteral("semi;colon&amp.gguf")};
    QDir().mkpath(remote("hostile"));
    for (const QString &name : names)
        QVERIFY(test::writeFile(remote("hostile/") + name, name.toUtf8()));

    SshSession session;
    connectSession(session);
    RemoteLister lister(session);
    const auto listing = lister.list({remote("hostile/*.gguf")}, nullptr);
    QVERIFY(listing.ok());
    QCOMPARE(listing->files.size(), names.size());

    QTemporaryDir destination;
    FileDownloader downloader(session);
    RemoteHasher hasher(session);
    for (const RemoteFile &file : listing->files) {
        DownloadRequest request;
        request.remotePath = file.remotePath;
        request.localPath = destination.filePath(file.localRelativePath);
        const auto outcome = downloader.download(request, nullptr, {});
        QVERIFY2(outcome.ok(), qPrintable(file.remotePath));
        const QString name = QFileInfo(file.remotePath).fileName();
        const auto digest = hasher.sha256(file.remotePath, 30000, nullptr);
        QVERIFY2(digest.ok(), qPrintable(digest.ok() ? QString() : digest.error().message));
        QCOMPARE(digest.value(), test::referenceSha256(name.toUtf8()));
        const auto detached = hasher.sha256Detached(file.remotePath, file.size, file.modifiedTime, 30000, nullptr);
        QVERIFY2(detached.ok(), qPrintable(detached.ok() ? QString() : detached.error().message));
        QCOMPARE(detached.value(), test::referenceSha256(name.toUtf8()));
        QFile local(request.localPath);
        QVERIFY(local.open(QIODevice::ReadOnly));
        QCOMPARE(local.readAll(), name.toUtf8());
    }
    // Nothing in a name was run by the remote shell.
    QVERIFY(!QFile::exists(m_server.remoteRoot() + QStringLiteral("/hostile/pwned")));
    QVERIFY(!QFile::exists(QDir::home().filePath(QStringLiteral("pwned"))));
    QVERIFY(!QFile::exists(QDir::home().filePath(QStringLiteral("pwned2"))));
}

void TestSftpTransfer::nonUtf8NameReported()
{
    // Qt cannot spell a name that is not UTF-8, so the shell writes it: one
    // name with a stray 0xFF byte, one with the replacement character that
    // a lossy decoding of the first would give.
    QDir().mkpath(remote("latin1"));
    const int status = QProcess::execute(
        QStringLiteral("sh"), {QStringLiteral("-c"),
                               QStringLiteral("printf stray > \"$1/col$(printf '\\377').gguf\"; "
                                              "printf valid > \"$1/col$(printf '\\357\\277\\275').gguf\""),
                               QStringLiteral("sh"), remote("latin1")});
    QCOMPARE(status, 0);

    SshSession session;
    connectSession(session);
    RemoteLister lister(session);
    const auto listing = lister.list({remote("latin1/*.gguf")}, nullptr);
    QVERIFY(listing.ok());
    QCOMPARE(listing->files.size(), 1);
    QCOMPARE(listing->files.at(0).size, 5);
    QCOMPARE(listing->problems.size(), 1);
    QVERIFY2(listing->problems.at(0).message.contains(QStringLiteral("not valid UTF-8")),
             qPrintable(listing->problems.at(0).message));
}

void TestSftpTransfer::danglingLinkBesideMatches()
{
    QVERIFY(test::writeFile(remote("dangling/model.gguf"), "model"));
    QVERIFY(QFile::link(remote("dangling/deleted-run"), remote("dangling/checkpoint-latest")));
    SshSession session;
    connectSession(session);
    RemoteLister lister(session);
    const auto listing = lister.list({remote("dangling/*.gguf")}, nullptr);
    QVERIFY(listing.ok());
    QCOMPARE(listedPaths(listing.value()), QStringList{"model.gguf"});
    QVERIFY(listing->problems.isEmpty());

    // A dangling link that the pattern names is still reported.
    QVERIFY(QFile::link(remote("dangling/deleted.gguf"), remote("dangling/broken.gguf")));
    const auto named = lister.list({remote("dangling/*.gguf")}, nullptr);
    QVERIFY(named.ok());
    QCOMPARE(listedPaths(named.value()), QStringList{"model.gguf"});
    QCOMPARE(named->problems.size(), 1);
    QVERIFY2(named->problems.at(0).message.contains(QStringLiteral("broken.gguf")),
             qPrintable(named->problems.at(0).message));
}

void TestSftpTransfer::resumeAfterCut()
{
    const QByteArray data = test::randomBytes(48 * 1024 * 1024, 11);
    QVERIFY(test::writeFile(remote("cut/model.safetensors"), data));

    test::TcpProxy proxy(m_server.host(), m_server.port());
    QVERIFY(proxy.startProxy());
    proxy.cutAfterBytes(20 * 1024 * 1024);

    QTemporaryDir destination;
    DownloadRequest request;
    request.remotePath = remote("cut/model.safetensors");
    request.localPath = destination.filePath(QStringLiteral("model.safetensors"));
    request.expectedSize = data.size();

    SshSession first;
    connectSession(first, proxy.port());
    FileDownloader firstDownloader(first);
    const auto interrupted = firstDownloader.download(request, nullptr, {});
    QVERIFY(!interrupted.ok());
    QVERIFY2(interrupted.error().isTransient(), qPrintable(interrupted.error().message));
    QCOMPARE(proxy.cutCount(), 1);
    const qint64 partSize = QFileInfo(FileDownloader::partPath(request.localPath)).size();
    QVERIFY(partSize > 0);
    QVERIFY(partSize < data.size());

    SshSession second;
    connectSession(second, proxy.port());
    FileDownloader secondDownloader(second);
    const auto resumed = secondDownloader.download(request, nullptr, {});
    QVERIFY2(resumed.ok(), qPrintable(resumed.ok() ? QString() : resumed.error().message));
    QCOMPARE(resumed->resumedFrom, partSize);
    QCOMPARE(resumed->bytesWritten, data.size() - partSize);
    QVERIFY(!resumed->tailRepaired);
    QCOMPARE(sha256OfFile(request.localPath).value(), test::referenceSha256(data));
}

void TestSftpTransfer::corruptTailRefetched()
{
    const QByteArray data = test::randomBytes(8 * 1024 * 1024, 13);
    QVERIFY(test::writeFile(remote("tail/model.gguf"), data));

    QTemporaryDir destination;
    DownloadRequest request;
    request.remotePath = remote("tail/model.gguf");
    request.localPath = destination.filePath(QStringLiteral("model.gguf"));

    // A .part of 5 MiB whose last 300 KiB are zeros, as after a power loss.
    QByteArray part = data.left(5 * 1024 * 1024);
    part.replace(part.size() - 300 * 1024, 300 * 1024, QByteArray(300 * 1024, '\0'));
    QVERIFY(test::writeFile(FileDownloader::partPath(request.localPath), part));

    SshSession session;
    connectSession(session);
    FileDownloader downloader(session);
    const auto outcome = downloader.download(request, nullptr, {});
    QVERIFY(outcome.ok());
    QVERIFY(outcome->tailRepaired);
    QCOMPARE(outcome->resumedFrom, qint64(4 * 1024 * 1024));
    QCOMPARE(sha256OfFile(request.localPath).value(), test::referenceSha256(data));
}

void TestSftpTransfer::cancelKeepsResumablePart()
{
    // Large enough that the download cannot end before the second progress
    // report, which comes 100 ms after the first.
    const QByteArray data = test::randomBytes(128 * 1024 * 1024, 17);
    QVERIFY(test::writeFile(remote("cancel/model.gguf"), data));

    QTemporaryDir destination;
    DownloadRequest request;
    request.remotePath = remote("cancel/model.gguf");
    request.localPath = destination.filePath(QStringLiteral("model.gguf"));
    request.readSize = 256 * 1024;

    // Cancel once a few MiB arrived; the bytes so far must stay usable.
    std::atomic_bool cancelled{false};
    SshSession session;
    connectSession(session);
    FileDownloader downloader(session);
    const auto outcome = downloader.download(request, &cancelled, [&](const TransferProgress &progress) {
        if (progress.bytesDone >= 4 * 1024 * 1024)
            cancelled = true;
    });
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().kind, ErrorKind::Cancelled);
    QVERIFY(outcome.error().message.contains(QStringLiteral(".part")));
    QVERIFY(!QFile::exists(request.localPath));
    const qint64 partSize = QFileInfo(FileDownloader::partPath(request.localPath)).size();
    QVERIFY(partSize >= 4 * 1024 * 1024);

    const auto resumed = downloader.download(request, nullptr, {});
    QVERIFY(resumed.ok());
    QCOMPARE(resumed->resumedFrom, partSize);
    QCOMPARE(sha256OfFile(request.localPath).value(), test::referenceSha256(data));
}

void TestSftpTransfer::existingFileNeverOverwritten()
{
    QVERIFY(test::writeFile(remote("exists/model.gguf"), "remote content"));
    QTemporaryDir destination;
    const QString localPath = destination.filePath(QStringLiteral("model.gguf"));
    QVERIFY(test::writeFile(localPath, "precious local copy"));

    SshSession session;
    connectSession(session);
    FileDownloader downloader(session);
    DownloadRequest request;
    request.remotePath = remote("exists/model.gguf");
    request.localPath = localPath;
    const auto outcome = downloader.download(request, nullptr, {});
    QVERIFY(outcome.ok());
    QVERIFY(outcome->alreadyPresent);
    QFile local(localPath);
    QVERIFY(local.open(QIODevice::ReadOnly));
    QCOMPARE(local.readAll(), QByteArray("precious local copy"));
}

void TestSftpTransfer::unreadableFileReported()
{
    QVERIFY(test::writeFile(remote("partly/good.gguf"), "good"));
    QVERIFY(test::writeFile(remote("partly/bad.gguf"), "bad"));
    SshSession session;
    connectSession(session);
    RemoteLister lister(session);
    const auto listing = lister.list({remote("partly/*.gguf")}, nullptr);
    QVERIFY(listing.ok());
    QCOMPARE(listing->files.size(), 2);

    // After listing, bad.gguf turns into a folder: opening works, reading
    // fails, as for a file on a broken disk (root reads through chmod 000).
    QVERIFY(QFile::remove(remote("partly/bad.gguf")));
    QVERIFY(QDir().mkpath(remote("partly/bad.gguf")));

    QTemporaryDir destination;
    FileDownloader downloader(session);
    int succeeded = 0;
    int failed = 0;
    for (const RemoteFile &file : listing->files) {
        DownloadRequest request;
        request.remotePath = file.remotePath;
        request.localPath = destination.filePath(file.localRelativePath);
        const auto outcome = downloader.download(request, nullptr, {});
        if (outcome.ok()) {
            ++succeeded;
        } else {
            ++failed;
            QVERIFY(!outcome.error().isTransient());
            QVERIFY(outcome.error().message.contains(QStringLiteral("bad.gguf")));
        }
    }
    QCOMPARE(succeeded, 1);
    QCOMPARE(failed, 1);
    QVERIFY(QFile::exists(destination.filePath(QStringLiteral("good.gguf"))));
}

void TestSftpTransfer::remoteHashSurvivesDisconnect()
{
    // 4 GiB of zeros, sparse on disk: hashing takes a few seconds, long
    // enough to drop the connection in the middle.
    const QString path = remote("detached/huge.bin");
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(qint64(4) * 1024 * 1024 * 1024));
    file.close();
    const QFileInfo info(path);

    SshSession first;
    connectSession(first);
    RemoteHasher firstHasher(first);
    // The "instance" is this machine, so the test can see this file's job
    // running (other tests may hash at the same time) and drop the
    // connection only then.
    const auto jobRunning = [&path] {
        const QDir jobs(jobFolderOf(QFileInfo(path).ownerId()));
        for (const QString &name : jobs.entryList({QStringLiteral("*.pid")}, QDir::Files)) {
            QFile pidFile(jobs.filePath(name));
            if (!pidFile.open(QIODevice::ReadOnly))
                continue;
            QFile command(QStringLiteral("/proc/%1/cmdline").arg(QString::fromLatin1(pidFile.readAll().trimmed())));
            if (command.open(QIODevice::ReadOnly) && command.readAll().contains(path.toUtf8()))
                return true;
        }
        return false;
    };
    std::thread dropper([&] {
        for (int i = 0; i < 500 && !jobRunning(); ++i)
            QThread::msleep(20);
        first.abort();
    });
    const auto interrupted = firstHasher.sha256Detached(path, info.size(), info.lastModified().toSecsSinceEpoch(),
                                                        120000, nullptr);
    dropper.join();
    QVERIFY(!interrupted.ok());
    QVERIFY(interrupted.error().isTransient());

    SshSession second;
    connectSession(second);
    RemoteHasher secondHasher(second);
    const auto digest = secondHasher.sha256Detached(path, info.size(), info.lastModified().toSecsSinceEpoch(),
                                                    120000, nullptr);
    QVERIFY2(digest.ok(), qPrintable(digest.ok() ? QString() : digest.error().message));
    QVERIFY(!secondHasher.startedNewJob()); // it picked up the job or its result
    QCOMPARE(digest.value(), sha256OfFile(path).value());
}

void TestSftpTransfer::remoteHashOfUnreadableFileFails()
{
    // The tool cannot open the file (here: it is gone). The job must report
    // that at once, not start again on every poll until the timeout.
    SshSession session;
    connectSession(session);
    RemoteHasher hasher(session);
    QElapsedTimer clock;
    clock.start();
    const auto digest = hasher.sha256Detached(remote("detached/missing.bin"), 10, 1754400000, 600000, nullptr);
    QVERIFY(!digest.ok());
    QCOMPARE(digest.error().kind, ErrorKind::RemoteIo);
    QVERIFY2(digest.error().message.contains(QStringLiteral("missing.bin")), qPrintable(digest.error().message));
    QVERIFY2(clock.elapsed() < 20000, qPrintable(QString::number(clock.elapsed())));
}

void TestSftpTransfer::remoteHashIgnoresShellBanner()
{
    // Start-up scripts on rented containers often greet even a
    // non-interactive command, sometimes without a final newline, and exit
    // scripts can print after it.
    test::SshServer server;
    server.setExtraConfig(QStringLiteral(
        "ForceCommand trap 'echo Goodbye from the test container' EXIT; echo Welcome to the test container; "
        "echo Welcome on stderr >&2; printf 'No newline here'; eval \"$SSH_ORIGINAL_COMMAND\""));
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QByteArray data = test::randomBytes(3 * 1024 * 1024, 11);
    const QString path = server.remoteRoot() + QStringLiteral("/banner/model.gguf");
    QVERIFY(test::writeFile(path, data));
    const QFileInfo info(path);
    const auto local = sha256OfFile(path);
    QVERIFY(local.ok());

    SshSession session;
    connectTo(session, server, server.workDir() + QStringLiteral("/known_hosts"));
    RemoteHasher hasher(session);
    const auto direct = hasher.sha256(path, 60000, nullptr);
    QVERIFY2(direct.ok(), qPrintable(direct.ok() ? QString() : direct.error().message));
    QCOMPARE(direct.value(), local.value());

    const auto detached =
        hasher.sha256Detached(path, info.size(), info.lastModified().toSecsSinceEpoch(), 60000, nullptr);
    QVERIFY2(detached.ok(), qPrintable(detached.ok() ? QString() : detached.error().message));
    QCOMPARE(detached.value(), local.value());
    // Only openssl, sha256sum and shasum run detached, and coreutils
    // provides sha256sum on every Debian system.
    QVERIFY2(hasher.startedNewJob(), qPrintable(hasher.tool()));

    // A file that cannot be read still fails with the tool's message.
    const auto missing = hasher.sha256Detached(server.remoteRoot() + QStringLiteral("/banner/missing.gguf"), 10,
                                               1754400000, 60000, nullptr);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, ErrorKind::RemoteIo);
    QVERIFY2(missing.error().message.contains(QStringLiteral("missing.gguf")), qPrintable(missing.error().message));
}

void TestSftpTransfer::remoteHashRejectsGarbage()
{
    // A long greeting, and a command whose digest is replaced on the way.
    test::SshServer server;
    server.setExtraConfig(QStringLiteral("ForceCommand yes Welcome | head -n 100; "
                                         "eval \"$SSH_ORIGINAL_COMMAND\" | sed 's/[0-9a-f]\\{64\\}/not a digest/'"));
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QString path = server.remoteRoot() + QStringLiteral("/garbage/model.gguf");
    QVERIFY(test::writeFile(path, "weights"));
    const QFileInfo info(path);

    SshSession session;
    connectTo(session, server, server.workDir() + QStringLiteral("/known_hosts"));
    RemoteHasher hasher(session);
    const auto direct = hasher.sha256(path, 60000, nullptr);
    QVERIFY(!direct.ok());
    QCOMPARE(direct.error().kind, ErrorKind::RemoteIo);
    QVERIFY2(direct.error().message.contains(QStringLiteral("not a digest")), qPrintable(direct.error().message));
    QVERIFY2(direct.error().message.size() < 800, qPrintable(direct.error().message));

    const auto detached =
        hasher.sha256Detached(path, info.size(), info.lastModified().toSecsSinceEpoch(), 60000, nullptr);
    QVERIFY(!detached.ok());
    QCOMPARE(detached.error().kind, ErrorKind::RemoteIo);
    QVERIFY2(detached.error().message.contains(QStringLiteral("not a digest")),
             qPrintable(detached.error().message));
    QVERIFY2(detached.error().message.size() < 800, qPrintable(detached.error().message));
}

void TestSftpTransfer::remoteHashBesideOtherUsersFolder()
{
    test::SshServer server;
    const QString skipReason = startOtherUserServer(server);
    if (!skipReason.isEmpty())
        QSKIP(qPrintable(skipReason));

    // One folder for all users, created with mode 0700 by the first: here
    // root, so uid 65534 cannot enter it.
    const QString sharedFolder = QStringLiteral("/tmp/.vastharvest-hash");
    const bool createdShared = QDir().mkdir(sharedFolder);
    if (createdShared)
        QVERIFY(QFile::setPermissions(sharedFolder, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                        | QFileDevice::ExeOwner));
    const auto removeShared = qScopeGuard([&] {
        if (createdShared)
            QDir().rmdir(sharedFolder); // only while empty: other runs may use it
    });
    const QFileInfo shared(sharedFolder);
    QVERIFY2(shared.isDir() && !shared.isSymLink() && shared.ownerId() != otherUid
                 && !(shared.permissions() & QFileDevice::ExeOther),
             "/tmp/.vastharvest-hash must be a folder that uid 65534 cannot enter");

    const QString jobFolder = jobFolderOf(otherUid);
    removeJobFolder(jobFolder);
    const auto removeJobs = qScopeGuard([&] { removeJobFolder(jobFolder); });
    const QByteArray data = test::randomBytes(1024 * 1024, 13);
    bool startedNewJob = false;
    const auto digest = hashAsOtherUser(server, data, &startedNewJob);
    QVERIFY2(digest.ok(), qPrintable(digest.ok() ? QString() : digest.error().message));
    QCOMPARE(digest.value(), test::referenceSha256(data));
    QVERIFY(startedNewJob);
    const QFileInfo folder(jobFolder);
    QVERIFY(folder.isDir());
    QCOMPARE(folder.ownerId(), otherUid);
    QVERIFY(!(folder.permissions() & (QFileDevice::ReadOther | QFileDevice::ExeOther)));
}

void TestSftpTransfer::remoteHashRejectsUnsafeJobFolder_data()
{
    QTest::addColumn<QString>("trap");
    // A link to a folder that the remote user owns passes an owner check
    // that follows the link; only the link check rejects it.
    QTest::newRow("symbolic link") << "link";
    QTest::newRow("folder of another user") << "folder";
    QTest::newRow("file") << "file";
}

void TestSftpTransfer::remoteHashRejectsUnsafeJobFolder()
{
    QFETCH(QString, trap);
    test::SshServer server;
    const QString skipReason = startOtherUserServer(server);
    if (!skipReason.isEmpty())
        QSKIP(qPrintable(skipReason));

    // Another user created the job folder's name first.
    const QString jobFolder = jobFolderOf(otherUid);
    removeJobFolder(jobFolder);
    const auto removeTrap = qScopeGuard([&] { removeJobFolder(jobFolder); });
    QTemporaryDir target(QStringLiteral("/tmp/vastharvest-test-XXXXXX"));
    QCOMPARE(QProcess::execute(QStringLiteral("chown"), {QStringLiteral("%1:%1").arg(otherUid), target.path()}), 0);
    if (trap == QLatin1String("link"))
        QVERIFY(QFile::link(target.path(), jobFolder));
    else if (trap == QLatin1String("folder"))
        QVERIFY(QDir().mkdir(jobFolder));
    else
        QVERIFY(test::writeFile(jobFolder, "trap"));

    bool startedNewJob = false;
    const auto digest = hashAsOtherUser(server, "weights", &startedNewJob);
    QVERIFY(!digest.ok());
    QVERIFY(!startedNewJob);
    QCOMPARE(digest.error().kind, ErrorKind::RemoteIo);
    QVERIFY2(digest.error().message.contains(jobFolder), qPrintable(digest.error().message));
    QVERIFY2(digest.error().message.contains(QStringLiteral("another user")), qPrintable(digest.error().message));
    QVERIFY(QDir(target.path()).isEmpty());
}

QTEST_GUILESS_MAIN(TestSftpTransfer)
#include "tst_sftptransfer.moc"
