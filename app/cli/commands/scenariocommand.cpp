#include "scenariocommand.h"

#include "clidatabase.h"
#include "commandsupport.h"
#include "io/csvwriter.h"
#include "store/callstore.h"
#include "store/pgconnection.h"
#include "training/scenariobuilder.h"
#include "training/scenariojson.h"
#include "training/scenariostore.h"

#include <QFileInfo>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rr {

namespace {

const PositionalArgument kAction{
    QStringLiteral("ACTION"),
    QStringLiteral(
        QT_TRANSLATE_NOOP("rr::Option", "create NAME, list, show NAME, export NAME or import FILE.")),
    QStringLiteral(QT_TRANSLATE_NOOP("rr::Option", "ACTION [NAME|FILE]"))};
const TextOption kFrom({QStringLiteral("from"),
                        QStringLiteral(QT_TRANSLATE_NOOP(
                            "rr::Option", "create: the CAD export to build from (- for standard input); with "
                                          "--from-db, the start of the period (ISO 8601).")),
                        QStringLiteral("FILE|ISO8601")});
const TypedOption<QDateTime>
    kTo({QStringLiteral("to"),
         QStringLiteral(QT_TRANSLATE_NOOP("rr::Option",
                                          "create --from-db: the end of the period (ISO 8601), exclusive.")),
         QStringLiteral("ISO8601")},
        &convert::isoTime);
const FlagOption kFromDatabase(
    {QStringLiteral("from-db"),
     QStringLiteral(QT_TRANSLATE_NOOP("rr::Option",
                                      "create: from the stored calls received from --from to --to, with "
                                      "their decisions."))});
const ListOption
    kTag({QStringLiteral("tag"),
          QStringLiteral(QT_TRANSLATE_NOOP("rr::Option",
                                           "create: a tag, e.g. category:mental-health or difficulty:hard. "
                                           "Repeatable.")),
          QStringLiteral("TAG")});
const TextOption
    kDescription({QStringLiteral("description"),
                  QStringLiteral(QT_TRANSLATE_NOOP("rr::Option", "create: what the scenario trains.")),
                  QStringLiteral("TEXT")},
                 TextOption::Trim::Yes);
const TypedOption<int> kVersion(
    {QStringLiteral("version"),
     QStringLiteral(QT_TRANSLATE_NOOP("rr::Option", "show, export: this version (default: the latest).")),
     QStringLiteral("N")},
    &convert::positiveInt);
const TextOption
    kName({QStringLiteral("name"),
           QStringLiteral(QT_TRANSLATE_NOOP("rr::Option",
                                            "import: store under NAME instead of the name in the file.")),
           QStringLiteral("NAME")},
          TextOption::Trim::Yes);

const QList<std::pair<QString, ScenarioCommand::Action>> kActions = {
    {QStringLiteral("create"), ScenarioCommand::Action::Create},
    {QStringLiteral("list"), ScenarioCommand::Action::List},
    {QStringLiteral("show"), ScenarioCommand::Action::Show},
    {QStringLiteral("export"), ScenarioCommand::Action::Export},
    {QStringLiteral("import"), ScenarioCommand::Action::Import}};

// "+01:05" from the start, "+1:02:03" past an hour.
QString offsetText(qint64 ms)
{
    const qint64 s = ms / 1000;
    return s >= 3600 ? QStringLiteral("+%1:%2:%3")
                           .arg(s / 3600)
                           .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
                           .arg(s % 60, 2, 10, QLatin1Char('0'))
                     : QStringLiteral("+%1:%2")
                           .arg(s / 60, 2, 10, QLatin1Char('0'))
                           .arg(s % 60, 2, 10, QLatin1Char('0'));
}

// "1 call", "3 calls".
QString count(qsizetype n, const char *noun)
{
    return QStringLiteral("%1 %2%3")
        .arg(n)
        .arg(QLatin1String(noun))
        .arg(n == 1 ? QString() : QStringLiteral("s"));
}

Result<QByteArray> readInput(const QString &file, QIODevice &stdinDevice)
{
    if (file == u"-")
        return stdinDevice.readAll();
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Failure{ScenarioCommand::tr("cannot read %1: %2").arg(file, f.errorString())};
    return f.readAll();
}

} // namespace

