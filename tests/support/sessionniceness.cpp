#include "sessionniceness.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QThread>

namespace vh::test {

namespace {

// The parent pid from /proc/PID/stat; the command name in parentheses may
// hold spaces, so fields are counted after its closing parenthesis.
qint64 parentPid(const QString &pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() : -1;
}

// "/autogroup-123 nice 0" names the group; only its first word matters.
QByteArray autogroupOf(const QString &pid)
{
    QFile file(QStringLiteral("/proc/%1/autogroup").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().split(' ').constFirst();
}

} // namespace

SessionNiceness::SessionNiceness(qint64 rootPid, int niceness) : m_rootPid(rootPid), m_niceness(niceness)
{
    if (rootPid > 0 && niceness > 0 && autogroupsEnabled())
        m_thread = std::thread([this] { run(); });
}

SessionNiceness::~SessionNiceness()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
}

bool SessionNiceness::autogroupsEnabled()
{
    QFile setting(QStringLiteral("/proc/sys/kernel/sched_autogroup_enabled"));
    return setting.open(QIODevice::ReadOnly) && setting.readAll().trimmed() == "1";
}

void SessionNiceness::run()
{
    const QByteArray niceText = QByteArray::number(m_niceness);
    // A child that has not called setsid() yet still shares this process's
    // group; lowering that would lower the client under test too.
    const QByteArray ownGroup = autogroupOf(QStringLiteral("self"));
    QSet<qint64> seen;
    QSet<QByteArray> lowered;
    while (!m_stop.load()) {
        QHash<qint64, qint64> parents;
        const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &pid : pids) {
            bool number = false;
            const qint64 value = pid.toLongLong(&number);
            if (number)
                parents.insert(value, parentPid(pid));
        }
        for (auto it = parents.cbegin(); it != parents.cend(); ++it) {
            if (seen.contains(it.key()))
                continue;
            // Walks up at most a few levels: sshd, its connection, the session.
            qint64 ancestor = it.value();
            for (int depth = 0; depth < 8 && ancestor > 1 && ancestor != m_rootPid; ++depth)
                ancestor = parents.value(ancestor, -1);
            if (ancestor != m_rootPid)
                continue;
            const QString pid = QString::number(it.key());
            const QByteArray groupName = autogroupOf(pid);
            if (groupName.isEmpty() || groupName == ownGroup)
                continue;
            seen.insert(it.key());
            if (lowered.contains(groupName))
                continue;
            QFile group(QStringLiteral("/proc/%1/autogroup").arg(pid));
            if (group.open(QIODevice::WriteOnly) && group.write(niceText) == niceText.size()) {
                lowered.insert(groupName);
                m_adjusted = int(lowered.size());
            }
        }
        QThread::msleep(20);
    }
}

} // namespace vh::test
