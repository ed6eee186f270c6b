#include "hostkeybroker.h"

#include "common/logging.h"
#include "dialogservice.h"

#include <QList>

#include <condition_variable>
#include <mutex>

namespace vh {

struct HostKeyBroker::Request
{
    HostKeyQuestion question;
    HostKeyDecision decision = HostKeyDecision::Reject;
    bool answered = false;
};

struct HostKeyBroker::Shared
{
    std::mutex mutex;
    std::condition_variable answered;
    QList<std::shared_ptr<Request>> pending;
    HostKeyBroker *broker = nullptr; // null once the broker is gone
};

namespace {

QString answerKey(const HostKeyQuestion &question)
{
    return question.targetKey + QLatin1Char(' ') + question.offered.sha256Fingerprint();
}

} // namespace

HostKeyBroker::HostKeyBroker(DialogService &dialogs, QWidget *dialogParent, QObject *parent)
    : QObject(parent), m_dialogs(dialogs), m_dialogParent(dialogParent), m_shared(std::make_shared<Shared>())
{
    m_shared->broker = this;
}

HostKeyBroker::~HostKeyBroker()
{
    rejectAll();
    const std::lock_guard<std::mutex> guard(m_shared->mutex);
    m_shared->broker = nullptr;
}

HostKeyPrompt HostKeyBroker::prompt() const
{
    return [shared = m_shared](const HostKeyQuestion &question) {
        auto request = std::make_shared<Request>();
        request->question = question;
        std::unique_lock<std::mutex> lock(shared->mutex);
        if (!shared->broker)
            return HostKeyDecision::Reject;
        shared->pending.append(request);
        // Posted while the lock is held: the broker cannot go away in between.
        QMetaObject::invokeMethod(shared->broker, &HostKeyBroker::processQueue, Qt::QueuedConnection);
        shared->answered.wait(lock, [&request] { return request->answered; });
        return request->decision;
    };
}

void HostKeyBroker::processQueue()
{
    // A dialog runs its own event loop, so questions arriving meanwhile wait
    // for it to close instead of stacking a second dialog on top.
    if (m_asking)
        return;
    for (;;) {
        std::shared_ptr<Request> request;
        {
            const std::lock_guard<std::mutex> guard(m_shared->mutex);
            for (const auto &candidate : std::as_const(m_shared->pending)) {
                if (!candidate->answered) {
                    request = candidate;
                    break;
                }
            }
        }
        if (!request)
            return;
        const QString key = answerKey(request->question);
        const auto known = m_answers.constFind(key);
        if (known != m_answers.constEnd()) {
            answer(request, *known);
            continue;
        }
        qCInfo(lcUi) << "asking about the host key of" << request->question.targetKey
                     << request->question.offered.sha256Fingerprint();
        m_asking = true;
        const HostKeyDecision decision = m_dialogs.askHostKey(m_dialogParent, request->question);
        m_asking = false;
        m_answers.insert(key, decision);
        answer(request, decision);
    }
}

void HostKeyBroker::answer(const std::shared_ptr<Request> &request, HostKeyDecision decision)
{
    const std::lock_guard<std::mutex> guard(m_shared->mutex);
    if (!request->answered) {
        request->decision = decision;
        request->answered = true;
    }
    m_shared->pending.removeAll(request);
    m_shared->answered.notify_all();
}

void HostKeyBroker::rejectPending(const QString &targetKey)
{
    const std::lock_guard<std::mutex> guard(m_shared->mutex);
    for (const auto &request : std::as_const(m_shared->pending)) {
        if (request->question.targetKey == targetKey && !request->answered) {
            request->decision = HostKeyDecision::Reject;
            request->answered = true;
        }
    }
    m_shared->pending.removeIf([](const std::shared_ptr<Request> &request) { return request->answered; });
    m_shared->answered.notify_all();
}

void HostKeyBroker::rejectAll()
{
    const std::lock_guard<std::mutex> guard(m_shared->mutex);
    for (const auto &request : std::as_const(m_shared->pending)) {
        request->decision = HostKeyDecision::Reject;
        request->answered = true;
    }
    m_shared->pending.clear();
    m_shared->answered.notify_all();
}

void HostKeyBroker::forget(const QString &targetKey)
{
    const QString prefix = targetKey + QLatin1Char(' ');
    m_answers.removeIf([&prefix](const auto &entry) { return entry.key().startsWith(prefix); });
}

} // namespace vh
