#pragma once

#include "dialogservice.h"

#include <QDialog>

class QLineEdit;
class QPushButton;
class QTableWidget;

namespace vh {

// Shows every verified file of one instance with its sizes, hash match and
// format verdict, and asks the user to type the instance id. The Confirm
// button is enabled only while the typed text is exactly that id.
class ConfirmDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfirmDialog)

public:
    explicit ConfirmDialog(const ConfirmationRequest &request, QWidget *parent = nullptr);
    ~ConfirmDialog() override;

    QString typedId() const;
    QLineEdit *idEdit() const { return m_idEdit; }
    QPushButton *confirmButton() const { return m_confirm; }
    QTableWidget *fileTable() const { return m_files; }

private:
    void updateButton();

    qint64 m_instanceId = 0;
    QTableWidget *m_files = nullptr;
    QLineEdit *m_idEdit = nullptr;
    QPushButton *m_confirm = nullptr;
};

} // namespace vh
