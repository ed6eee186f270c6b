#include "cli/clioutput.h"
#include "cli/cliprovider.h"
#include "cli/commands.h"
#include "cloud/instance.h"
#include "cloud/sshendpoint.h"
#include "cloud/vastclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace vh {

namespace {

struct Tr final
{
    Q_DECLARE_TR_FUNCTIONS(vh::InstancesCommand)
};

const QString &noValue()
{
    static const QString dash = QStringLiteral("-");
    return dash;
}

// The stable status name, or Vast.ai's own word when the app does not know it.
QString statusText(const Instance &instance)
{
    if (instance.status == InstanceStatus::Unknown && !instance.actualStatus.isEmpty())
        return instance.actualStatus;
    return instanceStatusName(instance.status);
}

QStringList tableRow(const Instance &instance)
{
    QString gpu = instance.gpuName.isEmpty() ? noValue() : instance.gpuName;
    if (!instance.gpuName.isEmpty() && instance.numGpus > 0)
        gpu = QStringLiteral("%1 \u00d7 %2").arg(instance.gpuName, QString::number(instance.numGpus));
    const SshEndpoint endpoint = sshEndpointFor(instance);
    QString ssh = noValue();
    if (endpoint.isValid())
        ssh = endpoint.direct ? endpoint.toString() : Tr::tr("%1 (proxy)").arg(endpoint.toString());
    return {QString::number(instance.id),
            instance.label.isEmpty() ? noValue() : instance.label,
            statusText(instance),
            gpu,
            instance.dphTotal ? QString::number(*instance.dphTotal, 'f', 3) : noValue(),
            ssh};
}

void printTable(CliOutput &output, const QList<Instance> &instances)
{
    QList<QStringList> rows;
    rows.append({Tr::tr("ID"), Tr::tr("LABEL"), Tr::tr("STATUS"), Tr::tr("GPU"), Tr::tr("$/H"), Tr::tr("SSH")});
    for (const Instance &instance : instances)
        rows.append(tableRow(instance));

    QList<qsizetype> widths(rows.first().size(), 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype column = 0; column < row.size(); ++column)
            widths[column] = qMax(widths[column], row[column].size());
    }
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column) {
            const bool last = column + 1 == row.size();
            line += last ? row[column] : row[column].leftJustified(widths[column] + 2);
        }
        output.printLine(line);
    }
}

QJsonObject jsonRow(const Instance &instance)
{
    const SshEndpoint endpoint = sshEndpointFor(instance);
    auto textOrNull = [](const QString &text) {
        return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    };
    auto numberOrNull = [](const std::optional<double> &number) {
        return number ? QJsonValue(*number) : QJsonValue(QJsonValue::Null);
    };
    return QJsonObject{
        {QStringLiteral("id"), instance.id},
        {QStringLiteral("label"), textOrNull(instance.label)},
        {QStringLiteral("status"), statusText(instance)},
        {QStringLiteral("actual_status"), textOrNull(instance.actualStatus)},
        {QStringLiteral("intended_status"), textOrNull(instance.intendedStatus)},
        {QStringLiteral("cur_state"), textOrNull(instance.curState)},
        {QStringLiteral("gpu_name"), textOrNull(instance.gpuName)},
        {QStringLiteral("num_gpus"), instance.numGpus},
        {QStringLiteral("dph_total"), numberOrNull(instance.dphTotal)},
        {QStringLiteral("ssh_user"), endpoint.user},
        {QStringLiteral("ssh_host"), endpoint.isValid() ? QJsonValue(endpoint.host)
                                                        : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("ssh_port"), endpoint.isValid() ? QJsonValue(int(endpoint.port))
                                                        : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("ssh_direct"), endpoint.direct},
    };
}

} // namespace

int runInstancesCommand(const CliContext &context)
{
    if (!context.arguments.isEmpty()) {
        context.output.printMessage(
            Tr::tr("vastharvest-cli: 'instances' takes no arguments, but got '%1'.")
                .arg(context.arguments.join(QLatin1Char(' '))));
        return ExitUsage;
    }

    QObject scope;
    CliOutput &output = context.output;
    const bool json = context.global.json;
    auto fail = [&output](const Error &error) {
        output.printMessage(error.message);
        QCoreApplication::exit(exitCodeFor(error));
    };

    // Everything starts from the event loop so that every exit() below lands
    // in the exec() that follows.
    QTimer::singleShot(0, &scope, [&context, &scope, &output, json, fail] {
        createCliVastClient(context, &scope, [&scope, &output, json, fail](Result<VastClient *> client) {
            if (!client) {
                fail(client.error());
                return;
            }
            client.value()->listInstances(&scope, [&output, json, fail](Result<QList<Instance>> instances) {
                if (!instances) {
                    fail(instances.error());
                    return;
                }
                if (json) {
                    QJsonArray array;
                    for (const Instance &instance : instances.value())
                        array.append(jsonRow(instance));
                    output.printJson(QJsonDocument(array));
                } else if (instances->isEmpty()) {
                    output.printMessage(Tr::tr("The account has no instances."));
                } else {
                    printTable(output, instances.value());
                }
                QCoreApplication::exit(ExitSuccess);
            });
        });
    });
    return QCoreApplication::exec();
}

} // namespace vh
