#include "mainwindow.h"

#include "cloud/cloudprovider.h"
#include "cloud/demoprovider.h"
#include "cloud/sshendpoint.h"
#include "common/logging.h"
#include "dialogservice.h"
#include "filemodel.h"
#include "harvestcontroller.h"
#include "hostkeybroker.h"
#include "passphrasebroker.h"
#include "instancemodel.h"
#include "messagebanner.h"
#include "progressdelegate.h"
#include "settings/apikeystore.h"
#include "settingsdialog.h"


#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace vh {

namespace {

const QString keyGeometry = QStringLiteral("window/geometry");
const QString keyWindowState = QStringLiteral("window/state");
const QString keySplitter = QStringLiteral("window/splitter");
const QString keyInstanceHeader = QStringLiteral("window/instanceHeader");
const QString keyFileHeader = QStringLiteral("window/fileHeader");

QTableView *makeTable(QWidget *parent, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSortingEnabled(true);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideMiddle);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setSectionsMovable(true);
    return view;
}

QLabel *makePlaceholder(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setMargin(24);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

MainWindow::MainWindow(MainWindowOptions options, DialogService *dialogs, QWidget *parent)
    : QMainWindow(parent), m_options(std::move(options))
{
    setObjectName(QStringLiteral("mainWindow"));
    if (!dialogs) {
        m_ownDialogs = std::make_unique<DialogService>();
        dialogs = m_ownDialogs.get();
    }
    m_dialogs = dialogs;
    m_settingsStore = m_options.settingsFile.isEmpty()
                          ? new QSettings(this)
                          : new QSettings(m_options.settingsFile, QSettings::IniFormat, this);
    m_settings = AppSettings::load(*m_settingsStore);

    m_hostKeys = new HostKeyBroker(*m_dialogs, this, this);
    m_passphrases = new PassphraseBroker(*m_dialogs, this, this);
    m_controller = new HarvestController(m_options.stateDir, *m_hostKeys, *m_passphrases, this);
    m_controller->setSettings(m_settings);
    if (!m_options.demo && m_options.vast.useKeychain)
        m_keyStore = new ApiKeyStore(this);

    createActions();
    createMenus();
    createCentralWidget();
    connectController();

    m_refreshLabel = new QLabel(tr("Not refreshed yet"), this);
    m_gateLabel = new QLabel(this);
    m_gateLabel->setObjectName(QStringLiteral("gateLabel"));
    m_gateLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_gateLabel, 1);
    statusBar()->addPermanentWidget(m_refreshLabel);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(this);
        const QIcon icon = windowIcon().isNull() ? style()->standardIcon(QStyle::SP_DriveNetIcon) : windowIcon();
        m_tray->setIcon(icon);
        m_tray->setToolTip(tr("Vast Harvest"));
        m_tray->show();
        connect(m_tray, &QSystemTrayIcon::activated, this, [this] {
            showNormal();
            raise();
            activateWindow();
        });
    }

    connect(&m_refreshTimer, &QTimer::timeout, this, &MainWindow::refresh);
    applySettings();
    restoreWindowState();
    updateTitle();
    updateActions();
    updateEmptyStates();
    connectProvider();
}

MainWindow::~MainWindow()
{
    // The controller cancels its jobs while the broker and providers it
    // refers to still exist.
    delete m_controller;
    m_controller = nullptr;
}

