#include "clioptions.h"

#include <QCommandLineParser>

#include <cmath>
#include <variant>

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
        "  evaluate   Measure a rule set on labelled calls: accuracy, confusion matrix, unsafe suggestions\n"
        "  generate   Write realistic synthetic calls as canonical CSV\n"
        "  import     Load a CAD export into the database, each call with its suggestion\n"
        "  decide     Store a dispatcher's decision on a call (accept the suggestion or override it)\n"
        "  screen     Store answers to a call's screening questions and triage it again\n"
        "  calls      List the stored calls with their suggestion and decision\n"
        "  db         The database: start|stop|status|migrate|uri\n"
        "  intake     Receive calls over HTTP, triage and store them\n"
        "  simulate   Post realistic synthetic calls to an intake service\n"
        "\n"
        "The database: --db URI, else RIGHTRESPONSE_DB, else libpq's PG* variables, else the settings key\n"
        "database/uri, else a private PostgreSQL cluster that the program starts itself\n"
        "(in RIGHTRESPONSE_DATA_DIR or --data-dir DIR when set).\n"
        "\n"
        "Options:\n"
        "  -h, --help     Show this help, or a command's help: rightresponse-cli COMMAND --help\n"
        "  -v, --version  Show the version\n"
        "\n"
        "Exit status: 0 success; 1 some input rows rejected (or some calls not posted, or evaluate\n"
        "found an unsafe suggestion or an accuracy under its minimum); 2 unusable invocation, file or\n"
        "rule set, or the database cannot be reached; 3 the call was already decided.\n");
}

// --format csv|jsonl, shared by triage and calls; evaluate also accepts text.
void readFormat(const QCommandLineParser &p, CliOptions &o, bool textAllowed = false)
{
    const QString format = p.value(QStringLiteral("format")).toLower();
    if (format == u"csv")
        o.format = OutputFormat::Csv;
    else if (format == u"jsonl")
        o.format = OutputFormat::Jsonl;
    else if (textAllowed && format == u"text")
        o.format = OutputFormat::Text;
    else
        o.error = QStringLiteral("unknown --format '%1' (use %2)")
                      .arg(format, textAllowed ? QStringLiteral("text, csv or jsonl")
                                               : QStringLiteral("csv or jsonl"));
}

void addHelp(QCommandLineParser &p)
{
    p.addOption({{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help.")});
}

// --rules and --map, shared by the commands that triage calls.
void addRulesOption(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("rules"),
                 QStringLiteral("Rule set JSON file (default: the built-in rule set)."),
                 QStringLiteral("FILE")});
}

void addMapOption(QCommandLineParser &p, const QString &extraFields = {})
{
    p.addOption(
        {QStringLiteral("map"),
         QStringLiteral("Name the export's column for a canonical field%1, e.g. --map id=\"Event Number\". "
                        "Repeatable.")
             .arg(extraFields),
         QStringLiteral("FIELD=COLUMN")});
}

CliOptions parseTriage(const QStringList &args)
{
    CliOptions o;
    o.command = CliOptions::Command::Triage;
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Reads a CAD export (RFC 4180 CSV, UTF-8) and writes one suggestion per call to standard output.\n"
        "Canonical input columns: id, received_at, call_type, call_code, priority, narrative, address, lat, "
        "lon,\n"
        "beat, and the optional screening columns weapon, violence, injury, self_harm, domestic,\n"
        "crime_in_progress (yes/no/unknown/empty). Other columns are ignored.\n"
        "CSV output columns: id,response,ems,confidence,category,reasons (reasons joined with \" | \").\n"
        "Bad rows are reported on standard error with their line number and skipped."));
    addHelp(p);
    addRulesOption(p);
    addMapOption(p);
    p.addOption({QStringLiteral("format"), QStringLiteral("Output format: csv (default) or jsonl."),
                 QStringLiteral("csv|jsonl"), QStringLiteral("csv")});
    p.addPositionalArgument(QStringLiteral("FILE"),
                            QStringLiteral("CSV file to read; - or nothing for standard input."),
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
    readFormat(p, o);
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
    p.addOption({QStringLiteral("start"),
                 QStringLiteral("Time of the first arrivals, ISO 8601 (default 2024-01-01T00:00)."),
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
        o.error = QStringLiteral("--seed must be a whole number 0 or more, got '%1'")
                      .arg(p.value(QStringLiteral("seed")));
    if (p.isSet(QStringLiteral("start"))) {
        o.start = QDateTime::fromString(p.value(QStringLiteral("start")), Qt::ISODate);
        if (!o.start.isValid())
            o.error = QStringLiteral("--start must be an ISO 8601 time such as 2024-05-01T08:00, got '%1'")
                          .arg(p.value(QStringLiteral("start")));
    }
    return o;
}

QString positiveError(const QString &option, const QString &value)
{
    return QStringLiteral("%1 must be a number greater than 0, got '%2'").arg(option, value);
}

void addDatabaseOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("db"),
                 QStringLiteral("The database: a libpq connection string or URI (default: RIGHTRESPONSE_DB, "
                                "libpq's PG* variables, the settings, else the embedded cluster)."),
                 QStringLiteral("URI")});
    p.addOption({QStringLiteral("data-dir"),
                 QStringLiteral("Use the embedded cluster in DIR (default: RIGHTRESPONSE_DATA_DIR, else a "
                                "per-user directory)."),
                 QStringLiteral("DIR")});
}

