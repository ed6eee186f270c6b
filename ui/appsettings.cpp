#include "appsettings.h"

#include <QDir>
#include <QSettings>

namespace vh {

namespace {

const QString keyIdentityFile = QStringLiteral("ssh/identityFile");
const QString keyUseAgent = QStringLiteral("ssh/useAgent");
const QString keyDestination = QStringLiteral("harvest/destinationTemplate");
const QString keyPatterns = QStringLiteral("harvest/defaultPatterns");
const QString keyMinSize = QStringLiteral("harvest/minSizeRules");
const QString keyParallel = QStringLiteral("harvest/parallelDownloads");
const QString keyRefresh = QStringLiteral("instances/refreshIntervalSeconds");
const QString keyTestCommand = QStringLiteral("verify/testCommand");

// QSettings keys may not contain '/' or '\\', and labels are free text.
QString labelKey(const QString &label)
{
    QString key = label.isEmpty() ? QStringLiteral("(no label)") : label;
    key.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char('\\'), QLatin1Char('_'));
    return QStringLiteral("patternsByLabel/") + key;
}

QString safeFolderName(const QString &text)
{
    QString name;
    for (const QChar c : text) {
        const bool unsafe = c.unicode() < 0x20 || QStringLiteral("<>:\"/\\|?*").contains(c);
        name.append(unsafe ? QLatin1Char('_') : c);
    }
    return name.trimmed();
}

} // namespace

AppSettings AppSettings::defaults()
{
    AppSettings settings;
    settings.destinationTemplate = QStringLiteral("~/VastHarvest/{label}-{id}");
    settings.defaultPatterns = {QStringLiteral("/workspace/**/*.gguf"),
                                QStringLiteral("/workspace/**/*.safetensors")};
    return settings;
}

AppSettings AppSettings::load(QSettings &settings)
{
    const AppSettings fallback = defaults();
    AppSettings loaded;
    loaded.identityFile = settings.value(keyIdentityFile).toString();
    loaded.useAgent = settings.value(keyUseAgent, fallback.useAgent).toBool();
    loaded.destinationTemplate = settings.value(keyDestination, fallback.destinationTemplate).toString();
    loaded.defaultPatterns = settings.value(keyPatterns, fallback.defaultPatterns).toStringList();
    loaded.minSizeRules = settings.value(keyMinSize).toStringList();
    loaded.parallelDownloads = qBound(1, settings.value(keyParallel, fallback.parallelDownloads).toInt(), 16);
    loaded.refreshIntervalSeconds
        = qBound(5, settings.value(keyRefresh, fallback.refreshIntervalSeconds).toInt(), 3600);
    loaded.testCommand = settings.value(keyTestCommand).toString();
    return loaded;
}

void AppSettings::save(QSettings &settings) const
{
    settings.setValue(keyIdentityFile, identityFile);
    settings.setValue(keyUseAgent, useAgent);
    settings.setValue(keyDestination, destinationTemplate);
    settings.setValue(keyPatterns, defaultPatterns);
    settings.setValue(keyMinSize, minSizeRules);
    settings.setValue(keyParallel, parallelDownloads);
    settings.setValue(keyRefresh, refreshIntervalSeconds);
    settings.setValue(keyTestCommand, testCommand);
}

QString AppSettings::destinationFor(qint64 instanceId, const QString &label) const
{
    QString path = destinationTemplate.isEmpty() ? defaults().destinationTemplate : destinationTemplate;
    const QString shownLabel = label.isEmpty() ? QStringLiteral("instance") : safeFolderName(label);
    path.replace(QStringLiteral("{label}"), shownLabel);
    path.replace(QStringLiteral("{id}"), QString::number(instanceId));
    if (path == QStringLiteral("~") || path.startsWith(QStringLiteral("~/")))
        path = QDir::homePath() + path.mid(1);
    return QDir::cleanPath(QDir(path).absolutePath());
}

QStringList AppSettings::patternsForLabel(QSettings &settings, const QString &label)
{
    return settings.value(labelKey(label)).toStringList();
}

void AppSettings::setPatternsForLabel(QSettings &settings, const QString &label, const QStringList &patterns)
{
    settings.setValue(labelKey(label), patterns);
}

QStringList AppSettings::splitPatterns(const QString &text)
{
    QStringList patterns;
    for (const QString &part : text.split(QLatin1Char(';'))) {
        const QString pattern = part.trimmed();
        if (!pattern.isEmpty())
            patterns.append(pattern);
    }
    return patterns;
}

QString AppSettings::joinPatterns(const QStringList &patterns)
{
    return patterns.join(QStringLiteral("; "));
}

} // namespace vh
