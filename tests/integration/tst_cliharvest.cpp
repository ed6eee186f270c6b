// vastharvest-cli end to end: harvest over a real sshd, status, verify,
// confirm and destroy against the fake Vast.ai server. The CLI runs as a
// child process, so the fake server runs on a thread of its own.
#include "fakevastserver.h"
#include "harvest/journalstore.h"
#include "sshserver.h"
#include "testutil.h"
#include "verify/samplemodels.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace vh;
using test::ProcessResult;
using test::runCli;

namespace {

constexpr qint64 instanceId = 7001;

QJsonObject jsonObject(const QByteArray &output)
{
    return QJsonDocument::fromJson(output).object();
}

QString describe(const ProcessResult &result)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(result.exitCode)
        .arg(QString::fromUtf8(result.standardOutput), QString::fromUtf8(result.standardError));
}

// Moves a file's modification time, as an editor or a sync tool might.
void touch(const QString &path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite | QIODevice::Append));
    QVERIFY(file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(60), QFileDevice::FileModificationTime));
}

} // namespace

class TestCliHarvest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void harvestOverSsh();
    void unknownHostKeyExitsFive();
    void hashedChangedKeyExitsFive();
    void usageErrors_data();
    void usageErrors();
    void minimumSizeFails();
    void verifyAfterEdit();
    void checkCommandOnHarvest();
    void destroyOnlyThroughGate();
    void apiFaultsSendNoDelete();
    void skippedMatchKeepsGateClosed();

private:
    QStringList sshArguments(const QString &stateDir) const;
    QString remote(const QString &relative) const { return m_ssh.remoteRoot() + QLatin1Char('/') + relative; }

    test::SshServer m_ssh;
    std::unique_ptr<test::FakeVastServer> m_api;
    QTemporaryDir m_work;
    QString m_keyFile;
};

void TestCliHarvest::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("VASTHARVEST_CLI"), "run this test through ctest");
    QVERIFY2(m_ssh.start(), qPrintable(m_ssh.errorString()));
    m_api = std::make_unique<test::FakeVastServer>();
    QVERIFY(m_api->startOnOwnThread());
    m_keyFile = m_work.filePath(QStringLiteral("api_key"));
    QVERIFY(test::writeFile(m_keyFile, m_api->apiKey().toUtf8()));

    // A finished training run: a GGUF and a safetensors file.
    QVERIFY(test::writeFile(remote("run/out/model.gguf"), makeGguf(sampleGgufSpec(3))));
    QVERIFY(test::writeFile(remote("run/out/model.safetensors"), makeSafetensors(sampleSafetensorsSpec())));
    QVERIFY(test::writeFile(remote("run/out/notes.txt"), "not selected"));
}

QStringList TestCliHarvest::sshArguments(const QString &stateDir) const
{
    return {QStringLiteral("--state-dir"), stateDir, QStringLiteral("--identity"), m_ssh.clientKeyPath()};
}