void readDatabaseOptions(const QCommandLineParser &p, CliOptions &o)
{
    o.dbUri = p.value(QStringLiteral("db"));
    o.dataDir = p.value(QStringLiteral("data-dir"));
    if (p.isSet(QStringLiteral("db")) && o.dbUri.trimmed().isEmpty())
        o.error = QStringLiteral("--db needs a connection string or URI");
    else if (p.isSet(QStringLiteral("data-dir")) && o.dataDir.trimmed().isEmpty())
        o.error = QStringLiteral("--data-dir needs a directory");
    else if (!o.dbUri.isEmpty() && !o.dataDir.isEmpty())
        o.error =
            QStringLiteral("--db and --data-dir exclude each other: --data-dir names the embedded cluster");
}

// Parses with the common behaviour of every subcommand: help text, errors, --help. False: return `o` as is.
bool parseCommon(QCommandLineParser &p, const QStringList &args, const QString &command, CliOptions &o)
{
    o.helpText = p.helpText().replace(QStringLiteral("[options]"), command + QStringLiteral(" [options]"));
    if (!p.parse(args)) {
        o.error = p.errorText();
        return false;
    }
    if (p.isSet(QStringLiteral("help"))) {
        o.command = CliOptions::Command::Help;
        return false;
    }
    return true;
}

CliOptions parseImport(const QStringList &args)
{
    CliOptions o;
    o.command = CliOptions::Command::Import;
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Loads a CAD export (the same CSV and --map as triage) into the database, each call with its\n"
        "suggestion. Calls whose id is already stored are skipped: importing a file twice adds nothing.\n"
        "Bad rows are reported on standard error with their line number and skipped; progress is shown on\n"
        "standard error every second."));
    addHelp(p);
    addRulesOption(p);
    addMapOption(p);
    addDatabaseOptions(p);
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("CSV file to load; - for standard input."),
                            QStringLiteral("FILE|-"));
    if (!parseCommon(p, args, QStringLiteral("import"), o))
        return o;
    o.rulesFile = p.value(QStringLiteral("rules"));
    o.maps = p.values(QStringLiteral("map"));
    readDatabaseOptions(p, o);
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 1)
        o.error = QStringLiteral("import reads one file (- for standard input); got %1").arg(pos.size());
    o.input = pos.value(0);
    return o;
}

