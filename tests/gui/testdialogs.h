#pragma once

#include "dialogservice.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vh::test {

// Answers the window's questions without showing a dialog and records
// what was asked, so GUI tests run unattended.
class TestDialogs final : public DialogService
{
public:
    HostKeyDecision hostKeyAnswer = HostKeyDecision::AcceptAndRemember;
    QList<HostKeyQuestion> hostKeyQuestions;
    QStringList changedKeyMessages;

    std::optional<QString> confirmAnswer; // the typed id; nothing cancels
    QList<ConfirmationRequest> confirmRequests;
    bool destroyAnswer = true;
    QList<qint64> destroyQuestions;
    bool stopAnswer = true;
    QList<qint64> stopQuestions;
    // Answers in turn; once they run out, the key is skipped.
    QStringList passphraseAnswers;
    QList<PassphraseQuestion> passphraseQuestions;
    QStringList browseAnswer;
    QList<RemoteBrowseRequest> browseRequests;

    HostKeyDecision askHostKey(QWidget *, const HostKeyQuestion &question) override
    {
        hostKeyQuestions.append(question);
        return hostKeyAnswer;
    }
    void showHostKeyChanged(QWidget *, const QString &, const QString &message) override
    {
        changedKeyMessages.append(message);
    }
    std::optional<QString> confirmHarvest(QWidget *, const ConfirmationRequest &request) override
    {
        confirmRequests.append(request);
        return confirmAnswer;
    }
    bool confirmDestroy(QWidget *, qint64 instanceId, const QString &) override
    {
        destroyQuestions.append(instanceId);
        return destroyAnswer;
    }
    bool confirmStop(QWidget *, qint64 instanceId, const QString &) override
    {
        stopQuestions.append(instanceId);
        return stopAnswer;
    }
    bool confirmQuitWhileRunning(QWidget *, int) override { return true; }
    std::optional<QString> askPassphrase(QWidget *, const PassphraseQuestion &question) override
    {
        passphraseQuestions.append(question);
        if (passphraseQuestions.size() > passphraseAnswers.size())
            return std::nullopt;
        return passphraseAnswers.at(passphraseQuestions.size() - 1);
    }
    std::optional<QString> askApiKey(QWidget *) override { return std::nullopt; }
    QStringList browseRemote(QWidget *, const RemoteBrowseRequest &request) override
    {
        browseRequests.append(request);
        return browseAnswer;
    }
    bool editSettings(QWidget *, SettingsDialog &) override { return false; }
};

} // namespace vh::test
