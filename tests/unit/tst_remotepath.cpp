#include "transfer/remotepath.h"

#include <QTest>

using namespace vh;

class TestRemotePath : public QObject
{
    Q_OBJECT

private slots:
    void parsePattern_data();
    void parsePattern();
    void parseRejects_data();
    void parseRejects();
    void matchSegment_data();
    void matchSegment();
    void matchPath_data();
    void matchPath();
    void localPath_data();
    void localPath();
    void localPathRejects_data();
    void localPathRejects();
    void resolveStaysInside();
    void shellQuoteEscapes();
};

void TestRemotePath::parsePattern_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QStringList>("segments");

    QTest::newRow("globstar") << "/workspace/**/final/*.gguf" << "/workspace"
                              << QStringList{"**", "final", "*.gguf"};
    QTest::newRow("plain file") << "/workspace/out/model.gguf" << "/workspace/out"
                                << QStringList{"model.gguf"};
    QTest::newRow("file in root") << "/model.gguf" << "/" << QStringList{"model.gguf"};
    QTest::newRow("wildcard first") << "/*/x.bin" << "/" << QStringList{"*", "x.bin"};
    QTest::newRow("relative") << "out/*.safetensors" << "out" << QStringList{"*.safetensors"};
    QTest::newRow("home") << "~/ckpt/?.pt" << "ckpt" << QStringList{"?.pt"};
    QTest::newRow("double slash") << "/a//b/*.gguf" << "/a/b" << QStringList{"*.gguf"};
}

void TestRemotePath::parsePattern()
{
    QFETCH(QString, pattern);
    QFETCH(QString, prefix);
    QFETCH(QStringList, segments);
    const auto parsed = RemotePattern::parse(pattern);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->fixedPrefix, prefix);
    QCOMPARE(parsed->segments, segments);
}

void TestRemotePath::parseRejects_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::newRow("empty") << "";
    QTest::newRow("only slash") << "/";
    QTest::newRow("dot dot") << "/workspace/../etc/*";
    QTest::newRow("glued globstar") << "/workspace/**x/*.gguf";
    QTest::newRow("newline") << "/workspace/a\nb.gguf";
    QTest::newRow("control character") << "/workspace/\x01*.gguf";
    QTest::newRow("trailing dot") << "/workspace/out/.";
    QTest::newRow("dot after wildcard") << "/workspace/*/.";
}

void TestRemotePath::parseRejects()
{
    QFETCH(QString, pattern);
    const auto parsed = RemotePattern::parse(pattern);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().kind, ErrorKind::Usage);
}

void TestRemotePath::matchSegment_data()
{
    QTest::addColumn<QString>("glob");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("matches");

    QTest::newRow("star") << "*.gguf" << "model.gguf" << true;
    QTest::newRow("star other ext") << "*.gguf" << "model.bin" << false;
    QTest::newRow("question") << "model-?.pt" << "model-1.pt" << true;
    QTest::newRow("question needs one") << "model-?.pt" << "model-.pt" << false;
    QTest::newRow("star matches empty") << "model*.pt" << "model.pt" << true;
    QTest::newRow("hidden skipped") << "*" << ".cache" << false;
    QTest::newRow("hidden explicit") << ".*" << ".cache" << true;
    QTest::newRow("literal") << "a.bin" << "a.bin" << true;
    QTest::newRow("several stars") << "*-*-of-*.gguf" << "m-00001-of-00003.gguf" << true;
}

void TestRemotePath::matchSegment()
{
    QFETCH(QString, glob);
    QFETCH(QString, name);
    QFETCH(bool, matches);
    QCOMPARE(matchGlobSegment(glob, name), matches);
}

void TestRemotePath::matchPath_data()
{
    QTest::addColumn<QStringList>("segments");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<bool>("matches");

    const QStringList globstar{"**", "final", "*.gguf"};
    QTest::newRow("zero folders") << globstar << QStringList{"final", "a.gguf"} << true;
    QTest::newRow("two folders") << globstar << QStringList{"x", "y", "final", "a.gguf"} << true;
    QTest::newRow("wrong folder") << globstar << QStringList{"x", "draft", "a.gguf"} << false;
    QTest::newRow("hidden folder") << globstar << QStringList{".git", "final", "a.gguf"} << false;
    QTest::newRow("trailing globstar") << QStringList{"**", "*"} << QStringList{"a", "b", "c"} << true;
    QTest::newRow("too deep") << QStringList{"*", "*.pt"} << QStringList{"a", "b", "c.pt"} << false;
}

void TestRemotePath::matchPath()
{
    QFETCH(QStringList, segments);
    QFETCH(QStringList, names);
    QFETCH(bool, matches);
    QCOMPARE(matchGlobPath(segments, names), matches);
}

