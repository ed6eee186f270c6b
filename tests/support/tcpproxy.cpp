#include "tcpproxy.h"

#include <QDeadlineTimer>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace vh::test {

class ProxyWorker final : public QObject
{
    Q_OBJECT

public:
    explicit ProxyWorker(TcpProxy *proxy) : m_proxy(proxy)
    {
        connect(&m_server, &QTcpServer::newConnection, this, &ProxyWorker::acceptConnections);
        // Poll the cut request; a queued call into this thread would need
        // the QThread's event loop to exist before the caller's request.
        connect(&m_timer, &QTimer::timeout, this, [this] {
            if (m_proxy->m_cutRequested.exchange(false))
                cutAll();
        });
        m_timer.start(10);
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }

private:
    struct Pair
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> upstream;
    };

    void acceptConnections()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            auto *upstream = new QTcpSocket(this);
            client->setParent(this);
            m_pairs.append(Pair{client, upstream});
            m_proxy->m_connections.fetch_add(1);

            connect(client, &QTcpSocket::readyRead, this, [client, upstream] {
                if (upstream->state() == QAbstractSocket::ConnectedState)
                    upstream->write(client->readAll());
            });
            connect(upstream, &QTcpSocket::connected, this, [client, upstream] {
                upstream->write(client->readAll());
            });
            connect(upstream, &QTcpSocket::readyRead, this, [this, client, upstream] {
                const QByteArray data = upstream->readAll();
                client->write(data);
                const qint64 total = m_proxy->m_bytesToClient.fetch_add(data.size()) + data.size();
                const qint64 threshold = m_proxy->m_cutThreshold.load();
                if (threshold > 0 && total >= threshold) {
                    m_proxy->m_cutThreshold.store(0);
                    cutAll();
                }
            });
            auto closeBoth = [client, upstream] {
                if (client)
                    client->disconnectFromHost();
                if (upstream)
                    upstream->disconnectFromHost();
            };
            connect(client, &QTcpSocket::disconnected, this, closeBoth);
            connect(upstream, &QTcpSocket::disconnected, this, closeBoth);
            upstream->connectToHost(m_proxy->m_targetHost, m_proxy->m_targetPort);
        }
    }

    void cutAll()
    {
        for (const Pair &pair : std::as_const(m_pairs)) {
            if (pair.client)
                pair.client->abort();
            if (pair.upstream)
                pair.upstream->abort();
        }
        m_pairs.clear();
        m_proxy->m_cuts.fetch_add(1);
    }

    TcpProxy *m_proxy;
    QTcpServer m_server;
    QTimer m_timer;
    QList<Pair> m_pairs;
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
