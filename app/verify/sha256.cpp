#include "verify/sha256.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QFile>

#include <openssl/evp.h>

#include <vector>

namespace vh {

struct Sha256::Context
{
    EVP_MD_CTX *evp = nullptr;
};

Sha256::Sha256() : m_context(std::make_unique<Context>())
{
    m_context->evp = EVP_MD_CTX_new();
    if (!m_context->evp || EVP_DigestInit_ex(m_context->evp, EVP_sha256(), nullptr) != 1)
        qFatal("OpenSSL could not create a SHA-256 context");
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_context->evp);
}

void Sha256::addData(const char *data, qint64 length)
{
    EVP_DigestUpdate(m_context->evp, data, size_t(length));
}

QString Sha256::finalHex()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_context->evp, digest, &length);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
}

bool Sha256::isHexDigest(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (const QChar c : text) {
        const bool hex = (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                         || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
                         || (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
        if (!hex)
            return false;
    }
    return true;
}

Result<QString> sha256OfFile(const QString &path, const std::atomic_bool *cancelled,
                             const HashProgress &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        return Error(ErrorKind::LocalIo,
                     QCoreApplication::translate("vh::Sha256",
                                                 "Cannot read %1 to compute its SHA-256: %2.")
                         .arg(path, file.errorString()));
    }

    // 4 MiB blocks: large enough that read() calls cost nothing next to the
    // hashing, small enough to stay in cache and answer a cancel quickly.
    constexpr qint64 blockSize = 4 * 1024 * 1024;
    std::vector<char> buffer(blockSize);
    Sha256 hash;
    qint64 done = 0;
    for (;;) {
        if (cancelled && cancelled->load(std::memory_order_relaxed))
            return Error(ErrorKind::Cancelled,
                         QCoreApplication::translate("vh::Sha256", "Hashing %1 was cancelled.")
                             .arg(path));
        const qint64 got = file.read(buffer.data(), blockSize);
        if (got < 0) {
            return Error(ErrorKind::LocalIo,
                         QCoreApplication::translate("vh::Sha256",
                                                     "Reading %1 failed after %2 bytes: %3.")
                             .arg(path)
                             .arg(done)
                             .arg(file.errorString()));
        }
        if (got == 0)
            break;
        hash.addData(buffer.data(), got);
        done += got;
        if (progress)
            progress(done);
    }
    qCDebug(lcVerify) << "hashed" << path << done << "bytes";
    return hash.finalHex();
}

} // namespace vh
