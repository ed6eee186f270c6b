#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("vastharvest"));
    QApplication::setApplicationDisplayName(QStringLiteral("Vast Harvest"));
    QApplication::setOrganizationName(QStringLiteral("VastHarvest"));
    QApplication::setApplicationVersion(QStringLiteral(VASTHARVEST_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/vastharvest.png")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Download, verify and only then destroy GPU instances."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QApplication::translate("main", "Show simulated instances with generated sample models."));
    parser.addOption(demoOption);
    parser.process(app);

    vh::MainWindow window;
    window.show();
    return app.exec();
}
