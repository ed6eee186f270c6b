#include "testutil.h"
#include "transfer/knownhosts.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace vh;

Q_DECLARE_METATYPE(vh::KnownHosts::Match)

namespace {

QByteArray sshString(const QByteArray &value)
{
    QByteArray encoded;
    encoded.append(char(0)).append(char(0)).append(char(0)).append(char(value.size()));
    return encoded + value;
}

// A key in SSH wire format that ssh-keygen accepts as an ed25519 key: the
// type name, then 32 bytes of public key.
HostKey makeKey(const QByteArray &type, char fill)
{
    return HostKey{QString::fromLatin1(type), sshString(type) + sshString(QByteArray(32, fill))};
}

QByteArray keyLine(const QByteArray &names, const HostKey &key)
{
    return names + ' ' + key.type.toLatin1() + ' ' + key.blob.toBase64();
}

KnownHosts loaded(const QString &path)
{
    KnownHosts hosts(path);
    if (!hosts.load().ok())
        qWarning("cannot load %s", qPrintable(path));
    return hosts;
}

// "[203.0.113.5]:41022" as ssh-keygen -H hashed it, so the test does not
// rest on the hashing code it checks.
const QByteArray hashedExampleName = "|1|P5S8H7DXMQC/bf5KrlwGe4G5ms4=|E0Ppl36naOCFjO/J3KHNL5K6aTI=";

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
    void hashedNameFromSshKeygen();
    void hashedNamesOfWholeFile();
    void nameMatching_data();
    void nameMatching();
    void revokedKeyRejected();
    void certAuthorityIgnored();
    void addKeepsEveryLine_data();
    void addKeepsEveryLine();
    void addKeepsPermissions();
    void addRejectsPatternNames_data();
    void addRejectsPatternNames();
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

void TestKnownHosts::hashedNameFromSshKeygen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("known_hosts"));
    const HostKey stored = makeKey("ssh-ed25519", 'a');
    QVERIFY(test::writeFile(path, keyLine(hashedExampleName, stored) + '\n'));
    const KnownHosts hosts = loaded(path);
    const QString target = QStringLiteral("[203.0.113.5]:41022");

    QCOMPARE(hosts.check(target, stored), KnownHosts::Match::Found);
    HostKey reported;
    QCOMPARE(hosts.check(target, makeKey("ssh-ed25519", 'b'), &reported), KnownHosts::Match::Changed);
    QCOMPARE(reported, stored);
    QCOMPARE(hosts.storedKeyTypes(target), QStringList{QStringLiteral("ssh-ed25519")});
    // The salt and hash are not a name: neither they nor another port match.
    QCOMPARE(hosts.check(QString::fromLatin1(hashedExampleName), stored), KnownHosts::Match::NotFound);
    QCOMPARE(hosts.check(QStringLiteral("[203.0.113.5]:41023"), stored), KnownHosts::Match::NotFound);
}

void TestKnownHosts::hashedNamesOfWholeFile()
{
    if (QStandardPaths::findExecutable(QStringLiteral("ssh-keygen")).isEmpty())
        QSKIP("ssh-keygen is not installed; hashedNameFromSshKeygen covers hashed names without it");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("known_hosts"));
    const HostKey instanceKey = makeKey("ssh-ed25519", 'a');
    const HostKey plainKey = makeKey("ssh-ed25519", 'b');
    QVERIFY(test::writeFile(path, keyLine("vast:7", instanceKey) + '\n'
                               + keyLine("[127.0.0.1]:47939,[localhost]:47939", plainKey) + '\n'));

    QString error;
    QVERIFY2(test::hashKnownHosts(path, &error), qPrintable(error));
    const QByteArray hashed = test::readFile(path);
    QVERIFY2(!hashed.contains("vast:7") && !hashed.contains("47939"), hashed.constData());

    const KnownHosts hosts = loaded(path);
    QCOMPARE(hosts.check(QStringLiteral("vast:7"), instanceKey), KnownHosts::Match::Found);
    QCOMPARE(hosts.check(QStringLiteral("vast:7"), plainKey), KnownHosts::Match::Changed);
    QCOMPARE(hosts.check(QStringLiteral("vast:8"), plainKey), KnownHosts::Match::NotFound);
    QCOMPARE(hosts.check(QStringLiteral("[localhost]:47939"), plainKey), KnownHosts::Match::Found);
    QCOMPARE(hosts.check(QStringLiteral("[127.0.0.1]:47939"), instanceKey), KnownHosts::Match::Changed);
}