CliOptions parseDecide(const QStringList &args)
{
    CliOptions o;
    o.command = CliOptions::Command::Decide;
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Stores a dispatcher's decision on a call: accept its suggestion, or override it with another kind\n"
        "and a reason. The first decision wins: exit status 3 when the call was already decided (the\n"
        "message names who decided and when)."));
    addHelp(p);
    p.addOption({QStringLiteral("dispatcher"), QStringLiteral("The dispatcher's id (required)."),
                 QStringLiteral("ID")});
    p.addOption({QStringLiteral("accept"), QStringLiteral("Accept the suggestion.")});
    p.addOption({QStringLiteral("override"),
                 QStringLiteral("Send another kind: unarmed, co_responder or police."),
                 QStringLiteral("KIND")});
    p.addOption(
        {QStringLiteral("reason"),
         QStringLiteral("Why the suggestion was overridden: new_information, caller_request, no_unit_free, "
                        "safety_history, supervisor_direction or other (needs --note)."),
         QStringLiteral("CODE")});
    p.addOption(
        {QStringLiteral("note"), QStringLiteral("A note with the decision."), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("workstation"),
                 QStringLiteral("The console's name (default: this host's name)."), QStringLiteral("NAME")});
    addDatabaseOptions(p);
    p.addPositionalArgument(QStringLiteral("CALL_ID"), QStringLiteral("The call's CAD id."));
    if (!parseCommon(p, args, QStringLiteral("decide"), o))
        return o;
    readDatabaseOptions(p, o);
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 1 || pos.first().trimmed().isEmpty()) {
        o.error = QStringLiteral("decide needs exactly one CALL_ID");
        return o;
    }
    o.callId = pos.first().trimmed();
    o.dispatcher = p.value(QStringLiteral("dispatcher")).trimmed();
    o.accept = p.isSet(QStringLiteral("accept"));
    o.reasonCode = p.value(QStringLiteral("reason")).trimmed();
    o.note = p.value(QStringLiteral("note"));
    o.workstation = p.value(QStringLiteral("workstation")).trimmed();
    if (o.dispatcher.isEmpty()) {
        o.error = QStringLiteral("--dispatcher ID is required");
    } else if (o.accept == p.isSet(QStringLiteral("override"))) {
        o.error = QStringLiteral("give either --accept or --override KIND --reason CODE");
    } else if (o.accept && p.isSet(QStringLiteral("reason"))) {
        o.error = QStringLiteral("--reason goes with --override, not --accept");
    } else if (!o.accept) {
        const QString kind = p.value(QStringLiteral("override")).trimmed().toLower();
        o.overrideKind = responseKindFromString(kind);
        if (!o.overrideKind)
            o.error =
                QStringLiteral("unknown --override '%1' (use unarmed, co_responder or police)").arg(kind);
        else if (o.reasonCode.isEmpty())
            o.error = QStringLiteral("--override needs --reason CODE");
    }
    return o;
}

// "weapon=no", "self_harm=yes" (or self-harm): one answer, or an error naming what is wrong.
std::variant<ScreeningAnswer, QString> screeningAnswerFrom(const QString &text)
{
    const qsizetype eq = text.indexOf(u'=');
    if (eq < 0)
        return QStringLiteral("'%1' is not QUESTION=ANSWER (for example weapon=no)").arg(text);
    const QString name = text.left(eq).trimmed().toLower().replace(u'-', u'_');
    const QString value = text.mid(eq + 1).trimmed();
    const std::optional<Screen> question = screenFromName(name);
    if (!question)
        return QStringLiteral("unknown screening question '%1' (use weapon, violence, injury, self_harm, "
                              "domestic or crime_in_progress)")
            .arg(text.left(eq));
    const std::optional<Answer> answer = value.isEmpty() ? std::nullopt : answerFromString(value);
    if (!answer)
        return QStringLiteral("'%1' is not an answer to %2 (use yes, no or unknown)").arg(value, name);
    return ScreeningAnswer{*question, *answer};
}

