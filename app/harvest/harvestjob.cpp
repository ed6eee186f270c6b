#include "harvest/harvestjob.h"

#include "common/logging.h"
#include "common/platform.h"
#include "harvest/auditlog.h"
#include "harvest/journalstore.h"
#include "transfer/filedownloader.h"
#include "transfer/rangeddownload.h"
#include "transfer/remotepath.h"
#include "transfer/sshremoteaccess.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QThread>
#include <QThreadPool>

#include <condition_variable>
#include <deque>
#include <mutex>

namespace vh {

namespace {

struct Tr final
{
    Q_DECLARE_TR_FUNCTIONS(vh::HarvestJob)
};

Error cancelledError()
{
    return Error(ErrorKind::Cancelled,
                 Tr::tr("The harvest was cancelled. Partial files are kept and resume next time."));
}

// Host key and authentication failures concern the whole connection, not
// one file: they end the job with that error, whichever worker meets them.
bool isConnectionFatal(const Error &error)
{
    return error.kind == ErrorKind::HostKeyChanged || error.kind == ErrorKind::HostKeyUnknown
           || error.kind == ErrorKind::HostKeyRevoked || error.kind == ErrorKind::Authentication;
}

} // namespace

// State shared by the job and its worker threads. The job holds one
// reference and every worker another, so a worker that outlives its job
// still has valid memory; its queued calls to a deleted job are dropped.
struct HarvestShared
{
    HarvestSettings settings;
    QPointer<HarvestJob> job;
    std::atomic_bool cancelled{false};

    std::mutex mutex;
    std::condition_variable wake;
    std::deque<int> downloads;     // indexes still to download
    std::deque<int> remoteHashes;  // indexes still to hash remotely
    std::deque<int> remoteStats;   // indexes whose remote facts to read again
    QList<FileRecord> files;       // what the workers need of each file
    bool listingDone = false;
    bool finishing = false;        // no more tasks will come
    QList<RemoteAccess *> connections; // live connections, aborted on cancel

    // Runs function on the job's thread, unless the job is gone by then.
    void post(std::function<void(HarvestJob &)> function)
    {
        HarvestJob *target = job.data();
        if (!target)
            return;
        QMetaObject::invokeMethod(
            target, [target, function = std::move(function)] { function(*target); },
            Qt::QueuedConnection);
    }

    void postMessage(const QString &text)
    {
        qCInfo(lcHarvest) << text;
        post([text](HarvestJob &owner) { emit owner.message(text); });
    }

    std::unique_ptr<RemoteAccess> openRemote()
    {
        std::unique_ptr<RemoteAccess> access = settings.remoteAccessFactory
                                                   ? settings.remoteAccessFactory()
                                                   : std::make_unique<SshRemoteAccess>(settings.ssh);
        const std::lock_guard<std::mutex> guard(mutex);
        connections.append(access.get());
        return access;
    }

    void closeRemote(RemoteAccess *access)
    {
        const std::lock_guard<std::mutex> guard(mutex);
        connections.removeAll(access);
    }

    void cancel()
    {
        cancelled = true;
        const std::lock_guard<std::mutex> guard(mutex);
        for (RemoteAccess *access : std::as_const(connections))
            access->abort();
        wake.notify_all();
    }

    // Sleeps for the backoff delay of the attempt, waking early on cancel.
    bool sleepBeforeRetry(int attempt)
    {
        qint64 delay = qint64(settings.reconnectBaseDelayMs) << qMin(attempt, 10);
        delay = qMin<qint64>(delay, settings.reconnectMaxDelayMs);
        std::unique_lock<std::mutex> lock(mutex);
        wake.wait_for(lock, std::chrono::milliseconds(delay), [this] { return cancelled.load(); });
        return !cancelled;
    }

