#include "commands.h"

#include "clidatabase.h"
#include "commandsupport.h"
#include "store/localcluster.h"
#include "store/migrator.h"
#include "store/pgconnection.h"

#include <QIODevice>

namespace rr {

namespace {

void line(QIODevice &out, const QString &text)
{
    out.write(text.toUtf8());
    out.write("\n");
}

QString schemaLine(PgConnection &connection)
{
    QString error;
    const int current = Migrator::currentVersion(connection, &error);
    if (current < 0)
        return QStringLiteral("schema: unknown (%1)").arg(error);
    const int program = Migrator::latestVersion();
    const QString verdict = current == program ? QStringLiteral("up to date")
                            : current < program
                                ? QStringLiteral("run `rightresponse-cli db migrate`")
                                : QStringLiteral("newer than this program: upgrade RightResponse");
    return QStringLiteral("schema: version %1, program %2 (%3)").arg(current).arg(program).arg(verdict);
}

int embeddedOnly(const CliDatabase &database, const char *action, QIODevice &err)
{
    say(err,
        QStringLiteral("rightresponse-cli: db %1 manages the embedded database, but the database in use is "
                       "chosen by %2; use --data-dir DIR for an embedded one")
            .arg(QLatin1String(action), database.choice().describe()));
    return exitcode::Usage;
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
            line(out, QStringLiteral("schema: unknown (not running; `rightresponse-cli db start`)"));
            return exitcode::Usage;
        }
    }
    const std::unique_ptr<PgConnection> connection = database.open(err, CliDatabase::Schema::Ignore);
    if (!connection)
        return exitcode::Usage;
    if (!choice.isEmbedded())
        line(out, QStringLiteral("uri: %1").arg(connectionUriOf(*connection)));
    line(out, schemaLine(*connection));
    return exitcode::Ok;
}

} // namespace

int runDb(const CliOptions &options, QIODevice &out, QIODevice &err)
{
    CliDatabase database(options);
    const ConnectionChoice &choice = database.choice();
    switch (options.dbAction) {
    case CliOptions::DbAction::Uri:
        if (choice.source == ConnectionChoice::Source::LibpqEnvironment) {
            // libpq's defaults: connect to learn where they lead.
            const std::unique_ptr<PgConnection> connection = database.open(err, CliDatabase::Schema::Ignore);
            if (!connection)
                return exitcode::Usage;
            line(out, connectionUriOf(*connection));
        } else {
            line(out, database.uri());
        }
        return exitcode::Ok;
    case CliOptions::DbAction::Start: {
        if (!choice.isEmbedded())
            return embeddedOnly(database, "start", err);
        const std::unique_ptr<PgConnection> connection = database.open(err, CliDatabase::Schema::Migrate);
        if (!connection)
            return exitcode::Usage;
        line(out, QStringLiteral("state: %1").arg(LocalCluster(choice.dataDir).statusText()));
        line(out, schemaLine(*connection));
        line(out, QStringLiteral("uri: %1").arg(database.uri()));
        line(out, QStringLiteral("data dir: %1").arg(choice.dataDir));
        return exitcode::Ok;
    }
    case CliOptions::DbAction::Stop: {
        if (!choice.isEmbedded())
            return embeddedOnly(database, "stop", err);
        const LocalCluster::Result stopped = LocalCluster(choice.dataDir).stop();
        if (!stopped.ok) {
            say(err, QStringLiteral("rightresponse-cli: %1").arg(stopped.message));
            return exitcode::Usage;
        }
        line(out, stopped.message);
        return exitcode::Ok;
    }
    case CliOptions::DbAction::Status:
        return status(database, out, err);
    case CliOptions::DbAction::Migrate: {
        const std::unique_ptr<PgConnection> connection = database.open(err, CliDatabase::Schema::Ignore);
        if (!connection)
            return exitcode::Usage;
        const Migrator::Result migrated = Migrator::migrate(*connection);
        if (!migrated.ok) {
            say(err, QStringLiteral("rightresponse-cli: cannot migrate the database (%1): %2")
                         .arg(choice.describe(), migrated.message));
            return exitcode::Usage;
        }
        line(out, migrated.message);
        return exitcode::Ok;
    }
    }
    return exitcode::Usage;
}

} // namespace rr
