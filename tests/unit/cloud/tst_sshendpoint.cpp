#include "cloud/instance.h"
#include "cloud/sshendpoint.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace vh;

class TestSshEndpoint : public QObject
{
    Q_OBJECT

private slots:
    void endpointRule_data();
    void endpointRule();
    void parseTarget_data();
    void parseTarget();
    void toStringBracketsIpv6();
};

void TestSshEndpoint::endpointRule_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("direct");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");

    QTest::newRow("direct")
        << R"({"id":1,"public_ipaddr":"203.0.113.57","ssh_host":"ssh7.vast.ai","ssh_port":34518,
               "image_runtype":"ssh_direct",
               "ports":{"22/tcp":[{"HostIp":"0.0.0.0","HostPort":"41022"}]}})"
        << true << true << "203.0.113.57" << 41022;
    QTest::newRow("direct ignores jupyter")
        << R"({"id":1,"public_ipaddr":"203.0.113.57","ssh_host":"ssh7.vast.ai","ssh_port":34518,
               "image_runtype":"jupyter_direct",
               "ports":{"22/tcp":[{"HostIp":"0.0.0.0","HostPort":"41022"}]}})"
        << true << true << "203.0.113.57" << 41022;
    QTest::newRow("proxy")
        << R"({"id":1,"public_ipaddr":"203.0.113.57","ssh_host":"ssh7.vast.ai","ssh_port":34518,
               "image_runtype":"ssh_proxy","ports":{"8080/tcp":[{"HostPort":"41080"}]}})"
        << true << false << "ssh7.vast.ai" << 34518;
    QTest::newRow("proxy without ports") << R"({"id":1,"ssh_host":"ssh4.vast.ai","ssh_port":20000})"
                                         << true << false << "ssh4.vast.ai" << 20000;
    QTest::newRow("jupyter plus one")
        << R"({"id":1,"ssh_host":"ssh7.vast.ai","ssh_port":34518,"image_runtype":"jupyter"})"
        << true << false << "ssh7.vast.ai" << 34519;
    QTest::newRow("jupyter in several tokens")
        << R"({"id":1,"ssh_host":"ssh7.vast.ai","ssh_port":34518,
               "image_runtype":"ssh jupyter_proxy"})"
        << true << false << "ssh7.vast.ai" << 34519;
    QTest::newRow("HostPort string with spaces")
        << R"({"id":1,"public_ipaddr":"198.51.100.2","ports":{"22/tcp":[{"HostPort":" 2222 "}]}})"
        << true << true << "198.51.100.2" << 2222;
    QTest::newRow("HostPort not a number")
        << R"({"id":1,"public_ipaddr":"198.51.100.2","ssh_host":"ssh1.vast.ai","ssh_port":5,
               "ports":{"22/tcp":[{"HostPort":"abc"}]}})"
        << false << true << "198.51.100.2" << 0;
    QTest::newRow("HostPort zero")
        << R"({"id":1,"public_ipaddr":"198.51.100.2","ports":{"22/tcp":[{"HostPort":"0"}]}})"
        << false << true << "198.51.100.2" << 0;
    QTest::newRow("HostPort too large")
        << R"({"id":1,"public_ipaddr":"198.51.100.2","ports":{"22/tcp":[{"HostPort":"65536"}]}})"
        << false << true << "198.51.100.2" << 0;
    QTest::newRow("empty 22/tcp mapping")
        << R"({"id":1,"public_ipaddr":"198.51.100.2","ports":{"22/tcp":[]}})"
        << false << true << "198.51.100.2" << 0;
    QTest::newRow("proxy port zero") << R"({"id":1,"ssh_host":"ssh1.vast.ai","ssh_port":0})"
                                     << false << false << "ssh1.vast.ai" << 0;
    QTest::newRow("proxy port negative") << R"({"id":1,"ssh_host":"ssh1.vast.ai","ssh_port":-3})"
                                         << false << false << "ssh1.vast.ai" << 0;
    QTest::newRow("jupyter pushes past 65535")
        << R"({"id":1,"ssh_host":"ssh1.vast.ai","ssh_port":65535,"image_runtype":"jupyter"})"
        << false << false << "ssh1.vast.ai" << 0;
    QTest::newRow("nothing") << R"({"id":1})" << false << false << "" << 0;
}

