#include "cloud/demoprovider.h"

#include "common/logging.h"
#include "transfer/localfolderaccess.h"
#include "verify/ggufcheck.h"
#include "verify/samplemodels.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>

namespace vh {

namespace {

struct Tr final
{
    Q_DECLARE_TR_FUNCTIONS(vh::DemoProvider)
};

// Simulated link speed: slow enough that progress bars move, fast enough
// that the demo takes seconds.
constexpr qint64 demoBytesPerSecond = 24 * 1024 * 1024;

Result<void> writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size()) {
        return Error(ErrorKind::LocalIo,
                     Tr::tr("Cannot write the demo file %1: %2.").arg(path, file.errorString()));
    }
    return {};
}

// A small llama-style GGUF with one large F16 tensor added, so a download
// takes long enough to watch.
QByteArray demoGguf()
{
    GgufSpec spec = sampleGgufSpec(3);
    spec.tensors.append(GgufTensorSpec{QByteArrayLiteral("token_embd_demo.weight"), {4096, 4096}, ggml::typeF16, -1});
    return makeGguf(spec);
}

Instance makeInstance(qint64 id, const QString &label, const QString &gpu, int gpus, double dollarsPerHour,
                      double hoursRunning)
{
    Instance instance;
    instance.id = id;
    instance.label = label;
    instance.actualStatus = QStringLiteral("running");
    instance.status = InstanceStatus::Running;
    instance.intendedStatus = QStringLiteral("running");
    instance.curState = QStringLiteral("running");
    instance.statusMessage = QStringLiteral("success, running pytorch/pytorch/ssh (demo)");
    instance.gpuName = gpu;
    instance.numGpus = gpus;
    instance.dphTotal = dollarsPerHour;
    instance.startDate = double(QDateTime::currentSecsSinceEpoch()) - hoursRunning * 3600.0;
    instance.sshHost = QStringLiteral("demo.invalid");
    instance.sshPort = 22;
    instance.imageRuntype = QStringLiteral("ssh_direct");
    return instance;
}

template<typename T>
void deliver(QObject *context, std::function<void(Result<T>)> done, Result<T> result)
{
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        context, [guard, done = std::move(done), result = std::move(result)] {
            if (guard)
                done(result);
        },
        Qt::QueuedConnection);
}

} // namespace

DemoProvider::DemoProvider(QString dataFolder, QObject *parent)
    : QObject(parent), m_dataFolder(std::move(dataFolder))
{
    m_instances.insert(finishedInstanceId, makeInstance(finishedInstanceId, QStringLiteral("llama-ft-finished"),
                                                        QStringLiteral("RTX 4090"), 2, 0.714, 31.5));
    m_instances.insert(trainingInstanceId, makeInstance(trainingInstanceId, QStringLiteral("mistral-still-training"),
                                                        QStringLiteral("A100 SXM4"), 1, 1.12, 6.2));
    m_instances.insert(corruptInstanceId, makeInstance(corruptInstanceId, QStringLiteral("sdxl-lora-corrupt"),
                                                       QStringLiteral("RTX 3090"), 1, 0.21, 12.0));
    connect(&m_growthTimer, &QTimer::timeout, this, &DemoProvider::growTrainingCheckpoint);
}

DemoProvider::~DemoProvider() = default;

QString DemoProvider::remoteRoot(qint64 instanceId) const
{
    return QDir(m_dataFolder).filePath(QStringLiteral("instances/%1").arg(instanceId));
}

QStringList DemoProvider::defaultPatterns(qint64 instanceId) const
{
    if (instanceId == trainingInstanceId)
        return {QStringLiteral("/workspace/checkpoints/*")};
    return {QStringLiteral("/workspace/out/**/*")};
}