void MainWindow::createActions()
{
    auto make = [this](const QString &text, QStyle::StandardPixmap icon, const QKeySequence &shortcut,
                       const QString &name) {
        auto *action = new QAction(style()->standardIcon(icon), text, this);
        action->setObjectName(name);
        if (!shortcut.isEmpty()) {
            action->setShortcut(shortcut);
            action->setToolTip(tr("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')),
                                                 shortcut.toString(QKeySequence::NativeText)));
        }
        return action;
    };
    m_refresh = make(tr("&Refresh"), QStyle::SP_BrowserReload, QKeySequence(Qt::Key_F5), QStringLiteral("refresh"));
    m_harvest = make(tr("&Harvest"), QStyle::SP_ArrowDown, QKeySequence(Qt::CTRL | Qt::Key_H),
                     QStringLiteral("harvest"));
    m_harvest->setStatusTip(tr("Download the matching files and verify them"));
    m_cancel = make(tr("&Cancel"), QStyle::SP_BrowserStop, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H),
                    QStringLiteral("cancel"));
    m_verify = make(tr("&Verify again"), QStyle::SP_DialogApplyButton, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V),
                    QStringLiteral("verify"));
    m_confirm = make(tr("C&onfirm…"), QStyle::SP_DialogYesButton, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                     QStringLiteral("confirm"));
    m_destroy = make(tr("&Destroy…"), QStyle::SP_TrashIcon, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete),
                     QStringLiteral("destroy"));
    m_stop = make(tr("&Stop instance…"), QStyle::SP_MediaStop, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                  QStringLiteral("stop"));
    m_openFolder = make(tr("&Open destination folder"), QStyle::SP_DirOpenIcon, QKeySequence(Qt::CTRL | Qt::Key_O),
                        QStringLiteral("openFolder"));
    m_browse = make(tr("&Browse remote files…"), QStyle::SP_FileDialogContentsView,
                    QKeySequence(Qt::CTRL | Qt::Key_B), QStringLiteral("browse"));
    m_settingsAction = make(tr("&Settings…"), QStyle::SP_FileDialogDetailedView, QKeySequence::Preferences,
                            QStringLiteral("settings"));
    if (m_settingsAction->shortcut().isEmpty())
        m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);

    connect(m_refresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_harvest, &QAction::triggered, this, &MainWindow::startHarvest);
    connect(m_cancel, &QAction::triggered, this, &MainWindow::cancelHarvest);
    connect(m_verify, &QAction::triggered, this, &MainWindow::verifyAgain);
    connect(m_confirm, &QAction::triggered, this, &MainWindow::confirmHarvest);
    connect(m_destroy, &QAction::triggered, this, &MainWindow::destroyInstance);
    connect(m_stop, &QAction::triggered, this, &MainWindow::stopInstance);
    connect(m_openFolder, &QAction::triggered, this, &MainWindow::openDestination);
    connect(m_browse, &QAction::triggered, this, &MainWindow::browseRemote);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::editSettings);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_settingsAction);
    file->addSeparator();
    file->addAction(m_quit);

    QMenu *instance = menuBar()->addMenu(tr("&Instance"));
    instance->addAction(m_refresh);
    instance->addSeparator();
    instance->addAction(m_browse);
    instance->addAction(m_harvest);
    instance->addAction(m_cancel);
    instance->addAction(m_verify);
    instance->addAction(m_openFolder);
    instance->addSeparator();
    instance->addAction(m_confirm);
    instance->addAction(m_destroy);
    instance->addAction(m_stop);

    QToolBar *toolbar = addToolBar(tr("Actions"));
    toolbar->setObjectName(QStringLiteral("actionsToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_refresh);
    toolbar->addSeparator();
    toolbar->addAction(m_harvest);
    toolbar->addAction(m_cancel);
    toolbar->addAction(m_verify);
    toolbar->addAction(m_openFolder);
    toolbar->addSeparator();
    toolbar->addAction(m_confirm);
    toolbar->addAction(m_destroy);
    toolbar->addAction(m_stop);
    toolbar->addSeparator();
    toolbar->addAction(m_settingsAction);
}

void MainWindow::createCentralWidget()
{
    auto *central = new QWidget(this);
    m_banner = new MessageBanner(central);
    connect(m_banner, &MessageBanner::actionTriggered, this, [this] {
        const auto action = m_bannerAction;
        m_banner->dismiss();
        if (action)
            action();
    });

    m_instanceModel = new InstanceModel(this);
    m_instanceProxy = new QSortFilterProxyModel(this);
    m_instanceProxy->setSourceModel(m_instanceModel);
    m_instanceProxy->setSortRole(InstanceModel::RawRole);
    m_instanceView = makeTable(central, QStringLiteral("instanceView"));
    m_instanceView->setModel(m_instanceProxy);
    m_instanceView->sortByColumn(InstanceModel::IdColumn, Qt::AscendingOrder);
    const QFontMetrics metrics = fontMetrics();
    const auto widthOf = [&metrics](const QString &sample) { return metrics.horizontalAdvance(sample) + 28; };
    QHeaderView *instanceHeader = m_instanceView->horizontalHeader();
    instanceHeader->resizeSection(InstanceModel::IdColumn, widthOf(QStringLiteral("000000000")));
    instanceHeader->resizeSection(InstanceModel::LabelColumn, widthOf(QStringLiteral("llama-finetune-run-12")));
    instanceHeader->resizeSection(InstanceModel::StatusColumn, widthOf(QStringLiteral("provisioning")) + 20);
    instanceHeader->resizeSection(InstanceModel::GpuColumn, widthOf(QStringLiteral("RTX 4090 × 8")));
    instanceHeader->resizeSection(InstanceModel::PriceColumn, widthOf(QStringLiteral("$10.000/h")));
    instanceHeader->resizeSection(InstanceModel::CostColumn, widthOf(tr("Cost so far")));
    instanceHeader->resizeSection(InstanceModel::SshColumn, widthOf(QStringLiteral("root@203.0.113.200:41022")));
    instanceHeader->setStretchLastSection(true);

    m_instancePlaceholder = makePlaceholder(central);
    m_instanceStack = new QStackedWidget(central);
    m_instanceStack->addWidget(m_instanceView);
    m_instanceStack->addWidget(m_instancePlaceholder);

    m_fileModel = new FileModel(this);
    m_fileProxy = new QSortFilterProxyModel(this);
    m_fileProxy->setSourceModel(m_fileModel);
    m_fileProxy->setSortRole(FileModel::RawRole);
    m_fileView = makeTable(central, QStringLiteral("fileView"));
    m_fileView->setModel(m_fileProxy);
    m_fileView->setItemDelegateForColumn(FileModel::ProgressColumn,
                                         new ProgressDelegate(FileModel::ProgressRole, m_fileView));
    QHeaderView *fileHeader = m_fileView->horizontalHeader();
    fileHeader->resizeSection(FileModel::PathColumn, widthOf(QStringLiteral("/workspace/output/final/model-q4_k_m.gguf")));
    fileHeader->resizeSection(FileModel::RemoteSizeColumn, widthOf(QStringLiteral("1000 MiB")));
    fileHeader->resizeSection(FileModel::LocalSizeColumn, widthOf(QStringLiteral("1000 MiB")));
    fileHeader->resizeSection(FileModel::ProgressColumn, widthOf(QStringLiteral("100%")) + 60);
    fileHeader->resizeSection(FileModel::SpeedColumn, widthOf(QStringLiteral("1000 MiB/s")));
    fileHeader->resizeSection(FileModel::EtaColumn, widthOf(QStringLiteral("10 min 00 s")));
    fileHeader->resizeSection(FileModel::RemoteHashColumn, widthOf(QStringLiteral("0123456789ab…")));
    fileHeader->resizeSection(FileModel::LocalHashColumn, widthOf(QStringLiteral("0123456789ab…")));
    fileHeader->resizeSection(FileModel::FormatColumn, widthOf(QStringLiteral("safetensors valid")));
    fileHeader->setStretchLastSection(true);
    m_filePlaceholder = makePlaceholder(central);
    m_fileStack = new QStackedWidget(central);
    m_fileStack->addWidget(m_fileView);
    m_fileStack->addWidget(m_filePlaceholder);

    auto *patternLabel = new QLabel(tr("Remote &patterns:"), central);
    m_patternEdit = new QLineEdit(central);
    m_patternEdit->setObjectName(QStringLiteral("patternEdit"));
    m_patternEdit->setPlaceholderText(tr("e.g. /workspace/**/*.gguf; /workspace/out/*.safetensors"));
    m_patternEdit->setToolTip(tr("Remote glob patterns separated by ';'. ** matches any number of folders. "
                                 "Remembered per instance label."));
    m_patternEdit->setClearButtonEnabled(true);
    patternLabel->setBuddy(m_patternEdit);
    auto *browseButton = new QToolButton(central);
    browseButton->setDefaultAction(m_browse);
    browseButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *harvestButton = new QToolButton(central);
    harvestButton->setDefaultAction(m_harvest);
    harvestButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *patternRow = new QHBoxLayout;
    patternRow->addWidget(patternLabel);
    patternRow->addWidget(m_patternEdit, 1);
    patternRow->addWidget(browseButton);
    patternRow->addWidget(harvestButton);
    connect(m_patternEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (const qint64 id = selectedInstanceId())
            m_patternsById.insert(id, AppSettings::splitPatterns(text));
        updateActions();
    });
    connect(m_patternEdit, &QLineEdit::returnPressed, m_harvest, &QAction::trigger);

    auto *filesPane = new QWidget(central);
    auto *filesLayout = new QVBoxLayout(filesPane);
    filesLayout->setContentsMargins(0, 0, 0, 0);
    filesLayout->addLayout(patternRow);
    filesLayout->addWidget(m_fileStack, 1);

    m_splitter = new QSplitter(Qt::Vertical, central);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_instanceStack);
    m_splitter->addWidget(filesPane);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    connect(m_instanceView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::onSelectionChanged);
    connect(m_instanceModel, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateEmptyStates);
    connect(m_instanceModel, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateEmptyStates);
    connect(m_fileModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyStates);
}

