// The proxy that the fault tests and WAN benchmarks use. It must deliver
// every byte in order, add its delay, and cut at the requested byte count.
#include "tcpproxy.h"
#include "testutil.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace vh;
using namespace vh::test;

class TestTcpProxy : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void deliversEverythingBeforeClosingTheClient();
    void deliversEverythingBeforeClosingTheUpstream();
    void addsLatencyInEachDirection();
    void cutsAfterTheGivenBytes();
    void closesTheClientWhenTheTargetRefuses();

private:
    // Connects client through the proxy and returns the target's end.
    QTcpSocket *connectThrough(const TcpProxy &proxy, QTcpSocket &client);

    QTcpServer m_target;
};

void TestTcpProxy::init()
{
    QVERIFY(m_target.listen(QHostAddress::LocalHost, 0));
}

void TestTcpProxy::cleanup()
{
    m_target.close();
}

QTcpSocket *TestTcpProxy::connectThrough(const TcpProxy &proxy, QTcpSocket &client)
{
    client.connectToHost(QHostAddress::LocalHost, proxy.port());
    if (!client.waitForConnected(5000))
        return nullptr;
    if (!m_target.hasPendingConnections() && !m_target.waitForNewConnection(5000))
        return nullptr;
    return m_target.nextPendingConnection();
}

void TestTcpProxy::deliversEverythingBeforeClosingTheClient()
{
    TcpProxy proxy(QStringLiteral("127.0.0.1"), m_target.serverPort());
    proxy.setLatency(20);
    proxy.setBandwidth(16 * 1024 * 1024); // queues build up behind the cap
    QVERIFY(proxy.startProxy());

    QTcpSocket client;
    QPointer<QTcpSocket> upstream = connectThrough(proxy, client);
    QVERIFY(upstream);

    const QByteArray data = randomBytes(6 * 1024 * 1024, 7);
    upstream->write(data);
    upstream->disconnectFromHost(); // closes once its own buffer is sent

    QByteArray received;
    QObject::connect(&client, &QTcpSocket::readyRead, &client, [&] { received += client.readAll(); });
    QTRY_VERIFY_WITH_TIMEOUT(client.state() == QAbstractSocket::UnconnectedState, 30000);
    received += client.readAll();
    QCOMPARE(received.size(), data.size());
    QVERIFY(received == data);
    QCOMPARE(proxy.bytesToClient(), data.size());
    QCOMPARE(proxy.cutCount(), 0);
}

void TestTcpProxy::deliversEverythingBeforeClosingTheUpstream()
{
    TcpProxy proxy(QStringLiteral("127.0.0.1"), m_target.serverPort());
    proxy.setLatency(20);
    QVERIFY(proxy.startProxy());

    QTcpSocket client;
    QPointer<QTcpSocket> upstream = connectThrough(proxy, client);
    QVERIFY(upstream);

    const QByteArray data = randomBytes(2 * 1024 * 1024, 8);
    client.write(data);
    client.disconnectFromHost();

    QByteArray received;
    QObject::connect(upstream, &QTcpSocket::readyRead, upstream, [&] { received += upstream->readAll(); });
    QTRY_VERIFY_WITH_TIMEOUT(upstream->state() == QAbstractSocket::UnconnectedState, 30000);
    received += upstream->readAll();
    QVERIFY(received == data);
}

void TestTcpProxy::addsLatencyInEachDirection()
{
    TcpProxy proxy(QStringLiteral("127.0.0.1"), m_target.serverPort());
    proxy.setLatency(60);
    QVERIFY(proxy.startProxy());

    QTcpSocket client;
    QPointer<QTcpSocket> upstream = connectThrough(proxy, client);
    QVERIFY(upstream);
    QObject::connect(upstream, &QTcpSocket::readyRead, upstream, [&] { upstream->write(upstream->readAll()); });

    QElapsedTimer clock;
    clock.start();
    client.write("ping");
    QTRY_COMPARE_WITH_TIMEOUT(client.bytesAvailable(), qint64(4), 10000);
    // Only a lower bound: a loaded machine may add delay, never remove it.
    QVERIFY2(clock.elapsed() >= 120, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(client.readAll(), QByteArray("ping"));
}

void TestTcpProxy::cutsAfterTheGivenBytes()
{
    TcpProxy proxy(QStringLiteral("127.0.0.1"), m_target.serverPort());
    QVERIFY(proxy.startProxy());

    QTcpSocket client;
    QPointer<QTcpSocket> upstream = connectThrough(proxy, client);
    QVERIFY(upstream);
    proxy.cutAfterBytes(100000);

    upstream->write(randomBytes(1024 * 1024, 9));
    qint64 received = 0;
    QObject::connect(&client, &QTcpSocket::readyRead, &client, [&] { received += client.readAll().size(); });
    QTRY_VERIFY_WITH_TIMEOUT(client.state() == QAbstractSocket::UnconnectedState, 10000);
    received += client.readAll().size();
    QCOMPARE(proxy.cutCount(), 1);
    QCOMPARE(proxy.bytesToClient(), 100000);
    // A cut is abrupt: what was in flight may be lost, but never more than
    // the bytes counted before it.
    QVERIFY2(received <= 100000, qPrintable(QString::number(received)));
    QTRY_VERIFY_WITH_TIMEOUT(upstream->state() == QAbstractSocket::UnconnectedState, 10000);
}

void TestTcpProxy::closesTheClientWhenTheTargetRefuses()
{
    const quint16 closedPort = m_target.serverPort();
    m_target.close(); // nothing listens there now
    TcpProxy proxy(QStringLiteral("127.0.0.1"), closedPort);
    QVERIFY(proxy.startProxy());

    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, proxy.port());
    QVERIFY(client.waitForConnected(5000));
    QTRY_VERIFY_WITH_TIMEOUT(client.state() == QAbstractSocket::UnconnectedState, 10000);
}

QTEST_GUILESS_MAIN(TestTcpProxy)
#include "tst_tcpproxy.moc"
