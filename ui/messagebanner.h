#pragma once

#include <QFrame>
#include <QString>

class QLabel;
class QPushButton;
class QToolButton;

namespace vh {

// An inline message above the content for errors the user can recover
// from without a dialog: a line of text, an optional action button and a
// close button. Hidden until show...() is called.
class MessageBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBanner)

public:
    enum class Kind { Information, Warning, Error };
    Q_ENUM(Kind)

    explicit MessageBanner(QWidget *parent = nullptr);
    ~MessageBanner() override;

    // actionText empty: no action button.
    void showMessage(Kind kind, const QString &text, const QString &actionText = {});
    void dismiss();

    Kind kind() const { return m_kind; }
    QString text() const;
    QString actionText() const;

signals:
    void actionTriggered();
    void dismissed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();

    Kind m_kind = Kind::Information;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_action = nullptr;
    QToolButton *m_close = nullptr;
};

} // namespace vh
