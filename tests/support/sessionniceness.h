#pragma once

#include <QtGlobal>

#include <atomic>
#include <thread>

namespace vh::test {

// Keeps every descendant of one process at a low scheduling priority on
// Linux. nice alone is not enough there: sshd calls setsid() for each
// connection, and with the kernel's session autogroups each new session
// gets a CPU share equal to the whole client's, whatever its nice level.
// This thread gives each new session's autogroup the same nice level.
// Elsewhere, or with autogroups off, it does nothing.
class SessionNiceness final
{
public:
    SessionNiceness(qint64 rootPid, int niceness);
    ~SessionNiceness();
    SessionNiceness(const SessionNiceness &) = delete;
    SessionNiceness &operator=(const SessionNiceness &) = delete;

    // Session groups given the nice level so far; benchmarks print it so a
    // run where nothing was lowered shows as such.
    int adjusted() const { return m_adjusted.load(); }

    static bool autogroupsEnabled();

private:
    void run();

    qint64 m_rootPid;
    int m_niceness;
    std::atomic_bool m_stop{false};
    std::atomic_int m_adjusted{0};
    std::thread m_thread;
};

} // namespace vh::test
