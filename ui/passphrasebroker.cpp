#include "passphrasebroker.h"

#include "common/logging.h"
#include "dialogservice.h"

namespace vh {

PassphraseBroker::PassphraseBroker(DialogService &dialogs, QWidget *dialogParent, QObject *parent)
    : QObject(parent),
      m_dialogs(dialogs),
      m_dialogParent(dialogParent),
      m_questions(QString(),
                  [this] { QMetaObject::invokeMethod(this, &PassphraseBroker::processQueue, Qt::QueuedConnection); })
{
}

PassphraseBroker::~PassphraseBroker()
{
    m_questions.close();
}

PassphrasePrompt PassphraseBroker::prompt() const
{
    return m_questions.asker();
}

void PassphraseBroker::processQueue()
{
    // The dialog runs its own event loop; requests that arrive meanwhile
    // wait for it, and most are then answered from what the user typed.
    if (m_asking)
        return;
    while (const auto request = m_questions.next()) {
        const PassphraseQuestion &question = request->question;
        if (m_skipped.contains(question.keyPath)) {
            m_questions.answer(request, QString());
            continue;
        }
        // Another connection may have asked the user again after the same
        // failure; its newer passphrase is the one to try.
        const auto known = m_passphrases.constFind(question.keyPath);
        if (known != m_passphrases.constEnd() && *known != question.rejected) {
            m_questions.answer(request, *known);
            continue;
        }
        qCInfo(lcUi) << "asking for the passphrase of" << question.keyPath
                     << (question.rejected.isEmpty() ? "" : "after a wrong one");
        m_asking = true;
        const std::optional<QString> typed = m_dialogs.askPassphrase(m_dialogParent, question);
        m_asking = false;
        if (!typed || typed->isEmpty()) {
            m_passphrases.remove(question.keyPath);
            m_skipped.insert(question.keyPath);
            m_questions.answer(request, QString());
            continue;
        }
        m_passphrases.insert(question.keyPath, *typed);
        m_questions.answer(request, *typed);
    }
}

void PassphraseBroker::dismissPending(const QString &targetKey)
{
    m_questions.dismissIf([&targetKey](const PassphraseQuestion &question) { return question.targetKey == targetKey; });
}

void PassphraseBroker::dismissAll()
{
    m_questions.dismissAll();
}

void PassphraseBroker::forgetSkipped()
{
    m_skipped.clear();
}

} // namespace vh
