#include "cli/cliapplication.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vastharvest"));
    QCoreApplication::setOrganizationName(QStringLiteral("VastHarvest"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VASTHARVEST_VERSION));

    vh::CliApplication cli;
    return cli.run(QCoreApplication::arguments());
}
