#include "harvest/destroygate.h"

#include "verify/sha256.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace vh;

namespace {

// A harvest of two files in memory; the gate never touches the disk when
// given the facts directly.
Journal verifiedJournal()
{
    Journal journal;
    journal.targetKey = QStringLiteral("vast:4242");
    journal.instanceId = 4242;
    journal.destination = QStringLiteral("/dest");
    for (int i = 0; i < 2; ++i) {
        FileRecord file;
        file.remotePath = QStringLiteral("/workspace/m%1.gguf").arg(i);
        file.localRelativePath = QStringLiteral("m%1.gguf").arg(i);
        file.localPath = QStringLiteral("/dest/m%1.gguf").arg(i);
        file.formatStatus = QStringLiteral("valid");
        file.remoteSize = file.localSize = 1000 + i;
        file.remoteSha256 = file.localSha256 = QString(64, QLatin1Char('a' + i));
        file.localModifiedTimeMs = 5000 + i;
        file.verdict = FileVerdict::Verified;
        journal.files.append(file);
    }
    return journal;
}

LocalFacts factsMatching(const Journal &journal)
{
    LocalFacts facts;
    for (const FileRecord &file : journal.files)
        facts.insert(file.localPath, LocalFileFacts{true, file.localSize, file.localModifiedTimeMs, file.localSha256, {}});
    return facts;
}

// A distinct SHA-256 text for each version of a file's bytes.
QString contentHash(qint64 version)
{
    return QStringLiteral("%1").arg(version, 64, 16, QLatin1Char('0'));
}

void confirm(Journal &journal, const QString &typedId)
{
    journal.confirmation = Confirmation{QDateTime::currentDateTimeUtc(), journal.reportDigest(), typedId};
}

} // namespace

class TestDestroyGate : public QObject
{
    Q_OBJECT

private slots:
    void openWhenEverythingHolds();
    void closedReasons_data();
    void closedReasons();
    void randomEventSequences();
    void readBackSeesLaterChanges_data();
    void readBackSeesLaterChanges();
};

void TestDestroyGate::openWhenEverythingHolds()
{
    Journal journal = verifiedJournal();
    confirm(journal, QStringLiteral("4242"));
    const GateDecision decision = canDestroy(journal, factsMatching(journal), QStringLiteral("4242"));
    QVERIFY2(decision.isOpen(), qPrintable(decision.reason));
    QVERIFY(decision.reason.isEmpty());
    const GateDecision readBack =
        canDestroy(journal, factsMatching(journal), QStringLiteral("4242"), ContentCheck::ReadBack);
    QVERIFY2(readBack.isOpen(), qPrintable(readBack.reason));
}

void TestDestroyGate::closedReasons_data()
{
    QTest::addColumn<int>("mutation");
    QTest::addColumn<int>("condition");
    QTest::addColumn<QString>("reasonPart");

    QTest::newRow("plain ssh") << 0 << int(GateCondition::NotAnInstance) << "plain SSH host";
    QTest::newRow("no files") << 1 << int(GateCondition::NoFiles) << "No files";
    QTest::newRow("pending") << 2 << int(GateCondition::FileNotVerified) << "m1.gguf";
    QTest::newRow("failed") << 3 << int(GateCondition::FileNotVerified) << "SHA-256 differs";
    QTest::newRow("deleted") << 4 << int(GateCondition::FileMissing) << "/dest/m0.gguf";
    QTest::newRow("touched") << 5 << int(GateCondition::FileChanged) << "changed since it was verified";
    QTest::newRow("grown") << 6 << int(GateCondition::FileChanged) << "size 1001 then, 2000 now";
    QTest::newRow("unconfirmed") << 7 << int(GateCondition::NotConfirmed) << "type the instance id";
    QTest::newRow("stale confirmation") << 8 << int(GateCondition::ConfirmationStale) << "earlier verification report";
    QTest::newRow("wrong typed id") << 9 << int(GateCondition::IdMismatch) << "'4243'";
    QTest::newRow("confirmed other id") << 10 << int(GateCondition::IdMismatch) << "not the instance id";
    QTest::newRow("destroyed") << 11 << int(GateCondition::AlreadyDestroyed) << "already destroyed";
    QTest::newRow("skipped match") << 12 << int(GateCondition::SelectionIncomplete) << "matched no file";
    QTest::newRow("edited in place") << 13 << int(GateCondition::FileChanged) << "bytes of the local copy /dest/m1.gguf";
    QTest::newRow("not read back") << 14 << int(GateCondition::FileChanged) << "could not be read back";
    // A hand-edited journal must not open the gate by its verdicts alone.
    QTest::newRow("other instance") << 15 << int(GateCondition::JournalInconsistent) << "names instance 333";
    QTest::newRow("hashes differ") << 16 << int(GateCondition::JournalInconsistent) << "SHA-256 differ";
    QTest::newRow("sizes differ") << 17 << int(GateCondition::JournalInconsistent) << "999";
    QTest::newRow("invalid format") << 18 << int(GateCondition::JournalInconsistent) << "says invalid";
    QTest::newRow("path elsewhere") << 19 << int(GateCondition::JournalInconsistent) << "/elsewhere/m1.gguf";
    QTest::newRow("shared copy") << 20 << int(GateCondition::JournalInconsistent) << "same local copy";
}

