#include "cloud/instance.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace vh;

Q_DECLARE_METATYPE(vh::InstanceStatus)

namespace {

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

class TestInstance : public QObject
{
    Q_OBJECT

private slots:
    void fullRow();
    void nullsAndMissingFields();
    void wrongTypesBecomeWarnings_data();
    void wrongTypesBecomeWarnings();
    void invalidId_data();
    void invalidId();
    void statusMapping_data();
    void statusMapping();
    void numericHostPortAccepted();
};

void TestInstance::fullRow()
{
    const QJsonObject row = parse(R"({
        "id": 28734519, "label": "llama-ft-run3", "machine_id": 41237,
        "actual_status": "running", "intended_status": "running", "cur_state": "running",
        "next_state": "stopped", "status_msg": "success, running pytorch/ssh",
        "image_runtype": "ssh_direct", "gpu_name": "RTX 4090", "num_gpus": 2,
        "dph_base": 0.70, "dph_total": 0.7139, "storage_cost": 0.20, "storage_total_cost": 0.0139,
        "start_date": 1754400123.52, "duration": 312.5,
        "ssh_host": "ssh7.vast.ai", "ssh_port": 34518, "public_ipaddr": "203.0.113.57\n",
        "ports": {"22/tcp": [{"HostIp": "0.0.0.0", "HostPort": "41022"}],
                  "8080/tcp": [{"HostIp": "0.0.0.0", "HostPort": "41080"}]},
        "disk_space": 50.0, "disk_usage": 18.6, "extra_env": [["HF_HOME", "/workspace/hf"]]
    })");
    const Result<Instance> parsed = instanceFromJson(row);
    QVERIFY(parsed.ok());
    const Instance &instance = parsed.value();
    QCOMPARE(instance.id, qint64(28734519));
    QCOMPARE(instance.label, QStringLiteral("llama-ft-run3"));
    QCOMPARE(instance.actualStatus, QStringLiteral("running"));
    QCOMPARE(instance.status, InstanceStatus::Running);
    QCOMPARE(instance.intendedStatus, QStringLiteral("running"));
    QCOMPARE(instance.curState, QStringLiteral("running"));
    QCOMPARE(instance.nextState, QStringLiteral("stopped"));
    QCOMPARE(instance.statusMessage, QStringLiteral("success, running pytorch/ssh"));
    QCOMPARE(instance.gpuName, QStringLiteral("RTX 4090"));
    QCOMPARE(instance.numGpus, 2);
    QCOMPARE(instance.dphTotal.value_or(-1), 0.7139);
    QCOMPARE(instance.dphBase.value_or(-1), 0.70);
    QCOMPARE(instance.storageCost.value_or(-1), 0.20);
    QCOMPARE(instance.storageTotalCost.value_or(-1), 0.0139);
    QCOMPARE(instance.startDate.value_or(-1), 1754400123.52);
    QCOMPARE(instance.duration.value_or(-1), 312.5);
    QCOMPARE(instance.sshHost, QStringLiteral("ssh7.vast.ai"));
    QCOMPARE(instance.sshPort, 34518);
    QCOMPARE(instance.publicIpAddress, QStringLiteral("203.0.113.57"));
    QCOMPARE(instance.ports.size(), 2);
    QCOMPARE(instance.ports.value(QStringLiteral("22/tcp")).first().hostPort,
             QStringLiteral("41022"));
    QCOMPARE(instance.imageRuntype, QStringLiteral("ssh_direct"));
    QCOMPARE(instance.diskSpace.value_or(-1), 50.0);
    QCOMPARE(instance.diskUsage.value_or(-1), 18.6);
    QVERIFY2(instance.fieldWarnings.isEmpty(), qPrintable(instance.fieldWarnings.join(u'\n')));
    QVERIFY(!instance.isUnloaded());
}

void TestInstance::nullsAndMissingFields()
{
    const QJsonObject row = parse(R"({
        "id": 7, "label": null, "actual_status": null, "intended_status": null,
        "gpu_name": null, "num_gpus": null, "dph_total": null, "ssh_host": null,
        "ssh_port": null, "public_ipaddr": null, "ports": null, "disk_usage": -1,
        "cur_state": "unloaded"
    })");
    const Result<Instance> parsed = instanceFromJson(row);
    QVERIFY(parsed.ok());
    const Instance &instance = parsed.value();
    QCOMPARE(instance.id, qint64(7));
    QVERIFY(instance.label.isEmpty());
    QCOMPARE(instance.status, InstanceStatus::Provisioning);
    QVERIFY(instance.actualStatus.isEmpty());
    QCOMPARE(instance.numGpus, 0);
    QVERIFY(!instance.dphTotal.has_value());
    QVERIFY(!instance.storageCost.has_value());
    QVERIFY(!instance.diskUsage.has_value()); // -1 means unknown
    QVERIFY(instance.ports.isEmpty());
    QCOMPARE(instance.sshPort, 0);
    QVERIFY(instance.isUnloaded());
    QVERIFY2(instance.fieldWarnings.isEmpty(), qPrintable(instance.fieldWarnings.join(u'\n')));

    // A row with only an id: absent status is Unknown, not Provisioning.
    const Result<Instance> bare = instanceFromJson(parse(R"({"id": 8})"));
    QVERIFY(bare.ok());
    QCOMPARE(bare->status, InstanceStatus::Unknown);
    QVERIFY(bare->fieldWarnings.isEmpty());
}