    // Connects, retrying transient failures with backoff. Host-key and
    // authentication failures end at once: retrying cannot fix them.
    Result<void> connectWithRetry(RemoteAccess &access)
    {
        for (int attempt = 0;; ++attempt) {
            auto connected = access.connect(&cancelled);
            if (connected)
                return {};
            if (cancelled)
                return cancelledError();
            if (!connected.error().isTransient() || attempt >= settings.maxReconnectAttempts)
                return connected.error();
            postMessage(Tr::tr("%1 Retrying (attempt %2 of %3).")
                            .arg(connected.error().message)
                            .arg(attempt + 1)
                            .arg(settings.maxReconnectAttempts));
            if (!sleepBeforeRetry(attempt))
                return cancelledError();
        }
    }

    // Runs an operation on a connected session; on a dropped link it
    // reconnects with backoff and runs it again, a bounded number of times.
    // progressMark, when given, returns a count that grows with useful work
    // (bytes on disk); an attempt that moved it does not use up a retry, so
    // a link that drops often but still moves data gets the file through.
    template<typename T, typename Operation>
    Result<T> withReconnect(RemoteAccess &access, const QString &what, Operation operation,
                            const std::function<qint64()> &progressMark = {})
    {
        qint64 mark = progressMark ? progressMark() : 0;
        for (int attempt = 0;; ++attempt) {
            if (!access.isConnected()) {
                if (auto connected = connectWithRetry(access); !connected)
                    return connected.error();
            }
            Result<T> result = operation();
            if (result || cancelled)
                return cancelled && !result ? Result<T>(cancelledError()) : result;
            if (progressMark && progressMark() > mark) {
                mark = progressMark();
                attempt = 0;
            }
            if (!result.error().isTransient() || attempt >= settings.maxReconnectAttempts)
                return result;
            postMessage(Tr::tr("%1 Reconnecting to resume %2 (attempt %3 of %4).")
                            .arg(result.error().message, what)
                            .arg(attempt + 1)
                            .arg(settings.maxReconnectAttempts));
            access.disconnect();
            if (!sleepBeforeRetry(attempt))
                return cancelledError();
        }
    }

    // Blocks until a task is available; false when there will be none.
    bool takeRemoteTask(int *index, bool *isStat)
    {
        std::unique_lock<std::mutex> lock(mutex);
        wake.wait(lock, [this] {
            return cancelled || finishing || !remoteStats.empty() || !remoteHashes.empty();
        });
        if (cancelled)
            return false;
        // Facts read again come first: their files wait for nothing else.
        if (!remoteStats.empty()) {
            *index = remoteStats.front();
            remoteStats.pop_front();
            *isStat = true;
            return true;
        }
        if (!remoteHashes.empty()) {
            *index = remoteHashes.front();
            remoteHashes.pop_front();
            *isStat = false;
            return true;
        }
        return false;
    }

    // Blocks until the listing is done. Returns false when no download is left.
    bool takeDownload(int *index, FileRecord *record)
    {
        std::unique_lock<std::mutex> lock(mutex);
        wake.wait(lock, [this] { return cancelled || finishing || listingDone; });
        if (cancelled || downloads.empty())
            return false;
        *index = downloads.front();
        downloads.pop_front();
        *record = files.at(*index);
        return true;
    }