void TestDestroyGate::closedReasons()
{
    QFETCH(int, mutation);
    QFETCH(int, condition);
    QFETCH(QString, reasonPart);

    Journal journal = verifiedJournal();
    confirm(journal, QStringLiteral("4242"));
    LocalFacts facts = factsMatching(journal);
    QString typed = QStringLiteral("4242");
    switch (mutation) {
    case 0: journal.instanceId = 0; journal.targetKey = QStringLiteral("ssh:root@h:22"); break;
    case 1: journal.files.clear(); confirm(journal, typed); break;
    case 2: journal.files[1].verdict = FileVerdict::Pending; confirm(journal, typed); break;
    case 3:
        journal.files[0].verdict = FileVerdict::Failed;
        journal.files[0].reason = QStringLiteral("SHA-256 differs: local x, remote y");
        confirm(journal, typed);
        break;
    case 4: facts[QStringLiteral("/dest/m0.gguf")].exists = false; break;
    case 5: facts[QStringLiteral("/dest/m0.gguf")].modifiedTimeMs += 1000; break;
    case 6: facts[QStringLiteral("/dest/m1.gguf")].size = 2000; break;
    case 7: journal.confirmation.reset(); break;
    case 8:
        journal.files[0].localSha256 = journal.files[0].remoteSha256 = QString(64, QLatin1Char('f'));
        facts[QStringLiteral("/dest/m0.gguf")].sha256 = journal.files[0].localSha256;
        break;
    case 9: typed = QStringLiteral("4243"); break;
    case 10: confirm(journal, QStringLiteral("999")); break;
    case 11: journal.destroy = DestroyRecord{DestroyState::Destroyed, {}, {}}; break;
    case 12:
        journal.problems = {QStringLiteral("The pattern '/workspace/typo/*.gguf' matched no file.")};
        confirm(journal, typed);
        break;
    case 13: facts[QStringLiteral("/dest/m1.gguf")].sha256 = contentHash(7); break;
    case 15: journal.instanceId = 333; confirm(journal, QStringLiteral("333")); typed = QStringLiteral("333"); break;
    case 16: journal.files[1].remoteSha256 = QString(64, QLatin1Char('0')); confirm(journal, typed); break;
    case 17: journal.files[1].remoteSize = 999; confirm(journal, typed); break;
    case 18: journal.files[1].formatStatus = QStringLiteral("invalid"); confirm(journal, typed); break;
    case 19: journal.files[1].localPath = QStringLiteral("/elsewhere/m1.gguf"); confirm(journal, typed); break;
    case 20:
        journal.files[1].localRelativePath = journal.files[0].localRelativePath;
        journal.files[1].localPath = journal.files[0].localPath;
        confirm(journal, typed);
        break;
    case 14:
        facts[QStringLiteral("/dest/m0.gguf")].sha256.clear();
        facts[QStringLiteral("/dest/m0.gguf")].readError = QStringLiteral("Input/output error");
        break;
    }
    const GateDecision decision = canDestroy(journal, facts, typed, ContentCheck::ReadBack);
    QVERIFY(!decision.isOpen());
    QCOMPARE(int(decision.condition), condition);
    QVERIFY2(decision.reason.contains(reasonPart), qPrintable(decision.reason));
}

