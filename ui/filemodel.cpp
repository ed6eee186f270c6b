#include "filemodel.h"

#include "common/units.h"
#include "statuscolours.h"

#include <QCoreApplication>
#include <QLocale>

namespace vh {

namespace {

struct Tr final
{
    Q_DECLARE_TR_FUNCTIONS(vh::FileModel)
};

QString shortHash(const QString &hash)
{
    return hash.size() > 12 ? hash.left(12) + QChar(0x2026) : hash;
}

QString exactBytes(qint64 bytes)
{
    //: Tooltip of a size: the exact count, e.g. "1,073,741,824 bytes"
    return QCoreApplication::translate("vh::FileModel", "%1 bytes").arg(QLocale().toString(bytes));
}

} // namespace

QString fileVerdictText(FileVerdict verdict)
{
    switch (verdict) {
    case FileVerdict::Verified: return Tr::tr("verified");
    case FileVerdict::Failed: return Tr::tr("failed");
    case FileVerdict::Pending: return Tr::tr("pending");
    }
    return {};
}

QString formatVerdictText(const FileRecord &file)
{
    if (file.formatStatus.isEmpty())
        return QString();
    const QString format = file.format.isEmpty() || file.format == QLatin1String("unknown") ? Tr::tr("unknown format")
                                                                                             : file.format;
    if (file.formatStatus == QLatin1String("valid"))
        return Tr::tr("%1 valid").arg(format);
    if (file.formatStatus == QLatin1String("invalid"))
        return Tr::tr("%1 invalid").arg(format);
    if (file.formatStatus == QLatin1String("read_error"))
        return Tr::tr("%1 unreadable").arg(format);
    return Tr::tr("not checked");
}

FileModel::FileModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(progressIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &FileModel::flushProgress);
}

FileModel::~FileModel() = default;

int FileModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_files.size());
}

int FileModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int FileModel::percent(int row) const
{
    const FileRecord &file = m_files.at(row);
    if (file.verdict == FileVerdict::Verified)
        return 100;
    const auto found = m_progress.constFind(row);
    if (found == m_progress.constEnd())
        return -1;
    const qint64 total = found->bytesTotal > 0 ? found->bytesTotal : file.remoteSize;
    if (total <= 0)
        return found->bytesDone > 0 ? 100 : 0;
    return int(qBound(qint64(0), found->bytesDone * 100 / total, qint64(100)));
}

bool FileModel::isTransferring(int row) const
{
    const auto found = m_progress.constFind(row);
    return found != m_progress.constEnd() && m_files.at(row).verdict == FileVerdict::Pending
           && found->bytesDone < qMax(found->bytesTotal, m_files.at(row).remoteSize);
}

QVariant FileModel::displayData(int row, int column) const
{
    const FileRecord &file = m_files.at(row);
    const auto progress = m_progress.constFind(row);
    switch (column) {
    case PathColumn: return file.remotePath;
    case RemoteSizeColumn: return file.remoteSize >= 0 ? formatBytes(file.remoteSize) : QString();
    case LocalSizeColumn:
        if (file.localSize >= 0)
            return formatBytes(file.localSize);
        return progress != m_progress.constEnd() ? formatBytes(progress->bytesDone) : QString();
    case ProgressColumn: {
        const int value = percent(row);
        return value >= 0 ? Tr::tr("%1%").arg(value) : QString();
    }
    case SpeedColumn: return isTransferring(row) ? formatRate(progress->bytesPerSecond) : QString();
    case EtaColumn:
        return isTransferring(row) && progress->secondsLeft >= 0 ? formatDuration(progress->secondsLeft) : QString();
    case RemoteHashColumn: return shortHash(file.remoteSha256);
    case LocalHashColumn: return shortHash(file.localSha256);
    case FormatColumn: return formatVerdictText(file);
    case VerdictColumn: return fileVerdictText(file.verdict);
    }
    return {};
}