    static void runRemoteWorker(std::shared_ptr<HarvestShared> shared);
    static void runDownloadWorker(std::shared_ptr<HarvestShared> shared);
};

// Lists the patterns, then hashes remote files and reads their facts again
// as the job requests them, on a connection of its own, so hashing never
// waits for a download.
void HarvestShared::runRemoteWorker(std::shared_ptr<HarvestShared> shared)
{
    lowerCurrentThreadPriority();
    std::unique_ptr<RemoteAccess> access = shared->openRemote();
    auto fail = [&shared, &access](const Error &error) {
        shared->closeRemote(access.get());
        shared->post([error](HarvestJob &job) { job.onWorkerFailed(error); });
    };

    shared->post([](HarvestJob &job) { job.setStage(HarvestJob::Stage::Connecting); });
    if (auto connected = shared->connectWithRetry(*access); !connected) {
        fail(connected.error());
        return;
    }

    // The host key is settled now, so a download connection can open while
    // the listing runs instead of after it.
    shared->post([](HarvestJob &job) {
        job.setStage(HarvestJob::Stage::Listing);
        job.startDownloadWorkers(1);
    });
    auto listing = shared->withReconnect<RemoteListing>(*access, Tr::tr("the listing"), [&] {
        return access->list(shared->settings.patterns, &shared->cancelled);
    });
    if (!listing) {
        fail(listing.error());
        return;
    }

    QList<FileRecord> files;
    QStringList problems;
    for (const Error &problem : listing->problems)
        problems.append(problem.message);
    for (const RemoteFile &remote : listing->files) {
        auto local = resolveInsideDestination(shared->settings.destination, remote.localRelativePath);
        if (!local) {
            problems.append(local.error().message);
            continue;
        }
        FileRecord record;
        record.remotePath = remote.remotePath;
        record.localRelativePath = remote.localRelativePath;
        record.localPath = local.value();
        record.nameMapped = remote.nameMapped;
        record.remoteSize = remote.size;
        record.remoteModifiedTime = remote.modifiedTime;
        files.append(record);
    }
    shared->post([files, problems](HarvestJob &job) { job.onListed(files, problems); });

    int index = -1;
    bool isStat = false;
    while (shared->takeRemoteTask(&index, &isStat)) {
        FileRecord record;
        {
            const std::lock_guard<std::mutex> guard(shared->mutex);
            record = shared->files.at(index);
        }
        if (isStat) {
            auto info = shared->withReconnect<RemoteFileInfo>(*access, record.remotePath, [&] {
                return access->stat(record.remotePath);
            });
            const Error error = info ? Error() : info.error();
            const qint64 size = info && info->exists ? info->size : -1;
            const qint64 modified = info ? info->modifiedTime : 0;
            shared->post([index, size, modified, error](HarvestJob &job) {
                job.onRemoteStatted(index, size, modified, error);
            });
        } else {
            auto digest = shared->withReconnect<QString>(*access, record.remotePath, [&] {
                return access->sha256(record.remotePath, shared->settings.remoteHashTimeoutMs, &shared->cancelled);
            });
            const QString value = digest ? digest.value() : QString();
            const Error error = digest ? Error() : digest.error();
            shared->post([index, value, error](HarvestJob &job) { job.onRemoteHashed(index, value, error); });
        }
    }
    shared->closeRemote(access.get());
}

// Takes files from the queue and downloads each, resuming after dropped
// links, until the queue is empty.
void HarvestShared::runDownloadWorker(std::shared_ptr<HarvestShared> shared)
{
    lowerCurrentThreadPriority();
    std::unique_ptr<RemoteAccess> access = shared->openRemote();
    // Connects once before the first file. A failure here is not final:
    // the download retries it and reports it.
    if (auto connected = access->connect(&shared->cancelled); !connected)
        qCInfo(lcHarvest) << "download connection not ready yet:" << connected.error().message;

    int index = -1;
    FileRecord record;
    while (shared->takeDownload(&index, &record)) {
        DownloadRequest request;
        request.remotePath = record.remotePath;
        request.localPath = record.localPath;
        request.expectedSize = record.remoteSize;
        request.remoteModifiedTime = record.remoteModifiedTime;
        request.readSize = shared->settings.readSize;

        auto progress = [shared, index](const TransferProgress &value) {
            shared->post([index, value](HarvestJob &job) { emit job.fileProgress(index, value); });
        };
        // Big files go over several connections; a .part left by a
        // single-stream run keeps growing the way it started.
        const bool ranged = shared->settings.rangeStreams > 1
                            && (RangedDownload::hasState(record.localPath)
                                || (record.remoteSize >= shared->settings.rangeThreshold
                                    && !QFile::exists(FileDownloader::partPath(record.localPath))));
        Result<DownloadOutcome> outcome = Error(ErrorKind::Internal, QString());
        if (ranged) {
            RetryPolicy retry;
            retry.maxAttempts = shared->settings.maxReconnectAttempts;
            retry.sleepBeforeRetry = [shared](int attempt) { return shared->sleepBeforeRetry(attempt); };
            retry.report = [shared](const QString &text) { shared->postMessage(text); };
            const HarvestSettings &settings = shared->settings;
            RangedDownload download(
                [settings] {
                    return settings.remoteAccessFactory ? settings.remoteAccessFactory()
                                                        : std::make_unique<SshRemoteAccess>(settings.ssh);
                },
                qMax(1, qMin(settings.rangeStreams, settings.maximumStreams / qMax(1, settings.parallelFiles))),
                retry);
            // This worker's own connection carries the first range, so data
            // flows while the other streams still connect.
            outcome = download.run(request, &shared->cancelled, progress, access.get());
        } else {
            const QString part = FileDownloader::partPath(record.localPath);
            outcome = shared->withReconnect<DownloadOutcome>(
                *access, record.remotePath, [&] { return access->download(request, &shared->cancelled, progress); },
                [part] { return QFileInfo(part).size(); });
        }
        const Error error = outcome ? Error() : outcome.error();
        if (outcome && outcome->alreadyPresent) {
            shared->postMessage(Tr::tr("%1 already exists; it is verified as it is, not overwritten.")
                                    .arg(record.localPath));
        }
        shared->post([index, error](HarvestJob &job) { job.onDownloadFinished(index, error); });
        // Host key or authentication problems hit every file alike.
        if (isConnectionFatal(error) || error.kind == ErrorKind::Cancelled) {
            break;
        }
    }
    shared->closeRemote(access.get());
}

HarvestJob::HarvestJob(const JournalStore &store, const AuditLog &audit, HarvestSettings settings,
                       QObject *parent)
    : QObject(parent), m_store(store), m_audit(audit), m_settings(std::move(settings))
{
    qRegisterMetaType<vh::TransferProgress>();
    qRegisterMetaType<vh::Error>();
}

HarvestJob::~HarvestJob()
{
    if (m_shared) {
        m_shared->job = nullptr;
        m_shared->cancel();
    }
    // Workers notice the cancel between reads and their sessions are
    // aborted, so this wait is short.
    for (const QPointer<QThread> &thread : std::as_const(m_threads)) {
        if (thread)
            thread->wait();
    }
}

void HarvestJob::startThread(void (*function)(std::shared_ptr<HarvestShared>))
{
    QThread *thread = QThread::create(function, m_shared);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_threads.append(thread);
    thread->start();
}

void HarvestJob::setStage(Stage stage)
{
    if (m_stage == stage || m_finished)
        return;
    m_stage = stage;
    emit stageChanged(stage);
}

void HarvestJob::start()
{
    Q_ASSERT(!m_shared);
    // Start from the last journal so confirmations and destroy results
    // stay on record; the selection itself is replaced by the new listing.
    auto previous = m_store.load(m_settings.targetKey);
    const bool previousConfirmed = previous && previous->confirmation.has_value();
    if (previous) {
        m_journal = std::move(previous).value();
    } else if (previous.error().kind != ErrorKind::NotFound) {
        emit message(previous.error().message);
    }
    m_journal.targetKey = m_settings.targetKey;
    m_journal.instanceId = m_settings.instanceId;
    m_journal.label = m_settings.label;
    m_journal.sshUser = m_settings.ssh.user;
    m_journal.sshHost = m_settings.ssh.host;
    m_journal.sshPort = m_settings.ssh.port;
    const QString destination = QDir::cleanPath(QDir(m_settings.destination).absolutePath());
    // Another selection makes the earlier file list meaningless. Until this
    // run has listed, the journal records the selection as not harvested.
    if (m_journal.patterns != m_settings.patterns || m_journal.destination != destination)
        m_journal.files.clear();
    m_journal.problems = {Tr::tr("The harvest that started at %1 has not listed the files yet.")
                              .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))};
    m_journal.destination = destination;
    m_journal.patterns = m_settings.patterns;
    m_journal.minSizeRules = m_settings.minSizeRules;
    m_journal.confirmation.reset(); // a new harvest needs a new confirmation
    m_settings.destination = m_journal.destination;

    // The destroy gate reads only the journal on disk, so a run it cannot
    // record must not harvest: nothing would show what it verified.
    if (!saveJournal()) {
        // The journal on disk still records the earlier selection with its
        // confirmation, which would let a destroy through for files this
        // run was asked to add. Moving it aside closes the gate.
        if (previousConfirmed) {
            auto moved = m_store.setAside(m_settings.targetKey);
            emit message(moved ? Tr::tr("The earlier journal was moved to %1, so that its confirmation no longer "
                                        "allows a destroy.")
                                     .arg(moved.value())
                               : moved.error().message);
        }
        m_shared = std::make_shared<HarvestShared>();
        QMetaObject::invokeMethod(this, [this] { finish(m_journalError); }, Qt::QueuedConnection);
        return;
    }

    m_shared = std::make_shared<HarvestShared>();
    m_shared->settings = m_settings;
    m_shared->job = this;
    qCInfo(lcHarvest) << "harvest of" << m_settings.targetKey << "started into" << m_journal.destination;

    startThread(&HarvestShared::runRemoteWorker);
}

