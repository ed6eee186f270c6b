#include "harvest/instancedestroyer.h"

#include "cloud/cloudprovider.h"
#include "common/logging.h"
#include "harvest/auditlog.h"
#include "harvest/journalstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QThread>
#include <QTimer>

namespace vh {

namespace {

struct Tr final
{
    Q_DECLARE_TR_FUNCTIONS(vh::InstanceDestroyer)
};

// Logs a failed journal or audit write that must not stop the caller: the
// destroy outcome is already decided and reported either way.
void warnIfFailed(const Result<void> &result)
{
    if (!result)
        qCWarning(lcHarvest) << result.error().message;
}

// True when a read of the instance shows nothing left to destroy: no
// instance, or one the provider has unloaded, as VastClient counts it.
bool isGone(const std::optional<Instance> &instance)
{
    return !instance.has_value() || instance->isUnloaded();
}

// Runs done on the next turn of the event loop, so callers never see it
// run inside destroy().
void deliverLater(QObject *context, std::function<void(Result<DestroyReport>)> done,
                  Result<DestroyReport> result)
{
    QTimer::singleShot(0, context, [done = std::move(done), result = std::move(result)] { done(result); });
}

} // namespace

Result<void> confirmHarvest(const JournalStore &store, const AuditLog &audit,
                            const QString &targetKey, const QString &typedId)
{
    auto loaded = store.load(targetKey);
    if (!loaded)
        return loaded.error();
    Journal journal = std::move(loaded).value();

    // Ask the gate as if this confirmation were already given: it then
    // checks everything else a destroy would need.
    Journal candidate = journal;
    candidate.confirmation = Confirmation{QDateTime::currentDateTimeUtc(), journal.reportDigest(),
                                          typedId.trimmed()};
    const GateDecision decision = canDestroy(candidate, collectLocalFacts(candidate), typedId);
    if (!decision.isOpen() && decision.condition != GateCondition::AlreadyDestroyed) {
        warnIfFailed(audit.append(QStringLiteral("confirm_refused"),
                                  {{QStringLiteral("target"), targetKey},
                                   {QStringLiteral("condition"), gateConditionName(decision.condition)}}));
        return Error(ErrorKind::GateClosed, Tr::tr("Cannot confirm: %1").arg(decision.reason));
    }
    if (!decision.isOpen())
        return Error(ErrorKind::GateClosed, decision.reason);

    journal.confirmation = candidate.confirmation;
    if (auto saved = store.save(journal); !saved)
        return saved.error();
    qCInfo(lcHarvest) << "confirmed" << targetKey << "report" << journal.reportDigest();
    return audit.append(QStringLiteral("confirm"),
                        {{QStringLiteral("target"), targetKey},
                         {QStringLiteral("instance_id"), journal.instanceId},
                         {QStringLiteral("report_digest"), journal.reportDigest()}});
}

InstanceDestroyer::InstanceDestroyer(const JournalStore &store, const AuditLog &audit,
                                     CloudProvider &provider, QObject *parent)
    : QObject(parent), m_store(store), m_audit(audit), m_provider(provider)
{
}

void InstanceDestroyer::destroy(const QString &targetKey, const QString &typedId,
                                std::function<void(Result<DestroyReport>)> done)
{
    // One destroy per instance at a time, across processes: two at once
    // would both pass the gate and send two requests, and the second could
    // hit another instance that reuses the id. The lock is released when
    // done runs, or when its last copy goes away unrun.
    const QString lockPath = m_store.pathFor(targetKey) + QStringLiteral(".destroy.lock");
    QDir().mkpath(QFileInfo(lockPath).absolutePath());
    auto lock = std::make_shared<QLockFile>(lockPath);
    // Only a dead owner makes the lock stale: reading the files back can
    // take minutes.
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0)) {
        const Error error = lock->error() == QLockFile::LockFailedError
            ? Error(ErrorKind::GateClosed, Tr::tr("Another destroy of %1 is running (lock file %2). Wait until it "
                                                  "ends, then check the instance's status.")
                                               .arg(targetKey, lockPath))
            : Error(ErrorKind::LocalIo, Tr::tr("Cannot create the lock file %1, so nothing was sent. Check the free "
                                               "space and permissions of the state folder.")
                                            .arg(lockPath));
        deliverLater(this, std::move(done), error);
        return;
    }
    done = [lock, done = std::move(done)](Result<DestroyReport> result) {
        lock->unlock();
        done(std::move(result));
    };

    auto loaded = m_store.load(targetKey);
    if (!loaded) {
        deliverLater(this, std::move(done), loaded.error());
        return;
    }
    const Journal &journal = loaded.value();

    // An earlier request whose outcome nobody saw: read the instance before
    // anything is sent again, as a second DELETE could hit a reused id.
    if (journal.isInstance() && journal.destroy
        && (journal.destroy->state == DestroyState::Requested
            || journal.destroy->state == DestroyState::Unknown)) {
        readInstanceUnlessGone(
            targetKey, journal.instanceId,
            [targetKey](const QString &error) {
                return Tr::tr("An earlier destroy request for %1 has no known outcome, and "
                              "reading the instance failed: %2")
                    .arg(targetKey, error);
            },
            [this, targetKey, typedId](std::function<void(Result<DestroyReport>)> next) {
                checkGateAndSend(targetKey, typedId, std::move(next));
            },
            std::move(done));
        return;
    }
    checkGateAndSend(targetKey, typedId, std::move(done));
}

