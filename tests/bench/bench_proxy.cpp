// A delay and bandwidth proxy for bench-wan.sh:
//   vh_bench_proxy TARGET_PORT LATENCY_MS_EACH_WAY [BYTES_PER_SECOND]
// prints the port it listens on, then forwards to 127.0.0.1:TARGET_PORT
// until it is killed.
#include "tcpproxy.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 3) {
        std::fprintf(stderr, "usage: vh_bench_proxy TARGET_PORT LATENCY_MS_EACH_WAY [BYTES_PER_SECOND]\n");
        return 2;
    }
    vh::test::TcpProxy proxy(QStringLiteral("127.0.0.1"), quint16(arguments.at(1).toUInt()));
    proxy.setLatency(arguments.at(2).toInt());
    if (arguments.size() > 3)
        proxy.setBandwidth(arguments.at(3).toLongLong());
    if (!proxy.startProxy())
        return 1;
    std::printf("%u\n", unsigned(proxy.port()));
    std::fflush(stdout);
    return app.exec();
}
