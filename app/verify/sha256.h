#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace vh {

// Incremental SHA-256 on OpenSSL's EVP interface. Measured on 1 GiB it runs
// about ten times faster than Qt 6.4's QCryptographicHash on CPUs with the
// SHA extensions, which decides how long the user waits before Destroy.
class Sha256 final
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(const char *data, qint64 length);
    void addData(const QByteArray &data) { addData(data.constData(), data.size()); }
    // Lower-case hex digest; the object must not be fed afterwards.
    QString finalHex();

    // Returns true for 64 lower- or upper-case hex digits.
    static bool isHexDigest(const QString &text);

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

using HashProgress = std::function<void(qint64 bytesDone)>;

// Hashes a file read back from disk in large blocks. Cancelled between
// blocks when the flag turns true; progress is called after every block.
Result<QString> sha256OfFile(const QString &path, const std::atomic_bool *cancelled = nullptr,
                             const HashProgress &progress = {});

} // namespace vh
