#include "transfer/knownhosts.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace vh;

namespace {

HostKey makeKey(const QByteArray &type, char fill)
{
    QByteArray blob;
    blob.append(char(0)).append(char(0)).append(char(0)).append(char(type.size()));
    blob.append(type);
    blob.append(QByteArray(32, fill));
    return HostKey{QString::fromLatin1(type), blob};
}

} // namespace

class TestKnownHosts : public QObject
{
    Q_OBJECT

private slots:
    void missingFileIsEmpty();
    void addThenFind();
    void changedKeyReported();
    void keysArePerTarget();
    void survivesReloadAndOtherWriters();
    void fingerprintFormat();
    void targetKeyForHost();
};

void TestKnownHosts::missingFileIsEmpty()
{
    QTemporaryDir dir;
    KnownHosts hosts(dir.filePath(QStringLiteral("known_hosts")));
    QVERIFY(hosts.load().ok());
    QCOMPARE(hosts.check(QStringLiteral("vast:1"), makeKey("ssh-ed25519", 'a')), KnownHosts::Match::NotFound);
}

void TestKnownHosts::addThenFind()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/known_hosts"));
    KnownHosts hosts(path);
    const HostKey key = makeKey("ssh-ed25519", 'a');
    QVERIFY(hosts.add(QStringLiteral("vast:1"), key, QStringLiteral("root@1.2.3.4:22")).ok());
    QCOMPARE(hosts.check(QStringLiteral("vast:1"), key), KnownHosts::Match::Found);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray line = file.readAll();
    QVERIFY(line.startsWith("vast:1 ssh-ed25519 " + key.blob.toBase64()));
}

void TestKnownHosts::changedKeyReported()
{
    QTemporaryDir dir;
    KnownHosts hosts(dir.filePath(QStringLiteral("known_hosts")));
    const HostKey stored = makeKey("ssh-ed25519", 'a');
    QVERIFY(hosts.add(QStringLiteral("[127.0.0.1]:2222"), stored).ok());

    HostKey reported;
    QCOMPARE(hosts.check(QStringLiteral("[127.0.0.1]:2222"), makeKey("ssh-ed25519", 'b'), &reported),
             KnownHosts::Match::Changed);
    QCOMPARE(reported, stored);
    // Another type than the stored one is a change too, never "unknown".
    QCOMPARE(hosts.check(QStringLiteral("[127.0.0.1]:2222"), makeKey("ssh-rsa", 'a')),
             KnownHosts::Match::Changed);
}

void TestKnownHosts::keysArePerTarget()
{
    QTemporaryDir dir;
    KnownHosts hosts(dir.filePath(QStringLiteral("known_hosts")));
    QVERIFY(hosts.add(QStringLiteral("vast:1"), makeKey("ssh-ed25519", 'a')).ok());
    // The same host:port reused by another instance is a new target.
    QCOMPARE(hosts.check(QStringLiteral("vast:2"), makeKey("ssh-ed25519", 'b')),
             KnownHosts::Match::NotFound);
    QCOMPARE(hosts.storedKeyTypes(QStringLiteral("vast:1")), QStringList{QStringLiteral("ssh-ed25519")});
    QVERIFY(hosts.storedKeyTypes(QStringLiteral("vast:2")).isEmpty());
}

void TestKnownHosts::survivesReloadAndOtherWriters()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("known_hosts"));
    KnownHosts first(path);
    KnownHosts second(path);
    QVERIFY(first.load().ok());
    QVERIFY(second.load().ok());
    QVERIFY(first.add(QStringLiteral("vast:1"), makeKey("ssh-ed25519", 'a')).ok());
    // second was loaded before first wrote; its add must keep vast:1.
    QVERIFY(second.add(QStringLiteral("vast:2"), makeKey("ssh-ed25519", 'b')).ok());

    KnownHosts reloaded(path);
    QVERIFY(reloaded.load().ok());
    QCOMPARE(reloaded.check(QStringLiteral("vast:1"), makeKey("ssh-ed25519", 'a')), KnownHosts::Match::Found);
    QCOMPARE(reloaded.check(QStringLiteral("vast:2"), makeKey("ssh-ed25519", 'b')), KnownHosts::Match::Found);
}

void TestKnownHosts::fingerprintFormat()
{
    const QString fingerprint = makeKey("ssh-ed25519", 'a').sha256Fingerprint();
    QVERIFY(fingerprint.startsWith(QStringLiteral("SHA256:")));
    QCOMPARE(fingerprint.size(), 7 + 43); // 32 bytes in unpadded base64
    QVERIFY(!fingerprint.endsWith(QLatin1Char('=')));
}

void TestKnownHosts::targetKeyForHost()
{
    QCOMPARE(KnownHosts::targetKeyForHost(QStringLiteral("h"), 22), QStringLiteral("h"));
    QCOMPARE(KnownHosts::targetKeyForHost(QStringLiteral("1.2.3.4"), 41022), QStringLiteral("[1.2.3.4]:41022"));
}

QTEST_GUILESS_MAIN(TestKnownHosts)
#include "tst_knownhosts.moc"
