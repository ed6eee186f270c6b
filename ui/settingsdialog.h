#pragma once

#include "appsettings.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace vh {

class ApiKeyStore;
class DialogService;

// Edits AppSettings and manages the API key in the keychain. The key is
// never shown: the dialog only shows whether one is stored.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    // keyStore may be null (demo mode), and the key section then shows that.
    SettingsDialog(const AppSettings &settings, ApiKeyStore *keyStore, DialogService &dialogs,
                   QWidget *parent = nullptr);
    ~SettingsDialog() override;

    AppSettings settings() const;
    // Problems that keep OK disabled, e.g. a malformed minimum-size rule.
    QString validationError() const { return m_validationError; }

signals:
    // The stored key changed; the window connects to Vast.ai again.
    void apiKeyChanged();

private:
    void readKeyState();
    void setKeyState(const QString &text, bool stored, bool keychainWorks);
    void setKey();
    void removeKey();
    void importKey();
    void validate();

    AppSettings m_initial;
    ApiKeyStore *m_keyStore = nullptr;
    DialogService &m_dialogs;
    QLabel *m_keyState = nullptr;
    QPushButton *m_setKey = nullptr;
    QPushButton *m_removeKey = nullptr;
    QPushButton *m_importKey = nullptr;
    QLineEdit *m_identity = nullptr;
    QCheckBox *m_useAgent = nullptr;
    QLineEdit *m_destination = nullptr;
    QLineEdit *m_patterns = nullptr;
    QPlainTextEdit *m_minSizes = nullptr;
    QSpinBox *m_parallel = nullptr;
    QSpinBox *m_refresh = nullptr;
    QLineEdit *m_testCommand = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_validationError;
};

} // namespace vh