void TestCliHarvest::harvestOverSsh()
{
    QTemporaryDir state;
    QTemporaryDir destination;
    const QString target = QStringLiteral("%1@%2:%3").arg(m_ssh.user(), m_ssh.host()).arg(m_ssh.port());
    const ProcessResult harvest = runCli(sshArguments(state.path())
                                         + QStringList{"--json", "harvest", "--ssh", target, "--remote",
                                                       remote("run/**/*.gguf"), "--remote",
                                                       remote("run/out/*.safetensors"), "--dest",
                                                       destination.path(), "--accept-new-host-key"});
    QVERIFY2(harvest.exitCode == 0, qPrintable(describe(harvest)));
    const QJsonObject result = jsonObject(harvest.standardOutput);
    QCOMPARE(result.value("target").toString(), QStringLiteral("ssh:") + target);
    QCOMPARE(result.value("gate_open").toBool(), false);
    QVERIFY(result.value("gate_reason").toString().contains(QStringLiteral("plain SSH host")));
    const QJsonArray files = result.value("files").toArray();
    QCOMPARE(files.size(), 2);
    for (const QJsonValue &value : files) {
        const QJsonObject file = value.toObject();
        QCOMPARE(file.value("verdict").toString(), QStringLiteral("verified"));
        QCOMPARE(file.value("local_sha256").toString(), file.value("remote_sha256").toString());
        QCOMPARE(file.value("local_size").toInteger(), file.value("remote_size").toInteger());
        QVERIFY(QFile::exists(file.value("local_path").toString()));
        QVERIFY(file.value("reason").isNull());
    }
    QVERIFY(QFile::exists(destination.filePath("out/model.gguf")));
    QVERIFY(QFile::exists(destination.filePath("model.safetensors")));
    QCOMPARE(files.at(0).toObject().value("format").toString(), QStringLiteral("gguf"));

    const ProcessResult status = runCli(sshArguments(state.path()) + QStringList{"--json", "status", "--ssh", target});
    QCOMPARE(status.exitCode, 0);
    QCOMPARE(jsonObject(status.standardOutput).value("files").toArray(), files);

    // A second run finds complete files and verifies them as they are.
    const ProcessResult again = runCli(sshArguments(state.path())
                                       + QStringList{"harvest", "--ssh", target, "--remote", remote("run/**/*.gguf"),
                                                     "--dest", destination.path()});
    QVERIFY2(again.exitCode == 0, qPrintable(describe(again)));
    QVERIFY(again.standardError.contains("already exists"));
}

void TestCliHarvest::unknownHostKeyExitsFive()
{
    QTemporaryDir state;
    QTemporaryDir destination;
    const QString target = QStringLiteral("%1@%2:%3").arg(m_ssh.user(), m_ssh.host()).arg(m_ssh.port());
    const ProcessResult result = runCli(sshArguments(state.path())
                                        + QStringList{"harvest", "--ssh", target, "--remote",
                                                      remote("run/**/*.gguf"), "--dest", destination.path()});
    QCOMPARE(result.exitCode, 5);
    QVERIFY(result.standardError.contains("SHA256:"));
    QVERIFY(QDir(destination.path()).isEmpty());
}

void TestCliHarvest::hashedChangedKeyExitsFive()
{
    // A user's own known_hosts as OpenSSH keeps it with HashKnownHosts: the
    // target's name is hashed and its key is not the one the server offers.
    QTemporaryDir state;
    QTemporaryDir destination;
    // Any other ed25519 key serves as the one remembered for the server.
    const QString otherKey = m_ssh.createClientKey(QStringLiteral("other_host_key"), QStringLiteral("ed25519"),
                                                   {}, false);
    QVERIFY2(!otherKey.isEmpty(), qPrintable(m_ssh.errorString()));
    const QByteArray otherPublicKey =
        test::readFile(otherKey + QStringLiteral(".pub")).simplified().split(' ').mid(0, 2).join(' ');
    const QString knownHosts = state.filePath(QStringLiteral("openssh_known_hosts"));
    const QByteArray name = QStringLiteral("[%1]:%2").arg(m_ssh.host()).arg(m_ssh.port()).toUtf8();
    QVERIFY(test::writeFile(knownHosts, "# managed by hand\n" + name + ' ' + otherPublicKey + '\n'));
    QString error;
    QVERIFY2(test::hashKnownHosts(knownHosts, &error), qPrintable(error));
    const QByteArray before = test::readFile(knownHosts);
    QVERIFY(!before.contains(name));

    const QString target = QStringLiteral("%1@%2:%3").arg(m_ssh.user(), m_ssh.host()).arg(m_ssh.port());
    const ProcessResult result = runCli(sshArguments(state.path())
                                        + QStringList{"--known-hosts", knownHosts, "harvest", "--ssh", target,
                                                      "--remote", remote("run/**/*.gguf"), "--dest",
                                                      destination.path(), "--accept-new-host-key"});
    QVERIFY2(result.exitCode == 5, qPrintable(describe(result)));
    QVERIFY2(result.standardError.contains("has changed"), qPrintable(describe(result)));
    QCOMPARE(test::readFile(knownHosts), before);
    QVERIFY(QDir(destination.path()).isEmpty());
}

