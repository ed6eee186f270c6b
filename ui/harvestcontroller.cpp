#include "harvestcontroller.h"

#include "cloud/cloudprovider.h"
#include "cloud/sshendpoint.h"
#include "common/logging.h"
#include "dialogservice.h"
#include "harvest/instancedestroyer.h"
#include "hostkeybroker.h"
#include "passphrasebroker.h"
#include "transfer/remotepath.h"
#include "transfer/sshremoteaccess.h"
#include "verify/fileverifier.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>
#include <QThread>

namespace vh {

HarvestController::HarvestController(const QString &stateDir, HostKeyBroker &hostKeys,
                                     PassphraseBroker &passphrases, QObject *parent)
    : QObject(parent), m_store(stateDir), m_audit(stateDir), m_hostKeys(hostKeys), m_passphrases(passphrases)
{
    qRegisterMetaType<vh::TransferProgress>();
    qRegisterMetaType<vh::Error>();

    // Journals of earlier sessions: what was verified stays on show, and
    // an instance confirmed before a restart keeps its gate state.
    QList<Error> problems;
    for (const Journal &journal : m_store.loadAll(&problems)) {
        if (!journal.isInstance())
            continue;
        harvestFor(journal.instanceId).journal = journal;
    }
    for (const Error &problem : std::as_const(problems))
        qCWarning(lcUi) << problem.message;

    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this](const QString &path) {
        qCDebug(lcUi) << "harvested file changed on disk" << path;
        reevaluateGates();
        // An editor that replaces the file ends the watch, so start it again.
        watchFiles();
    });
    m_gateTimer.setInterval(gateIntervalMs);
    connect(&m_gateTimer, &QTimer::timeout, this, &HarvestController::reevaluateGates);
    m_gateTimer.start();
    reevaluateGates();
    watchFiles();
}

HarvestController::~HarvestController()
{
    // A worker blocked in a host-key or passphrase prompt would block the
    // job's destructor below, so answer the open prompts first.
    m_hostKeys.rejectAll();
    m_passphrases.dismissAll();
    for (auto &[id, harvest] : m_harvests) {
        if (harvest.verifyCancelled)
            *harvest.verifyCancelled = true;
        if (harvest.job) {
            harvest.job->disconnect(this);
            harvest.job->cancel();
            delete harvest.job;
        }
    }
    for (QThread *thread : std::as_const(m_verifyThreads))
        thread->wait();
}

QString HarvestController::knownHostsPath() const
{
    return QDir(m_store.stateDir()).filePath(QStringLiteral("known_hosts"));
}

void HarvestController::setProvider(CloudProvider *provider)
{
    m_provider = provider;
    delete m_destroyer;
    m_destroyer = provider ? new InstanceDestroyer(m_store, m_audit, *provider, this) : nullptr;
}

void HarvestController::setRemoteAccessSource(std::function<RemoteAccessFactory(qint64)> source)
{
    m_remoteAccessSource = std::move(source);
}

HarvestController::Harvest &HarvestController::harvestFor(qint64 instanceId)
{
    Harvest &harvest = m_harvests[instanceId];
    harvest.instanceId = instanceId;
    return harvest;
}

QList<qint64> HarvestController::knownInstanceIds() const
{
    QList<qint64> ids;
    for (const auto &entry : m_harvests)
        ids.append(entry.first);
    return ids;
}

void HarvestController::setInstances(const QList<Instance> &instances)
{
    for (const Instance &instance : instances) {
        Harvest &harvest = harvestFor(instance.id);
        harvest.instance = instance;
        harvest.hasInstance = true;
        emit stateChanged(instance.id);
    }
}

