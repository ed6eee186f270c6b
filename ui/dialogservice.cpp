#include "dialogservice.h"

#include "confirmdialog.h"
#include "hostkeydialog.h"
#include "remotebrowserdialog.h"
#include "settingsdialog.h"

#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace vh {

// The dialogs below are modal and run their own event loop while open,
// because the harvest cannot go on before the user decides. Everything
// else in the window is asynchronous.

HostKeyDecision DialogService::askHostKey(QWidget *parent, const HostKeyQuestion &question)
{
    HostKeyDialog dialog(question, parent);
    dialog.exec();
    return dialog.decision();
}

void DialogService::showHostKeyChanged(QWidget *parent, const QString &targetKey, const QString &message)
{
    const QStringList fingerprints = HostKeyDialog::fingerprintsIn(message);
    QMessageBox box(QMessageBox::Critical, tr("SSH host key changed"),
                    tr("The SSH host key of %1 is not the one remembered. Nothing was downloaded.").arg(targetKey),
                    QMessageBox::Close, parent);
    QString details = message;
    if (fingerprints.size() >= 2) {
        details = tr("Remembered: %1\nOffered now: %2\n\n%3").arg(fingerprints.at(0), fingerprints.at(1), message);
    }
    box.setInformativeText(details);
    box.exec();
}

std::optional<QString> DialogService::confirmHarvest(QWidget *parent, const ConfirmationRequest &request)
{
    ConfirmDialog dialog(request, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.typedId();
}

bool DialogService::confirmDestroy(QWidget *parent, qint64 instanceId, const QString &label)
{
    QMessageBox box(QMessageBox::Warning, tr("Destroy instance %1?").arg(instanceId),
                    tr("Destroy instance %1 (%2)? This deletes its disk and everything on it.")
                        .arg(instanceId)
                        .arg(label.isEmpty() ? tr("no label") : label),
                    QMessageBox::NoButton, parent);
    QPushButton *destroy = box.addButton(tr("Destroy"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == destroy;
}

bool DialogService::confirmStop(QWidget *parent, qint64 instanceId, const QString &label)
{
    QMessageBox box(QMessageBox::Question, tr("Stop instance %1?").arg(instanceId),
                    tr("Stop instance %1 (%2)?").arg(instanceId).arg(label.isEmpty() ? tr("no label") : label),
                    QMessageBox::NoButton, parent);
    box.setInformativeText(tr("A stopped instance keeps its disk and keeps billing for storage until it is "
                              "destroyed. It may not get its GPU back when started again."));
    QPushButton *stop = box.addButton(tr("Stop"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == stop;
}

bool DialogService::confirmQuitWhileRunning(QWidget *parent, int running)
{
    return QMessageBox::question(parent, tr("Harvests are running"),
                                 tr("Harvests still running: %1. Quit and cancel them? Partial files are "
                                    "kept and resume next time.")
                                     .arg(running),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
           == QMessageBox::Yes;
}

std::optional<QString> DialogService::askApiKey(QWidget *parent)
{
    bool ok = false;
    const QString key = QInputDialog::getText(parent, tr("Vast.ai API key"),
                                              tr("Paste the API key from the Vast.ai console (Account, API "
                                                 "keys). It is stored in the system keychain only."),
                                              QLineEdit::Password, QString(), &ok);
    if (!ok || key.trimmed().isEmpty())
        return std::nullopt;
    return key;
}

std::optional<QString> DialogService::askPassphrase(QWidget *parent, const PassphraseQuestion &question)
{
    const QString vastPrefix = QStringLiteral("vast:");
    const QString target = question.targetKey.startsWith(vastPrefix)
        ? tr("instance %1").arg(question.targetKey.mid(vastPrefix.size()))
        : question.targetKey;
    QString text = tr("Type the passphrase of the SSH key %1 to connect to %2. Vast Harvest keeps it in memory "
                      "until it quits and never writes it to disk.")
                       .arg(QDir::toNativeSeparators(question.keyPath), target);
    if (!question.rejected.isEmpty())
        text = tr("The passphrase did not unlock the key.") + QLatin1String("\n\n") + text;

    QInputDialog dialog(parent);
    dialog.setWindowTitle(tr("SSH key passphrase"));
    dialog.setLabelText(text);
    dialog.setTextEchoMode(QLineEdit::Password);
    // Key paths are long; a wrapped label keeps the dialog a normal width.
    if (auto *label = dialog.findChild<QLabel *>())
        label->setWordWrap(true);
    if (dialog.exec() != QDialog::Accepted || dialog.textValue().isEmpty())
        return std::nullopt;
    return dialog.textValue();
}

QStringList DialogService::browseRemote(QWidget *parent, const RemoteBrowseRequest &request)
{
    RemoteBrowserDialog dialog(request, parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.tickedPaths();
}

bool DialogService::editSettings(QWidget *, SettingsDialog &dialog)
{
    return dialog.exec() == QDialog::Accepted;
}

} // namespace vh
