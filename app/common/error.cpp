#include "common/error.h"

namespace vh {

QString errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None: return QStringLiteral("none");
    case ErrorKind::Usage: return QStringLiteral("usage");
    case ErrorKind::Network: return QStringLiteral("network");
    case ErrorKind::Timeout: return QStringLiteral("timeout");
    case ErrorKind::Authentication: return QStringLiteral("authentication");
    case ErrorKind::HostKeyUnknown: return QStringLiteral("host_key_unknown");
    case ErrorKind::HostKeyChanged: return QStringLiteral("host_key_changed");
    case ErrorKind::HostKeyRevoked: return QStringLiteral("host_key_revoked");
    case ErrorKind::RemoteIo: return QStringLiteral("remote_io");
    case ErrorKind::PermissionDenied: return QStringLiteral("permission_denied");
    case ErrorKind::NotFound: return QStringLiteral("not_found");
    case ErrorKind::LocalIo: return QStringLiteral("local_io");
    case ErrorKind::DiskFull: return QStringLiteral("disk_full");
    case ErrorKind::Cancelled: return QStringLiteral("cancelled");
    case ErrorKind::Verification: return QStringLiteral("verification");
    case ErrorKind::Provider: return QStringLiteral("provider");
    case ErrorKind::RateLimited: return QStringLiteral("rate_limited");
    case ErrorKind::GateClosed: return QStringLiteral("gate_closed");
    case ErrorKind::Internal: return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

} // namespace vh
