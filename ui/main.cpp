#include "common/translations.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("vastharvest"));
    QApplication::setApplicationDisplayName(QStringLiteral("Vast Harvest"));
    QApplication::setOrganizationName(QStringLiteral("VastHarvest"));
    QApplication::setApplicationVersion(QStringLiteral(VASTHARVEST_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/vastharvest.png")));
    // Lets Wayland compositors find vastharvest.desktop and its icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("vastharvest"));
    vh::installTranslations();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Download, verify and only then destroy GPU instances."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QApplication::translate("main", "Show simulated instances with generated sample models."));
    parser.addOption(demoOption);
    const QCommandLineOption stateDirOption(
        QStringLiteral("state-dir"),
        QApplication::translate("main", "Keep journals, the audit log and known hosts in DIR."),
        QStringLiteral("DIR"));
    parser.addOption(stateDirOption);
    const QCommandLineOption apiUrlOption(
        QStringLiteral("api-url"), QApplication::translate("main", "Use this Vast.ai API address."),
        QStringLiteral("URL"));
    parser.addOption(apiUrlOption);
    const QCommandLineOption apiKeyFileOption(
        QStringLiteral("api-key-file"), QApplication::translate("main", "Read the API key from FILE."),
        QStringLiteral("FILE"));
    parser.addOption(apiKeyFileOption);
    parser.process(app);

    vh::MainWindowOptions options;
    options.demo = parser.isSet(demoOption);
    options.stateDir = parser.value(stateDirOption);
    if (options.stateDir.isEmpty())
        options.stateDir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    // Demo journals live apart, so they never mix with real ones.
    if (options.demo)
        options.stateDir = QDir(options.stateDir).filePath(QStringLiteral("demo"));
    options.vast.apiUrl = parser.value(apiUrlOption);
    options.vast.apiKeyFile = parser.value(apiKeyFileOption);

    vh::MainWindow window(options);
    window.show();
    return app.exec();
}
