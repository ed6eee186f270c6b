// The confirmation, host-key and settings dialogs and the message banner,
// driven through their widgets.
#include "appsettings.h"
#include "confirmdialog.h"
#include "hostkeydialog.h"
#include "messagebanner.h"
#include "settingsdialog.h"
#include "testdialogs.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace vh;

namespace {

ConfirmationRequest sampleRequest()
{
    ConfirmationRequest request;
    request.instanceId = 7001;
    request.label = QStringLiteral("llama-ft-run3");
    request.dollarsPerHour = 0.714;
    FileRecord good;
    good.remotePath = QStringLiteral("/workspace/out/model.gguf");
    good.remoteSize = good.localSize = 1000;
    good.remoteSha256 = good.localSha256 = QStringLiteral("aa");
    good.format = QStringLiteral("gguf");
    good.formatStatus = QStringLiteral("valid");
    FileRecord bad = good;
    bad.remotePath = QStringLiteral("/workspace/out/model.safetensors");
    bad.localSha256 = QStringLiteral("bb");
    request.files = {good, bad};
    return request;
}

} // namespace

class TestDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void confirmButtonFollowsTypedId();
    void confirmTableShowsHashMatch();
    void hostKeyDialogDecisions_data();
    void hostKeyDialogDecisions();
    void changedKeyFingerprintsParsed();
    void settingsRejectInvalidRule();
    void settingsRoundTrip();
    void bannerActionAndClose();
    void destinationTemplateFilled();
};