void InstanceDestroyer::readInstanceUnlessGone(const QString &targetKey, qint64 instanceId,
                                               std::function<QString(const QString &error)> failureText,
                                               std::function<void(std::function<void(Result<DestroyReport>)>)> next,
                                               std::function<void(Result<DestroyReport>)> done)
{
    m_provider.showInstance(instanceId, this,
                            [this, targetKey, failureText = std::move(failureText), next = std::move(next),
                             done = std::move(done)](Result<std::optional<Instance>> shown) mutable {
                                if (!shown) {
                                    done(Error(shown.error().kind, failureText(shown.error().message)));
                                    return;
                                }
                                if (isGone(shown.value())) {
                                    recordGone(targetKey, std::move(done));
                                    return;
                                }
                                next(std::move(done));
                            });
}

void InstanceDestroyer::recordGone(const QString &targetKey, std::function<void(Result<DestroyReport>)> done)
{
    auto current = m_store.load(targetKey);
    if (current) {
        current->destroy = DestroyRecord{DestroyState::Destroyed, QDateTime::currentDateTimeUtc(),
                                         Tr::tr("The instance no longer exists.")};
        warnIfFailed(m_store.save(current.value()));
    }
    warnIfFailed(m_audit.append(QStringLiteral("destroy_result"),
                                {{QStringLiteral("target"), targetKey},
                                 {QStringLiteral("outcome"), QStringLiteral("destroyed")},
                                 {QStringLiteral("note"), QStringLiteral("found gone on re-read")}}));
    done(DestroyReport{true, Tr::tr("Instance %1 is already gone.").arg(targetKey)});
}

InstanceDestroyer::~InstanceDestroyer()
{
    // A read-back still running posts to this object when it ends, so it
    // stops at its next block and is waited for.
    m_readBackCancelled->store(true);
    for (const QPointer<QThread> &thread : std::as_const(m_readBacks)) {
        if (thread)
            thread->wait();
    }
}

void InstanceDestroyer::refuse(const QString &targetKey, const GateDecision &decision,
                               std::function<void(Result<DestroyReport>)> done)
{
    warnIfFailed(m_audit.append(QStringLiteral("destroy_refused"),
                                {{QStringLiteral("target"), targetKey},
                                 {QStringLiteral("condition"), gateConditionName(decision.condition)},
                                 {QStringLiteral("reason"), decision.reason}}));
    qCInfo(lcHarvest) << "destroy of" << targetKey << "refused:" << decision.reason;
    deliverLater(this, std::move(done), Error(ErrorKind::GateClosed, decision.reason));
}

