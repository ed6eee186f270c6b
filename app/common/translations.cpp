#include "common/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QString>
#include <QTranslator>

namespace vh {

namespace {

// Installs the translation `name` for the first of the locale's languages
// that has a file in `folder`, unless that file is `skip`, and returns the
// file, or an empty string. Qt searches the translator installed last first.
QString install(const QLocale &locale, const QString &name, const QString &folder,
                const QString &skip = {})
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(locale, name, QStringLiteral("_"), folder)
        || translator->filePath() == skip) {
        delete translator;
        return {};
    }
    QCoreApplication::installTranslator(translator);
    return translator->filePath();
}

} // namespace

void installTranslations()
{
    Q_ASSERT(QCoreApplication::instance());
    const QString override = qEnvironmentVariable("VASTHARVEST_LANGUAGE");
    const QLocale locale = override.isEmpty() ? QLocale() : QLocale(override);
    const QString ownFolder = QStringLiteral(":/i18n");

    const QString english =
        install(QLocale(QLocale::English), QStringLiteral("vastharvest"), ownFolder);
    install(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    install(locale, QStringLiteral("vastharvest"), ownFolder, english);
}

} // namespace vh
