#include "transfer/knownhosts.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
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

// Matches name against a pattern with "*" (any run of characters) and "?"
// (one character), as OpenSSH's match_pattern does. Both are lower case.
bool matchesGlob(QStringView name, QStringView pattern)
{
    qsizetype n = 0;
    qsizetype p = 0;
    qsizetype starPattern = -1;
    qsizetype starName = 0;
    while (n < name.size()) {
        if (p < pattern.size() && (pattern[p] == u'?' || pattern[p] == name[n])) {
            ++n;
            ++p;
        } else if (p < pattern.size() && pattern[p] == u'*') {
            starPattern = p++;
            starName = n;
        } else if (starPattern >= 0) {
            // Let the last "*" swallow one more character and try again.
            p = starPattern + 1;
            n = ++starName;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == u'*')
        ++p;
    return p == pattern.size();
}

// A comma-separated OpenSSH pattern list matches when some pattern matches
// and no negated one does, because a negated match vetoes the whole line.
bool patternListMatches(const QByteArray &list, const QString &name)
{
    const QString lowerName = name.toLower();
    bool positive = false;
    for (const QByteArray &item : list.split(',')) {
        QString pattern = QString::fromUtf8(item).toLower();
        const bool negated = pattern.startsWith(QLatin1Char('!'));
        if (negated)
            pattern.remove(0, 1);
        if (pattern.isEmpty() || !matchesGlob(lowerName, pattern))
            continue;
        if (negated)
            return false;
        positive = true;
    }
    return positive;
}

// "|1|SALT|HASH": HASH is HMAC-SHA1 of the name keyed with SALT, both in
// base64, as OpenSSH writes names with HashKnownHosts.
bool hashedNameMatches(const QByteArray &field, const QString &name)
{
    if (!field.startsWith("|1|"))
        return false;
    const QList<QByteArray> parts = field.mid(3).split('|');
    if (parts.size() != 2)
        return false;
    constexpr auto strict = QByteArray::AbortOnBase64DecodingErrors;
    const auto salt = QByteArray::fromBase64Encoding(parts.at(0), strict);
    const auto hash = QByteArray::fromBase64Encoding(parts.at(1), strict);
    if (!salt || !hash || salt.decoded.isEmpty())
        return false;
    // Plain names match regardless of case, so a hashed name is tried as given and in lower case.
    for (const QString &candidate : {name, name.toLower()}) {
        const QByteArray digest =
            QMessageAuthenticationCode::hash(candidate.toUtf8(), *salt, QCryptographicHash::Sha1);
        if (digest == *hash)
            return true;
    }
    return false;
}

// OpenSSH reads a NAMES field that starts with "|" as a hashed name and
// never as a pattern, even when it is malformed.
bool namesMatch(const QByteArray &names, const QString &targetKey)
{
    if (names.startsWith('|'))
        return hashedNameMatches(names, targetKey);
    return patternListMatches(names, targetKey);
}

// A name that reads back as this one target and nothing else. It has no field
// separators, commas, wildcards, negation, markers, comments or hashes.
bool isStorableName(const QString &name)
{
    if (name.isEmpty())
        return false;
    static const QString forbiddenFirst = QStringLiteral("@#|!");
    if (forbiddenFirst.contains(name.front()))
        return false;
    for (const QChar c : name) {
        if (c.isSpace() || c.unicode() < 0x20 || c.unicode() == 0x7f || c == u',' || c == u'*'
            || c == u'?') {
            return false;
        }
    }
    return true;
}

// Key type names come from the server's key blob, so only the characters of
// real algorithm names may reach the file.
bool isStorableKeyType(const QString &type)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9@._+-]+$"));
    return allowed.match(type).hasMatch();
}

QByteArray entryLine(const QString &targetKey, const HostKey &key, const QString &comment)
{
    QByteArray line = targetKey.toUtf8() + ' ' + key.type.toLatin1() + ' ' + key.blob.toBase64();
    const QString oneLineComment = comment.simplified();
    if (!oneLineComment.isEmpty())
        line += ' ' + oneLineComment.toUtf8();
    return line;
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

Result<QByteArray> KnownHosts::readContent() const
{
    QFile file(m_path);
    if (!file.exists())
        return QByteArray();
    // Binary mode, because add() writes these bytes back and must keep their line ends.
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(ErrorKind::LocalIo,
                     Tr::tr("Cannot read the known hosts file %1: %2.").arg(m_path, file.errorString()));
    }
    return file.readAll();
}