void MainWindow::connectController()
{
    connect(m_controller, &HarvestController::filesReset, this, [this](qint64 id) {
        if (id == m_shownInstanceId)
            showFilesOf(id);
    });
    connect(m_controller, &HarvestController::fileUpdated, this, [this](qint64 id, int index) {
        if (id != m_shownInstanceId)
            return;
        const Journal *journal = m_controller->journal(id);
        if (journal && index >= 0 && index < journal->files.size())
            m_fileModel->updateFile(index, journal->files.at(index));
    });
    connect(m_controller, &HarvestController::fileProgress, this,
            [this](qint64 id, int index, const TransferProgress &progress) {
                if (id == m_shownInstanceId)
                    m_fileModel->setProgress(index, progress);
            });
    connect(m_controller, &HarvestController::stateChanged, this, &MainWindow::onStateChanged);
    connect(m_controller, &HarvestController::gateChanged, this, [this](qint64 id) {
        if (id == selectedInstanceId())
            updateActions();
    });
    connect(m_controller, &HarvestController::message, this, [this](qint64 id, const QString &text) {
        qCInfo(lcUi) << "instance" << id << text;
        statusBar()->showMessage(tr("Instance %1: %2").arg(id).arg(text), 10000);
    });
    connect(m_controller, &HarvestController::harvestFinished, this, &MainWindow::onHarvestFinished);
    connect(m_controller, &HarvestController::verifyFinished, this, [this](qint64 id, bool allVerified) {
        if (allVerified) {
            showInformation(tr("Every file of instance %1 verified again from disk. Confirm to allow destroying it.")
                                .arg(id));
        } else {
            showError(tr("Some files of instance %1 failed verification again; the Verdict column gives the reason. "
                         "Harvest them again.")
                          .arg(id));
        }
    });
    connect(m_controller, &HarvestController::destroyFinished, this, &MainWindow::onDestroyFinished);
    connect(m_controller, &HarvestController::runningCountChanged, this, &MainWindow::updateTitle);
}