void HarvestJob::cancel()
{
    if (!m_shared || m_finished)
        return;
    qCInfo(lcHarvest) << "harvest of" << m_settings.targetKey << "cancelled";
    m_shared->cancel();
    finish(cancelledError());
}

void HarvestJob::onListed(const QList<FileRecord> &files, const QStringList &problems)
{
    if (m_finished)
        return;
    // Keep what an earlier run learned about a file whose remote facts are
    // the same; a .part left by a different version of the file is removed.
    QList<FileRecord> records;
    for (FileRecord record : files) {
        const FileRecord *earlier = m_journal.findFile(record.remotePath);
        const bool sameRemote = earlier && earlier->remoteSize == record.remoteSize
                                && earlier->remoteModifiedTime == record.remoteModifiedTime;
        // A complete local file that an earlier run of this journal wrote
        // but that failed, or whose remote original changed since, would be
        // "verified as it is" forever. It is moved aside, never overwritten,
        // and downloaded again.
        if (earlier && QFileInfo::exists(record.localPath)
            && (earlier->verdict == FileVerdict::Failed || !sameRemote)) {
            const QString aside = record.localPath + QStringLiteral(".previous-")
                                  + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmss"));
            if (QFile::rename(record.localPath, aside)) {
                emit message(Tr::tr("%1 did not match the instance's file last time; it was moved to %2 and "
                                    "is downloaded again.")
                                 .arg(record.localPath, aside));
            }
        }
        const QString part = FileDownloader::partPath(record.localPath);
        if (earlier && !sameRemote && QFile::exists(part)) {
            QFile::remove(part);
            emit message(Tr::tr("%1 changed on the instance since the last harvest; its partial "
                                "download was discarded.")
                             .arg(record.remotePath));
        }
        records.append(record);
    }
    m_journal.files = records;
    m_journal.problems = problems;
    m_listed = true;
    m_fileStates = QList<FileState>(records.size());
    for (const QString &problem : problems)
        emit message(problem);
    saveJournal();
    emit filesListed();

    if (records.isEmpty()) {
        finish(Error(ErrorKind::NotFound,
                     Tr::tr("No file on %1 matched %2.")
                         .arg(m_settings.targetKey, m_settings.patterns.join(QStringLiteral(", ")))));
        return;
    }

    {
        const std::lock_guard<std::mutex> guard(m_shared->mutex);
        m_shared->files = records;
        for (int i = 0; i < records.size(); ++i) {
            m_shared->downloads.push_back(i);
            m_shared->remoteHashes.push_back(i);
        }
        m_shared->listingDone = true;
    }
    m_shared->wake.notify_all();

    setStage(Stage::Downloading);
    startDownloadWorkers(qBound(1, m_settings.parallelFiles, qMax(1, int(records.size()))));
}

