#pragma once

#include "transfer/sshsession.h"
#include "workerquestions.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QWidget>

namespace vh {

class DialogService;

// Carries requests for SSH key passphrases from worker threads to the user,
// one dialog at a time. A passphrase the user typed is kept in memory for
// the rest of the session, never on disk, so the parallel connections of a
// harvest and later harvests ask once per key. A key whose passphrase fails
// is asked about again; a key the user skipped is skipped until the next
// harvest starts.
class PassphraseBroker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PassphraseBroker)

public:
    PassphraseBroker(DialogService &dialogs, QWidget *dialogParent, QObject *parent = nullptr);
    ~PassphraseBroker() override;

    // Returns a callback for SshConnectOptions::passphraseForKey, safe on any thread.
    PassphrasePrompt prompt() const;

    // Skips the key in the open requests of one target (its harvest was cancelled).
    void dismissPending(const QString &targetKey);
    void dismissAll();
    // Lets the next request ask again about the keys the user skipped.
    void forgetSkipped();

private:
    void processQueue();

    DialogService &m_dialogs;
    QPointer<QWidget> m_dialogParent;
    WorkerQuestions<PassphraseQuestion, QString> m_questions;
    QHash<QString, QString> m_passphrases; // by key path
    QSet<QString> m_skipped;               // key paths
    bool m_asking = false;
};

} // namespace vh
