// The main window against the fake Vast.ai server and a real sshd: Destroy
// stays disabled until the gate opens, two instances harvest in parallel,
// and a DELETE goes out only after confirmation and the final question.
// Dialogs are answered by TestDialogs.
#include "fakevastserver.h"
#include "filemodel.h"
#include "harvestcontroller.h"
#include "instancemodel.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "remotebrowserdialog.h"
#include "sshserver.h"
#include "testdialogs.h"
#include "testutil.h"
#include "verify/samplemodels.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace vh;

namespace {

constexpr int harvestTimeoutMs = 120000;

// Moves a file's modification time, as an editor or a sync tool might.
bool touch(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite | QIODevice::Append))
        return false;
    return file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(60), QFileDevice::FileModificationTime);
}

// An ed25519 key in SSH wire format that no server has.
HostKey foreignHostKey()
{
    QByteArray blob;
    const QByteArray type = "ssh-ed25519";
    blob.append(char(0)).append(char(0)).append(char(0)).append(char(type.size())).append(type);
    blob.append(char(0)).append(char(0)).append(char(0)).append(char(32)).append(QByteArray(32, '\x42'));
    return HostKey{QString::fromLatin1(type), blob};
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void destroyFollowsGate();
    void harvestsTwoInstancesInParallel();
    void refreshFailureKeepsRows();
    void changedHostKeyBlocksHarvest();
    void browserTicksRemoteFiles();
    void stopAsksBeforeStopping();
    void acceptOnceAsksOnce();
    void passphrasePromptOncePerKey();
    void skippedPassphraseFailsHarvest();
    void cancelStopsHarvest();
    void closeSavesLayout();
    void actionsReachableByKeyboard();

private:
    // A window on its own state folder and settings; the caller owns both.
    std::unique_ptr<MainWindow> makeWindow(const QString &folder, test::TestDialogs &dialogs,
                                           const QString &identityFile = {});
    void addInstance(qint64 id);
    QString remote(const QString &relative) const { return m_ssh.remoteRoot() + QLatin1Char('/') + relative; }
    bool harvestDone(const MainWindow &window, qint64 id) const;
    // Harvests three files of the instance, on two download connections
    // plus the listing one, and waits until the harvest ends.
    bool harvestThreeFiles(MainWindow &window, qint64 id);

    test::SshServer m_ssh;
    test::FakeVastServer m_api;
    QTemporaryDir m_work;
    QString m_keyFile;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_ssh.start(), qPrintable(m_ssh.errorString()));
    QVERIFY(m_api.start());
    m_keyFile = m_work.filePath(QStringLiteral("api_key"));
    QVERIFY(test::writeFile(m_keyFile, m_api.apiKey().toUtf8()));
}

void TestMainWindow::addInstance(qint64 id)
{
    m_api.addInstance(test::FakeVastServer::sampleInstance(id));
    m_api.setSshEndpoint(id, m_ssh.host(), m_ssh.port());
    const QString folder = QStringLiteral("gui/%1/out/").arg(id);
    QVERIFY(test::writeFile(remote(folder + "model.gguf"), makeGguf(sampleGgufSpec(3))));
    QVERIFY(test::writeFile(remote(folder + "model.safetensors"), makeSafetensors(sampleSafetensorsSpec())));
    QVERIFY(test::writeFile(remote(folder + "weights.bin"), test::randomBytes(6 * 1024 * 1024, quint32(id))));
    QVERIFY(test::writeFile(remote(folder + "notes.txt"), "not selected"));
}

std::unique_ptr<MainWindow> TestMainWindow::makeWindow(const QString &folder, test::TestDialogs &dialogs,
                                                       const QString &identityFile)
{
    const QString settingsFile = QDir(folder).filePath(QStringLiteral("settings.ini"));
    {
        QSettings settings(settingsFile, QSettings::IniFormat);
        AppSettings app = AppSettings::defaults();
        app.identityFile = identityFile.isEmpty() ? m_ssh.clientKeyPath() : identityFile;
        app.useAgent = false;
        app.destinationTemplate = QDir(folder).filePath(QStringLiteral("harvest/{label}-{id}"));
        app.refreshIntervalSeconds = 3600;
        app.parallelDownloads = 2;
        app.save(settings);
    }
    MainWindowOptions options;
    options.stateDir = QDir(folder).filePath(QStringLiteral("state"));
    options.settingsFile = settingsFile;
    options.vast.apiUrl = m_api.baseUrl().toString();
    options.vast.apiKeyFile = m_keyFile;
    options.vast.useKeychain = false;
    options.vast.options.maxAttempts = 1;
    options.vast.options.retryBaseDelayMs = 10;
    options.vast.options.destroyConfirmIntervalMs = 20;
    auto window = std::make_unique<MainWindow>(options, &dialogs);
    window->show();
    return window;
}

