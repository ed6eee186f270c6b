#pragma once

#include "common/result.h"
#include "harvest/destroygate.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace vh {

class AuditLog;
class CloudProvider;
class JournalStore;

// Records a person's confirmation of the current verification report. It
// is refused, with the gate's reason, unless every file is verified,
// present and unchanged, and typedId is the instance's id.
Result<void> confirmHarvest(const JournalStore &store, const AuditLog &audit,
                            const QString &targetKey, const QString &typedId);

// Outcome of a destroy request that passed the gate.
struct DestroyReport
{
    bool destroyed = false; // the provider confirmed the instance is gone
    QString message;
};

// The only code in Vast Harvest that calls CloudProvider::destroyInstance.
// It reloads the journal from disk, reads every local file back and hashes
// it, checks the destroy gate with those hashes, records the request in the
// journal and the audit log, and only then sends the request. The outcome,
// including "unknown", is written to the journal before done runs.
class InstanceDestroyer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceDestroyer)

public:
    InstanceDestroyer(const JournalStore &store, const AuditLog &audit, CloudProvider &provider,
                      QObject *parent = nullptr);
    // Stops a read-back in progress; its destroy is then never sent.
    ~InstanceDestroyer() override;

    // Fails with ErrorKind::GateClosed (and sends nothing) when the gate is
    // closed. done runs once, later, on this object's thread.
    void destroy(const QString &targetKey, const QString &typedId,
                 std::function<void(Result<DestroyReport>)> done);

private:
    void checkGateAndSend(const QString &targetKey, const QString &typedId,
                          std::function<void(Result<DestroyReport>)> done);
    // Reads the instance first unless instanceRead, then records the
    // request and sends it if the gate is still open.
    void sendIfStillOpen(const QString &targetKey, const QString &typedId, const LocalFacts &facts,
                         std::function<void(Result<DestroyReport>)> done, bool instanceRead = false);
    // Reads the instance. When it is gone, records that and ends with done;
    // otherwise runs next with done. A failed read ends with failureText.
    void readInstanceUnlessGone(const QString &targetKey, qint64 instanceId,
                                std::function<QString(const QString &error)> failureText,
                                std::function<void(std::function<void(Result<DestroyReport>)>)> next,
                                std::function<void(Result<DestroyReport>)> done);
    // Records that a read found the instance gone; no request is sent.
    void recordGone(const QString &targetKey, std::function<void(Result<DestroyReport>)> done);
    void refuse(const QString &targetKey, const GateDecision &decision,
                std::function<void(Result<DestroyReport>)> done);

    const JournalStore &m_store;
    const AuditLog &m_audit;
    CloudProvider &m_provider;
    std::shared_ptr<std::atomic_bool> m_readBackCancelled = std::make_shared<std::atomic_bool>(false);
    QList<QPointer<QThread>> m_readBacks;
};

} // namespace vh
