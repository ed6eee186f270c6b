#include "sshserver.h"
#include "testutil.h"
#include "transfer/knownhosts.h"
#include "transfer/sshsession.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <libssh2.h>
#include <QThread>

#include <thread>

using namespace vh;

namespace {

// A host-key prompt that counts how often it is asked and always decides the same.
HostKeyPrompt countingPrompt(int *questions, HostKeyDecision decision)
{
    return [questions, decision](const HostKeyQuestion &) {
        ++*questions;
        return decision;
    };
}

} // namespace

class TestSshSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void unknownHostKeyRejected();
    void unknownHostKeyAcceptedAndRemembered();
    void acceptOnceStoresNothing();
    void changedHostKeyRejected();
    void sameEndpointOtherTargetAsksAgain();
    void hashedEntryKnown();
    void revokedHostKeyRejected();
    void keyTypes_data();
    void keyTypes();
    void encryptedKeyNeedsPassphrase();
    void wrongKeyNamesTheKey();
    void agentAuthentication();
    void executeReturnsOutputAndStatus();
    void connectRefusedIsNetworkError();

private:
    SshConnectOptions acceptingOptions();
    HostKey serverHostKey() const;

    test::SshServer m_server;
    QTemporaryDir m_state;
};

void TestSshSession::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

SshConnectOptions TestSshSession::acceptingOptions()
{
    SshConnectOptions options = m_server.connectOptions(m_state.filePath(QStringLiteral("known_hosts")));
    options.hostKeyPrompt = [](const HostKeyQuestion &) { return HostKeyDecision::AcceptAndRemember; };
    return options;
}

HostKey TestSshSession::serverHostKey() const
{
    const QList<QByteArray> fields = m_server.hostPublicKey().split(' ');
    if (fields.size() != 2)
        return {};
    return HostKey{QString::fromLatin1(fields.at(0)), QByteArray::fromBase64(fields.at(1))};
}

void TestSshSession::unknownHostKeyRejected()
{
    QTemporaryDir state;
    SshConnectOptions options = m_server.connectOptions(state.filePath(QStringLiteral("known_hosts")));
    SshSession session;
    const auto connected = session.connect(options, nullptr);
    QVERIFY(!connected.ok());
    QCOMPARE(connected.error().kind, ErrorKind::HostKeyUnknown);
    QVERIFY(connected.error().message.contains(QStringLiteral("SHA256:")));
    QVERIFY(connected.error().message.contains(QStringLiteral("--accept-new-host-key")));
    QVERIFY(!QFile::exists(state.filePath(QStringLiteral("known_hosts"))));
}

void TestSshSession::unknownHostKeyAcceptedAndRemembered()
{
    QTemporaryDir state;
    SshConnectOptions options = m_server.connectOptions(state.filePath(QStringLiteral("known_hosts")));
    int questions = 0;
    HostKeyQuestion asked;
    options.hostKeyPrompt = [&](const HostKeyQuestion &question) {
        ++questions;
        asked = question;
        return HostKeyDecision::AcceptAndRemember;
    };
    {
        SshSession session;
        const auto connected = session.connect(options, nullptr);
        QVERIFY2(connected.ok(), qPrintable(connected.ok() ? QString() : connected.error().message));
        QCOMPARE(asked.offered.type, QStringLiteral("ssh-ed25519"));
        QCOMPARE(asked.port, m_server.port());
    }
    QCOMPARE(questions, 1);

    // Second connection: the stored key matches, nobody is asked.
    SshSession again;
    QVERIFY(again.connect(options, nullptr).ok());
    QCOMPARE(questions, 1);
}

void TestSshSession::acceptOnceStoresNothing()
{
    QTemporaryDir state;
    SshConnectOptions options = m_server.connectOptions(state.filePath(QStringLiteral("known_hosts")));
    options.hostKeyPrompt = [](const HostKeyQuestion &) { return HostKeyDecision::AcceptOnce; };
    SshSession session;
    QVERIFY(session.connect(options, nullptr).ok());
    KnownHosts hosts(options.knownHostsPath);
    QVERIFY(hosts.load().ok());
    QCOMPARE(hosts.check(KnownHosts::targetKeyForHost(m_server.host(), m_server.port()), session.hostKey()),
             KnownHosts::Match::NotFound);
}

