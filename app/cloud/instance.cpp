#include "cloud/instance.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>

#include <algorithm>
#include <cmath>

namespace vh {

namespace {

struct Tr final
{
    Q_DECLARE_TR_FUNCTIONS(vh::Instance)
};

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool: return Tr::tr("a boolean");
    case QJsonValue::Double: return Tr::tr("a number");
    case QJsonValue::String: return Tr::tr("a string");
    case QJsonValue::Array: return Tr::tr("an array");
    case QJsonValue::Object: return Tr::tr("an object");
    case QJsonValue::Null: return Tr::tr("null");
    case QJsonValue::Undefined: return Tr::tr("nothing");
    }
    return Tr::tr("nothing");
}

// Reads fields of one row and collects a sentence for each field of the
// wrong type, so a changed API shows up in the log instead of a crash.
class FieldReader final
{
public:
    FieldReader(const QJsonObject &object, QStringList &warnings)
        : m_object(object), m_warnings(warnings)
    {
    }

    QString text(const char *name)
    {
        const QJsonValue value = m_object.value(QLatin1String(name));
        if (value.isString())
            return value.toString();
        if (!isAbsent(value))
            warn(name, Tr::tr("text"), value);
        return {};
    }

    std::optional<double> number(const char *name)
    {
        const QJsonValue value = m_object.value(QLatin1String(name));
        if (value.isDouble() && std::isfinite(value.toDouble()))
            return value.toDouble();
        if (!isAbsent(value))
            warn(name, Tr::tr("a number"), value);
        return std::nullopt;
    }

    std::optional<qint64> integer(const char *name)
    {
        const QJsonValue value = m_object.value(QLatin1String(name));
        if (value.isDouble()) {
            const double number = value.toDouble();
            if (std::isfinite(number) && number == std::floor(number) && std::fabs(number) < 9.0e15)
                return qint64(number);
        }
        if (!isAbsent(value))
            warn(name, Tr::tr("a whole number"), value);
        return std::nullopt;
    }

    QJsonValue raw(const char *name) const { return m_object.value(QLatin1String(name)); }

    void warn(const char *name, const QString &expected, const QJsonValue &found)
    {
        //: %1 is a JSON field name, %2 the expected type, %3 the type found.
        m_warnings.append(Tr::tr("Field '%1' should be %2 but is %3; it was ignored.")
                              .arg(QLatin1String(name), expected, jsonTypeName(found)));
    }

private:
    static bool isAbsent(const QJsonValue &value) { return value.isNull() || value.isUndefined(); }

    const QJsonObject &m_object;
    QStringList &m_warnings;
};

InstanceStatus statusFromText(const QString &text)
{
    static const QHash<QString, InstanceStatus> known = {
        {QStringLiteral("created"), InstanceStatus::Created},
        {QStringLiteral("loading"), InstanceStatus::Loading},
        {QStringLiteral("running"), InstanceStatus::Running},
        {QStringLiteral("stopped"), InstanceStatus::Stopped},
        {QStringLiteral("frozen"), InstanceStatus::Frozen},
        {QStringLiteral("exited"), InstanceStatus::Exited},
        {QStringLiteral("rebooting"), InstanceStatus::Rebooting},
        {QStringLiteral("offline"), InstanceStatus::Offline},
        {QStringLiteral("unknown"), InstanceStatus::Unknown},
    };
    return known.value(text.trimmed().toLower(), InstanceStatus::Unknown);
}

void readPorts(FieldReader &reader, Instance &instance)
{
    const QJsonValue value = reader.raw("ports");
    if (value.isNull() || value.isUndefined())
        return;
    if (!value.isObject()) {
        reader.warn("ports", QCoreApplication::translate("vh::Instance", "an object"), value);
        return;
    }
    const QJsonObject ports = value.toObject();
    for (auto it = ports.begin(); it != ports.end(); ++it) {
        if (it.value().isNull())
            continue;
        if (!it.value().isArray()) {
            reader.warn("ports", QCoreApplication::translate("vh::Instance", "an object of arrays"),
                        it.value());
            continue;
        }
        QList<PortBinding> bindings;
        const QJsonArray entries = it.value().toArray();
        for (const QJsonValue &entry : entries) {
            const QJsonObject binding = entry.toObject();
            const QJsonValue hostPort = binding.value(QLatin1String("HostPort"));
            PortBinding parsed;
            parsed.hostIp = binding.value(QLatin1String("HostIp")).toString();
            if (hostPort.isString()) {
                parsed.hostPort = hostPort.toString().trimmed();
            } else if (hostPort.isDouble()) {
                // The OpenAPI description declares an integer even though
                // the service sends text, and both mean the same port.
                parsed.hostPort = QString::number(hostPort.toDouble(), 'f', 0);
            } else {
                reader.warn("ports",
                            QCoreApplication::translate("vh::Instance",
                                                        "a HostPort string for each mapping"),
                            hostPort);
                continue;
            }
            bindings.append(parsed);
        }
        instance.ports.insert(it.key(), bindings);
    }
}

} // namespace