CliOptions parseScreen(const QStringList &args)
{
    CliOptions o;
    o.command = CliOptions::Command::Screen;
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Stores a dispatcher's answers to the screening questions of a call, each with who gave it and "
        "when,\n"
        "triages the call again at once with all its answers (the latest answer per question wins; an\n"
        "explicit answer beats the narrative), stores the new suggestion and prints it. Every console shows\n"
        "it within a second.\n"
        "Questions: weapon, violence, injury, self_harm, domestic, crime_in_progress. Answers: yes, no or\n"
        "unknown. Example: rightresponse-cli screen E24-100231 --dispatcher D17 weapon=no violence=yes\n"
        "Exit status: 0 stored; 2 unknown call, closed call, bad question or answer, or no database."));
    addHelp(p);
    p.addOption({QStringLiteral("dispatcher"), QStringLiteral("The dispatcher's id (required)."),
                 QStringLiteral("ID")});
    p.addOption({QStringLiteral("workstation"),
                 QStringLiteral("The console's name (default: this host's name)."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("rules"),
                 QStringLiteral("Rule set JSON file to triage with (default: the built-in rule set)."),
                 QStringLiteral("FILE")});
    addDatabaseOptions(p);
    p.addPositionalArgument(QStringLiteral("CALL_ID"), QStringLiteral("The call's CAD id."));
    p.addPositionalArgument(QStringLiteral("QUESTION=ANSWER"),
                            QStringLiteral("One answer or more, e.g. weapon=no violence=yes."),
                            QStringLiteral("QUESTION=ANSWER..."));
    if (!parseCommon(p, args, QStringLiteral("screen"), o))
        return o;
    readDatabaseOptions(p, o);
    o.rulesFile = p.value(QStringLiteral("rules"));
    o.dispatcher = p.value(QStringLiteral("dispatcher")).trimmed();
    o.workstation = p.value(QStringLiteral("workstation")).trimmed();
    const QStringList pos = p.positionalArguments();
    if (pos.isEmpty() || pos.first().trimmed().isEmpty() || pos.first().contains(u'=')) {
        o.error = QStringLiteral("screen needs the CALL_ID first, then QUESTION=ANSWER...");
        return o;
    }
    o.callId = pos.first().trimmed();
    for (const QString &arg : pos.mid(1)) {
        auto parsed = screeningAnswerFrom(arg);
        if (const QString *e = std::get_if<QString>(&parsed)) {
            o.error = *e;
            return o;
        }
        const ScreeningAnswer a = std::get<ScreeningAnswer>(parsed);
        for (const ScreeningAnswer &before : o.screeningAnswers) {
            if (before.question == a.question) {
                o.error = QStringLiteral("%1 is answered twice").arg(screenName(a.question));
                return o;
            }
        }
        o.screeningAnswers.append(a);
    }
    if (o.screeningAnswers.isEmpty())
        o.error = QStringLiteral("screen needs at least one QUESTION=ANSWER, for example weapon=no");
    else if (o.dispatcher.isEmpty())
        o.error = QStringLiteral("--dispatcher ID is required");
    return o;
}

CliOptions parseCalls(const QStringList &args)
{
    CliOptions o;
    o.command = CliOptions::Command::Calls;
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Lists the stored calls, newest first, with their current suggestion and their decision.\n"
        "CSV columns: id,received_at,call_type,status,response,ems,category,decision,chosen,dispatcher,\n"
        "decided_at,reason (decision is accepted, overridden or empty)."));
    addHelp(p);
    p.addOption({QStringLiteral("open"), QStringLiteral("Only calls that are not closed.")});
    p.addOption({QStringLiteral("format"), QStringLiteral("Output format: csv (default) or jsonl."),
                 QStringLiteral("csv|jsonl"), QStringLiteral("csv")});
    p.addOption({QStringLiteral("limit"), QStringLiteral("At most N calls, the newest (default 100000)."),
                 QStringLiteral("N"), QStringLiteral("100000")});
    addDatabaseOptions(p);
    if (!parseCommon(p, args, QStringLiteral("calls"), o))
        return o;
    readDatabaseOptions(p, o);
    o.openOnly = p.isSet(QStringLiteral("open"));
    readFormat(p, o);
    bool ok = false;
    o.limit = p.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || o.limit <= 0)
        o.error = positiveError(QStringLiteral("--limit"), p.value(QStringLiteral("limit")));
    if (!p.positionalArguments().isEmpty())
        o.error = QStringLiteral("calls takes no arguments");
    return o;
}

