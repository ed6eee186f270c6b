#include "harvest/journalstore.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace vh {

namespace {

struct Tr final
{
    Q_DECLARE_TR_FUNCTIONS(vh::JournalStore)
};

} // namespace

JournalStore::JournalStore(QString stateDir) : m_stateDir(std::move(stateDir)) {}

QString JournalStore::pathFor(const QString &targetKey) const
{
    // Readable but safe on every file system; the hash keeps two keys that
    // clean up to the same text apart.
    QString name;
    for (const QChar c : targetKey) {
        const bool plain = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                           || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
                           || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.')
                           || c == QLatin1Char('-');
        name.append(plain ? c : QLatin1Char('_'));
    }
    const QByteArray hash = QCryptographicHash::hash(targetKey.toUtf8(), QCryptographicHash::Sha256).toHex().left(8);
    return QDir(m_stateDir).filePath(QStringLiteral("journals/%1-%2.json").arg(name.left(80), QString::fromLatin1(hash)));
}

Result<Journal> JournalStore::loadFile(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(ErrorKind::LocalIo,
                     Tr::tr("Cannot read the journal %1: %2.").arg(path, file.errorString()));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    file.close();

    Result<Journal> journal = Error(ErrorKind::LocalIo, QString());
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        journal = Error(ErrorKind::LocalIo,
                        Tr::tr("is not valid JSON (%1 at byte %2)")
                            .arg(parseError.errorString())
                            .arg(parseError.offset));
    } else {
        journal = Journal::fromJson(document.object());
    }
    if (journal)
        return journal;

    const QString aside = path + QStringLiteral(".unreadable-")
                          + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmss"));
    const bool moved = QFile::rename(path, aside);
    qCWarning(lcHarvest) << "unreadable journal" << path << journal.error().message << "moved to" << aside;
    return Error(ErrorKind::LocalIo,
                 moved ? Tr::tr("The journal %1 %2. It was moved to %3 and a new harvest starts; "
                                "compare the files by hand before destroying anything.")
                             .arg(path, journal.error().message, aside)
                       : Tr::tr("The journal %1 %2, and moving it aside failed. Move it away by hand.")
                             .arg(path, journal.error().message));
}

Result<Journal> JournalStore::load(const QString &targetKey) const
{
    const QString path = pathFor(targetKey);
    if (!QFileInfo::exists(path)) {
        return Error(ErrorKind::NotFound,
                     Tr::tr("There is no journal for %1 in %2. Run a harvest first.").arg(targetKey, m_stateDir));
    }
    auto journal = loadFile(path);
    if (journal && journal->targetKey != targetKey) {
        return Error(ErrorKind::LocalIo,
                     Tr::tr("The journal %1 belongs to %2, not %3.").arg(path, journal->targetKey, targetKey));
    }
    return journal;
}

Result<QString> JournalStore::setAside(const QString &targetKey) const
{
    const QString path = pathFor(targetKey);
    const QString aside = path + QStringLiteral(".superseded-")
                          + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmss"));
    if (!QFile::rename(path, aside)) {
        return Error(ErrorKind::LocalIo,
                     Tr::tr("Cannot move the journal %1 aside to %2. Move it away by hand before destroying "
                            "anything.")
                         .arg(path, aside));
    }
    qCWarning(lcHarvest) << "journal" << path << "moved aside to" << aside;
    return aside;
}

Result<void> JournalStore::save(Journal &journal) const
{
    const QString path = pathFor(journal.targetKey);
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        return Error(ErrorKind::LocalIo,
                     Tr::tr("Cannot create the folder %1 for journals.").arg(QFileInfo(path).absolutePath()));
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!journal.createdAt.isValid())
        journal.createdAt = now;
    journal.updatedAt = now;

    // Unbuffered, so a full disk fails the write itself rather than an
    // unchecked flush; the size read back after the rename is a last
    // check. The old journal stays in place on any failure.
    const QByteArray data = QJsonDocument(journal.toJson()).toJson(QJsonDocument::Indented);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        return Error(ErrorKind::LocalIo,
                     Tr::tr("Cannot write the journal %1: %2.").arg(path, file.errorString()));
    }
    if (file.write(data) != data.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        file.commit();
        return Error(ErrorKind::LocalIo,
                     Tr::tr("Cannot write the journal %1: %2. Free some disk space and try again; the "
                            "previous journal is kept.")
                         .arg(path, reason));
    }
    if (!file.commit() || QFileInfo(path).size() != data.size()) {
        return Error(ErrorKind::LocalIo,
                     Tr::tr("Cannot write the journal %1: %2. Free some disk space and try again.")
                         .arg(path, file.errorString()));
    }
    return {};
}

QList<Journal> JournalStore::loadAll(QList<Error> *problems) const
{
    QList<Journal> journals;
    const QDir folder(QDir(m_stateDir).filePath(QStringLiteral("journals")));
    const QStringList names = folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        auto journal = loadFile(folder.filePath(name));
        if (journal)
            journals.append(std::move(journal).value());
        else if (problems)
            problems->append(journal.error());
    }
    return journals;
}

} // namespace vh
