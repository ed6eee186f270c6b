#pragma once

#include <QStyledItemDelegate>

namespace vh {

// Draws a progress bar from the index's ProgressRole (0..100, -1 for none)
// and its display text. It reads nothing but the index.
class ProgressDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressDelegate)

public:
    ProgressDelegate(int progressRole, QObject *parent = nullptr);
    ~ProgressDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_progressRole;
};

} // namespace vh
