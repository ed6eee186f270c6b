// GUI responsiveness, for bench-gui.sh: the longest stalls of the main
// window's event loop while four instances download at once, and while a
// refresh brings in 100 instances. A timer fires every 5 ms; every gap
// beyond that is time the window could not repaint or take input.
#include "fakevastserver.h"
#include "harvestcontroller.h"
#include "instancemodel.h"
#include "mainwindow.h"
#include "sshserver.h"
#include "testdialogs.h"
#include "testutil.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace vh;

namespace {

// Records how late each 5 ms tick of the event loop comes.
class StallMeter
{
public:
    StallMeter()
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_gapsMs.append(double(now - m_last) / 1e6);
            m_last = now;
        });
    }
    void start()
    {
        m_gapsMs.clear();
        m_clock.start();
        m_last = 0;
        m_timer.start(5);
    }
    void stop() { m_timer.stop(); }
    void print(const char *what) const
    {
        QList<double> sorted = m_gapsMs;
        std::sort(sorted.begin(), sorted.end());
        if (sorted.isEmpty())
            return;
        const auto at = [&](double share) { return sorted.at(qMin(sorted.size() - 1, qsizetype(share * sorted.size()))); };
        std::printf("%-36s ticks %6lld  p50 %6.1f ms  p99 %6.1f ms  max %6.1f ms\n", what,
                    qlonglong(sorted.size()), at(0.50), at(0.99), sorted.constLast());
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    QList<double> m_gapsMs;
};

// Runs a real event loop until the condition holds: a loop that spins on
// processEvents() would look CPU-bound to the scheduler, which a window
// waiting for input is not.
bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QEventLoop loop;
    QTimer check;
    QElapsedTimer clock;
    clock.start();
    bool satisfied = condition();
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        satisfied = condition();
        if (satisfied || clock.elapsed() > timeoutMs)
            loop.quit();
    });
    if (!satisfied) {
        check.start(10);
        loop.exec();
    }
    return satisfied;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const qint64 fileMib = argc > 1 ? QByteArray(argv[1]).toLongLong() : 256;

    test::SshServer ssh;
    ssh.setNiceness(19); // the instance's CPU is not the client's in real use
    test::FakeVastServer api;
    QTemporaryDir work;
    if (!ssh.start() || !api.start()) {
        std::fprintf(stderr, "could not start sshd or the fake API: %s\n", qPrintable(ssh.errorString()));
        return 1;
    }
    const QString keyFile = work.filePath(QStringLiteral("api_key"));
    test::writeFile(keyFile, api.apiKey().toUtf8());

    const QList<qint64> harvested = {8001, 8002, 8003, 8004};
    for (const qint64 id : harvested) {
        api.addInstance(test::FakeVastServer::sampleInstance(id));
        api.setSshEndpoint(id, ssh.host(), ssh.port());
        test::writeFile(ssh.remoteRoot() + QStringLiteral("/%1/model.bin").arg(id),
                        test::randomBytes(fileMib * 1024 * 1024, quint32(id)));
    }

    const QString settingsFile = work.filePath(QStringLiteral("settings.ini"));
    {
        QSettings settings(settingsFile, QSettings::IniFormat);
        AppSettings defaults = AppSettings::defaults();
        defaults.identityFile = ssh.clientKeyPath();
        defaults.useAgent = false;
        defaults.destinationTemplate = work.filePath(QStringLiteral("harvest/{id}"));
        defaults.refreshIntervalSeconds = 3600;
        defaults.save(settings);
    }
    MainWindowOptions options;
    options.stateDir = work.filePath(QStringLiteral("state"));
    options.settingsFile = settingsFile;
    options.vast.apiUrl = api.baseUrl().toString();
    options.vast.apiKeyFile = keyFile;
    options.vast.useKeychain = false;
    test::TestDialogs dialogs;
    MainWindow window(options, &dialogs);
    window.show();
    if (!waitFor([&] { return window.instanceModel()->rowOf(harvested.constLast()) >= 0; }, 30000)) {
        std::fprintf(stderr, "the instance list did not load\n");
        return 1;
    }

    StallMeter meter;
    meter.start();
    QElapsedTimer clock;
    clock.start();
    for (const qint64 id : harvested) {
        window.selectInstance(id);
        window.patternEdit()->setText(ssh.remoteRoot() + QStringLiteral("/%1/*.bin").arg(id));
        window.harvestAction()->trigger();
    }
    const bool done = waitFor([&] { return window.controller()->runningCount() == 0; }, 600000);
    meter.stop();
    std::printf("four parallel harvests of %lld MiB each: %.1f s%s; sshd sessions at nice 19: %d\n", fileMib,
                clock.elapsed() / 1000.0, done ? "" : " (did not finish)", ssh.sessionsLowered());
    meter.print("event loop during the harvests");

    for (qint64 id = 9000; id < 9100; ++id)
        api.addInstance(test::FakeVastServer::sampleInstance(id));
    meter.start();
    clock.restart();
    window.refreshAction()->trigger();
    const bool listed = waitFor([&] { return window.instanceModel()->rowOf(9099) >= 0; }, 60000);
    const qint64 refreshMs = clock.elapsed();
    waitFor([] { return false; }, 200); // let the last repaint through
    meter.stop();
    std::printf("refresh to 104 instances (5 pages): %lld ms%s\n", refreshMs, listed ? "" : " (did not finish)");
    meter.print("event loop during the refresh");
    return done && listed ? 0 : 1;
}
