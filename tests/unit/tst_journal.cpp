#include "harvest/auditlog.h"
#include "harvest/journalstore.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace vh;

namespace {

Journal sampleJournal()
{
    Journal journal;
    journal.targetKey = Journal::targetKeyForInstance(123);
    journal.instanceId = 123;
    journal.label = QStringLiteral("run/3: \"final\"");
    journal.sshUser = QStringLiteral("root");
    journal.sshHost = QStringLiteral("203.0.113.5");
    journal.sshPort = 41022;
    journal.destination = QStringLiteral("/data/run3");
    journal.patterns = {QStringLiteral("/workspace/**/*.gguf")};
    journal.minSizeRules = {QStringLiteral("*.gguf=5G")};
    FileRecord file;
    file.remotePath = QStringLiteral("/workspace/out/model.gguf");
    file.localPath = QStringLiteral("/data/run3/out/model.gguf");
    file.localRelativePath = QStringLiteral("out/model.gguf");
    file.remoteSize = file.remoteSizeAfter = file.localSize = 7000000000;
    file.remoteModifiedTime = file.remoteModifiedTimeAfter = 1754400123;
    file.remoteSha256 = file.localSha256 = QString(64, QLatin1Char('c'));
    file.localModifiedTimeMs = 1754400123000;
    file.format = QStringLiteral("gguf");
    file.formatStatus = QStringLiteral("valid");
    file.formatFacts = {{QStringLiteral("architecture"), QStringLiteral("llama")}};
    file.verdict = FileVerdict::Verified;
    file.verifiedAt = QDateTime::currentDateTimeUtc();
    journal.files = {file};
    journal.confirmation = Confirmation{QDateTime::currentDateTimeUtc(), journal.reportDigest(), QStringLiteral("123")};
    journal.destroy = DestroyRecord{DestroyState::Unknown, QDateTime::currentDateTimeUtc(), QStringLiteral("timed out")};
    return journal;
}

} // namespace

class TestJournal : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void missingJournalIsNotFound();
    void unreadableJournalMovedAside_data();
    void unreadableJournalMovedAside();
    void digestFollowsReportFacts();
    void pathsAreSafeAndDistinct();
    void auditLogAppends();
};

void TestJournal::roundTrip()
{
    QTemporaryDir dir;
    JournalStore store(dir.path());
    Journal journal = sampleJournal();
    QVERIFY(store.save(journal).ok());

    const auto loaded = store.load(journal.targetKey);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->label, journal.label);
    QCOMPARE(loaded->sshPort, quint16(41022));
    QCOMPARE(loaded->files.size(), 1);
    const FileRecord &file = loaded->files.constFirst();
    QCOMPARE(file.remoteSize, qint64(7000000000));
    QCOMPARE(file.localModifiedTimeMs, qint64(1754400123000));
    QCOMPARE(file.verdict, FileVerdict::Verified);
    QCOMPARE(file.formatFacts.value(QStringLiteral("architecture")).toString(), QStringLiteral("llama"));
    QVERIFY(loaded->confirmation.has_value());
    QCOMPARE(loaded->confirmation->typedId, QStringLiteral("123"));
    QCOMPARE(loaded->destroy->state, DestroyState::Unknown);
    QCOMPARE(loaded->reportDigest(), journal.reportDigest());
    QVERIFY(loaded->createdAt.isValid());
}

void TestJournal::missingJournalIsNotFound()
{
    QTemporaryDir dir;
    JournalStore store(dir.path());
    const auto loaded = store.load(QStringLiteral("vast:9"));
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().kind, ErrorKind::NotFound);
}

void TestJournal::unreadableJournalMovedAside_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("truncated json") << QByteArray("{\"schema\": 1, \"target\": \"vast:123\", \"files\": [");
    QTest::newRow("not json") << QByteArray("\x00\x01garbage", 9);
    QTest::newRow("future schema") << QByteArray("{\"schema\": 99, \"target\": \"vast:123\"}");
    QTest::newRow("file list not objects") << QByteArray("{\"schema\": 1, \"target\": \"vast:123\", \"files\": [1]}");
}

void TestJournal::unreadableJournalMovedAside()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    JournalStore store(dir.path());
    const QString path = store.pathFor(QStringLiteral("vast:123"));
    QVERIFY(test::writeFile(path, content));

    const auto loaded = store.load(QStringLiteral("vast:123"));
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().kind, ErrorKind::LocalIo);
    QVERIFY(loaded.error().message.contains(QStringLiteral("moved to")));
    QVERIFY(!QFile::exists(path));
    const QStringList aside = QDir(QFileInfo(path).absolutePath()).entryList({QStringLiteral("*.unreadable-*")});
    QCOMPARE(aside.size(), 1);
    QFile kept(QFileInfo(path).absolutePath() + QLatin1Char('/') + aside.constFirst());
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), content); // nothing it held is lost
}

void TestJournal::digestFollowsReportFacts()
{
    const Journal journal = sampleJournal();
    Journal changed = journal;
    changed.files[0].localModifiedTimeMs += 1;
    QVERIFY(changed.reportDigest() != journal.reportDigest());
    changed = journal;
    changed.files[0].localSha256[0] = QLatin1Char('d');
    QVERIFY(changed.reportDigest() != journal.reportDigest());
    changed = journal;
    changed.label = QStringLiteral("renamed"); // not part of what was verified
    QCOMPARE(changed.reportDigest(), journal.reportDigest());
}

void TestJournal::pathsAreSafeAndDistinct()
{
    JournalStore store(QStringLiteral("/state"));
    const QString first = store.pathFor(QStringLiteral("ssh:root@[::1]:22"));
    const QString second = store.pathFor(QStringLiteral("ssh:root@__1_:22"));
    QVERIFY(first != second);
    QVERIFY(first.startsWith(QStringLiteral("/state/journals/")));
    QVERIFY(!QFileInfo(first).fileName().contains(QLatin1Char(':')));
    QVERIFY(!QFileInfo(first).fileName().contains(QLatin1Char('[')));
}

void TestJournal::auditLogAppends()
{
    QTemporaryDir dir;
    AuditLog log(dir.path());
    QVERIFY(log.append(QStringLiteral("confirm"), {{QStringLiteral("target"), QStringLiteral("vast:1")}}).ok());
    QVERIFY(log.append(QStringLiteral("destroy_request"), {{QStringLiteral("target"), QStringLiteral("vast:1")}}).ok());
    QFile file(log.path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 3); // two lines and the final newline
    QCOMPARE(QJsonDocument::fromJson(lines.at(0)).object().value("event").toString(), QStringLiteral("confirm"));
    QCOMPARE(QJsonDocument::fromJson(lines.at(1)).object().value("event").toString(), QStringLiteral("destroy_request"));
    QVERIFY(QJsonDocument::fromJson(lines.at(1)).object().contains("time"));
}

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