void HarvestJob::startDownloadWorkers(int total)
{
    for (; m_downloadWorkers < total && !m_finished; ++m_downloadWorkers)
        startThread(&HarvestShared::runDownloadWorker);
}

void HarvestJob::onDownloadFinished(int index, const Error &error)
{
    if (m_finished || index < 0 || index >= m_fileStates.size())
        return;
    if (error.isError()) {
        if (isConnectionFatal(error)) {
            onWorkerFailed(error);
            return;
        }
        if (error.kind == ErrorKind::Cancelled)
            return;
        failFile(index, error.message);
        return;
    }
    m_fileStates[index].downloadDone = true;
    maybeContinue(index);
}

void HarvestJob::onRemoteHashed(int index, const QString &digest, const Error &error)
{
    if (m_finished || index < 0 || index >= m_fileStates.size())
        return;
    if (error.isError()) {
        if (error.kind == ErrorKind::Cancelled)
            return;
        if (isConnectionFatal(error)) {
            onWorkerFailed(error);
            return;
        }
        failFile(index, error.message);
        return;
    }
    m_journal.files[index].remoteSha256 = digest;
    m_fileStates[index].remoteHashDone = true;
    saveJournal();
    emit fileUpdated(index);
    maybeContinue(index);
}

void HarvestJob::maybeContinue(int index)
{
    FileState &state = m_fileStates[index];
    if (state.finalised || !state.downloadDone || !state.remoteHashDone || state.remoteStatQueued)
        return;
    state.remoteStatQueued = true;
    {
        const std::lock_guard<std::mutex> guard(m_shared->mutex);
        m_shared->remoteStats.push_back(index);
    }
    m_shared->wake.notify_all();
}

