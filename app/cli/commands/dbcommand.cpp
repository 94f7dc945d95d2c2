#include "dbcommand.h"

#include "clidatabase.h"
#include "commandsupport.h"
#include "store/localcluster.h"
#include "store/migrator.h"
#include "store/pgconnection.h"

#include <QIODevice>

namespace rr {

namespace {

const PositionalArgument kAction{
    QStringLiteral("ACTION"),
    QStringLiteral(QT_TRANSLATE_NOOP("rr::Option", "start, stop, status, migrate or uri."))};

const QList<std::pair<QString, DbCommand::Action>> kActions = {
    {QStringLiteral("start"), DbCommand::Action::Start},
    {QStringLiteral("stop"), DbCommand::Action::Stop},
    {QStringLiteral("status"), DbCommand::Action::Status},
    {QStringLiteral("migrate"), DbCommand::Action::Migrate},
    {QStringLiteral("uri"), DbCommand::Action::Uri}};

Result<DbCommand::Action> actionFrom(const QStringList &pos)
{
    if (pos.size() != 1)
        return Failure{DbCommand::tr("db needs one action: start, stop, status, migrate or uri")};
    for (const auto &[name, action] : kActions) {
        if (pos.first() == name)
            return action;
    }
    return Failure{
        DbCommand::tr("unknown db action '%1' (use start, stop, status, migrate or uri)").arg(pos.first())};
}

// The status lines are "key: value": the keys stay English for scripts, the values are in the interface
// language.
void line(QIODevice &out, const QString &text)
{
    out.write(text.toUtf8());
    out.write("\n");
}

QString schemaLine(PgConnection &connection)
{
    const Result<int> version = Migrator::currentVersion(connection);
    if (!version)
        return QStringLiteral("schema: ") + DbCommand::tr("unknown (%1)").arg(version.error());
    const int current = *version;
    const int program = Migrator::latestVersion();
    const QString verdict = current == program ? DbCommand::tr("up to date")
                            : current < program
                                ? DbCommand::tr("run `rightresponse-cli db migrate`")
                                : DbCommand::tr("newer than this program: upgrade RightResponse");
    return QStringLiteral("schema: ") +
           DbCommand::tr("version %1, program %2 (%3)").arg(current).arg(program).arg(verdict);
}

int embeddedOnly(const CliDatabase &database, const char *action, QIODevice &err)
{
    return unusable(err, DbCommand::tr("db %1 manages the embedded database, but the database in use is "
                                       "chosen by %2; use --data-dir DIR for an embedded one")
                             .arg(QLatin1String(action), database.choice().describe()));
}

int uri(CliDatabase &database, QIODevice &out, QIODevice &err)
{
    if (database.choice().source == ConnectionChoice::Source::LibpqEnvironment) {
        // libpq's defaults: connect to learn where they lead.
        const Result<std::unique_ptr<PgConnection>> connection = database.open(CliDatabase::Schema::Ignore);
        if (!connection)
            return unusable(err, connection.error());
        line(out, connectionUriOf(**connection));
    } else {
        line(out, database.uri());
    }
    return exitcode::Ok;
}

int start(CliDatabase &database, QIODevice &out, QIODevice &err)
{
    const ConnectionChoice &choice = database.choice();
    if (!choice.isEmbedded())
        return embeddedOnly(database, "start", err);
    const Result<std::unique_ptr<PgConnection>> connection = database.open(CliDatabase::Schema::Migrate);
    if (!connection)
        return unusable(err, connection.error());
    line(out, QStringLiteral("state: %1").arg(LocalCluster(choice.dataDir).statusText()));
    line(out, schemaLine(**connection));
    line(out, QStringLiteral("uri: %1").arg(database.uri()));
    line(out, QStringLiteral("data dir: %1").arg(choice.dataDir));
    return exitcode::Ok;
}

int stop(CliDatabase &database, QIODevice &out, QIODevice &err)
{
    const ConnectionChoice &choice = database.choice();
    if (!choice.isEmbedded())
        return embeddedOnly(database, "stop", err);
    const Result<QString> stopped = LocalCluster(choice.dataDir).stop();
    if (!stopped.ok()) {
        return unusable(err, stopped.error());
    }
    line(out, *stopped);
    return exitcode::Ok;
}

int status(CliDatabase &database, QIODevice &out, QIODevice &err)
{
    const ConnectionChoice &choice = database.choice();
    line(out, QStringLiteral("database: %1").arg(choice.describe()));
    if (choice.isEmbedded()) {
        const LocalCluster cluster(choice.dataDir);
        line(out, QStringLiteral("state: %1").arg(cluster.statusText()));
        line(out, QStringLiteral("data dir: %1").arg(cluster.dataDir()));
        line(out, QStringLiteral("socket: %1").arg(cluster.socketDirectory()));
        line(out, QStringLiteral("port: %1").arg(cluster.port()));
        if (cluster.state() != LocalCluster::State::Running) {
            line(out, QStringLiteral("schema: ") +
                          DbCommand::tr("unknown (not running; `rightresponse-cli db start`)"));
            return exitcode::Usage;
        }
    }
    const Result<std::unique_ptr<PgConnection>> connection = database.open(CliDatabase::Schema::Ignore);
    if (!connection)
        return unusable(err, connection.error());
    if (!choice.isEmbedded())
        line(out, QStringLiteral("uri: %1").arg(connectionUriOf(**connection)));
    line(out, QStringLiteral("tls: %1").arg(tlsDescription(**connection)));
    line(out, schemaLine(**connection));
    return exitcode::Ok;
}

int migrate(CliDatabase &database, QIODevice &out, QIODevice &err)
{
    const Result<std::unique_ptr<PgConnection>> connection = database.open(CliDatabase::Schema::Ignore);
    if (!connection)
        return unusable(err, connection.error());
    const Result<Migrator::Migrated> migrated = Migrator::migrate(**connection);
    if (!migrated) {
        return unusable(err, DbCommand::tr("cannot migrate the database (%1): %2")
                                 .arg(database.choice().describe(), migrated.error()));
    }
    line(out, migrated->message);
    return exitcode::Ok;
}

} // namespace

DbCommand::DbCommand()
    : Command(
          QStringLiteral("db"), DbCommand::tr("The database: start|stop|status|migrate|uri"),
          DbCommand::tr("Manages the database in use.\n"
                        "  start    start the embedded cluster (created on first start), migrate it, print "
                        "its URI and directory\n"
                        "  stop     stop the embedded cluster\n"
                        "  status   state, data directory, socket, port and schema version (exit 2 when "
                        "not reachable)\n"
                        "  migrate  bring the schema of the database in use up to date\n"
                        "  uri      print the connection URI on one line: psql \"$(rightresponse-cli db "
                        "uri)\""))
{}

void DbCommand::declare(QCommandLineParser &parser) const
{
    DatabaseOptions::addTo(parser);
    add(parser, kAction);
}

Result<void> DbCommand::read(const QCommandLineParser &parser)
{
    const Result<Action> action = actionFrom(parser.positionalArguments());
    if (!action)
        return action.failure();
    const Result<DatabaseOptions> database = DatabaseOptions::read(parser);
    if (!database)
        return database.failure();
    m_options = {*action, *database};
    return {};
}

int DbCommand::run(CommandIo &io)
{
    CliDatabase database(m_options.database);
    switch (m_options.action) {
    case Action::Uri:
        return uri(database, io.out, io.err);
    case Action::Start:
        return start(database, io.out, io.err);
    case Action::Stop:
        return stop(database, io.out, io.err);
    case Action::Status:
        return status(database, io.out, io.err);
    case Action::Migrate:
        return migrate(database, io.out, io.err);
    }
    return exitcode::Usage;
}

} // namespace rr
