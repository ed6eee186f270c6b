#include "transfer/localfolderaccess.h"

#include "common/logging.h"
#include "common/platform.h"
#include "transfer/remotepath.h"
#include "verify/sha256.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>

namespace vh {

namespace {

struct Tr final
{
    Q_DECLARE_TR_FUNCTIONS(vh::LocalFolderAccess)
};

QString joinRemote(const QString &folder, const QString &name)
{
    if (folder == QLatin1String("/"))
        return QLatin1Char('/') + name;
    return folder + QLatin1Char('/') + name;
}

} // namespace

LocalFolderAccess::LocalFolderAccess(QString root, qint64 bytesPerSecond)
    : m_root(QDir::cleanPath(std::move(root))), m_bytesPerSecond(qMax<qint64>(bytesPerSecond, 1024))
{
}

Result<void> LocalFolderAccess::connect(const std::atomic_bool *)
{
    if (!QFileInfo(m_root).isDir())
        return Error(ErrorKind::Network, Tr::tr("The demo files in %1 are missing. Restart the demo.").arg(m_root));
    m_aborted = false;
    m_connected = true;
    return {};
}

void LocalFolderAccess::disconnect()
{
    m_connected = false;
}

void LocalFolderAccess::abort()
{
    m_aborted = true;
}

QString LocalFolderAccess::localPathOf(const QString &remotePath) const
{
    return QDir::cleanPath(m_root + QLatin1Char('/') + remotePath);
}

void LocalFolderAccess::walk(const QString &remoteFolder, const QStringList &names, const QStringList &segments,
                             RemoteListing &listing, int depth) const
{
    if (depth > 32)
        return;
    const QDir folder(localPathOf(remoteFolder));
    const QFileInfoList entries = folder.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                                                       QDir::Name);
    for (const QFileInfo &entry : entries) {
        QStringList childNames = names;
        childNames.append(entry.fileName());
        const QString remotePath = joinRemote(remoteFolder, entry.fileName());
        if (entry.isDir()) {
            if (globCanMatchBelow(segments, childNames))
                walk(remotePath, childNames, segments, listing, depth + 1);
            continue;
        }
        if (!entry.isFile() || !matchGlobPath(segments, childNames))
            continue;
        bool mapped = false;
        auto local = localRelativePath(childNames, &mapped);
        if (!local) {
            listing.problems.append(local.error());
            continue;
        }
        listing.files.append(RemoteFile{remotePath, local.value(), mapped, entry.size(),
                                        entry.lastModified().toSecsSinceEpoch()});
    }
}

Result<RemoteListing> LocalFolderAccess::list(const QStringList &patterns, const std::atomic_bool *)
{
    RemoteListing listing;
    for (const QString &text : patterns) {
        auto pattern = RemotePattern::parse(text);
        if (!pattern) {
            listing.problems.append(pattern.error());
            continue;
        }
        QString prefix = pattern->fixedPrefix;
        if (!prefix.startsWith(QLatin1Char('/')))
            prefix = QStringLiteral("/root/") + prefix;
        QStringList segments = pattern->segments;
        if (!pattern->hasWildcard && QFileInfo(localPathOf(joinRemote(prefix, segments.constFirst()))).isDir())
            segments = {segments.constFirst(), QStringLiteral("**"), QStringLiteral("*")};
        const qsizetype before = listing.files.size();
        walk(prefix, {}, segments, listing, 0);
        if (listing.files.size() == before)
            listing.problems.append(Error(ErrorKind::NotFound, Tr::tr("The pattern '%1' matched no file.").arg(text)));
    }
    return listing;
}

Result<RemoteFileInfo> LocalFolderAccess::stat(const QString &remotePath)
{
    const QFileInfo info(localPathOf(remotePath));
    RemoteFileInfo result;
    result.exists = info.exists();
    result.isDirectory = info.isDir();
    result.isRegularFile = info.isFile();
    result.size = info.size();
    result.modifiedTime = info.lastModified().toSecsSinceEpoch();
    return result;
}

Result<QString> LocalFolderAccess::sha256(const QString &remotePath, int, const std::atomic_bool *cancelled)
{
    return sha256OfFile(localPathOf(remotePath), cancelled);
}

