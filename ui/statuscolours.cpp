#include "statuscolours.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace vh {

namespace {

const QColor good(46, 160, 67);
const QColor busy(52, 120, 198);
const QColor idle(150, 150, 150);
const QColor warning(214, 150, 30);
const QColor bad(205, 60, 60);

} // namespace

QColor colourForStatus(InstanceStatus status)
{
    switch (status) {
    case InstanceStatus::Running: return good;
    case InstanceStatus::Provisioning:
    case InstanceStatus::Created:
    case InstanceStatus::Loading:
    case InstanceStatus::Rebooting: return busy;
    case InstanceStatus::Stopped:
    case InstanceStatus::Exited: return warning;
    case InstanceStatus::Frozen:
    case InstanceStatus::Offline: return bad;
    case InstanceStatus::Unknown: return idle;
    }
    return idle;
}

QColor colourForVerdict(FileVerdict verdict)
{
    switch (verdict) {
    case FileVerdict::Verified: return good;
    case FileVerdict::Failed: return bad;
    case FileVerdict::Pending: return idle;
    }
    return idle;
}

QIcon dotIcon(const QColor &colour)
{
    static QHash<QRgb, QIcon> cache;
    const auto found = cache.constFind(colour.rgb());
    if (found != cache.constEnd())
        return *found;
    QIcon icon;
    for (const int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(colour.darker(130));
        painter.setBrush(colour);
        const qreal margin = size / 4.0;
        painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
        painter.end();
        icon.addPixmap(pixmap);
    }
    cache.insert(colour.rgb(), icon);
    return icon;
}

} // namespace vh
