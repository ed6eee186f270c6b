#pragma once

#include <QString>
#include <QStringList>

class QSettings;

namespace vh {

// The window's preferences in QSettings. The API key is never among them:
// it lives in the OS keychain only.
struct AppSettings
{
    QString identityFile;        // empty: the SSH agent, then ~/.ssh/id_*
    bool useAgent = true;
    QString destinationTemplate; // {label} and {id} are replaced
    QStringList defaultPatterns;
    QStringList minSizeRules;    // "GLOB=SIZE", each valid for MinSizeRule::parse
    int parallelDownloads = 2;
    int refreshIntervalSeconds = 60;
    QString testCommand;         // optional program run on each verified file

    static AppSettings defaults();
    static AppSettings load(QSettings &settings);
    void save(QSettings &settings) const;

    // Returns the destination folder of one instance, template filled in and
    // made absolute. Characters that folder names cannot contain become '_'.
    QString destinationFor(qint64 instanceId, const QString &label) const;

    // Patterns the user last used for instances with this label, because the
    // label is the stable name across re-created instances.
    static QStringList patternsForLabel(QSettings &settings, const QString &label);
    static void setPatternsForLabel(QSettings &settings, const QString &label,
                                    const QStringList &patterns);

    // "a; b" as typed into a line edit, split and trimmed.
    static QStringList splitPatterns(const QString &text);
    static QString joinPatterns(const QStringList &patterns);
};

} // namespace vh
