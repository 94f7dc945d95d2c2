#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

namespace rr {

class ServerAccount;

// Starts, stops and locates a private PostgreSQL cluster: the "embedded default" database. The server listens
// on a Unix socket only (listen_addresses = ''), trusts the owner's local connections, asks every other login
// (staff) for its SCRAM-SHA-256 password (pg_hba.conf, rewritten on every start), and keeps its data,
// settings (rightresponse.conf, included from postgresql.conf), port record (rightresponse.port) and log
// (server.log) in the data directory. As root the server runs as the `postgres` account, else as a
// `rightresponse` system account created on demand; as a normal user it runs as that user. Its superuser role
// is that account's name.
//
// The socket goes in the data directory when that path is short enough for the 107-byte Unix socket path
// limit (directory + "/.s.PGSQL.NNNNN"), else in /tmp/rr-pg-<hash of the data directory>, a private 0700
// directory.
//
// Blocking calls (they run initdb/pg_ctl): call them from a worker thread or a command-line program, never
// the GUI thread. One instance per thread; two instances on the same directory in two processes are safe for
// state()/connectionUri() but start()/stop() should not race each other.
class LocalCluster
{
    Q_DECLARE_TR_FUNCTIONS(LocalCluster)

public:
    explicit LocalCluster(QString dataDir);

    // RIGHTRESPONSE_DATA_DIR if set, else ~/.local/share/rightresponse/pg (shared by the console and the
    // CLI). As root the user's home is usually unreachable for the unprivileged server account, so a root
    // process defaults to /var/lib/rightresponse/pg.
    static QString defaultDataDir();
    // The port tried first for a new cluster in `dataDir`: 5433 + (hash of the path % 1000).
    static int preferredPort(const QString &dataDir);
    // The PostgreSQL server programs: RIGHTRESPONSE_PG_BINDIR, else `pg_config --bindir`, else the highest
    // /usr/lib/postgresql/*/bin. Empty if none holds initdb, pg_ctl and postgres.
    static QString serverBinDir();

    // initdb if needed, make the data directory private (an existing one with looser permissions is
    // tightened to 0700), repair a stale pid file, pg_ctl start -w, create the database `rightresponse` if
    // missing. Already running is a success. The value says what happened, the failure what went wrong, for
    // a user.
    Result<QString> start();
    // pg_ctl stop -m fast, with a timeout. Not running is a success. The value says what happened.
    Result<QString> stop();

    enum class State
    {
        NotInitialised,
        Stopped,
        Running
    };
    State state() const;
    QString statusText() const; // one line for `db status`
    // "postgresql:///rightresponse?host=<url-encoded socket dir>&port=<port>&user=<user>"
    QString connectionUri() const;
    QString socketDirectory() const;
    int port() const; // the recorded port, else preferredPort()
    QString dataDir() const;
    QString userName() const; // the superuser role: the server account's name
    QString logFile() const;
    // pg_hba.conf of the embedded cluster, rewritten on every start: the owner's local connection is
    // trusted, every other login (staff) authenticates with a SCRAM-SHA-256 password.
    static QByteArray hostBasedAuthentication(const QString &ownerName);

private:
    // The steps of start(); each value is a note for the user, often empty.
    Result<QString> initialise(const QString &binDir, const ServerAccount &account);
    Result<QString> prepareSocketDirectory(const ServerAccount &account);
    Result<QString> repairStaleLock();
    Result<QString> choosePortIfNeeded(const ServerAccount &account);
    Result<QString> writeSettings(const ServerAccount &account);
    Result<QString> startServer(const QString &binDir, const ServerAccount &account);
    Result<QString> ensureDatabase() const;
    qint64 runningPid() const;
    int recordedPort() const;
    QString canonicalDataDir() const;
    QString logTail() const;

    QString m_dataDir;
};

} // namespace rr
