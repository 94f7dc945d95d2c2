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
            {QStringLiteral("cli"), QStringLiteral("triage"), QStringLiteral("--rules"),
             QStringLiteral("r.json"), QStringLiteral("--map"), QStringLiteral("id=Event Number"),
             QStringLiteral("--map=call_type=Tencode"), QStringLiteral("--format"), QStringLiteral("JSONL"),
             QStringLiteral("in.csv")});
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QCOMPARE(o.rulesFile, QStringLiteral("r.json"));
        QCOMPARE(o.maps,
                 (QStringList{QStringLiteral("id=Event Number"), QStringLiteral("call_type=Tencode")}));
        QCOMPARE(o.format, OutputFormat::Jsonl);
        QCOMPARE(o.input, QStringLiteral("in.csv"));
    }
    void evaluateDefaults()
    {
        const CliOptions o = parseCliArguments({QStringLiteral("cli"), QStringLiteral("evaluate"),
                                                QStringLiteral("--labels"), QStringLiteral("l.csv")});
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QCOMPARE(o.command, CliOptions::Command::Evaluate);
        QCOMPARE(o.input, QStringLiteral("l.csv"));
        QCOMPARE(o.format, OutputFormat::Text);
        QVERIFY(o.rulesFile.isEmpty());
        QVERIFY(o.maps.isEmpty());
        QVERIFY(!o.minAccuracy);
    }
    void evaluateAll()
    {
        const CliOptions o = parseCliArguments(
            {QStringLiteral("cli"), QStringLiteral("evaluate"), QStringLiteral("--labels=-"),
             QStringLiteral("--rules"), QStringLiteral("city.json"), QStringLiteral("--map"),
             QStringLiteral("id=Event Number"), QStringLiteral("--map"), QStringLiteral("expected=Reviewer"),
             QStringLiteral("--format"), QStringLiteral("jsonl"), QStringLiteral("--min-accuracy"),
             QStringLiteral("0.97")});
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QCOMPARE(o.input, QStringLiteral("-"));
        QCOMPARE(o.rulesFile, QStringLiteral("city.json"));
        QCOMPARE(o.maps,
                 (QStringList{QStringLiteral("id=Event Number"), QStringLiteral("expected=Reviewer")}));
        QCOMPARE(o.format, OutputFormat::Jsonl);
        QCOMPARE(o.minAccuracy, std::optional<double>(0.97));
        const CliOptions csv = parseCliArguments(
            {QStringLiteral("cli"), QStringLiteral("evaluate"), QStringLiteral("--labels"),
             QStringLiteral("l.csv"), QStringLiteral("--format=CSV"), QStringLiteral("--min-accuracy=1")});
        QCOMPARE(csv.format, OutputFormat::Csv);
        QCOMPARE(csv.minAccuracy, std::optional<double>(1.0));
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
        row("bad format", {QStringLiteral("triage"), QStringLiteral("--format"), QStringLiteral("xml")},
            "xml");
        row("two files", {QStringLiteral("triage"), QStringLiteral("a"), QStringLiteral("b")}, "one file");
        row("unknown option", {QStringLiteral("triage"), QStringLiteral("--frobnicate")}, "frobnicate");
        row("generate without calls", {QStringLiteral("generate")}, "--calls");
        row("generate negative",
            {QStringLiteral("generate"), QStringLiteral("--calls"), QStringLiteral("-3")}, "--calls");
        row("generate bad seed",
            {QStringLiteral("generate"), QStringLiteral("--calls"), QStringLiteral("3"),
             QStringLiteral("--seed"), QStringLiteral("x")},
            "--seed");
        row("import without file", {QStringLiteral("import")}, "one file");
        row("import two files", {QStringLiteral("import"), QStringLiteral("a"), QStringLiteral("b")},
            "one file");
        row("import db and data-dir",
            {QStringLiteral("import"), QStringLiteral("--db"), QStringLiteral("x"),
             QStringLiteral("--data-dir"), QStringLiteral("/d"), QStringLiteral("f.csv")},
            "exclude");
        row("import empty db", {QStringLiteral("import"), QStringLiteral("--db="), QStringLiteral("f.csv")},
            "--db");
        row("decide no call",
            {QStringLiteral("decide"), QStringLiteral("--dispatcher"), QStringLiteral("D1"),
             QStringLiteral("--accept")},
            "CALL_ID");
        row("decide no dispatcher",
            {QStringLiteral("decide"), QStringLiteral("C1"), QStringLiteral("--accept")}, "--dispatcher");
        row("decide neither",
            {QStringLiteral("decide"), QStringLiteral("C1"), QStringLiteral("--dispatcher"),
             QStringLiteral("D1")},
            "--accept or --override");
        row("decide both",
            {QStringLiteral("decide"), QStringLiteral("C1"), QStringLiteral("--dispatcher"),
             QStringLiteral("D1"), QStringLiteral("--accept"), QStringLiteral("--override"),
             QStringLiteral("police"), QStringLiteral("--reason"), QStringLiteral("other")},
            "--accept or --override");
        row("decide override without reason",
            {QStringLiteral("decide"), QStringLiteral("C1"), QStringLiteral("--dispatcher"),
             QStringLiteral("D1"), QStringLiteral("--override"), QStringLiteral("police")},
            "--reason");
        row("decide bad kind",
            {QStringLiteral("decide"), QStringLiteral("C1"), QStringLiteral("--dispatcher"),
             QStringLiteral("D1"), QStringLiteral("--override"), QStringLiteral("swat"),
             QStringLiteral("--reason"), QStringLiteral("other")},
            "swat");
        row("decide accept with reason",
            {QStringLiteral("decide"), QStringLiteral("C1"), QStringLiteral("--dispatcher"),
             QStringLiteral("D1"), QStringLiteral("--accept"), QStringLiteral("--reason"),
             QStringLiteral("other")},
            "--reason goes with --override");
        const auto screen = [](QStringList more) {
            return QStringList{QStringLiteral("screen"), QStringLiteral("C1"), QStringLiteral("--dispatcher"),
                               QStringLiteral("D1")} +
                   more;
        };
        row("screen no call", {QStringLiteral("screen")}, "CALL_ID");
        row("screen answer instead of call", {QStringLiteral("screen"), QStringLiteral("weapon=no")},
            "CALL_ID");
        row("screen no answer", screen({}), "at least one QUESTION=ANSWER");
        row("screen no dispatcher",
            {QStringLiteral("screen"), QStringLiteral("C1"), QStringLiteral("weapon=no")}, "--dispatcher");
        row("screen unknown question", screen({QStringLiteral("weapn=no")}),
            "unknown screening question 'weapn'");
        row("screen bad answer", screen({QStringLiteral("weapon=maybe")}),
            "'maybe' is not an answer to weapon");
        row("screen empty answer", screen({QStringLiteral("violence=")}), "not an answer to violence");
        row("screen no equals", screen({QStringLiteral("weapon")}), "'weapon' is not QUESTION=ANSWER");
        row("screen twice", screen({QStringLiteral("weapon=no"), QStringLiteral("weapon=yes")}),
            "weapon is answered twice");
        row("calls bad format", {QStringLiteral("calls"), QStringLiteral("--format"), QStringLiteral("xml")},
            "xml");
        row("calls bad limit", {QStringLiteral("calls"), QStringLiteral("--limit"), QStringLiteral("0")},
            "--limit");
        row("calls argument", {QStringLiteral("calls"), QStringLiteral("x")}, "no arguments");
        row("db no action", {QStringLiteral("db")}, "one action");
        row("db unknown action", {QStringLiteral("db"), QStringLiteral("restart")}, "'restart'");
        row("intake no listen", {QStringLiteral("intake")}, "--listen");
        row("intake bad listen",
            {QStringLiteral("intake"), QStringLiteral("--listen"), QStringLiteral("8080")}, "ADDR:PORT");
        row("intake bad port",
            {QStringLiteral("intake"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:70000")},
            "ADDR:PORT");
        row("intake token on the command line",
            {QStringLiteral("intake"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:8080"),
             QStringLiteral("--token"), QStringLiteral("s3cret")},
            "never accepted on the command line");
        row("intake token= on the command line",
            {QStringLiteral("intake"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:8080"),
             QStringLiteral("--token=s3cret")},
            "--token-file");
        row("simulate token on the command line",
            {QStringLiteral("simulate"), QStringLiteral("--to"), QStringLiteral("http://h:1"),
             QStringLiteral("--token"), QStringLiteral("s")},
            "never accepted on the command line");
        row("simulate no target", {QStringLiteral("simulate")}, "--to");
        row("simulate bad target",
            {QStringLiteral("simulate"), QStringLiteral("--to"), QStringLiteral("ftp://h")}, "--to");
        row("simulate bad rate",
            {QStringLiteral("simulate"), QStringLiteral("--to"), QStringLiteral("http://h:1"),
             QStringLiteral("--rate"), QStringLiteral("-5")},
            "--rate");
        row("simulate bad speed",
            {QStringLiteral("simulate"), QStringLiteral("--to"), QStringLiteral("http://h:1"),
             QStringLiteral("--speed"), QStringLiteral("fast")},
            "--speed");
        row("simulate bad count",
            {QStringLiteral("simulate"), QStringLiteral("--to"), QStringLiteral("http://h:1"),
             QStringLiteral("--count"), QStringLiteral("0")},
            "--count");
        row("evaluate without labels", {QStringLiteral("evaluate")}, "--labels FILE is required");
        row("evaluate positional file", {QStringLiteral("evaluate"), QStringLiteral("l.csv")},
            "--labels FILE is required");
        row("evaluate extra argument",
            {QStringLiteral("evaluate"), QStringLiteral("--labels"), QStringLiteral("l.csv"),
             QStringLiteral("x")},
            "unexpected argument 'x'");
        row("evaluate percent",
            {QStringLiteral("evaluate"), QStringLiteral("--labels"), QStringLiteral("l.csv"),
             QStringLiteral("--min-accuracy"), QStringLiteral("97")},
            "fraction from 0 to 1");
        row("evaluate not a number",
            {QStringLiteral("evaluate"), QStringLiteral("--labels"), QStringLiteral("l.csv"),
             QStringLiteral("--min-accuracy"), QStringLiteral("high")},
            "'high'");
        row("evaluate negative",
            {QStringLiteral("evaluate"), QStringLiteral("--labels"), QStringLiteral("l.csv"),
             QStringLiteral("--min-accuracy"), QStringLiteral("-0.1")},
            "fraction");
        row("evaluate bad format",
            {QStringLiteral("evaluate"), QStringLiteral("--labels"), QStringLiteral("l.csv"),
             QStringLiteral("--format"), QStringLiteral("xml")},
            "use text, csv or jsonl");
        row("triage text format",
            {QStringLiteral("triage"), QStringLiteral("--format"), QStringLiteral("text")},
            "use csv or jsonl");
        row("generate bad start",
            {QStringLiteral("generate"), QStringLiteral("--calls"), QStringLiteral("3"),
             QStringLiteral("--start"), QStringLiteral("yesterday")},
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
        const CliOptions o =
            parseCliArguments({QStringLiteral("cli"), QStringLiteral("generate"), QStringLiteral("--calls"),
                               QStringLiteral("25"), QStringLiteral("--seed"), QStringLiteral("9"),
                               QStringLiteral("--start"), QStringLiteral("2024-05-01T08:00:00")});
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QCOMPARE(o.command, CliOptions::Command::Generate);
        QCOMPARE(o.calls, 25);
        QCOMPARE(o.seed, 9u);
        QCOMPARE(o.start.time().hour(), 8);
    }
    void import()
    {
        const CliOptions o = parseCliArguments(
            {QStringLiteral("cli"), QStringLiteral("import"), QStringLiteral("--map"),
             QStringLiteral("id=Event Number"), QStringLiteral("--rules"), QStringLiteral("r.json"),
             QStringLiteral("--db"), QStringLiteral("postgresql://h/db"), QStringLiteral("calls.csv")});
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QCOMPARE(o.command, CliOptions::Command::Import);
        QCOMPARE(o.maps, QStringList{QStringLiteral("id=Event Number")});
        QCOMPARE(o.rulesFile, QStringLiteral("r.json"));
        QCOMPARE(o.dbUri, QStringLiteral("postgresql://h/db"));
        QVERIFY(o.dataDir.isEmpty());
        QCOMPARE(o.input, QStringLiteral("calls.csv"));
        const CliOptions d =
            parseCliArguments({QStringLiteral("cli"), QStringLiteral("import"), QStringLiteral("--data-dir"),
                               QStringLiteral("/tmp/pg"), QStringLiteral("-")});
        QVERIFY2(d.error.isEmpty(), qPrintable(d.error));
        QCOMPARE(d.dataDir, QStringLiteral("/tmp/pg"));
        QCOMPARE(d.input, QStringLiteral("-"));
    }
    void decide()
    {
        const CliOptions a = parseCliArguments({QStringLiteral("cli"), QStringLiteral("decide"),
                                                QStringLiteral("E24-1"), QStringLiteral("--dispatcher"),
                                                QStringLiteral("D17"), QStringLiteral("--accept"),
                                                QStringLiteral("--workstation"), QStringLiteral("WS-3")});
        QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
        QCOMPARE(a.command, CliOptions::Command::Decide);
        QCOMPARE(a.callId, QStringLiteral("E24-1"));
        QCOMPARE(a.dispatcher, QStringLiteral("D17"));
        QVERIFY(a.accept);
        QVERIFY(!a.overrideKind);
        QCOMPARE(a.workstation, QStringLiteral("WS-3"));
        const CliOptions o = parseCliArguments(
            {QStringLiteral("cli"), QStringLiteral("decide"), QStringLiteral("E24-2"),
             QStringLiteral("--dispatcher"), QStringLiteral("D17"), QStringLiteral("--override"),
             QStringLiteral("Co_Responder"), QStringLiteral("--reason"), QStringLiteral("other"),
             QStringLiteral("--note"), QStringLiteral("knows the caller")});
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QVERIFY(!o.accept);
        QCOMPARE(o.overrideKind, std::optional<ResponseKind>(ResponseKind::CoResponder));
        QCOMPARE(o.reasonCode, QStringLiteral("other"));
        QCOMPARE(o.note, QStringLiteral("knows the caller"));
        QVERIFY(o.workstation.isEmpty());
    }
    void screen()
    {
        const CliOptions o = parseCliArguments(
            {QStringLiteral("cli"), QStringLiteral("screen"), QStringLiteral("E24-1"),
             QStringLiteral("--dispatcher"), QStringLiteral("D17"), QStringLiteral("WEAPON=no"),
             QStringLiteral("self-harm=Yes"), QStringLiteral("crime_in_progress=unknown"),
             QStringLiteral("--workstation"), QStringLiteral("WS-3"), QStringLiteral("--rules"),
             QStringLiteral("city.json"), QStringLiteral("--data-dir"), QStringLiteral("/tmp/pg")});
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QCOMPARE(o.command, CliOptions::Command::Screen);
        QCOMPARE(o.callId, QStringLiteral("E24-1"));
        QCOMPARE(o.dispatcher, QStringLiteral("D17"));
        QCOMPARE(o.workstation, QStringLiteral("WS-3"));
        QCOMPARE(o.rulesFile, QStringLiteral("city.json"));
        QCOMPARE(o.dataDir, QStringLiteral("/tmp/pg"));
        const QList<ScreeningAnswer> expected{{Screen::Weapon, Answer::No},
                                              {Screen::SelfHarm, Answer::Yes},
                                              {Screen::CrimeInProgress, Answer::Unknown}};
        QVERIFY(o.screeningAnswers == expected);
        const CliOptions help =
            parseCliArguments({QStringLiteral("cli"), QStringLiteral("screen"), QStringLiteral("--help")});
        QCOMPARE(help.command, CliOptions::Command::Help);
        QVERIFY(help.helpText.contains(QStringLiteral("QUESTION=ANSWER")));
        QVERIFY(help.helpText.contains(QStringLiteral("crime_in_progress")));
    }
    void calls()
    {
        const CliOptions d = parseCliArguments({QStringLiteral("cli"), QStringLiteral("calls")});
        QVERIFY2(d.error.isEmpty(), qPrintable(d.error));
        QCOMPARE(d.command, CliOptions::Command::Calls);
        QVERIFY(!d.openOnly);
        QCOMPARE(d.format, OutputFormat::Csv);
        QCOMPARE(d.limit, 100000);
        const CliOptions o =
            parseCliArguments({QStringLiteral("cli"), QStringLiteral("calls"), QStringLiteral("--open"),
                               QStringLiteral("--format"), QStringLiteral("jsonl"), QStringLiteral("--limit"),
                               QStringLiteral("20")});
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QVERIFY(o.openOnly);
        QCOMPARE(o.format, OutputFormat::Jsonl);
        QCOMPARE(o.limit, 20);
    }
    void db_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<int>("expected");
        QTest::newRow("start") << QStringLiteral("start") << int(CliOptions::DbAction::Start);
        QTest::newRow("stop") << QStringLiteral("stop") << int(CliOptions::DbAction::Stop);
        QTest::newRow("status") << QStringLiteral("status") << int(CliOptions::DbAction::Status);
        QTest::newRow("migrate") << QStringLiteral("migrate") << int(CliOptions::DbAction::Migrate);
        QTest::newRow("uri") << QStringLiteral("uri") << int(CliOptions::DbAction::Uri);
    }
    void db()
    {
        QFETCH(QString, action);
        QFETCH(int, expected);
        const CliOptions o = parseCliArguments({QStringLiteral("cli"), QStringLiteral("db"), action,
                                                QStringLiteral("--data-dir"), QStringLiteral("/srv/pg")});
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QCOMPARE(o.command, CliOptions::Command::Db);
        QCOMPARE(int(o.dbAction), expected);
        QCOMPARE(o.dataDir, QStringLiteral("/srv/pg"));
    }
    void intake_data()
    {
        QTest::addColumn<QString>("listen");
        QTest::addColumn<QString>("address");
        QTest::addColumn<int>("port");
        QTest::newRow("ipv4") << QStringLiteral("127.0.0.1:8080") << QStringLiteral("127.0.0.1") << 8080;
        QTest::newRow("ipv6") << QStringLiteral("[::1]:9000") << QStringLiteral("::1") << 9000;
        QTest::newRow("any port") << QStringLiteral("localhost:0") << QStringLiteral("localhost") << 0;
    }
    void intake()
    {
        QFETCH(QString, listen);
        QFETCH(QString, address);
        QFETCH(int, port);
        const CliOptions o =
            parseCliArguments({QStringLiteral("cli"), QStringLiteral("intake"), QStringLiteral("--listen"),
                               listen, QStringLiteral("--token-file"), QStringLiteral("/etc/rr/token"),
                               QStringLiteral("--rules"), QStringLiteral("city.json")});
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QCOMPARE(o.command, CliOptions::Command::Intake);
        QCOMPARE(o.listenAddress, address);
        QCOMPARE(int(o.listenPort), port);
        QCOMPARE(o.tokenFile, QStringLiteral("/etc/rr/token"));
        QCOMPARE(o.rulesFile, QStringLiteral("city.json"));
    }
    void simulate()
    {
        const CliOptions d =
            parseCliArguments({QStringLiteral("cli"), QStringLiteral("simulate"), QStringLiteral("--to"),
                               QStringLiteral("http://127.0.0.1:8787")});
        QVERIFY2(d.error.isEmpty(), qPrintable(d.error));
        QCOMPARE(d.command, CliOptions::Command::Simulate);
        QVERIFY(!d.callsPerHour);
        QVERIFY(!d.speed);
        QCOMPARE(d.count, 0);
        QVERIFY(!d.seedSet);
        const CliOptions o =
            parseCliArguments({QStringLiteral("cli"), QStringLiteral("simulate"), QStringLiteral("--to"),
                               QStringLiteral("http://h:1/v1/calls"), QStringLiteral("--rate"),
                               QStringLiteral("600"), QStringLiteral("--speed"), QStringLiteral("60"),
                               QStringLiteral("--count"), QStringLiteral("50"), QStringLiteral("--seed"),
                               QStringLiteral("7"), QStringLiteral("--token-file"), QStringLiteral("t")});
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QCOMPARE(o.target, QStringLiteral("http://h:1/v1/calls"));
        QCOMPARE(o.callsPerHour, std::optional<double>(600));
        QCOMPARE(o.speed, std::optional<double>(60));
        QCOMPARE(o.count, 50);
        QCOMPARE(o.seed, 7u);
        QVERIFY(o.seedSet);
        QCOMPARE(o.tokenFile, QStringLiteral("t"));
    }
    void everyCommandHasHelp_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("mentions");
        for (const char *c : {"import", "decide", "calls", "db", "intake", "simulate"})
            QTest::newRow(c) << QString::fromLatin1(c)
                             << QString::fromLatin1(c) + QStringLiteral(" [options]");
    }
    void everyCommandHasHelp()
    {
        QFETCH(QString, command);
        QFETCH(QString, mentions);
        const CliOptions o = parseCliArguments({QStringLiteral("cli"), command, QStringLiteral("--help")});
        QCOMPARE(o.command, CliOptions::Command::Help);
        QVERIFY2(o.helpText.contains(mentions), qPrintable(o.helpText));
        QVERIFY(o.helpText.contains(command == u"simulate" ? QStringLiteral("--token-file")
                                                           : QStringLiteral("--db")));
        QVERIFY(
            parseCliArguments({QStringLiteral("cli"), QStringLiteral("--help")}).helpText.contains(command));
    }
    void helpAndVersion()
    {
        QCOMPARE(parseCliArguments({QStringLiteral("cli"), QStringLiteral("--help")}).command,
                 CliOptions::Command::Help);
        QCOMPARE(parseCliArguments({QStringLiteral("cli"), QStringLiteral("--version")}).command,
                 CliOptions::Command::Version);
        const CliOptions t =
            parseCliArguments({QStringLiteral("cli"), QStringLiteral("triage"), QStringLiteral("--help")});
        QCOMPARE(t.command, CliOptions::Command::Help);
        QVERIFY(t.helpText.contains(QStringLiteral("--map")));
    }
};

QTEST_GUILESS_MAIN(TstCliOptions)
#include "tst_clioptions.moc"