void TestKnownHosts::nameMatching_data()
{
    QTest::addColumn<QByteArray>("names");
    QTest::addColumn<QString>("target");
    QTest::addColumn<KnownHosts::Match>("sameKey");
    QTest::addColumn<KnownHosts::Match>("otherKey");

    const auto found = KnownHosts::Match::Found;
    const auto changed = KnownHosts::Match::Changed;
    const auto notFound = KnownHosts::Match::NotFound;
    QTest::newRow("list, first") << QByteArray("[127.0.0.1]:47939,[localhost]:47939")
                                 << "[127.0.0.1]:47939" << found << changed;
    QTest::newRow("list, second") << QByteArray("[127.0.0.1]:47939,[localhost]:47939")
                                  << "[localhost]:47939" << found << changed;
    QTest::newRow("list, other port") << QByteArray("[127.0.0.1]:47939,[localhost]:47939")
                                      << "[localhost]:47940" << notFound << notFound;
    QTest::newRow("port 22 is the bare host") << QByteArray("gpu.example.com,10.0.0.4")
                                              << "10.0.0.4" << found << changed;
    QTest::newRow("bare host is not another port") << QByteArray("10.0.0.4") << "[10.0.0.4]:2222"
                                                   << notFound << notFound;
    QTest::newRow("names ignore case") << QByteArray("GPU.Example.COM") << "gpu.example.com"
                                       << found << changed;
    QTest::newRow("star") << QByteArray("*.example.com") << "gpu.example.com" << found << changed;
    QTest::newRow("star with port") << QByteArray("[10.0.0.*]:2222") << "[10.0.0.4]:2222" << found
                                    << changed;
    QTest::newRow("star, no match") << QByteArray("*.example.com") << "example.org" << notFound
                                    << notFound;
    QTest::newRow("question mark") << QByteArray("vast:1?") << "vast:12" << found << changed;
    QTest::newRow("question mark, one character only") << QByteArray("vast:1?") << "vast:123"
                                                       << notFound << notFound;
    QTest::newRow("negated alone") << QByteArray("!vast:7") << "vast:7" << notFound << notFound;
    QTest::newRow("negation vetoes the line") << QByteArray("*,!vast:7") << "vast:7" << notFound
                                              << notFound;
    QTest::newRow("negation of another name") << QByteArray("*,!vast:7") << "vast:8" << found
                                              << changed;
    QTest::newRow("negation before the match") << QByteArray("!*.example.org,vast:*") << "vast:8"
                                               << found << changed;
}

void TestKnownHosts::nameMatching()
{
    QFETCH(QByteArray, names);
    QFETCH(QString, target);
    QFETCH(KnownHosts::Match, sameKey);
    QFETCH(KnownHosts::Match, otherKey);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("known_hosts"));
    const HostKey stored = makeKey("ssh-ed25519", 'a');
    QVERIFY(test::writeFile(path, keyLine(names, stored) + '\n'));
    const KnownHosts hosts = loaded(path);
    QCOMPARE(hosts.check(target, stored), sameKey);
    QCOMPARE(hosts.check(target, makeKey("ssh-ed25519", 'b')), otherKey);
    QCOMPARE(hosts.storedKeyTypes(target).isEmpty(), sameKey == KnownHosts::Match::NotFound);
}

void TestKnownHosts::revokedKeyRejected()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("known_hosts"));
    const HostKey revoked = makeKey("ssh-ed25519", 'r');
    const HostKey good = makeKey("ssh-ed25519", 'g');
    QVERIFY(test::writeFile(path, keyLine("vast:1", revoked) + '\n' + keyLine("vast:1", good) + '\n'
                               + "@revoked * " + keyLine("", revoked).mid(1) + '\n'
                               + "@revoked vast:9 " + keyLine("", good).mid(1) + '\n'));
    const KnownHosts hosts = loaded(path);

    // Revocation outranks a plain entry with the same key, also one before it.
    QCOMPARE(hosts.check(QStringLiteral("vast:1"), revoked), KnownHosts::Match::Revoked);
    // A host never seen before does not get to offer a revoked key as new.
    QCOMPARE(hosts.check(QStringLiteral("vast:2"), revoked), KnownHosts::Match::Revoked);
    QCOMPARE(hosts.check(QStringLiteral("vast:1"), good), KnownHosts::Match::Found);
    // A revocation covers only the names on its line.
    QCOMPARE(hosts.check(QStringLiteral("vast:9"), good), KnownHosts::Match::Revoked);
    QCOMPARE(hosts.check(QStringLiteral("vast:2"), good), KnownHosts::Match::NotFound);
    // Revoked keys are no reason to prefer their type.
    QVERIFY(hosts.storedKeyTypes(QStringLiteral("vast:2")).isEmpty());
}

void TestKnownHosts::certAuthorityIgnored()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("known_hosts"));
    const HostKey authority = makeKey("ssh-ed25519", 'c');
    QVERIFY(test::writeFile(path, "@cert-authority *.example.com " + keyLine("", authority).mid(1) + '\n'));
    const KnownHosts hosts = loaded(path);
    QCOMPARE(hosts.check(QStringLiteral("gpu.example.com"), authority), KnownHosts::Match::NotFound);
    QCOMPARE(hosts.check(QStringLiteral("gpu.example.com"), makeKey("ssh-ed25519", 'd')),
             KnownHosts::Match::NotFound);
    QVERIFY(hosts.storedKeyTypes(QStringLiteral("gpu.example.com")).isEmpty());
}