void TestCliHarvest::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    QTest::newRow("no dest") << QStringList{"harvest", "--ssh", "root@127.0.0.1:22", "--remote", "/x/*"} << "--dest";
    QTest::newRow("no remote") << QStringList{"harvest", "--ssh", "root@127.0.0.1:22", "--dest", "/tmp/x"} << "--remote";
    QTest::newRow("bad size") << QStringList{"harvest", "--ssh", "root@127.0.0.1:22", "--remote", "/x/*", "--dest",
                                             "/tmp/x", "--min-size", "*.gguf=lots"}
                              << "GLOB=SIZE";
    QTest::newRow("bad parallel") << QStringList{"harvest", "--ssh", "root@127.0.0.1:22", "--remote", "/x/*",
                                                 "--dest", "/tmp/x", "--parallel", "0"}
                                  << "--parallel";
    // Port 1 has no server: a pattern error must come before any connection.
    QTest::newRow("parent in pattern") << QStringList{"harvest", "--ssh", "root@127.0.0.1:1", "--remote", "/a/../b",
                                                      "--dest", "/tmp/x"}
                                       << "contains '..'";
    QTest::newRow("glued globstar") << QStringList{"harvest", "--ssh", "root@127.0.0.1:1", "--remote", "/a/**x/b",
                                                   "--dest", "/tmp/x"}
                                    << "must stand alone";
    QTest::newRow("root pattern") << QStringList{"harvest", "--ssh", "root@127.0.0.1:1", "--remote", "/", "--dest",
                                                 "/tmp/x"}
                                  << "names no file";
    QTest::newRow("bad target") << QStringList{"status", "abc"} << "not an instance id";
    QTest::newRow("unknown option") << QStringList{"status", "1", "--frobnicate"} << "frobnicate";
    QTest::newRow("wrong command option") << QStringList{"status", "1", "--dest", "/tmp"} << "does not apply";
    QTest::newRow("unknown command") << QStringList{"harvst"} << "unknown command";
}

void TestCliHarvest::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QTemporaryDir state;
    const ProcessResult result = runCli(QStringList{"--state-dir", state.path()} + arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.standardError.contains(message.toUtf8()), qPrintable(describe(result)));
}

void TestCliHarvest::minimumSizeFails()
{
    QTemporaryDir state;
    QTemporaryDir destination;
    const QString target = QStringLiteral("%1@%2:%3").arg(m_ssh.user(), m_ssh.host()).arg(m_ssh.port());
    const ProcessResult result = runCli(sshArguments(state.path())
                                        + QStringList{"--json", "harvest", "--ssh", target, "--remote",
                                                      remote("run/out/model.gguf"), "--dest", destination.path(),
                                                      "--accept-new-host-key", "--min-size", "*.gguf=5G"});
    QCOMPARE(result.exitCode, 1);
    const QJsonObject file = jsonObject(result.standardOutput).value("files").toArray().at(0).toObject();
    QCOMPARE(file.value("verdict").toString(), QStringLiteral("failed"));
    QVERIFY2(file.value("reason").toString().contains(QStringLiteral("minimum")), qPrintable(describe(result)));
}

