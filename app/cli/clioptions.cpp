#include "clioptions.h"

#include <QCommandLineParser>

namespace rr {

namespace {

QString mainHelp()
{
    return QStringLiteral(
        "Usage: rightresponse-cli COMMAND [options]\n"
        "\n"
        "Suggest the right responder (unarmed, co_responder or police) for 911 calls.\n"
        "\n"
        "Commands:\n"
        "  triage     Triage the calls of a CAD export (CSV) and write one suggestion per call\n"
        "  generate   Write realistic synthetic calls as canonical CSV\n"
        "\n"
        "Options:\n"
        "  -h, --help     Show this help, or a command's help: rightresponse-cli COMMAND --help\n"
        "  -v, --version  Show the version\n"
        "\n"
        "Exit status: 0 success; 1 some input rows rejected; 2 unusable invocation, file or rule set.\n");
}

void addHelp(QCommandLineParser &p)
{
    p.addOption({{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help.")});
}

CliOptions parseTriage(const QStringList &args)
{
    CliOptions o;
    o.command = CliOptions::Command::Triage;
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Reads a CAD export (RFC 4180 CSV, UTF-8) and writes one suggestion per call to standard output.\n"
        "Canonical input columns: id, received_at, call_type, call_code, priority, narrative, address, lat, lon,\n"
        "beat, and the optional screening columns weapon, violence, injury, self_harm, domestic,\n"
        "crime_in_progress (yes/no/unknown/empty). Other columns are ignored.\n"
        "CSV output columns: id,response,ems,confidence,category,reasons (reasons joined with \" | \").\n"
        "Bad rows are reported on standard error with their line number and skipped."));
    addHelp(p);
    p.addOption({QStringLiteral("rules"), QStringLiteral("Rule set JSON file (default: the built-in rule set)."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("map"),
                 QStringLiteral("Name the export's column for a canonical field, e.g. --map id=\"Event Number\". "
                                "Repeatable."),
                 QStringLiteral("FIELD=COLUMN")});
    p.addOption({QStringLiteral("format"), QStringLiteral("Output format: csv (default) or jsonl."),
                 QStringLiteral("csv|jsonl"), QStringLiteral("csv")});
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("CSV file to read; - or nothing for standard input."),
                            QStringLiteral("[FILE|-]"));
    o.helpText = p.helpText().replace(QStringLiteral("[options]"), QStringLiteral("triage [options]"));
    if (!p.parse(args)) {
        o.error = p.errorText();
        return o;
    }
    if (p.isSet(QStringLiteral("help"))) {
        o.command = CliOptions::Command::Help;
        return o;
    }
    o.rulesFile = p.value(QStringLiteral("rules"));
    o.maps = p.values(QStringLiteral("map"));
    const QString format = p.value(QStringLiteral("format")).toLower();
    if (format == u"csv")
        o.format = OutputFormat::Csv;
    else if (format == u"jsonl")
        o.format = OutputFormat::Jsonl;
    else
        o.error = QStringLiteral("unknown --format '%1' (use csv or jsonl)").arg(format);
    const QStringList pos = p.positionalArguments();
    if (pos.size() > 1)
        o.error = QStringLiteral("triage reads one file; got %1").arg(pos.size());
    o.input = pos.value(0, QStringLiteral("-"));
    return o;
}

CliOptions parseGenerate(const QStringList &args)
{
    CliOptions o;
    o.command = CliOptions::Command::Generate;
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Writes N realistic synthetic 911 calls as canonical CSV to standard output: a call-type mix and\n"
        "narratives modelled on published Durham figures, Poisson arrivals with a daily rhythm.\n"
        "The same seed always gives the same calls."));
    addHelp(p);
    p.addOption({QStringLiteral("calls"), QStringLiteral("Number of calls to write."), QStringLiteral("N")});
    p.addOption({QStringLiteral("seed"), QStringLiteral("Random seed (default 1)."), QStringLiteral("S"),
                 QStringLiteral("1")});
    p.addOption({QStringLiteral("start"), QStringLiteral("Time of the first arrivals, ISO 8601 (default 2024-01-01T00:00)."),
                 QStringLiteral("ISO8601")});
    o.helpText = p.helpText().replace(QStringLiteral("[options]"), QStringLiteral("generate [options]"));
    if (!p.parse(args)) {
        o.error = p.errorText();
        return o;
    }
    if (p.isSet(QStringLiteral("help"))) {
        o.command = CliOptions::Command::Help;
        return o;
    }
    if (!p.positionalArguments().isEmpty()) {
        o.error = QStringLiteral("generate takes no file argument");
        return o;
    }
    bool ok = false;
    o.calls = p.value(QStringLiteral("calls")).toLongLong(&ok);
    if (!p.isSet(QStringLiteral("calls")) || !ok || o.calls < 0)
        o.error = QStringLiteral("--calls N is required (a whole number, 0 or more)");
    o.seed = p.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        o.error = QStringLiteral("--seed must be a whole number 0 or more, got '%1'").arg(p.value(QStringLiteral("seed")));
    if (p.isSet(QStringLiteral("start"))) {
        o.start = QDateTime::fromString(p.value(QStringLiteral("start")), Qt::ISODate);
        if (!o.start.isValid())
            o.error = QStringLiteral("--start must be an ISO 8601 time such as 2024-05-01T08:00, got '%1'")
                          .arg(p.value(QStringLiteral("start")));
    }
    return o;
}

} // namespace

CliOptions parseCliArguments(const QStringList &args)
{
    CliOptions o;
    o.helpText = mainHelp();
    const QString cmd = args.value(1);
    const QStringList rest = args.mid(1); // the command stands where QCommandLineParser expects the program name
    if (cmd.isEmpty()) {
        o.error = QStringLiteral("no command given");
        return o;
    }
    if (cmd == u"-h" || cmd == u"--help" || cmd == u"help") {
        o.command = CliOptions::Command::Help;
        return o;
    }
    if (cmd == u"-v" || cmd == u"--version") {
        o.command = CliOptions::Command::Version;
        return o;
    }
    if (cmd == u"triage")
        return parseTriage(rest);
    if (cmd == u"generate")
        return parseGenerate(rest);
    o.error = QStringLiteral("unknown command '%1'").arg(cmd);
    return o;
}

} // namespace rr