void MainWindow::connectProvider()
{
    if (m_options.demo) {
        auto *demo = new DemoProvider(QDir(m_options.stateDir).filePath(QStringLiteral("demo-data")), this);
        if (auto prepared = demo->prepare(); !prepared)
            showError(prepared.error().message);
        m_controller->setRemoteAccessSource([demo](qint64 id) { return demo->remoteAccessFactory(id); });
        m_demoPatterns = [demo](qint64 id) { return demo->defaultPatterns(id); };
        m_providerObject = demo;
        setProvider(demo);
        return;
    }

    createVastClient(m_options.vast, this, [this](Result<VastProvider> provider) {
        if (!provider) {
            qCWarning(lcUi) << "no Vast.ai client:" << provider.error().message;
            m_refreshLabel->setText(tr("Not connected"));
            showError(tr("Cannot connect to Vast.ai: %1").arg(provider.error().message), tr("Settings…"),
                      [this] { editSettings(); });
            return;
        }
        if (provider->keyOrigin == ApiKeyOrigin::VastaiCliFile) {
            showInformation(tr("Using the API key of the vastai CLI from %1. Import it in Settings to keep it in "
                               "the keychain.")
                                .arg(QDir::toNativeSeparators(provider->keyPath)));
        }
        if (m_providerObject)
            m_providerObject->deleteLater();
        m_providerObject = provider->client;
        setProvider(provider->client);
    });
}

void MainWindow::setProvider(CloudProvider *provider)
{
    m_provider = provider;
    m_controller->setProvider(provider);
    emit providerReady();
    updateActions();
    refresh();
}

void MainWindow::applySettings()
{
    m_controller->setSettings(m_settings);
    m_refreshTimer.start(m_settings.refreshIntervalSeconds * 1000);
}