Result<HarvestSettings> HarvestController::settingsFor(const Harvest &harvest, const QStringList &patterns) const
{
    const Instance &instance = harvest.instance;
    HarvestSettings settings;
    settings.targetKey = Journal::targetKeyForInstance(instance.id);
    settings.instanceId = instance.id;
    settings.label = instance.label;
    settings.patterns = patterns;
    settings.destination = m_settings.destinationFor(instance.id, instance.label);
    settings.parallelFiles = m_settings.parallelDownloads;
    settings.verify.testCommand = m_settings.testCommand;
    for (const QString &text : m_settings.minSizeRules) {
        auto rule = MinSizeRule::parse(text);
        if (!rule)
            return rule.error();
        settings.verify.minSizeRules.append(rule.value());
        settings.minSizeRules.append(text);
    }

    SshConnectOptions &ssh = settings.ssh;
    // Host keys are remembered under the instance id: Vast.ai hands the
    // same address and port to other instances over time.
    ssh.targetKey = settings.targetKey;
    ssh.knownHostsPath = knownHostsPath();
    ssh.hostKeyPrompt = m_hostKeys.prompt();
    ssh.passphraseForKey = m_passphrases.prompt();
    ssh.useAgent = m_settings.useAgent;
    if (!m_settings.identityFile.isEmpty()) {
        if (!QFileInfo::exists(m_settings.identityFile)) {
            return Error(ErrorKind::Usage, tr("The SSH identity file %1 does not exist. Choose another one in "
                                              "Settings, or clear it to use the SSH agent.")
                                               .arg(QDir::toNativeSeparators(m_settings.identityFile)));
        }
        ssh.identityFiles = {m_settings.identityFile};
    }

    if (m_remoteAccessSource) {
        settings.remoteAccessFactory = m_remoteAccessSource(instance.id);
        return settings;
    }
    const SshEndpoint endpoint = sshEndpointFor(instance);
    if (!endpoint.isValid()) {
        return Error(ErrorKind::Provider,
                     tr("Instance %1 has no SSH address yet (status %2). Wait until it runs, then refresh "
                        "and harvest again.")
                         .arg(instance.id)
                         .arg(instanceStatusDisplayName(instance.status)));
    }
    ssh.user = endpoint.user;
    ssh.host = endpoint.host;
    ssh.port = endpoint.port;
    return settings;
}

Result<void> HarvestController::startHarvest(qint64 instanceId, const QStringList &patterns)
{
    Harvest &harvest = harvestFor(instanceId);
    if (!harvest.hasInstance) {
        return Error(ErrorKind::NotFound,
                     tr("Instance %1 is not in the account's list. Refresh the list and try again.").arg(instanceId));
    }
    if (isBusy(instanceId))
        return Error(ErrorKind::Usage, tr("Instance %1 is busy; wait until it finishes or cancel it.").arg(instanceId));
    if (harvest.journal && harvest.journal->destroy && harvest.journal->destroy->state == DestroyState::Destroyed)
        return Error(ErrorKind::Usage, tr("Instance %1 was destroyed; there is nothing left to harvest.").arg(instanceId));
    if (patterns.isEmpty()) {
        return Error(ErrorKind::Usage,
                     tr("No remote pattern for instance %1. Type one, e.g. /workspace/**/*.gguf, or use Browse.")
                         .arg(instanceId));
    }
    for (const QString &pattern : patterns) {
        if (auto parsed = RemotePattern::parse(pattern); !parsed)
            return parsed.error();
    }
    auto settings = settingsFor(harvest, patterns);
    if (!settings)
        return settings.error();

    m_hostKeys.forget(settings->targetKey);
    m_passphrases.forgetSkipped();
    auto *job = new HarvestJob(m_store, m_audit, std::move(settings).value(), this);
    harvest.job = job;
    harvest.progress.clear();
    harvest.lastError = Error();
    harvest.typedId.clear();

    connect(job, &HarvestJob::stageChanged, this, [this, instanceId] { emit stateChanged(instanceId); });
    connect(job, &HarvestJob::filesListed, this, [this, instanceId, job] {
        Harvest &current = harvestFor(instanceId);
        current.journal = job->journal();
        current.progress.clear();
        emit filesReset(instanceId);
        emit stateChanged(instanceId);
        updateGate(current);
    });
    connect(job, &HarvestJob::fileProgress, this, [this, instanceId](int index, const TransferProgress &progress) {
        harvestFor(instanceId).progress.insert(index, progress);
        emit fileProgress(instanceId, index, progress);
    });
    connect(job, &HarvestJob::fileUpdated, this, [this, instanceId, job](int index) {
        Harvest &current = harvestFor(instanceId);
        current.journal = job->journal();
        emit fileUpdated(instanceId, index);
        emit stateChanged(instanceId);
        updateGate(current);
        watchFiles();
    });
    connect(job, &HarvestJob::message, this, [this, instanceId](const QString &text) { emit message(instanceId, text); });
    connect(job, &HarvestJob::finished, this, [this, instanceId](const Error &error) { onJobFinished(instanceId, error); });

    qCInfo(lcUi) << "starting the harvest of instance" << instanceId << "patterns" << patterns;
    job->start();
    harvest.journal = job->journal();
    emit filesReset(instanceId);
    emit stateChanged(instanceId);
    emit runningCountChanged(runningCount());
    updateGate(harvest);
    return {};
}