ScenarioCommand::ScenarioCommand()
    : Command(
          QStringLiteral("scenario"),
          ScenarioCommand::tr("Training scenarios: create, list, show, export, import"),
          ScenarioCommand::tr(
              "The training library: scenarios of de-identified historical calls with an answer key.\n"
              "  scenario create NAME (--from FILE [--map FIELD=COLUMN]... | --from-db --from ISO8601 --to "
              "ISO8601)\n"
              "                       [--tag TAG]... [--description TEXT] [--rules FILE]\n"
              "  scenario list [--format text|csv|jsonl]\n"
              "  scenario show NAME [--version N]\n"
              "  scenario export NAME [--version N] [--out FILE]\n"
              "  scenario import FILE [--name NAME]\n"
              "create keeps the calls' offsets from the first call, numbers them T001, T002... and always\n"
              "de-identifies them (names, phones, e-mail, dates, plates; house numbers become blocks).\n"
              "A row that cannot go in is reported with its line (a call without a received time too) and\n"
              "the exit status is 1. Each call's key is its recorded decision when there is one, else the\n"
              "suggestion of the rules (--rules, default the built-in set). A scenario travels as one JSON\n"
              "file (export, import); an imported one is de-identified again. Trainers and administrators\n"
              "add scenarios; trainers, supervisors and administrators read them; --from-db reads the live\n"
              "calls, which a trainer's login may not: the database owner or an administrator builds those."))
{}

void ScenarioCommand::declare(QCommandLineParser &parser) const
{
    add(parser, kFrom);
    add(parser, kFromDatabase);
    add(parser, kTo);
    add(parser, option::map);
    add(parser, kTag);
    add(parser, kDescription);
    add(parser, option::rules);
    add(parser, kVersion);
    add(parser, option::out);
    add(parser, kName);
    add(parser, option::reportFormat);
    DatabaseOptions::addTo(parser);
    add(parser, kAction);
}

Result<void> ScenarioCommand::readCreate(const QCommandLineParser &parser, Options &o) const
{
    o.fromDatabase = kFromDatabase.value(parser);
    if (!kFrom.isSet(parser))
        return Failure{
            ScenarioCommand::tr("scenario create needs --from FILE, or --from-db --from ISO8601 --to "
                                "ISO8601")};
    if (o.fromDatabase) {
        if (!option::map.values(parser).isEmpty())
            return Failure{ScenarioCommand::tr("--map goes with --from FILE, not with --from-db")};
        const Result<QDateTime> from = convert::isoTime(kFrom.flag(), kFrom.value(parser));
        if (!from)
            return from.failure();
        if (!kTo.isSet(parser))
            return Failure{
                ScenarioCommand::tr("scenario create --from-db needs --to ISO8601 as well as --from")};
        const Result<QDateTime> to = kTo.value(parser);
        if (!to)
            return to.failure();
        if (*from >= *to)
            return Failure{ScenarioCommand::tr("--from must be before --to")};
        o.from = *from;
        o.to = *to;
    } else {
        if (kTo.isSet(parser))
            return Failure{ScenarioCommand::tr("--to goes with --from-db (a period of stored calls)")};
        o.file = kFrom.value(parser);
        o.maps = option::map.values(parser);
        if (Result<ColumnMapping> mapping = ColumnMapping::fromArguments(o.maps); !mapping)
            return mapping.failure();
    }
    o.tags = kTag.values(parser);
    for (QString &t : o.tags)
        t = t.trimmed();
    o.tags.removeAll(QString());
    o.tags.removeDuplicates();
    o.description = kDescription.value(parser);
    o.rulesFile = option::rules.value(parser);
    return {};
}

