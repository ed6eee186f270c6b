#pragma once

#include "common/result.h"

#include <QString>

#include <atomic>

namespace vh {

// Native socket handle as libssh2 expects it (SOCKET on Windows, int elsewhere).
#ifdef Q_OS_WIN
using NativeSocket = quintptr;
#else
using NativeSocket = int;
#endif

// A connected TCP socket owned by this object; closed on destruction.
class TcpConnection final
{
    Q_DISABLE_COPY(TcpConnection)

public:
    TcpConnection() = default;
    explicit TcpConnection(NativeSocket socket) : m_socket(socket), m_valid(true) {}
    TcpConnection(TcpConnection &&other) noexcept;
    TcpConnection &operator=(TcpConnection &&other) noexcept;
    ~TcpConnection();

    bool isValid() const { return m_valid; }
    NativeSocket socket() const { return m_socket; }
    void close();

    // Forces the peer and any blocked reader to see the link drop at once;
    // used to interrupt a blocking libssh2 call from another thread.
    void shutdown();

private:
    NativeSocket m_socket = 0;
    bool m_valid = false;
};

// Waits until the socket is readable and/or writable, at most timeoutMs.
// Returns false on timeout or error; used by the non-blocking libssh2 loops.
bool waitForSocket(NativeSocket socket, bool readable, bool writable, int timeoutMs);

// True when the peer closed the connection or it broke: the socket reads
// as end-of-file or reports an error. Does not wait.
bool isSocketClosed(NativeSocket socket);

// Resolves host (name, IPv4 or IPv6 literal) and connects to the first
// address that answers within timeoutMs in total. Checks the cancel flag
// about every 100 ms while it waits.
Result<TcpConnection> connectTcp(const QString &host, quint16 port, int timeoutMs,
                                 const std::atomic_bool *cancelled = nullptr);

} // namespace vh