void TestSshSession::changedHostKeyRejected()
{
    test::SshServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QTemporaryDir state;
    SshConnectOptions options = server.connectOptions(state.filePath(QStringLiteral("known_hosts")));
    options.hostKeyPrompt = [](const HostKeyQuestion &) { return HostKeyDecision::AcceptAndRemember; };
    QString oldFingerprint;
    {
        SshSession session;
        QVERIFY(session.connect(options, nullptr).ok());
        oldFingerprint = session.hostKey().sha256Fingerprint();
    }

    QVERIFY2(server.replaceHostKey(), qPrintable(server.errorString()));
    int questions = 0;
    options.hostKeyPrompt = [&](const HostKeyQuestion &) {
        ++questions;
        return HostKeyDecision::AcceptAndRemember;
    };
    SshSession session;
    const auto connected = session.connect(options, nullptr);
    QVERIFY(!connected.ok());
    QCOMPARE(connected.error().kind, ErrorKind::HostKeyChanged);
    QVERIFY(connected.error().message.contains(oldFingerprint));
    QCOMPARE(questions, 0); // a changed key is never put to the user as a new one
}

void TestSshSession::sameEndpointOtherTargetAsksAgain()
{
    QTemporaryDir state;
    SshConnectOptions options = m_server.connectOptions(state.filePath(QStringLiteral("known_hosts")));
    int questions = 0;
    options.hostKeyPrompt = [&](const HostKeyQuestion &) {
        ++questions;
        return HostKeyDecision::AcceptAndRemember;
    };
    options.targetKey = QStringLiteral("vast:1001");
    {
        SshSession session;
        QVERIFY(session.connect(options, nullptr).ok());
    }
    options.targetKey = QStringLiteral("vast:1002");
    SshSession session;
    QVERIFY(session.connect(options, nullptr).ok());
    QCOMPARE(questions, 2);
}

void TestSshSession::hashedEntryKnown()
{
    QTemporaryDir state;
    const QString path = state.filePath(QStringLiteral("known_hosts"));
    const QString target = KnownHosts::targetKeyForHost(m_server.host(), m_server.port());
    QVERIFY(test::writeFile(path, target.toUtf8() + ' ' + m_server.hostPublicKey() + '\n'));
    QString error;
    QVERIFY2(test::hashKnownHosts(path, &error), qPrintable(error));
    QVERIFY(!test::readFile(path).contains(target.toUtf8()));

    SshConnectOptions options = m_server.connectOptions(path);
    int questions = 0;
    options.hostKeyPrompt = countingPrompt(&questions, HostKeyDecision::Reject);
    SshSession session;
    const auto connected = session.connect(options, nullptr);
    QVERIFY2(connected.ok(), qPrintable(connected.ok() ? QString() : connected.error().message));
    QCOMPARE(questions, 0);
}

void TestSshSession::revokedHostKeyRejected()
{
    QTemporaryDir state;
    const QString path = state.filePath(QStringLiteral("known_hosts"));
    const QByteArray content = "# revoked after a leak\n@revoked * " + m_server.hostPublicKey() + '\n';
    QVERIFY(test::writeFile(path, content));
    SshConnectOptions options = m_server.connectOptions(path);
    int questions = 0;
    options.hostKeyPrompt = countingPrompt(&questions, HostKeyDecision::AcceptAndRemember);

    SshSession session;
    const auto connected = session.connect(options, nullptr);
    QVERIFY(!connected.ok());
    QCOMPARE(connected.error().kind, ErrorKind::HostKeyRevoked);
    const QString message = connected.error().message;
    QVERIFY2(message.contains(KnownHosts::targetKeyForHost(m_server.host(), m_server.port())),
             qPrintable(message));
    QVERIFY2(message.contains(serverHostKey().sha256Fingerprint()), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("revoked")), qPrintable(message));
    // A revoked key is never put to the user, so it cannot be stored as new.
    QCOMPARE(questions, 0);
    QCOMPARE(test::readFile(path), content);
}