void TestCliHarvest::verifyAfterEdit()
{
    QTemporaryDir state;
    QTemporaryDir destination;
    const QString target = QStringLiteral("%1@%2:%3").arg(m_ssh.user(), m_ssh.host()).arg(m_ssh.port());
    const ProcessResult harvest = runCli(sshArguments(state.path())
                                         + QStringList{"harvest", "--ssh", target, "--remote",
                                                       remote("run/out/model.safetensors"), "--dest",
                                                       destination.path(), "--accept-new-host-key"});
    QVERIFY2(harvest.exitCode == 0, qPrintable(describe(harvest)));

    const QString local = destination.filePath("model.safetensors");
    const ProcessResult clean = runCli(sshArguments(state.path()) + QStringList{"verify", "--ssh", target});
    QVERIFY2(clean.exitCode == 0, qPrintable(describe(clean)));

    // One flipped byte in the tensor data: only the SHA-256 can see it.
    QFile file(local);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(file.size() - 1));
    const char last = file.read(1).at(0);
    QVERIFY(file.seek(file.size() - 1));
    file.write(QByteArray(1, char(last ^ 0x01)));
    file.close();

    const ProcessResult broken = runCli(sshArguments(state.path()) + QStringList{"--json", "verify", "--ssh", target});
    QCOMPARE(broken.exitCode, 1);
    const QJsonObject record = jsonObject(broken.standardOutput).value("files").toArray().at(0).toObject();
    QCOMPARE(record.value("verdict").toString(), QStringLiteral("failed"));
    QVERIFY(record.value("reason").toString().contains(QStringLiteral("SHA-256 differs")));
}

void TestCliHarvest::checkCommandOnHarvest()
{
    QTemporaryDir folder;
    const QString good = folder.filePath("good.gguf");
    const QString cut = folder.filePath("cut.gguf");
    const QByteArray model = makeGguf(sampleGgufSpec(2));
    QVERIFY(test::writeFile(good, model));
    QVERIFY(test::writeFile(cut, model.left(model.size() / 2)));
    const ProcessResult result = runCli({"--json", "check", good, cut});
    QCOMPARE(result.exitCode, 1);
    const QJsonArray verdicts = QJsonDocument::fromJson(result.standardOutput).array();
    QCOMPARE(verdicts.size(), 2);
    QCOMPARE(verdicts.at(0).toObject().value("valid").toBool(), true);
    QCOMPARE(verdicts.at(1).toObject().value("valid").toBool(), false);
}

