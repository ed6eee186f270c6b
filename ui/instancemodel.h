#pragma once

#include "cloud/instance.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace vh {

// The account's instances, one row each, updated in place on every
// refresh so the selection and scroll position survive it.
class InstanceModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceModel)

public:
    enum Column { IdColumn, LabelColumn, StatusColumn, GpuColumn, PriceColumn, CostColumn,
                  SshColumn, HarvestColumn, ColumnCount };
    enum Role {
        RawRole = Qt::UserRole + 1, // the number or text that sorting uses
        InstanceIdRole,
    };

    explicit InstanceModel(QObject *parent = nullptr);
    ~InstanceModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces the rows: known ids are updated, new ids appended, missing ids removed.
    void setInstances(const QList<Instance> &instances);
    // Sets the harvest column of one instance, which is kept across refreshes.
    void setHarvestState(qint64 instanceId, const QString &text);
    // "Now" for the cost so far; set on every refresh.
    void setReferenceTime(qint64 secondsSinceEpoch);

    int rowOf(qint64 instanceId) const;
    const Instance *instance(qint64 instanceId) const;
    const Instance &instanceAt(int row) const { return m_rows.at(row); }

private:
    QVariant displayData(const Instance &instance, int column) const;
    QVariant rawData(const Instance &instance, int column) const;
    std::optional<double> costSoFar(const Instance &instance) const;
    // Everything a row shows, to tell a changed row from a repeated one.
    QStringList signature(const Instance &instance) const;

    QList<Instance> m_rows;
    QHash<qint64, QString> m_harvestStates;
    qint64 m_referenceTime = 0;
};

} // namespace vh
