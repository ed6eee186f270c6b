#pragma once

#include "harvest/journal.h"
#include "transfer/progressmeter.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QTimer>

namespace vh {

// The selected files of one instance: remote facts, the copy's progress
// and every verification result. Progress is buffered and sent to views at
// most about ten times a second per file.
class FileModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileModel)

public:
    enum Column { PathColumn, RemoteSizeColumn, LocalSizeColumn, ProgressColumn, SpeedColumn, EtaColumn,
                  RemoteHashColumn, LocalHashColumn, FormatColumn, VerdictColumn, ColumnCount };
    enum Role {
        RawRole = Qt::UserRole + 1, // the number or text that sorting uses
        ProgressRole,               // 0..100, or -1 when nothing is known yet
    };

    static constexpr int progressIntervalMs = 100;

    explicit FileModel(QObject *parent = nullptr);
    ~FileModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Shows another list of files (another instance, or a new listing).
    void setFiles(const QList<FileRecord> &files, const QHash<int, TransferProgress> &progress = {});
    // One file's record changed (hashed, verified, failed).
    void updateFile(int row, const FileRecord &file);
    void setProgress(int row, const TransferProgress &progress);
    // Sends buffered progress now instead of at the next tick.
    void flushProgress();

    const FileRecord &fileAt(int row) const { return m_files.at(row); }

private:
    QVariant displayData(int row, int column) const;
    QVariant rawData(int row, int column) const;
    QVariant toolTip(int row, int column) const;
    int percent(int row) const;
    bool isTransferring(int row) const;

    QList<FileRecord> m_files;
    QHash<int, TransferProgress> m_progress;
    QSet<int> m_dirtyRows;
    QTimer m_flushTimer;
};

// "gguf valid", "not checked" and so on, translated.
QString formatVerdictText(const FileRecord &file);
QString fileVerdictText(FileVerdict verdict);

} // namespace vh
