#include "transfer/remotelister.h"

#include "common/logging.h"
#include "transfer/remotepath.h"
#include "transfer/sshsession.h"

#include <QCoreApplication>
#include <QSet>

#include <libssh2.h>
#include <libssh2_sftp.h>

namespace vh {

namespace {

struct Tr final
{
    Q_DECLARE_TR_FUNCTIONS(vh::RemoteLister)
};

constexpr int maximumDepth = 64;
constexpr int maximumEntries = 1000000;

QString joinRemote(const QString &folder, const QString &name)
{
    if (folder == QLatin1String("/"))
        return QLatin1Char('/') + name;
    return folder + QLatin1Char('/') + name;
}

bool isNotFoundOrDenied(const Error &error)
{
    return error.kind == ErrorKind::NotFound || error.kind == ErrorKind::PermissionDenied
           || error.kind == ErrorKind::RemoteIo;
}

} // namespace

struct RemoteLister::Walk
{
    const RemotePattern *pattern = nullptr;
    const std::atomic_bool *cancelled = nullptr;
    RemoteListing *listing = nullptr;
    QSet<QString> visitedFolders; // real paths, so symlink loops end
    QSet<QString> seenFiles;
    QSet<QString> seenLocalPaths;
    int entries = 0;
    int matches = 0;
};

Result<QString> RemoteLister::realPath(const QString &remotePath)
{
    auto sftp = m_session.sftp();
    if (!sftp)
        return sftp.error();
    const QByteArray path = remotePath.toUtf8();
    char buffer[4096];
    const int length = libssh2_sftp_symlink_ex(*sftp, path.constData(), unsigned(path.size()),
                                               buffer, sizeof(buffer), LIBSSH2_SFTP_REALPATH);
    if (length < 0)
        return m_session.errorFor(length, Tr::tr("Resolving %1").arg(remotePath));
    return QString::fromUtf8(buffer, length);
}

Result<RemoteFileInfo> RemoteLister::stat(const QString &remotePath)
{
    auto sftp = m_session.sftp();
    if (!sftp)
        return sftp.error();
    const QByteArray path = remotePath.toUtf8();
    LIBSSH2_SFTP_ATTRIBUTES attributes{};
    const int rc = libssh2_sftp_stat_ex(*sftp, path.constData(), unsigned(path.size()),
                                        LIBSSH2_SFTP_STAT, &attributes);
    RemoteFileInfo info;
    if (rc != 0) {
        Error error = m_session.errorFor(rc, Tr::tr("Reading the attributes of %1").arg(remotePath));
        if (error.kind == ErrorKind::NotFound)
            return info;
        return error;
    }
    info.exists = true;
    info.isDirectory = LIBSSH2_SFTP_S_ISDIR(attributes.permissions);
    info.isRegularFile = LIBSSH2_SFTP_S_ISREG(attributes.permissions);
    info.size = qint64(attributes.filesize);
    info.modifiedTime = qint64(attributes.mtime);
    return info;
}

Result<RemoteListing> RemoteLister::list(const QStringList &patterns, const std::atomic_bool *cancelled)
{
    RemoteListing listing;
    QSet<QString> seenFiles;
    QSet<QString> seenLocalPaths;

    for (const QString &text : patterns) {
        auto parsed = RemotePattern::parse(text);
        if (!parsed) {
            listing.problems.append(parsed.error());
            continue;
        }
        RemotePattern pattern = std::move(parsed).value();

        // A relative pattern starts in the login folder, as scp and sftp do.
        if (!pattern.fixedPrefix.startsWith(QLatin1Char('/'))) {
            auto home = realPath(QStringLiteral("."));
            if (!home)
                return home.error();
            pattern.fixedPrefix = pattern.fixedPrefix == QLatin1String(".")
                                      ? home.value()
                                      : joinRemote(home.value(), pattern.fixedPrefix);
        }

        Walk walk;
        walk.pattern = &pattern;
        walk.cancelled = cancelled;
        walk.listing = &listing;
        walk.seenFiles = seenFiles;
        walk.seenLocalPaths = seenLocalPaths;

        // A pattern without wildcards names a file or a folder. A folder is
        // taken whole; a file needs no listing of its folder, which saves
        // several round trips per file ticked in the browser.
        if (!pattern.hasWildcard) {
            const QString path = joinRemote(pattern.fixedPrefix, pattern.segments.constFirst());
            auto info = stat(path);
            if (!info)
                return info.error();
            if (info->isDirectory) {
                pattern.segments = {pattern.segments.constFirst(), QStringLiteral("**"),
                                     QStringLiteral("*")};
                pattern.hidden = HiddenNames::Match;
            } else if (info->isRegularFile) {
                addFile(walk, path, pattern.segments, info->size, info->modifiedTime);
                finishPattern(walk, text, seenFiles, seenLocalPaths);
                continue;
            }
        }

        auto prefixInfo = stat(pattern.fixedPrefix);
        if (!prefixInfo)
            return prefixInfo.error();
        if (!prefixInfo->isDirectory) {
            listing.problems.append(Error(ErrorKind::NotFound,
                                          Tr::tr("The folder %1 of pattern '%2' does not exist on the "
                                                 "instance. Check the path.")
                                              .arg(pattern.fixedPrefix, text)));
            continue;
        }

        auto root = realPath(pattern.fixedPrefix);
        if (!root) {
            if (root.error().kind == ErrorKind::Network || root.error().kind == ErrorKind::Timeout)
                return root.error();
            listing.problems.append(Error(root.error().kind,
                                          Tr::tr("The folder %1 of pattern '%2' cannot be read: %3")
                                              .arg(pattern.fixedPrefix, text, root.error().message)));
            continue;
        }
        walk.visitedFolders.insert(root.value());

        if (auto walked = this->walk(walk, pattern.fixedPrefix, {}, 0); !walked)
            return walked.error();
        finishPattern(walk, text, seenFiles, seenLocalPaths);
    }
    return listing;
}

void RemoteLister::finishPattern(const Walk &walk, const QString &text, QSet<QString> &seenFiles,
                                 QSet<QString> &seenLocalPaths)
{
    seenFiles = walk.seenFiles;
    seenLocalPaths = walk.seenLocalPaths;
    if (walk.matches == 0) {
        walk.listing->problems.append(Error(ErrorKind::NotFound,
                                            Tr::tr("The pattern '%1' matched no file.").arg(text)));
    }
    qCInfo(lcSftp) << "pattern" << text << "matched" << walk.matches << "files";
}

void RemoteLister::addFile(Walk &walk, const QString &path, const QStringList &names, qint64 size,
                           qint64 modifiedTime)
{
    if (walk.seenFiles.contains(path))
        return;

    bool mapped = false;
    auto local = localRelativePath(names, &mapped);
    if (!local) {
        walk.listing->problems.append(local.error());
        return;
    }
    // Two remote names may map to one local name (a.b and a.b. on Windows
    // rules); the first keeps it and the other is reported.
    const QString localKey = local.value().toLower();
    if (walk.seenLocalPaths.contains(localKey)) {
        walk.listing->problems.append(Error(ErrorKind::RemoteIo,
                                            Tr::tr("%1 would be saved as %2, which another file "
                                                   "already uses; it was skipped.")
                                                .arg(path, local.value())));
        return;
    }
    walk.seenFiles.insert(path);
    walk.seenLocalPaths.insert(localKey);

    RemoteFile file;
    file.remotePath = path;
    file.localRelativePath = local.value();
    file.nameMapped = mapped;
    file.size = size;
    file.modifiedTime = modifiedTime;
    walk.listing->files.append(file);
    ++walk.matches;
}

Result<void> RemoteLister::walk(Walk &walk, const QString &folder, const QStringList &names, int depth)
{
    if (walk.cancelled && walk.cancelled->load())
        return Error(ErrorKind::Cancelled, Tr::tr("Listing was cancelled."));
    if (depth > maximumDepth) {
        walk.listing->problems.append(Error(ErrorKind::RemoteIo,
                                            Tr::tr("%1 is nested more than %2 folders deep; it was "
                                                   "not searched.")
                                                .arg(folder)
                                                .arg(maximumDepth)));
        return {};
    }

    auto sftp = m_session.sftp();
    if (!sftp)
        return sftp.error();
    const QByteArray folderPath = folder.toUtf8();
    LIBSSH2_SFTP_HANDLE *handle = libssh2_sftp_open_ex(*sftp, folderPath.constData(),
                                                       unsigned(folderPath.size()), 0, 0,
                                                       LIBSSH2_SFTP_OPENDIR);
    if (!handle) {
        const int code = libssh2_session_last_errno(m_session.handle());
        Error error = m_session.errorFor(code, Tr::tr("Listing %1").arg(folder));
        if (!isNotFoundOrDenied(error))
            return error;
        walk.listing->problems.append(error);
        return {};
    }

    struct Entry
    {
        QString name;
        bool validUtf8 = true;
        LIBSSH2_SFTP_ATTRIBUTES attributes;
    };
    QList<Entry> entries;
    char nameBuffer[1024];
    for (;;) {
        LIBSSH2_SFTP_ATTRIBUTES attributes{};
        const int length = libssh2_sftp_readdir_ex(handle, nameBuffer, sizeof(nameBuffer), nullptr,
                                                   0, &attributes);
        if (length == 0)
            break;
        if (length < 0) {
            Error error = m_session.errorFor(length, Tr::tr("Listing %1").arg(folder));
            libssh2_sftp_closedir(handle);
            if (!isNotFoundOrDenied(error))
                return error;
            walk.listing->problems.append(error);
            return {};
        }
        const QByteArray rawName(nameBuffer, length);
        const QString name = QString::fromUtf8(rawName);
        if (name == QLatin1String(".") || name == QLatin1String(".."))
            continue;

        if (++walk.entries > maximumEntries) {
            libssh2_sftp_closedir(handle);
            walk.listing->problems.append(Error(ErrorKind::RemoteIo,
                                                Tr::tr("Listing stopped after %1 entries; narrow the "
                                                       "pattern.")
                                                    .arg(maximumEntries)));
            return {};
        }
        entries.append({name, name.toUtf8() == rawName, attributes});
    }
    libssh2_sftp_closedir(handle);

    for (Entry &entry : entries) {
        const QString path = joinRemote(folder, entry.name);
        QStringList childNames = names;
        childNames.append(entry.name);

        if (entry.name.contains(QLatin1Char('/'))) {
            walk.listing->problems.append(Error(ErrorKind::RemoteIo,
                                                Tr::tr("The server listed a name with a slash in %1; "
                                                       "it was skipped.")
                                                    .arg(folder)));
            continue;
        }

        // A link is followed only when its name could matter: a dangling
        // link beside the wanted files must not fail the harvest.
        const bool mayMatchHere = matchGlobPath(walk.pattern->segments, childNames, walk.pattern->hidden);
        const bool mayMatchBelow = globCanMatchBelow(walk.pattern->segments, childNames, walk.pattern->hidden);
        if (!mayMatchHere && !mayMatchBelow)
            continue;
        // SFTP paths go out as UTF-8, so a name that is not valid UTF-8 could
        // never be opened, and its replacement characters could make it look
        // like another file. It is reported so that the harvest fails closed.
        if (!entry.validUtf8) {
            walk.listing->problems.append(
                Error(ErrorKind::RemoteIo, Tr::tr("%1 is not valid UTF-8, so it cannot be downloaded; it was "
                                                  "skipped. Rename it on the instance, e.g. with convmv.")
                                               .arg(path)));
            continue;
        }
        LIBSSH2_SFTP_ATTRIBUTES attributes = entry.attributes;
        if (LIBSSH2_SFTP_S_ISLNK(attributes.permissions)
            || !(attributes.flags & LIBSSH2_SFTP_ATTR_PERMISSIONS)) {
            const QByteArray target = path.toUtf8();
            if (libssh2_sftp_stat_ex(*sftp, target.constData(), unsigned(target.size()),
                                     LIBSSH2_SFTP_STAT, &attributes) != 0) {
                const int code = libssh2_session_last_errno(m_session.handle());
                Error error = m_session.errorFor(code, Tr::tr("Following the link %1").arg(path));
                if (!isNotFoundOrDenied(error))
                    return error;
                walk.listing->problems.append(error);
                continue;
            }
        }

        if (LIBSSH2_SFTP_S_ISDIR(attributes.permissions)) {
            if (!mayMatchBelow)
                continue;
            auto real = realPath(path);
            if (!real) {
                if (!isNotFoundOrDenied(real.error()))
                    return real.error();
                walk.listing->problems.append(real.error());
                continue;
            }
            if (walk.visitedFolders.contains(real.value())) {
                qCDebug(lcSftp) << "skipping" << path << "already visited as" << real.value();
                continue;
            }
            walk.visitedFolders.insert(real.value());
            if (auto walked = this->walk(walk, path, childNames, depth + 1); !walked)
                return walked.error();
            continue;
        }

        if (!LIBSSH2_SFTP_S_ISREG(attributes.permissions) || !mayMatchHere)
            continue;
        addFile(walk, path, childNames, qint64(attributes.filesize), qint64(attributes.mtime));
    }
    return {};
}

} // namespace vh