Result<DownloadOutcome> LocalFolderAccess::download(const DownloadRequest &request, const std::atomic_bool *cancelled,
                                                    const ProgressCallback &progress)
{
    DownloadOutcome outcome;
    if (QFileInfo::exists(request.localPath)) {
        outcome.alreadyPresent = true;
        outcome.finalSize = QFileInfo(request.localPath).size();
        return outcome;
    }
    QFile source(localPathOf(request.remotePath));
    if (!source.open(QIODevice::ReadOnly))
        return Error(ErrorKind::NotFound, Tr::tr("Opening %1 failed: %2.").arg(request.remotePath, source.errorString()));
    QDir().mkpath(QFileInfo(request.localPath).absolutePath());
    const QString part = FileDownloader::partPath(request.localPath);
    QFile target(part);
    if (!target.open(QIODevice::ReadWrite))
        return Error(ErrorKind::LocalIo, Tr::tr("Cannot open %1 for writing: %2.").arg(part, target.errorString()));

    qint64 offset = qMin(target.size(), source.size());
    target.resize(offset);
    target.seek(offset);
    source.seek(offset);
    outcome.resumedFrom = offset;

    // Paced copy: one chunk per tick, sized for the simulated link speed.
    constexpr int tickMs = 50;
    const qint64 chunk = qMax<qint64>(m_bytesPerSecond * tickMs / 1000, 4096);
    ProgressMeter meter(source.size(), offset);
    QElapsedTimer clock;
    clock.start();
    qint64 done = offset;
    for (;;) {
        if ((cancelled && cancelled->load()) || m_aborted) {
            target.flush();
            return Error(ErrorKind::Cancelled,
                         Tr::tr("The download of %1 was cancelled; %2 is kept.").arg(request.remotePath, part));
        }
        const QByteArray data = source.read(chunk);
        if (data.isEmpty())
            break;
        if (target.write(data) != data.size())
            return Error(ErrorKind::LocalIo, Tr::tr("Writing %1 failed: %2.").arg(part, target.errorString()));
        done += data.size();
        outcome.bytesWritten += data.size();
        if (meter.update(done) && progress)
            progress(meter.progress());
        const qint64 due = (done - offset) * 1000 / m_bytesPerSecond;
        if (due > clock.elapsed())
            QThread::msleep(quint64(due - clock.elapsed()));
    }
    QString syncError;
    if (!syncFileToDisk(target, &syncError))
        return Error(ErrorKind::LocalIo, Tr::tr("Writing %1 to disk failed: %2.").arg(part, syncError));
    target.close();
    if (progress)
        progress(meter.progress());
    if (request.remoteModifiedTime > 0)
        setFileModificationTime(part, request.remoteModifiedTime);
    if (!QFile::rename(part, request.localPath)) {
        return Error(ErrorKind::LocalIo, Tr::tr("Renaming %1 to %2 failed; move %2 away and try again.")
                                             .arg(part, request.localPath));
    }
    outcome.finalSize = done;
    return outcome;
}

Result<qint64> LocalFolderAccess::fetchRange(const QString &remotePath, qint64 offset, qint64 length,
                                            qint64 readSize, const RangeSink &sink, const std::atomic_bool *cancelled)
{
    QFile source(localPathOf(remotePath));
    if (!source.open(QIODevice::ReadOnly) || !source.seek(offset))
        return Error(ErrorKind::NotFound, Tr::tr("Opening %1 failed: %2.").arg(remotePath, source.errorString()));
    qint64 delivered = 0;
    QElapsedTimer clock;
    clock.start();
    while (delivered < length) {
        if ((cancelled && cancelled->load()) || m_aborted)
            return Error(ErrorKind::Cancelled, Tr::tr("Reading %1 was cancelled.").arg(remotePath));
        const QByteArray data = source.read(qMin(readSize, length - delivered));
        if (data.isEmpty())
            break;
        if (!sink(data.constData(), data.size()))
            break;
        delivered += data.size();
        const qint64 due = delivered * 1000 / m_bytesPerSecond;
        if (due > clock.elapsed())
            QThread::msleep(quint64(due - clock.elapsed()));
    }
    return delivered;
}

} // namespace vh
