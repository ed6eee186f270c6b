#include "transfer/remotepath.h"

#include <QCoreApplication>
#include <QDir>

namespace vh {

namespace {

struct Tr final
{
    Q_DECLARE_TR_FUNCTIONS(vh::RemotePath)
};

bool isWildcardSegment(const QString &segment)
{
    return segment.contains(QLatin1Char('*')) || segment.contains(QLatin1Char('?'));
}

// Recursive matcher for * and ? inside one name; names are short, so the
// worst case of the backtracking does not matter.
bool matchFrom(const QString &glob, qsizetype g, const QString &name, qsizetype n)
{
    while (g < glob.size()) {
        const QChar c = glob.at(g);
        if (c == QLatin1Char('*')) {
            while (g < glob.size() && glob.at(g) == QLatin1Char('*'))
                ++g;
            if (g == glob.size())
                return true;
            for (qsizetype i = n; i <= name.size(); ++i) {
                if (matchFrom(glob, g, name, i))
                    return true;
            }
            return false;
        }
        if (n >= name.size())
            return false;
        if (c != QLatin1Char('?') && c != name.at(n))
            return false;
        ++g;
        ++n;
    }
    return n == name.size();
}

bool isHiddenSkipped(const QString &name, HiddenNames hidden)
{
    return hidden == HiddenNames::Skip && name.startsWith(QLatin1Char('.'));
}

bool matchSegment(const QString &glob, const QString &name, HiddenNames hidden)
{
    return hidden == HiddenNames::Match ? matchFrom(glob, 0, name, 0) : matchGlobSegment(glob, name);
}

bool matchSegments(const QStringList &segments, qsizetype s, const QStringList &names, qsizetype n,
                   HiddenNames hidden)
{
    if (s == segments.size())
        return n == names.size();
    if (segments.at(s) == QLatin1String("**")) {
        // Zero folders, or one more folder and try again.
        if (matchSegments(segments, s + 1, names, n, hidden))
            return true;
        return n < names.size() && !isHiddenSkipped(names.at(n), hidden)
               && matchSegments(segments, s, names, n + 1, hidden);
    }
    return n < names.size() && matchSegment(segments.at(s), names.at(n), hidden)
           && matchSegments(segments, s + 1, names, n + 1, hidden);
}

bool prefixCanMatch(const QStringList &segments, qsizetype s, const QStringList &names, qsizetype n,
                    HiddenNames hidden)
{
    if (n == names.size())
        return s < segments.size(); // a folder needs at least one more segment for its files
    if (s == segments.size())
        return false;
    if (segments.at(s) == QLatin1String("**")) {
        return prefixCanMatch(segments, s + 1, names, n, hidden)
               || (!isHiddenSkipped(names.at(n), hidden) && prefixCanMatch(segments, s, names, n + 1, hidden));
    }
    return matchSegment(segments.at(s), names.at(n), hidden)
           && prefixCanMatch(segments, s + 1, names, n + 1, hidden);
}

bool isReservedWindowsName(const QString &name)
{
    // Windows reserves these device names with any extension ("nul.txt").
    const QString base = name.section(QLatin1Char('.'), 0, 0).trimmed().toUpper();
    static const QStringList fixed = {QStringLiteral("CON"), QStringLiteral("PRN"),
                                      QStringLiteral("AUX"), QStringLiteral("NUL"),
                                      QStringLiteral("CONIN$"), QStringLiteral("CONOUT$")};
    if (fixed.contains(base))
        return true;
    if (base.size() == 4 && (base.startsWith(QLatin1String("COM")) || base.startsWith(QLatin1String("LPT")))) {
        const QChar digit = base.at(3);
        return digit >= QLatin1Char('0') && digit <= QLatin1Char('9');
    }
    return false;
}

} // namespace

Result<RemotePattern> RemotePattern::parse(const QString &pattern)
{
    QString text = pattern.trimmed();
    if (text.isEmpty())
        return Error(ErrorKind::Usage, Tr::tr("The remote pattern is empty. Give a path such as "
                                              "/workspace/**/*.gguf."));
    if (text.startsWith(QLatin1String("~/")))
        text = text.mid(2);
    // No listed name contains a control character, so such a pattern could
    // never match; it is most likely a pasting mistake.
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            return Error(ErrorKind::Usage,
                         Tr::tr("The remote pattern '%1' contains a control character (code %2).")
                             .arg(QString(text).replace(c, QLatin1Char('?')))
                             .arg(c.unicode()));
        }
    }

    RemotePattern result;
    result.text = pattern;
    const bool absolute = text.startsWith(QLatin1Char('/'));
    const QStringList parts = text.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return Error(ErrorKind::Usage, Tr::tr("The remote pattern '%1' names no file.").arg(pattern));

    qsizetype firstWildcard = parts.size();
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString &part = parts.at(i);
        if (part == QLatin1String("..")) {
            return Error(ErrorKind::Usage,
                         Tr::tr("The remote pattern '%1' contains '..'; give the folder directly.")
                             .arg(pattern));
        }
        if (part.contains(QLatin1String("**")) && part != QLatin1String("**")) {
            return Error(ErrorKind::Usage,
                         Tr::tr("In the remote pattern '%1', '**' must stand alone between slashes, "
                                "as in /workspace/**/*.gguf.")
                             .arg(pattern));
        }
        if (isWildcardSegment(part) && firstWildcard == parts.size())
            firstWildcard = i;
    }

    // Without a wildcard the last name is the file (or folder) itself, and
    // its parent is the prefix, so the local copy keeps that name.
    result.hasWildcard = firstWildcard < parts.size();
    const qsizetype split = result.hasWildcard ? firstWildcard : parts.size() - 1;
    QStringList prefix = parts.mid(0, split);
    prefix.removeAll(QStringLiteral("."));
    result.fixedPrefix = (absolute ? QStringLiteral("/") : QString()) + prefix.join(QLatin1Char('/'));
    if (result.fixedPrefix.isEmpty())
        result.fixedPrefix = QStringLiteral(".");
    result.segments = parts.mid(split);
    // A listing never contains ".", so such a segment could never match.
    if (result.segments.contains(QStringLiteral("."))) {
        return Error(ErrorKind::Usage,
                     Tr::tr("The remote pattern '%1' has '.' at its end or after a wildcard; leave it out.")
                         .arg(pattern));
    }
    return result;
}