void TestCliHarvest::destroyOnlyThroughGate()
{
    QJsonObject row = test::FakeVastServer::sampleInstance(instanceId);
    row.insert("label", "llama-ft-run3");
    m_api->addInstance(row);
    m_api->setSshEndpoint(instanceId, m_ssh.host(), m_ssh.port());
    m_api->clearRequests();

    QTemporaryDir state;
    QTemporaryDir destination;
    const QString id = QString::number(instanceId);
    const QStringList common = sshArguments(state.path())
                               + QStringList{"--api-url", m_api->baseUrl().toString(), "--api-key-file", m_keyFile};

    const ProcessResult harvest = runCli(common + QStringList{"harvest", id, "--remote", remote("run/out/model.*"),
                                                              "--dest", destination.path(), "--accept-new-host-key"});
    QVERIFY2(harvest.exitCode == 0, qPrintable(describe(harvest)));
    QCOMPARE(m_api->requestCount("DELETE"), 0);

    // A second state folder harvests and confirms the same instance; it has
    // its own journal and lock, and destroys only after the first one did.
    QTemporaryDir otherState;
    QTemporaryDir otherDestination;
    const QStringList other = sshArguments(otherState.path())
                              + QStringList{"--api-url", m_api->baseUrl().toString(), "--api-key-file", m_keyFile};
    const ProcessResult otherHarvest = runCli(other + QStringList{"harvest", id, "--remote", remote("run/out/model.*"),
                                                                  "--dest", otherDestination.path(),
                                                                  "--accept-new-host-key"});
    QVERIFY2(otherHarvest.exitCode == 0, qPrintable(describe(otherHarvest)));
    const ProcessResult otherConfirm = runCli(other + QStringList{"confirm", id, "--confirm", id});
    QVERIFY2(otherConfirm.exitCode == 0, qPrintable(describe(otherConfirm)));

    // The host key is remembered for the instance, not only its address.
    QFile knownHosts(QDir(state.path()).filePath("known_hosts"));
    QVERIFY(knownHosts.open(QIODevice::ReadOnly));
    QVERIFY(knownHosts.readAll().startsWith("vast:" + id.toUtf8() + ' '));

    ProcessResult destroy = runCli(common + QStringList{"destroy", id});
    QCOMPARE(destroy.exitCode, 3);
    QVERIFY2(destroy.standardError.contains("confirm"), qPrintable(describe(destroy)));
    QCOMPARE(m_api->requestCount("DELETE"), 0);

    destroy = runCli(common + QStringList{"destroy", id, "--confirm", "7002"});
    QCOMPARE(destroy.exitCode, 3);
    QVERIFY2(destroy.standardError.contains("does not repeat"), qPrintable(describe(destroy)));
    QCOMPARE(m_api->requestCount("DELETE"), 0);

    const ProcessResult confirm = runCli(common + QStringList{"confirm", id, "--confirm", id});
    QVERIFY2(confirm.exitCode == 0, qPrintable(describe(confirm)));

    // Touched after confirmation: the gate closes again.
    touch(destination.filePath("model.gguf"));
    destroy = runCli(common + QStringList{"destroy", id, "--confirm", id});
    QCOMPARE(destroy.exitCode, 3);
    QVERIFY2(destroy.standardError.contains("changed since it was verified"), qPrintable(describe(destroy)));
    QCOMPARE(m_api->requestCount("DELETE"), 0);

    const ProcessResult verify = runCli(common + QStringList{"verify", id});
    QVERIFY2(verify.exitCode == 0, qPrintable(describe(verify)));
    ProcessResult status = runCli(common + QStringList{"--json", "status", id});
    QCOMPARE(jsonObject(status.standardOutput).value("gate_condition").toString(), QStringLiteral("confirmation_stale"));

    const ProcessResult reconfirm = runCli(common + QStringList{"confirm", id, "--confirm", id});
    QVERIFY2(reconfirm.exitCode == 0, qPrintable(describe(reconfirm)));

    // One byte changed in place with size and time put back: only reading
    // the bytes back shows it, and the destroy request does.
    const QString model = destination.filePath("model.gguf");
    const QDateTime modified = QFileInfo(model).lastModified();
    QByteArray original;
    {
        QFile file(model);
        QVERIFY(file.open(QIODevice::ReadWrite));
        original = file.readAll();
        QVERIFY(file.seek(original.size() / 2));
        QVERIFY(file.write(QByteArray(1, char(original.at(original.size() / 2) ^ 0x20))) == 1);
        file.close();
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(modified, QFileDevice::FileModificationTime));
    }
    QCOMPARE(QFileInfo(model).lastModified(), modified);
    status = runCli(common + QStringList{"--json", "status", id});
    QCOMPARE(jsonObject(status.standardOutput).value("gate_condition").toString(), QStringLiteral("open"));
    destroy = runCli(common + QStringList{"destroy", id, "--confirm", id});
    QCOMPARE(destroy.exitCode, 3);
    QVERIFY2(destroy.standardError.contains("bytes of the local copy"), qPrintable(describe(destroy)));
    QCOMPARE(m_api->requestCount("DELETE"), 0);
    QVERIFY(test::writeFile(model, original));
    {
        QFile file(model);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(modified, QFileDevice::FileModificationTime));
    }

    // While another process destroys the same instance, a second destroy
    // is refused before it reads anything, so only one request goes out.
    {
        QLockFile running(JournalStore(state.path()).pathFor("vast:" + id) + ".destroy.lock");
        QVERIFY(running.tryLock(0));
        destroy = runCli(common + QStringList{"destroy", id, "--confirm", id});
        QCOMPARE(destroy.exitCode, 3);
        QVERIFY2(destroy.standardError.contains("Another destroy"), qPrintable(describe(destroy)));
        QCOMPARE(m_api->requestCount("DELETE"), 0);
    }

    destroy = runCli(common + QStringList{"destroy", id, "--confirm", id});
    QVERIFY2(destroy.exitCode == 0, qPrintable(describe(destroy)));
    QCOMPARE(m_api->requestCount("DELETE"), 1);
    QVERIFY(!m_api->hasInstance(instanceId));

    status = runCli(common + QStringList{"--json", "status", id});
    QCOMPARE(jsonObject(status.standardOutput).value("destroy").toString(), QStringLiteral("destroyed"));

    // A second destroy is refused by the gate; no request goes out.
    destroy = runCli(common + QStringList{"destroy", id, "--confirm", id});
    QCOMPARE(destroy.exitCode, 3);
    QCOMPARE(m_api->requestCount("DELETE"), 1);

    // The other state folder's gate is open, but the instance is read
    // before the request and found gone, so no second DELETE goes out.
    destroy = runCli(other + QStringList{"destroy", id, "--confirm", id});
    QVERIFY2(destroy.exitCode == 0, qPrintable(describe(destroy)));
    QVERIFY2(destroy.standardError.contains("already gone"), qPrintable(describe(destroy)));
    QCOMPARE(m_api->requestCount("DELETE"), 1);

    QFile audit(QDir(state.path()).filePath("audit.jsonl"));
    QVERIFY(audit.open(QIODevice::ReadOnly));
    const QByteArray log = audit.readAll();
    QVERIFY(log.contains("\"event\":\"destroy_request\""));
    QVERIFY(log.contains("\"event\":\"destroy_result\""));
    QVERIFY(log.contains("\"outcome\":\"destroyed\""));
    QVERIFY(!log.contains(m_api->apiKey().toUtf8()));
}