void MainWindow::refresh()
{
    if (!m_provider || m_refreshing)
        return;
    m_refreshing = true;
    m_refresh->setEnabled(false);
    qCDebug(lcUi) << "refreshing the instance list";
    m_provider->listInstances(this, [this](Result<QList<Instance>> instances) {
        m_refreshing = false;
        m_refresh->setEnabled(true);
        if (!instances) {
            const QString since = m_lastRefresh.isValid()
                                      ? tr("The rows show the state of %1.")
                                            .arg(QLocale().toString(m_lastRefresh.time(), QLocale::ShortFormat))
                                      : QString();
            qCWarning(lcUi) << "refresh failed:" << instances.error().message;
            showError(tr("Refreshing the instance list failed: %1 %2").arg(instances.error().message, since),
                      tr("Retry"), [this] { refresh(); });
            m_bannerIsRefreshError = true;
            emit refreshFinished(false);
            return;
        }
        if (m_bannerIsRefreshError)
            m_banner->dismiss();
        const qint64 selected = selectedInstanceId();
        m_lastRefresh = QDateTime::currentDateTime();
        m_instanceModel->setReferenceTime(m_lastRefresh.toSecsSinceEpoch());
        m_instanceModel->setInstances(instances.value());
        m_controller->setInstances(instances.value());
        for (const Instance &instance : instances.value())
            m_instanceModel->setHarvestState(instance.id, m_controller->stateText(instance.id));
        m_refreshLabel->setText(tr("Last refresh %1").arg(QLocale().toString(m_lastRefresh.time(), QLocale::LongFormat)));
        if (selected == 0 && m_instanceProxy->rowCount() > 0)
            m_instanceView->selectRow(0);
        updateActions();
        updateEmptyStates();
        emit refreshFinished(true);
    });
}

qint64 MainWindow::selectedInstanceId() const
{
    const QModelIndexList rows = m_instanceView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return rows.first().data(InstanceModel::InstanceIdRole).toLongLong();
}

bool MainWindow::selectInstance(qint64 instanceId)
{
    const int row = m_instanceModel->rowOf(instanceId);
    if (row < 0)
        return false;
    const QModelIndex index = m_instanceProxy->mapFromSource(m_instanceModel->index(row, 0));
    m_instanceView->selectRow(index.row());
    m_instanceView->scrollTo(index);
    return true;
}

QString MainWindow::labelOf(qint64 instanceId) const
{
    if (const Instance *instance = m_instanceModel->instance(instanceId))
        return instance->label;
    const Journal *journal = m_controller->journal(instanceId);
    return journal ? journal->label : QString();
}

QStringList MainWindow::patternsFor(qint64 instanceId) const
{
    if (m_patternsById.contains(instanceId))
        return m_patternsById.value(instanceId);
    const QStringList remembered = AppSettings::patternsForLabel(*m_settingsStore, labelOf(instanceId));
    if (!remembered.isEmpty())
        return remembered;
    if (const Journal *journal = m_controller->journal(instanceId); journal && !journal->patterns.isEmpty())
        return journal->patterns;
    if (m_demoPatterns)
        return m_demoPatterns(instanceId);
    return m_settings.defaultPatterns;
}

void MainWindow::rememberPatterns()
{
    const qint64 id = selectedInstanceId();
    if (id == 0)
        return;
    const QStringList patterns = AppSettings::splitPatterns(m_patternEdit->text());
    m_patternsById.insert(id, patterns);
    AppSettings::setPatternsForLabel(*m_settingsStore, labelOf(id), patterns);
}

void MainWindow::onSelectionChanged()
{
    const qint64 id = selectedInstanceId();
    if (id != m_shownInstanceId) {
        m_shownInstanceId = id;
        m_patternEdit->setText(id ? AppSettings::joinPatterns(patternsFor(id)) : QString());
        showFilesOf(id);
    }
    updateActions();
}

void MainWindow::showFilesOf(qint64 instanceId)
{
    const Journal *journal = instanceId ? m_controller->journal(instanceId) : nullptr;
    m_fileModel->setFiles(journal ? journal->files : QList<FileRecord>(), m_controller->progress(instanceId));
    updateEmptyStates();
}

void MainWindow::onStateChanged(qint64 instanceId)
{
    m_instanceModel->setHarvestState(instanceId, m_controller->stateText(instanceId));
    if (instanceId == selectedInstanceId())
        updateActions();
    updateTitle();
    updateEmptyStates();
}