bool TestMainWindow::harvestDone(const MainWindow &window, qint64 id) const
{
    const Journal *journal = window.controller()->journal(id);
    return !window.controller()->isBusy(id) && journal && !journal->files.isEmpty() && journal->allVerified();
}

void TestMainWindow::destroyFollowsGate()
{
    const qint64 id = 7101;
    addInstance(id);
    m_api.clearRequests();
    QTemporaryDir folder;
    test::TestDialogs dialogs;
    auto window = makeWindow(folder.path(), dialogs);
    QAction *destroy = window->destroyAction();
    QVERIFY(!destroy->isEnabled());

    QTRY_VERIFY(window->instanceModel()->rowOf(id) >= 0);
    QVERIFY(window->selectInstance(id));
    QVERIFY(!destroy->isEnabled());
    QVERIFY2(window->gateText().contains(QStringLiteral("No files")), qPrintable(window->gateText()));

    // Watch Destroy at every change of state until the confirmation.
    bool confirmed = false;
    bool enabledEarly = false;
    auto check = [&] {
        if (!confirmed && destroy->isEnabled())
            enabledEarly = true;
    };
    connect(window->controller(), &HarvestController::stateChanged, this, check);
    connect(window->controller(), &HarvestController::gateChanged, this, check);
    connect(window->controller(), &HarvestController::fileUpdated, this, check);

    window->patternEdit()->setText(remote(QStringLiteral("gui/%1/out/model.*").arg(id)));
    QVERIFY(window->harvestAction()->isEnabled());
    window->harvestAction()->trigger();
    QVERIFY(window->controller()->isRunning(id));
    QVERIFY(!destroy->isEnabled());
    QVERIFY(window->cancelAction()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(harvestDone(*window, id), harvestTimeoutMs);

    QCOMPARE(dialogs.hostKeyQuestions.size(), 1);
    QCOMPARE(dialogs.hostKeyQuestions.at(0).targetKey, QStringLiteral("vast:%1").arg(id));
    QCOMPARE(window->fileModel()->rowCount(), 2);
    for (int row = 0; row < 2; ++row) {
        QCOMPARE(window->fileModel()->index(row, FileModel::VerdictColumn).data().toString(), QStringLiteral("verified"));
        QCOMPARE(window->fileModel()->index(row, FileModel::ProgressColumn).data(FileModel::ProgressRole).toInt(), 100);
        QCOMPARE(window->fileModel()->index(row, FileModel::LocalHashColumn).data(Qt::ToolTipRole).toString(),
                 window->fileModel()->index(row, FileModel::RemoteHashColumn).data(Qt::ToolTipRole).toString());
    }
    QVERIFY(!destroy->isEnabled());
    QVERIFY2(window->gateText().contains(QStringLiteral("confirm")), qPrintable(window->gateText()));
    QVERIFY(destroy->toolTip().contains(QStringLiteral("confirm")));
    QVERIFY(window->confirmAction()->isEnabled());

    // A wrong id is refused by the engine and leaves Destroy disabled.
    dialogs.confirmAnswer = QString::number(id + 1);
    window->confirmAction()->trigger();
    QCOMPARE(dialogs.confirmRequests.size(), 1);
    QCOMPARE(dialogs.confirmRequests.at(0).instanceId, id);
    QCOMPARE(dialogs.confirmRequests.at(0).files.size(), 2);
    QVERIFY(dialogs.confirmRequests.at(0).dollarsPerHour.has_value());
    QVERIFY(!destroy->isEnabled());
    QVERIFY(window->banner()->isVisible());
    QCOMPARE(window->banner()->kind(), MessageBanner::Kind::Error);

    // Cancelling the dialog changes nothing either.
    dialogs.confirmAnswer.reset();
    window->confirmAction()->trigger();
    QVERIFY(!destroy->isEnabled());
    QVERIFY(!enabledEarly);

    confirmed = true;
    dialogs.confirmAnswer = QString::number(id);
    window->confirmAction()->trigger();
    QVERIFY(destroy->isEnabled());
    QVERIFY(window->gateText().contains(QStringLiteral("allowed")));

    // A harvested file touched after the confirmation closes the gate.
    confirmed = false;
    const Journal *journal = window->controller()->journal(id);
    QVERIFY(journal);
    QVERIFY(touch(journal->files.at(0).localPath));
    QTRY_VERIFY_WITH_TIMEOUT(!destroy->isEnabled(), 3 * HarvestController::gateIntervalMs);
    QVERIFY2(window->gateText().contains(QStringLiteral("changed since it was verified")),
             qPrintable(window->gateText()));
    QVERIFY(!window->confirmAction()->isEnabled());

    // Verified again, the report differs from the confirmed one.
    QVERIFY(window->verifyAction()->isEnabled());
    window->verifyAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!window->controller()->isVerifying(id), harvestTimeoutMs);
    QVERIFY(window->controller()->journal(id)->allVerified());
    QVERIFY(!destroy->isEnabled());
    QVERIFY2(window->gateText().contains(QStringLiteral("earlier verification report")),
             qPrintable(window->gateText()));
    QVERIFY(!enabledEarly);

    confirmed = true;
    window->confirmAction()->trigger();
    QVERIFY(destroy->isEnabled());

    // Saying no to the last question sends nothing.
    dialogs.destroyAnswer = false;
    destroy->trigger();
    QCOMPARE(dialogs.destroyQuestions, QList<qint64>{id});
    QTest::qWait(200);
    QCOMPARE(m_api.requestCount("DELETE"), 0);
    QVERIFY(m_api.hasInstance(id));
}

