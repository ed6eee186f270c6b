#pragma once

#include "appsettings.h"
#include "cloud/instance.h"
#include "harvest/auditlog.h"
#include "harvest/destroygate.h"
#include "harvest/harvestjob.h"
#include "harvest/journalstore.h"
#include "transfer/remoteaccess.h"

#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <atomic>
#include <functional>
#include <map>
#include <memory>

namespace vh {

class CloudProvider;
class DialogService;
class HostKeyBroker;
class PassphraseBroker;
class InstanceDestroyer;
struct ConfirmationRequest;

// Owns the harvest of every instance: one HarvestJob per running harvest,
// the journals, re-verification, confirmation and the destroy request. It
// contains no transfer or verification logic of its own. It starts engine
// parts, keeps their results per instance and signals the window what
// changed. The destroy gate is asked again whenever a journal changes, a
// harvested file changes on disk, and every two seconds.
class HarvestController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HarvestController)

public:
    using RemoteAccessFactory = std::function<std::unique_ptr<RemoteAccess>()>;

    static constexpr int gateIntervalMs = 2000;

    HarvestController(const QString &stateDir, HostKeyBroker &hostKeys, PassphraseBroker &passphrases,
                      QObject *parent = nullptr);
    ~HarvestController() override;

    const JournalStore &store() const { return m_store; }
    const AuditLog &audit() const { return m_audit; }
    QString knownHostsPath() const;

    void setProvider(CloudProvider *provider);
    void setSettings(const AppSettings &settings) { m_settings = settings; }
    const AppSettings &settings() const { return m_settings; }
    // Demo mode: where an instance's files are read instead of over SSH.
    void setRemoteAccessSource(std::function<RemoteAccessFactory(qint64 instanceId)> source);

    // The latest facts from the provider, for endpoints, labels and prices.
    void setInstances(const QList<Instance> &instances);

    Result<void> startHarvest(qint64 instanceId, const QStringList &patterns);
    void cancel(qint64 instanceId);
    Result<void> verifyAgain(qint64 instanceId);
    ConfirmationRequest confirmationRequest(qint64 instanceId) const;
    // Records the person's confirmation and keeps the typed id for destroy.
    Result<void> confirm(qint64 instanceId, const QString &typedId);
    // Destroys through InstanceDestroyer, which asks the gate once more.
    Result<void> destroy(qint64 instanceId);
    // Returns a factory of connections to the instance, for browsing on a
    // worker thread.
    Result<RemoteAccessFactory> remoteAccessFor(qint64 instanceId) const;

    bool isRunning(qint64 instanceId) const;
    bool isVerifying(qint64 instanceId) const;
    bool isDestroying(qint64 instanceId) const;
    bool isBusy(qint64 instanceId) const;
    bool isAnyDestroying() const;
    int runningCount() const;
    const Journal *journal(qint64 instanceId) const;
    QHash<int, TransferProgress> progress(qint64 instanceId) const;
    GateDecision gate(qint64 instanceId) const;
    QString stateText(qint64 instanceId) const;
    QList<qint64> knownInstanceIds() const;

    // Asks the gate again for every instance now.
    void reevaluateGates();

signals:
    void filesReset(qint64 instanceId);
    void fileUpdated(qint64 instanceId, int index);
    void fileProgress(qint64 instanceId, int index, const vh::TransferProgress &progress);
    void stateChanged(qint64 instanceId);
    void gateChanged(qint64 instanceId);
    void message(qint64 instanceId, const QString &text);
    void harvestFinished(qint64 instanceId, const vh::Error &error);
    void verifyFinished(qint64 instanceId, bool allVerified);
    void destroyFinished(qint64 instanceId, bool destroyed, const QString &message);
    void runningCountChanged(int running);

private:
    struct Harvest
    {
        qint64 instanceId = 0;
        Instance instance;
        bool hasInstance = false;
        std::optional<Journal> journal;
        QPointer<HarvestJob> job;
        QHash<int, TransferProgress> progress;
        std::shared_ptr<std::atomic_bool> verifyCancelled;
        bool destroying = false;
        QString typedId;
        GateDecision gate;
        Error lastError;
    };

    Harvest &harvestFor(qint64 instanceId);
    Result<HarvestSettings> settingsFor(const Harvest &harvest, const QStringList &patterns) const;
    void onJobFinished(qint64 instanceId, const Error &error);
    void onVerified(qint64 instanceId, const Journal &journal);
    void reloadJournal(qint64 instanceId);
    void updateGate(Harvest &harvest);
    void watchFiles();

    JournalStore m_store;
    AuditLog m_audit;
    HostKeyBroker &m_hostKeys;
    PassphraseBroker &m_passphrases;
    CloudProvider *m_provider = nullptr;
    InstanceDestroyer *m_destroyer = nullptr;
    AppSettings m_settings = AppSettings::defaults();
    std::function<RemoteAccessFactory(qint64)> m_remoteAccessSource;
    std::map<qint64, Harvest> m_harvests; // references stay valid on insert
    QList<QThread *> m_verifyThreads;
    QFileSystemWatcher m_watcher;
    QTimer m_gateTimer;
};

} // namespace vh
