// Writes the seed corpora for the fuzz targets from the sample writers:
// OUTDIR/gguf, OUTDIR/safetensors and OUTDIR/zip.
#include "verify/samplemodels.h"

#include <QDir>
#include <QFile>
#include <QStringList>

#include <cstdio>

using namespace vh;

namespace {

bool writeSeed(const QString &directory, const QString &name, const QByteArray &bytes)
{
    if (!QDir().mkpath(directory))
        return false;
    QFile file(QDir(directory).filePath(name));
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
           && file.write(bytes) == bytes.size();
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: fuzz_seeds OUTDIR\n");
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    const QString gguf = out.filePath(QStringLiteral("gguf"));
    const QString safetensors = out.filePath(QStringLiteral("safetensors"));
    const QString zip = out.filePath(QStringLiteral("zip"));
    bool ok = true;

    for (const quint32 version : {1u, 2u, 3u}) {
        ok = ok && writeSeed(gguf, QStringLiteral("sample-v%1.gguf").arg(version),
                             makeGguf(sampleGgufSpec(version)));
    }
    GgufSpec nested = sampleGgufSpec(3);
    nested.metadata.append(
        {"sample.nested",
         GgufValue::array(GgufValueType::Array,
                          {GgufValue::array(GgufValueType::String, {GgufValue::string("a")}),
                           GgufValue::array(GgufValueType::Uint16, {GgufValue::uint16(7)})})});
    nested.tensors.resize(2);
    ok = ok && writeSeed(gguf, QStringLiteral("nested.gguf"), makeGguf(nested));
    GgufSpec wide = sampleGgufSpec(2);
    wide.alignment = 64;
    wide.metadata[3].value = GgufValue::uint32(64);
    ok = ok && writeSeed(gguf, QStringLiteral("align64.gguf"), makeGguf(wide));

    ok = ok && writeSeed(safetensors, QStringLiteral("sample.safetensors"),
                         makeSafetensors(sampleSafetensorsSpec()));
    ok = ok && writeSeed(safetensors, QStringLiteral("escapes.safetensors"),
                         makeSafetensorsFromHeader(
                             R"({"__metadata__":null,"caf\u00e9 \ud83d\ude00":{"dtype":"F6_E2M3",)"
                             R"("shape":[4],"data_offsets":[0,3],"x":[1.5e3,true,null,{}]}})",
                             3));

    ok = ok && writeSeed(zip, QStringLiteral("stored.pt"), makeZip(samplePytorchZipSpec(false)));
    ok = ok && writeSeed(zip, QStringLiteral("deflated.pt"), makeZip(samplePytorchZipSpec(true)));
    ZipSpec zip64 = samplePytorchZipSpec(true);
    zip64.zip64 = true;
    zip64.comment = "zip64";
    ok = ok && writeSeed(zip, QStringLiteral("zip64.zip"), makeZip(zip64));
    ok = ok && writeSeed(zip, QStringLiteral("empty.zip"), makeZip(ZipSpec{}));

    if (!ok) {
        std::fprintf(stderr, "fuzz_seeds: cannot write the seeds into %s\n", argv[1]);
        return 1;
    }
    return 0;
}