void HarvestJob::onRemoteStatted(int index, qint64 size, qint64 modifiedTime, const Error &error)
{
    if (m_finished || index < 0 || index >= m_fileStates.size())
        return;
    if (error.isError()) {
        if (isConnectionFatal(error))
            onWorkerFailed(error);
        else if (error.kind != ErrorKind::Cancelled)
            failFile(index, error.message);
        return;
    }
    FileRecord &record = m_journal.files[index];
    record.remoteSizeAfter = size;
    record.remoteModifiedTimeAfter = modifiedTime;
    saveJournal();

    setStage(Stage::Verifying);
    m_fileStates[index].verifying = true;
    // Hashing the local copy runs in the thread pool, never on this thread.
    const FileRecord snapshot = record;
    const VerifyOptions options = m_settings.verify;
    std::shared_ptr<HarvestShared> shared = m_shared;
    QThreadPool::globalInstance()->start([shared, snapshot, options, index] {
        lowerCurrentThreadPriority();
        FileRecord verified = snapshot;
        verifyFileRecord(verified, options, &shared->cancelled);
        shared->post([index, verified](HarvestJob &job) { job.onLocalVerified(index, verified); });
    });
}

void HarvestJob::onLocalVerified(int index, const FileRecord &record)
{
    if (m_finished || index < 0 || index >= m_fileStates.size())
        return;
    m_journal.files[index] = record;
    m_fileStates[index].verifying = false;
    m_fileStates[index].finalised = record.verdict != FileVerdict::Pending;
    saveJournal();
    emit fileUpdated(index);
    finishIfDone();
}