Result<void> DemoProvider::prepare()
{
    const QByteArray gguf = demoGguf();
    if (auto written = writeFile(remoteRoot(finishedInstanceId) + QStringLiteral("/workspace/out/model-q4_k_m.gguf"), gguf);
        !written)
        return written;
    if (auto written = writeFile(remoteRoot(finishedInstanceId) + QStringLiteral("/workspace/out/adapter.safetensors"),
                                 makeSafetensors(sampleSafetensorsSpec()));
        !written)
        return written;

    if (auto written = writeFile(remoteRoot(trainingInstanceId) + QStringLiteral("/workspace/checkpoints/step-latest.bin"),
                                 QByteArray(16 * 1024 * 1024, '\x5a'));
        !written)
        return written;

    // A GGUF cut short, as a crashed conversion leaves it: the header
    // promises tensors the file does not hold.
    if (auto written = writeFile(remoteRoot(corruptInstanceId) + QStringLiteral("/workspace/out/lora-merged.gguf"),
                                 gguf.left(gguf.size() * 2 / 3));
        !written)
        return written;

    m_growthTimer.start(400);
    qCInfo(lcCloud) << "demo files ready in" << m_dataFolder;
    return {};
}

void DemoProvider::growTrainingCheckpoint()
{
    if (!m_instances.contains(trainingInstanceId))
        return;
    QFile file(remoteRoot(trainingInstanceId) + QStringLiteral("/workspace/checkpoints/step-latest.bin"));
    if (file.size() > 512 * 1024 * 1024 || !file.open(QIODevice::Append))
        return;
    file.write(QByteArray(256 * 1024, '\x5b'));
}

std::function<std::unique_ptr<RemoteAccess>()> DemoProvider::remoteAccessFactory(qint64 instanceId) const
{
    const QString root = remoteRoot(instanceId);
    return [root] { return std::make_unique<LocalFolderAccess>(root, demoBytesPerSecond); };
}

void DemoProvider::listInstances(QObject *context, Callback<QList<Instance>> done)
{
    QList<Instance> instances = m_instances.values();
    std::sort(instances.begin(), instances.end(), [](const Instance &a, const Instance &b) { return a.id < b.id; });
    deliver<QList<Instance>>(context, std::move(done), instances);
}

void DemoProvider::showInstance(qint64 id, QObject *context, Callback<std::optional<Instance>> done)
{
    std::optional<Instance> instance;
    if (m_instances.contains(id))
        instance = m_instances.value(id);
    deliver<std::optional<Instance>>(context, std::move(done), instance);
}

void DemoProvider::destroyInstance(qint64 id, QObject *context, Callback<DestroyResult> done)
{
    if (!m_instances.remove(id)) {
        deliver<DestroyResult>(context, std::move(done),
                               DestroyResult{DestroyOutcome::Failed, Tr::tr("Demo instance %1 does not exist.").arg(id),
                                             ErrorKind::NotFound});
        return;
    }
    QDir(remoteRoot(id)).removeRecursively();
    deliver<DestroyResult>(context, std::move(done),
                           DestroyResult{DestroyOutcome::Destroyed,
                                         Tr::tr("Demo instance %1 was destroyed (simulated).").arg(id), ErrorKind::None});
}

void DemoProvider::setInstanceState(qint64 id, InstanceState state, QObject *context, Callback<bool> done)
{
    if (m_instances.contains(id)) {
        Instance &instance = m_instances[id];
        const bool running = state == InstanceState::Running;
        instance.actualStatus = running ? QStringLiteral("running") : QStringLiteral("stopped");
        instance.status = running ? InstanceStatus::Running : InstanceStatus::Stopped;
        instance.intendedStatus = instance.actualStatus;
    }
    deliver<bool>(context, std::move(done), m_instances.contains(id));
}

void DemoProvider::setLabel(qint64 id, const QString &label, QObject *context, Callback<bool> done)
{
    if (m_instances.contains(id))
        m_instances[id].label = label;
    deliver<bool>(context, std::move(done), m_instances.contains(id));
}

} // namespace vh