void TestSshSession::keyTypes_data()
{
    QTest::addColumn<QString>("type");
    QTest::newRow("ed25519") << "ed25519";
    QTest::newRow("ecdsa") << "ecdsa";
    QTest::newRow("rsa") << "rsa";
}

void TestSshSession::keyTypes()
{
    QFETCH(QString, type);
    const QString key = m_server.createClientKey(QStringLiteral("client_") + type, type);
    QVERIFY(!key.isEmpty());
    SshConnectOptions options = acceptingOptions();
    options.identityFiles = {key};
    SshSession session;
    const auto connected = session.connect(options, nullptr);
    if (type == QLatin1String("rsa") && !libssh2_version(0x010b00)) {
        // libssh2 1.10 signs RSA logins with SHA-1, which this OpenSSH refuses:
        // the message has to say so instead of a bare "rejected".
        QVERIFY(!connected.ok());
        QVERIFY2(connected.error().message.contains(QStringLiteral("libssh2 1.11")),
                 qPrintable(connected.error().message));
        return;
    }
    QVERIFY2(connected.ok(), qPrintable(connected.ok() ? QString() : connected.error().message));
}

void TestSshSession::encryptedKeyNeedsPassphrase()
{
    const QString key = m_server.createClientKey(QStringLiteral("client_locked"), QStringLiteral("ed25519"),
                                                 QStringLiteral("correct horse"));
    QVERIFY(!key.isEmpty());
    SshConnectOptions options = acceptingOptions();
    options.identityFiles = {key};

    SshSession withoutPassphrase;
    auto connected = withoutPassphrase.connect(options, nullptr);
    QVERIFY(!connected.ok());
    QCOMPARE(connected.error().kind, ErrorKind::Authentication);
    QVERIFY(connected.error().message.contains(key));
    QVERIFY(connected.error().message.contains(QStringLiteral("encrypted")));

    // A prompt that can only repeat the wrong passphrase is asked twice:
    // the second answer is the same, so the key is given up.
    QList<PassphraseQuestion> questions;
    options.passphraseForKey = [&questions](const PassphraseQuestion &question) {
        questions.append(question);
        return QStringLiteral("wrong");
    };
    SshSession wrongPassphrase;
    connected = wrongPassphrase.connect(options, nullptr);
    QVERIFY(!connected.ok());
    QVERIFY(connected.error().message.contains(QStringLiteral("passphrase")));
    QCOMPARE(questions.size(), 2);
    QCOMPARE(questions.at(0).keyPath, key);
    QVERIFY(questions.at(0).rejected.isEmpty());
    QCOMPARE(questions.at(1).rejected, QStringLiteral("wrong"));

    // A person who mistypes once gets another try on the same connection.
    questions.clear();
    options.passphraseForKey = [&questions](const PassphraseQuestion &question) {
        questions.append(question);
        return question.rejected.isEmpty() ? QStringLiteral("wrong") : QStringLiteral("correct horse");
    };
    SshSession secondTry;
    connected = secondTry.connect(options, nullptr);
    QVERIFY2(connected.ok(), qPrintable(connected.ok() ? QString() : connected.error().message));
    QCOMPARE(questions.size(), 2);
    QCOMPARE(questions.at(1).rejected, QStringLiteral("wrong"));
    QCOMPARE(questions.at(1).targetKey, options.targetKey.isEmpty()
                                            ? KnownHosts::targetKeyForHost(options.host, options.port)
                                            : options.targetKey);

    // Three wrong passphrases end the tries, as in OpenSSH.
    questions.clear();
    options.passphraseForKey = [&questions](const PassphraseQuestion &question) {
        questions.append(question);
        return QStringLiteral("wrong %1").arg(questions.size());
    };
    SshSession threeWrong;
    connected = threeWrong.connect(options, nullptr);
    QVERIFY(!connected.ok());
    QCOMPARE(connected.error().kind, ErrorKind::Authentication);
    QCOMPARE(questions.size(), 3);

    options.passphraseForKey = [](const PassphraseQuestion &) { return QStringLiteral("correct horse"); };
    SshSession rightPassphrase;
    connected = rightPassphrase.connect(options, nullptr);
    QVERIFY2(connected.ok(), qPrintable(connected.ok() ? QString() : connected.error().message));
}