void TestCliHarvest::apiFaultsSendNoDelete()
{
    constexpr qint64 faultyId = 7100;
    m_api->addInstance(test::FakeVastServer::sampleInstance(faultyId));
    m_api->setSshEndpoint(faultyId, m_ssh.host(), m_ssh.port());
    m_api->clearRequests();
    m_api->clearScripts();

    QTemporaryDir state;
    QTemporaryDir destination;
    const QString id = QString::number(faultyId);
    const QStringList common = sshArguments(state.path())
                               + QStringList{"--api-url", m_api->baseUrl().toString(), "--api-key-file", m_keyFile};
    const ProcessResult harvest = runCli(common + QStringList{"harvest", id, "--remote", remote("run/out/model.gguf"),
                                                              "--dest", destination.path(), "--accept-new-host-key"});
    QVERIFY2(harvest.exitCode == 0, qPrintable(describe(harvest)));

    // Refreshes that fail in every way the API fails: each ends with exit 4
    // and a message, and none of them leads to a DELETE.
    const QList<test::FakeReply> listFaults = {
        test::FakeReply::json(401, QJsonObject{{"success", false}, {"error", "auth_error"}, {"msg", "Invalid user key"}}),
        test::FakeReply::json(404, QJsonObject{{"success", false}, {"error", "auth_error"}}),
        test::FakeReply::json(410, QJsonObject{{"success", false}, {"error", "deprecated_endpoint"}}),
        test::FakeReply::respond(500, "internal error", "text/plain"),
        test::FakeReply::respond(200, "{\"instances\": [", "application/json"),
    };
    for (const test::FakeReply &fault : listFaults) {
        // Enough copies of the fault to outlast the client's retries.
        m_api->scriptReplies(test::FakeEndpoint::List, QList<test::FakeReply>(8, fault));
        const ProcessResult instances = runCli(common + QStringList{"instances"}, 180000);
        QCOMPARE(instances.exitCode, 4);
        QVERIFY(!instances.standardError.isEmpty());
        m_api->clearScripts();
    }

    // With the gate closed, faults on the destroy path never matter: the
    // request is refused before anything is sent.
    m_api->scriptReplies(test::FakeEndpoint::Destroy, {test::FakeReply::respond(500, "boom", "text/plain")});
    ProcessResult destroy = runCli(common + QStringList{"destroy", id});
    QCOMPARE(destroy.exitCode, 3);
    QCOMPARE(m_api->requestCount("DELETE"), 0);
    m_api->clearScripts();

    // Gate open, and the first DELETE's connection drops before an answer:
    // the outcome is unknown, so the instance is read again before any
    // second DELETE goes out.
    m_api->scriptReplies(test::FakeEndpoint::Destroy, {test::FakeReply::drop()});
    destroy = runCli(common + QStringList{"destroy", id, "--confirm", id}, 180000);
    QVERIFY2(destroy.exitCode == 0, qPrintable(describe(destroy)));
    QVERIFY(!m_api->hasInstance(faultyId));
    const QList<test::RecordedRequest> requests = m_api->requests();
    int firstDelete = -1;
    int secondDelete = -1;
    int readBetween = -1;
    for (int i = 0; i < requests.size(); ++i) {
        const test::RecordedRequest &request = requests.at(i);
        if (request.method == "DELETE") {
            if (firstDelete < 0)
                firstDelete = i;
            else if (secondDelete < 0)
                secondDelete = i;
        } else if (request.method == "GET" && firstDelete >= 0 && secondDelete < 0
                   && request.path == QStringLiteral("/api/v0/instances/%1/").arg(faultyId)) {
            readBetween = i;
        }
    }
    QVERIFY(firstDelete >= 0);
    QVERIFY(secondDelete < 0 || (readBetween > firstDelete && readBetween < secondDelete));
    QVERIFY(m_api->requestCount("DELETE") <= 2);
}