void MainWindow::updateEmptyStates()
{
    if (m_instanceModel->rowCount() > 0) {
        m_instanceStack->setCurrentWidget(m_instanceView);
    } else {
        if (!m_provider && !m_options.demo)
            m_instancePlaceholder->setText(tr("Not connected to Vast.ai. Open Settings (%1) to set the API key, "
                                              "or start with --demo to try the app with simulated instances.")
                                               .arg(m_settingsAction->shortcut().toString(QKeySequence::NativeText)));
        else if (!m_lastRefresh.isValid())
            m_instancePlaceholder->setText(tr("Loading the instance list…"));
        else
            m_instancePlaceholder->setText(tr("No instances in this account. Rent one on Vast.ai; it appears "
                                              "here at the next refresh (F5)."));
        m_instanceStack->setCurrentWidget(m_instancePlaceholder);
    }

    if (m_fileModel->rowCount() > 0) {
        m_fileStack->setCurrentWidget(m_fileView);
        return;
    }
    const qint64 id = selectedInstanceId();
    if (id == 0) {
        m_filePlaceholder->setText(tr("Select an instance above to see its files."));
    } else if (m_controller->isRunning(id)) {
        m_filePlaceholder->setText(tr("Connecting to instance %1 and listing the patterns…").arg(id));
    } else {
        m_filePlaceholder->setText(tr("No files harvested from instance %1 yet. Type remote patterns above or "
                                      "browse the instance (%2), then press Harvest (%3).")
                                       .arg(id)
                                       .arg(m_browse->shortcut().toString(QKeySequence::NativeText),
                                            m_harvest->shortcut().toString(QKeySequence::NativeText)));
    }
    m_fileStack->setCurrentWidget(m_filePlaceholder);
}

QString MainWindow::gateText() const
{
    return m_gateLabel->text();
}

void MainWindow::updateActions()
{
    const qint64 id = selectedInstanceId();
    const Instance *instance = id ? m_instanceModel->instance(id) : nullptr;
    const Journal *journal = id ? m_controller->journal(id) : nullptr;
    const bool busy = id && m_controller->isBusy(id);
    const bool destroyed = journal && journal->destroy && journal->destroy->state == DestroyState::Destroyed;
    const bool reachable = instance && (m_demoPatterns || sshEndpointFor(*instance).isValid());
    const bool hasFiles = journal && !journal->files.isEmpty();
    const GateDecision gate = id ? m_controller->gate(id) : GateDecision{};

    m_refresh->setEnabled(m_provider && !m_refreshing);
    m_harvest->setEnabled(instance && reachable && !busy && !destroyed && !m_patternEdit->text().trimmed().isEmpty());
    m_browse->setEnabled(instance && reachable && !busy && !destroyed);
    m_cancel->setEnabled(id && (m_controller->isRunning(id) || m_controller->isVerifying(id)));
    m_verify->setEnabled(hasFiles && !busy && !destroyed);
    m_confirm->setEnabled(hasFiles && journal->allVerified() && !busy && !destroyed && !gate.isOpen()
                          && gate.condition != GateCondition::FileChanged
                          && gate.condition != GateCondition::FileMissing);
    m_stop->setEnabled(m_provider && instance && instance->status == InstanceStatus::Running && !busy);
    m_openFolder->setEnabled(id != 0);

    // Destroy follows the gate and nothing else.
    const bool canDestroy = m_provider && id && !busy && gate.isOpen();
    m_destroy->setEnabled(canDestroy);
    QString gateMessage;
    if (id == 0)
        gateMessage = tr("Select an instance.");
    else if (busy)
        gateMessage = tr("Destroy disabled: instance %1 is busy (%2).").arg(id).arg(m_controller->stateText(id));
    else if (gate.isOpen())
        gateMessage = tr("Destroy allowed: every file of instance %1 is verified, unchanged and confirmed.").arg(id);
    else
        gateMessage = tr("Destroy disabled: %1").arg(gate.reason);
    m_destroy->setToolTip(gateMessage);
    m_destroy->setStatusTip(gateMessage);
    m_gateLabel->setText(gateMessage);
}

void MainWindow::updateTitle()
{
    // Qt appends the application's display name to the title, so an empty
    // title shows "Vast Harvest" and a running one "2 downloading — Vast Harvest".
    const int running = m_controller->runningCount();
    QStringList parts;
    if (running > 0)
        //: Window title while downloads run; the application name follows it.
        parts.append(tr("%1 downloading").arg(running));
    if (m_options.demo)
        parts.append(tr("demo"));
    setWindowTitle(parts.join(QStringLiteral(", ")));
}