void TestDialogs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDialogs::confirmButtonFollowsTypedId()
{
    ConfirmDialog dialog(sampleRequest());
    QPushButton *confirm = dialog.confirmButton();
    QVERIFY(!confirm->isEnabled());
    QTest::keyClicks(dialog.idEdit(), QStringLiteral("700"));
    QVERIFY(!confirm->isEnabled());
    QTest::keyClicks(dialog.idEdit(), QStringLiteral("1"));
    QVERIFY(confirm->isEnabled());
    QCOMPARE(dialog.typedId(), QStringLiteral("7001"));
    QTest::keyClick(dialog.idEdit(), Qt::Key_Backspace);
    QVERIFY(!confirm->isEnabled());
    QTest::keyClicks(dialog.idEdit(), QStringLiteral("2"));
    QVERIFY(!confirm->isEnabled());
    // Enter while the id is wrong must not accept the dialog.
    QTest::keyClick(dialog.idEdit(), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestDialogs::confirmTableShowsHashMatch()
{
    ConfirmDialog dialog(sampleRequest());
    QTableWidget *table = dialog.fileTable();
    QCOMPARE(table->rowCount(), 2);
    QVERIFY(table->item(0, 3)->text().contains(QStringLiteral("✓")));
    QVERIFY(table->item(1, 3)->text().contains(QStringLiteral("✗")));
    QCOMPARE(table->item(0, 4)->text(), QStringLiteral("gguf valid"));
    QVERIFY(dialog.windowTitle().contains(QStringLiteral("7001")));
}

void TestDialogs::hostKeyDialogDecisions_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<int>("decision");
    QTest::newRow("accept") << QStringLiteral("Accept and remember") << int(HostKeyDecision::AcceptAndRemember);
    QTest::newRow("once") << QStringLiteral("Connect once") << int(HostKeyDecision::AcceptOnce);
    QTest::newRow("cancel") << QStringLiteral("Cancel") << int(HostKeyDecision::Reject);
}

void TestDialogs::hostKeyDialogDecisions()
{
    QFETCH(QString, button);
    QFETCH(int, decision);
    HostKeyQuestion question;
    question.targetKey = QStringLiteral("vast:7001");
    question.host = QStringLiteral("203.0.113.5");
    question.port = 41022;
    question.offered = HostKey{QStringLiteral("ssh-ed25519"), QByteArray(51, 'k')};
    HostKeyDialog dialog(question);
    QPushButton *target = nullptr;
    for (QPushButton *candidate : dialog.findChildren<QPushButton *>()) {
        if (candidate->text().remove(QLatin1Char('&')) == button)
            target = candidate;
    }
    QVERIFY(target);
    QTest::mouseClick(target, Qt::LeftButton);
    QCOMPARE(int(dialog.decision()), decision);
}

void TestDialogs::changedKeyFingerprintsParsed()
{
    const QString message = QStringLiteral("The host key of vast:1 (root@h:2) has changed. Stored: ssh-ed25519 "
                                           "SHA256:abc+/1. Offered now: ssh-rsa SHA256:xyz9. This can mean ...");
    const QStringList fingerprints = HostKeyDialog::fingerprintsIn(message);
    QCOMPARE(fingerprints.size(), 2);
    QCOMPARE(fingerprints.at(0), QStringLiteral("SHA256:abc+/1"));
    QCOMPARE(fingerprints.at(1), QStringLiteral("SHA256:xyz9"));
}

void TestDialogs::settingsRejectInvalidRule()
{
    test::TestDialogs dialogs;
    SettingsDialog dialog(AppSettings::defaults(), nullptr, dialogs);
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    auto *rules = dialog.findChild<QPlainTextEdit *>();
    QVERIFY(rules);
    QTest::keyClicks(rules, QStringLiteral("*.gguf=lots"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog.validationError().contains(QStringLiteral("lots")));
    rules->setPlainText(QStringLiteral("*.gguf=1G\n*.safetensors=10M"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.settings().minSizeRules, (QStringList{"*.gguf=1G", "*.safetensors=10M"}));
}

void TestDialogs::settingsRoundTrip()
{
    QTemporaryDir folder;
    QSettings store(folder.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    AppSettings settings = AppSettings::defaults();
    settings.parallelDownloads = 4;
    settings.refreshIntervalSeconds = 30;
    settings.minSizeRules = {QStringLiteral("*.gguf=1G")};
    settings.useAgent = false;
    settings.save(store);
    const AppSettings loaded = AppSettings::load(store);
    QCOMPARE(loaded.parallelDownloads, 4);
    QCOMPARE(loaded.refreshIntervalSeconds, 30);
    QCOMPARE(loaded.minSizeRules, settings.minSizeRules);
    QCOMPARE(loaded.useAgent, false);
    // The key is never among the settings.
    for (const QString &key : store.allKeys())
        QVERIFY2(!key.contains(QStringLiteral("apikey"), Qt::CaseInsensitive), qPrintable(key));
    AppSettings::setPatternsForLabel(store, QStringLiteral("run/3"), {QStringLiteral("/w/*.gguf")});
    QCOMPARE(AppSettings::patternsForLabel(store, QStringLiteral("run/3")), QStringList{"/w/*.gguf"});
    QVERIFY(AppSettings::patternsForLabel(store, QStringLiteral("other")).isEmpty());
}

void TestDialogs::bannerActionAndClose()
{
    QWidget parent;
    MessageBanner banner(&parent);
    parent.show();
    QVERIFY(banner.isHidden());
    QSignalSpy action(&banner, &MessageBanner::actionTriggered);
    QSignalSpy dismissed(&banner, &MessageBanner::dismissed);
    banner.showMessage(MessageBanner::Kind::Error, QStringLiteral("Refreshing failed."), QStringLiteral("Retry"));
    QVERIFY(banner.isVisible());
    QCOMPARE(banner.actionText(), QStringLiteral("Retry"));
    QPushButton *retry = banner.findChild<QPushButton *>();
    QVERIFY(retry);
    QTest::mouseClick(retry, Qt::LeftButton);
    QCOMPARE(action.count(), 1);
    QToolButton *close = banner.findChild<QToolButton *>();
    QVERIFY(close);
    QTest::mouseClick(close, Qt::LeftButton);
    QVERIFY(banner.isHidden());
    QCOMPARE(dismissed.count(), 1);
    banner.showMessage(MessageBanner::Kind::Information, QStringLiteral("Done."));
    QVERIFY(banner.actionText().isEmpty());
}

void TestDialogs::destinationTemplateFilled()
{
    AppSettings settings = AppSettings::defaults();
    settings.destinationTemplate = QStringLiteral("/data/{label}-{id}");
    QCOMPARE(settings.destinationFor(7001, QStringLiteral("llama:ft/3")), QStringLiteral("/data/llama_ft_3-7001"));
    settings.destinationTemplate = QStringLiteral("~/VH/{id}");
    QCOMPARE(settings.destinationFor(5, QString()), QDir::homePath() + QStringLiteral("/VH/5"));
    QCOMPARE(AppSettings::splitPatterns(QStringLiteral(" /a/*.gguf ;; /b/** ")), (QStringList{"/a/*.gguf", "/b/**"}));
}

QTEST_MAIN(TestDialogs)
#include "tst_dialogs.moc"