void TestSshEndpoint::endpointRule()
{
    QFETCH(QString, json);
    QFETCH(bool, valid);
    QFETCH(bool, direct);
    QFETCH(QString, host);
    QFETCH(int, port);

    const Result<Instance> instance =
        instanceFromJson(QJsonDocument::fromJson(json.toUtf8()).object());
    QVERIFY(instance.ok());
    const SshEndpoint endpoint = sshEndpointFor(instance.value());
    QCOMPARE(endpoint.isValid(), valid);
    QCOMPARE(endpoint.direct, direct);
    QCOMPARE(endpoint.host, host);
    QCOMPARE(int(endpoint.port), port);
    QCOMPARE(endpoint.user, QStringLiteral("root"));
}

void TestSshEndpoint::parseTarget_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");

    QTest::newRow("full") << "alice@example.org:2200" << true << "alice" << "example.org" << 2200;
    QTest::newRow("default user") << "10.0.0.5:2222" << true << "root" << "10.0.0.5" << 2222;
    QTest::newRow("default port") << "bob@host" << true << "bob" << "host" << 22;
    QTest::newRow("host only") << "host" << true << "root" << "host" << 22;
    QTest::newRow("ipv6") << "root@[::1]:2222" << true << "root" << "::1" << 2222;
    QTest::newRow("ipv6 default port") << "[2001:db8::7]" << true << "root" << "2001:db8::7" << 22;
    QTest::newRow("spaces trimmed") << "  root@h:1  " << true << "root" << "h" << 1;
    QTest::newRow("empty") << "" << false << "" << "" << 0;
    QTest::newRow("empty user") << "@host:22" << false << "" << "" << 0;
    QTest::newRow("empty host") << "root@:22" << false << "" << "" << 0;
    QTest::newRow("empty port") << "root@host:" << false << "" << "" << 0;
    QTest::newRow("port zero") << "root@host:0" << false << "" << "" << 0;
    QTest::newRow("port too large") << "root@host:65536" << false << "" << "" << 0;
    QTest::newRow("port text") << "root@host:ssh" << false << "" << "" << 0;
    QTest::newRow("bare ipv6") << "root@::1:22" << false << "" << "" << 0;
    QTest::newRow("unclosed bracket") << "root@[::1:22" << false << "" << "" << 0;
    QTest::newRow("bracketed non-ipv6") << "root@[host]:22" << false << "" << "" << 0;
    QTest::newRow("junk after bracket") << "root@[::1]x22" << false << "" << "" << 0;
    QTest::newRow("space in host") << "root@my host:22" << false << "" << "" << 0;
    QTest::newRow("option-like host") << "-oProxyCommand=x" << false << "" << "" << 0;
}

void TestSshEndpoint::parseTarget()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, user);
    QFETCH(QString, host);
    QFETCH(int, port);

    const Result<SshEndpoint> parsed = parseSshTarget(text);
    QCOMPARE(parsed.ok(), ok);
    if (!ok) {
        QCOMPARE(parsed.error().kind, ErrorKind::Usage);
        QVERIFY(parsed.error().message.contains(QLatin1String("USER@HOST:PORT")));
        return;
    }
    QCOMPARE(parsed->user, user);
    QCOMPARE(parsed->host, host);
    QCOMPARE(int(parsed->port), port);
    QVERIFY(parsed->isValid());
}

void TestSshEndpoint::toStringBracketsIpv6()
{
    SshEndpoint endpoint;
    endpoint.host = QStringLiteral("::1");
    endpoint.port = 2222;
    QCOMPARE(endpoint.toString(), QStringLiteral("root@[::1]:2222"));
    endpoint.host = QStringLiteral("ssh7.vast.ai");
    endpoint.port = 34519;
    QCOMPARE(endpoint.toString(), QStringLiteral("root@ssh7.vast.ai:34519"));
    const Result<SshEndpoint> parsed = parseSshTarget(QStringLiteral("root@[::1]:2222"));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->toString(), QStringLiteral("root@[::1]:2222"));
}

QTEST_GUILESS_MAIN(TestSshEndpoint)
#include "tst_sshendpoint.moc"
