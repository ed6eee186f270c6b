#include "cloud/sshendpoint.h"

#include "cloud/instance.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace vh {

namespace {

struct Tr final
{
    Q_DECLARE_TR_FUNCTIONS(vh::SshEndpoint)
};

constexpr int maximumPort = 65535;

// Ports outside the TCP range leave the endpoint at 0, which isValid() rejects.
quint16 checkedPort(qint64 port)
{
    return (port >= 1 && port <= maximumPort) ? quint16(port) : quint16(0);
}

Error targetError(const QString &target, const QString &reason)
{
    //: %1 is what the user typed after --ssh, %2 the reason it is wrong.
    return Error(ErrorKind::Usage,
                 Tr::tr("'%1' is not a valid SSH target: %2. Write it as USER@HOST:PORT, for "
                        "example root@203.0.113.5:22 or root@[::1]:2222.")
                     .arg(target, reason));
}

bool isPlausibleHost(const QString &host)
{
    for (const QChar character : host) {
        if (character.isSpace() || character == QLatin1Char('@') || character == QLatin1Char('/')
            || character.unicode() < 0x21)
            return false;
    }
    return !host.isEmpty() && !host.startsWith(QLatin1Char('-'));
}

} // namespace

bool SshEndpoint::isValid() const
{
    return !user.isEmpty() && !host.isEmpty() && port != 0;
}

QString SshEndpoint::toString() const
{
    const QString shownHost = host.contains(QLatin1Char(':'))
        ? QStringLiteral("[%1]").arg(host)
        : host;
    return QStringLiteral("%1@%2:%3").arg(user, shownHost, QString::number(port));
}

SshEndpoint sshEndpointFor(const Instance &instance)
{
    SshEndpoint endpoint;
    const auto direct = instance.ports.constFind(QStringLiteral("22/tcp"));
    if (direct != instance.ports.constEnd()) {
        // Same choice as the vastai CLI's ssh-url: once the mapping exists the
        // direct address is used, and a broken mapping is an error rather than
        // a silent switch to the proxy.
        endpoint.direct = true;
        endpoint.host = instance.publicIpAddress;
        if (!direct->isEmpty()) {
            bool ok = false;
            const qint64 port = direct->first().hostPort.toLongLong(&ok);
            endpoint.port = ok ? checkedPort(port) : quint16(0);
        }
        return endpoint;
    }

    endpoint.direct = false;
    endpoint.host = instance.sshHost;
    qint64 port = instance.sshPort;
    if (port > 0 && instance.imageRuntype.contains(QLatin1String("jupyter")))
        port += 1;
    endpoint.port = checkedPort(port);
    return endpoint;
}

Result<SshEndpoint> parseSshTarget(const QString &userAtHostPort)
{
    const QString target = userAtHostPort.trimmed();
    SshEndpoint endpoint;
    endpoint.direct = true;
    endpoint.port = 22;
    if (target.isEmpty())
        return targetError(target, Tr::tr("it is empty"));

    QString rest = target;
    const qsizetype at = rest.lastIndexOf(QLatin1Char('@'));
    if (at >= 0) {
        endpoint.user = rest.left(at);
        rest = rest.mid(at + 1);
        if (endpoint.user.isEmpty())
            return targetError(target, Tr::tr("the user name before '@' is empty"));
        if (!isPlausibleHost(endpoint.user))
            return targetError(target, Tr::tr("the user name contains spaces or '/'"));
    }

    QString portText;
    if (rest.startsWith(QLatin1Char('['))) {
        const qsizetype close = rest.indexOf(QLatin1Char(']'));
        if (close < 0)
            return targetError(target, Tr::tr("the '[' of the IPv6 address is not closed"));
        endpoint.host = rest.mid(1, close - 1);
        const QString after = rest.mid(close + 1);
        if (!after.isEmpty()) {
            if (!after.startsWith(QLatin1Char(':')))
                return targetError(target, Tr::tr("only ':PORT' may follow the IPv6 address"));
            portText = after.mid(1);
            if (portText.isEmpty())
                return targetError(target, Tr::tr("the port after ':' is empty"));
        }
        QHostAddress address;
        if (!address.setAddress(endpoint.host)
            || address.protocol() != QAbstractSocket::IPv6Protocol)
            return targetError(target, Tr::tr("'%1' is not an IPv6 address").arg(endpoint.host));
    } else {
        const qsizetype colon = rest.indexOf(QLatin1Char(':'));
        if (colon >= 0 && rest.indexOf(QLatin1Char(':'), colon + 1) >= 0)
            return targetError(target, Tr::tr("an IPv6 address must be written in brackets"));
        endpoint.host = colon >= 0 ? rest.left(colon) : rest;
        if (colon >= 0) {
            portText = rest.mid(colon + 1);
            if (portText.isEmpty())
                return targetError(target, Tr::tr("the port after ':' is empty"));
        }
    }

    if (!isPlausibleHost(endpoint.host))
        return targetError(target, Tr::tr("the host name is empty or contains spaces"));
    if (!portText.isEmpty()) {
        bool ok = false;
        const qint64 port = portText.toLongLong(&ok);
        endpoint.port = ok ? checkedPort(port) : quint16(0);
        if (endpoint.port == 0)
            return targetError(target, Tr::tr("the port must be a number from 1 to 65535"));
    }
    return endpoint;
}

} // namespace vh