Result<void> ScenarioCommand::read(const QCommandLineParser &parser)
{
    const QStringList pos = parser.positionalArguments();
    if (pos.isEmpty())
        return Failure{ScenarioCommand::tr("scenario needs an action: create, list, show, export or import")};
    const auto found =
        std::find_if(kActions.begin(), kActions.end(), [&](const auto &a) { return a.first == pos.first(); });
    if (found == kActions.end())
        return Failure{
            ScenarioCommand::tr("unknown scenario action '%1' (use create, list, show, export or import)")
                .arg(pos.first())};
    Options o;
    o.action = found->second;
    const qsizetype wanted = o.action == Action::List ? 1 : 2;
    if (pos.size() != wanted)
        return Failure{o.action == Action::List ? ScenarioCommand::tr("scenario list takes no name")
                       : o.action == Action::Import
                           ? ScenarioCommand::tr("scenario import needs one FILE")
                           : ScenarioCommand::tr("scenario %1 needs one NAME").arg(pos.first())};
    if (o.action == Action::Import)
        o.file = pos.at(1);
    else if (wanted == 2)
        o.name = pos.at(1).trimmed();
    if (o.action == Action::Create) {
        if (const QString problem = ScenarioJson::nameProblem(o.name); !problem.isEmpty())
            return Failure{problem};
        if (Result<void> create = readCreate(parser, o); !create)
            return create;
    } else {
        for (const Option *only : std::initializer_list<const Option *>{
                 &kFrom, &kFromDatabase, &kTo, &option::map, &kTag, &kDescription, &option::rules})
            if (only->isSet(parser))
                return Failure{ScenarioCommand::tr("%1 goes with scenario create").arg(only->flag())};
    }
    if (kVersion.isSet(parser) && o.action != Action::Show && o.action != Action::Export)
        return Failure{ScenarioCommand::tr("--version goes with scenario show and scenario export")};
    if (const auto version = kVersion.ifSet(parser); !version)
        return version.failure();
    else
        o.version = *version;
    if (option::out.isSet(parser) && o.action != Action::Export)
        return Failure{ScenarioCommand::tr("--out goes with scenario export")};
    o.out = option::out.value(parser);
    if (kName.isSet(parser) && o.action != Action::Import)
        return Failure{
            ScenarioCommand::tr("--name goes with scenario import (create, show and export take the name "
                                "as an argument)")};
    o.name = o.action == Action::Import ? kName.value(parser) : o.name;
    if (!o.name.isEmpty())
        if (const QString problem = ScenarioJson::nameProblem(o.name); !problem.isEmpty())
            return Failure{problem};
    const Result<OutputFormat> format = option::reportFormat.value(parser);
    if (!format)
        return format.failure();
    o.format = *format;
    const Result<DatabaseOptions> database = DatabaseOptions::read(parser);
    if (!database)
        return database.failure();
    o.database = *database;
    m_options = std::move(o);
    return {};
}

int ScenarioCommand::run(CommandIo &io)
{
    if (m_options.action == Action::Create)
        return create(io);
    CliDatabase database(m_options.database);
    const Result<std::unique_ptr<PgConnection>> opened = database.open();
    if (!opened)
        return unusable(io.err, opened.error());
    ScenarioStore store(**opened);
    switch (m_options.action) {
    case Action::List:
        return list(store, io);
    case Action::Show:
        return show(store, io);
    case Action::Export:
        return exportTo(store, io);
    case Action::Import:
        return import(store, io);
    case Action::Create:
        break;
    }
    return exitcode::Ok;
}

