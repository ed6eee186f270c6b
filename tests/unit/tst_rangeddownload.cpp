#include "testutil.h"
#include "transfer/localfolderaccess.h"
#include "transfer/rangeddownload.h"
#include "verify/sha256.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace vh;

namespace {

// A local folder connection that counts the bytes it fetched, to show which
// connection carried a range.
class CountingAccess final : public RemoteAccess
{
public:
    explicit CountingAccess(const QString &root) : m_inner(root, qint64(1) << 30) {}

    Result<void> connect(const std::atomic_bool *cancelled) override { return m_inner.connect(cancelled); }
    void disconnect() override { m_inner.disconnect(); }
    bool isConnected() const override { return m_inner.isConnected(); }
    void abort() override { m_inner.abort(); }
    Result<RemoteListing> list(const QStringList &patterns, const std::atomic_bool *cancelled) override
    {
        return m_inner.list(patterns, cancelled);
    }
    Result<RemoteFileInfo> stat(const QString &remotePath) override { return m_inner.stat(remotePath); }
    Result<QString> sha256(const QString &remotePath, int timeoutMs, const std::atomic_bool *cancelled) override
    {
        return m_inner.sha256(remotePath, timeoutMs, cancelled);
    }
    Result<DownloadOutcome> download(const DownloadRequest &request, const std::atomic_bool *cancelled,
                                     const ProgressCallback &progress) override
    {
        return m_inner.download(request, cancelled, progress);
    }
    Result<qint64> fetchRange(const QString &remotePath, qint64 offset, qint64 length, qint64 readSize,
                              const RangeSink &sink, const std::atomic_bool *cancelled) override
    {
        auto fetched = m_inner.fetchRange(remotePath, offset, length, readSize, sink, cancelled);
        if (fetched)
            m_fetched += fetched.value();
        return fetched;
    }

    qint64 fetched() const { return m_fetched.load(); }

private:
    LocalFolderAccess m_inner;
    std::atomic<qint64> m_fetched{0};
};

} // namespace

class TestRangedDownload : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void splitTilesTheFile();
    void downloadsAllRanges();
    void lentConnectionCarriesFirstRange();
    void resumesAfterCancel();
    void repairsCorruptRangeTail();
    void staleStateDiscarded();
    void shrunkRemoteFileFails();

private:
    DownloadRequest requestFor(const QString &localName) const;
    RangedDownload makeDownload(int streams, qint64 bytesPerSecond = qint64(1) << 30) const;

    QTemporaryDir m_remote;
    QTemporaryDir m_local;
    QByteArray m_data;
};

void TestRangedDownload::initTestCase()
{
    m_data = test::randomBytes(24 * 1024 * 1024 + 13, 31);
    QVERIFY(test::writeFile(m_remote.filePath(QStringLiteral("workspace/model.bin")), m_data));
}

DownloadRequest TestRangedDownload::requestFor(const QString &localName) const
{
    DownloadRequest request;
    request.remotePath = QStringLiteral("/workspace/model.bin");
    request.localPath = m_local.filePath(localName);
    request.expectedSize = m_data.size();
    request.remoteModifiedTime = 1754400000;
    request.readSize = 256 * 1024;
    return request;
}

RangedDownload TestRangedDownload::makeDownload(int streams, qint64 bytesPerSecond) const
{
    const QString root = m_remote.path();
    RetryPolicy retry;
    retry.maxAttempts = 2;
    retry.sleepBeforeRetry = [](int) { return true; };
    return RangedDownload([root, bytesPerSecond] { return std::make_unique<LocalFolderAccess>(root, bytesPerSecond); }, streams, retry);
}

void TestRangedDownload::splitTilesTheFile()
{
    const RangeState state = RangeState::split(1000, 5, 3);
    QCOMPARE(state.ranges.size(), 3);
    QCOMPARE(state.ranges.at(0).start, 0);
    QCOMPARE(state.ranges.at(1).start, state.ranges.at(0).end);
    QCOMPARE(state.ranges.at(2).end, 1000);
    QCOMPARE(RangeState::split(2, 5, 8).ranges.size(), 2); // never an empty range
}

void TestRangedDownload::downloadsAllRanges()
{
    const DownloadRequest request = requestFor(QStringLiteral("all.bin"));
    TransferProgress last;
    const auto outcome = makeDownload(4).run(request, nullptr, [&](const TransferProgress &p) { last = p; });
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().message));
    QCOMPARE(outcome->finalSize, qint64(m_data.size()));
    QCOMPARE(last.bytesDone, qint64(m_data.size()));
    QCOMPARE(sha256OfFile(request.localPath).value(), test::referenceSha256(m_data));
    QVERIFY(!QFile::exists(RangeState::pathFor(request.localPath)));
    QVERIFY(!QFile::exists(FileDownloader::partPath(request.localPath)));
    QCOMPARE(QFileInfo(request.localPath).lastModified().toSecsSinceEpoch(), request.remoteModifiedTime);
}

