#include "harvest/destroygate.h"

#include "common/platform.h"
#include "verify/sha256.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace vh {

namespace {

struct Tr final
{
    Q_DECLARE_TR_FUNCTIONS(vh::DestroyGate)
};

GateDecision closed(GateCondition condition, const QString &reason)
{
    return GateDecision{condition, reason};
}

// Returns what is wrong with a record that claims to be verified, or an
// empty string. The verdict alone is not trusted, because the journal is a
// file the user can edit: a verified record must also carry matching facts.
QString contradictionIn(const FileRecord &file, const QString &destination)
{
    if (file.remoteSize < 0 || file.remoteSize != file.localSize)
        return Tr::tr("its remote size %1 and local size %2 differ").arg(file.remoteSize).arg(file.localSize);
    if (!Sha256::isHexDigest(file.remoteSha256) || file.remoteSha256.compare(file.localSha256, Qt::CaseInsensitive) != 0)
        return Tr::tr("its remote and local SHA-256 differ");
    if (file.formatStatus == QLatin1String("invalid") || file.formatStatus == QLatin1String("read_error"))
        return Tr::tr("its format check says %1").arg(file.formatStatus);
    const QString root = QDir::cleanPath(destination);
    const QString expected = QDir::cleanPath(root + QLatin1Char('/') + file.localRelativePath);
    if (destination.isEmpty() || file.localRelativePath.isEmpty() || !expected.startsWith(root + QLatin1Char('/'))
        || file.localPath != expected) {
        return Tr::tr("its local path %1 is not %2 below the destination %3")
            .arg(file.localPath, file.localRelativePath, destination);
    }
    return {};
}

} // namespace

LocalFacts collectLocalFacts(const Journal &journal)
{
    LocalFacts facts;
    for (const FileRecord &file : journal.files) {
        const QFileInfo info(file.localPath);
        LocalFileFacts fact;
        fact.exists = info.exists() && info.isFile();
        if (fact.exists) {
            fact.size = info.size();
            fact.modifiedTimeMs = info.lastModified().toMSecsSinceEpoch();
        }
        facts.insert(file.localPath, fact);
    }
    return facts;
}

LocalFacts collectLocalFactsWithContent(const Journal &journal, const std::atomic_bool *cancelled,
                                        const std::function<void(const QString &path)> &afterEachFile)
{
    LocalFacts facts = collectLocalFacts(journal);
    QHash<QString, QByteArray> identities;
    for (const FileRecord &file : journal.files) {
        LocalFileFacts &fact = facts[file.localPath];
        if (!fact.exists)
            continue;
        if (cancelled && cancelled->load()) {
            fact.readError = Tr::tr("reading it back was cancelled");
            continue;
        }
        identities.insert(file.localPath, fileIdentity(file.localPath));
        auto digest = sha256OfFile(file.localPath, cancelled);
        if (!digest) {
            fact.readError = digest.error().message;
            continue;
        }
        fact.sha256 = digest.value();
        if (afterEachFile)
            afterEachFile(file.localPath);
    }

    // Once every file is read, each must still be the same, unchanged file.
    // Otherwise a file replaced, deleted or written to while this or a later
    // file was read would pass with the hash of what it was.
    for (const FileRecord &file : journal.files) {
        LocalFileFacts &fact = facts[file.localPath];
        if (!fact.exists || fact.sha256.isEmpty())
            continue;
        const QFileInfo now(file.localPath);
        const QByteArray identity = fileIdentity(file.localPath);
        if (!now.exists() || now.size() != fact.size
            || now.lastModified().toMSecsSinceEpoch() != fact.modifiedTimeMs || identity.isEmpty()
            || identity != identities.value(file.localPath)) {
            fact.sha256.clear();
            fact.readError = Tr::tr("it was replaced, deleted or written to while the files were read back");
        }
    }
    return facts;
}