void MainWindow::startHarvest()
{
    const qint64 id = selectedInstanceId();
    if (id == 0)
        return;
    rememberPatterns();
    const QStringList patterns = AppSettings::splitPatterns(m_patternEdit->text());
    if (auto started = m_controller->startHarvest(id, patterns); !started) {
        showError(started.error().message);
        return;
    }
    m_patternsById.remove(id);
    m_banner->dismiss();
    updateActions();
}

void MainWindow::cancelHarvest()
{
    if (const qint64 id = selectedInstanceId())
        m_controller->cancel(id);
}

void MainWindow::verifyAgain()
{
    const qint64 id = selectedInstanceId();
    if (id == 0)
        return;
    if (auto started = m_controller->verifyAgain(id); !started)
        showError(started.error().message);
    updateActions();
}

void MainWindow::confirmHarvest()
{
    const qint64 id = selectedInstanceId();
    if (id == 0)
        return;
    const std::optional<QString> typed = m_dialogs->confirmHarvest(this, m_controller->confirmationRequest(id));
    if (!typed)
        return;
    if (auto confirmed = m_controller->confirm(id, *typed); !confirmed) {
        showError(confirmed.error().message);
        return;
    }
    showInformation(tr("Instance %1 confirmed. Destroy is enabled as long as the local files stay unchanged.")
                        .arg(id));
    updateActions();
}

void MainWindow::destroyInstance()
{
    const qint64 id = selectedInstanceId();
    if (id == 0 || !m_destroy->isEnabled())
        return;
    if (!m_dialogs->confirmDestroy(this, id, labelOf(id)))
        return;
    if (auto started = m_controller->destroy(id); !started) {
        showError(started.error().message);
    } else {
        showInformation(tr("Reading the files of instance %1 back from disk; the destroy request goes out "
                           "only if every byte still matches the verified copy.")
                            .arg(id));
    }
    updateActions();
}

void MainWindow::stopInstance()
{
    const qint64 id = selectedInstanceId();
    if (id == 0 || !m_provider)
        return;
    if (!m_dialogs->confirmStop(this, id, labelOf(id)))
        return;
    m_provider->setInstanceState(id, InstanceState::Stopped, this, [this, id](Result<bool> stopped) {
        if (!stopped) {
            showError(tr("Stopping instance %1 failed: %2").arg(id).arg(stopped.error().message));
            return;
        }
        showInformation(tr("Instance %1 is stopping. It keeps billing for its disk until destroyed.").arg(id));
        refresh();
    });
}

void MainWindow::openDestination()
{
    const qint64 id = selectedInstanceId();
    if (id == 0)
        return;
    const Journal *journal = m_controller->journal(id);
    const QString folder = journal && !journal->destination.isEmpty()
                               ? journal->destination
                               : m_settings.destinationFor(id, labelOf(id));
    if (!QFileInfo(folder).isDir()) {
        showError(tr("The destination %1 does not exist yet; it is created by the first harvest.")
                      .arg(QDir::toNativeSeparators(folder)));
        return;
    }
    QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
}

void MainWindow::browseRemote()
{
    const qint64 id = selectedInstanceId();
    if (id == 0)
        return;
    auto factory = m_controller->remoteAccessFor(id);
    if (!factory) {
        showError(factory.error().message);
        return;
    }
    RemoteBrowseRequest request;
    const QString label = labelOf(id);
    request.title = label.isEmpty() ? tr("instance %1").arg(id) : tr("instance %1 (%2)").arg(id).arg(label);
    const QStringList patterns = AppSettings::splitPatterns(m_patternEdit->text());
    QString folder = patterns.isEmpty() ? QStringLiteral("/workspace") : patterns.first();
    // The pattern's fixed folder: everything before the first wildcard.
    const qsizetype wildcard = folder.indexOf(QRegularExpression(QStringLiteral("[*?]")));
    if (wildcard >= 0)
        folder = folder.left(wildcard);
    folder = folder.left(folder.lastIndexOf(QLatin1Char('/')) + 1);
    if (folder.isEmpty())
        folder = QStringLiteral("/workspace/");
    request.pattern = folder + QLatin1Char('*');
    request.openRemote = factory.value();
    const QStringList ticked = m_dialogs->browseRemote(this, request);
    if (ticked.isEmpty())
        return;
    m_patternEdit->setText(AppSettings::joinPatterns(ticked));
    rememberPatterns();
    updateActions();
}

