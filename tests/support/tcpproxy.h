#pragma once

#include <QHostAddress>
#include <QString>
#include <QList>
#include <QMutex>
#include <QThread>

#include <atomic>

namespace vh::test {

class ProxyWorker;

// A TCP forwarder on 127.0.0.1 for fault tests and WAN benchmarks. It runs
// its own thread, can delay each direction by a fixed latency, cap the
// bandwidth toward the client, and cut every open connection once a number
// of bytes went to the client, at planned offsets, or at once on request.
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
    // Cuts all connections each time the bytes sent to the client pass one
    // of these totals (counted from now), in ascending order.
    void setCutSchedule(QList<qint64> totals);
    // Adds latencyMs in each direction, so the round trip grows by twice it.
    void setLatency(int latencyMs) { m_latencyMs.store(latencyMs); }
    // Caps the bytes per second sent to the client; 0 means no cap.
    void setBandwidth(qint64 bytesPerSecond) { m_bandwidth.store(bytesPerSecond); }

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
    std::atomic_int m_latencyMs{0};
    std::atomic<qint64> m_bandwidth{0};
    QList<qint64> m_cutSchedule; // guarded by m_scheduleMutex
    QMutex m_scheduleMutex;
};

} // namespace vh::test