// Drives the gate through random sequences of what happens during a
// harvest and checks it against an independent model of the rule.
void TestDestroyGate::randomEventSequences()
{
    enum Event {
        DownloadFinished, VerifyPassed, VerifyFailed, FileTouched, FileEditedInPlace, FileDeleted,
        Confirmed, ConfirmedWrongId, DestroyRequested, EventCount
    };

    QRandomGenerator random(20261204);
    int opened = 0;
    int requests = 0;
    int caughtOnlyByReadBack = 0;
    for (int sequence = 0; sequence < 40000; ++sequence) {
        Journal journal;
        journal.targetKey = QStringLiteral("vast:77");
        journal.instanceId = 77;
        journal.destination = QStringLiteral("/d");
        const int fileCount = 1 + int(random.bounded(3));
        LocalFacts facts;
        QList<bool> modelVerified(fileCount, false);
        QList<bool> modelChanged(fileCount, false);
        QList<bool> modelBytesChanged(fileCount, false); // size and time kept
        QList<bool> modelPresent(fileCount, false);
        for (int i = 0; i < fileCount; ++i) {
            FileRecord file;
            file.remotePath = QStringLiteral("/w/f%1").arg(i);
            file.localRelativePath = QStringLiteral("f%1").arg(i);
            file.localPath = QStringLiteral("/d/f%1").arg(i);
            file.remoteSize = 100 + i;
            journal.files.append(file);
        }
        bool modelConfirmed = false;
        qint64 clock = 1;

        const int length = 1 + int(random.bounded(12));
        for (int step = 0; step < length; ++step) {
            const int i = int(random.bounded(fileCount));
            FileRecord &file = journal.files[i];
            switch (Event(random.bounded(int(EventCount)))) {
            case DownloadFinished:
                facts[file.localPath] = LocalFileFacts{true, file.remoteSize, ++clock, contentHash(clock), {}};
                file.verdict = FileVerdict::Pending;
                modelPresent[i] = true;
                modelVerified[i] = false;
                modelChanged[i] = false;
                modelBytesChanged[i] = false;
                break;
            case VerifyPassed:
                if (!facts.value(file.localPath).exists)
                    break; // nothing to verify
                file.verdict = FileVerdict::Verified;
                file.localSize = facts[file.localPath].size;
                file.localModifiedTimeMs = facts[file.localPath].modifiedTimeMs;
                file.localSha256 = file.remoteSha256 = facts[file.localPath].sha256;
                modelVerified[i] = true;
                modelChanged[i] = false;
                modelBytesChanged[i] = false;
                break;
            case VerifyFailed:
                file.verdict = FileVerdict::Failed;
                modelVerified[i] = false;
                break;
            case FileTouched:
                if (facts.value(file.localPath).exists) {
                    facts[file.localPath].modifiedTimeMs = ++clock;
                    modelChanged[i] = true;
                }
                break;
            case FileEditedInPlace:
                if (facts.value(file.localPath).exists) {
                    facts[file.localPath].sha256 = contentHash(++clock);
                    modelBytesChanged[i] = true;
                }
                break;
            case FileDeleted:
                facts[file.localPath].exists = false;
                modelPresent[i] = false;
                break;
            case Confirmed:
                confirm(journal, QStringLiteral("77"));
                break;
            case ConfirmedWrongId:
                confirm(journal, QStringLiteral("78"));
                break;
            case DestroyRequested:
                break;
            case EventCount:
                break;
            }
            // A confirmation stands only for the report it saw; a report that
            // returns to exactly the confirmed facts is confirmed again.
            modelConfirmed = journal.confirmation && journal.confirmation->typedId == QLatin1String("77")
                             && journal.confirmation->reportDigest == journal.reportDigest();

            bool modelOpen = modelConfirmed;
            bool anyBytesChanged = false;
            for (int f = 0; f < fileCount; ++f) {
                modelOpen = modelOpen && modelVerified[f] && modelPresent[f] && !modelChanged[f];
                anyBytesChanged = anyBytesChanged || (modelPresent[f] && modelBytesChanged[f]);
            }

            // The window's cheap check cannot see an edit that kept size and
            // time; the destroy request's read-back must.
            const QString typed = random.bounded(5) == 0 ? QStringLiteral("7") : QStringLiteral("77");
            const GateDecision displayed = canDestroy(journal, facts, typed);
            const GateDecision decision = canDestroy(journal, facts, typed, ContentCheck::ReadBack);
            const bool expectedDisplayed = modelOpen && typed == QLatin1String("77");
            const bool expected = expectedDisplayed && !anyBytesChanged;
            if (displayed.isOpen() != expectedDisplayed || decision.isOpen() != expected) {
                QFAIL(qPrintable(QStringLiteral("sequence %1 step %2: gate %3/%4, model %5/%6 (%7)")
                                     .arg(sequence)
                                     .arg(step)
                                     .arg(displayed.isOpen())
                                     .arg(decision.isOpen())
                                     .arg(expectedDisplayed)
                                     .arg(expected)
                                     .arg(decision.reason)));
            }
            QCOMPARE(decision.reason.isEmpty(), decision.isOpen());
            ++requests;
            if (decision.isOpen())
                ++opened;
            if (displayed.isOpen() && !decision.isOpen())
                ++caughtOnlyByReadBack;
        }
    }
    // Both outcomes must have been reached, or the sequences test nothing.
    QVERIFY(opened > 100);
    QVERIFY(requests - opened > 1000);
    QVERIFY(caughtOnlyByReadBack > 30);
}

