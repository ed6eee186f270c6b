#pragma once

#include "common/result.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <atomic>

namespace vh {

class SshSession;

// One remote file a pattern matched.
struct RemoteFile
{
    QString remotePath;        // as reached on the server, '/'-separated
    QString localRelativePath; // below the destination, already made safe
    bool nameMapped = false;   // true when a name was changed to be storable
    qint64 size = 0;
    qint64 modifiedTime = 0;   // seconds since the epoch
};

// Stat of one remote path, following symlinks.
struct RemoteFileInfo
{
    bool exists = false;
    bool isDirectory = false;
    bool isRegularFile = false;
    qint64 size = 0;
    qint64 modifiedTime = 0;
};

struct RemoteListing
{
    QList<RemoteFile> files;
    // Paths that could not be read, names that were unsafe, patterns that
    // matched nothing: reported, while the other files go on.
    QList<Error> problems;
};

// Expands glob patterns over SFTP. Follows symlinks, visits each real
// folder once (so a link loop ends), and keeps going past folders it may
// not read.
class RemoteLister final
{
public:
    explicit RemoteLister(SshSession &session) : m_session(session) {}

    // Fails only when SFTP itself fails (dropped link); per-path problems
    // go into the listing.
    Result<RemoteListing> list(const QStringList &patterns, const std::atomic_bool *cancelled);

    Result<RemoteFileInfo> stat(const QString &remotePath);

private:
    struct Walk;
    Result<void> walk(Walk &walk, const QString &folder, const QStringList &names, int depth);
    // Adds one regular file that matched, unless another pattern added it
    // already or its local name is unusable or taken.
    void addFile(Walk &walk, const QString &path, const QStringList &names, qint64 size, qint64 modifiedTime);
    // Records what one pattern found, and the problem when it found nothing.
    static void finishPattern(const Walk &walk, const QString &text, QSet<QString> &seenFiles,
                              QSet<QString> &seenLocalPaths);
    Result<QString> realPath(const QString &remotePath);

    SshSession &m_session;
};

} // namespace vh
