#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace vh {

// Verdict of one file, as stored and printed ("verified", "failed", "pending").
enum class FileVerdict { Pending, Verified, Failed };

QString fileVerdictName(FileVerdict verdict);
FileVerdict fileVerdictFromName(const QString &name);

// What is known about one selected file: the remote facts, the local copy
// and the outcome of its verification.
struct FileRecord
{
    QString remotePath;
    QString localPath;          // absolute
    QString localRelativePath;  // below the destination
    bool nameMapped = false;

    qint64 remoteSize = -1;       // at listing time
    qint64 remoteModifiedTime = 0;
    qint64 remoteSizeAfter = -1;  // read again once download and hash finished
    qint64 remoteModifiedTimeAfter = 0;
    QString remoteSha256;

    qint64 localSize = -1;        // when verified
    qint64 localModifiedTimeMs = 0;
    QString localSha256;

    QString format;        // "gguf", "safetensors", "zip", "unknown"
    QString formatStatus;  // "valid", "invalid", "not_checked", "read_error"
    QString formatDetail;
    QVariantMap formatFacts;

    FileVerdict verdict = FileVerdict::Pending;
    QString reason;        // why it is not verified; empty when verified
    QDateTime verifiedAt;

    QJsonObject toJson() const;
    static FileRecord fromJson(const QJsonObject &object);
};

// A person's confirmation that the verified files are what they want,
// tied to one exact report by its digest.
struct Confirmation
{
    QDateTime at;
    QString reportDigest;
    QString typedId;
};

enum class DestroyState { Requested, Destroyed, Failed, Unknown };

QString destroyStateName(DestroyState state);

struct DestroyRecord
{
    DestroyState state = DestroyState::Requested;
    QDateTime at;
    QString message;
};

// Everything about one target's harvest that must survive a crash: the
// selection, the remote facts, the local paths, the verification reports,
// the confirmation and the destroy attempt.
struct Journal
{
    static constexpr int schemaVersion = 1;

    QString targetKey;       // "vast:123" or "ssh:user@host:port"
    qint64 instanceId = 0;   // 0 for plain SSH targets, which cannot be destroyed
    QString label;
    QString sshUser;
    QString sshHost;
    quint16 sshPort = 0;
    QString destination;
    QStringList patterns;
    QStringList minSizeRules;
    QList<FileRecord> files;
    QStringList problems;    // listing problems of the last harvest
    std::optional<Confirmation> confirmation;
    std::optional<DestroyRecord> destroy;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isInstance() const { return instanceId > 0; }
    bool allVerified() const;
    // SHA-256 over the facts each file was verified with (paths, sizes,
    // hashes, format verdicts, local modification times). A confirmation
    // names this digest, so any change to a report voids it.
    QString reportDigest() const;
    const FileRecord *findFile(const QString &remotePath) const;

    QJsonObject toJson() const;
    static Result<Journal> fromJson(const QJsonObject &object);

    static QString targetKeyForInstance(qint64 instanceId);
    static QString targetKeyForSsh(const QString &user, const QString &host, quint16 port);
};

} // namespace vh
