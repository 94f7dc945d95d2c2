// Parsing of rightresponse-cli's arguments into CliOptions.

#include "clioptions.h"

#include <QTest>

using namespace rr;

class TstCliOptions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void triageDefaults()
    {
        const CliOptions o = parseCliArguments({QStringLiteral("cli"), QStringLiteral("triage")});
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QCOMPARE(o.command, CliOptions::Command::Triage);
        QCOMPARE(o.input, QStringLiteral("-"));
        QCOMPARE(o.format, OutputFormat::Csv);
        QVERIFY(o.rulesFile.isEmpty());
    }
    void triageAll()
    {
        const CliOptions o = parseCliArguments(
            {QStringLiteral("cli"), QStringLiteral("triage"), QStringLiteral("--rules"), QStringLiteral("r.json"),
             QStringLiteral("--map"), QStringLiteral("id=Event Number"), QStringLiteral("--map=call_type=Tencode"),
             QStringLiteral("--format"), QStringLiteral("JSONL"), QStringLiteral("in.csv")});
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QCOMPARE(o.rulesFile, QStringLiteral("r.json"));
        QCOMPARE(o.maps, (QStringList{QStringLiteral("id=Event Number"), QStringLiteral("call_type=Tencode")}));
        QCOMPARE(o.format, OutputFormat::Jsonl);
        QCOMPARE(o.input, QStringLiteral("in.csv"));
    }
    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        auto row = [](const char *tag, QStringList args, const char *mentions) {
            args.prepend(QStringLiteral("cli"));
            QTest::newRow(tag) << args << QString::fromUtf8(mentions);
        };
        row("no command", {}, "no command");
        row("unknown command", {QStringLiteral("triag")}, "unknown command 'triag'");
        row("bad format", {QStringLiteral("triage"), QStringLiteral("--format"), QStringLiteral("xml")}, "xml");
        row("two files", {QStringLiteral("triage"), QStringLiteral("a"), QStringLiteral("b")}, "one file");
        row("unknown option", {QStringLiteral("triage"), QStringLiteral("--frobnicate")}, "frobnicate");
        row("generate without calls", {QStringLiteral("generate")}, "--calls");
        row("generate negative", {QStringLiteral("generate"), QStringLiteral("--calls"), QStringLiteral("-3")}, "--calls");
        row("generate bad seed",
            {QStringLiteral("generate"), QStringLiteral("--calls"), QStringLiteral("3"), QStringLiteral("--seed"),
             QStringLiteral("x")},
            "--seed");
        row("generate bad start",
            {QStringLiteral("generate"), QStringLiteral("--calls"), QStringLiteral("3"), QStringLiteral("--start"),
             QStringLiteral("yesterday")},
            "--start");
    }
    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const CliOptions o = parseCliArguments(args);
        QVERIFY2(o.error.contains(mentions), qPrintable(o.error));
        QVERIFY(!o.helpText.isEmpty());
    }
    void generate()
    {
        const CliOptions o = parseCliArguments({QStringLiteral("cli"), QStringLiteral("generate"), QStringLiteral("--calls"),
                                                QStringLiteral("25"), QStringLiteral("--seed"), QStringLiteral("9"),
                                                QStringLiteral("--start"), QStringLiteral("2024-05-01T08:00:00")});
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QCOMPARE(o.command, CliOptions::Command::Generate);
        QCOMPARE(o.calls, 25);
        QCOMPARE(o.seed, 9u);
        QCOMPARE(o.start.time().hour(), 8);
    }
    void helpAndVersion()
    {
        QCOMPARE(parseCliArguments({QStringLiteral("cli"), QStringLiteral("--help")}).command, CliOptions::Command::Help);
        QCOMPARE(parseCliArguments({QStringLiteral("cli"), QStringLiteral("--version")}).command,
                 CliOptions::Command::Version);
        const CliOptions t = parseCliArguments({QStringLiteral("cli"), QStringLiteral("triage"), QStringLiteral("--help")});
        QCOMPARE(t.command, CliOptions::Command::Help);
        QVERIFY(t.helpText.contains(QStringLiteral("--map")));
    }
};

QTEST_GUILESS_MAIN(TstCliOptions)
#include "tst_clioptions.moc"
