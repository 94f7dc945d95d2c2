#include "clidatabase.h"

#include "commandsupport.h"
#include "options.h"
#include "store/localcluster.h"
#include "store/migrator.h"
#include "store/pgconnection.h"

#include <QSettings>

namespace rr {

CliDatabase::CliDatabase(const DatabaseOptions &options)
{
    const QSettings settings(QStringLiteral("RightResponse"), QStringLiteral("rightresponse"));
    m_choice = resolveConnection(options.uri, options.dataDir, &settings);
}

QString CliDatabase::uri() const
{
    return m_choice.isEmbedded() ? LocalCluster(m_choice.dataDir).connectionUri() : m_choice.uri;
}

std::unique_ptr<PgConnection> CliDatabase::open(QIODevice &err, Schema schema)
{
    auto unusable = [&](const QString &message) {
        say(err, QStringLiteral("rightresponse-cli: %1").arg(message));
        return std::unique_ptr<PgConnection>();
    };
    if (m_choice.isEmbedded()) {
        LocalCluster cluster(m_choice.dataDir);
        if (cluster.state() != LocalCluster::State::Running) {
            const LocalCluster::Result started = cluster.start();
            if (!started.ok)
                return unusable(QStringLiteral("cannot start the embedded database in %1: %2")
                                    .arg(m_choice.dataDir, started.message));
        }
        if (schema == Schema::Check)
            schema = Schema::Migrate; // the program owns the embedded cluster: it keeps it up to date
    }
    QString error;
    std::unique_ptr<PgConnection> connection = PgConnection::open(uri(), &error);
    if (!connection)
        return unusable(QStringLiteral("cannot reach the database (%1): %2").arg(m_choice.describe(), error));
    if (schema == Schema::Migrate) {
        const Migrator::Result migrated = Migrator::migrate(*connection);
        if (!migrated.ok)
            return unusable(QStringLiteral("cannot migrate the database (%1): %2")
                                .arg(m_choice.describe(), migrated.message));
    } else if (schema == Schema::Check) {
        // A login in an application role (rr_intake, rr_dispatcher) may not read the migrations table: then
        // the command's own statements tell whether the schema is there.
        const int current = Migrator::currentVersion(*connection, &error);
        if (current >= 0 && current < Migrator::latestVersion())
            return unusable(QStringLiteral("the database schema is at version %1, this program needs %2: run "
                                           "`rightresponse-cli db migrate` first (%3)")
                                .arg(current)
                                .arg(Migrator::latestVersion())
                                .arg(m_choice.describe()));
        if (current >= 0 && current > Migrator::latestVersion())
            return unusable(
                QStringLiteral("the database schema is at version %1, newer than this program knows "
                               "(%2): upgrade RightResponse (%3)")
                    .arg(current)
                    .arg(Migrator::latestVersion())
                    .arg(m_choice.describe()));
    }
    return connection;
}

} // namespace rr
