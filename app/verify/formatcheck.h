#pragma once

#include <QString>
#include <QVariantMap>
#include <QtGlobal>

#include <atomic>

namespace vh {

enum class ModelFormat { Unknown, Gguf, Safetensors, Zip };

// Valid: every structural rule is met. Invalid: the file breaks a rule of
// its format. NotChecked: the format is not one of ours, the check was
// cancelled, or the file uses a type this build does not know. NotChecked is
// never a pass. ReadError: the file could not be read, so its format is
// unknown.
enum class FormatStatus { Valid, Invalid, NotChecked, ReadError };

struct FormatVerdict
{
    ModelFormat format = ModelFormat::Unknown;
    FormatStatus status = FormatStatus::NotChecked;
    QString reason;     // first problem found, naming its byte offset; for an unknown format: "format not checked"
    qint64 offset = -1; // byte offset of the problem, -1 when none
    QVariantMap facts;  // for the UI: "architecture", "file_type" (quantisation name), "tensor_count", "parameter_count", "version", ...
    bool cancelled = false; // status is NotChecked because the caller cancelled

    bool isValid() const { return status == FormatStatus::Valid; }
};

struct FormatCheckOptions
{
    // Also decompress every zip entry and compare its CRC-32. This reads the
    // whole archive, whereas the structural checks read only headers.
    bool zipCrcPass = false;
};

// Detects the format from content magic and the file name, then checks it.
// Magic decides first ("GGUF", a zip signature). Next, a .gguf,
// .safetensors, .zip or .npz name selects that checker even when the magic
// is wrong, so that a broken file is reported Invalid rather than unknown. A
// .pt, .pth, .bin or .ckpt file that is not a zip is a legacy pickle and is
// NotChecked.
// Safe to call from a worker thread; cancelled is polled between reads.
FormatVerdict checkFileFormat(const QString &path, const FormatCheckOptions &options = {},
                              const std::atomic_bool *cancelled = nullptr);

QString modelFormatName(ModelFormat format);   // "gguf", "safetensors", "zip", "unknown"
QString formatStatusName(FormatStatus status); // "valid", "invalid", "not_checked", "read_error"

} // namespace vh