int ScenarioCommand::create(CommandIo &io)
{
    const Options &o = m_options;
    const Result<std::shared_ptr<const RuleSet>> rules = loadRules(o.rulesFile);
    if (!rules)
        return unusable(io.err, rules.error());
    ScenarioBuilder builder(*rules);
    Result<ScenarioBuilder::Built> built = Failure{};
    QString origin;
    std::unique_ptr<PgConnection> connection;
    CliDatabase database(o.database);
    if (o.fromDatabase) {
        Result<std::unique_ptr<PgConnection>> opened = database.open();
        if (!opened)
            return unusable(io.err, opened.error());
        connection = std::move(opened).value();
        QString error;
        const QList<StoredCall> calls =
            CallStore(*connection).receivedBetween(o.from, o.to, &error, ScenarioBuilder::kMaxCalls + 1);
        if (!error.isEmpty())
            return unusable(
                io.err, ScenarioCommand::tr("cannot read the stored calls: %1%2")
                            .arg(error, error.contains(ScenarioCommand::tr("permission denied"))
                                            ? ScenarioCommand::tr(" (the live calls are for supervisors, "
                                                                  "administrators and the database owner)")
                                            : QString()));
        origin = ScenarioCommand::tr("database %1..%2")
                     .arg(o.from.toString(Qt::ISODate), o.to.toString(Qt::ISODate));
        built = builder.fromStored(calls);
    } else {
        ExportInput input;
        if (Result<void> opened = input.open(o.file, o.maps, io.in); !opened)
            return unusable(io.err, opened.error());
        origin = o.file == u"-" ? input.origin() : QFileInfo(o.file).fileName();
        built = builder.fromExport(input.reader());
        BadRowReporter badRows(io.err, input.origin());
        if (built)
            for (const RowError &e : built->rejected)
                badRows.report(e);
        badRows.finish();
    }
    if (!built)
        return unusable(io.err, QStringLiteral("%1: %2").arg(origin, built.error()));
    Scenario scenario = built->scenario;
    scenario.name = o.name;
    scenario.description = o.description;
    scenario.tags = o.tags;
    scenario.source = origin;
    if (!connection) {
        Result<std::unique_ptr<PgConnection>> opened = database.open();
        if (!opened)
            return unusable(io.err, opened.error());
        connection = std::move(opened).value();
    }
    const Result<Scenario> stored = ScenarioStore(*connection).add(scenario);
    if (!stored)
        return unusable(io.err, stored.error());
    say(io.out,
        ScenarioCommand::tr("scenario %1 (version %2): %3 over %4, keys from %5 and %6; %7 de-identified; %8 "
                            "rejected")
            .arg(stored->name)
            .arg(stored->version)
            .arg(count(stored->calls.size(), "call"), offsetText(stored->durationMs()).mid(1),
                 count(built->historyKeys, "decision"), count(built->suggestionKeys, "suggestion"),
                 count(built->changedFields, "field"), count(built->rejected.size(), "row")));
    return built->rejected.isEmpty() ? exitcode::Ok : exitcode::SomeRowsRejected;
}

int ScenarioCommand::list(ScenarioStore &store, CommandIo &io) const
{
    const Result<QList<ScenarioSummary>> all = store.list();
    if (!all)
        return unusable(io.err, all.error());
    const auto duration = [](qint64 ms) { return offsetText(ms).mid(1); };
    switch (m_options.format) {
    case OutputFormat::Text:
        if (all->isEmpty())
            say(io.out, ScenarioCommand::tr("no scenarios in the library"));
        for (const ScenarioSummary &s : *all)
            say(io.out,
                ScenarioCommand::tr("%1  v%2  %3 calls  %4  %5  by %6 %7%8")
                    .arg(s.name.leftJustified(28))
                    .arg(s.version)
                    .arg(s.callCount, 3)
                    .arg(duration(s.durationMs).rightJustified(7), s.tags.join(u',').leftJustified(36),
                         s.createdBy, s.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")),
                         s.description.isEmpty() ? QString() : QStringLiteral("  ") + s.description));
        break;
    case OutputFormat::Csv: {
        CsvWriter csv(&io.out);
        csv.row({QStringLiteral("name"), QStringLiteral("version"), QStringLiteral("versions"),
                 QStringLiteral("calls"), QStringLiteral("duration_s"), QStringLiteral("tags"),
                 QStringLiteral("description"), QStringLiteral("source"), QStringLiteral("rules_version"),
                 QStringLiteral("created_by"), QStringLiteral("created_at")});
        for (const ScenarioSummary &s : *all)
            csv.row({s.name, QString::number(s.version), QString::number(s.versions),
                     QString::number(s.callCount), QString::number(s.durationMs / 1000), s.tags.join(u' '),
                     s.description, s.source, s.rulesVersion, s.createdBy,
                     s.createdAt.toString(Qt::ISODate)});
        break;
    }
    case OutputFormat::Jsonl:
        for (const ScenarioSummary &s : *all) {
            const QJsonObject j{{QStringLiteral("name"), s.name},
                                {QStringLiteral("version"), s.version},
                                {QStringLiteral("versions"), s.versions},
                                {QStringLiteral("calls"), s.callCount},
                                {QStringLiteral("duration_ms"), double(s.durationMs)},
                                {QStringLiteral("tags"), QJsonArray::fromStringList(s.tags)},
                                {QStringLiteral("description"), s.description},
                                {QStringLiteral("source"), s.source},
                                {QStringLiteral("rules_version"), s.rulesVersion},
                                {QStringLiteral("created_by"), s.createdBy},
                                {QStringLiteral("created_at"), s.createdAt.toString(Qt::ISODate)}};
            io.out.write(QJsonDocument(j).toJson(QJsonDocument::Compact) + '\n');
        }
        break;
    }
    return exitcode::Ok;
}

