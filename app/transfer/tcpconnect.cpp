// Socket set-up with a connect timeout. This is one of the two files that
// may call the operating system directly (see CODING_GUIDELINES.md); Qt's
// QTcpSocket cannot hand its descriptor to libssh2 safely.
#include "transfer/tcpconnect.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

#ifdef Q_OS_WIN
#include <winsock2.h>
#include <ws2tcpip.h>
#else
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <unistd.h>
#endif

#include <mutex>

namespace vh {

namespace {

struct Tr final
{
    Q_DECLARE_TR_FUNCTIONS(vh::TcpConnection)
};

#ifdef Q_OS_WIN
using SocketLength = int;
constexpr NativeSocket invalidSocket = NativeSocket(INVALID_SOCKET);

void ensureWinsock()
{
    static std::once_flag once;
    std::call_once(once, [] {
        WSADATA data;
        WSAStartup(MAKEWORD(2, 2), &data);
    });
}

int lastSocketError() { return WSAGetLastError(); }
bool isInProgress(int error) { return error == WSAEWOULDBLOCK || error == WSAEINPROGRESS; }
void closeSocket(NativeSocket socket) { ::closesocket(SOCKET(socket)); }

QString socketErrorText(int error)
{
    return QStringLiteral("Windows socket error %1").arg(error);
}

bool setBlocking(NativeSocket socket, bool blocking)
{
    u_long mode = blocking ? 0 : 1;
    return ::ioctlsocket(SOCKET(socket), FIONBIO, &mode) == 0;
}

int waitWritable(NativeSocket socket, int timeoutMs)
{
    WSAPOLLFD pollEntry{};
    pollEntry.fd = SOCKET(socket);
    pollEntry.events = POLLWRNORM;
    return ::WSAPoll(&pollEntry, 1, timeoutMs);
}
#else
using SocketLength = socklen_t;
constexpr NativeSocket invalidSocket = -1;

void ensureWinsock() {}
int lastSocketError() { return errno; }
bool isInProgress(int error) { return error == EINPROGRESS; }
void closeSocket(NativeSocket socket) { ::close(socket); }

QString socketErrorText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

bool setBlocking(NativeSocket socket, bool blocking)
{
    const int flags = ::fcntl(socket, F_GETFL, 0);
    if (flags < 0)
        return false;
    return ::fcntl(socket, F_SETFL, blocking ? (flags & ~O_NONBLOCK) : (flags | O_NONBLOCK)) == 0;
}

int waitWritable(NativeSocket socket, int timeoutMs)
{
    pollfd pollEntry{};
    pollEntry.fd = socket;
    pollEntry.events = POLLOUT;
    int result;
    do {
        result = ::poll(&pollEntry, 1, timeoutMs);
    } while (result < 0 && errno == EINTR);
    return result;
}
#endif

// Attempts one address; returns the socket or invalidSocket with errorText set.
NativeSocket tryAddress(const addrinfo *address, const QDeadlineTimer &deadline,
                        const std::atomic_bool *cancelled, bool *timedOut, QString *errorText)
{
    const NativeSocket socket =
        NativeSocket(::socket(address->ai_family, address->ai_socktype, address->ai_protocol));
    if (socket == invalidSocket) {
        *errorText = socketErrorText(lastSocketError());
        return invalidSocket;
    }
    if (!setBlocking(socket, false)) {
        *errorText = socketErrorText(lastSocketError());
        closeSocket(socket);
        return invalidSocket;
    }

    if (::connect(socket, address->ai_addr, SocketLength(address->ai_addrlen)) != 0) {
        const int error = lastSocketError();
        if (!isInProgress(error)) {
            *errorText = socketErrorText(error);
            closeSocket(socket);
            return invalidSocket;
        }
        for (;;) {
            if (cancelled && cancelled->load()) {
                *errorText = Tr::tr("cancelled");
                closeSocket(socket);
                return invalidSocket;
            }
            const qint64 remaining = deadline.remainingTime();
            if (remaining == 0) {
                *timedOut = true;
                *errorText = Tr::tr("timed out");
                closeSocket(socket);
                return invalidSocket;
            }
            const int slice = int(remaining < 0 || remaining > 100 ? 100 : remaining);
            const int ready = waitWritable(socket, slice);
            if (ready < 0) {
                *errorText = socketErrorText(lastSocketError());
                closeSocket(socket);
                return invalidSocket;
            }
            if (ready > 0)
                break;
        }
        int socketError = 0;
        SocketLength length = sizeof(socketError);
        ::getsockopt(socket, SOL_SOCKET, SO_ERROR, reinterpret_cast<char *>(&socketError), &length);
        if (socketError != 0) {
            *errorText = socketErrorText(socketError);
            closeSocket(socket);
            return invalidSocket;
        }
    }

    setBlocking(socket, true);
    const int enable = 1;
    ::setsockopt(socket, IPPROTO_TCP, TCP_NODELAY, reinterpret_cast<const char *>(&enable),
                 sizeof(enable));
    return socket;
}

} // namespace

TcpConnection::TcpConnection(TcpConnection &&other) noexcept
    : m_socket(other.m_socket), m_valid(other.m_valid)
{
    other.m_valid = false;
}

TcpConnection &TcpConnection::operator=(TcpConnection &&other) noexcept
{
    if (this != &other) {
        close();
        m_socket = other.m_socket;
        m_valid = other.m_valid;
        other.m_valid = false;
    }
    return *this;
}

TcpConnection::~TcpConnection()
{
    close();
}

void TcpConnection::close()
{
    if (m_valid) {
        closeSocket(m_socket);
        m_valid = false;
    }
}

void TcpConnection::shutdown()
{
    if (m_valid) {
#ifdef Q_OS_WIN
        ::shutdown(SOCKET(m_socket), SD_BOTH);
#else
        ::shutdown(m_socket, SHUT_RDWR);
#endif
    }
}

bool waitForSocket(NativeSocket socket, bool readable, bool writable, int timeoutMs)
{
#ifdef Q_OS_WIN
    WSAPOLLFD pollEntry{};
    pollEntry.fd = SOCKET(socket);
    pollEntry.events = short((readable ? POLLRDNORM : 0) | (writable ? POLLWRNORM : 0));
    return ::WSAPoll(&pollEntry, 1, timeoutMs) > 0;
#else
    pollfd pollEntry{};
    pollEntry.fd = socket;
    pollEntry.events = short((readable ? POLLIN : 0) | (writable ? POLLOUT : 0));
    int result;
    do {
        result = ::poll(&pollEntry, 1, timeoutMs);
    } while (result < 0 && errno == EINTR);
    return result > 0;
#endif
}

bool isSocketClosed(NativeSocket socket)
{
    if (!waitForSocket(socket, true, false, 0))
        return false; // nothing to read: the link may be idle but is not known to be gone
    char byte;
#ifdef Q_OS_WIN
    const int got = ::recv(SOCKET(socket), &byte, 1, MSG_PEEK);
#else
    const ssize_t got = ::recv(socket, &byte, 1, MSG_PEEK | MSG_DONTWAIT);
#endif
    return got <= 0;
}

Result<TcpConnection> connectTcp(const QString &host, quint16 port, int timeoutMs,
                                 const std::atomic_bool *cancelled)
{
    ensureWinsock();
    const QDeadlineTimer deadline(timeoutMs);

    addrinfo hints{};
    hints.ai_family = AF_UNSPEC; // IPv4 and IPv6
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_protocol = IPPROTO_TCP;
    addrinfo *addresses = nullptr;
    const QByteArray hostName = host.toUtf8();
    const QByteArray service = QByteArray::number(port);
    const int resolveError = ::getaddrinfo(hostName.constData(), service.constData(), &hints,
                                           &addresses);
    if (resolveError != 0 || !addresses) {
        return Error(ErrorKind::Network,
                     Tr::tr("Cannot resolve the host name %1: %2. Check the name, or the network "
                            "connection.")
                         .arg(host, QString::fromLocal8Bit(gai_strerror(resolveError))));
    }

    QString lastError;
    bool timedOut = false;
    NativeSocket socket = invalidSocket;
    for (const addrinfo *address = addresses; address; address = address->ai_next) {
        socket = tryAddress(address, deadline, cancelled, &timedOut, &lastError);
        if (socket != invalidSocket || timedOut || (cancelled && cancelled->load()))
            break;
        qCDebug(lcSsh) << "connect to" << host << port << "failed on one address:" << lastError;
    }
    ::freeaddrinfo(addresses);

    if (socket != invalidSocket)
        return TcpConnection(socket);
    if (cancelled && cancelled->load())
        return Error(ErrorKind::Cancelled, Tr::tr("Connecting to %1:%2 was cancelled.").arg(host).arg(port));
    if (timedOut) {
        return Error(ErrorKind::Timeout,
                     Tr::tr("Connecting to %1:%2 timed out after %3 s. Check that the instance is "
                            "running and its SSH port is open.")
                         .arg(host)
                         .arg(port)
                         .arg(timeoutMs / 1000.0, 0, 'f', 1));
    }
    return Error(ErrorKind::Network,
                 Tr::tr("Cannot connect to %1:%2: %3. Check that the instance is running and its SSH "
                        "port is open.")
                     .arg(host)
                     .arg(port)
                     .arg(lastError));
}

} // namespace vh
