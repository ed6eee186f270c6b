#include "common/platform.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>

#include <csignal>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <cerrno>
#include <cstring>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#ifdef Q_OS_LINUX
#include <sys/syscall.h>
#endif
#endif

namespace vh {

bool syncFileToDisk(QFile &file, QString *errorText)
{
    if (!file.flush()) {
        if (errorText)
            *errorText = file.errorString();
        return false;
    }
#ifdef Q_OS_WIN
    const auto handle = reinterpret_cast<HANDLE>(_get_osfhandle(file.handle()));
    if (handle == INVALID_HANDLE_VALUE || !FlushFileBuffers(handle)) {
        if (errorText)
            *errorText = QStringLiteral("FlushFileBuffers failed with error %1").arg(GetLastError());
        return false;
    }
#else
    if (::fsync(file.handle()) != 0) {
        if (errorText)
            *errorText = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
#endif
    return true;
}

bool setFileModificationTime(const QString &path, qint64 secondsSinceEpoch)
{
    QFile file(path);
    // Windows only changes times through a handle opened for writing; the
    // Append mode keeps the content untouched on every platform.
    if (!file.open(QIODevice::ReadWrite | QIODevice::Append))
        return false;
    return file.setFileTime(QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, Qt::UTC),
                            QFileDevice::FileModificationTime);
}

bool isStandardErrorTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr)) != 0;
#else
    return ::isatty(STDERR_FILENO) != 0;
#endif
}

namespace {
std::atomic_bool interrupted{false};

extern "C" void onInterruptSignal(int)
{
    interrupted.store(true);
}
} // namespace

const std::atomic_bool &installInterruptFlag()
{
    std::signal(SIGINT, onInterruptSignal);
    std::signal(SIGTERM, onInterruptSignal);
#ifdef SIGBREAK
    std::signal(SIGBREAK, onInterruptSignal);
#endif
    return interrupted;
}

void lowerCurrentThreadPriority()
{
#ifdef Q_OS_WIN
    SetThreadPriority(GetCurrentThread(), THREAD_PRIORITY_BELOW_NORMAL);
#elif defined(Q_OS_LINUX)
    // On Linux each thread has its own nice value, addressed by its id.
    ::setpriority(PRIO_PROCESS, id_t(::syscall(SYS_gettid)), 10);
#endif
}

qint64 currentProcessId()
{
    return QCoreApplication::applicationPid();
}

QByteArray fileIdentity(const QString &path)
{
#ifdef Q_OS_WIN
    const std::wstring name = QDir::toNativeSeparators(path).toStdWString();
    // Zero access rights are enough to read attributes, and the sharing
    // flags let the file be written or renamed by others meanwhile.
    HANDLE handle = CreateFileW(name.c_str(), 0, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr,
                                OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (handle == INVALID_HANDLE_VALUE)
        return {};
    BY_HANDLE_FILE_INFORMATION information{};
    FILE_BASIC_INFO basic{};
    const bool read = GetFileInformationByHandle(handle, &information)
                      && GetFileInformationByHandleEx(handle, FileBasicInfo, &basic, sizeof(basic));
    CloseHandle(handle);
    if (!read)
        return {};
    return QByteArray::number(quint64(information.dwVolumeSerialNumber)) + ':'
           + QByteArray::number((quint64(information.nFileIndexHigh) << 32) | information.nFileIndexLow) + ':'
           + QByteArray::number(qint64(basic.ChangeTime.QuadPart));
#else
    struct stat status {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return {};
#ifdef Q_OS_DARWIN
    const struct timespec changed = status.st_ctimespec;
#else
    const struct timespec changed = status.st_ctim;
#endif
    return QByteArray::number(quint64(status.st_dev)) + ':' + QByteArray::number(quint64(status.st_ino)) + ':'
           + QByteArray::number(qint64(changed.tv_sec)) + '.' + QByteArray::number(qint64(changed.tv_nsec));
#endif
}

} // namespace vh