void HarvestJob::failFile(int index, const QString &reason)
{
    FileRecord &record = m_journal.files[index];
    if (m_fileStates[index].finalised)
        return;
    record.verdict = FileVerdict::Failed;
    record.reason = reason;
    m_fileStates[index].finalised = true;
    qCWarning(lcHarvest) << "file failed" << record.remotePath << reason;
    saveJournal();
    emit fileUpdated(index);
    finishIfDone();
}

void HarvestJob::onWorkerFailed(const Error &error)
{
    if (m_finished)
        return;
    if (error.kind == ErrorKind::Cancelled)
        return;
    if (!m_listed)
        m_journal.problems = {error.message};
    m_shared->cancel();
    finish(error);
}

bool HarvestJob::saveJournal()
{
    auto saved = m_store.save(m_journal);
    if (saved)
        return true;
    emit message(saved.error().message);
    if (!m_journalError.isError())
        m_journalError = saved.error();
    return false;
}

void HarvestJob::finishIfDone()
{
    for (const FileState &state : std::as_const(m_fileStates)) {
        if (!state.finalised)
            return;
    }
    int verified = 0;
    for (const FileRecord &file : std::as_const(m_journal.files)) {
        if (file.verdict == FileVerdict::Verified)
            ++verified;
    }
    const int total = int(m_journal.files.size());

    QJsonArray files;
    for (const FileRecord &file : std::as_const(m_journal.files)) {
        files.append(QJsonObject{{QStringLiteral("remote_path"), file.remotePath},
                                 {QStringLiteral("verdict"), fileVerdictName(file.verdict)},
                                 {QStringLiteral("sha256"), file.localSha256}});
    }
    if (auto logged = m_audit.append(QStringLiteral("verify"),
                                     {{QStringLiteral("target"), m_journal.targetKey},
                                      {QStringLiteral("report_digest"), m_journal.reportDigest()},
                                      {QStringLiteral("files"), files}});
        !logged) {
        emit message(logged.error().message);
    }

    if (verified == total && !m_journal.problems.isEmpty()) {
        finish(Error(ErrorKind::Verification,
                     Tr::tr("All %1 harvested files from %2 were verified, but %3 of what the patterns "
                            "selected could not be harvested: %4")
                         .arg(total)
                         .arg(m_settings.targetKey)
                         .arg(m_journal.problems.size())
                         .arg(m_journal.problems.constFirst())));
    } else if (verified == total) {
        finish(Error());
    } else {
        finish(Error(ErrorKind::Verification,
                     Tr::tr("%1 of %2 files from %3 failed verification; see each file's reason.")
                         .arg(total - verified)
                         .arg(total)
                         .arg(m_settings.targetKey)));
    }
}

void HarvestJob::finish(const Error &error)
{
    if (m_finished)
        return;
    {
        const std::lock_guard<std::mutex> guard(m_shared->mutex);
        m_shared->finishing = true;
    }
    m_shared->wake.notify_all();
    saveJournal();
    setStage(Stage::Finished);
    m_finished = true;
    m_fatalError = error;
    // A verified run whose journal did not reach the disk leaves the gate
    // reading an older journal, which keeps it closed. The run reports an
    // error, so the user does not expect Destroy to open.
    if (!error.isError() && m_journalError.isError()) {
        m_fatalError = Error(m_journalError.kind,
                             Tr::tr("Every file from %1 was verified, but the journal could not be saved: %2 "
                                    "Destroy stays disabled. Free space or fix the permissions of the state "
                                    "folder, then verify again.")
                                 .arg(m_settings.targetKey, m_journalError.message));
    }
    qCInfo(lcHarvest) << "harvest of" << m_settings.targetKey << "finished:"
                      << (m_fatalError.isError() ? m_fatalError.message : QStringLiteral("all files verified"));
    emit finished(m_fatalError);
}

} // namespace vh