void InstanceDestroyer::checkGateAndSend(const QString &targetKey, const QString &typedId,
                                         std::function<void(Result<DestroyReport>)> done)
{
    // The cheap check first, so a closed gate refuses at once.
    auto loaded = m_store.load(targetKey);
    if (!loaded) {
        deliverLater(this, std::move(done), loaded.error());
        return;
    }
    const Journal journal = std::move(loaded).value();
    const GateDecision decision = canDestroy(journal, collectLocalFacts(journal), typedId);
    if (!decision.isOpen()) {
        refuse(targetKey, decision, std::move(done));
        return;
    }

    // Size and time can be put back after an edit, so the bytes themselves
    // are read back before anything goes out. That takes as long as a
    // verification and runs on its own thread.
    qCInfo(lcHarvest) << "reading back" << journal.files.size() << "files of" << targetKey << "before destroying";
    auto *thread = QThread::create([this, journal, targetKey, typedId, done = std::move(done),
                                    cancelled = m_readBackCancelled]() mutable {
        LocalFacts facts = collectLocalFactsWithContent(journal, cancelled.get());
        QMetaObject::invokeMethod(
            this,
            [this, targetKey, typedId, facts = std::move(facts), done = std::move(done)]() mutable {
                sendIfStillOpen(targetKey, typedId, facts, std::move(done));
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_readBacks.removeAll(nullptr);
    m_readBacks.append(thread);
    thread->start();
}

void InstanceDestroyer::sendIfStillOpen(const QString &targetKey, const QString &typedId, const LocalFacts &facts,
                                        std::function<void(Result<DestroyReport>)> done, bool instanceRead)
{
    // The final re-check: the journal from disk once more, since it may have
    // changed during the read-back, against the bytes just read.
    auto loaded = m_store.load(targetKey);
    if (!loaded) {
        deliverLater(this, std::move(done), loaded.error());
        return;
    }
    Journal journal = std::move(loaded).value();
    const GateDecision decision = canDestroy(journal, facts, typedId, ContentCheck::ReadBack);
    if (!decision.isOpen()) {
        refuse(targetKey, decision, std::move(done));
        return;
    }

    // The instance is read right before the request: another state folder
    // or an earlier run may have destroyed it, and a DELETE sent blindly
    // could hit an instance that reuses the id.
    if (!instanceRead) {
        readInstanceUnlessGone(
            targetKey, journal.instanceId,
            [targetKey](const QString &error) {
                return Tr::tr("Reading %1 before destroying it failed: %2 Nothing was sent; try again.")
                    .arg(targetKey, error);
            },
            // The gate once more, as the journal may have changed meanwhile.
            [this, targetKey, typedId, facts](std::function<void(Result<DestroyReport>)> next) {
                sendIfStillOpen(targetKey, typedId, facts, std::move(next), true);
            },
            std::move(done));
        return;
    }

    // Write down the request before sending it, so that after a crash the
    // journal records an unknown outcome instead of nothing.
    journal.destroy = DestroyRecord{DestroyState::Requested, QDateTime::currentDateTimeUtc(), QString()};
    if (auto saved = m_store.save(journal); !saved) {
        deliverLater(this, std::move(done),
                     Error(saved.error().kind,
                           Tr::tr("Destroy not sent: the journal could not record the request. %1")
                               .arg(saved.error().message)));
        return;
    }
    const QString digest = journal.reportDigest();
    if (auto logged = m_audit.append(QStringLiteral("destroy_request"),
                                     {{QStringLiteral("target"), targetKey},
                                      {QStringLiteral("instance_id"), journal.instanceId},
                                      {QStringLiteral("report_digest"), digest}});
        !logged) {
        deliverLater(this, std::move(done),
                     Error(logged.error().kind,
                           Tr::tr("Destroy not sent: the audit log could not record the request. %1")
                               .arg(logged.error().message)));
        return;
    }

    qCInfo(lcHarvest) << "destroying instance" << journal.instanceId << "report" << digest;
    const qint64 instanceId = journal.instanceId;
    m_provider.destroyInstance(
        instanceId, this,
        [this, targetKey, done = std::move(done)](Result<DestroyResult> result) {
            DestroyRecord record;
            record.at = QDateTime::currentDateTimeUtc();
            if (!result) {
                record.state = DestroyState::Failed;
                record.message = result.error().message;
            } else {
                record.message = result->message;
                switch (result->outcome) {
                case DestroyOutcome::Destroyed: record.state = DestroyState::Destroyed; break;
                case DestroyOutcome::Failed: record.state = DestroyState::Failed; break;
                case DestroyOutcome::Unknown: record.state = DestroyState::Unknown; break;
                }
            }
            auto current = m_store.load(targetKey);
            if (current) {
                current->destroy = record;
                warnIfFailed(m_store.save(current.value()));
            }
            warnIfFailed(m_audit.append(QStringLiteral("destroy_result"),
                                        {{QStringLiteral("target"), targetKey},
                                         {QStringLiteral("outcome"), destroyStateName(record.state)},
                                         {QStringLiteral("message"), record.message}}));
            if (record.state == DestroyState::Destroyed) {
                done(DestroyReport{true, record.message});
            } else {
                const ErrorKind kind = result ? (result->errorKind == ErrorKind::None ? ErrorKind::Provider
                                                                                       : result->errorKind)
                                              : result.error().kind;
                done(Error(kind, record.state == DestroyState::Unknown
                                     ? Tr::tr("The destroy request for %1 has no confirmed outcome: %2 "
                                              "Check the instance list before trying again.")
                                           .arg(targetKey, record.message)
                                     : Tr::tr("Destroying %1 failed: %2").arg(targetKey, record.message)));
            }
        });
}

} // namespace vh
