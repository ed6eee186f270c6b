#pragma once

#include "dialogservice.h"
#include "transfer/remotelister.h"

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace vh {

// Lists the matches of a pattern on the instance and lets the user tick
// files. The ticked paths become literal patterns. The listing runs on a
// worker thread with its own connection.
class RemoteBrowserDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteBrowserDialog)

public:
    explicit RemoteBrowserDialog(RemoteBrowseRequest request, QWidget *parent = nullptr);
    ~RemoteBrowserDialog() override;

    QStringList tickedPaths() const;
    QTreeWidget *fileTree() const { return m_tree; }

    // Lists the pattern in the edit field again.
    void list();

signals:
    void listed();

private:
    struct Worker;

    void showListing(const RemoteListing &listing);
    void showError(const Error &error);
    void updateButtons();

    RemoteBrowseRequest m_request;
    std::shared_ptr<Worker> m_worker;
    QLineEdit *m_pattern = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_state = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace vh
