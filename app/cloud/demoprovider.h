#pragma once

#include "cloud/cloudprovider.h"
#include "transfer/remoteaccess.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>

namespace vh {

// Simulated instances for people trying Vast Harvest without an account.
// Their "remote" files are real sample models generated into a local
// folder, read through LocalFolderAccess instead of SSH:
//   - a finished run with a valid GGUF and safetensors pair,
//   - a run still training, whose checkpoint keeps growing,
//   - a run whose GGUF is corrupt.
// Never used by tests in place of the real SSH and API parts.
class DemoProvider final : public QObject, public CloudProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoProvider)

public:
    explicit DemoProvider(QString dataFolder, QObject *parent = nullptr);
    ~DemoProvider() override;

    // Writes the sample files (again) under dataFolder; call once before use.
    Result<void> prepare();

    // Connections to a demo instance's files, for HarvestSettings.
    std::function<std::unique_ptr<RemoteAccess>()> remoteAccessFactory(qint64 instanceId) const;
    // Patterns that select the demo instance's results.
    QStringList defaultPatterns(qint64 instanceId) const;
    QString remoteRoot(qint64 instanceId) const;

    void listInstances(QObject *context, Callback<QList<Instance>> done) override;
    void showInstance(qint64 id, QObject *context, Callback<std::optional<Instance>> done) override;
    void destroyInstance(qint64 id, QObject *context, Callback<DestroyResult> done) override;
    void setInstanceState(qint64 id, InstanceState state, QObject *context, Callback<bool> done) override;
    void setLabel(qint64 id, const QString &label, QObject *context, Callback<bool> done) override;

    static constexpr qint64 finishedInstanceId = 31000001;
    static constexpr qint64 trainingInstanceId = 31000002;
    static constexpr qint64 corruptInstanceId = 31000003;

private:
    void growTrainingCheckpoint();

    QString m_dataFolder;
    QHash<qint64, Instance> m_instances;
    QTimer m_growthTimer;
};

} // namespace vh
