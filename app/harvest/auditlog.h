#pragma once

#include "common/result.h"

#include <QJsonObject>
#include <QString>

namespace vh {

// Append-only log of decisions that matter after the fact, one JSON object
// per line in STATE_DIR/audit.jsonl: verify, confirm, destroy request,
// destroy result. Each line is flushed to disk before the call returns.
class AuditLog final
{
public:
    explicit AuditLog(const QString &stateDir);

    // Adds "time" and "event" to fields and appends the line.
    Result<void> append(const QString &event, QJsonObject fields) const;
    const QString &path() const { return m_path; }

private:
    QString m_path;
};

} // namespace vh