QVariant FileModel::rawData(int row, int column) const
{
    const FileRecord &file = m_files.at(row);
    const auto progress = m_progress.constFind(row);
    switch (column) {
    case RemoteSizeColumn: return file.remoteSize;
    case LocalSizeColumn:
        if (file.localSize >= 0)
            return file.localSize;
        return progress != m_progress.constEnd() ? progress->bytesDone : qint64(-1);
    case ProgressColumn: return percent(row);
    case SpeedColumn: return isTransferring(row) ? progress->bytesPerSecond : 0.0;
    case EtaColumn: return isTransferring(row) ? progress->secondsLeft : qint64(-1);
    case VerdictColumn: return int(file.verdict);
    case RemoteHashColumn: return file.remoteSha256;
    case LocalHashColumn: return file.localSha256;
    default: return displayData(row, column);
    }
}

QVariant FileModel::toolTip(int row, int column) const
{
    const FileRecord &file = m_files.at(row);
    switch (column) {
    case PathColumn: return file.localPath.isEmpty() ? file.remotePath : Tr::tr("%1\nsaved as %2").arg(file.remotePath, file.localPath);
    case RemoteSizeColumn: return file.remoteSize >= 0 ? exactBytes(file.remoteSize) : QVariant();
    case LocalSizeColumn: {
        const qint64 bytes = rawData(row, column).toLongLong();
        return bytes >= 0 ? exactBytes(bytes) : QVariant();
    }
    case RemoteHashColumn: return file.remoteSha256.isEmpty() ? QVariant() : file.remoteSha256;
    case LocalHashColumn: return file.localSha256.isEmpty() ? QVariant() : file.localSha256;
    case FormatColumn: return file.formatDetail.isEmpty() ? QVariant() : file.formatDetail;
    case VerdictColumn: return file.reason.isEmpty() ? QVariant() : file.reason;
    }
    return {};
}

QVariant FileModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: return displayData(row, column);
    case RawRole: return rawData(row, column);
    case ProgressRole: return percent(row);
    case Qt::ToolTipRole: return toolTip(row, column);
    case Qt::ForegroundRole:
        if (column == VerdictColumn && m_files.at(row).verdict != FileVerdict::Pending)
            return colourForVerdict(m_files.at(row).verdict);
        if (column == FormatColumn && (m_files.at(row).formatStatus == QLatin1String("invalid")
                                       || m_files.at(row).formatStatus == QLatin1String("read_error")))
            return colourForVerdict(FileVerdict::Failed);
        return {};
    case Qt::TextAlignmentRole:
        if (column == RemoteSizeColumn || column == LocalSizeColumn || column == SpeedColumn || column == EtaColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
}

QVariant FileModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PathColumn: return Tr::tr("Remote path");
    case RemoteSizeColumn: return Tr::tr("Remote size");
    case LocalSizeColumn: return Tr::tr("Local size");
    case ProgressColumn: return Tr::tr("Progress");
    case SpeedColumn: return Tr::tr("Speed");
    case EtaColumn: return Tr::tr("ETA");
    case RemoteHashColumn: return Tr::tr("Remote SHA-256");
    case LocalHashColumn: return Tr::tr("Local SHA-256");
    case FormatColumn: return Tr::tr("Format");
    case VerdictColumn: return Tr::tr("Verdict");
    }
    return {};
}

void FileModel::setFiles(const QList<FileRecord> &files, const QHash<int, TransferProgress> &progress)
{
    beginResetModel();
    m_files = files;
    m_progress = progress;
    m_dirtyRows.clear();
    m_flushTimer.stop();
    endResetModel();
}

void FileModel::updateFile(int row, const FileRecord &file)
{
    if (row < 0 || row >= m_files.size())
        return;
    m_files[row] = file;
    m_dirtyRows.remove(row);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void FileModel::setProgress(int row, const TransferProgress &progress)
{
    if (row < 0 || row >= m_files.size())
        return;
    m_progress.insert(row, progress);
    m_dirtyRows.insert(row);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void FileModel::flushProgress()
{
    m_flushTimer.stop();
    const QSet<int> rows = std::exchange(m_dirtyRows, {});
    for (const int row : rows) {
        emit dataChanged(index(row, LocalSizeColumn), index(row, EtaColumn),
                         {Qt::DisplayRole, RawRole, ProgressRole, Qt::ToolTipRole});
    }
}

} // namespace vh