QList<KnownHosts::Entry> KnownHosts::parseEntries(const QByteArray &content) const
{
    QList<Entry> entries;
    int lineNumber = 0;
    for (const QByteArray &rawLine : content.split('\n')) {
        ++lineNumber;
        const QByteArray line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        QList<QByteArray> fields = line.simplified().split(' ');
        Entry entry;
        if (fields.first().startsWith('@')) {
            const QByteArray marker = fields.takeFirst();
            if (marker == "@cert-authority") {
                // Host certificates are not accepted, so a CA key vouches for nothing here.
                continue;
            }
            if (marker != "@revoked") {
                qCWarning(lcSsh) << "ignoring line" << lineNumber << "with unknown marker" << marker
                                 << "in" << m_path;
                continue;
            }
            entry.marker = Marker::Revoked;
        }
        if (fields.size() < 3) {
            qCWarning(lcSsh) << "ignoring malformed line" << lineNumber << "in" << m_path;
            continue;
        }
        entry.names = fields.at(0);
        entry.key.type = QString::fromLatin1(fields.at(1));
        const auto decoded = QByteArray::fromBase64Encoding(fields.at(2),
                                                            QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            qCWarning(lcSsh) << "ignoring line" << lineNumber << "with invalid base64 in" << m_path;
            continue;
        }
        entry.key.blob = *decoded;
        entries.append(entry);
    }
    return entries;
}

Result<void> KnownHosts::load()
{
    auto content = readContent();
    if (!content)
        return content.error();
    m_entries = parseEntries(content.value());
    return {};
}

KnownHosts::Match KnownHosts::check(const QString &targetKey, const HostKey &offered,
                                    HostKey *storedKey) const
{
    const Entry *sameType = nullptr;
    const Entry *first = nullptr;
    bool found = false;
    for (const Entry &entry : m_entries) {
        if (!namesMatch(entry.names, targetKey))
            continue;
        if (entry.marker == Marker::Revoked) {
            // Only the blob is compared, so the type named on the line does not matter.
            if (entry.key.blob == offered.blob)
                return Match::Revoked;
            continue;
        }
        if (entry.key == offered)
            found = true;
        if (!first)
            first = &entry;
        if (!sameType && entry.key.type == offered.type)
            sameType = &entry;
    }
    // A revocation later in the file outranks a plain entry, so the loop
    // cannot stop at the first matching key.
    if (found)
        return Match::Found;
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
        if (entry.marker == Marker::None && namesMatch(entry.names, targetKey)
            && !types.contains(entry.key.type)) {
            types.append(entry.key.type);
        }
    }
    return types;
}

Result<void> KnownHosts::add(const QString &targetKey, const HostKey &key, const QString &comment)
{
    if (!isStorableName(targetKey) || !key.isValid() || !isStorableKeyType(key.type)) {
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

    // Re-read so lines added by another process meanwhile are kept. The
    // file may be the user's own OpenSSH one, so every line stays as it is,
    // also those this class cannot use.
    auto current = readContent();
    if (!current)
        return current.error();
    QByteArray content = std::move(current).value();
    const QByteArray lineEnd =
        content.contains("\r\n") ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n");
    if (!content.isEmpty() && !content.endsWith('\n'))
        content += lineEnd;
    content += entryLine(targetKey, key, comment) + lineEnd;

    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error(ErrorKind::LocalIo,
                     Tr::tr("Cannot write the known hosts file %1: %2.").arg(m_path, file.errorString()));
    }
    file.write(content);
    if (!file.commit()) {
        return Error(ErrorKind::LocalIo,
                     Tr::tr("Cannot write the known hosts file %1: %2.").arg(m_path, file.errorString()));
    }
    m_entries = parseEntries(content);
    qCInfo(lcSsh) << "stored host key" << key.type << key.sha256Fingerprint() << "for" << targetKey;
    return {};
}

} // namespace vh
