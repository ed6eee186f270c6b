#include "verify/formatcheck.h"

#include "common/logging.h"
#include "verify/checksupport.h"
#include "verify/ggufcheck.h"
#include "verify/safetensorscheck.h"
#include "verify/zipcheck.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <cstring>

namespace vh {

namespace {

struct Tr final
{
    Q_DECLARE_TR_FUNCTIONS(vh::FormatCheck)
};

// Enough for every magic below and the first byte of a safetensors header.
constexpr qint64 sniffLength = 9;

bool startsWith(const QByteArray &head, const char *magic)
{
    const size_t length = std::strlen(magic);
    return size_t(head.size()) >= length && std::memcmp(head.constData(), magic, length) == 0;
}

// An 8-byte little-endian length that fits the file, followed by '{'. Used
// only when the name does not tell, so a false match costs an Invalid verdict
// on a file that would otherwise be NotChecked.
bool looksLikeSafetensors(const QByteArray &head, qint64 size)
{
    if (head.size() < sniffLength || head.at(8) != '{')
        return false;
    const quint64 headerLength = qFromLittleEndian<quint64>(head.constData());
    return headerLength >= 2 && headerLength <= quint64(size - 8);
}

ModelFormat formatFromSuffix(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("gguf"))
        return ModelFormat::Gguf;
    if (suffix == QLatin1String("safetensors"))
        return ModelFormat::Safetensors;
    if (suffix == QLatin1String("zip") || suffix == QLatin1String("npz"))
        return ModelFormat::Zip;
    return ModelFormat::Unknown;
}

ModelFormat detectFormat(const QString &path, const QByteArray &head, qint64 size)
{
    if (startsWith(head, "GGUF"))
        return ModelFormat::Gguf;
    // A local file header, or the end record of an empty archive.
    if (startsWith(head, "PK\x03\x04") || startsWith(head, "PK\x05\x06"))
        return ModelFormat::Zip;

    const ModelFormat byName = formatFromSuffix(path);
    if (byName != ModelFormat::Unknown)
        return byName;
    // NOTE: .pt, .pth, .bin and .ckpt files that are not zips are legacy
    // pickles (or raw tensors); they have no structure to check.
    if (looksLikeSafetensors(head, size))
        return ModelFormat::Safetensors;
    return ModelFormat::Unknown;
}

FormatVerdict notCheckedVerdict()
{
    FormatVerdict verdict;
    verdict.format = ModelFormat::Unknown;
    verdict.status = FormatStatus::NotChecked;
    verdict.reason = Tr::tr("format not checked");
    return verdict;
}

FormatVerdict checkOpenFile(const QString &path, QFile &file, const FormatCheckOptions &options,
                            const std::atomic_bool *cancelled)
{
    const qint64 size = file.size();
    QByteArray head(qMin(size, sniffLength), Qt::Uninitialized);
    if (file.read(head.data(), head.size()) != head.size()) {
        FormatVerdict verdict;
        verdict.format = formatFromSuffix(path);
        verdict.status = FormatStatus::ReadError;
        verdict.offset = 0;
        verdict.reason = Tr::tr("cannot read %1: %2").arg(path, file.errorString());
        return verdict;
    }

    switch (detectFormat(path, head, size)) {
    case ModelFormat::Gguf:
        return checkGguf(file, size, cancelled);
    case ModelFormat::Safetensors:
        return checkSafetensors(file, size, cancelled);
    case ModelFormat::Zip:
        return checkZip(file, size, options, cancelled);
    case ModelFormat::Unknown:
        break;
    }
    return notCheckedVerdict();
}

} // namespace

FormatVerdict checkFileFormat(const QString &path, const FormatCheckOptions &options,
                              const std::atomic_bool *cancelled)
{
    qCDebug(lcVerify).noquote() << "format check of" << path << "started";
    // Unbuffered: the checkers keep their own window and seek a lot, so
    // QFile's buffer would only copy the bytes twice.
    QFile file(path);
    FormatVerdict verdict;
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        // Opening a FIFO would wait for a writer forever, and a folder or a
        // device is no model file either.
        verdict.format = formatFromSuffix(path);
        verdict.status = FormatStatus::ReadError;
        verdict.reason = Tr::tr("%1 is not a regular file").arg(path);
    } else if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        verdict.format = formatFromSuffix(path);
        verdict.status = FormatStatus::ReadError;
        verdict.reason = Tr::tr("cannot open %1: %2").arg(path, file.errorString());
    } else {
        verdict = checkOpenFile(path, file, options, cancelled);
    }

    if (verdict.status == FormatStatus::Valid) {
        qCDebug(lcVerify).noquote() << "format check of" << path << "finished:"
                                    << modelFormatName(verdict.format) << "valid";
    } else {
        qCInfo(lcVerify).noquote() << "format check of" << path << "finished:"
                                   << modelFormatName(verdict.format)
                                   << formatStatusName(verdict.status) << "-" << verdict.reason;
    }
    return verdict;
}

QString modelFormatName(ModelFormat format)
{
    switch (format) {
    case ModelFormat::Gguf: return QStringLiteral("gguf");
    case ModelFormat::Safetensors: return QStringLiteral("safetensors");
    case ModelFormat::Zip: return QStringLiteral("zip");
    case ModelFormat::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QString formatStatusName(FormatStatus status)
{
    switch (status) {
    case FormatStatus::Valid: return QStringLiteral("valid");
    case FormatStatus::Invalid: return QStringLiteral("invalid");
    case FormatStatus::NotChecked: return QStringLiteral("not_checked");
    case FormatStatus::ReadError: return QStringLiteral("read_error");
    }
    return QStringLiteral("not_checked");
}

} // namespace vh