QString instanceStatusName(InstanceStatus status)
{
    switch (status) {
    case InstanceStatus::Unknown: return QStringLiteral("unknown");
    case InstanceStatus::Provisioning: return QStringLiteral("provisioning");
    case InstanceStatus::Created: return QStringLiteral("created");
    case InstanceStatus::Loading: return QStringLiteral("loading");
    case InstanceStatus::Running: return QStringLiteral("running");
    case InstanceStatus::Stopped: return QStringLiteral("stopped");
    case InstanceStatus::Frozen: return QStringLiteral("frozen");
    case InstanceStatus::Exited: return QStringLiteral("exited");
    case InstanceStatus::Rebooting: return QStringLiteral("rebooting");
    case InstanceStatus::Offline: return QStringLiteral("offline");
    }
    return QStringLiteral("unknown");
}

QString instanceStatusDisplayName(InstanceStatus status)
{
    switch (status) {
    case InstanceStatus::Unknown: return Tr::tr("Unknown");
    case InstanceStatus::Provisioning: return Tr::tr("Provisioning");
    case InstanceStatus::Created: return Tr::tr("Created");
    case InstanceStatus::Loading: return Tr::tr("Loading");
    case InstanceStatus::Running: return Tr::tr("Running");
    case InstanceStatus::Stopped: return Tr::tr("Stopped");
    case InstanceStatus::Frozen: return Tr::tr("Frozen");
    case InstanceStatus::Exited: return Tr::tr("Exited");
    case InstanceStatus::Rebooting: return Tr::tr("Rebooting");
    case InstanceStatus::Offline: return Tr::tr("Offline");
    }
    return Tr::tr("Unknown");
}

bool Instance::isUnloaded() const
{
    return curState.compare(QLatin1String("unloaded"), Qt::CaseInsensitive) == 0;
}

Result<Instance> instanceFromJson(const QJsonObject &object)
{
    Instance instance;
    FieldReader reader(object, instance.fieldWarnings);

    const QJsonValue idValue = object.value(QLatin1String("id"));
    const double idNumber = idValue.toDouble(-1);
    if (!idValue.isDouble() || !std::isfinite(idNumber) || idNumber != std::floor(idNumber)
        || idNumber < 1 || idNumber > 9.0e15) {
        return Error(ErrorKind::Provider,
                     Tr::tr("Vast.ai sent an instance without a valid id (found %1); the row was "
                            "skipped.")
                         .arg(jsonTypeName(idValue)));
    }
    instance.id = qint64(idNumber);

    instance.label = reader.text("label");

    const QJsonValue status = object.value(QLatin1String("actual_status"));
    if (status.isNull()) {
        instance.status = InstanceStatus::Provisioning;
    } else if (status.isString()) {
        instance.actualStatus = status.toString();
        instance.status = statusFromText(instance.actualStatus);
    } else if (!status.isUndefined()) {
        reader.warn("actual_status", Tr::tr("text"), status);
    }

    instance.intendedStatus = reader.text("intended_status");
    instance.curState = reader.text("cur_state");
    instance.nextState = reader.text("next_state");
    instance.statusMessage = reader.text("status_msg");
    instance.gpuName = reader.text("gpu_name");
    if (const auto gpus = reader.integer("num_gpus"))
        instance.numGpus = int(std::clamp<qint64>(*gpus, 0, 1 << 16));
    instance.dphTotal = reader.number("dph_total");
    instance.dphBase = reader.number("dph_base");
    instance.storageCost = reader.number("storage_cost");
    instance.storageTotalCost = reader.number("storage_total_cost");
    instance.startDate = reader.number("start_date");
    instance.duration = reader.number("duration");
    instance.sshHost = reader.text("ssh_host").trimmed();
    if (const auto port = reader.integer("ssh_port"))
        instance.sshPort = int(std::clamp<qint64>(*port, -1, 1 << 20));
    // Trimmed because the address becomes a host name as it is, where stray
    // whitespace would break the connection.
    instance.publicIpAddress = reader.text("public_ipaddr").trimmed();
    readPorts(reader, instance);
    instance.imageRuntype = reader.text("image_runtype");
    instance.diskSpace = reader.number("disk_space");
    instance.diskUsage = reader.number("disk_usage");
    if (instance.diskUsage && *instance.diskUsage < 0)
        instance.diskUsage.reset();

    return instance;
}

} // namespace vh
