#pragma once

#include <QMetaType>
#include <QString>

namespace vh {

// The domain an error comes from; the CLI maps each to its exit code and the
// GUI picks banner or dialog from it.
enum class ErrorKind {
    None,
    Usage,           // bad option, pattern or size given by the user
    Network,         // connect, resolve, dropped link
    Timeout,
    Authentication,  // SSH or API credentials rejected
    HostKeyUnknown,  // first contact and nobody accepted the key
    HostKeyChanged,  // stored key differs from the offered one
    HostKeyRevoked,  // the offered key is marked revoked in known hosts
    RemoteIo,        // SFTP or remote command failure on one path
    PermissionDenied,
    NotFound,
    LocalIo,         // local read or write failure
    DiskFull,
    Cancelled,
    Verification,    // size, hash, format or freshness check failed
    Provider,        // API answered with an error or nonsense
    RateLimited,
    GateClosed,      // destroy refused by the destroy gate
    Internal,
};

struct Error
{
    ErrorKind kind = ErrorKind::None;
    QString message; // translated sentence naming the value and the next step
    QString detail;  // raw library text (libssh2 message, HTTP body), for logs

    Error() = default;
    Error(ErrorKind errorKind, QString text, QString rawDetail = {})
        : kind(errorKind), message(std::move(text)), detail(std::move(rawDetail))
    {
    }

    bool isError() const { return kind != ErrorKind::None; }
    // Errors after which reconnecting and resuming may succeed.
    bool isTransient() const { return kind == ErrorKind::Network || kind == ErrorKind::Timeout; }
};

// Stable lower-case name of a kind, used in journals and JSON output.
QString errorKindName(ErrorKind kind);

} // namespace vh

Q_DECLARE_METATYPE(vh::Error)
