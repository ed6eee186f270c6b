#include "harvest/auditlog.h"

#include "common/logging.h"
#include "common/platform.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <mutex>

namespace vh {

AuditLog::AuditLog(const QString &stateDir)
    : m_path(QDir(stateDir).filePath(QStringLiteral("audit.jsonl")))
{
}

Result<void> AuditLog::append(const QString &event, QJsonObject fields) const
{
    static std::mutex mutex;
    const std::lock_guard<std::mutex> guard(mutex);

    fields.insert(QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    fields.insert(QStringLiteral("event"), event);
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        return Error(ErrorKind::LocalIo,
                     QCoreApplication::translate("vh::AuditLog", "Cannot append to the audit log %1: %2.")
                         .arg(m_path, file.errorString()));
    }
    const QByteArray line = QJsonDocument(fields).toJson(QJsonDocument::Compact) + '\n';
    QString syncError;
    if (file.write(line) != line.size() || !syncFileToDisk(file, &syncError)) {
        return Error(ErrorKind::LocalIo,
                     QCoreApplication::translate("vh::AuditLog", "Cannot append to the audit log %1: %2.")
                         .arg(m_path, syncError.isEmpty() ? file.errorString() : syncError));
    }
    qCInfo(lcHarvest) << "audit" << event << fields.value(QStringLiteral("target")).toString();
    return {};
}

} // namespace vh
