#pragma once

#include "common/result.h"

#include <QString>

namespace vh {

struct Instance;

// Address of an SSH server: an instance, reached directly or through the
// Vast.ai proxy, or any host given with --ssh.
struct SshEndpoint
{
    QString user = QStringLiteral("root");
    QString host;
    quint16 port = 0;
    bool direct = false; // true: the instance's own address, false: the Vast.ai proxy

    bool isValid() const;
    // user@host:port, with an IPv6 address in brackets.
    QString toString() const;
};

// The endpoint the vastai CLI would print for the instance: its public
// address and the host port mapped to 22/tcp when that mapping exists,
// otherwise the proxy ssh_host:ssh_port, plus one when the image runtype
// mentions jupyter. A missing host or a port outside 1..65535 gives an
// invalid endpoint.
SshEndpoint sshEndpointFor(const Instance &instance);

// Parses `--ssh USER@HOST:PORT`. The user defaults to root and the port to
// 22; an IPv6 address goes in brackets: root@[::1]:2222.
Result<SshEndpoint> parseSshTarget(const QString &userAtHostPort);

} // namespace vh
