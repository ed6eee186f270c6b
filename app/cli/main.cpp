#include "cli/cliapplication.h"
#include "common/translations.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vastharvest"));
    QCoreApplication::setOrganizationName(QStringLiteral("VastHarvest"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VASTHARVEST_VERSION));
    vh::installTranslations();

    // Results and errors go to stdout and stderr as text of their own; the
    // engine's info log would repeat them. --verbose or QT_LOGGING_RULES
    // turns it back on.
    if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("vastharvest.*.info=false"));

    vh::CliApplication cli;
    return cli.run(QCoreApplication::arguments());
}
