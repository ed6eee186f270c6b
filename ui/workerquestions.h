#pragma once

#include <QList>

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>

namespace vh {

// Questions that SSH worker threads put to the GUI thread. A worker calls
// the function from asker(), which blocks it until the GUI thread answers;
// the GUI thread never waits for a worker. After close(), or when the queue
// is destroyed, every open and later question gets the fallback answer, so
// no worker waits forever.
template<typename Question, typename Answer>
class WorkerQuestions final
{
    Q_DISABLE_COPY_MOVE(WorkerQuestions)

public:
    struct Request
    {
        Question question;
        Answer answer{};
        bool answered = false;
    };
    using RequestPointer = std::shared_ptr<Request>;

    // `wake` runs on the asking worker thread with the queue locked, so it
    // must only post a call to the GUI thread, e.g. with a queued
    // QMetaObject::invokeMethod.
    WorkerQuestions(Answer fallback, std::function<void()> wake)
        : m_state(std::make_shared<State>())
    {
        m_state->fallback = std::move(fallback);
        m_state->wake = std::move(wake);
    }
    ~WorkerQuestions() { close(); }

    // Returns the blocking function for workers; it is safe on any thread
    // and outlives the queue.
    std::function<Answer(const Question &)> asker() const
    {
        return [state = m_state](const Question &question) {
            auto request = std::make_shared<Request>();
            request->question = question;
            std::unique_lock<std::mutex> lock(state->mutex);
            if (!state->wake)
                return state->fallback;
            state->pending.append(request);
            state->wake();
            state->answered.wait(lock, [&request] { return request->answered; });
            return request->answer;
        };
    }

    // Returns the oldest open request, or null when none is open.
    RequestPointer next() const
    {
        const std::lock_guard<std::mutex> guard(m_state->mutex);
        for (const auto &request : std::as_const(m_state->pending)) {
            if (!request->answered)
                return request;
        }
        return {};
    }

    // Answers one request and wakes its worker.
    void answer(const RequestPointer &request, const Answer &answer)
    {
        const std::lock_guard<std::mutex> guard(m_state->mutex);
        if (!request->answered) {
            request->answer = answer;
            request->answered = true;
        }
        m_state->pending.removeAll(request);
        m_state->answered.notify_all();
    }

    // Gives the fallback answer to the open requests that `matches` selects.
    void dismissIf(const std::function<bool(const Question &)> &matches)
    {
        const std::lock_guard<std::mutex> guard(m_state->mutex);
        dismissLocked(matches);
    }

    void dismissAll()
    {
        dismissIf([](const Question &) { return true; });
    }

    // Dismisses every open request and makes later questions get the
    // fallback at once; called before the GUI-side owner goes away.
    void close()
    {
        const std::lock_guard<std::mutex> guard(m_state->mutex);
        dismissLocked([](const Question &) { return true; });
        m_state->wake = nullptr;
    }

private:
    struct State
    {
        std::mutex mutex;
        std::condition_variable answered;
        QList<RequestPointer> pending;
        Answer fallback{};
        std::function<void()> wake; // null once closed
    };

    void dismissLocked(const std::function<bool(const Question &)> &matches)
    {
        for (const auto &request : std::as_const(m_state->pending)) {
            if (!request->answered && matches(request->question)) {
                request->answer = m_state->fallback;
                request->answered = true;
            }
        }
        m_state->pending.removeIf([](const RequestPointer &request) { return request->answered; });
        m_state->answered.notify_all();
    }

    std::shared_ptr<State> m_state;
};

} // namespace vh