void TestSshSession::wrongKeyNamesTheKey()
{
    const QString key = m_server.createClientKey(QStringLiteral("client_stranger"), QStringLiteral("ed25519"),
                                                 {}, false);
    SshConnectOptions options = acceptingOptions();
    options.identityFiles = {key};
    SshSession session;
    const auto connected = session.connect(options, nullptr);
    QVERIFY(!connected.ok());
    QCOMPARE(connected.error().kind, ErrorKind::Authentication);
    QVERIFY(connected.error().message.contains(key));
    QVERIFY(connected.error().message.contains(QStringLiteral("rejected by the server")));
}

void TestSshSession::agentAuthentication()
{
    // An empty home folder: no ~/.ssh/id_* can stand in for the agent.
    QTemporaryDir home;
    const QByteArray oldHome = qgetenv("HOME");
    const QByteArray oldSocket = qgetenv("SSH_AUTH_SOCK");
    qputenv("HOME", home.path().toUtf8());
    auto restore = qScopeGuard([&] {
        qputenv("HOME", oldHome);
        if (oldSocket.isEmpty())
            qunsetenv("SSH_AUTH_SOCK");
        else
            qputenv("SSH_AUTH_SOCK", oldSocket);
    });
    SshConnectOptions options = acceptingOptions();
    options.identityFiles.clear();
    options.useAgent = true;

    qunsetenv("SSH_AUTH_SOCK");
    {
        SshSession session;
        const auto connected = session.connect(options, nullptr);
        QVERIFY(!connected.ok());
        QVERIFY2(connected.error().message.contains(QStringLiteral("SSH agent")), qPrintable(connected.error().message));
    }

    const QString socket = home.filePath(QStringLiteral("agent.sock"));
    QProcess agent;
    agent.start(QStringLiteral("ssh-agent"), {QStringLiteral("-D"), QStringLiteral("-a"), socket});
    QVERIFY(agent.waitForStarted());
    auto stopAgent = qScopeGuard([&] {
        agent.kill();
        agent.waitForFinished();
    });
    QTRY_VERIFY(QFile::exists(socket));
    QProcess add;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SSH_AUTH_SOCK"), socket);
    add.setProcessEnvironment(environment);
    add.start(QStringLiteral("ssh-add"), {m_server.clientKeyPath()});
    QVERIFY(add.waitForFinished());
    QCOMPARE(add.exitCode(), 0);

    qputenv("SSH_AUTH_SOCK", socket.toUtf8());
    SshSession session;
    const auto connected = session.connect(options, nullptr);
    QVERIFY2(connected.ok(), qPrintable(connected.ok() ? QString() : connected.error().message));
}

void TestSshSession::executeReturnsOutputAndStatus()
{
    SshSession session;
    QVERIFY(session.connect(acceptingOptions(), nullptr).ok());
    const auto result = session.execute("printf 'out'; printf 'err' >&2; exit 3", 10000, nullptr);
    QVERIFY(result.ok());
    QCOMPARE(result->standardOutput, QByteArray("out"));
    QCOMPARE(result->standardError, QByteArray("err"));
    QCOMPARE(result->exitStatus, 3);

    std::atomic_bool cancelled{false};
    QElapsedTimer clock;
    clock.start();
    std::thread canceller([&] {
        QThread::msleep(300);
        cancelled = true;
    });
    const auto slow = session.execute("sleep 20", 60000, &cancelled);
    canceller.join();
    QVERIFY(!slow.ok());
    QCOMPARE(slow.error().kind, ErrorKind::Cancelled);
    QVERIFY(clock.elapsed() < 10000);
}

void TestSshSession::connectRefusedIsNetworkError()
{
    SshConnectOptions options = acceptingOptions();
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    options.port = closed.serverPort();
    closed.close();
    SshSession session;
    const auto connected = session.connect(options, nullptr);
    QVERIFY(!connected.ok());
    QCOMPARE(connected.error().kind, ErrorKind::Network);
    QVERIFY(connected.error().message.contains(QString::number(options.port)));
}

QTEST_GUILESS_MAIN(TestSshSession)
#include "tst_sshsession.moc"