void TestRangedDownload::lentConnectionCarriesFirstRange()
{
    const DownloadRequest request = requestFor(QStringLiteral("lent.bin"));
    const QString root = m_remote.path();
    std::atomic_int opened{0};
    RetryPolicy retry;
    retry.maxAttempts = 2;
    RangedDownload download(
        [root, &opened] {
            ++opened;
            return std::make_unique<LocalFolderAccess>(root, qint64(1) << 30);
        },
        4, retry);
    CountingAccess lent(root);
    QVERIFY(lent.connect(nullptr).ok());

    const auto outcome = download.run(request, nullptr, {}, &lent);
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().message));
    QCOMPARE(opened.load(), 3);
    // The first of four ranges, and nothing else, came over the lent one.
    QCOMPARE(lent.fetched(), RangeState::split(m_data.size(), 0, 4).ranges.at(0).end);
    QVERIFY(lent.isConnected());
    QCOMPARE(sha256OfFile(request.localPath).value(), test::referenceSha256(m_data));
}

void TestRangedDownload::resumesAfterCancel()
{
    const DownloadRequest request = requestFor(QStringLiteral("resume.bin"));
    std::atomic_bool cancelled{false};
    // 8 MiB/s per stream: the cancel comes while every stream is busy.
    const auto first = makeDownload(3, 8 * 1024 * 1024).run(request, &cancelled, [&](const TransferProgress &p) {
        if (p.bytesDone > 4 * 1024 * 1024)
            cancelled = true;
    });
    QVERIFY(!first.ok());
    QCOMPARE(first.error().kind, ErrorKind::Cancelled);
    const auto saved = RangeState::load(RangeState::pathFor(request.localPath));
    QVERIFY(saved.has_value());
    const qint64 done = saved->bytesDone();
    QVERIFY(done > 0);
    QVERIFY(done < m_data.size());

    const auto second = makeDownload(3).run(request, nullptr, {});
    QVERIFY(second.ok());
    QCOMPARE(second->resumedFrom, done);
    QCOMPARE(second->bytesWritten, m_data.size() - done);
    QCOMPARE(sha256OfFile(request.localPath).value(), test::referenceSha256(m_data));
}

void TestRangedDownload::repairsCorruptRangeTail()
{
    const DownloadRequest request = requestFor(QStringLiteral("tail.bin"));
    // Half of every range written, with zeros where the last writes of each
    // range should be, as a power loss leaves a file.
    RangeState state = RangeState::split(m_data.size(), request.remoteModifiedTime, 2);
    QByteArray part(m_data.size(), '\0');
    for (RangeState::Range &range : state.ranges) {
        range.done = (range.end - range.start) / 2;
        const qint64 good = range.done - 64 * 1024;
        part.replace(range.start, good, m_data.mid(range.start, good));
    }
    QVERIFY(test::writeFile(FileDownloader::partPath(request.localPath), part));
    QVERIFY(state.save(RangeState::pathFor(request.localPath)).ok());

    const auto outcome = makeDownload(2).run(request, nullptr, {});
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().message));
    QVERIFY(outcome->tailRepaired);
    QCOMPARE(sha256OfFile(request.localPath).value(), test::referenceSha256(m_data));
}

void TestRangedDownload::staleStateDiscarded()
{
    DownloadRequest request = requestFor(QStringLiteral("stale.bin"));
    RangeState state = RangeState::split(m_data.size(), request.remoteModifiedTime - 100, 2);
    state.ranges[0].done = state.ranges[0].end; // claims a range from another version
    QVERIFY(test::writeFile(FileDownloader::partPath(request.localPath), QByteArray(m_data.size(), 'x')));
    QVERIFY(state.save(RangeState::pathFor(request.localPath)).ok());

    const auto outcome = makeDownload(2).run(request, nullptr, {});
    QVERIFY(outcome.ok());
    QCOMPARE(outcome->resumedFrom, 0);
    QCOMPARE(sha256OfFile(request.localPath).value(), test::referenceSha256(m_data));
}

void TestRangedDownload::shrunkRemoteFileFails()
{
    DownloadRequest request = requestFor(QStringLiteral("shrunk.bin"));
    request.expectedSize = m_data.size() + 4096; // listed bigger than it is now
    const auto outcome = makeDownload(2).run(request, nullptr, {});
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().kind, ErrorKind::RemoteIo);
    QVERIFY2(outcome.error().message.contains(QStringLiteral("changed on the instance")),
             qPrintable(outcome.error().message));
    QVERIFY(!QFile::exists(request.localPath));
}

QTEST_GUILESS_MAIN(TestRangedDownload)
#include "tst_rangeddownload.moc"