int ScenarioCommand::show(ScenarioStore &store, CommandIo &io) const
{
    const Result<Scenario> loaded = store.load(m_options.name, m_options.version);
    if (!loaded)
        return unusable(io.err, loaded.error());
    const Scenario &s = *loaded;
    say(io.out, ScenarioCommand::tr("%1, version %2: %n call(s) over %3", nullptr, int(s.calls.size()))
                    .arg(s.name)
                    .arg(s.version)
                    .arg(offsetText(s.durationMs()).mid(1)));
    if (!s.description.isEmpty())
        say(io.out, s.description);
    say(io.out, ScenarioCommand::tr("tags: %1; source: %2; rules: %3")
                    .arg(s.tags.isEmpty() ? QStringLiteral("none") : s.tags.join(QStringLiteral(", ")),
                         s.source, s.rulesVersion.left(12)));
    for (const ScenarioCall &c : s.calls) {
        const Call &call = c.call;
        QString type = call.callType;
        if (!call.callCode.isEmpty())
            type += QStringLiteral(" (%1)").arg(call.callCode);
        say(io.out, QStringLiteral("\n%1  %2  %3%4%5")
                        .arg(offsetText(c.offsetMs).leftJustified(7), call.id, type,
                             call.priority ? QStringLiteral("  P%1").arg(*call.priority) : QString(),
                             call.address.isEmpty() ? QString() : QStringLiteral("  ") + call.address));
        if (!call.narrative.isEmpty())
            say(io.out, QStringLiteral("         %1").arg(call.narrative));
        say(io.out,
            ScenarioCommand::tr("         key: %1 [%2]")
                .arg(describe(c.key), c.key.source.isEmpty() ? QStringLiteral("trainer") : c.key.source));
    }
    return exitcode::Ok;
}

int ScenarioCommand::exportTo(ScenarioStore &store, CommandIo &io) const
{
    const Result<Scenario> loaded = store.load(m_options.name, m_options.version);
    if (!loaded)
        return unusable(io.err, loaded.error());
    if (m_options.out.isEmpty()) {
        io.out.write(ScenarioJson::toJson(*loaded));
        return exitcode::Ok;
    }
    if (Result<void> written = ScenarioJson::writeFile(m_options.out, *loaded); !written)
        return unusable(io.err, written.error());
    say(io.err, ScenarioCommand::tr("wrote %1 (scenario %2, version %3, %n call(s))", nullptr,
                                    int(loaded->calls.size()))
                    .arg(m_options.out, loaded->name)
                    .arg(loaded->version));
    return exitcode::Ok;
}

int ScenarioCommand::import(ScenarioStore &store, CommandIo &io) const
{
    const Result<QByteArray> data = readInput(m_options.file, io.in);
    if (!data)
        return unusable(io.err, data.error());
    const QString origin = m_options.file == u"-" ? QStringLiteral("<stdin>") : m_options.file;
    Result<Scenario> read = ScenarioJson::fromJson(*data);
    if (!read)
        return unusable(io.err, QStringLiteral("%1: %2").arg(origin, read.error()));
    Scenario scenario = std::move(read).value();
    if (!m_options.name.isEmpty())
        scenario.name = m_options.name;
    // A file from elsewhere is not trusted to be clean: the same de-identification as create.
    const Result<std::shared_ptr<const RuleSet>> rules = loadRules(QString());
    if (!rules)
        return unusable(io.err, rules.error());
    const Deidentifier deidentifier(*rules);
    int changed = 0;
    for (ScenarioCall &c : scenario.calls) {
        const Call clean = deidentifier.call(c.call);
        changed += clean != c.call;
        c.call = clean;
    }
    const Result<Scenario> stored = store.add(scenario);
    if (!stored)
        return unusable(io.err, stored.error().contains(ScenarioCommand::tr("already in the library"))
                                    ? stored.error() + ScenarioCommand::tr(" with --name NAME")
                                    : stored.error());
    say(io.out,
        ScenarioCommand::tr("imported scenario %1 (version %2): %3 over %4; de-identification changed %5")
            .arg(stored->name)
            .arg(stored->version)
            .arg(count(stored->calls.size(), "call"), offsetText(stored->durationMs()).mid(1),
                 count(changed, "call")));
    return exitcode::Ok;
}

} // namespace rr
