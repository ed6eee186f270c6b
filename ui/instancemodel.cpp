#include "instancemodel.h"

#include "cloud/sshendpoint.h"
#include "statuscolours.h"

#include <QDateTime>
#include <QLocale>
#include <QSet>

namespace vh {

InstanceModel::InstanceModel(QObject *parent)
    : QAbstractTableModel(parent), m_referenceTime(QDateTime::currentSecsSinceEpoch())
{
}

InstanceModel::~InstanceModel() = default;

int InstanceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InstanceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<double> InstanceModel::costSoFar(const Instance &instance) const
{
    if (!instance.dphTotal || !instance.startDate)
        return std::nullopt;
    const double hours = qMax(0.0, (double(m_referenceTime) - *instance.startDate) / 3600.0);
    return *instance.dphTotal * hours;
}

QVariant InstanceModel::displayData(const Instance &instance, int column) const
{
    const QLocale locale;
    switch (column) {
    case IdColumn: return QString::number(instance.id);
    case LabelColumn: return instance.label;
    case StatusColumn:
        if (instance.actualStatus.isEmpty())
            return tr("provisioning");
        return instance.status == InstanceStatus::Unknown ? instance.actualStatus
                                                          : instanceStatusDisplayName(instance.status);
    case GpuColumn:
        if (instance.gpuName.isEmpty())
            return QString();
        //: GPU model times GPU count, e.g. "RTX 4090 × 2"
        return tr("%1 × %2").arg(instance.gpuName).arg(instance.numGpus);
    case PriceColumn:
        return instance.dphTotal ? tr("$%1/h").arg(locale.toString(*instance.dphTotal, 'f', 3)) : QString();
    case CostColumn: {
        const auto cost = costSoFar(instance);
        return cost ? tr("$%1").arg(locale.toString(*cost, 'f', 2)) : QString();
    }
    case SshColumn: {
        const SshEndpoint endpoint = sshEndpointFor(instance);
        return endpoint.isValid() ? endpoint.toString() : tr("none yet");
    }
    case HarvestColumn: return m_harvestStates.value(instance.id);
    }
    return {};
}

QVariant InstanceModel::rawData(const Instance &instance, int column) const
{
    switch (column) {
    case IdColumn: return instance.id;
    case PriceColumn: return instance.dphTotal.value_or(-1.0);
    case CostColumn: return costSoFar(instance).value_or(-1.0);
    case GpuColumn: return QStringLiteral("%1 %2").arg(instance.gpuName).arg(instance.numGpus, 3, 10, QLatin1Char('0'));
    default: return displayData(instance, column);
    }
}

QVariant InstanceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Instance &instance = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: return displayData(instance, column);
    case RawRole: return rawData(instance, column);
    case InstanceIdRole: return instance.id;
    case Qt::DecorationRole:
        if (column == StatusColumn)
            return dotIcon(colourForStatus(instance.status));
        return {};
    case Qt::TextAlignmentRole:
        if (column == IdColumn || column == PriceColumn || column == CostColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (column == StatusColumn && !instance.statusMessage.isEmpty())
            return instance.statusMessage;
        if (column == CostColumn && instance.dphTotal && instance.startDate) {
            return tr("$%1 per hour since %2")
                .arg(QLocale().toString(*instance.dphTotal, 'f', 4),
                     QLocale().toString(QDateTime::fromSecsSinceEpoch(qint64(*instance.startDate)),
                                        QLocale::ShortFormat));
        }
        if (column == SshColumn) {
            const SshEndpoint endpoint = sshEndpointFor(instance);
            if (endpoint.isValid())
                return endpoint.direct ? tr("Direct connection to the instance")
                                       : tr("Through the Vast.ai SSH proxy");
            return tr("The instance has no SSH address until it runs.");
        }
        return {};
    }
    return {};
}

QVariant InstanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn: return tr("ID");
    case LabelColumn: return tr("Label");
    case StatusColumn: return tr("Status");
    case GpuColumn: return tr("GPU");
    case PriceColumn: return tr("Price");
    case CostColumn: return tr("Cost so far");
    case SshColumn: return tr("SSH");
    case HarvestColumn: return tr("Harvest");
    }
    return {};
}

void InstanceModel::setInstances(const QList<Instance> &instances)
{
    QSet<qint64> incoming;
    for (const Instance &instance : instances)
        incoming.insert(instance.id);

    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (incoming.contains(m_rows.at(row).id))
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    for (const Instance &instance : instances) {
        const int row = rowOf(instance.id);
        if (row >= 0) {
            const QStringList before = signature(m_rows.at(row));
            m_rows[row] = instance;
            // A refresh mostly repeats what the rows show; only real changes
            // reach the views.
            if (signature(instance) != before)
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            continue;
        }
        const int end = int(m_rows.size());
        beginInsertRows({}, end, end);
        m_rows.append(instance);
        endInsertRows();
    }
}

QStringList InstanceModel::signature(const Instance &instance) const
{
    QStringList texts;
    for (int column = 0; column < ColumnCount; ++column)
        texts.append(displayData(instance, column).toString());
    texts.append(instance.statusMessage);
    texts.append(QString::number(int(instance.status)));
    return texts;
}

void InstanceModel::setHarvestState(qint64 instanceId, const QString &text)
{
    if (m_harvestStates.value(instanceId) == text)
        return;
    m_harvestStates.insert(instanceId, text);
    const int row = rowOf(instanceId);
    if (row >= 0)
        emit dataChanged(index(row, HarvestColumn), index(row, HarvestColumn),
                         {Qt::DisplayRole, RawRole});
}

void InstanceModel::setReferenceTime(qint64 secondsSinceEpoch)
{
    m_referenceTime = secondsSinceEpoch;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, CostColumn), index(int(m_rows.size()) - 1, CostColumn),
                         {Qt::DisplayRole, RawRole, Qt::ToolTipRole});
}

int InstanceModel::rowOf(qint64 instanceId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == instanceId)
            return row;
    }
    return -1;
}

const Instance *InstanceModel::instance(qint64 instanceId) const
{
    const int row = rowOf(instanceId);
    return row >= 0 ? &m_rows.at(row) : nullptr;
}

} // namespace vh
