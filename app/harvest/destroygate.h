#pragma once

#include "harvest/journal.h"

#include <QHash>
#include <QString>

namespace vh {

// The local copy of one file as the file system shows it right now.
struct LocalFileFacts
{
    bool exists = false;
    qint64 size = -1;
    qint64 modifiedTimeMs = 0;
};

using LocalFacts = QHash<QString, LocalFileFacts>; // by absolute local path

// Reads size and modification time of every file in the journal.
LocalFacts collectLocalFacts(const Journal &journal);

// The first condition that keeps the gate closed, in the order checked.
enum class GateCondition {
    Open,
    NotAnInstance,       // a plain SSH target has nothing to destroy
    AlreadyDestroyed,
    NoFiles,
    SelectionIncomplete, // the last harvest skipped matches or failed before listing
    FileNotVerified,
    FileMissing,
    FileChanged,         // size or modification time differs from verification
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
// report exists for this instance id.
GateDecision canDestroy(const Journal &journal, const LocalFacts &facts, const QString &typedId);

// Stable name of a condition for JSON output and the audit log.
QString gateConditionName(GateCondition condition);

} // namespace vh
