#pragma once

#include <QHostAddress>
#include <QString>
#include <QThread>

#include <atomic>

namespace vh::test {

class ProxyWorker;

// A TCP forwarder on 127.0.0.1 for fault tests. It runs its own thread and
// can cut every open connection once a number of bytes went to the client,
// or at once on request.
class TcpProxy final : public QThread
{
    Q_OBJECT

public:
    TcpProxy(QString targetHost, quint16 targetPort);
    ~TcpProxy() override;

    // Starts listening; returns false when no port could be bound.
    bool startProxy();
    quint16 port() const { return m_port.load(); }

    // Cuts all connections once this many more bytes went to the client.
    // One-shot: the limit clears itself after the cut. 0 disables it.
    void cutAfterBytes(qint64 bytes);
    void cutAllNow();

    int cutCount() const { return m_cuts.load(); }
    qint64 bytesToClient() const { return m_bytesToClient.load(); }
    int connectionCount() const { return m_connections.load(); }

protected:
    void run() override;

private:
    friend class ProxyWorker;

    QString m_targetHost;
    quint16 m_targetPort;
    std::atomic<quint16> m_port{0};
    std::atomic<qint64> m_cutThreshold{0}; // absolute bytesToClient value, 0 = off
    std::atomic<qint64> m_bytesToClient{0};
    std::atomic_int m_cuts{0};
    std::atomic_int m_connections{0};
    std::atomic_bool m_cutRequested{false};
    std::atomic_bool m_ready{false};
};

} // namespace vh::test