void TestKnownHosts::addKeepsEveryLine_data()
{
    QTest::addColumn<QByteArray>("lineEnd");
    QTest::addColumn<bool>("finalLineEnd");

    QTest::newRow("LF") << QByteArray("\n") << true;
    QTest::newRow("LF, no final line end") << QByteArray("\n") << false;
    QTest::newRow("CRLF") << QByteArray("\r\n") << true;
    QTest::newRow("CRLF, no final line end") << QByteArray("\r\n") << false;
}

void TestKnownHosts::addKeepsEveryLine()
{
    QFETCH(QByteArray, lineEnd);
    QFETCH(bool, finalLineEnd);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("known_hosts"));
    const HostKey hashedKey = makeKey("ssh-ed25519", 'h');
    const QList<QByteArray> lines = {
        "# keys of the build farm, kept by hand",
        "",
        "   ",
        "@cert-authority *.example.com " + keyLine("", makeKey("ssh-ed25519", 'c')).mid(1),
        "@revoked * " + keyLine("", makeKey("ssh-ed25519", 'r')).mid(1),
        keyLine(hashedExampleName, hashedKey),
        "gpu.example.com,10.0.0.4\tssh-ed25519  " + makeKey("ssh-ed25519", 'g').blob.toBase64()
            + "  two  spaces",
        "not a key line at all",
        "old.example.com ssh-ed25519 !!not-base64!!",
        "@unknown-marker host ssh-ed25519 " + makeKey("ssh-ed25519", 'u').blob.toBase64(),
    };
    QByteArray original = lines.join(lineEnd);
    if (finalLineEnd)
        original += lineEnd;
    QVERIFY(test::writeFile(path, original));

    KnownHosts hosts(path);
    QVERIFY(hosts.load().ok());
    const HostKey added = makeKey("ssh-ed25519", 'n');
    QVERIFY(hosts.add(QStringLiteral("vast:9"), added, QStringLiteral("root@203.0.113.5:41022")).ok());

    QByteArray expected = original;
    if (!finalLineEnd)
        expected += lineEnd;
    expected += keyLine("vast:9", added) + " root@203.0.113.5:41022" + lineEnd;
    QCOMPARE(test::readFile(path), expected);

    const KnownHosts reloaded = loaded(path);
    QCOMPARE(reloaded.check(QStringLiteral("vast:9"), added), KnownHosts::Match::Found);
    QCOMPARE(reloaded.check(QStringLiteral("[203.0.113.5]:41022"), hashedKey), KnownHosts::Match::Found);
    QCOMPARE(hosts.check(QStringLiteral("[203.0.113.5]:41022"), hashedKey), KnownHosts::Match::Found);
}

void TestKnownHosts::addKeepsPermissions()
{
#ifndef Q_OS_UNIX
    QSKIP("only Unix file modes say who may read the file");
#endif
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("known_hosts"));
    QVERIFY(test::writeFile(path, keyLine("vast:1", makeKey("ssh-ed25519", 'a')) + '\n'));
    const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QVERIFY(QFile::setPermissions(path, ownerOnly));

    KnownHosts hosts(path);
    QVERIFY(hosts.add(QStringLiteral("vast:2"), makeKey("ssh-ed25519", 'b')).ok());
    QCOMPARE(QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser), ownerOnly);
}

void TestKnownHosts::addRejectsPatternNames_data()
{
    QTest::addColumn<QString>("targetKey");
    QTest::addColumn<QString>("keyType");

    QTest::newRow("wildcard") << "*" << "ssh-ed25519";
    QTest::newRow("question mark") << "vast:1?" << "ssh-ed25519";
    QTest::newRow("list") << "vast:1,vast:2" << "ssh-ed25519";
    QTest::newRow("negation") << "!vast:1" << "ssh-ed25519";
    QTest::newRow("marker") << "@revoked" << "ssh-ed25519";
    QTest::newRow("hashed") << QString::fromLatin1(hashedExampleName) << "ssh-ed25519";
    QTest::newRow("comment") << "#vast:1" << "ssh-ed25519";
    QTest::newRow("tab") << "vast:1\tx" << "ssh-ed25519";
    QTest::newRow("line end") << "vast:1\nvast:2" << "ssh-ed25519";
    QTest::newRow("type with a space") << "vast:1" << "ssh-ed25519 *";
    QTest::newRow("type with a line end") << "vast:1" << "ssh-ed25519\n*";
}

void TestKnownHosts::addRejectsPatternNames()
{
    QFETCH(QString, targetKey);
    QFETCH(QString, keyType);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("known_hosts"));
    KnownHosts hosts(path);
    HostKey key = makeKey("ssh-ed25519", 'a');
    key.type = keyType;
    const auto added = hosts.add(targetKey, key);
    QVERIFY(!added.ok());
    QCOMPARE(added.error().kind, ErrorKind::Internal);
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestKnownHosts)
#include "tst_knownhosts.moc"