CliOptions parseDb(const QStringList &args)
{
    CliOptions o;
    o.command = CliOptions::Command::Db;
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Manages the database in use.\n"
        "  start    start the embedded cluster (created on first start), migrate it, print its URI and "
        "directory\n"
        "  stop     stop the embedded cluster\n"
        "  status   state, data directory, socket, port and schema version (exit 2 when not reachable)\n"
        "  migrate  bring the schema of the database in use up to date\n"
        "  uri      print the connection URI on one line: psql \"$(rightresponse-cli db uri)\""));
    addHelp(p);
    addDatabaseOptions(p);
    p.addPositionalArgument(QStringLiteral("ACTION"), QStringLiteral("start, stop, status, migrate or uri."));
    if (!parseCommon(p, args, QStringLiteral("db"), o))
        return o;
    readDatabaseOptions(p, o);
    const QStringList pos = p.positionalArguments();
    static const QList<std::pair<QString, CliOptions::DbAction>> actions = {
        {QStringLiteral("start"), CliOptions::DbAction::Start},
        {QStringLiteral("stop"), CliOptions::DbAction::Stop},
        {QStringLiteral("status"), CliOptions::DbAction::Status},
        {QStringLiteral("migrate"), CliOptions::DbAction::Migrate},
        {QStringLiteral("uri"), CliOptions::DbAction::Uri}};
    if (pos.size() != 1) {
        o.error = QStringLiteral("db needs one action: start, stop, status, migrate or uri");
        return o;
    }
    for (const auto &[name, action] : actions) {
        if (pos.first() == name) {
            o.dbAction = action;
            return o;
        }
    }
    o.error =
        QStringLiteral("unknown db action '%1' (use start, stop, status, migrate or uri)").arg(pos.first());
    return o;
}

// "127.0.0.1:8080", "[::1]:8080", "localhost:0" (0: any free port).
bool parseListen(const QString &text, QString &address, quint16 &port)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return false;
    address = text.left(colon);
    if (address.startsWith(u'[') && address.endsWith(u']'))
        address = address.mid(1, address.size() - 2);
    bool ok = false;
    const uint n = text.mid(colon + 1).toUInt(&ok);
    if (!ok || n > 65535 || address.isEmpty())
        return false;
    port = quint16(n);
    return true;
}

QString tokenOnCommandLine(const QStringList &args)
{
    for (const QString &a : args) {
        if (a == u"--token" || a.startsWith(u"--token="))
            return QStringLiteral(
                "the token is never accepted on the command line (other users can read it in "
                "the process list): use --token-file FILE or RIGHTRESPONSE_INTAKE_TOKEN");
    }
    return {};
}

CliOptions parseIntake(const QStringList &args)
{
    CliOptions o;
    o.command = CliOptions::Command::Intake;
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Receives calls as JSON over HTTP (POST /v1/calls, bearer token), triages and stores them, until\n"
        "interrupted (SIGINT or SIGTERM). The token comes from --token-file or RIGHTRESPONSE_INTAKE_TOKEN,\n"
        "never from the command line."));
    addHelp(p);
    p.addOption({QStringLiteral("listen"),
                 QStringLiteral("Address and port to listen on, e.g. 127.0.0.1:8080 (required)."),
                 QStringLiteral("ADDR:PORT")});
    p.addOption({QStringLiteral("token-file"), QStringLiteral("File holding the bearer token."),
                 QStringLiteral("FILE")});
    addRulesOption(p);
    addDatabaseOptions(p);
    if (const QString e = tokenOnCommandLine(args); !e.isEmpty()) {
        o.helpText = p.helpText().replace(QStringLiteral("[options]"), QStringLiteral("intake [options]"));
        o.error = e;
        return o;
    }
    if (!parseCommon(p, args, QStringLiteral("intake"), o))
        return o;
    readDatabaseOptions(p, o);
    o.rulesFile = p.value(QStringLiteral("rules"));
    o.tokenFile = p.value(QStringLiteral("token-file"));
    if (!p.isSet(QStringLiteral("listen")))
        o.error = QStringLiteral("--listen ADDR:PORT is required");
    else if (!parseListen(p.value(QStringLiteral("listen")), o.listenAddress, o.listenPort))
        o.error = QStringLiteral("--listen must be ADDR:PORT such as 127.0.0.1:8080, got '%1'")
                      .arg(p.value(QStringLiteral("listen")));
    if (!p.positionalArguments().isEmpty())
        o.error = QStringLiteral("intake takes no arguments");
    return o;
}