void HarvestController::onJobFinished(qint64 instanceId, const Error &error)
{
    Harvest &harvest = harvestFor(instanceId);
    HarvestJob *job = harvest.job;
    if (job) {
        harvest.journal = job->journal();
        harvest.job = nullptr;
        job->disconnect(this);
        // Its destructor waits for the worker threads, which are ending now.
        job->deleteLater();
    }
    harvest.lastError = error;
    m_hostKeys.forget(Journal::targetKeyForInstance(instanceId));
    qCInfo(lcUi) << "harvest of instance" << instanceId << "finished" << errorKindName(error.kind);
    emit filesReset(instanceId);
    emit stateChanged(instanceId);
    emit runningCountChanged(runningCount());
    updateGate(harvest);
    watchFiles();
    emit harvestFinished(instanceId, error);
}

void HarvestController::cancel(qint64 instanceId)
{
    Harvest &harvest = harvestFor(instanceId);
    if (harvest.verifyCancelled)
        *harvest.verifyCancelled = true;
    if (!harvest.job)
        return;
    m_hostKeys.rejectPending(Journal::targetKeyForInstance(instanceId));
    m_passphrases.dismissPending(Journal::targetKeyForInstance(instanceId));
    harvest.job->cancel();
}

Result<void> HarvestController::verifyAgain(qint64 instanceId)
{
    Harvest &harvest = harvestFor(instanceId);
    if (isBusy(instanceId))
        return Error(ErrorKind::Usage, tr("Instance %1 is busy; wait until it finishes or cancel it.").arg(instanceId));
    auto loaded = m_store.load(Journal::targetKeyForInstance(instanceId));
    if (!loaded) {
        if (loaded.error().kind == ErrorKind::NotFound)
            return Error(ErrorKind::NotFound, tr("Nothing was harvested from instance %1 yet; harvest it first.").arg(instanceId));
        return loaded.error();
    }
    Journal journal = std::move(loaded).value();
    VerifyOptions options;
    options.testCommand = m_settings.testCommand;
    QStringList rules = journal.minSizeRules;
    for (const QString &text : m_settings.minSizeRules) {
        if (!rules.contains(text))
            rules.append(text);
    }
    for (const QString &text : std::as_const(rules)) {
        auto rule = MinSizeRule::parse(text);
        if (!rule)
            return rule.error();
        options.minSizeRules.append(rule.value());
    }
    journal.minSizeRules = rules;

    auto cancelled = std::make_shared<std::atomic_bool>(false);
    harvest.verifyCancelled = cancelled;
    harvest.lastError = Error();
    QPointer<HarvestController> self(this);
    // Reads every file back from disk. The remote facts stay those recorded
    // when the files were harvested.
    QThread *thread = QThread::create([self, instanceId, journal, options, cancelled]() mutable {
        for (FileRecord &file : journal.files) {
            if (*cancelled)
                break;
            verifyFileRecord(file, options, cancelled.get());
        }
        if (*cancelled)
            return;
        QMetaObject::invokeMethod(
            self.data(), [self, instanceId, journal] {
                if (self)
                    self->onVerified(instanceId, journal);
            },
            Qt::QueuedConnection);
    });
    m_verifyThreads.append(thread);
    connect(thread, &QThread::finished, this, [this, thread, instanceId] {
        m_verifyThreads.removeAll(thread);
        thread->deleteLater();
        Harvest &current = harvestFor(instanceId);
        if (current.verifyCancelled && *current.verifyCancelled) {
            current.verifyCancelled.reset();
            emit stateChanged(instanceId);
        }
    });
    qCInfo(lcUi) << "verifying the files of instance" << instanceId << "again";
    thread->start();
    emit stateChanged(instanceId);
    return {};
}

