// Parsing of rightresponse-cli's arguments: the registry finds the command, the command reads its options.

#include "command.h"
#include "commands/callscommand.h"
#include "commands/dbcommand.h"
#include "commands/decidecommand.h"
#include "commands/evaluatecommand.h"
#include "commands/generatecommand.h"
#include "commands/importcommand.h"
#include "commands/intakecommand.h"
#include "commands/screencommand.h"
#include "commands/simulatecommand.h"
#include "commands/triagecommand.h"

#include <QTest>

using namespace rr;

namespace {

// What a command line parsed into: the action, the error and help, and the options of the command found.
struct Parsed
{
    Invocation invocation;
    const QString &error() const { return invocation.error; }
    const QString &helpText() const { return invocation.helpText; }
    Invocation::Action action() const { return invocation.action; }
    // The options of command C; fails the test when the command found is another one.
    template <typename C> const typename C::Options &options() const
    {
        static const typename C::Options none;
        const auto *command = dynamic_cast<const C *>(invocation.command.get());
        [&] { QVERIFY2(command, "the command line names another command"); }();
        return command ? command->options() : none;
    }
};

Parsed parse(const QStringList &args)
{
    return Parsed{parseCommandLine(args)};
}

} // namespace

class TstCliOptions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void triageDefaults()
    {
        const Parsed p = parse({QStringLiteral("cli"), QStringLiteral("triage")});
        QVERIFY2(p.error().isEmpty(), qPrintable(p.error()));
        QCOMPARE(p.action(), Invocation::Action::Run);
        const auto &o = p.options<TriageCommand>();
        QCOMPARE(o.input, QStringLiteral("-"));
        QCOMPARE(o.format, OutputFormat::Csv);
        QVERIFY(o.rulesFile.isEmpty());
    }
    void triageAll()
    {
        const Parsed p =
            parse({QStringLiteral("cli"), QStringLiteral("triage"), QStringLiteral("--rules"),
                   QStringLiteral("r.json"), QStringLiteral("--map"), QStringLiteral("id=Event Number"),
                   QStringLiteral("--map=call_type=Tencode"), QStringLiteral("--format"),
                   QStringLiteral("JSONL"), QStringLiteral("in.csv")});
        QVERIFY2(p.error().isEmpty(), qPrintable(p.error()));
        const auto &o = p.options<TriageCommand>();
        QCOMPARE(o.rulesFile, QStringLiteral("r.json"));
        QCOMPARE(o.maps,
                 (QStringList{QStringLiteral("id=Event Number"), QStringLiteral("call_type=Tencode")}));
        QCOMPARE(o.format, OutputFormat::Jsonl);
        QCOMPARE(o.input, QStringLiteral("in.csv"));
    }
    void evaluateDefaults()
    {
        const Parsed p = parse({QStringLiteral("cli"), QStringLiteral("evaluate"), QStringLiteral("--labels"),
                                QStringLiteral("l.csv")});
        QVERIFY2(p.error().isEmpty(), qPrintable(p.error()));
        QCOMPARE(p.action(), Invocation::Action::Run);
        const auto &o = p.options<EvaluateCommand>();
        QCOMPARE(o.input, QStringLiteral("l.csv"));
        QCOMPARE(o.format, OutputFormat::Text);
        QVERIFY(o.rulesFile.isEmpty());
        QVERIFY(o.maps.isEmpty());
        QVERIFY(!o.minAccuracy);
    }
    void evaluateAll()
    {
        const Parsed p =
            parse({QStringLiteral("cli"), QStringLiteral("evaluate"), QStringLiteral("--labels=-"),
                   QStringLiteral("--rules"), QStringLiteral("city.json"), QStringLiteral("--map"),
                   QStringLiteral("id=Event Number"), QStringLiteral("--map"),
                   QStringLiteral("expected=Reviewer"), QStringLiteral("--format"), QStringLiteral("jsonl"),
                   QStringLiteral("--min-accuracy"), QStringLiteral("0.97")});
        QVERIFY2(p.error().isEmpty(), qPrintable(p.error()));
        const auto &o = p.options<EvaluateCommand>();
        QCOMPARE(o.input, QStringLiteral("-"));
        QCOMPARE(o.rulesFile, QStringLiteral("city.json"));
        QCOMPARE(o.maps,
                 (QStringList{QStringLiteral("id=Event Number"), QStringLiteral("expected=Reviewer")}));
        QCOMPARE(o.format, OutputFormat::Jsonl);
        QCOMPARE(o.minAccuracy, std::optional<double>(0.97));
        const Parsed csv = parse({QStringLiteral("cli"), QStringLiteral("evaluate"),
                                  QStringLiteral("--labels"), QStringLiteral("l.csv"),
                                  QStringLiteral("--format=CSV"), QStringLiteral("--min-accuracy=1")});
        QCOMPARE(csv.options<EvaluateCommand>().format, OutputFormat::Csv);
        QCOMPARE(csv.options<EvaluateCommand>().minAccuracy, std::optional<double>(1.0));
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
        row("intake zero idle timeout",
            {QStringLiteral("intake"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:8080"),
             QStringLiteral("--idle-timeout"), QStringLiteral("0")},
            "--idle-timeout");
        row("intake bad max connections",
            {QStringLiteral("intake"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:8080"),
             QStringLiteral("--max-connections"), QStringLiteral("many")},
            "--max-connections");
        row("intake per client over total",
            {QStringLiteral("intake"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:8080"),
             QStringLiteral("--max-connections"), QStringLiteral("10"),
             QStringLiteral("--max-connections-per-client"), QStringLiteral("20")},
            "cannot be more than --max-connections");
        row("intake cert without key",
            {QStringLiteral("intake"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:8080"),
             QStringLiteral("--tls-cert"), QStringLiteral("c.pem")},
            "go together");
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
        const Parsed p = parse(args);
        QCOMPARE(p.action(), Invocation::Action::Usage);
        QVERIFY2(p.error().contains(mentions), qPrintable(p.error()));
        QVERIFY(!p.helpText().isEmpty());
    }
    void generate()
    {
        const Parsed p = parse({QStringLiteral("cli"), QStringLiteral("generate"), QStringLiteral("--calls"),
                                QStringLiteral("25"), QStringLiteral("--seed"), QStringLiteral("9"),
                                QStringLiteral("--start"), QStringLiteral("2024-05-01T08:00:00")});
        QVERIFY2(p.error().isEmpty(), qPrintable(p.error()));
        QCOMPARE(p.action(), Invocation::Action::Run);
        const auto &o = p.options<GenerateCommand>();
        QCOMPARE(o.calls, 25);
        QCOMPARE(o.seed, 9u);
        QCOMPARE(o.start.time().hour(), 8);
    }
    void import()
    {
        const Parsed p =
            parse({QStringLiteral("cli"), QStringLiteral("import"), QStringLiteral("--map"),
                   QStringLiteral("id=Event Number"), QStringLiteral("--rules"), QStringLiteral("r.json"),
                   QStringLiteral("--db"), QStringLiteral("postgresql://h/db"), QStringLiteral("calls.csv")});
        QVERIFY2(p.error().isEmpty(), qPrintable(p.error()));
        QCOMPARE(p.action(), Invocation::Action::Run);
        const auto &o = p.options<ImportCommand>();
        QCOMPARE(o.maps, QStringList{QStringLiteral("id=Event Number")});
        QCOMPARE(o.rulesFile, QStringLiteral("r.json"));
        QCOMPARE(o.database.uri, QStringLiteral("postgresql://h/db"));
        QVERIFY(o.database.dataDir.isEmpty());
        QCOMPARE(o.input, QStringLiteral("calls.csv"));
        const Parsed d = parse({QStringLiteral("cli"), QStringLiteral("import"), QStringLiteral("--data-dir"),
                                QStringLiteral("/tmp/pg"), QStringLiteral("-")});
        QVERIFY2(d.error().isEmpty(), qPrintable(d.error()));
        QCOMPARE(d.options<ImportCommand>().database.dataDir, QStringLiteral("/tmp/pg"));
        QCOMPARE(d.options<ImportCommand>().input, QStringLiteral("-"));
        QCOMPARE(d.options<ImportCommand>().batchSize, 50000);
        const Parsed b = parse({QStringLiteral("cli"), QStringLiteral("import"),
                                QStringLiteral("--batch-size"), QStringLiteral("2000"), QStringLiteral("-")});
        QVERIFY2(b.error().isEmpty(), qPrintable(b.error()));
        QCOMPARE(b.options<ImportCommand>().batchSize, 2000);
        const Parsed zero = parse({QStringLiteral("cli"), QStringLiteral("import"),
                                   QStringLiteral("--batch-size"), QStringLiteral("0"), QStringLiteral("-")});
        QVERIFY2(zero.error().contains(QStringLiteral("--batch-size")), qPrintable(zero.error()));
    }
    void decide()
    {
        const Parsed pa =
            parse({QStringLiteral("cli"), QStringLiteral("decide"), QStringLiteral("E24-1"),
                   QStringLiteral("--dispatcher"), QStringLiteral("D17"), QStringLiteral("--accept"),
                   QStringLiteral("--workstation"), QStringLiteral("WS-3")});
        QVERIFY2(pa.error().isEmpty(), qPrintable(pa.error()));
        QCOMPARE(pa.action(), Invocation::Action::Run);
        const auto &a = pa.options<DecideCommand>();
        QCOMPARE(a.callId, QStringLiteral("E24-1"));
        QCOMPARE(a.dispatcher, QStringLiteral("D17"));
        QVERIFY(a.accept);
        QVERIFY(!a.overrideKind);
        QCOMPARE(a.workstation, QStringLiteral("WS-3"));
        const Parsed po =
            parse({QStringLiteral("cli"), QStringLiteral("decide"), QStringLiteral("E24-2"),
                   QStringLiteral("--dispatcher"), QStringLiteral("D17"), QStringLiteral("--override"),
                   QStringLiteral("Co_Responder"), QStringLiteral("--reason"), QStringLiteral("other"),
                   QStringLiteral("--note"), QStringLiteral("knows the caller")});
        QVERIFY2(po.error().isEmpty(), qPrintable(po.error()));
        const auto &o = po.options<DecideCommand>();
        QVERIFY(!o.accept);
        QCOMPARE(o.overrideKind, std::optional<ResponseKind>(ResponseKind::CoResponder));
        QCOMPARE(o.reasonCode, QStringLiteral("other"));
        QCOMPARE(o.note, QStringLiteral("knows the caller"));
        QVERIFY(o.workstation.isEmpty());
    }
    void screen()
    {
        const Parsed p =
            parse({QStringLiteral("cli"), QStringLiteral("screen"), QStringLiteral("E24-1"),
                   QStringLiteral("--dispatcher"), QStringLiteral("D17"), QStringLiteral("WEAPON=no"),
                   QStringLiteral("self-harm=Yes"), QStringLiteral("crime_in_progress=unknown"),
                   QStringLiteral("--workstation"), QStringLiteral("WS-3"), QStringLiteral("--rules"),
                   QStringLiteral("city.json"), QStringLiteral("--data-dir"), QStringLiteral("/tmp/pg")});
        QVERIFY2(p.error().isEmpty(), qPrintable(p.error()));
        QCOMPARE(p.action(), Invocation::Action::Run);
        const auto &o = p.options<ScreenCommand>();
        QCOMPARE(o.callId, QStringLiteral("E24-1"));
        QCOMPARE(o.dispatcher, QStringLiteral("D17"));
        QCOMPARE(o.workstation, QStringLiteral("WS-3"));
        QCOMPARE(o.rulesFile, QStringLiteral("city.json"));
        QCOMPARE(o.database.dataDir, QStringLiteral("/tmp/pg"));
        const QList<ScreeningAnswer> expected{{Screen::Weapon, Answer::No},
                                              {Screen::SelfHarm, Answer::Yes},
                                              {Screen::CrimeInProgress, Answer::Unknown}};
        QVERIFY(o.answers == expected);
        const Parsed help =
            parse({QStringLiteral("cli"), QStringLiteral("screen"), QStringLiteral("--help")});
        QCOMPARE(help.action(), Invocation::Action::Help);
        QVERIFY(help.helpText().contains(QStringLiteral("QUESTION=ANSWER")));
        QVERIFY(help.helpText().contains(QStringLiteral("crime_in_progress")));
    }
    void calls()
    {
        const Parsed pd = parse({QStringLiteral("cli"), QStringLiteral("calls")});
        QVERIFY2(pd.error().isEmpty(), qPrintable(pd.error()));
        QCOMPARE(pd.action(), Invocation::Action::Run);
        const auto &d = pd.options<CallsCommand>();
        QVERIFY(!d.openOnly);
        QCOMPARE(d.format, OutputFormat::Csv);
        QCOMPARE(d.limit, 100000);
        const Parsed po = parse({QStringLiteral("cli"), QStringLiteral("calls"), QStringLiteral("--open"),
                                 QStringLiteral("--format"), QStringLiteral("jsonl"),
                                 QStringLiteral("--limit"), QStringLiteral("20")});
        QVERIFY2(po.error().isEmpty(), qPrintable(po.error()));
        const auto &o = po.options<CallsCommand>();
        QVERIFY(o.openOnly);
        QCOMPARE(o.format, OutputFormat::Jsonl);
        QCOMPARE(o.limit, 20);
    }
    void db_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<int>("expected");
        QTest::newRow("start") << QStringLiteral("start") << int(DbCommand::Action::Start);
        QTest::newRow("stop") << QStringLiteral("stop") << int(DbCommand::Action::Stop);
        QTest::newRow("status") << QStringLiteral("status") << int(DbCommand::Action::Status);
        QTest::newRow("migrate") << QStringLiteral("migrate") << int(DbCommand::Action::Migrate);
        QTest::newRow("uri") << QStringLiteral("uri") << int(DbCommand::Action::Uri);
    }
    void db()
    {
        QFETCH(QString, action);
        QFETCH(int, expected);
        const Parsed p = parse({QStringLiteral("cli"), QStringLiteral("db"), action,
                                QStringLiteral("--data-dir"), QStringLiteral("/srv/pg")});
        QVERIFY2(p.error().isEmpty(), qPrintable(p.error()));
        QCOMPARE(p.action(), Invocation::Action::Run);
        QCOMPARE(int(p.options<DbCommand>().action), expected);
        QCOMPARE(p.options<DbCommand>().database.dataDir, QStringLiteral("/srv/pg"));
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
        const Parsed p = parse({QStringLiteral("cli"), QStringLiteral("intake"), QStringLiteral("--listen"),
                                listen, QStringLiteral("--token-file"), QStringLiteral("/etc/rr/token"),
                                QStringLiteral("--rules"), QStringLiteral("city.json")});
        QVERIFY2(p.error().isEmpty(), qPrintable(p.error()));
        QCOMPARE(p.action(), Invocation::Action::Run);
        const auto &o = p.options<IntakeCommand>();
        QCOMPARE(o.listenAddress, address);
        QCOMPARE(int(o.listenPort), port);
        QCOMPARE(o.tokenFile, QStringLiteral("/etc/rr/token"));
        QCOMPARE(o.rulesFile, QStringLiteral("city.json"));
        // The hardening's defaults.
        QCOMPARE(o.idleTimeoutSeconds, 10.0);
        QCOMPARE(o.maxConnections, 1024);
        QCOMPARE(o.maxConnectionsPerClient, 256);
        QVERIFY(!o.allowNoToken);
    }
    void intakeHardening()
    {
        const Parsed p = parse({QStringLiteral("cli"), QStringLiteral("intake"), QStringLiteral("--listen"),
                                QStringLiteral("0.0.0.0:8080"), QStringLiteral("--allow-no-token"),
                                QStringLiteral("--idle-timeout"), QStringLiteral("2.5"),
                                QStringLiteral("--max-connections"), QStringLiteral("300"),
                                QStringLiteral("--max-connections-per-client"), QStringLiteral("30"),
                                QStringLiteral("--tls-cert"), QStringLiteral("c.pem"),
                                QStringLiteral("--tls-key"), QStringLiteral("k.pem")});
        QVERIFY2(p.error().isEmpty(), qPrintable(p.error()));
        const auto &o = p.options<IntakeCommand>();
        QVERIFY(o.allowNoToken);
        QCOMPARE(o.idleTimeoutSeconds, 2.5);
        QCOMPARE(o.maxConnections, 300);
        QCOMPARE(o.maxConnectionsPerClient, 30);
        QCOMPARE(o.tlsCertificateFile, QStringLiteral("c.pem"));
        QCOMPARE(o.tlsKeyFile, QStringLiteral("k.pem"));
    }
    void simulate()
    {
        const Parsed pd = parse({QStringLiteral("cli"), QStringLiteral("simulate"), QStringLiteral("--to"),
                                 QStringLiteral("http://127.0.0.1:8787")});
        QVERIFY2(pd.error().isEmpty(), qPrintable(pd.error()));
        QCOMPARE(pd.action(), Invocation::Action::Run);
        const auto &d = pd.options<SimulateCommand>();
        QVERIFY(!d.callsPerHour);
        QVERIFY(!d.speed);
        QCOMPARE(d.count, 0);
        QVERIFY(!d.seedSet);
        const Parsed po = parse({QStringLiteral("cli"), QStringLiteral("simulate"), QStringLiteral("--to"),
                                 QStringLiteral("http://h:1/v1/calls"), QStringLiteral("--rate"),
                                 QStringLiteral("600"), QStringLiteral("--speed"), QStringLiteral("60"),
                                 QStringLiteral("--count"), QStringLiteral("50"), QStringLiteral("--seed"),
                                 QStringLiteral("7"), QStringLiteral("--token-file"), QStringLiteral("t")});
        QVERIFY2(po.error().isEmpty(), qPrintable(po.error()));
        const auto &o = po.options<SimulateCommand>();
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
        const Parsed p = parse({QStringLiteral("cli"), command, QStringLiteral("--help")});
        QCOMPARE(p.action(), Invocation::Action::Help);
        QVERIFY2(p.helpText().contains(mentions), qPrintable(p.helpText()));
        QVERIFY(p.helpText().contains(command == u"simulate" ? QStringLiteral("--token-file")
                                                             : QStringLiteral("--db")));
        QVERIFY(parse({QStringLiteral("cli"), QStringLiteral("--help")}).helpText().contains(command));
    }
    // The conversions the typed options share: each accepts its range and names the option and the text
    // when it refuses one.
    void conversions_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<double>("value");
        auto row = [](const char *kind, const char *text, bool ok, double value = 0) {
            QTest::addRow("%s %s", kind, text)
                << QString::fromLatin1(kind) << QString::fromLatin1(text) << ok << value;
        };
        row("whole", "0", true, 0);
        row("whole", "18446744073709551615", true, 18446744073709551615.0);
        row("whole", "-1", false);
        row("whole", "x", false);
        row("int", "1", true, 1);
        row("int", "0", false);
        row("int", "3000000000", false);
        row("count", "5000000000", true, 5000000000.0);
        row("count", "-2", false);
        row("real", "0.5", true, 0.5);
        row("real", "0", false);
        row("real", "inf", false);
        row("real", "nan", false);
        row("fraction", "0", true, 0);
        row("fraction", "1", true, 1);
        row("fraction", "1.01", false);
        row("fraction", "97%", false);
    }
    void conversions()
    {
        QFETCH(QString, kind);
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(double, value);
        const QString flag = QStringLiteral("--x");
        Result<double> got = Failure{QStringLiteral("unknown kind")};
        if (kind == u"whole") {
            const Result<quint64> r = convert::wholeNumber(flag, text);
            got = r ? Result<double>(double(*r)) : r.failure();
        } else if (kind == u"int") {
            const Result<int> r = convert::positiveInt(flag, text);
            got = r ? Result<double>(double(*r)) : r.failure();
        } else if (kind == u"count") {
            const Result<qint64> r = convert::positiveCount(flag, text);
            got = r ? Result<double>(double(*r)) : r.failure();
        } else if (kind == u"real") {
            got = convert::positiveReal(flag, text);
        } else if (kind == u"fraction") {
            got = convert::fraction(flag, text);
        }
        QCOMPARE(got.ok(), ok);
        if (ok) {
            QCOMPARE(*got, value);
        } else {
            QVERIFY2(got.error().startsWith(flag + u' '), qPrintable(got.error()));
            QVERIFY2(got.error().contains(QStringLiteral("'%1'").arg(text)), qPrintable(got.error()));
        }
    }
    // --db and --data-dir: either, not both, and never empty.
    void databaseOptions_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("dataDir");
        QTest::addColumn<QString>("error");
        QTest::newRow("none") << QStringList{} << QString() << QString() << QString();
        QTest::newRow("uri") << QStringList{QStringLiteral("--db=postgresql:///x")}
                             << QStringLiteral("postgresql:///x") << QString() << QString();
        QTest::newRow("dir") << QStringList{QStringLiteral("--data-dir"), QStringLiteral("/d")} << QString()
                             << QStringLiteral("/d") << QString();
        QTest::newRow("both") << QStringList{QStringLiteral("--db=x"), QStringLiteral("--data-dir=/d")}
                              << QString() << QString() << QStringLiteral("exclude each other");
        QTest::newRow("blank uri") << QStringList{QStringLiteral("--db= ")} << QString() << QString()
                                   << QStringLiteral("--db needs");
        QTest::newRow("blank dir") << QStringList{QStringLiteral("--data-dir=")} << QString() << QString()
                                   << QStringLiteral("--data-dir needs");
    }
    void databaseOptions()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, uri);
        QFETCH(QString, dataDir);
        QFETCH(QString, error);
        QCommandLineParser parser;
        DatabaseOptions::addTo(parser);
        QVERIFY(parser.parse(QStringList{QStringLiteral("cli")} + args));
        const Result<DatabaseOptions> read = DatabaseOptions::read(parser);
        if (!error.isEmpty()) {
            QVERIFY(!read.ok());
            QVERIFY2(read.error().contains(error), qPrintable(read.error()));
            return;
        }
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read->uri, uri);
        QCOMPARE(read->dataDir, dataDir);
    }
    // The main help lists every registered command with its summary, in the registry's order.
    void mainHelpListsTheRegistry()
    {
        const QString help = parse({QStringLiteral("cli"), QStringLiteral("--help")}).helpText();
        qsizetype at = 0;
        for (const std::unique_ptr<Command> &c : allCommands()) {
            const qsizetype found = help.indexOf(QStringLiteral("  ") + c->name(), at);
            QVERIFY2(found > 0, qPrintable(c->name()));
            QVERIFY(help.indexOf(c->summary(), found) > found);
            at = found;
        }
    }
    void helpAndVersion()
    {
        QCOMPARE(parse({QStringLiteral("cli"), QStringLiteral("--help")}).action(), Invocation::Action::Help);
        QCOMPARE(parse({QStringLiteral("cli"), QStringLiteral("--version")}).action(),
                 Invocation::Action::Version);
        const Parsed t = parse({QStringLiteral("cli"), QStringLiteral("triage"), QStringLiteral("--help")});
        QCOMPARE(t.action(), Invocation::Action::Help);
        QVERIFY(t.helpText().contains(QStringLiteral("--map")));
    }
};

QTEST_GUILESS_MAIN(TstCliOptions)
#include "tst_clioptions.moc"
