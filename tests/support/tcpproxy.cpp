#include "tcpproxy.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <deque>
#include <memory>

namespace vh::test {

namespace {

// Bytes held in one direction before the proxy stops reading from the
// sender, so TCP flow control reaches it instead of memory filling up. Large
// enough for 1 Gbit/s at 300 ms of delay.
constexpr qint64 maximumQueuedBytes = 48 * 1024 * 1024;

} // namespace

class ProxyWorker final : public QObject
{
    Q_OBJECT

public:
    explicit ProxyWorker(TcpProxy *proxy) : m_proxy(proxy)
    {
        connect(&m_server, &QTcpServer::newConnection, this, &ProxyWorker::acceptConnections);
        connect(&m_timer, &QTimer::timeout, this, &ProxyWorker::tick);
        m_clock.start();
        m_timer.start(1);
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }

private:
    struct Chunk
    {
        qint64 dueMs;
        QByteArray data;
    };

    // One direction of one connection: what was read and waits for its
    // delivery time.
    struct Lane
    {
        std::deque<Chunk> queue;
        qint64 queuedBytes = 0;
    };

    struct Pair
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> upstream;
        Lane toUpstream;
        Lane toClient;
        bool clientClosed = false;
        bool upstreamClosed = false;
    };

    void acceptConnections()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            auto pair = std::make_shared<Pair>();
            pair->client = client;
            pair->upstream = new QTcpSocket(this);
            client->setParent(this);
            client->setReadBufferSize(1024 * 1024);
            pair->upstream->setReadBufferSize(1024 * 1024);
            m_pairs.append(pair);
            m_proxy->m_connections.fetch_add(1);