bool matchGlobSegment(const QString &glob, const QString &name)
{
    if (name.startsWith(QLatin1Char('.')) && !glob.startsWith(QLatin1Char('.')))
        return false;
    return matchFrom(glob, 0, name, 0);
}

bool matchGlobPath(const QStringList &segments, const QStringList &names, HiddenNames hidden)
{
    return matchSegments(segments, 0, names, 0, hidden);
}

bool globCanMatchBelow(const QStringList &segments, const QStringList &names, HiddenNames hidden)
{
    return prefixCanMatch(segments, 0, names, 0, hidden);
}

// The maximum length of one name on common file systems, and the longest
// suffix a file has while it downloads (see FileDownloader::partPath and
// RangedDownload).
constexpr int maximumNameLength = 255;
const QLatin1String longestDownloadSuffix(".part.ranges");

Result<QString> localRelativePath(const QStringList &remoteNames, bool *mapped)
{
    if (mapped)
        *mapped = false;
    if (remoteNames.isEmpty())
        return Error(ErrorKind::RemoteIo, Tr::tr("The remote file has no name."));

    QStringList localNames;
    for (const QString &remoteName : remoteNames) {
        const QString shown = remoteName.toHtmlEscaped();
        if (remoteName.isEmpty() || remoteName == QLatin1String(".")
            || remoteName == QLatin1String("..")) {
            return Error(ErrorKind::RemoteIo,
                         Tr::tr("The remote name '%1' would leave the destination folder; the file "
                                "was skipped.")
                             .arg(shown));
        }
        if (remoteName.contains(QLatin1Char('/'))) {
            return Error(ErrorKind::RemoteIo,
                         Tr::tr("The server sent a file name with a slash ('%1'); the file was "
                                "skipped.")
                             .arg(shown));
        }
        QString name;
        name.reserve(remoteName.size());
        for (const QChar c : remoteName) {
            if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
                return Error(ErrorKind::RemoteIo,
                             Tr::tr("The remote name '%1' contains a control character; the file "
                                    "was skipped.")
                                 .arg(QString(remoteName).replace(c, QLatin1Char('?')).toHtmlEscaped()));
            }
            static const QString forbidden = QStringLiteral("<>:\"|?*\\");
            name.append(forbidden.contains(c) ? QLatin1Char('_') : c);
        }
        while (name.endsWith(QLatin1Char('.')) || name.endsWith(QLatin1Char(' ')))
            name.back() = QLatin1Char('_');
        if (isReservedWindowsName(name))
            name.prepend(QLatin1Char('_'));
        // File systems allow 255 bytes (ext4) or 255 UTF-16 units (NTFS) in
        // one name, and while it downloads the file's name carries the
        // longest suffix ".part.ranges" as well.
        const bool isFileName = localNames.size() == remoteNames.size() - 1;
        const int room = isFileName ? maximumNameLength - int(longestDownloadSuffix.size()) : maximumNameLength;
        const int length = int(qMax(name.toUtf8().size(), name.size()));
        if (length > room) {
            return Error(ErrorKind::RemoteIo,
                         Tr::tr("The remote name '%1…' is too long to save here: %2 bytes, and at most %3 "
                                "fit. The file was skipped; rename it on the instance.")
                             .arg(shown.left(40))
                             .arg(length)
                             .arg(room));
        }
        if (mapped && name != remoteName)
            *mapped = true;
        localNames.append(name);
    }
    return localNames.join(QLatin1Char('/'));
}

Result<QString> resolveInsideDestination(const QString &destination, const QString &relativePath)
{
    const QString root = QDir::cleanPath(QDir(destination).absolutePath());
    const QString joined = QDir::cleanPath(root + QLatin1Char('/') + relativePath);
    const QString rootWithSlash = root.endsWith(QLatin1Char('/')) ? root : root + QLatin1Char('/');
    if (QDir::isAbsolutePath(relativePath) || !joined.startsWith(rootWithSlash)) {
        return Error(ErrorKind::RemoteIo,
                     Tr::tr("The path '%1' would end up outside the destination folder %2; the file "
                            "was skipped.")
                         .arg(relativePath, root));
    }
    return joined;
}

QByteArray shellQuote(const QString &text)
{
    QByteArray quoted = text.toUtf8();
    quoted.replace('\'', "'\\''");
    return '\'' + quoted + '\'';
}

} // namespace vh
