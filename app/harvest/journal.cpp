#include "harvest/journal.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace vh {

namespace {

struct Tr final
{
    Q_DECLARE_TR_FUNCTIONS(vh::Journal)
};

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeFrom(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QJsonValue nullable(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QString fileVerdictName(FileVerdict verdict)
{
    switch (verdict) {
    case FileVerdict::Verified: return QStringLiteral("verified");
    case FileVerdict::Failed: return QStringLiteral("failed");
    case FileVerdict::Pending: break;
    }
    return QStringLiteral("pending");
}

FileVerdict fileVerdictFromName(const QString &name)
{
    if (name == QLatin1String("verified"))
        return FileVerdict::Verified;
    if (name == QLatin1String("failed"))
        return FileVerdict::Failed;
    return FileVerdict::Pending;
}

QString destroyStateName(DestroyState state)
{
    switch (state) {
    case DestroyState::Requested: return QStringLiteral("requested");
    case DestroyState::Destroyed: return QStringLiteral("destroyed");
    case DestroyState::Failed: return QStringLiteral("failed");
    case DestroyState::Unknown: return QStringLiteral("unknown");
    }
    return QStringLiteral("unknown");
}

QJsonObject FileRecord::toJson() const
{
    QJsonObject object;
    object[QStringLiteral("remote_path")] = remotePath;
    object[QStringLiteral("local_path")] = localPath;
    object[QStringLiteral("local_relative_path")] = localRelativePath;
    object[QStringLiteral("name_mapped")] = nameMapped;
    object[QStringLiteral("remote_size")] = remoteSize;
    object[QStringLiteral("remote_mtime")] = remoteModifiedTime;
    object[QStringLiteral("remote_size_after")] = remoteSizeAfter;
    object[QStringLiteral("remote_mtime_after")] = remoteModifiedTimeAfter;
    object[QStringLiteral("remote_sha256")] = nullable(remoteSha256);
    object[QStringLiteral("local_size")] = localSize;
    object[QStringLiteral("local_mtime_ms")] = localModifiedTimeMs;
    object[QStringLiteral("local_sha256")] = nullable(localSha256);
    object[QStringLiteral("format")] = format.isEmpty() ? QStringLiteral("unknown") : format;
    object[QStringLiteral("format_status")] = formatStatus;
    object[QStringLiteral("format_detail")] = formatDetail;
    object[QStringLiteral("format_facts")] = QJsonObject::fromVariantMap(formatFacts);
    object[QStringLiteral("verdict")] = fileVerdictName(verdict);
    object[QStringLiteral("reason")] = nullable(reason);
    object[QStringLiteral("verified_at")] = nullable(timeText(verifiedAt));
    return object;
}

FileRecord FileRecord::fromJson(const QJsonObject &object)
{
    FileRecord record;
    record.remotePath = object.value(QStringLiteral("remote_path")).toString();
    record.localPath = object.value(QStringLiteral("local_path")).toString();
    record.localRelativePath = object.value(QStringLiteral("local_relative_path")).toString();
    record.nameMapped = object.value(QStringLiteral("name_mapped")).toBool();
    record.remoteSize = object.value(QStringLiteral("remote_size")).toInteger(-1);
    record.remoteModifiedTime = object.value(QStringLiteral("remote_mtime")).toInteger();
    record.remoteSizeAfter = object.value(QStringLiteral("remote_size_after")).toInteger(-1);
    record.remoteModifiedTimeAfter = object.value(QStringLiteral("remote_mtime_after")).toInteger();
    record.remoteSha256 = object.value(QStringLiteral("remote_sha256")).toString();
    record.localSize = object.value(QStringLiteral("local_size")).toInteger(-1);
    record.localModifiedTimeMs = object.value(QStringLiteral("local_mtime_ms")).toInteger();
    record.localSha256 = object.value(QStringLiteral("local_sha256")).toString();
    record.format = object.value(QStringLiteral("format")).toString();
    record.formatStatus = object.value(QStringLiteral("format_status")).toString();
    record.formatDetail = object.value(QStringLiteral("format_detail")).toString();
    record.formatFacts = object.value(QStringLiteral("format_facts")).toObject().toVariantMap();
    record.verdict = fileVerdictFromName(object.value(QStringLiteral("verdict")).toString());
    record.reason = object.value(QStringLiteral("reason")).toString();
    record.verifiedAt = timeFrom(object.value(QStringLiteral("verified_at")));
    return record;
}

bool Journal::allVerified() const
{
    if (files.isEmpty())
        return false;
    for (const FileRecord &file : files) {
        if (file.verdict != FileVerdict::Verified)
            return false;
    }
    return true;
}

QString Journal::reportDigest() const
{
    QJsonArray facts;
    for (const FileRecord &file : files) {
        facts.append(QJsonArray{file.remotePath, file.localPath, file.remoteSize, file.remoteSha256,
                                file.localSize, file.localSha256, file.localModifiedTimeMs,
                                file.format, file.formatStatus, fileVerdictName(file.verdict)});
    }
    const QJsonObject report{{QStringLiteral("target"), targetKey},
                             {QStringLiteral("instance_id"), instanceId},
                             {QStringLiteral("files"), facts}};
    const QByteArray canonical = QJsonDocument(report).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

const FileRecord *Journal::findFile(const QString &remotePath) const
{
    for (const FileRecord &file : files) {
        if (file.remotePath == remotePath)
            return &file;
    }
    return nullptr;
}

QJsonObject Journal::toJson() const
{
    QJsonObject object;
    object[QStringLiteral("schema")] = schemaVersion;
    object[QStringLiteral("target")] = targetKey;
    object[QStringLiteral("instance_id")] = instanceId > 0 ? QJsonValue(instanceId) : QJsonValue(QJsonValue::Null);
    object[QStringLiteral("label")] = label;
    object[QStringLiteral("ssh")] = QJsonObject{{QStringLiteral("user"), sshUser},
                                                {QStringLiteral("host"), sshHost},
                                                {QStringLiteral("port"), int(sshPort)}};
    object[QStringLiteral("destination")] = destination;
    object[QStringLiteral("patterns")] = QJsonArray::fromStringList(patterns);
    object[QStringLiteral("min_size_rules")] = QJsonArray::fromStringList(minSizeRules);
    QJsonArray fileArray;
    for (const FileRecord &file : files)
        fileArray.append(file.toJson());
    object[QStringLiteral("files")] = fileArray;
    object[QStringLiteral("problems")] = QJsonArray::fromStringList(problems);
    object[QStringLiteral("report_digest")] = reportDigest();
    if (confirmation) {
        object[QStringLiteral("confirmation")] =
            QJsonObject{{QStringLiteral("at"), timeText(confirmation->at)},
                        {QStringLiteral("report_digest"), confirmation->reportDigest},
                        {QStringLiteral("typed_id"), confirmation->typedId}};
    } else {
        object[QStringLiteral("confirmation")] = QJsonValue(QJsonValue::Null);
    }
    if (destroy) {
        object[QStringLiteral("destroy")] =
            QJsonObject{{QStringLiteral("state"), destroyStateName(destroy->state)},
                        {QStringLiteral("at"), timeText(destroy->at)},
                        {QStringLiteral("message"), destroy->message}};
    } else {
        object[QStringLiteral("destroy")] = QJsonValue(QJsonValue::Null);
    }
    object[QStringLiteral("created_at")] = timeText(createdAt);
    object[QStringLiteral("updated_at")] = timeText(updatedAt);
    return object;
}

Result<Journal> Journal::fromJson(const QJsonObject &object)
{
    const int schema = object.value(QStringLiteral("schema")).toInt(-1);
    if (schema != schemaVersion) {
        return Error(ErrorKind::LocalIo,
                     Tr::tr("The journal has schema version %1; this Vast Harvest reads version %2. "
                            "Use the version that wrote it.")
                         .arg(schema)
                         .arg(schemaVersion));
    }
    Journal journal;
    journal.targetKey = object.value(QStringLiteral("target")).toString();
    if (journal.targetKey.isEmpty())
        return Error(ErrorKind::LocalIo, Tr::tr("The journal names no target."));
    journal.instanceId = object.value(QStringLiteral("instance_id")).toInteger();
    journal.label = object.value(QStringLiteral("label")).toString();
    const QJsonObject ssh = object.value(QStringLiteral("ssh")).toObject();
    journal.sshUser = ssh.value(QStringLiteral("user")).toString();
    journal.sshHost = ssh.value(QStringLiteral("host")).toString();
    journal.sshPort = quint16(ssh.value(QStringLiteral("port")).toInt());
    journal.destination = object.value(QStringLiteral("destination")).toString();
    for (const QJsonValue &value : object.value(QStringLiteral("patterns")).toArray())
        journal.patterns.append(value.toString());
    for (const QJsonValue &value : object.value(QStringLiteral("min_size_rules")).toArray())
        journal.minSizeRules.append(value.toString());
    for (const QJsonValue &value : object.value(QStringLiteral("files")).toArray()) {
        if (!value.isObject())
            return Error(ErrorKind::LocalIo, Tr::tr("The journal's file list contains an entry that is not an object."));
        journal.files.append(FileRecord::fromJson(value.toObject()));
    }
    for (const QJsonValue &value : object.value(QStringLiteral("problems")).toArray())
        journal.problems.append(value.toString());

    const QJsonValue confirmation = object.value(QStringLiteral("confirmation"));
    if (confirmation.isObject()) {
        const QJsonObject confirmationObject = confirmation.toObject();
        journal.confirmation = Confirmation{
            timeFrom(confirmationObject.value(QStringLiteral("at"))),
            confirmationObject.value(QStringLiteral("report_digest")).toString(),
            confirmationObject.value(QStringLiteral("typed_id")).toString()};
    }
    const QJsonValue destroy = object.value(QStringLiteral("destroy"));
    if (destroy.isObject()) {
        const QJsonObject destroyObject = destroy.toObject();
        DestroyRecord record;
        const QString state = destroyObject.value(QStringLiteral("state")).toString();
        record.state = state == QLatin1String("destroyed") ? DestroyState::Destroyed
                       : state == QLatin1String("failed")  ? DestroyState::Failed
                       : state == QLatin1String("requested") ? DestroyState::Requested
                                                           : DestroyState::Unknown;
        record.at = timeFrom(destroyObject.value(QStringLiteral("at")));
        record.message = destroyObject.value(QStringLiteral("message")).toString();
        journal.destroy = record;
    }
    journal.createdAt = timeFrom(object.value(QStringLiteral("created_at")));
    journal.updatedAt = timeFrom(object.value(QStringLiteral("updated_at")));
    return journal;
}

QString Journal::targetKeyForInstance(qint64 instanceId)
{
    return QStringLiteral("vast:%1").arg(instanceId);
}

QString Journal::targetKeyForSsh(const QString &user, const QString &host, quint16 port)
{
    return QStringLiteral("ssh:%1@%2:%3").arg(user, host).arg(port);
}

} // namespace vh
