#pragma once

#include "common/result.h"

#include <QString>
#include <QStringList>

namespace vh {

// A remote glob pattern split at its fixed prefix, the leading folders that
// contain no wildcard. "/workspace/**/final/*.gguf" has the prefix
// "/workspace" and the segments "**", "final", "*.gguf". Local paths keep
// the part of each match below the prefix.
// Whether wildcards match names that start with a dot. A pattern skips
// them; a folder named without wildcards is taken whole, hidden names too.
enum class HiddenNames { Skip, Match };

struct RemotePattern
{
    QString text;
    QString fixedPrefix;   // absolute folder, or relative to the remote home
    QStringList segments;  // at least one; "**" matches zero or more folders
    bool hasWildcard = false;
    HiddenNames hidden = HiddenNames::Skip;

    // Accepts '/'-separated patterns with *, ? and **. Rejects empty
    // patterns, ".." segments and "**" mixed with other text in a segment.
    static Result<RemotePattern> parse(const QString &pattern);
};

// Matches one file or folder name against a segment with * and ?. Like a
// shell, a wildcard does not match a leading dot unless the segment
// starts with one, so "*" skips ".cache".
bool matchGlobSegment(const QString &glob, const QString &name);

// Matches a path below the fixed prefix, split into names, against the
// pattern's segments.
bool matchGlobPath(const QStringList &segments, const QStringList &names,
                   HiddenNames hidden = HiddenNames::Skip);

// True when folders below these names could still hold a match, so the
// lister does not walk folders that cannot.
bool globCanMatchBelow(const QStringList &segments, const QStringList &names,
                       HiddenNames hidden = HiddenNames::Skip);

// Turns a remote path below the prefix into a relative local path that is
// safe on Windows and POSIX alike. Rejects "." and "..", empty names,
// names with control characters and names longer than 255 characters.
// Maps what Windows cannot store to '_': the characters <>:"|?* and
// backslash, a trailing dot or space, and reserved device names such as
// CON or LPT1 (which get a '_' prefix). mapped is set when a name changed.
Result<QString> localRelativePath(const QStringList &remoteNames, bool *mapped = nullptr);

// Joins destination and a relative local path, and checks that the result
// stays inside the destination folder.
Result<QString> resolveInsideDestination(const QString &destination, const QString &relativePath);

// Quotes text for a POSIX shell with single quotes, so spaces, quotes,
// $(...) and backticks reach the command as literal characters.
QByteArray shellQuote(const QString &text);

} // namespace vh
