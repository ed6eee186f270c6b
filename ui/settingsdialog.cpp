#include "settingsdialog.h"

#include "common/logging.h"
#include "dialogservice.h"
#include "settings/apikeysource.h"
#include "settings/apikeystore.h"
#include "verify/fileverifier.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace vh {

SettingsDialog::SettingsDialog(const AppSettings &settings, ApiKeyStore *keyStore, DialogService &dialogs,
                               QWidget *parent)
    : QDialog(parent), m_initial(settings), m_keyStore(keyStore), m_dialogs(dialogs)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    // The API key: only whether one is stored, never the key itself.
    auto *keyBox = new QGroupBox(tr("Vast.ai API key"), this);
    m_keyState = new QLabel(tr("Checking the keychain…"), keyBox);
    m_keyState->setWordWrap(true);
    m_setKey = new QPushButton(tr("&Set…"), keyBox);
    m_removeKey = new QPushButton(tr("&Remove"), keyBox);
    m_importKey = new QPushButton(tr("&Import from vastai CLI"), keyBox);
    m_importKey->setToolTip(tr("Copies the key from %1 into the keychain.")
                                .arg(QDir::toNativeSeparators(vastaiCliKeyFile(QProcessEnvironment::systemEnvironment()))));
    auto *keyButtons = new QHBoxLayout;
    keyButtons->addWidget(m_setKey);
    keyButtons->addWidget(m_removeKey);
    keyButtons->addWidget(m_importKey);
    keyButtons->addStretch(1);
    auto *keyLayout = new QVBoxLayout(keyBox);
    keyLayout->addWidget(m_keyState);
    keyLayout->addLayout(keyButtons);

    auto *sshBox = new QGroupBox(tr("SSH"), this);
    m_identity = new QLineEdit(settings.identityFile, sshBox);
    m_identity->setPlaceholderText(tr("empty: the SSH agent, then ~/.ssh/id_*"));
    auto *browse = new QPushButton(tr("&Browse…"), sshBox);
    auto *identityRow = new QHBoxLayout;
    identityRow->addWidget(m_identity, 1);
    identityRow->addWidget(browse);
    m_useAgent = new QCheckBox(tr("Use the SSH &agent"), sshBox);
    m_useAgent->setChecked(settings.useAgent);
    auto *sshLayout = new QFormLayout(sshBox);
    auto *identityLabel = new QLabel(tr("&Identity file:"), sshBox);
    identityLabel->setBuddy(m_identity);
    sshLayout->addRow(identityLabel, identityRow);
    sshLayout->addRow(QString(), m_useAgent);

    auto *harvestBox = new QGroupBox(tr("Harvest"), this);
    m_destination = new QLineEdit(settings.destinationTemplate, harvestBox);
    m_destination->setToolTip(tr("{label} and {id} are replaced by the instance's label and id."));
    m_patterns = new QLineEdit(AppSettings::joinPatterns(settings.defaultPatterns), harvestBox);
    m_patterns->setToolTip(tr("Remote glob patterns separated by ';'. ** matches any number of folders."));
    m_minSizes = new QPlainTextEdit(settings.minSizeRules.join(QLatin1Char('\n')), harvestBox);
    m_minSizes->setPlaceholderText(tr("one rule a line, e.g. *.gguf=1G"));
    m_minSizes->setTabChangesFocus(true);
    m_minSizes->setFixedHeight(m_minSizes->fontMetrics().lineSpacing() * 4 + 12);
    m_parallel = new QSpinBox(harvestBox);
    m_parallel->setRange(1, 16);
    m_parallel->setValue(settings.parallelDownloads);
    m_testCommand = new QLineEdit(settings.testCommand, harvestBox);
    m_testCommand->setPlaceholderText(tr("optional, e.g. python3 check.py {file}"));
    auto *harvestLayout = new QFormLayout(harvestBox);
    harvestLayout->addRow(tr("&Destination:"), m_destination);
    harvestLayout->addRow(tr("Default &patterns:"), m_patterns);
    harvestLayout->addRow(tr("&Minimum sizes:"), m_minSizes);
    harvestLayout->addRow(tr("Parallel &downloads:"), m_parallel);
    harvestLayout->addRow(tr("&Test command:"), m_testCommand);

    auto *listBox = new QGroupBox(tr("Instance list"), this);
    m_refresh = new QSpinBox(listBox);
    m_refresh->setRange(5, 3600);
    m_refresh->setSuffix(tr(" s"));
    m_refresh->setValue(settings.refreshIntervalSeconds);
    auto *listLayout = new QFormLayout(listBox);
    listLayout->addRow(tr("&Refresh every:"), m_refresh);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("settingsProblem"));
    QPalette problemColours = m_problem->palette();
    problemColours.setColor(QPalette::WindowText, QColor(205, 60, 60));
    m_problem->setPalette(problemColours);
    m_problem->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(keyBox);
    layout->addWidget(sshBox);
    layout->addWidget(harvestBox);
    layout->addWidget(listBox);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString start = m_identity->text().isEmpty() ? QDir::home().filePath(QStringLiteral(".ssh"))
                                                           : m_identity->text();
        const QString path = QFileDialog::getOpenFileName(this, tr("SSH private key"), start);
        if (!path.isEmpty())
            m_identity->setText(path);
    });
    connect(m_minSizes, &QPlainTextEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_identity, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_destination, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_setKey, &QPushButton::clicked, this, &SettingsDialog::setKey);
    connect(m_removeKey, &QPushButton::clicked, this, &SettingsDialog::removeKey);
    connect(m_importKey, &QPushButton::clicked, this, &SettingsDialog::importKey);

    validate();
    readKeyState();
    resize(620, sizeHint().height());
}

