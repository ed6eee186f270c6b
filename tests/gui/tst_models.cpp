// The instance and file models under QAbstractItemModelTester, their
// in-place updates, raw sort values, throttled progress and the delegate.
#include "filemodel.h"
#include "instancemodel.h"
#include "progressdelegate.h"

#include <QAbstractItemModelTester>
#include <QPainter>
#include <QPixmap>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTest>

using namespace vh;

namespace {

Instance makeInstance(qint64 id, const QString &label, double pricePerHour)
{
    Instance instance;
    instance.id = id;
    instance.label = label;
    instance.actualStatus = QStringLiteral("running");
    instance.status = InstanceStatus::Running;
    instance.gpuName = QStringLiteral("RTX 4090");
    instance.numGpus = 2;
    instance.dphTotal = pricePerHour;
    instance.startDate = 1'000'000.0;
    instance.publicIpAddress = QStringLiteral("203.0.113.7");
    instance.ports.insert(QStringLiteral("22/tcp"), {PortBinding{QStringLiteral("0.0.0.0"), QStringLiteral("41022")}});
    return instance;
}

FileRecord makeFile(const QString &path, qint64 size)
{
    FileRecord file;
    file.remotePath = path;
    file.localPath = QStringLiteral("/tmp/dest") + path;
    file.remoteSize = size;
    return file;
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private slots:
    void instanceModelPassesTester();
    void instanceRefreshUpdatesInPlace();
    void instanceCostSoFar();
    void instanceSortsByRawPrice();
    void fileModelPassesTester();
    void fileSizesHumanAndExact();
    void fileProgressIsThrottled();
    void fileUpdateTouchesOneRow();
    void fileHashShortenedWithTooltip();
    void delegatePaintsProgress();
};

void TestModels::instanceModelPassesTester()
{
    InstanceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setInstances({makeInstance(1, "a", 0.5), makeInstance(2, "b", 1.5)});
    model.setHarvestState(2, QStringLiteral("verified"));
    model.setInstances({makeInstance(2, "b2", 1.5), makeInstance(3, "c", 0.1)});
    model.setReferenceTime(2'000'000);
    model.setInstances({});
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::instanceRefreshUpdatesInPlace()
{
    InstanceModel model;
    model.setInstances({makeInstance(1, "a", 0.5), makeInstance(2, "b", 1.5)});
    model.setHarvestState(2, QStringLiteral("verified"));
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    model.setInstances({makeInstance(2, "renamed", 1.5), makeInstance(3, "c", 0.1)});
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(2), 0);
    QCOMPARE(model.index(0, InstanceModel::LabelColumn).data().toString(), QStringLiteral("renamed"));
    // The harvest state belongs to the instance and survives the refresh.
    QCOMPARE(model.index(0, InstanceModel::HarvestColumn).data().toString(), QStringLiteral("verified"));
    QCOMPARE(model.index(1, InstanceModel::IdColumn).data(InstanceModel::InstanceIdRole).toLongLong(), 3);
    QCOMPARE(model.index(0, InstanceModel::SshColumn).data().toString(), QStringLiteral("root@203.0.113.7:41022"));
    QCOMPARE(model.index(0, InstanceModel::GpuColumn).data().toString(), QStringLiteral("RTX 4090 × 2"));

    // The same list again changes nothing; a new price changes one row.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setInstances({makeInstance(2, "renamed", 1.5), makeInstance(3, "c", 0.1)});
    QCOMPARE(changed.count(), 0);
    model.setInstances({makeInstance(2, "renamed", 1.5), makeInstance(3, "c", 0.2)});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 1);
}

void TestModels::instanceCostSoFar()
{
    InstanceModel model;
    model.setInstances({makeInstance(1, "a", 0.5)});
    model.setReferenceTime(1'000'000 + 4 * 3600);
    const QModelIndex cost = model.index(0, InstanceModel::CostColumn);
    QCOMPARE(cost.data(InstanceModel::RawRole).toDouble(), 2.0);
    QVERIFY(cost.data().toString().contains(QStringLiteral("2.00")));
    QVERIFY(model.index(0, InstanceModel::PriceColumn).data().toString().contains(QStringLiteral("0.500")));
}

void TestModels::instanceSortsByRawPrice()
{
    InstanceModel model;
    // As text "$10.000/h" sorts before "$9.000/h"; the raw number does not.
    model.setInstances({makeInstance(1, "a", 10.0), makeInstance(2, "b", 9.0), makeInstance(3, "c", 0.2)});
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(InstanceModel::RawRole);
    proxy.sort(InstanceModel::PriceColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, 0).data(InstanceModel::InstanceIdRole).toLongLong(), 3);
    QCOMPARE(proxy.index(1, 0).data(InstanceModel::InstanceIdRole).toLongLong(), 2);
    QCOMPARE(proxy.index(2, 0).data(InstanceModel::InstanceIdRole).toLongLong(), 1);
}

