#include "hostkeybroker.h"

#include "common/logging.h"
#include "dialogservice.h"

namespace vh {

namespace {

QString answerKey(const HostKeyQuestion &question)
{
    return question.targetKey + QLatin1Char(' ') + question.offered.sha256Fingerprint();
}

} // namespace

HostKeyBroker::HostKeyBroker(DialogService &dialogs, QWidget *dialogParent, QObject *parent)
    : QObject(parent),
      m_dialogs(dialogs),
      m_dialogParent(dialogParent),
      m_questions(HostKeyDecision::Reject,
                  [this] { QMetaObject::invokeMethod(this, &HostKeyBroker::processQueue, Qt::QueuedConnection); })
{
}

HostKeyBroker::~HostKeyBroker()
{
    m_questions.close();
}

HostKeyPrompt HostKeyBroker::prompt() const
{
    return m_questions.asker();
}

void HostKeyBroker::processQueue()
{
    // A dialog runs its own event loop, so questions arriving meanwhile wait
    // for it to close instead of stacking a second dialog on top.
    if (m_asking)
        return;
    while (const auto request = m_questions.next()) {
        const QString key = answerKey(request->question);
        const auto known = m_answers.constFind(key);
        if (known != m_answers.constEnd()) {
            m_questions.answer(request, *known);
            continue;
        }
        qCInfo(lcUi) << "asking about the host key of" << request->question.targetKey
                     << request->question.offered.sha256Fingerprint();
        m_asking = true;
        const HostKeyDecision decision = m_dialogs.askHostKey(m_dialogParent, request->question);
        m_asking = false;
        m_answers.insert(key, decision);
        m_questions.answer(request, decision);
    }
}

void HostKeyBroker::rejectPending(const QString &targetKey)
{
    m_questions.dismissIf([&targetKey](const HostKeyQuestion &question) { return question.targetKey == targetKey; });
}

void HostKeyBroker::rejectAll()
{
    m_questions.dismissAll();
}

void HostKeyBroker::forget(const QString &targetKey)
{
    const QString prefix = targetKey + QLatin1Char(' ');
    m_answers.removeIf([&prefix](const auto &entry) { return entry.key().startsWith(prefix); });
}

} // namespace vh