void MainWindow::editSettings()
{
    SettingsDialog dialog(m_settings, m_keyStore, *m_dialogs, this);
    bool keyChanged = false;
    connect(&dialog, &SettingsDialog::apiKeyChanged, this, [&keyChanged] { keyChanged = true; });
    if (m_dialogs->editSettings(this, dialog)) {
        m_settings = dialog.settings();
        m_settings.save(*m_settingsStore);
        applySettings();
        qCInfo(lcUi) << "settings saved";
    }
    if (keyChanged && !m_options.demo) {
        // Replacing the client would drop the answer of a destroy request
        // that is still out.
        if (m_controller->isAnyDestroying()) {
            showError(tr("The new API key is used after the running destroy request ends. Open Settings again "
                         "then, or restart Vast Harvest."));
            return;
        }
        showInformation(tr("Connecting to Vast.ai with the new key…"));
        connectProvider();
    }
}

void MainWindow::onHarvestFinished(qint64 instanceId, const Error &error)
{
    const QString label = labelOf(instanceId);
    if (!error.isError()) {
        const Journal *journal = m_controller->journal(instanceId);
        const int count = journal ? int(journal->files.size()) : 0;
        showInformation(tr("Instance %1: all %2 files are downloaded and verified. Check them, then use "
                           "Confirm (%3) to allow destroying the instance.")
                            .arg(instanceId)
                            .arg(count)
                            .arg(m_confirm->shortcut().toString(QKeySequence::NativeText)));
        notify(tr("Harvest verified"), tr("Instance %1 (%2): every file verified.").arg(instanceId).arg(label), false);
        return;
    }
    if (error.kind == ErrorKind::Cancelled) {
        showInformation(error.message);
        return;
    }
    if (error.kind == ErrorKind::HostKeyChanged) {
        m_dialogs->showHostKeyChanged(this, Journal::targetKeyForInstance(instanceId), error.message);
    } else {
        showError(tr("Harvest of instance %1 failed: %2").arg(instanceId).arg(error.message), tr("Try again"),
                  [this, instanceId] {
                      if (selectInstance(instanceId))
                          startHarvest();
                  });
    }
    notify(tr("Harvest failed"), tr("Instance %1 (%2): %3").arg(instanceId).arg(label, error.message), true);
}

void MainWindow::onDestroyFinished(qint64 instanceId, bool destroyed, const QString &message)
{
    if (destroyed) {
        showInformation(tr("Instance %1 was destroyed. %2").arg(instanceId).arg(message));
        notify(tr("Instance destroyed"), tr("Instance %1 (%2) was destroyed.").arg(instanceId).arg(labelOf(instanceId)),
               false);
    } else {
        showError(message);
        notify(tr("Destroy failed"), message, true);
    }
    refresh();
}

void MainWindow::showError(const QString &text, const QString &actionText, std::function<void()> action)
{
    m_bannerIsRefreshError = false;
    m_bannerAction = std::move(action);
    m_banner->showMessage(MessageBanner::Kind::Error, text, actionText);
}

void MainWindow::showInformation(const QString &text)
{
    m_bannerIsRefreshError = false;
    m_bannerAction = {};
    m_banner->showMessage(MessageBanner::Kind::Information, text);
}

void MainWindow::notify(const QString &title, const QString &text, bool failure)
{
    if (!m_tray)
        return;
    m_tray->showMessage(title, text, failure ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
}

void MainWindow::restoreWindowState()
{
    resize(1200, 760);
    restoreGeometry(m_settingsStore->value(keyGeometry).toByteArray());
    restoreState(m_settingsStore->value(keyWindowState).toByteArray());
    m_splitter->restoreState(m_settingsStore->value(keySplitter).toByteArray());
    m_instanceView->horizontalHeader()->restoreState(m_settingsStore->value(keyInstanceHeader).toByteArray());
    m_fileView->horizontalHeader()->restoreState(m_settingsStore->value(keyFileHeader).toByteArray());
}

void MainWindow::saveWindowState()
{
    m_settingsStore->setValue(keyGeometry, saveGeometry());
    m_settingsStore->setValue(keyWindowState, saveState());
    m_settingsStore->setValue(keySplitter, m_splitter->saveState());
    m_settingsStore->setValue(keyInstanceHeader, m_instanceView->horizontalHeader()->saveState());
    m_settingsStore->setValue(keyFileHeader, m_fileView->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    const int running = m_controller->runningCount();
    if (running > 0 && !m_dialogs->confirmQuitWhileRunning(this, running)) {
        event->ignore();
        return;
    }
    saveWindowState();
    event->accept();
}

} // namespace vh