void HarvestController::onVerified(qint64 instanceId, const Journal &verified)
{
    Harvest &harvest = harvestFor(instanceId);
    harvest.verifyCancelled.reset();
    Journal journal = verified;
    if (auto saved = m_store.save(journal); !saved)
        emit message(instanceId, saved.error().message);
    QJsonArray files;
    for (const FileRecord &file : std::as_const(journal.files)) {
        files.append(QJsonObject{{QStringLiteral("remote_path"), file.remotePath},
                                 {QStringLiteral("verdict"), fileVerdictName(file.verdict)},
                                 {QStringLiteral("sha256"), file.localSha256}});
    }
    if (auto logged = m_audit.append(QStringLiteral("verify"),
                                     {{QStringLiteral("target"), journal.targetKey},
                                      {QStringLiteral("report_digest"), journal.reportDigest()},
                                      {QStringLiteral("files"), files}});
        !logged) {
        emit message(instanceId, logged.error().message);
    }
    harvest.journal = journal;
    harvest.progress.clear();
    emit filesReset(instanceId);
    emit stateChanged(instanceId);
    updateGate(harvest);
    watchFiles();
    emit verifyFinished(instanceId, journal.allVerified());
}

ConfirmationRequest HarvestController::confirmationRequest(qint64 instanceId) const
{
    ConfirmationRequest request;
    request.instanceId = instanceId;
    const auto found = m_harvests.find(instanceId);
    if (found == m_harvests.end())
        return request;
    const Harvest &harvest = found->second;
    if (harvest.hasInstance) {
        request.label = harvest.instance.label;
        request.dollarsPerHour = harvest.instance.dphTotal;
    }
    if (harvest.journal) {
        if (request.label.isEmpty())
            request.label = harvest.journal->label;
        request.files = harvest.journal->files;
    }
    return request;
}

Result<void> HarvestController::confirm(qint64 instanceId, const QString &typedId)
{
    if (isBusy(instanceId))
        return Error(ErrorKind::Usage, tr("Instance %1 is busy; wait until it finishes or cancel it.").arg(instanceId));
    const QString targetKey = Journal::targetKeyForInstance(instanceId);
    auto confirmed = confirmHarvest(m_store, m_audit, targetKey, typedId);
    reloadJournal(instanceId);
    if (!confirmed)
        return confirmed.error();
    Harvest &harvest = harvestFor(instanceId);
    harvest.typedId = typedId.trimmed();
    qCInfo(lcUi) << "instance" << instanceId << "confirmed for destroy";
    updateGate(harvest);
    emit stateChanged(instanceId);
    return {};
}

Result<void> HarvestController::destroy(qint64 instanceId)
{
    if (!m_destroyer)
        return Error(ErrorKind::Provider, tr("Not connected to Vast.ai; set the API key in Settings first."));
    Harvest &harvest = harvestFor(instanceId);
    if (isBusy(instanceId))
        return Error(ErrorKind::Usage, tr("Instance %1 is busy; wait until it finishes or cancel it.").arg(instanceId));
    // The window offers Destroy only while the gate is open. This checks the
    // gate once more, and InstanceDestroyer checks it a last time with a
    // journal read from disk.
    updateGate(harvest);
    if (!harvest.gate.isOpen())
        return Error(ErrorKind::GateClosed, harvest.gate.reason);

    harvest.destroying = true;
    emit stateChanged(instanceId);
    emit gateChanged(instanceId);
    const QString targetKey = Journal::targetKeyForInstance(instanceId);
    qCInfo(lcUi) << "destroy of instance" << instanceId << "requested";
    m_destroyer->destroy(targetKey, harvest.typedId, [this, instanceId](Result<DestroyReport> report) {
        Harvest &current = harvestFor(instanceId);
        current.destroying = false;
        reloadJournal(instanceId);
        emit stateChanged(instanceId);
        if (!report) {
            qCWarning(lcUi) << "destroy of instance" << instanceId << "failed:" << report.error().message;
            emit destroyFinished(instanceId, false, report.error().message);
            return;
        }
        emit destroyFinished(instanceId, report->destroyed, report->message);
    });
    return {};
}

