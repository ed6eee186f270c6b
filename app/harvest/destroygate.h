#pragma once

#include "harvest/journal.h"

#include <QHash>
#include <QString>

#include <atomic>
#include <functional>

namespace vh {

// The local copy of one file as the file system shows it right now.
struct LocalFileFacts
{
    bool exists = false;
    qint64 size = -1;
    qint64 modifiedTimeMs = 0;
    // SHA-256 of the bytes read back from disk; empty when they were not read.
    QString sha256;
    QString readError; // why the bytes could not be read back
};

using LocalFacts = QHash<QString, LocalFileFacts>; // by absolute local path

// Reads size and modification time of every file in the journal.
LocalFacts collectLocalFacts(const Journal &journal);
// Also reads every file back from disk and hashes it, which takes as long
// as a verification: call it off the GUI thread. A file that is replaced,
// deleted or written to before all are read gets a readError instead of a
// hash. When cancelled, the remaining files get one. afterEachFile, for
// tests, runs after each file was hashed.
LocalFacts collectLocalFactsWithContent(const Journal &journal, const std::atomic_bool *cancelled,
                                        const std::function<void(const QString &path)> &afterEachFile = {});

// The local facts that canDestroy compares besides the journal's verdicts.
enum class ContentCheck {
    SizeAndTime, // cheap, for showing the gate while the window runs
    ReadBack,    // the bytes too, for the destroy request itself
};

// The first condition that keeps the gate closed, in the order checked.
enum class GateCondition {
    Open,
    NotAnInstance,       // a plain SSH target has nothing to destroy
    JournalInconsistent, // the journal contradicts itself, e.g. after a hand edit
    AlreadyDestroyed,
    NoFiles,
    SelectionIncomplete, // the last harvest skipped matches or failed before listing
    FileNotVerified,
    FileMissing,
    FileChanged,         // size, modification time or, read back, the bytes differ
    NotConfirmed,
    ConfirmationStale,   // confirmed a different report than the current one
    IdMismatch,          // the typed id is not this instance's id
};

struct GateDecision
{
    GateCondition condition = GateCondition::NotConfirmed;
    QString reason; // translated; empty when open

    bool isOpen() const { return condition == GateCondition::Open; }
};

// Decides whether the instance of this journal may be destroyed. A pure
// function of the journal, the current local file facts and the id the
// person typed: open only when every selected file is verified, present
// and unchanged since verification, and a confirmation of exactly this
// report exists for this instance id. With ContentCheck::ReadBack the facts
// must carry each file's SHA-256 as read back, and it must match.
GateDecision canDestroy(const Journal &journal, const LocalFacts &facts, const QString &typedId,
                        ContentCheck check = ContentCheck::SizeAndTime);

// Stable name of a condition for JSON output and the audit log.
QString gateConditionName(GateCondition condition);

} // namespace vh
