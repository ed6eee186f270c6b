#pragma once

#include "harvest/journal.h"
#include "transfer/knownhosts.h"
#include "transfer/sshsession.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QWidget;

namespace vh {

class RemoteAccess;
class SettingsDialog;

// Contents of the confirmation dialog for one instance.
struct ConfirmationRequest
{
    qint64 instanceId = 0;
    QString label;
    std::optional<double> dollarsPerHour; // still being paid while it runs
    QList<FileRecord> files;
};

// Listing request of the remote browser: the matches of one pattern on one machine.
struct RemoteBrowseRequest
{
    QString title;   // e.g. "instance 123 (llama-ft)"
    QString pattern; // e.g. "/workspace/out/*"
    std::function<std::unique_ptr<RemoteAccess>()> openRemote; // runs on a worker thread
};

// Every question the window puts to the user goes through here, so the GUI
// tests can replace it with answers of their own and never block on a modal
// dialog. Each method returns after the user's decision.
class DialogService
{
    Q_DECLARE_TR_FUNCTIONS(vh::DialogService)
    Q_DISABLE_COPY_MOVE(DialogService)

public:
    DialogService() = default;
    virtual ~DialogService() = default;

    // A host key seen for the first time.
    virtual HostKeyDecision askHostKey(QWidget *parent, const HostKeyQuestion &question);
    // A stored host key differs from the offered one; there is nothing to accept.
    virtual void showHostKeyChanged(QWidget *parent, const QString &targetKey, const QString &message);
    // The typed instance id when the user confirmed, nothing when cancelled.
    virtual std::optional<QString> confirmHarvest(QWidget *parent, const ConfirmationRequest &request);
    // The last question before a destroy request goes out.
    virtual bool confirmDestroy(QWidget *parent, qint64 instanceId, const QString &label);
    virtual bool confirmStop(QWidget *parent, qint64 instanceId, const QString &label);
    // Confirms cancelling running harvests when the window closes.
    virtual bool confirmQuitWhileRunning(QWidget *parent, int running);
    // The passphrase of an encrypted SSH key; nothing when the user skips the key.
    virtual std::optional<QString> askPassphrase(QWidget *parent, const PassphraseQuestion &question);
    // A new API key typed by the user; nothing when cancelled.
    virtual std::optional<QString> askApiKey(QWidget *parent);
    // Remote paths the user ticked, as literal patterns; empty when cancelled.
    virtual QStringList browseRemote(QWidget *parent, const RemoteBrowseRequest &request);
    // Shows the settings dialog; true when the user saved changes.
    virtual bool editSettings(QWidget *parent, SettingsDialog &dialog);
};

} // namespace vh