void TestRemotePath::localPath_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("mapped");

    QTest::newRow("plain") << QStringList{"run3", "model.gguf"} << "run3/model.gguf" << false;
    QTest::newRow("spaces and quotes") << QStringList{"it's a \"model\".bin"} << "it's a _model_.bin" << true;
    QTest::newRow("non-ascii") << QStringList{"modèle-日本.gguf"} << "modèle-日本.gguf" << false;
    QTest::newRow("windows chars") << QStringList{"a<b>c:d|e?f*g"} << "a_b_c_d_e_f_g" << true;
    QTest::newRow("backslash traversal") << QStringList{"..\\..\\evil"} << ".._.._evil" << true;
    QTest::newRow("trailing dot") << QStringList{"name."} << "name_" << true;
    QTest::newRow("trailing space") << QStringList{"name "} << "name_" << true;
    QTest::newRow("reserved") << QStringList{"CON"} << "_CON" << true;
    QTest::newRow("reserved ext") << QStringList{"nul.txt"} << "_nul.txt" << true;
    QTest::newRow("reserved com") << QStringList{"dir", "COM1.log"} << "dir/_COM1.log" << true;
    QTest::newRow("not reserved") << QStringList{"CONSOLE.txt"} << "CONSOLE.txt" << false;
    QTest::newRow("shell chars") << QStringList{"$(rm -rf ~)`id`.bin"} << "$(rm -rf ~)`id`.bin" << false;
    // The longest names that still fit with ".part.ranges" after them, and
    // folder names, which carry no suffix.
    QTest::newRow("longest file name") << QStringList{QString(238, QLatin1Char('a')) + ".gguf"}
                                       << QString(238, QLatin1Char('a')) + ".gguf" << false;
    QTest::newRow("longest folder name") << QStringList{QString(255, QLatin1Char('d')), "m.gguf"}
                                         << QString(255, QLatin1Char('d')) + "/m.gguf" << false;
}

void TestRemotePath::localPath()
{
    QFETCH(QStringList, names);
    QFETCH(QString, expected);
    QFETCH(bool, mapped);
    bool wasMapped = !mapped;
    const auto local = localRelativePath(names, &wasMapped);
    QVERIFY(local.ok());
    QCOMPARE(local.value(), expected);
    QCOMPARE(wasMapped, mapped);
}

void TestRemotePath::localPathRejects_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::newRow("dot dot") << QStringList{"..", "etc", "passwd"};
    QTest::newRow("dot") << QStringList{"."};
    QTest::newRow("empty name") << QStringList{"a", ""};
    QTest::newRow("slash inside") << QStringList{"../../etc/passwd"};
    QTest::newRow("absolute") << QStringList{"/etc/passwd"};
    QTest::newRow("newline") << QStringList{"evil\nname"};
    QTest::newRow("escape") << QStringList{"evil\x1b[2Jname"};
    QTest::newRow("too long") << QStringList{QString(256, QLatin1Char('a'))};
    QTest::newRow("no room for part suffix") << QStringList{QString(250, QLatin1Char('a')) + QStringLiteral(".gguf")};
    QTest::newRow("long in UTF-8") << QStringList{QString(130, QChar(0x00e9)) + QStringLiteral(".gguf")};
    QTest::newRow("folder too long") << QStringList{QString(256, QLatin1Char('d')), QStringLiteral("m.gguf")};
    QTest::newRow("nothing") << QStringList{};
}

void TestRemotePath::localPathRejects()
{
    QFETCH(QStringList, names);
    const auto local = localRelativePath(names);
    QVERIFY(!local.ok());
    QCOMPARE(local.error().kind, ErrorKind::RemoteIo);
}

void TestRemotePath::resolveStaysInside()
{
    const auto inside = resolveInsideDestination(QStringLiteral("/tmp/dest"), QStringLiteral("a/b.gguf"));
    QVERIFY(inside.ok());
    QCOMPARE(inside.value(), QStringLiteral("/tmp/dest/a/b.gguf"));

    QVERIFY(!resolveInsideDestination(QStringLiteral("/tmp/dest"), QStringLiteral("../x")).ok());
    QVERIFY(!resolveInsideDestination(QStringLiteral("/tmp/dest"), QStringLiteral("a/../../x")).ok());
    QVERIFY(!resolveInsideDestination(QStringLiteral("/tmp/dest"), QStringLiteral("/etc/passwd")).ok());
    QVERIFY(!resolveInsideDestination(QStringLiteral("/tmp/dest"), QStringLiteral("../dest2/x")).ok());
    QVERIFY(!resolveInsideDestination(QStringLiteral("/tmp/dest"), QString()).ok());
}

void TestRemotePath::shellQuoteEscapes()
{
    QCOMPARE(shellQuote(QStringLiteral("plain")), QByteArray("'plain'"));
    QCOMPARE(shellQuote(QStringLiteral("it's")), QByteArray("'it'\\''s'"));
    QCOMPARE(shellQuote(QStringLiteral("$(id) `id`")), QByteArray("'$(id) `id`'"));
}

QTEST_GUILESS_MAIN(TestRemotePath)
#include "tst_remotepath.moc"