CliOptions parseSimulate(const QStringList &args)
{
    CliOptions o;
    o.command = CliOptions::Command::Simulate;
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Posts realistic synthetic calls to an intake service at a realistic rate (sped up with --speed),\n"
        "until --count calls were posted or it is interrupted. Exit status 1 when some could not be "
        "posted."));
    addHelp(p);
    p.addOption({QStringLiteral("to"),
                 QStringLiteral("The intake service, e.g. http://127.0.0.1:8080 (required)."),
                 QStringLiteral("URL")});
    p.addOption({QStringLiteral("rate"), QStringLiteral("Average calls per hour of simulated time."),
                 QStringLiteral("CALLS_PER_HOUR")});
    p.addOption({QStringLiteral("speed"),
                 QStringLiteral("Simulated time runs X times faster than real time."), QStringLiteral("X")});
    p.addOption({QStringLiteral("count"),
                 QStringLiteral("Stop after N calls (default: run until interrupted)."),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("seed"), QStringLiteral("Random seed (default 1)."), QStringLiteral("S"),
                 QStringLiteral("1")});
    p.addOption({QStringLiteral("token-file"), QStringLiteral("File holding the bearer token."),
                 QStringLiteral("FILE")});
    if (const QString e = tokenOnCommandLine(args); !e.isEmpty()) {
        o.helpText = p.helpText().replace(QStringLiteral("[options]"), QStringLiteral("simulate [options]"));
        o.error = e;
        return o;
    }
    if (!parseCommon(p, args, QStringLiteral("simulate"), o))
        return o;
    o.tokenFile = p.value(QStringLiteral("token-file"));
    o.target = p.value(QStringLiteral("to")).trimmed();
    if (o.target.isEmpty() || !(o.target.startsWith(u"http://") || o.target.startsWith(u"https://")))
        o.error = QStringLiteral("--to URL is required, e.g. http://127.0.0.1:8080");
    bool ok = false;
    for (const auto &[name, target] :
         {std::pair{QStringLiteral("rate"), &o.callsPerHour}, std::pair{QStringLiteral("speed"), &o.speed}}) {
        if (!p.isSet(name))
            continue;
        const double v = p.value(name).toDouble(&ok);
        if (!ok || !(v > 0) || !std::isfinite(v))
            o.error = positiveError(QStringLiteral("--") + name, p.value(name));
        else
            *target = v;
    }
    if (p.isSet(QStringLiteral("count"))) {
        o.count = p.value(QStringLiteral("count")).toLongLong(&ok);
        if (!ok || o.count <= 0)
            o.error = positiveError(QStringLiteral("--count"), p.value(QStringLiteral("count")));
    }
    o.seedSet = p.isSet(QStringLiteral("seed"));
    o.seed = p.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        o.error = QStringLiteral("--seed must be a whole number 0 or more, got '%1'")
                      .arg(p.value(QStringLiteral("seed")));
    if (!p.positionalArguments().isEmpty())
        o.error = QStringLiteral("simulate takes no arguments");
    return o;
}

