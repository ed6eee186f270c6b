#include "messagebanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace vh {

namespace {

// Mid-saturation hues that read on light and dark palettes alike. The
// banner mixes them into the window colour instead of replacing it.
QColor accentFor(MessageBanner::Kind kind)
{
    switch (kind) {
    case MessageBanner::Kind::Information: return QColor(52, 120, 198);
    case MessageBanner::Kind::Warning: return QColor(214, 150, 30);
    case MessageBanner::Kind::Error: return QColor(205, 60, 60);
    }
    return QColor(52, 120, 198);
}

QColor mix(const QColor &base, const QColor &accent, double share)
{
    return QColor::fromRgbF(float(base.redF() * (1 - share) + accent.redF() * share),
                            float(base.greenF() * (1 - share) + accent.greenF() * share),
                            float(base.blueF() * (1 - share) + accent.blueF() * share));
}

} // namespace

MessageBanner::MessageBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("messageBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);

    m_icon = new QLabel(this);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    // Messages name paths and remote text, which must never render as HTML.
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_action = new QPushButton(this);
    m_action->hide();
    m_close = new QToolButton(this);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close message"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    connect(m_action, &QPushButton::clicked, this, &MessageBanner::actionTriggered);
    connect(m_close, &QToolButton::clicked, this, &MessageBanner::dismiss);
    hide();
}

MessageBanner::~MessageBanner() = default;

void MessageBanner::showMessage(Kind kind, const QString &text, const QString &actionText)
{
    m_kind = kind;
    m_text->setText(text);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    if (kind == Kind::Warning)
        pixmap = QStyle::SP_MessageBoxWarning;
    else if (kind == Kind::Error)
        pixmap = QStyle::SP_MessageBoxCritical;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(pixmap).pixmap(size, size));
    applyColours();
    show();
}

void MessageBanner::dismiss()
{
    if (isHidden())
        return;
    hide();
    emit dismissed();
}

QString MessageBanner::text() const
{
    return m_text->text();
}

QString MessageBanner::actionText() const
{
    return m_action->isVisible() ? m_action->text() : QString();
}

void MessageBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyColours();
}

void MessageBanner::applyColours()
{
    // Setting the palette sends a PaletteChange, so the guard avoids a loop.
    static thread_local bool applying = false;
    if (applying)
        return;
    applying = true;
    QPalette colours = parentWidget() ? parentWidget()->palette() : palette();
    const QColor window = colours.color(QPalette::Window);
    colours.setColor(QPalette::Window, mix(window, accentFor(m_kind), 0.18));
    setPalette(colours);
    applying = false;
}

} // namespace vh
