#include "transfer/knownhosts.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSaveFile>

#include <mutex>

namespace vh {

namespace {

struct Tr final
{
    Q_DECLARE_TR_FUNCTIONS(vh::KnownHosts)
};

// Serialises writers inside one process; QLockFile covers other processes.
std::mutex &writeMutex()
{
    static std::mutex mutex;
    return mutex;
}

} // namespace

QString HostKey::sha256Fingerprint() const
{
    const QByteArray digest = QCryptographicHash::hash(blob, QCryptographicHash::Sha256);
    return QStringLiteral("SHA256:")
           + QString::fromLatin1(digest.toBase64(QByteArray::OmitTrailingEquals));
}

KnownHosts::KnownHosts(QString path) : m_path(std::move(path)) {}

QString KnownHosts::targetKeyForHost(const QString &host, quint16 port)
{
    if (port == 22)
        return host;
    return QStringLiteral("[%1]:%2").arg(host).arg(port);
}

Result<QList<KnownHosts::Entry>> KnownHosts::readEntries() const
{
    QList<Entry> entries;
    QFile file(m_path);
    if (!file.exists())
        return entries;
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return Error(ErrorKind::LocalIo,
                     Tr::tr("Cannot read the known hosts file %1: %2.").arg(m_path, file.errorString()));
    }
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 3) {
            qCWarning(lcSsh) << "ignoring malformed line" << lineNumber << "in" << m_path;
            continue;
        }
        Entry entry;
        entry.name = QString::fromUtf8(fields.at(0));
        entry.key.type = QString::fromLatin1(fields.at(1));
        const auto decoded = QByteArray::fromBase64Encoding(fields.at(2),
                                                            QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            qCWarning(lcSsh) << "ignoring line" << lineNumber << "with invalid base64 in" << m_path;
            continue;
        }
        entry.key.blob = *decoded;
        if (fields.size() > 3)
            entry.comment = QString::fromUtf8(fields.mid(3).join(' '));
        entries.append(entry);
    }
    return entries;
}

Result<void> KnownHosts::load()
{
    auto entries = readEntries();
    if (!entries)
        return entries.error();
    m_entries = std::move(entries).value();
    return {};
}

KnownHosts::Match KnownHosts::check(const QString &targetKey, const HostKey &offered,
                                    HostKey *storedKey) const
{
    const Entry *sameType = nullptr;
    const Entry *first = nullptr;
    for (const Entry &entry : m_entries) {
        if (entry.name != targetKey)
            continue;
        if (entry.key == offered)
            return Match::Found;
        if (!first)
            first = &entry;
        if (!sameType && entry.key.type == offered.type)
            sameType = &entry;
    }
    if (!first)
        return Match::NotFound;
    // Any stored key and a different offered one is a change: the key type
    // preference makes an unchanged server offer the stored type.
    if (storedKey)
        *storedKey = sameType ? sameType->key : first->key;
    return Match::Changed;
}

QStringList KnownHosts::storedKeyTypes(const QString &targetKey) const
{
    QStringList types;
    for (const Entry &entry : m_entries) {
        if (entry.name == targetKey && !types.contains(entry.key.type))
            types.append(entry.key.type);
    }
    return types;
}

Result<void> KnownHosts::add(const QString &targetKey, const HostKey &key, const QString &comment)
{
    if (targetKey.contains(QLatin1Char(' ')) || targetKey.contains(QLatin1Char('\n'))
        || !key.isValid()) {
        return Error(ErrorKind::Internal, Tr::tr("Refusing to store a malformed host key entry for %1.")
                                              .arg(targetKey));
    }

    const std::lock_guard<std::mutex> guard(writeMutex());
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QLockFile lock(m_path + QStringLiteral(".lock"));
    if (!lock.tryLock(10000)) {
        return Error(ErrorKind::LocalIo,
                     Tr::tr("Another program holds the lock on %1. Close it and try again.").arg(m_path));
    }

    // Re-read so keys added by another process meanwhile are kept.
    auto current = readEntries();
    if (!current)
        return current.error();
    QList<Entry> entries = std::move(current).value();
    entries.append({targetKey, key, comment.simplified()});

    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        return Error(ErrorKind::LocalIo,
                     Tr::tr("Cannot write the known hosts file %1: %2.").arg(m_path, file.errorString()));
    }
    for (const Entry &entry : entries) {
        QByteArray line = entry.name.toUtf8() + ' ' + entry.key.type.toLatin1() + ' '
                          + entry.key.blob.toBase64();
        if (!entry.comment.isEmpty())
            line += ' ' + entry.comment.toUtf8();
        file.write(line + '\n');
    }
    if (!file.commit()) {
        return Error(ErrorKind::LocalIo,
                     Tr::tr("Cannot write the known hosts file %1: %2.").arg(m_path, file.errorString()));
    }
    m_entries = entries;
    qCInfo(lcSsh) << "stored host key" << key.type << key.sha256Fingerprint() << "for" << targetKey;
    return {};
}

} // namespace vh