namespace {

bool writeWithTime(const QString &path, const QByteArray &data, const QDateTime &modified)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size())
        return false;
    file.close();
    return file.open(QIODevice::ReadWrite) && file.setFileTime(modified, QFileDevice::FileModificationTime);
}

} // namespace

void TestDestroyGate::readBackSeesLaterChanges_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("open");
    QTest::newRow("nothing") << "none" << true;
    QTest::newRow("deleted") << "delete" << false;
    QTest::newRow("replaced by rename") << "rename" << false;
    QTest::newRow("written in place") << "write" << false;
}

// The first file changes while the second one is read back, each time with
// its size and modification time kept: only the second look at every file
// after all were read can see it.
void TestDestroyGate::readBackSeesLaterChanges()
{
    QFETCH(QString, change);
    QFETCH(bool, open);
    QTemporaryDir folder;
    const QDateTime modified = QDateTime::fromSecsSinceEpoch(1700000000);
    Journal journal;
    journal.targetKey = QStringLiteral("vast:4242");
    journal.instanceId = 4242;
    journal.destination = QDir::cleanPath(folder.path());
    for (int i = 0; i < 2; ++i) {
        FileRecord file;
        file.remotePath = QStringLiteral("/workspace/m%1.bin").arg(i);
        file.localRelativePath = QStringLiteral("m%1.bin").arg(i);
        file.localPath = journal.destination + QLatin1Char('/') + file.localRelativePath;
        QVERIFY(writeWithTime(file.localPath, QByteArray(4096, char('a' + i)), modified));
        file.remoteSize = file.localSize = 4096;
        file.localModifiedTimeMs = QFileInfo(file.localPath).lastModified().toMSecsSinceEpoch();
        const auto digest = sha256OfFile(file.localPath);
        QVERIFY(digest.ok());
        file.remoteSha256 = file.localSha256 = digest.value();
        file.verdict = FileVerdict::Verified;
        journal.files.append(file);
    }
    confirm(journal, QStringLiteral("4242"));

    const QString first = journal.files.at(0).localPath;
    const QString second = journal.files.at(1).localPath;
    const LocalFacts facts = collectLocalFactsWithContent(journal, nullptr, [&](const QString &path) {
        if (path != second)
            return;
        if (change == QLatin1String("delete")) {
            QFile::remove(first);
        } else if (change == QLatin1String("rename")) {
            const QString other = folder.filePath(QStringLiteral("other.bin"));
            QVERIFY(writeWithTime(other, QByteArray(4096, 'z'), modified));
            QVERIFY(QFile::remove(first));
            QVERIFY(QFile::rename(other, first));
        } else if (change == QLatin1String("write")) {
            QVERIFY(writeWithTime(first, QByteArray(4096, 'z'), modified));
        }
    });
    if (change != QLatin1String("delete")) {
        // The change kept size and time, so the cheap check cannot see it.
        QCOMPARE(QFileInfo(first).size(), 4096);
        QCOMPARE(QFileInfo(first).lastModified().toMSecsSinceEpoch(), journal.files.at(0).localModifiedTimeMs);
    }
    const GateDecision decision = canDestroy(journal, facts, QStringLiteral("4242"), ContentCheck::ReadBack);
    QCOMPARE(decision.isOpen(), open);
    if (!open) {
        QCOMPARE(decision.condition, GateCondition::FileChanged);
        QVERIFY2(decision.reason.contains(first), qPrintable(decision.reason));
    }
}

QTEST_GUILESS_MAIN(TestDestroyGate)
#include "tst_destroygate.moc"