SettingsDialog::~SettingsDialog() = default;

AppSettings SettingsDialog::settings() const
{
    AppSettings settings = m_initial;
    settings.identityFile = m_identity->text().trimmed();
    settings.useAgent = m_useAgent->isChecked();
    settings.destinationTemplate = m_destination->text().trimmed();
    settings.defaultPatterns = AppSettings::splitPatterns(m_patterns->text());
    settings.minSizeRules.clear();
    for (const QString &line : m_minSizes->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            settings.minSizeRules.append(line.trimmed());
    }
    settings.parallelDownloads = m_parallel->value();
    settings.refreshIntervalSeconds = m_refresh->value();
    settings.testCommand = m_testCommand->text().trimmed();
    return settings;
}

void SettingsDialog::validate()
{
    QStringList problems;
    for (const QString &line : m_minSizes->toPlainText().split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty())
            continue;
        if (auto rule = MinSizeRule::parse(line.trimmed()); !rule)
            problems.append(rule.error().message);
    }
    const QString identity = m_identity->text().trimmed();
    if (!identity.isEmpty() && !QFileInfo::exists(identity)) {
        problems.append(tr("The identity file %1 does not exist; choose another or clear the field to use "
                           "the SSH agent.")
                            .arg(QDir::toNativeSeparators(identity)));
    }
    if (m_destination->text().trimmed().isEmpty())
        problems.append(tr("The destination is empty; give a folder such as ~/VastHarvest/{label}-{id}."));
    m_validationError = problems.join(QLatin1Char('\n'));
    m_problem->setText(m_validationError);
    m_problem->setVisible(!problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

void SettingsDialog::setKeyState(const QString &text, bool stored, bool keychainWorks)
{
    m_keyState->setText(text);
    m_setKey->setEnabled(keychainWorks);
    m_removeKey->setEnabled(keychainWorks && stored);
    m_importKey->setEnabled(keychainWorks);
}

void SettingsDialog::readKeyState()
{
    if (!m_keyStore) {
        setKeyState(tr("Demo mode uses no API key."), false, false);
        return;
    }
    setKeyState(tr("Checking the keychain…"), false, false);
    m_keyStore->readKey(this, [this](Result<QString> key) {
        if (key) {
            setKeyState(tr("An API key is stored in the keychain."), true, true);
        } else if (key.error().kind == ErrorKind::NotFound) {
            setKeyState(tr("No API key is stored. Set one, or import the vastai CLI's key."), false, true);
        } else {
            // Without a keychain the key cannot be stored, so show that instead
            // of buttons that fail.
            setKeyState(tr("The keychain is not available: %1 Vast Harvest stores the key nowhere else; "
                           "set VAST_API_KEY in the environment instead.")
                            .arg(key.error().message),
                        false, false);
        }
    });
}

void SettingsDialog::setKey()
{
    const std::optional<QString> key = m_dialogs.askApiKey(this);
    if (!key)
        return;
    auto normalized = normalizeApiKey(*key, tr("The typed key"));
    if (!normalized) {
        setKeyState(normalized.error().message, false, true);
        return;
    }
    m_keyStore->writeKey(normalized.value(), this, [this](Result<void> written) {
        if (!written) {
            setKeyState(written.error().message, false, true);
            return;
        }
        qCInfo(lcUi) << "API key saved to the keychain";
        setKeyState(tr("An API key is stored in the keychain."), true, true);
        emit apiKeyChanged();
    });
}

void SettingsDialog::removeKey()
{
    m_keyStore->deleteKey(this, [this](Result<void> deleted) {
        if (!deleted && deleted.error().kind != ErrorKind::NotFound) {
            setKeyState(deleted.error().message, true, true);
            return;
        }
        qCInfo(lcUi) << "API key removed from the keychain";
        setKeyState(tr("No API key is stored. Set one, or import the vastai CLI's key."), false, true);
        emit apiKeyChanged();
    });
}

void SettingsDialog::importKey()
{
    const QString path = vastaiCliKeyFile(QProcessEnvironment::systemEnvironment());
    auto key = readApiKeyFile(path);
    if (!key) {
        setKeyState(key.error().message, false, true);
        return;
    }
    m_keyStore->writeKey(key.value(), this, [this, path](Result<void> written) {
        if (!written) {
            setKeyState(written.error().message, false, true);
            return;
        }
        qCInfo(lcUi) << "API key imported from" << path;
        setKeyState(tr("The key from %1 is now stored in the keychain.").arg(QDir::toNativeSeparators(path)), true,
                    true);
        emit apiKeyChanged();
    });
}

} // namespace vh
