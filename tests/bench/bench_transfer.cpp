// Measures one piece of the engine in isolation, for bench-transfer.sh:
//   vh_bench_transfer download HOST PORT USER KEY KNOWN_HOSTS REMOTE LOCAL READ_SIZE
//   vh_bench_transfer hash FILE
//   vh_bench_transfer make-gguf FILE SIZE_MIB
//   vh_bench_transfer verify FILE EXPECTED_SHA256
// and prints "seconds bytes" on stdout.
#include "transfer/filedownloader.h"
#include "transfer/sshsession.h"
#include "verify/fileverifier.h"
#include "verify/ggufcheck.h"
#include "verify/samplemodels.h"
#include "verify/sha256.h"

#include <QRandomGenerator>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

using namespace vh;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    QElapsedTimer clock;

    if (arguments.value(1) == QLatin1String("hash") && arguments.size() == 3) {
        clock.start();
        const auto digest = sha256OfFile(arguments.at(2));
        if (!digest) {
            std::fprintf(stderr, "%s\n", qPrintable(digest.error().message));
            return 1;
        }
        std::printf("%.3f %lld %s\n", clock.nsecsElapsed() / 1e9, QFileInfo(arguments.at(2)).size(),
                    qPrintable(digest.value()));
        return 0;
    }

    if (arguments.value(1) == QLatin1String("make-gguf") && arguments.size() == 4) {
        // One F32 tensor of SIZE_MIB, random data, written in 4 MiB pieces.
        const qint64 elements = arguments.at(3).toLongLong() * 1024 * 1024 / 4;
        GgufSpec spec = sampleGgufSpec(3);
        spec.tensors = {GgufTensorSpec{QByteArrayLiteral("bench.weight"), {1024, elements / 1024}, ggml::typeF32, -1}};
        spec.headerOnly = true;
        QFile file(arguments.at(2));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 1;
        file.write(makeGguf(spec));
        QByteArray block(4 * 1024 * 1024, Qt::Uninitialized);
        for (qint64 left = elements * 4; left > 0; left -= block.size()) {
            QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
            file.write(block.constData(), qMin<qint64>(left, block.size()));
        }
        return 0;
    }

    if (arguments.value(1) == QLatin1String("verify") && arguments.size() == 4) {
        FileRecord record;
        record.localPath = arguments.at(2);
        record.localRelativePath = QFileInfo(record.localPath).fileName();
        record.remoteSize = record.remoteSizeAfter = QFileInfo(record.localPath).size();
        record.remoteSha256 = arguments.at(3);
        clock.start();
        verifyFileRecord(record, VerifyOptions{});
        if (record.verdict != FileVerdict::Verified) {
            std::fprintf(stderr, "%s\n", qPrintable(record.reason));
            return 1;
        }
        std::printf("%.3f %lld\n", clock.nsecsElapsed() / 1e9, record.localSize);
        return 0;
    }

    if (arguments.value(1) == QLatin1String("download") && arguments.size() == 10) {
        SshConnectOptions options;
        options.host = arguments.at(2);
        options.port = quint16(arguments.at(3).toUInt());
        options.user = arguments.at(4);
        options.identityFiles = {arguments.at(5)};
        options.useAgent = false;
        options.knownHostsPath = arguments.at(6);
        options.hostKeyPrompt = [](const HostKeyQuestion &) { return HostKeyDecision::AcceptAndRemember; };
        SshSession session;
        clock.start();
        if (auto connected = session.connect(options, nullptr); !connected) {
            std::fprintf(stderr, "%s\n", qPrintable(connected.error().message));
            return 1;
        }
        DownloadRequest request;
        request.remotePath = arguments.at(7);
        request.localPath = arguments.at(8);
        request.readSize = arguments.at(9).toLongLong();
        QFile::remove(request.localPath);
        QFile::remove(FileDownloader::partPath(request.localPath));
        FileDownloader downloader(session);
        const auto outcome = downloader.download(request, nullptr, {});
        if (!outcome) {
            std::fprintf(stderr, "%s\n", qPrintable(outcome.error().message));
            return 1;
        }
        std::printf("%.3f %lld\n", clock.nsecsElapsed() / 1e9, outcome->finalSize);
        return 0;
    }

    std::fprintf(stderr, "usage: vh_bench_transfer download HOST PORT USER KEY KNOWN_HOSTS REMOTE LOCAL READ_SIZE\n"
                         "       vh_bench_transfer hash FILE\n"
                         "       vh_bench_transfer make-gguf FILE SIZE_MIB\n"
                         "       vh_bench_transfer verify FILE EXPECTED_SHA256\n");
    return 2;
}