CliOptions parseEvaluate(const QStringList &args)
{
    CliOptions o;
    o.command = CliOptions::Command::Evaluate;
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Measures a rule set on labelled calls: triages each row of a labelled CSV and compares the\n"
        "suggestion with the row's label.\n"
        "\n"
        "The file has the canonical input columns of triage (or --map for a city's own names) and:\n"
        "  expected      the right kind: unarmed, co_responder or police, or acceptable kinds separated\n"
        "                by / (unarmed/co_responder); required\n"
        "  expected_ems  yes or no: whether Fire/EMS should go too; empty: not checked; optional\n"
        "Both can be mapped: --map expected=COLUMN --map expected_ems=COLUMN. Other columns are ignored.\n"
        "\n"
        "A row is correct when the suggested kind is one of its acceptable kinds and, when expected_ems is\n"
        "given, the EMS flag agrees. Accuracy = correct rows / all data rows: a bad row (a call or label\n"
        "that cannot be read, such as an unknown kind) is reported on standard error with its line, listed\n"
        "in the report and counted as a miss.\n"
        "Confusion matrix: rows are the expected kind, columns the suggested kind; a row labelled with\n"
        "several kinds counts under the suggested kind when that kind is acceptable, else under its first\n"
        "kind, so that the diagonal holds the rows whose kind is right.\n"
        "Unsafe: labelled police only, suggested unarmed. Over-policed: labelled unarmed only, suggested\n"
        "police.\n"
        "\n"
        "Formats: text (a report: figures, matrix, every miss with the engine's reasons, bad rows, PASS or\n"
        "FAIL); csv and jsonl (one record per miss, then per bad row, then one summary record, last; the\n"
        "field \"record\" is miss, bad_row or summary).\n"
        "\n"
        "Exit status: 0 no unsafe suggestion and accuracy at least --min-accuracy (when given); 1 "
        "otherwise;\n"
        "2 unusable invocation, file, header or rule set, or no data rows."));
    addHelp(p);
    p.addOption({QStringLiteral("labels"),
                 QStringLiteral("The labelled CSV file (required); - for standard input."),
                 QStringLiteral("FILE")});
    addRulesOption(p);
    addMapOption(p, QStringLiteral(" or a label (expected, expected_ems)"));
    p.addOption({QStringLiteral("format"), QStringLiteral("Output format: text (default), csv or jsonl."),
                 QStringLiteral("text|csv|jsonl"), QStringLiteral("text")});
    p.addOption({QStringLiteral("min-accuracy"),
                 QStringLiteral("Fail (exit status 1) when accuracy is below FRACTION, e.g. 0.97."),
                 QStringLiteral("FRACTION")});
    if (!parseCommon(p, args, QStringLiteral("evaluate"), o))
        return o;
    o.rulesFile = p.value(QStringLiteral("rules"));
    o.maps = p.values(QStringLiteral("map"));
    readFormat(p, o, true);
    o.input = p.value(QStringLiteral("labels"));
    if (p.isSet(QStringLiteral("min-accuracy"))) {
        bool ok = false;
        const QString text = p.value(QStringLiteral("min-accuracy"));
        const double v = text.toDouble(&ok);
        if (!ok || !(v >= 0.0 && v <= 1.0))
            o.error = QStringLiteral("--min-accuracy must be a fraction from 0 to 1, e.g. 0.97, got '%1'")
                          .arg(text);
        else
            o.minAccuracy = v;
    }
    if (o.input.isEmpty())
        o.error = QStringLiteral("--labels FILE is required (- for standard input)");
    else if (!p.positionalArguments().isEmpty())
        o.error = QStringLiteral("evaluate reads the file named by --labels; unexpected argument '%1'")
                      .arg(p.positionalArguments().first());
    return o;
}

} // namespace

CliOptions parseCliArguments(const QStringList &args)
{
    CliOptions o;
    o.helpText = mainHelp();
    const QString cmd = args.value(1);
    const QStringList rest =
        args.mid(1); // the command stands where QCommandLineParser expects the program name
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
    if (cmd == u"evaluate")
        return parseEvaluate(rest);
    if (cmd == u"generate")
        return parseGenerate(rest);
    if (cmd == u"import")
        return parseImport(rest);
    if (cmd == u"decide")
        return parseDecide(rest);
    if (cmd == u"screen")
        return parseScreen(rest);
    if (cmd == u"calls")
        return parseCalls(rest);
    if (cmd == u"db")
        return parseDb(rest);
    if (cmd == u"intake")
        return parseIntake(rest);
    if (cmd == u"simulate")
        return parseSimulate(rest);
    o.error = QStringLiteral("unknown command '%1'").arg(cmd);
    return o;
}

} // namespace rr
