#pragma once

#include "transfer/knownhosts.h"

#include <QDialog>

class QPushButton;

namespace vh {

// First contact with an SSH server: shows the offered key's fingerprint and
// asks whether to trust it. Closing the dialog rejects the key.
class HostKeyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostKeyDialog)

public:
    explicit HostKeyDialog(const HostKeyQuestion &question, QWidget *parent = nullptr);
    ~HostKeyDialog() override;

    HostKeyDecision decision() const { return m_decision; }

    // The SHA256:... fingerprints a changed-key error names, stored first.
    static QStringList fingerprintsIn(const QString &message);

private:
    HostKeyDecision m_decision = HostKeyDecision::Reject;
};

} // namespace vh