void TestCliHarvest::skippedMatchKeepsGateClosed()
{
    constexpr qint64 partialId = 7300;
    m_api->addInstance(test::FakeVastServer::sampleInstance(partialId));
    m_api->setSshEndpoint(partialId, m_ssh.host(), m_ssh.port());
    m_api->clearRequests();
    m_api->clearScripts();

    QTemporaryDir state;
    QTemporaryDir destination;
    const QString id = QString::number(partialId);
    const QStringList common = sshArguments(state.path())
                               + QStringList{"--api-url", m_api->baseUrl().toString(), "--api-key-file", m_keyFile};
    // One pattern works, one has a typo: the files that came are verified,
    // but what the typo meant to select is not on the disk.
    const ProcessResult harvest = runCli(common + QStringList{"--json", "harvest", id, "--remote",
                                                              remote("run/out/model.gguf"), "--remote",
                                                              remote("run/typo/*.safetensors"), "--dest",
                                                              destination.path(), "--accept-new-host-key"});
    QCOMPARE(harvest.exitCode, 1);
    const QJsonObject result = jsonObject(harvest.standardOutput);
    QCOMPARE(result.value("files").toArray().at(0).toObject().value("verdict").toString(), QStringLiteral("verified"));
    QCOMPARE(result.value("gate_condition").toString(), QStringLiteral("selection_incomplete"));

    const ProcessResult confirm = runCli(common + QStringList{"confirm", id, "--confirm", id});
    QCOMPARE(confirm.exitCode, 3);
    const ProcessResult destroy = runCli(common + QStringList{"destroy", id, "--confirm", id});
    QCOMPARE(destroy.exitCode, 3);
    QVERIFY2(destroy.standardError.contains("typo"), qPrintable(describe(destroy)));
    QCOMPARE(m_api->requestCount("DELETE"), 0);

    // A failed harvest with another selection must not leave the old file
    // list standing under the new patterns.
    const ProcessResult failed = runCli(QStringList{"--state-dir", state.path(), "--identity",
                                                    m_ssh.createClientKey("stranger", "ed25519", {}, false),
                                                    "--api-url", m_api->baseUrl().toString(), "--api-key-file",
                                                    m_keyFile, "harvest", id, "--remote", remote("run/out/*.gguf"),
                                                    "--dest", destination.path()});
    QCOMPARE(failed.exitCode, 4);
    const ProcessResult status = runCli(common + QStringList{"--json", "status", id});
    QCOMPARE(jsonObject(status.standardOutput).value("gate_open").toBool(), false);
    QVERIFY(jsonObject(status.standardOutput).value("files").toArray().isEmpty());
    QCOMPARE(m_api->requestCount("DELETE"), 0);
}

QTEST_GUILESS_MAIN(TestCliHarvest)
#include "tst_cliharvest.moc"