void TestModels::fileModelPassesTester()
{
    FileModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFiles({makeFile("/w/a.gguf", 100), makeFile("/w/b.safetensors", 5000)});
    model.setProgress(0, TransferProgress{50, 100, 25.0, 2});
    model.flushProgress();
    FileRecord verified = model.fileAt(1);
    verified.verdict = FileVerdict::Verified;
    verified.localSize = 5000;
    model.updateFile(1, verified);
    model.setFiles({});
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::fileSizesHumanAndExact()
{
    FileModel model;
    model.setFiles({makeFile("/w/big.gguf", 3LL * 1024 * 1024 * 1024)});
    const QModelIndex size = model.index(0, FileModel::RemoteSizeColumn);
    QCOMPARE(size.data().toString(), QStringLiteral("3.00 GiB"));
    QCOMPARE(size.data(FileModel::RawRole).toLongLong(), 3LL * 1024 * 1024 * 1024);
    QVERIFY(size.data(Qt::ToolTipRole).toString().contains(QLocale().toString(3LL * 1024 * 1024 * 1024)));
}

void TestModels::fileProgressIsThrottled()
{
    FileModel model;
    model.setFiles({makeFile("/w/a.gguf", 1000), makeFile("/w/b.gguf", 1000)});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    for (int step = 1; step <= 50; ++step)
        model.setProgress(0, TransferProgress{step * 10, 1000, 1e6, 1});
    QCOMPARE(changed.count(), 0);
    QTRY_COMPARE(changed.count(), 1);

    // One row, only the progress columns and roles.
    const QModelIndex first = changed.at(0).at(0).toModelIndex();
    const QModelIndex last = changed.at(0).at(1).toModelIndex();
    QCOMPARE(first.row(), 0);
    QCOMPARE(last.row(), 0);
    QCOMPARE(first.column(), int(FileModel::LocalSizeColumn));
    QCOMPARE(last.column(), int(FileModel::EtaColumn));
    QVERIFY(changed.at(0).at(2).value<QList<int>>().contains(FileModel::ProgressRole));
    // The last value arrives, not the first.
    QCOMPARE(model.index(0, FileModel::ProgressColumn).data(FileModel::ProgressRole).toInt(), 50);
    QCOMPARE(model.index(0, FileModel::LocalSizeColumn).data(FileModel::RawRole).toLongLong(), 500);
    QCOMPARE(model.index(1, FileModel::ProgressColumn).data(FileModel::ProgressRole).toInt(), -1);
}

void TestModels::fileUpdateTouchesOneRow()
{
    FileModel model;
    model.setFiles({makeFile("/w/a.gguf", 10), makeFile("/w/b.gguf", 20)});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    FileRecord failed = model.fileAt(1);
    failed.verdict = FileVerdict::Failed;
    failed.reason = QStringLiteral("the SHA-256 differs");
    model.updateFile(1, failed);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 1);
    const QModelIndex verdict = model.index(1, FileModel::VerdictColumn);
    QCOMPARE(verdict.data().toString(), QStringLiteral("failed"));
    QCOMPARE(verdict.data(Qt::ToolTipRole).toString(), QStringLiteral("the SHA-256 differs"));
    QVERIFY(verdict.data(Qt::ForegroundRole).isValid());
}

void TestModels::fileHashShortenedWithTooltip()
{
    FileModel model;
    FileRecord file = makeFile("/w/a.gguf", 10);
    file.remoteSha256 = QStringLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
    file.format = QStringLiteral("gguf");
    file.formatStatus = QStringLiteral("valid");
    model.setFiles({file});
    const QModelIndex hash = model.index(0, FileModel::RemoteHashColumn);
    QVERIFY(hash.data().toString().size() < 16);
    QVERIFY(file.remoteSha256.startsWith(hash.data().toString().left(12)));
    QCOMPARE(hash.data(Qt::ToolTipRole).toString(), file.remoteSha256);
    QCOMPARE(model.index(0, FileModel::FormatColumn).data().toString(), QStringLiteral("gguf valid"));
}

void TestModels::delegatePaintsProgress()
{
    FileModel model;
    model.setFiles({makeFile("/w/a.gguf", 1000)});
    model.setProgress(0, TransferProgress{400, 1000, 10, 60});
    model.flushProgress();
    QTableView view;
    view.setModel(&model);
    ProgressDelegate delegate(FileModel::ProgressRole);
    QPixmap pixmap(200, 30);
    pixmap.fill(Qt::white);
    QPainter painter(&pixmap);
    QStyleOptionViewItem option;
    option.initFrom(&view);
    option.rect = QRect(0, 0, 200, 30);
    option.widget = &view;
    delegate.paint(&painter, option, model.index(0, FileModel::ProgressColumn));
    painter.end();
    // The bar drew something: the pixmap is no longer plain white.
    const QImage image = pixmap.toImage();
    bool drawn = false;
    for (int x = 0; x < image.width() && !drawn; ++x)
        drawn = image.pixelColor(x, 15) != QColor(Qt::white);
    QVERIFY(drawn);
    QCOMPARE(model.index(0, FileModel::ProgressColumn).data().toString(), QStringLiteral("40%"));
}

QTEST_MAIN(TestModels)
#include "tst_models.moc"