void TestMainWindow::harvestsTwoInstancesInParallel()
{
    const qint64 first = 7201;
    const qint64 second = 7202;
    addInstance(first);
    addInstance(second);
    m_api.clearRequests();
    QTemporaryDir folder;
    test::TestDialogs dialogs;
    auto window = makeWindow(folder.path(), dialogs);
    QAbstractItemModelTester instanceTester(window->instanceModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester fileTester(window->fileModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester instanceViewTester(window->instanceView()->model(),
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester fileViewTester(window->fileView()->model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY(window->instanceModel()->rowOf(second) >= 0);

    QSignalSpy progress(window->controller(), &HarvestController::fileProgress);
    for (const qint64 id : {first, second}) {
        QVERIFY(window->selectInstance(id));
        window->patternEdit()->setText(remote(QStringLiteral("gui/%1/out/*.bin; ").arg(id))
                                       + remote(QStringLiteral("gui/%1/out/model.gguf").arg(id)));
        window->harvestAction()->trigger();
        QVERIFY(window->controller()->isRunning(id));
    }
    QCOMPARE(window->controller()->runningCount(), 2);
    QVERIFY2(window->windowTitle().contains(QStringLiteral("2 downloading")), qPrintable(window->windowTitle()));
    QVERIFY(!window->destroyAction()->isEnabled());

    // The files view shows the selected instance and follows its job.
    QTRY_COMPARE_WITH_TIMEOUT(window->fileModel()->rowCount(), 2, harvestTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(harvestDone(*window, first) && harvestDone(*window, second), harvestTimeoutMs);
    QVERIFY(progress.count() > 0);
    QCOMPARE(window->controller()->runningCount(), 0);
    QVERIFY(!window->windowTitle().contains(QStringLiteral("downloading")));
    const Journal *shown = window->controller()->journal(second);
    for (int row = 0; row < shown->files.size(); ++row) {
        QCOMPARE(window->fileModel()->fileAt(row).remotePath, shown->files.at(row).remotePath);
        QCOMPARE(window->fileModel()->index(row, FileModel::VerdictColumn).data().toString(), QStringLiteral("verified"));
    }
    const QModelIndex state = window->instanceModel()->index(window->instanceModel()->rowOf(first),
                                                             InstanceModel::HarvestColumn);
    QVERIFY2(state.data().toString().startsWith(QStringLiteral("verified")), qPrintable(state.data().toString()));

    // One question per instance: the parallel connections reuse the answer.
    QCOMPARE(dialogs.hostKeyQuestions.size(), 2);
    QCOMPARE(m_api.requestCount("DELETE"), 0);

    dialogs.confirmAnswer = QString::number(first);
    QVERIFY(window->selectInstance(first));
    QVERIFY(!window->destroyAction()->isEnabled());
    window->confirmAction()->trigger();
    QVERIFY(window->destroyAction()->isEnabled());
    QCOMPARE(m_api.requestCount("DELETE"), 0);

    QSignalSpy destroyed(window->controller(), &HarvestController::destroyFinished);
    window->destroyAction()->trigger();
    QVERIFY(destroyed.wait(30000));
    QCOMPARE(destroyed.at(0).at(0).toLongLong(), first);
    QVERIFY2(destroyed.at(0).at(1).toBool(), qPrintable(destroyed.at(0).at(2).toString()));
    QCOMPARE(m_api.requestCount("DELETE"), 1);
    QCOMPARE(m_api.requestCount("DELETE", QStringLiteral("/api/v0/instances/%1/").arg(first)), 1);
    QVERIFY(!m_api.hasInstance(first));
    QVERIFY(m_api.hasInstance(second));
    QTRY_COMPARE(window->instanceModel()->rowOf(first), -1);

    // The other instance stays behind its own gate.
    QVERIFY(window->selectInstance(second));
    QVERIFY(!window->destroyAction()->isEnabled());
    window->destroyAction()->trigger();
    QTest::qWait(200);
    QCOMPARE(m_api.requestCount("DELETE"), 1);

    QFile audit(QDir(folder.path()).filePath(QStringLiteral("state/audit.jsonl")));
    QVERIFY(audit.open(QIODevice::ReadOnly));
    const QByteArray log = audit.readAll();
    QVERIFY(log.contains("\"event\":\"destroy_request\""));
    QVERIFY(log.contains("\"outcome\":\"destroyed\""));
    QVERIFY(!log.contains(m_api.apiKey().toUtf8()));
}

void TestMainWindow::refreshFailureKeepsRows()
{
    const qint64 id = 7401;
    addInstance(id);
    QTemporaryDir folder;
    test::TestDialogs dialogs;
    auto window = makeWindow(folder.path(), dialogs);
    QTRY_VERIFY(window->instanceModel()->rowOf(id) >= 0);
    const int rows = window->instanceModel()->rowCount();
    const QDateTime before = window->lastRefresh();

    m_api.scriptReplies(test::FakeEndpoint::List, {test::FakeReply::respond(500, "{\"error\":\"boom\"}")});
    QSignalSpy refreshed(window.get(), &MainWindow::refreshFinished);
    window->refreshAction()->trigger();
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(refreshed.at(0).at(0).toBool(), false);
    QCOMPARE(window->instanceModel()->rowCount(), rows);
    QCOMPARE(window->lastRefresh(), before);
    QVERIFY(window->banner()->isVisible());
    QCOMPARE(window->banner()->kind(), MessageBanner::Kind::Error);
    QVERIFY2(window->banner()->text().contains(QStringLiteral("failed")), qPrintable(window->banner()->text()));
    QCOMPARE(window->banner()->actionText(), QStringLiteral("Retry"));

    window->refreshAction()->trigger();
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(refreshed.at(1).at(0).toBool(), true);
    QVERIFY(window->banner()->isHidden());
    QVERIFY(window->lastRefresh() >= before);
}

void TestMainWindow::changedHostKeyBlocksHarvest()
{
    const qint64 id = 7301;
    addInstance(id);
    QTemporaryDir folder;
    KnownHosts known(QDir(folder.path()).filePath(QStringLiteral("state/known_hosts")));
    QVERIFY(QDir().mkpath(QDir(folder.path()).filePath(QStringLiteral("state"))));
    QVERIFY(known.add(QStringLiteral("vast:%1").arg(id), foreignHostKey()).ok());

    test::TestDialogs dialogs;
    auto window = makeWindow(folder.path(), dialogs);
    QTRY_VERIFY(window->instanceModel()->rowOf(id) >= 0);
    QVERIFY(window->selectInstance(id));
    window->patternEdit()->setText(remote(QStringLiteral("gui/%1/out/model.gguf").arg(id)));
    QSignalSpy finished(window->controller(), &HarvestController::harvestFinished);
    window->harvestAction()->trigger();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.at(0).at(1).value<Error>().kind, ErrorKind::HostKeyChanged);
    QCOMPARE(dialogs.changedKeyMessages.size(), 1);
    QCOMPARE(dialogs.changedKeyMessages.at(0).count(QStringLiteral("SHA256:")), 2);
    QVERIFY(dialogs.hostKeyQuestions.isEmpty());
    QVERIFY(!window->destroyAction()->isEnabled());
    QVERIFY(!QDir(QDir(folder.path()).filePath(QStringLiteral("harvest/run-%1-%1").arg(id))).exists()
            || QDir(QDir(folder.path()).filePath(QStringLiteral("harvest/run-%1-%1").arg(id))).isEmpty());
}

void TestMainWindow::browserTicksRemoteFiles()
{
    const qint64 id = 7501;
    addInstance(id);
    QTemporaryDir folder;
    test::TestDialogs dialogs;
    auto window = makeWindow(folder.path(), dialogs);
    QTRY_VERIFY(window->instanceModel()->rowOf(id) >= 0);
    QVERIFY(window->selectInstance(id));
    const QString gguf = remote(QStringLiteral("gui/%1/out/model.gguf").arg(id));
    window->patternEdit()->setText(remote(QStringLiteral("gui/%1/out/*.gguf").arg(id)));
    dialogs.browseAnswer = {gguf};
    window->browseAction()->trigger();
    QCOMPARE(dialogs.browseRequests.size(), 1);
    QCOMPARE(window->patternEdit()->text(), gguf);

    // The request lists the pattern's folder over a connection of its own.
    const RemoteBrowseRequest request = dialogs.browseRequests.at(0);
    QCOMPARE(request.pattern, remote(QStringLiteral("gui/%1/out/*").arg(id)));
    RemoteBrowserDialog browser(request, window.get());
    QSignalSpy listed(&browser, &RemoteBrowserDialog::listed);
    QVERIFY(listed.wait(30000));
    QTreeWidget *tree = browser.fileTree();
    QCOMPARE(tree->topLevelItemCount(), 4);
    QVERIFY(browser.tickedPaths().isEmpty());
    const QList<QTreeWidgetItem *> matches = tree->findItems(gguf, Qt::MatchExactly);
    QCOMPARE(matches.size(), 1);
    matches.at(0)->setCheckState(0, Qt::Checked);
    QCOMPARE(browser.tickedPaths(), QStringList{gguf});
    QCOMPARE(dialogs.hostKeyQuestions.size(), 1);
    QCOMPARE(dialogs.hostKeyQuestions.at(0).targetKey, QStringLiteral("vast:%1").arg(id));
}

void TestMainWindow::stopAsksBeforeStopping()
{
    const qint64 id = 7601;
    addInstance(id);
    QTemporaryDir folder;
    test::TestDialogs dialogs;
    auto window = makeWindow(folder.path(), dialogs);
    QTRY_VERIFY(window->instanceModel()->rowOf(id) >= 0);
    QVERIFY(window->selectInstance(id));
    m_api.clearRequests();

    dialogs.stopAnswer = false;
    QVERIFY(window->stopAction()->isEnabled());
    window->stopAction()->trigger();
    QCOMPARE(dialogs.stopQuestions, QList<qint64>{id});
    QTest::qWait(100);
    QCOMPARE(m_api.requestCount("PUT"), 0);

    dialogs.stopAnswer = true;
    window->stopAction()->trigger();
    QTRY_COMPARE(m_api.requestCount("PUT", QStringLiteral("/api/v0/instances/%1/").arg(id)), 1);
    QTRY_COMPARE(window->instanceModel()->instance(id)->status, InstanceStatus::Stopped);
    QVERIFY(!window->stopAction()->isEnabled());
    QCOMPARE(m_api.requestCount("DELETE"), 0);
}

void TestMainWindow::acceptOnceAsksOnce()
{
    const qint64 id = 7701;
    addInstance(id);
    QTemporaryDir folder;
    test::TestDialogs dialogs;
    dialogs.hostKeyAnswer = HostKeyDecision::AcceptOnce;
    auto window = makeWindow(folder.path(), dialogs);
    // Every connection meets the unknown key, and the user is asked once.
    QVERIFY(harvestThreeFiles(*window, id));
    QCOMPARE(dialogs.hostKeyQuestions.size(), 1);
    QFile knownHosts(QDir(folder.path()).filePath(QStringLiteral("state/known_hosts")));
    QVERIFY(!knownHosts.exists() || (knownHosts.open(QIODevice::ReadOnly) && !knownHosts.readAll().contains("vast:7701")));

    // Accepted once means once: the next harvest asks again.
    window->harvestAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(harvestDone(*window, id), harvestTimeoutMs);
    QCOMPARE(dialogs.hostKeyQuestions.size(), 2);
}

bool TestMainWindow::harvestThreeFiles(MainWindow &window, qint64 id)
{
    if (!QTest::qWaitFor([&] { return window.instanceModel()->rowOf(id) >= 0; }) || !window.selectInstance(id))
        return false;
    window.patternEdit()->setText(remote(QStringLiteral("gui/%1/out/model.*; ").arg(id))
                                  + remote(QStringLiteral("gui/%1/out/*.bin").arg(id)));
    window.harvestAction()->trigger();
    return QTest::qWaitFor([&] { return harvestDone(window, id); }, harvestTimeoutMs);
}

void TestMainWindow::passphrasePromptOncePerKey()
{
    const qint64 id = 7711;
    addInstance(id);
    const QString key = m_ssh.createClientKey(QStringLiteral("gui_locked"), QStringLiteral("ed25519"),
                                              QStringLiteral("correct horse"));
    QVERIFY(!key.isEmpty());
    QTemporaryDir folder;
    test::TestDialogs dialogs;
    // The first passphrase is mistyped, so the session prompts again on the same connection.
    dialogs.passphraseAnswers = {QStringLiteral("wrong"), QStringLiteral("correct horse")};
    auto window = makeWindow(folder.path(), dialogs, key);
    QVERIFY(harvestThreeFiles(*window, id));
    QCOMPARE(window->fileModel()->rowCount(), 3);
    for (int row = 0; row < 3; ++row)
        QCOMPARE(window->fileModel()->index(row, FileModel::VerdictColumn).data().toString(), QStringLiteral("verified"));

    QCOMPARE(dialogs.passphraseQuestions.size(), 2);
    QCOMPARE(dialogs.passphraseQuestions.at(0).keyPath, key);
    QCOMPARE(dialogs.passphraseQuestions.at(0).targetKey, QStringLiteral("vast:%1").arg(id));
    QVERIFY(dialogs.passphraseQuestions.at(0).rejected.isEmpty());
    QCOMPARE(dialogs.passphraseQuestions.at(1).rejected, QStringLiteral("wrong"));

    // The passphrase stays in memory: the next harvest does not ask.
    window->harvestAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(harvestDone(*window, id), harvestTimeoutMs);
    QCOMPARE(dialogs.passphraseQuestions.size(), 2);
}

void TestMainWindow::skippedPassphraseFailsHarvest()
{
    const qint64 id = 7721;
    addInstance(id);
    const QString key = m_ssh.createClientKey(QStringLiteral("gui_skipped"), QStringLiteral("ed25519"),
                                              QStringLiteral("correct horse"));
    QVERIFY(!key.isEmpty());
    QTemporaryDir folder;
    test::TestDialogs dialogs; // no answers: the user cancels the dialog
    auto window = makeWindow(folder.path(), dialogs, key);
    QTRY_VERIFY(window->instanceModel()->rowOf(id) >= 0);
    QVERIFY(window->selectInstance(id));
    window->patternEdit()->setText(remote(QStringLiteral("gui/%1/out/model.*").arg(id)));
    QSignalSpy finished(window->controller(), &HarvestController::harvestFinished);
    window->harvestAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, harvestTimeoutMs);
    const Error error = finished.at(0).at(1).value<Error>();
    QCOMPARE(error.kind, ErrorKind::Authentication);
    QVERIFY2(error.message.contains(QStringLiteral("no passphrase given")), qPrintable(error.message));
    QCOMPARE(dialogs.passphraseQuestions.size(), 1);
    QVERIFY(!window->destroyAction()->isEnabled());

    // A new harvest prompts again, since the user may have found the passphrase.
    dialogs.passphraseAnswers = {QString(), QStringLiteral("correct horse")};
    window->harvestAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(harvestDone(*window, id), harvestTimeoutMs);
    QCOMPARE(dialogs.passphraseQuestions.size(), 2);
}

void TestMainWindow::cancelStopsHarvest()
{
    const qint64 id = 7801;
    addInstance(id);
    QVERIFY(test::writeFile(remote(QStringLiteral("gui/%1/big/checkpoint.bin").arg(id)),
                            test::randomBytes(48 * 1024 * 1024, 78)));
    QTemporaryDir folder;
    test::TestDialogs dialogs;
    auto window = makeWindow(folder.path(), dialogs);
    QTRY_VERIFY(window->instanceModel()->rowOf(id) >= 0);
    QVERIFY(window->selectInstance(id));
    window->patternEdit()->setText(remote(QStringLiteral("gui/%1/big/*.bin").arg(id)));
    QSignalSpy finished(window->controller(), &HarvestController::harvestFinished);
    window->harvestAction()->trigger();
    QVERIFY(window->cancelAction()->isEnabled());
    window->cancelAction()->trigger();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(1).value<Error>().kind, ErrorKind::Cancelled);
    QVERIFY(!window->controller()->isRunning(id));
    QCOMPARE(window->controller()->runningCount(), 0);
    QVERIFY(!window->cancelAction()->isEnabled());
    QVERIFY(!window->destroyAction()->isEnabled());
    QVERIFY(window->harvestAction()->isEnabled());
    QCOMPARE(window->instanceModel()->index(window->instanceModel()->rowOf(id), InstanceModel::HarvestColumn)
                 .data()
                 .toString(),
             QStringLiteral("cancelled"));
    QCOMPARE(window->banner()->kind(), MessageBanner::Kind::Information);
    // Closing the window with the cancelled job's threads still ending must
    // not hang: the test would time out.
    window.reset();
}

void TestMainWindow::closeSavesLayout()
{
    QTemporaryDir folder;
    test::TestDialogs dialogs;
    auto window = makeWindow(folder.path(), dialogs);
    window->resize(900, 600);
    QVERIFY(window->close());
    QSettings settings(QDir(folder.path()).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    QVERIFY(!settings.value(QStringLiteral("window/geometry")).toByteArray().isEmpty());
    QVERIFY(!settings.value(QStringLiteral("window/splitter")).toByteArray().isEmpty());
    QVERIFY(!settings.value(QStringLiteral("window/fileHeader")).toByteArray().isEmpty());
}

void TestMainWindow::actionsReachableByKeyboard()
{
    QTemporaryDir folder;
    test::TestDialogs dialogs;
    auto window = makeWindow(folder.path(), dialogs);
    const QList<QAction *> actions{window->refreshAction(), window->harvestAction(),  window->cancelAction(),
                                   window->verifyAction(),  window->confirmAction(),  window->destroyAction(),
                                   window->stopAction(),    window->openFolderAction(), window->browseAction(),
                                   window->settingsAction()};
    QSet<QKeySequence> shortcuts;
    for (QAction *action : actions) {
        QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->objectName()));
        shortcuts.insert(action->shortcut());
        // In a menu, so the keyboard reaches it through the menu bar too.
        bool inMenu = false;
        for (QObject *owner : action->associatedObjects())
            inMenu = inMenu || qobject_cast<QMenu *>(owner);
        QVERIFY2(inMenu, qPrintable(action->objectName()));
    }
    QCOMPARE(shortcuts.size(), actions.size());
    QCOMPARE(window->refreshAction()->shortcut(), QKeySequence(Qt::Key_F5));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
