// Drives the demo mode and saves the screenshots in docs/: the main
// window during a harvest, the confirmation dialog and the settings
// dialog. Run it through take-screenshots.sh, which starts a display.
#include "confirmdialog.h"
#include "dialogservice.h"
#include "filemodel.h"
#include "harvestcontroller.h"
#include "hostkeydialog.h"
#include "mainwindow.h"
#include "settingsdialog.h"
#include "settings/apikeystore.h"

#include "cloud/demoprovider.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QAbstractButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace vh;

namespace {

bool save(QWidget &widget, const QString &path)
{
    // A short wait lets layouts and delegates settle before the grab.
    QTest::qWait(300);
    const bool saved = widget.grab().save(path);
    std::fprintf(stderr, "%s %s\n", saved ? "saved" : "FAILED to save", qPrintable(path));
    return saved;
}

bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(20);
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("vastharvest-screenshots"));
    QStandardPaths::setTestModeEnabled(true);
    const QString outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::currentPath();
    // The script gives this program a private HOME, so the demo's default
    // destination under ~/VastHarvest lands there.
    QTemporaryDir work;

    MainWindowOptions options;
    options.demo = true;
    options.stateDir = work.filePath(QStringLiteral("state"));
    options.settingsFile = work.filePath(QStringLiteral("settings.ini"));
    {
        QSettings settings(options.settingsFile, QSettings::IniFormat);
        AppSettings preferences = AppSettings::defaults();
        preferences.minSizeRules = {QStringLiteral("*.gguf=1M")};
        preferences.save(settings);
    }
    DialogService dialogs;
    MainWindow window(options, &dialogs);
    window.resize(1360, 820);
    window.show();

    const qint64 finished = DemoProvider::finishedInstanceId;
    if (!waitFor([&] { return window.selectInstance(finished); }, 10000))
        return 1;

    // Harvest all three demo instances; the finished one stays selected.
    for (const qint64 id : {DemoProvider::corruptInstanceId, DemoProvider::trainingInstanceId, finished}) {
        window.selectInstance(id);
        QTest::qWait(50);
        window.harvestAction()->trigger();
    }
    const bool midway = waitFor(
        [&] {
            for (int row = 0; row < window.fileModel()->rowCount(); ++row) {
                const int percent = window.fileModel()->index(row, FileModel::ProgressColumn)
                                        .data(FileModel::ProgressRole)
                                        .toInt();
                if (percent >= 35 && percent <= 75)
                    return true;
            }
            return false;
        },
        20000);
    if (!midway || !save(window, QDir(outDir).filePath(QStringLiteral("screenshot-main.png"))))
        return 1;

    if (!waitFor([&] { return !window.controller()->isBusy(finished) && window.controller()->journal(finished); },
                 60000))
        return 1;
    ConfirmDialog confirm(window.controller()->confirmationRequest(finished), &window);
    confirm.show();
    QTest::keyClicks(confirm.idEdit(), QString::number(finished));
    if (!save(confirm, QDir(outDir).filePath(QStringLiteral("screenshot-confirm.png"))))
        return 1;
    confirm.close();

    // A key store of its own name, so the shot never touches a real entry.
    // The dialog shows the keychain's state on this machine.
    ApiKeyStore keyStore(nullptr, QStringLiteral("vastharvest-screenshots"));
    keyStore.setTimeout(5000);
    keyStore.setRetryDelay(200);
    SettingsDialog settings(window.controller()->settings(), &keyStore, dialogs, &window);
    settings.show();
    QLabel *keyState = settings.findChild<QLabel *>();
    waitFor([&] { return keyState && !keyState->text().contains(QStringLiteral("Checking")); }, 15000);
    if (!save(settings, QDir(outDir).filePath(QStringLiteral("screenshot-settings.png"))))
        return 1;
    settings.close();

    // The first-contact question, as an SSH instance would show it.
    HostKeyQuestion question;
    question.targetKey = QStringLiteral("vast:%1").arg(finished);
    question.host = QStringLiteral("203.0.113.5");
    question.port = 41022;
    question.offered = HostKey{QStringLiteral("ssh-ed25519"), QByteArray(51, '\x11')};
    HostKeyDialog hostKey(question, &window);
    hostKey.show();
    save(hostKey, QDir(outDir).filePath(QStringLiteral("screenshot-hostkey.png")));
    hostKey.close();

    // The passphrase request after a mistyped passphrase. The dialog is
    // modal, so a timer saves and closes it while it runs.
    PassphraseQuestion locked;
    locked.targetKey = question.targetKey;
    locked.keyPath = QDir::home().filePath(QStringLiteral(".ssh/id_ed25519"));
    locked.rejected = QStringLiteral("mistyped");
    QTimer::singleShot(500, &window, [&outDir] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog)
            return;
        save(*dialog, QDir(outDir).filePath(QStringLiteral("screenshot-passphrase.png")));
        dialog->close();
    });
    DialogService().askPassphrase(&window, locked);

    // The main window once every harvest ended, for checking the end states.
    waitFor([&] { return window.controller()->runningCount() == 0; }, 60000);
    window.selectInstance(finished);
    save(window, QDir(outDir).filePath(QStringLiteral("screenshot-main-done.png")));

    // Confirmed and destroyed: the banner while the files are read back.
    if (!window.controller()->confirm(finished, QString::number(finished)))
        return 1;
    window.selectInstance(finished);
    QTimer::singleShot(300, &window, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                button->click();
        }
    });
    window.destroyAction()->trigger();
    // Grabbed at once: on the small demo files the read-back ends quickly.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QString destroying = QDir(outDir).filePath(QStringLiteral("screenshot-destroying.png"));
    std::fprintf(stderr, "%s %s\n", window.grab().save(destroying) ? "saved" : "FAILED to save", qPrintable(destroying));
    return 0;
}