Result<HarvestController::RemoteAccessFactory> HarvestController::remoteAccessFor(qint64 instanceId) const
{
    const auto found = m_harvests.find(instanceId);
    if (found == m_harvests.end() || !found->second.hasInstance) {
        return Error(ErrorKind::NotFound,
                     tr("Instance %1 is not in the account's list. Refresh the list and try again.").arg(instanceId));
    }
    auto settings = settingsFor(found->second, {QStringLiteral("*")});
    if (!settings)
        return settings.error();
    if (settings->remoteAccessFactory)
        return settings->remoteAccessFactory;
    const SshConnectOptions options = settings->ssh;
    return RemoteAccessFactory([options] { return std::make_unique<SshRemoteAccess>(options); });
}

void HarvestController::reloadJournal(qint64 instanceId)
{
    auto loaded = m_store.load(Journal::targetKeyForInstance(instanceId));
    Harvest &harvest = harvestFor(instanceId);
    if (loaded)
        harvest.journal = std::move(loaded).value();
    else if (loaded.error().kind != ErrorKind::NotFound)
        emit message(instanceId, loaded.error().message);
    emit filesReset(instanceId);
    updateGate(harvest);
}

bool HarvestController::isRunning(qint64 instanceId) const
{
    const auto found = m_harvests.find(instanceId);
    return found != m_harvests.end() && found->second.job;
}

bool HarvestController::isVerifying(qint64 instanceId) const
{
    const auto found = m_harvests.find(instanceId);
    return found != m_harvests.end() && found->second.verifyCancelled;
}

bool HarvestController::isDestroying(qint64 instanceId) const
{
    const auto found = m_harvests.find(instanceId);
    return found != m_harvests.end() && found->second.destroying;
}

bool HarvestController::isBusy(qint64 instanceId) const
{
    return isRunning(instanceId) || isVerifying(instanceId) || isDestroying(instanceId);
}

bool HarvestController::isAnyDestroying() const
{
    for (const auto &entry : m_harvests) {
        if (entry.second.destroying)
            return true;
    }
    return false;
}

int HarvestController::runningCount() const
{
    int running = 0;
    for (const auto &entry : m_harvests) {
        if (entry.second.job)
            ++running;
    }
    return running;
}

const Journal *HarvestController::journal(qint64 instanceId) const
{
    const auto found = m_harvests.find(instanceId);
    if (found == m_harvests.end() || !found->second.journal)
        return nullptr;
    return &*found->second.journal;
}

QHash<int, TransferProgress> HarvestController::progress(qint64 instanceId) const
{
    const auto found = m_harvests.find(instanceId);
    return found == m_harvests.end() ? QHash<int, TransferProgress>() : found->second.progress;
}

GateDecision HarvestController::gate(qint64 instanceId) const
{
    const auto found = m_harvests.find(instanceId);
    if (found == m_harvests.end() || !found->second.journal) {
        return GateDecision{GateCondition::NoFiles,
                            tr("No files were harvested from instance %1. Harvest and verify them first.")
                                .arg(instanceId)};
    }
    return found->second.gate;
}

