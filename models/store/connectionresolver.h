#pragma once

#include "core/result.h"

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
// TLS to a shared server: libpq's sslmode (verify-full for a centre's server) and the CA file that signed the
// server's certificate.
inline constexpr char kSslModeSetting[] = "database/sslmode";
inline constexpr char kSslRootCertSetting[] = "database/sslrootcert";

// Applies the TLS settings to every connection this process makes, through libpq's PGSSLMODE and
// PGSSLROOTCERT, unless the environment sets them already; an sslmode written in a connection string still
// wins. Call once at start-up, before any thread connects. A Failure names a bad mode or a missing CA file.
Result<void> applyTlsSettings(const QSettings *settings);

// One line for `db status`: whether the connection is encrypted, with what, and whether the server's
// certificate and host name were verified: "on (TLSv1.3, TLS_AES_256_GCM_SHA384); server certificate and host
// name verified (sslmode verify-full, CA /etc/rightresponse/ca.crt)", "off (Unix socket, this machine only)".
QString tlsDescription(const PgConnection &connection);

// Resolves as described above. `settings` may be null (no settings consulted).
ConnectionChoice resolveConnection(const QString &dbOption, const QString &dataDirOption,
                                   const QSettings *settings);

// The PG* variables that select the libpq environment, those that are set and not empty.
QStringList libpqEnvironmentVariables();

// A "postgresql://" URI of an open connection (user, host or socket directory, port, database; never the
// password), for `db uri` when the choice is the libpq environment: psql accepts it.
QString connectionUriOf(const PgConnection &connection);

} // namespace rr
