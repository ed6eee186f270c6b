#pragma once

#include "transfer/knownhosts.h"
#include "workerquestions.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QWidget>

namespace vh {

class DialogService;

// Carries host-key questions from SSH worker threads to the user. A worker
// asks through prompt(), which blocks that worker until the GUI thread has
// an answer; the GUI thread never waits for a worker here. Questions are
// shown one at a time, and an answer for a target and key applies to the
// other connections of the same harvest, so parallel downloads ask once.
class HostKeyBroker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostKeyBroker)

public:
    HostKeyBroker(DialogService &dialogs, QWidget *dialogParent, QObject *parent = nullptr);
    // Rejects every open question so no worker waits for an answer forever.
    ~HostKeyBroker() override;

    // Returns a callback for SshConnectOptions::hostKeyPrompt, safe on any thread.
    HostKeyPrompt prompt() const;

    // Rejects the open questions of one target (its harvest was cancelled).
    void rejectPending(const QString &targetKey);
    void rejectAll();
    // Forgets the answers given for a target, so its next harvest asks again
    // about a key that was accepted only once.
    void forget(const QString &targetKey);

private:
    void processQueue();

    DialogService &m_dialogs;
    QPointer<QWidget> m_dialogParent;
    WorkerQuestions<HostKeyQuestion, HostKeyDecision> m_questions;
    QHash<QString, HostKeyDecision> m_answers; // by target key and fingerprint
    bool m_asking = false;
};

} // namespace vh
