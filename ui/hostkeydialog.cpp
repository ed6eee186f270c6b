#include "hostkeydialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace vh {

HostKeyDialog::HostKeyDialog(const HostKeyQuestion &question, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("hostKeyDialog"));
    setWindowTitle(tr("New SSH host key"));

    auto *intro = new QLabel(tr("<p>This is the first connection to <b>%1</b>. Its SSH server identifies "
                                "itself with the key below. Before you trust it, compare the fingerprint "
                                "with what <tt>ssh-keygen -lf</tt> prints for the host keys in "
                                "<tt>/etc/ssh</tt> on the instance.</p>")
                                 .arg(question.targetKey.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);

    auto *fingerprint = new QLabel(question.offered.sha256Fingerprint(), this);
    fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *facts = new QFormLayout;
    facts->addRow(tr("Fingerprint:"), fingerprint);
    facts->addRow(tr("Key type:"), new QLabel(question.offered.type, this));
    const QString host = question.host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(question.host)
                                                                   : question.host;
    facts->addRow(tr("Address:"), new QLabel(QStringLiteral("%1:%2").arg(host).arg(question.port), this));
    facts->addRow(tr("Remembered as:"), new QLabel(question.targetKey, this));

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *accept = buttons->addButton(tr("&Accept and remember"), QDialogButtonBox::AcceptRole);
    QPushButton *once = buttons->addButton(tr("Connect &once"), QDialogButtonBox::AcceptRole);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setDefault(true);
    connect(accept, &QPushButton::clicked, this, [this] {
        m_decision = HostKeyDecision::AcceptAndRemember;
        QDialog::accept();
    });
    connect(once, &QPushButton::clicked, this, [this] {
        m_decision = HostKeyDecision::AcceptOnce;
        QDialog::accept();
    });
    connect(cancel, &QPushButton::clicked, this, [this] {
        m_decision = HostKeyDecision::Reject;
        QDialog::reject();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(facts);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

HostKeyDialog::~HostKeyDialog() = default;

QStringList HostKeyDialog::fingerprintsIn(const QString &message)
{
    static const QRegularExpression pattern(QStringLiteral("SHA256:[A-Za-z0-9+/=]+"));
    QStringList found;
    for (auto match = pattern.globalMatch(message); match.hasNext();)
        found.append(match.next().captured());
    return found;
}

} // namespace vh