QString HarvestController::stateText(qint64 instanceId) const
{
    const auto found = m_harvests.find(instanceId);
    if (found == m_harvests.end())
        return QString();
    const Harvest &harvest = found->second;
    if (harvest.destroying)
        return tr("destroying…");
    if (harvest.verifyCancelled)
        return tr("verifying again…");
    if (harvest.job) {
        switch (harvest.job->stage()) {
        case HarvestJob::Stage::Idle:
        case HarvestJob::Stage::Connecting: return tr("connecting…");
        case HarvestJob::Stage::Listing: return tr("listing…");
        case HarvestJob::Stage::Downloading:
        case HarvestJob::Stage::Verifying:
        case HarvestJob::Stage::Finished: break;
        }
        // The job's stage turns to Verifying with its first file, while
        // others may still download, so count the files instead.
        int done = 0;
        for (const FileRecord &file : harvest.job->journal().files)
            done += file.verdict != FileVerdict::Pending ? 1 : 0;
        return tr("harvesting (%1 of %2 files done)").arg(done).arg(harvest.job->journal().files.size());
    }
    if (!harvest.journal)
        return QString();
    const Journal &journal = *harvest.journal;
    if (journal.destroy) {
        switch (journal.destroy->state) {
        case DestroyState::Destroyed: return tr("destroyed");
        case DestroyState::Failed: return tr("destroy failed");
        case DestroyState::Unknown:
        case DestroyState::Requested: return tr("destroy outcome unknown");
        }
    }
    if (harvest.lastError.kind == ErrorKind::Cancelled)
        return tr("cancelled");
    if (journal.files.isEmpty())
        return harvest.lastError.isError() ? tr("failed") : QString();
    int verified = 0;
    int failed = 0;
    for (const FileRecord &file : journal.files) {
        verified += file.verdict == FileVerdict::Verified ? 1 : 0;
        failed += file.verdict == FileVerdict::Failed ? 1 : 0;
    }
    const int total = int(journal.files.size());
    if (harvest.gate.isOpen())
        return tr("confirmed (%1 of %1 verified)").arg(total);
    if (verified == total) {
        if (harvest.gate.condition == GateCondition::FileChanged || harvest.gate.condition == GateCondition::FileMissing)
            return tr("local copy changed");
        return tr("verified (%1 of %1)").arg(total);
    }
    if (failed > 0)
        return tr("failed (%1 of %2 files)").arg(failed).arg(total);
    return tr("incomplete (%1 of %2 verified)").arg(verified).arg(total);
}

void HarvestController::updateGate(Harvest &harvest)
{
    GateDecision decision;
    if (!harvest.journal) {
        decision = gate(harvest.instanceId);
    } else if (harvest.job || harvest.verifyCancelled) {
        decision = GateDecision{GateCondition::FileNotVerified,
                                tr("Instance %1 is still being harvested or verified.").arg(harvest.instanceId)};
    } else {
        const Journal &journal = *harvest.journal;
        // The typed id of this session's confirmation, or the one stored
        // with a confirmation from an earlier session.
        QString typed = harvest.typedId;
        if (typed.isEmpty() && journal.confirmation)
            typed = journal.confirmation->typedId;
        decision = canDestroy(journal, collectLocalFacts(journal), typed);
        if (decision.isOpen())
            harvest.typedId = typed;
    }
    const bool changed = decision.condition != harvest.gate.condition || decision.reason != harvest.gate.reason;
    harvest.gate = decision;
    if (changed) {
        qCDebug(lcUi) << "gate of instance" << harvest.instanceId << gateConditionName(decision.condition);
        emit gateChanged(harvest.instanceId);
        emit stateChanged(harvest.instanceId);
    }
}

void HarvestController::reevaluateGates()
{
    for (auto &entry : m_harvests)
        updateGate(entry.second);
}

void HarvestController::watchFiles()
{
    QSet<QString> wanted;
    for (const auto &entry : m_harvests) {
        if (!entry.second.journal)
            continue;
        for (const FileRecord &file : entry.second.journal->files) {
            if (file.verdict == FileVerdict::Verified && QFileInfo::exists(file.localPath))
                wanted.insert(file.localPath);
        }
    }
    const QStringList watched = m_watcher.files();
    QStringList stale;
    for (const QString &path : watched) {
        if (!wanted.contains(path) || !QFileInfo::exists(path))
            stale.append(path);
    }
    if (!stale.isEmpty())
        m_watcher.removePaths(stale);
    QStringList missing;
    for (const QString &path : std::as_const(wanted)) {
        if (!watched.contains(path) || stale.contains(path))
            missing.append(path);
    }
    if (!missing.isEmpty())
        m_watcher.addPaths(missing);
}

} // namespace vh