GateDecision canDestroy(const Journal &journal, const LocalFacts &facts, const QString &typedId,
                        ContentCheck check)
{
    if (!journal.isInstance()) {
        return closed(GateCondition::NotAnInstance,
                      Tr::tr("%1 is a plain SSH host, not a cloud instance; there is nothing to destroy.")
                          .arg(journal.targetKey));
    }
    if (journal.destroy && journal.destroy->state == DestroyState::Destroyed) {
        return closed(GateCondition::AlreadyDestroyed,
                      Tr::tr("Instance %1 was already destroyed.").arg(journal.instanceId));
    }
    // A journal belongs to the instance in its target key, so a copied or
    // edited one cannot aim a destroy at another instance.
    if (journal.targetKey != Journal::targetKeyForInstance(journal.instanceId)) {
        return closed(GateCondition::JournalInconsistent,
                      Tr::tr("The journal of %1 names instance %2. It was copied or edited; harvest again.")
                          .arg(journal.targetKey)
                          .arg(journal.instanceId));
    }
    if (journal.files.isEmpty()) {
        return closed(GateCondition::NoFiles,
                      Tr::tr("No files were harvested from instance %1. Harvest and verify them first.")
                          .arg(journal.instanceId));
    }

    // A match that could not be listed or saved, a pattern that matched
    // nothing, or a harvest that failed before it listed anything: some of
    // what the person selected is not on the disk.
    if (!journal.problems.isEmpty()) {
        return closed(GateCondition::SelectionIncomplete,
                      Tr::tr("The last harvest of %1 did not cover everything selected: %2%3 Fix the "
                             "patterns or the files on the instance and harvest again.")
                          .arg(journal.targetKey, journal.problems.constFirst(),
                               journal.problems.size() > 1
                                   ? Tr::tr(" (and %1 more problems).").arg(journal.problems.size() - 1)
                                   : QString()));
    }

    QSet<QString> localPaths;
    for (const FileRecord &file : journal.files) {
        if (file.verdict == FileVerdict::Verified) {
            QString contradiction = contradictionIn(file, journal.destination);
            if (contradiction.isEmpty() && localPaths.contains(file.localPath))
                contradiction = Tr::tr("another record uses the same local copy");
            if (!contradiction.isEmpty()) {
                return closed(GateCondition::JournalInconsistent,
                              Tr::tr("The journal calls %1 verified, but %2. It was edited or damaged; verify "
                                     "again.")
                                  .arg(file.remotePath, contradiction));
            }
            localPaths.insert(file.localPath);
        }
        if (file.verdict != FileVerdict::Verified) {
            return closed(GateCondition::FileNotVerified,
                          Tr::tr("%1 is not verified (%2). Harvest or verify it again.")
                              .arg(file.remotePath,
                                   file.reason.isEmpty() ? fileVerdictName(file.verdict) : file.reason));
        }
        const LocalFileFacts fact = facts.value(file.localPath);
        if (!fact.exists) {
            return closed(GateCondition::FileMissing,
                          Tr::tr("The local copy %1 is missing. Harvest it again.").arg(file.localPath));
        }
        if (fact.size != file.localSize || fact.modifiedTimeMs != file.localModifiedTimeMs) {
            return closed(GateCondition::FileChanged,
                          Tr::tr("The local copy %1 changed since it was verified (size %2 then, %3 now). "
                                 "Verify again and confirm again.")
                              .arg(file.localPath)
                              .arg(file.localSize)
                              .arg(fact.size));
        }
        if (check == ContentCheck::ReadBack && fact.sha256.isEmpty()) {
            return closed(GateCondition::FileChanged,
                          Tr::tr("The local copy %1 could not be read back before destroying: %2. Verify "
                                 "again and confirm again.")
                              .arg(file.localPath,
                                   fact.readError.isEmpty() ? Tr::tr("no hash was computed") : fact.readError));
        }
        if (check == ContentCheck::ReadBack && fact.sha256.compare(file.localSha256, Qt::CaseInsensitive) != 0) {
            return closed(GateCondition::FileChanged,
                          Tr::tr("The bytes of the local copy %1 changed since it was verified, although its "
                                 "size and time did not (SHA-256 %2 then, %3 now). Harvest it again.")
                              .arg(file.localPath, file.localSha256, fact.sha256));
        }
    }

    if (!journal.confirmation) {
        return closed(GateCondition::NotConfirmed,
                      Tr::tr("Nobody confirmed the verified files of instance %1 yet. Confirm them and "
                             "type the instance id: Confirm in the window, or vastharvest-cli confirm %1 "
                             "--confirm %1.")
                          .arg(journal.instanceId));
    }
    if (journal.confirmation->reportDigest != journal.reportDigest()) {
        return closed(GateCondition::ConfirmationStale,
                      Tr::tr("The confirmation of %1 was given for an earlier verification report. "
                             "Confirm the current one.")
                          .arg(journal.confirmation->at.toString(Qt::ISODate)));
    }
    const QString expected = QString::number(journal.instanceId);
    if (journal.confirmation->typedId != expected || typedId.trimmed() != expected) {
        return closed(GateCondition::IdMismatch,
                      Tr::tr("The typed id '%1' is not the instance id %2.").arg(typedId.trimmed(), expected));
    }
    return GateDecision{GateCondition::Open, QString()};
}

QString gateConditionName(GateCondition condition)
{
    switch (condition) {
    case GateCondition::Open: return QStringLiteral("open");
    case GateCondition::NotAnInstance: return QStringLiteral("not_an_instance");
    case GateCondition::JournalInconsistent: return QStringLiteral("journal_inconsistent");
    case GateCondition::AlreadyDestroyed: return QStringLiteral("already_destroyed");
    case GateCondition::NoFiles: return QStringLiteral("no_files");
    case GateCondition::SelectionIncomplete: return QStringLiteral("selection_incomplete");
    case GateCondition::FileNotVerified: return QStringLiteral("file_not_verified");
    case GateCondition::FileMissing: return QStringLiteral("file_missing");
    case GateCondition::FileChanged: return QStringLiteral("file_changed");
    case GateCondition::NotConfirmed: return QStringLiteral("not_confirmed");
    case GateCondition::ConfirmationStale: return QStringLiteral("confirmation_stale");
    case GateCondition::IdMismatch: return QStringLiteral("id_mismatch");
    }
    return QStringLiteral("closed");
}

} // namespace vh
