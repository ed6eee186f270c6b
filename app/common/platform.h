#pragma once

#include <QString>

#include <atomic>

class QFile;

namespace vh {

// Operating-system calls that Qt does not wrap. They live in platform.cpp,
// the one file allowed to use POSIX or Win32 directly.

// Flushes Qt's buffer and asks the OS to put the file's data on the disk
// (fsync, FlushFileBuffers). Returns false with the reason in errorText.
bool syncFileToDisk(QFile &file, QString *errorText);

// Sets a file's modification time with second precision; false on failure.
bool setFileModificationTime(const QString &path, qint64 secondsSinceEpoch);

// True when stderr is an interactive terminal (not a pipe or file).
bool isStandardErrorTerminal();

// Installs handlers for SIGINT and SIGTERM (Ctrl+C and Ctrl+Break on
// Windows) that only set the returned flag; the caller polls it and shuts
// down cleanly, keeping partial files.
const std::atomic_bool &installInterruptFlag();

// Lowers the calling thread's scheduling priority a little (nice 10 on
// Linux, below normal on Windows), so transfer and hashing threads never
// take the CPU from the window's thread on a busy machine.
void lowerCurrentThreadPriority();

// Process id of the running program, for lock files and logs.
qint64 currentProcessId();

// Which file a path names right now, and when its data or metadata last
// changed: device and inode with ctime on POSIX, volume serial number and
// file index with the NTFS change time on Windows. A file replaced by a
// rename gets another identity, and a write moves the change time, which
// no user call can set back on POSIX. Empty when the file cannot be read.
QByteArray fileIdentity(const QString &path);

} // namespace vh
