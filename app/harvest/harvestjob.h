#pragma once

#include "common/error.h"
#include "harvest/journal.h"
#include "transfer/progressmeter.h"
#include "transfer/remoteaccess.h"
#include "transfer/sshsession.h"
#include "verify/fileverifier.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <QStringList>

#include <functional>
#include <memory>

namespace vh {

class AuditLog;
class JournalStore;

struct HarvestSettings
{
    QString targetKey;      // journal key: "vast:ID" or "ssh:user@host:port"
    qint64 instanceId = 0;  // 0 for plain SSH targets
    QString label;
    SshConnectOptions ssh;  // ssh.targetKey names the known-hosts entry
    // Opens one connection to the machine with the files; called once per
    // worker thread. Empty: SSH with the options above. The demo mode
    // plugs a local folder in here.
    std::function<std::unique_ptr<RemoteAccess>()> remoteAccessFactory;
    QStringList patterns;
    QString destination;
    QStringList minSizeRules; // "GLOB=SIZE", already validated
    VerifyOptions verify;
    int parallelFiles = 2;
    // A file of at least rangeThreshold bytes downloads over rangeStreams
    // connections at once, each fetching its own byte range.
    int rangeStreams = 4;
    qint64 rangeThreshold = 256 * 1024 * 1024;
    // Range streams of all files downloading at once share this limit: more
    // connections than this gained nothing in the long-link benchmark, and
    // each holds up to 8 MiB of read-ahead in memory.
    int maximumStreams = 8;
    int maxReconnectAttempts = 8;
    int reconnectBaseDelayMs = 1000;
    int reconnectMaxDelayMs = 30000;
    int remoteHashTimeoutMs = 6 * 3600 * 1000;
    qint64 readSize = 2 * 1024 * 1024;
};

struct HarvestShared;

// One harvest of one target: list the patterns, download every match on
// parallel connections, hash each remote file on another connection while
// the download runs, read the remote facts again, verify each local copy
// from disk, and keep the journal on disk current after every step.
//
// Lives in the thread that created it (the GUI thread in the app); all
// network, disk and hash work runs on worker threads and reports back
// through queued calls.
class HarvestJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HarvestJob)

public:
    enum class Stage { Idle, Connecting, Listing, Downloading, Verifying, Finished };
    Q_ENUM(Stage)

    HarvestJob(const JournalStore &store, const AuditLog &audit, HarvestSettings settings,
               QObject *parent = nullptr);
    ~HarvestJob() override;

    void start();
    // Stops all transfers; partial files stay and resume next time.
    void cancel();

    Stage stage() const { return m_stage; }
    const Journal &journal() const { return m_journal; }
    const HarvestSettings &settings() const { return m_settings; }

signals:
    void stageChanged(vh::HarvestJob::Stage stage);
    void filesListed();
    void fileProgress(int index, const vh::TransferProgress &progress);
    void fileUpdated(int index);
    // Retries, skipped files and other news worth a log line or a banner.
    void message(const QString &text);
    // Error kind None when every file was verified.
    void finished(const vh::Error &error);

private:
    friend struct HarvestShared;

    struct FileState
    {
        bool downloadDone = false;
        bool remoteHashDone = false;
        bool remoteStatQueued = false;
        bool verifying = false;
        bool finalised = false;
    };

    void startThread(void (*function)(std::shared_ptr<HarvestShared>));
    // Starts download workers until total are running. They wait for the listing.
    void startDownloadWorkers(int total);
    void setStage(Stage stage);
    void onListed(const QList<FileRecord> &files, const QStringList &problems);
    void onDownloadFinished(int index, const Error &error);
    void onRemoteHashed(int index, const QString &digest, const Error &error);
    void onRemoteStatted(int index, qint64 size, qint64 modifiedTime, const Error &error);
    void onLocalVerified(int index, const FileRecord &record);
    void onWorkerFailed(const Error &error);
    void failFile(int index, const QString &reason);
    void maybeContinue(int index);
    // Saves the journal; on failure reports it and remembers the first error.
    bool saveJournal();
    void finishIfDone();
    void finish(const Error &error);

    const JournalStore &m_store;
    const AuditLog &m_audit;
    HarvestSettings m_settings;
    Journal m_journal;
    QList<FileState> m_fileStates;
    std::shared_ptr<HarvestShared> m_shared;
    QList<QPointer<QThread>> m_threads;
    int m_downloadWorkers = 0;
    Stage m_stage = Stage::Idle;
    Error m_fatalError;
    Error m_journalError; // the first journal save that failed
    bool m_finished = false;
    bool m_listed = false;
};

} // namespace vh

Q_DECLARE_METATYPE(vh::TransferProgress)
