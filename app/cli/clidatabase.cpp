#include "clidatabase.h"

#include <QCoreApplication>

#include "options.h"
#include "store/localcluster.h"
#include "store/migrator.h"
#include "store/pgconnection.h"

#include <QSettings>

namespace rr {

namespace {
// The catalogues' context of this file's messages.
struct CliDatabaseText
{
    Q_DECLARE_TR_FUNCTIONS(rr::CliDatabase)
};
} // namespace

CliDatabase::CliDatabase(const DatabaseOptions &options)
{
    const QSettings settings(QStringLiteral("RightResponse"), QStringLiteral("rightresponse"));
    m_choice = resolveConnection(options.uri, options.dataDir, &settings);
    m_tls = applyTlsSettings(&settings);
}

QString CliDatabase::uri() const
{
    return m_choice.isEmbedded() ? LocalCluster(m_choice.dataDir).connectionUri() : m_choice.uri;
}

namespace {

// Refuses a database whose schema is not this program's version. A login in an application role (rr_intake,
// rr_dispatcher) may not read the migrations table: then the command's own statements tell whether the
// schema is there.
Result<void> checkSchema(PgConnection &connection, const ConnectionChoice &choice)
{
    const Result<int> version = Migrator::currentVersion(connection);
    const int current = version.valueOr(-1);
    if (current >= 0 && current < Migrator::latestVersion())
        return Failure{CliDatabaseText::tr("the database schema is at version %1, this program needs %2: run "
                                           "`rightresponse-cli db migrate` first (%3)")
                           .arg(current)
                           .arg(Migrator::latestVersion())
                           .arg(choice.describe())};
    if (current >= 0 && current > Migrator::latestVersion())
        return Failure{
            CliDatabaseText::tr("the database schema is at version %1, newer than this program knows "
                                "(%2): upgrade RightResponse (%3)")
                .arg(current)
                .arg(Migrator::latestVersion())
                .arg(choice.describe())};
    return {};
}

} // namespace

Result<std::unique_ptr<PgConnection>> CliDatabase::open(Schema schema)
{
    if (!m_tls)
        return m_tls.failure();
    if (m_choice.isEmbedded()) {
        LocalCluster cluster(m_choice.dataDir);
        if (cluster.state() != LocalCluster::State::Running) {
            const Result<QString> started = cluster.start();
            if (!started.ok())
                return Failure{CliDatabaseText::tr("cannot start the embedded database in %1: %2")
                                   .arg(m_choice.dataDir, started.error())};
        }
        if (schema == Schema::Check)
            schema = Schema::Migrate; // the program owns the embedded cluster: it keeps it up to date
    }
    QString error;
    std::unique_ptr<PgConnection> connection = PgConnection::open(uri(), &error);
    if (!connection)
        return Failure{
            CliDatabaseText::tr("cannot reach the database (%1): %2").arg(m_choice.describe(), error)};
    if (schema == Schema::Migrate) {
        const Result<Migrator::Migrated> migrated = Migrator::migrate(*connection);
        if (!migrated)
            return Failure{CliDatabaseText::tr("cannot migrate the database (%1): %2")
                               .arg(m_choice.describe(), migrated.error())};
    } else if (schema == Schema::Check) {
        if (Result<void> checked = checkSchema(*connection, m_choice); !checked)
            return checked.failure();
    }
    return connection;
}

} // namespace rr
