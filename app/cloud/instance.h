#pragma once

#include "common/result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vh {

// The container state Vast.ai reports in `actual_status`. Null means the
// instance is still being provisioned; text the app does not know maps to
// Unknown while Instance::actualStatus keeps the raw value.
enum class InstanceStatus {
    Unknown,
    Provisioning,
    Created,
    Loading,
    Running,
    Stopped,
    Frozen,
    Exited,
    Rebooting,
    Offline,
};

// Stable lower-case name of a status, for JSON output and journals.
QString instanceStatusName(InstanceStatus status);
// Translated word for tables and tooltips.
QString instanceStatusDisplayName(InstanceStatus status);

// One mapping of a container port, e.g. "22/tcp" -> 0.0.0.0:41022. Vast.ai
// sends HostPort as a string; a number is accepted as well.
struct PortBinding
{
    QString hostIp;
    QString hostPort;
};

// One row of the account's instance list, typed. Fields that Vast.ai left out
// or sent as null stay empty (or std::nullopt). A field of the wrong type is
// left empty too, and fieldWarnings describes it.
struct Instance
{
    qint64 id = 0;
    QString label;
    QString actualStatus; // raw text; empty while provisioning (null)
    InstanceStatus status = InstanceStatus::Unknown;
    QString intendedStatus;
    QString curState;
    QString nextState;
    QString statusMessage;
    QString gpuName;
    int numGpus = 0;
    std::optional<double> dphTotal; // dollars per hour, everything included
    std::optional<double> dphBase;
    std::optional<double> storageCost;
    std::optional<double> storageTotalCost;
    std::optional<double> startDate; // seconds since the epoch
    std::optional<double> duration;  // seconds
    QString sshHost;                 // the proxy host, sshN.vast.ai
    int sshPort = 0;                 // the proxy port
    QString publicIpAddress;
    QHash<QString, QList<PortBinding>> ports; // only while running
    QString imageRuntype;
    std::optional<double> diskSpace; // GB allocated
    std::optional<double> diskUsage; // Vast.ai sends -1 for unknown; kept as nullopt
    QStringList fieldWarnings;

    // True when Vast.ai reports the instance released (`cur_state` unloaded),
    // which is how a destroyed instance can still show up for a moment.
    bool isUnloaded() const;
};

// Builds an Instance from one JSON row of the v1 list or the v0 show response.
// Fails only when `id` is missing or not a positive integer.
Result<Instance> instanceFromJson(const QJsonObject &object);

} // namespace vh
