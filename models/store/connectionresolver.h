#pragma once

#include <QString>

class QSettings;

namespace rr {

class PgConnection;

// Which database a program uses, and why. The order, first match wins:
//   1. --db URI on the command line (a libpq connection string or URI);
//   2. --data-dir DIR on the command line: the embedded cluster in DIR (a command-line choice beats the
//      environment);
//   3. RIGHTRESPONSE_DB in the environment;
//   4. libpq's own variables: when any of PGHOST, PGHOSTADDR, PGPORT, PGDATABASE, PGSERVICE is set, the
//      URI is "" and libpq fills in everything from the PG* variables;
//   5. the settings key "database/uri";
//   6. the embedded default: the private cluster in LocalCluster::defaultDataDir() (RIGHTRESPONSE_DATA_DIR
//      overrides it).
// A plain value, any thread.
struct ConnectionChoice
{
    enum class Source
    {
        CommandLine,
        Environment,
        LibpqEnvironment,
        Settings,
        Embedded
    };
    Source source = Source::Embedded;
    QString uri;     // empty for LibpqEnvironment (libpq's defaults) and Embedded (ask the LocalCluster)
    QString dataDir; // Embedded only

    bool isEmbedded() const { return source == Source::Embedded; }
    // One line for a user: "--db on the command line", "RIGHTRESPONSE_DB", "libpq environment (PGHOST,
    // PGPORT)", "settings database/uri (/root/.config/RightResponse/rightresponse.conf)", "embedded cluster
    // in DIR".
    QString describe() const;
};

// The settings key that names the database.
inline constexpr char kDatabaseUriSetting[] = "database/uri";

// Resolves as described above. `settings` may be null (no settings consulted).
ConnectionChoice resolveConnection(const QString &dbOption, const QString &dataDirOption,
                                   const QSettings *settings);

// The PG* variables that select the libpq environment, those that are set and not empty.
QStringList libpqEnvironmentVariables();

// A "postgresql://" URI of an open connection (user, host or socket directory, port, database; never the
// password), for `db uri` when the choice is the libpq environment: psql accepts it.
QString connectionUriOf(const PgConnection &connection);

} // namespace rr