            // A side that closes may leave data in its read buffer or queued
            // for the other side. That data is delivered on schedule before
            // the other side is closed too.
            connect(client, &QTcpSocket::disconnected, this, [this, pair] {
                takeRemaining(pair->client, pair->toUpstream);
                pair->clientClosed = true;
            });
            auto upstreamGone = [this, pair] {
                takeRemaining(pair->upstream, pair->toClient);
                pair->upstreamClosed = true;
            };
            connect(pair->upstream, &QTcpSocket::disconnected, this, upstreamGone);
            // A refused connection never emits disconnected().
            connect(pair->upstream, &QAbstractSocket::errorOccurred, this, [pair, upstreamGone] {
                if (pair->upstream && pair->upstream->state() != QAbstractSocket::ConnectedState)
                    upstreamGone();
            });
            pair->upstream->connectToHost(m_proxy->m_targetHost, m_proxy->m_targetPort);
        }
    }

    void readInto(QTcpSocket *from, Lane &lane)
    {
        if (!from || lane.queuedBytes >= maximumQueuedBytes)
            return;
        enqueue(lane, from->read(maximumQueuedBytes - lane.queuedBytes));
    }

    // Queues data for delivery once the latency has passed.
    void enqueue(Lane &lane, const QByteArray &data)
    {
        if (data.isEmpty())
            return;
        lane.queue.push_back({m_clock.elapsed() + m_proxy->m_latencyMs.load(), data});
        lane.queuedBytes += data.size();
    }

    void takeRemaining(QTcpSocket *from, Lane &lane)
    {
        if (from)
            enqueue(lane, from->readAll());
    }

    // Closes the open side once all data from the closed side is delivered.
    // Returns true when both sides are closed.
    static bool closeWhenDrained(Pair &pair)
    {
        if (pair.upstreamClosed && pair.toClient.queue.empty()
            && pair.client->state() == QAbstractSocket::ConnectedState) {
            pair.client->disconnectFromHost();
        }
        if (pair.clientClosed && pair.toUpstream.queue.empty()
            && pair.upstream->state() == QAbstractSocket::ConnectedState) {
            pair.upstream->disconnectFromHost();
        }
        return pair.client->state() == QAbstractSocket::UnconnectedState
               && pair.upstream->state() == QAbstractSocket::UnconnectedState
               && (pair.clientClosed || pair.upstreamClosed);
    }

    // Sends what is due; toClient also honours the bandwidth cap and counts
    // bytes for the cut schedule. Returns false when the pair was cut.
    bool deliver(Lane &lane, QTcpSocket *to, bool toClient, qint64 *budget)
    {
        if (!to || to->state() != QAbstractSocket::ConnectedState)
            return true;
        const qint64 now = m_clock.elapsed();
        while (!lane.queue.empty() && lane.queue.front().dueMs <= now) {
            Chunk &chunk = lane.queue.front();
            qint64 length = chunk.data.size();
            if (toClient && budget && *budget >= 0)
                length = qMin(length, *budget);
            if (toClient) {
                const qint64 cutAt = nextCut();
                if (cutAt > 0)
                    length = qMin(length, qMax<qint64>(cutAt - m_proxy->m_bytesToClient.load(), 0));
            }
            if (length > 0) {
                to->write(chunk.data.constData(), length);
                chunk.data.remove(0, length);
                lane.queuedBytes -= length;
                if (budget && *budget >= 0)
                    *budget -= length;
            }
            if (toClient) {
                const qint64 total = m_proxy->m_bytesToClient.fetch_add(length) + length;
                if (shouldCut(total)) {
                    cutAll();
                    return false;
                }
            }
            if (!chunk.data.isEmpty())
                break; // out of budget for this tick
            lane.queue.pop_front();
        }
        return true;
    }

    qint64 nextCut()
    {
        const qint64 threshold = m_proxy->m_cutThreshold.load();
        QMutexLocker locker(&m_proxy->m_scheduleMutex);
        qint64 next = threshold;
        if (!m_proxy->m_cutSchedule.isEmpty() && (next == 0 || m_proxy->m_cutSchedule.constFirst() < next))
            next = m_proxy->m_cutSchedule.constFirst();
        return next;
    }

    bool shouldCut(qint64 total)
    {
        const qint64 threshold = m_proxy->m_cutThreshold.load();
        if (threshold > 0 && total >= threshold) {
            m_proxy->m_cutThreshold.store(0);
            return true;
        }
        QMutexLocker locker(&m_proxy->m_scheduleMutex);
        if (!m_proxy->m_cutSchedule.isEmpty() && total >= m_proxy->m_cutSchedule.constFirst()) {
            m_proxy->m_cutSchedule.removeFirst();
            return true;
        }
        return false;
    }

    void tick()
    {
        if (m_proxy->m_cutRequested.exchange(false))
            cutAll();

        // The bandwidth cap is shared by all connections, refilled per tick.
        const qint64 bandwidth = m_proxy->m_bandwidth.load();
        const qint64 now = m_clock.elapsed();
        qint64 budget = -1;
        if (bandwidth > 0) {
            m_budget = qMin(m_budget + bandwidth * (now - m_lastTickMs) / 1000, bandwidth / 10 + 65536);
            budget = m_budget;
        }
        m_lastTickMs = now;

        const QList<std::shared_ptr<Pair>> pairs = m_pairs;
        for (const std::shared_ptr<Pair> &pair : pairs) {
            if (!pair->client || !pair->upstream) {
                m_pairs.removeAll(pair);
                continue;
            }
            if (pair->upstream->state() == QAbstractSocket::ConnectedState)
                readInto(pair->client, pair->toUpstream);
            readInto(pair->upstream, pair->toClient);
            deliver(pair->toUpstream, pair->upstream, false, nullptr);
            if (!deliver(pair->toClient, pair->client, true, bandwidth > 0 ? &budget : nullptr))
                return; // everything was cut
            if (closeWhenDrained(*pair)) {
                pair->client->deleteLater();
                pair->upstream->deleteLater();
                m_pairs.removeAll(pair);
            }
        }
        if (bandwidth > 0)
            m_budget = budget;
    }

    void cutAll()
    {
        // Counted before the sockets close, so a client that sees the cut
        // also sees it counted.
        m_proxy->m_cuts.fetch_add(1);
        for (const std::shared_ptr<Pair> &pair : std::as_const(m_pairs)) {
            if (pair->client)
                pair->client->abort();
            if (pair->upstream)
                pair->upstream->abort();
        }
        m_pairs.clear();
    }

    TcpProxy *m_proxy;
    QTcpServer m_server;
    QTimer m_timer;
    QElapsedTimer m_clock;
    QList<std::shared_ptr<Pair>> m_pairs;
    qint64 m_budget = 0;
    qint64 m_lastTickMs = 0;
};

TcpProxy::TcpProxy(QString targetHost, quint16 targetPort)
    : m_targetHost(std::move(targetHost)), m_targetPort(targetPort)
{
}

TcpProxy::~TcpProxy()
{
    quit();
    wait();
}

bool TcpProxy::startProxy()
{
    start();
    const QDeadlineTimer deadline(5000);
    while (!m_ready.load() && !deadline.hasExpired())
        QThread::msleep(5);
    return m_port.load() != 0;
}

void TcpProxy::cutAfterBytes(qint64 bytes)
{
    m_cutThreshold.store(bytes > 0 ? m_bytesToClient.load() + bytes : 0);
}

void TcpProxy::setCutSchedule(QList<qint64> totals)
{
    std::sort(totals.begin(), totals.end());
    const qint64 base = m_bytesToClient.load();
    for (qint64 &total : totals)
        total += base;
    QMutexLocker locker(&m_scheduleMutex);
    m_cutSchedule = totals;
}

void TcpProxy::cutAllNow()
{
    m_cutRequested.store(true);
}

void TcpProxy::run()
{
    ProxyWorker worker(this);
    if (worker.listen())
        m_port.store(worker.port());
    m_ready.store(true);
    if (m_port.load() != 0)
        exec();
}

} // namespace vh::test

#include "tcpproxy.moc"