void TestInstance::wrongTypesBecomeWarnings_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("json");

    QTest::newRow("label number") << "label" << R"({"id": 1, "label": 42})";
    QTest::newRow("num_gpus string") << "num_gpus" << R"({"id": 1, "num_gpus": "2"})";
    QTest::newRow("num_gpus fraction") << "num_gpus" << R"({"id": 1, "num_gpus": 1.5})";
    QTest::newRow("dph_total string") << "dph_total" << R"({"id": 1, "dph_total": "0.7"})";
    QTest::newRow("ssh_port string") << "ssh_port" << R"({"id": 1, "ssh_port": "22"})";
    QTest::newRow("actual_status object") << "actual_status"
                                          << R"({"id": 1, "actual_status": {"a": 1}})";
    QTest::newRow("ports array") << "ports" << R"({"id": 1, "ports": [1, 2]})";
    QTest::newRow("HostPort bool") << "ports"
                                   << R"({"id": 1, "ports": {"22/tcp": [{"HostPort": true}]}})";
    QTest::newRow("public_ipaddr array") << "public_ipaddr"
                                         << R"({"id": 1, "public_ipaddr": ["1.2.3.4"]})";
    QTest::newRow("start_date bool") << "start_date" << R"({"id": 1, "start_date": true})";
}

void TestInstance::wrongTypesBecomeWarnings()
{
    QFETCH(QString, field);
    QFETCH(QString, json);
    const Result<Instance> parsed = instanceFromJson(parse(json.toUtf8().constData()));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->fieldWarnings.size(), 1);
    QVERIFY2(parsed->fieldWarnings.first().contains(QLatin1Char('\'') + field + QLatin1Char('\'')),
             qPrintable(parsed->fieldWarnings.first()));
}

void TestInstance::invalidId_data()
{
    QTest::addColumn<QString>("json");
    QTest::newRow("missing") << R"({"label": "x"})";
    QTest::newRow("null") << R"({"id": null})";
    QTest::newRow("string") << R"({"id": "123"})";
    QTest::newRow("zero") << R"({"id": 0})";
    QTest::newRow("negative") << R"({"id": -4})";
    QTest::newRow("fraction") << R"({"id": 1.5})";
}

void TestInstance::invalidId()
{
    QFETCH(QString, json);
    const Result<Instance> parsed = instanceFromJson(parse(json.toUtf8().constData()));
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().kind, ErrorKind::Provider);
    QVERIFY(!parsed.error().message.isEmpty());
}

void TestInstance::statusMapping_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<InstanceStatus>("expected");
    QTest::addColumn<QString>("name");

    QTest::newRow("created") << "created" << InstanceStatus::Created << "created";
    QTest::newRow("loading") << "loading" << InstanceStatus::Loading << "loading";
    QTest::newRow("running") << "running" << InstanceStatus::Running << "running";
    QTest::newRow("stopped") << "stopped" << InstanceStatus::Stopped << "stopped";
    QTest::newRow("frozen") << "frozen" << InstanceStatus::Frozen << "frozen";
    QTest::newRow("exited") << "exited" << InstanceStatus::Exited << "exited";
    QTest::newRow("rebooting") << "rebooting" << InstanceStatus::Rebooting << "rebooting";
    QTest::newRow("offline") << "offline" << InstanceStatus::Offline << "offline";
    QTest::newRow("unknown") << "unknown" << InstanceStatus::Unknown << "unknown";
    QTest::newRow("new word") << "hibernating" << InstanceStatus::Unknown << "unknown";
}

void TestInstance::statusMapping()
{
    QFETCH(QString, raw);
    QFETCH(InstanceStatus, expected);
    QFETCH(QString, name);
    const Result<Instance> parsed =
        instanceFromJson(QJsonObject{{QStringLiteral("id"), 3}, {QStringLiteral("actual_status"), raw}});
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->status, expected);
    QCOMPARE(parsed->actualStatus, raw); // the raw text is kept
    QCOMPARE(instanceStatusName(parsed->status), name);
}

void TestInstance::numericHostPortAccepted()
{
    const Result<Instance> parsed =
        instanceFromJson(parse(R"({"id": 1, "ports": {"22/tcp": [{"HostIp": "0.0.0.0", "HostPort": 41022}]}})"));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->ports.value(QStringLiteral("22/tcp")).first().hostPort, QStringLiteral("41022"));
    QVERIFY(parsed->fieldWarnings.isEmpty());
}

QTEST_GUILESS_MAIN(TestInstance)
#include "tst_instance.moc"
