#pragma once

#include "appsettings.h"
#include "cloud/instance.h"
#include "cloud/providerfactory.h"
#include "common/error.h"

#include <QDateTime>
#include <QHash>
#include <QMainWindow>
#include <QTimer>

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QSettings;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QSystemTrayIcon;
class QTableView;

namespace vh {

class ApiKeyStore;
class CloudProvider;
class DialogService;
class FileModel;
class HarvestController;
class HostKeyBroker;
class PassphraseBroker;
class InstanceModel;
class MessageBanner;

struct MainWindowOptions
{
    QString stateDir;         // journals, audit log and known hosts
    bool demo = false;        // simulated instances instead of Vast.ai
    VastProviderConfig vast;  // how to reach Vast.ai; unused in demo mode
    QString settingsFile;     // empty: the application's QSettings
};

// The window: the account's instances above, the selected instance's files
// below, and the actions that drive HarvestController. It shows state and
// sends commands; transfers, checks and the destroy gate live in the engine.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // dialogs: null for the real dialogs, or a test double.
    explicit MainWindow(MainWindowOptions options, DialogService *dialogs = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    QAction *refreshAction() const { return m_refresh; }
    QAction *harvestAction() const { return m_harvest; }
    QAction *cancelAction() const { return m_cancel; }
    QAction *verifyAction() const { return m_verify; }
    QAction *confirmAction() const { return m_confirm; }
    QAction *destroyAction() const { return m_destroy; }
    QAction *stopAction() const { return m_stop; }
    QAction *openFolderAction() const { return m_openFolder; }
    QAction *browseAction() const { return m_browse; }
    QAction *settingsAction() const { return m_settingsAction; }

    InstanceModel *instanceModel() const { return m_instanceModel; }
    FileModel *fileModel() const { return m_fileModel; }
    QTableView *instanceView() const { return m_instanceView; }
    QTableView *fileView() const { return m_fileView; }
    QLineEdit *patternEdit() const { return m_patternEdit; }
    MessageBanner *banner() const { return m_banner; }
    HarvestController *controller() const { return m_controller; }
    QString gateText() const;
    QDateTime lastRefresh() const { return m_lastRefresh; }

    qint64 selectedInstanceId() const;
    bool selectInstance(qint64 instanceId);

public slots:
    void refresh();

signals:
    // After every refresh attempt; tests wait for it.
    void refreshFinished(bool ok);
    void providerReady();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createCentralWidget();
    void connectController();
    void connectProvider();
    void setProvider(CloudProvider *provider);
    void restoreWindowState();
    void saveWindowState();
    void applySettings();

    void onSelectionChanged();
    void onStateChanged(qint64 instanceId);
    void onHarvestFinished(qint64 instanceId, const Error &error);
    void onDestroyFinished(qint64 instanceId, bool destroyed, const QString &message);
    void updateActions();
    void updateTitle();
    void updateEmptyStates();
    void showFilesOf(qint64 instanceId);
    QStringList patternsFor(qint64 instanceId) const;
    void rememberPatterns();
    QString labelOf(qint64 instanceId) const;

    void startHarvest();
    void cancelHarvest();
    void verifyAgain();
    void confirmHarvest();
    void destroyInstance();
    void stopInstance();
    void openDestination();
    void browseRemote();
    void editSettings();

    void showError(const QString &text, const QString &actionText = {}, std::function<void()> action = {});
    void showInformation(const QString &text);
    void notify(const QString &title, const QString &text, bool failure);

    MainWindowOptions m_options;
    std::unique_ptr<DialogService> m_ownDialogs;
    DialogService *m_dialogs = nullptr;
    QSettings *m_settingsStore = nullptr;
    AppSettings m_settings;
    ApiKeyStore *m_keyStore = nullptr;
    HostKeyBroker *m_hostKeys = nullptr;
    PassphraseBroker *m_passphrases = nullptr;
    HarvestController *m_controller = nullptr;
    CloudProvider *m_provider = nullptr;
    QObject *m_providerObject = nullptr; // the provider as a QObject, for deleting it
    std::function<QStringList(qint64)> m_demoPatterns;

    InstanceModel *m_instanceModel = nullptr;
    FileModel *m_fileModel = nullptr;
    QSortFilterProxyModel *m_instanceProxy = nullptr;
    QSortFilterProxyModel *m_fileProxy = nullptr;
    QTableView *m_instanceView = nullptr;
    QTableView *m_fileView = nullptr;
    QStackedWidget *m_instanceStack = nullptr;
    QStackedWidget *m_fileStack = nullptr;
    QLabel *m_instancePlaceholder = nullptr;
    QLabel *m_filePlaceholder = nullptr;
    QLineEdit *m_patternEdit = nullptr;
    QSplitter *m_splitter = nullptr;
    MessageBanner *m_banner = nullptr;
    std::function<void()> m_bannerAction;
    bool m_bannerIsRefreshError = false;
    QLabel *m_gateLabel = nullptr;
    QLabel *m_refreshLabel = nullptr;
    QSystemTrayIcon *m_tray = nullptr;

    QAction *m_refresh = nullptr;
    QAction *m_harvest = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_verify = nullptr;
    QAction *m_confirm = nullptr;
    QAction *m_destroy = nullptr;
    QAction *m_stop = nullptr;
    QAction *m_openFolder = nullptr;
    QAction *m_browse = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_quit = nullptr;

    QTimer m_refreshTimer;
    QDateTime m_lastRefresh;
    bool m_refreshing = false;
    qint64 m_shownInstanceId = 0;
    QHash<qint64, QStringList> m_patternsById; // typed but not yet used for a harvest
};

} // namespace vh
