#pragma once

#include "common/result.h"
#include "harvest/journal.h"

#include <QString>

namespace vh {

// Journals on disk, one JSON file per target under STATE_DIR/journals.
// Writes go through QSaveFile, so a crash leaves the old or the new
// journal, never half of one.
class JournalStore final
{
public:
    explicit JournalStore(QString stateDir);

    const QString &stateDir() const { return m_stateDir; }
    QString pathFor(const QString &targetKey) const;

    // NotFound when no journal exists. A journal that cannot be parsed is
    // renamed to NAME.unreadable-TIMESTAMP and reported, never dropped
    // silently, so nothing it proved is lost.
    Result<Journal> load(const QString &targetKey) const;
    Result<void> save(Journal &journal) const;
    // Renames the journal to NAME.superseded-TIMESTAMP, so nothing it
    // records counts any more, and returns the new path. A rename needs no
    // free space, so it works where a save failed on a full disk.
    Result<QString> setAside(const QString &targetKey) const;
    // Every readable journal; unreadable ones are moved aside and their
    // errors appended to problems.
    QList<Journal> loadAll(QList<Error> *problems = nullptr) const;

private:
    Result<Journal> loadFile(const QString &path) const;

    QString m_stateDir;
};

} // namespace vh
