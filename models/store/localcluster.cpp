#include "localcluster.h"

#include "core/privatefiles.h"
#include "processprobe.h"
#include "serveraccount.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>
#include <QVersionNumber>

#include <libpq-fe.h>

#include <unistd.h>

#include <algorithm>
#include <functional>
#include <memory>

namespace rr {

namespace {

const QString kDatabaseName = QStringLiteral("rightresponse");
const QString kPortFile = QStringLiteral("rightresponse.port");
const QString kSettingsFile = QStringLiteral("rightresponse.conf");
const QString kIncludeLine = QStringLiteral("include_if_exists = 'rightresponse.conf'");
constexpr int kFirstPort = 5433;
constexpr int kPortRange = 1000;
// sun_path holds 108 bytes with the NUL; the server appends "/.s.PGSQL.NNNNN" to the directory.
constexpr int kMaxSocketPath = 107;
constexpr int kMaxSocketDirBytes = kMaxSocketPath - int(sizeof("/.s.PGSQL.65535") - 1);
constexpr int kStartTimeoutSeconds = 60;
constexpr int kStopTimeoutSeconds = 30;

QString normalised(const QString &dir)
{
    return QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
}

QByteArray pathHash(const QString &dir)
{
    return QCryptographicHash::hash(QFile::encodeName(normalised(dir)), QCryptographicHash::Sha1);
}

QString lastLines(const QString &text, int count)
{
    QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.size() > count)
        lines = lines.mid(lines.size() - count);
    return lines.join(QLatin1String(" / "));
}

bool writeFile(const QString &path, const QByteArray &content, const ServerAccount &account, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size()) {
        *error = LocalCluster::tr("could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.close();
    return account.giveOwnership(path, error);
}

bool hasServerPrograms(const QString &dir)
{
    return !dir.isEmpty() && QFileInfo(dir + QLatin1String("/initdb")).isExecutable() &&
           QFileInfo(dir + QLatin1String("/pg_ctl")).isExecutable() &&
           QFileInfo(dir + QLatin1String("/postgres")).isExecutable();
}

struct PgConnCloser
{
    void operator()(PGconn *conn) const { PQfinish(conn); }
};
struct PgResultCloser
{
    void operator()(PGresult *result) const { PQclear(result); }
};
using PgConn = std::unique_ptr<PGconn, PgConnCloser>;
using PgResult = std::unique_ptr<PGresult, PgResultCloser>;

} // namespace

LocalCluster::LocalCluster(QString dataDir) : m_dataDir(normalised(dataDir)) {}

QString LocalCluster::defaultDataDir()
{
    const QString fromEnv = qEnvironmentVariable("RIGHTRESPONSE_DATA_DIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    if (::geteuid() == 0)
        return QStringLiteral("/var/lib/rightresponse/pg");
    // One place for every program of the product (console and command line share the database), whatever
    // the application name: ~/.local/share/rightresponse/pg.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QLatin1String("/rightresponse/pg");
}

int LocalCluster::preferredPort(const QString &dataDir)
{
    const QByteArray hash = pathHash(dataDir);
    const quint32 value = (quint32(quint8(hash[0])) << 24) | (quint32(quint8(hash[1])) << 16) |
                          (quint32(quint8(hash[2])) << 8) | quint32(quint8(hash[3]));
    return kFirstPort + int(value % kPortRange);
}

QString LocalCluster::serverBinDir()
{
    if (qEnvironmentVariableIsSet("RIGHTRESPONSE_PG_BINDIR")) {
        const QString dir = qEnvironmentVariable("RIGHTRESPONSE_PG_BINDIR");
        return hasServerPrograms(dir) ? dir : QString();
    }
    const QString pgConfig = QStandardPaths::findExecutable(QStringLiteral("pg_config"));
    if (!pgConfig.isEmpty()) {
        QProcess process;
        process.start(pgConfig, {QStringLiteral("--bindir")});
        if (process.waitForFinished(10000) && process.exitCode() == 0) {
            const QString dir = QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed();
            if (hasServerPrograms(dir))
                return dir;
        }
    }
    const QDir root(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) {
        return QVersionNumber::fromString(a) > QVersionNumber::fromString(b);
    });
    for (const QString &version : std::as_const(versions)) {
        const QString dir = root.filePath(version + QLatin1String("/bin"));
        if (hasServerPrograms(dir))
            return dir;
    }
    return {};
}

Result<QString> LocalCluster::start()
{
    const QString binDir = serverBinDir();
    if (binDir.isEmpty()) {
        const QString where =
            qEnvironmentVariableIsSet("RIGHTRESPONSE_PG_BINDIR")
                ? tr("RIGHTRESPONSE_PG_BINDIR=%1").arg(qEnvironmentVariable("RIGHTRESPONSE_PG_BINDIR"))
                : tr("pg_config --bindir and /usr/lib/postgresql/*/bin");
        return Failure{
            tr("PostgreSQL server programs (initdb, pg_ctl, postgres) not found in %1; install the "
               "postgresql package or set RIGHTRESPONSE_PG_BINDIR")
                .arg(where)};
    }
    ServerAccount account = ServerAccount::forCurrentProcess();
    QString error;
    if (!account.create(&error))
        return Failure{error};
    if (state() == State::Running) {
        const Result<QString> database = ensureDatabase();
        if (!database)
            return database;
        return tr("The local database is already running (%1).").arg(m_dataDir);
    }
    QStringList notes;
    if (state() == State::NotInitialised) {
        const Result<QString> created = initialise(binDir, account);
        if (!created)
            return created;
        notes << *created;
    }
    const std::function<Result<QString>()> steps[] = {
        // Private to the server account: an existing directory with looser permissions (0750, 0755) is
        // tightened to 0700, or the start is refused with what to do.
        [&] { return ensurePrivateDirectory(m_dataDir); }, [&] { return prepareSocketDirectory(account); },
        [&] { return repairStaleLock(); }, [&] { return choosePortIfNeeded(account); },
        [&] { return writeSettings(account); }};
    for (const auto &run : steps) {
        const Result<QString> step = run();
        if (!step)
            return step;
        if (!step->isEmpty())
            notes << *step;
    }
    if (const Result<QString> started = startServer(binDir, account); !started)
        return started;
    if (const Result<QString> database = ensureDatabase(); !database)
        return database;
    notes << tr("Started the local database in %1 (socket %2, port %3).")
                 .arg(m_dataDir, socketDirectory(), QString::number(port()));
    return notes.join(QLatin1Char(' '));
}

Result<QString> LocalCluster::initialise(const QString &binDir, const ServerAccount &account)
{
    QString blocking;
    if (!account.canTraverse(m_dataDir, &blocking))
        return Failure{
            tr("the database server account \"%1\" cannot reach %2 because it may not enter %3; choose "
               "another data directory (RIGHTRESPONSE_DATA_DIR) or allow it in (chmod o+x %3)")
                .arg(account.name(), m_dataDir, blocking)};
    if (!QDir().mkpath(m_dataDir))
        return Failure{tr("could not create the database directory %1").arg(m_dataDir)};
    if (!QDir(m_dataDir).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot))
        return Failure{tr("%1 is not empty and holds no PostgreSQL cluster; choose a new or empty directory")
                           .arg(m_dataDir)};
    QString error;
    if (!account.giveOwnership(m_dataDir, &error))
        return Failure{error};
    QFile::setPermissions(m_dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QStringList common = {QStringLiteral("-D"),
                                m_dataDir,
                                QStringLiteral("-U"),
                                account.name(),
                                QStringLiteral("-E"),
                                QStringLiteral("UTF8"),
                                QStringLiteral("--auth-local=trust"),
                                QStringLiteral("--auth-host=reject")};
    const QString initdb = binDir + QLatin1String("/initdb");
    ServerAccount::Run run =
        account.run(initdb, common + QStringList{QStringLiteral("--locale=C.UTF-8")}, 120000);
    if (!run.ok) // a system without the C.UTF-8 locale: fall back to plain C
        run = account.run(initdb, common + QStringList{QStringLiteral("--no-locale")}, 120000);
    if (!run.ok)
        return Failure{
            tr("could not create the database cluster in %1: %2").arg(m_dataDir, lastLines(run.output, 3))};
    QFile conf(m_dataDir + QLatin1String("/postgresql.conf"));
    if (!conf.open(QIODevice::Append) ||
        conf.write(QLatin1String("\n# RightResponse settings (rewritten on every start)\n%1\n")
                       .arg(kIncludeLine)
                       .toUtf8()) < 0)
        return Failure{tr("could not update %1: %2").arg(conf.fileName(), conf.errorString())};
    return tr("Created a new database cluster in %1.").arg(m_dataDir);
}

Result<QString> LocalCluster::prepareSocketDirectory(const ServerAccount &account)
{
    const QString dir = socketDirectory();
    if (dir == m_dataDir)
        return QString();
    const QFileInfo info(dir);
    if (info.isSymLink() || (info.exists() && !info.isDir()))
        return Failure{
            tr("%1 is not a directory; remove it so the database can put its socket there").arg(dir)};
    if (!info.exists() && !QDir().mkdir(dir))
        return Failure{tr("could not create the socket directory %1").arg(dir)};
    QString error;
    if (!account.giveOwnership(dir, &error))
        return Failure{error};
    if (QFileInfo(dir).ownerId() != account.uid())
        return Failure{tr("the socket directory %1 belongs to another user; remove it").arg(dir)};
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return QString();
}

Result<QString> LocalCluster::repairStaleLock()
{
    // Called only when no live server of ours runs: a leftover postmaster.pid names a dead process, a zombie
    // or an unrelated process that reuses the pid. The server itself would refuse to start in the last two
    // cases.
    QStringList notes;
    const QString pidFile = m_dataDir + QLatin1String("/postmaster.pid");
    if (QFileInfo::exists(pidFile)) {
        const qint64 pid = ProcessProbe::pidInLockFile(pidFile);
        if (!QFile::remove(pidFile))
            return Failure{tr("could not remove the stale lock file %1").arg(pidFile)};
        notes << tr("Removed a stale postmaster.pid (pid %1) left by a server that did not shut down.")
                     .arg(pid);
    }
    const QString socketPath = socketDirectory() + QStringLiteral("/.s.PGSQL.%1").arg(port());
    const QString socketLock = socketPath + QLatin1String(".lock");
    if (QFileInfo::exists(socketLock) &&
        !ProcessProbe::isServerOf(ProcessProbe::pidInLockFile(socketLock), canonicalDataDir()))
        QFile::remove(socketLock);
    // Backends of a killed server still hold its shared memory for a moment; the new server refuses to start
    // while they do.
    const QDeadlineTimer deadline(10000);
    QList<qint64> leftovers = ProcessProbe::processesIn(canonicalDataDir());
    while (!leftovers.isEmpty() && !deadline.hasExpired()) {
        QThread::msleep(20);
        leftovers = ProcessProbe::processesIn(canonicalDataDir());
    }
    if (!leftovers.isEmpty()) {
        QStringList pids;
        for (qint64 pid : std::as_const(leftovers))
            pids << QString::number(pid);
        return Failure{
            tr("processes of a previous database server (pid %1) are still running in %2; end them "
               "and start again")
                .arg(pids.join(QLatin1String(", ")), m_dataDir)};
    }
    return notes.join(QLatin1Char(' '));
}

Result<QString> LocalCluster::choosePortIfNeeded(const ServerAccount &account)
{
    const int recorded = recordedPort();
    if (recorded > 0 &&
        !ProcessProbe::unixSocketListening(socketDirectory() + QStringLiteral("/.s.PGSQL.%1").arg(recorded)))
        return QString();
    // A new cluster, or another server took our socket path: take the first free port from the preferred one.
    const int first = recorded > 0 ? recorded + 1 : preferredPort(m_dataDir);
    for (int i = 0; i < kPortRange; ++i) {
        const int candidate = kFirstPort + (first - kFirstPort + i) % kPortRange;
        if (ProcessProbe::portInUse(candidate))
            continue;
        QString error;
        if (!writeFile(m_dataDir + QLatin1Char('/') + kPortFile, QByteArray::number(candidate) + '\n',
                       account, &error))
            return Failure{error};
        return QString();
    }
    return Failure{tr("no free port between %1 and %2 for the local database")
                       .arg(kFirstPort)
                       .arg(kFirstPort + kPortRange - 1)};
}

Result<QString> LocalCluster::writeSettings(const ServerAccount &account)
{
    QString socketDir = socketDirectory();
    socketDir.replace(QLatin1Char('\''), QLatin1String("''"));
    const QString settings =
        QStringLiteral("# Written by RightResponse on every start; put overrides in postgresql.conf "
                       "after the include line.\n"
                       "listen_addresses = ''\n"
                       "port = %1\n"
                       "unix_socket_directories = '%2'\n"
                       "unix_socket_permissions = 0700\n"
                       "shared_buffers = 32MB\n"
                       "max_connections = 100\n"
                       "fsync = on\n"
                       "logging_collector = off\n"
                       "password_encryption = 'scram-sha-256'\n")
            .arg(QString::number(port()), socketDir);
    QString error;
    if (!writeFile(m_dataDir + QLatin1Char('/') + kSettingsFile, settings.toUtf8(), account, &error))
        return Failure{error};
    if (!writeFile(m_dataDir + QLatin1String("/pg_hba.conf"), hostBasedAuthentication(account.name()),
                   account, &error))
        return Failure{error};
    return QString();
}

QByteArray LocalCluster::hostBasedAuthentication(const QString &ownerName)
{
    // The owner (the server account, the only one besides root that may open the 0700 socket directory)
    // is trusted as before: the command line, the intake and the demo connect as it. Every other role is a
    // member of staff and gives its password, checked by SCRAM-SHA-256. The cluster listens on no TCP
    // address; should an administrator open one (listen_addresses, ssl in postgresql.conf), only TLS with a
    // password.
    QString owner = ownerName;
    owner.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QStringLiteral("# Written by RightResponse on every start of the embedded cluster.\n"
                          "# TYPE  DATABASE     USER      METHOD\n"
                          "local   all          \"%1\"  trust\n"
                          "local   replication  \"%1\"  trust\n"
                          "local   all          all       scram-sha-256\n"
                          "# Over the network (when listen_addresses opens it): TLS and a password only.\n"
                          "hostssl all          all       all   scram-sha-256\n"
                          "host    all          all       all   reject\n")
        .arg(owner)
        .toUtf8();
}

Result<QString> LocalCluster::startServer(const QString &binDir, const ServerAccount &account)
{
    const ServerAccount::Run run = account.run(binDir + QLatin1String("/pg_ctl"),
                                               {QStringLiteral("start"), QStringLiteral("-D"), m_dataDir,
                                                QStringLiteral("-l"), logFile(), QStringLiteral("-w"),
                                                QStringLiteral("-t"), QString::number(kStartTimeoutSeconds)},
                                               (kStartTimeoutSeconds + 15) * 1000);
    if (run.ok && runningPid() > 0)
        return QString();
    return Failure{
        tr("the database server did not start: %1; server log: %2").arg(lastLines(run.output, 1), logTail())};
}

Result<QString> LocalCluster::ensureDatabase() const
{
    const QByteArray host = QFile::encodeName(socketDirectory());
    const QByteArray portText = QByteArray::number(port());
    const QByteArray user = userName().toUtf8();
    const char *keys[] = {"host", "port", "user", "dbname", "connect_timeout", nullptr};
    const char *values[] = {host.constData(), portText.constData(), user.constData(), "postgres", "10",
                            nullptr};
    const PgConn conn(PQconnectdbParams(keys, values, 0));
    if (PQstatus(conn.get()) != CONNECTION_OK)
        return Failure{tr("could not connect to the local database: %1")
                           .arg(QString::fromUtf8(PQerrorMessage(conn.get())).trimmed())};
    const QByteArray name = kDatabaseName.toUtf8();
    const char *params[] = {name.constData()};
    const PgResult found(PQexecParams(conn.get(), "SELECT 1 FROM pg_database WHERE datname = $1", 1, nullptr,
                                      params, nullptr, nullptr, 0));
    if (PQresultStatus(found.get()) != PGRES_TUPLES_OK)
        return Failure{
            tr("could not list the databases: %1").arg(QString::fromUtf8(PQerrorMessage(conn.get())))};
    if (PQntuples(found.get()) > 0)
        return QString();
    // CREATE DATABASE takes no bound parameters; the name is our constant.
    const PgResult created(PQexec(conn.get(), "CREATE DATABASE rightresponse"));
    const char *sqlState = PQresultErrorField(created.get(), PG_DIAG_SQLSTATE);
    if (PQresultStatus(created.get()) == PGRES_COMMAND_OK ||
        qstrcmp(sqlState, "42P04") == 0) // duplicate_database
        return QString();
    return Failure{tr("could not create the database %1: %2")
                       .arg(kDatabaseName, QString::fromUtf8(PQerrorMessage(conn.get())).trimmed())};
}

Result<QString> LocalCluster::stop()
{
    if (state() != State::Running)
        return tr("The local database is not running.");
    const QString binDir = serverBinDir();
    if (binDir.isEmpty())
        return Failure{tr("PostgreSQL server programs (pg_ctl) not found; cannot stop the local database")};
    const ServerAccount::Run run = ServerAccount::forCurrentProcess().run(
        binDir + QLatin1String("/pg_ctl"),
        {QStringLiteral("stop"), QStringLiteral("-D"), m_dataDir, QStringLiteral("-m"),
         QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("-t"),
         QString::number(kStopTimeoutSeconds)},
        (kStopTimeoutSeconds + 15) * 1000);
    if (runningPid() == 0)
        return tr("Stopped the local database.");
    return Failure{tr("the database server did not stop within %1 s: %2")
                       .arg(QString::number(kStopTimeoutSeconds), lastLines(run.output, 1))};
}

LocalCluster::State LocalCluster::state() const
{
    if (!QFileInfo::exists(m_dataDir + QLatin1String("/PG_VERSION")))
        return State::NotInitialised;
    return runningPid() > 0 ? State::Running : State::Stopped;
}

QString LocalCluster::statusText() const
{
    switch (state()) {
    case State::NotInitialised:
        return tr("not initialised: no database cluster in %1 yet (created on first start)").arg(m_dataDir);
    case State::Stopped:
        return tr("stopped: database cluster in %1, port %2").arg(m_dataDir, QString::number(port()));
    case State::Running:
        break;
    }
    return tr("running: database cluster in %1, pid %2, socket %3, port %4, user %5")
        .arg(m_dataDir, QString::number(runningPid()), socketDirectory(), QString::number(port()),
             userName());
}

QString LocalCluster::connectionUri() const
{
    // Concatenated, not QString::arg(): the encoded host holds "%2F", which arg() would take for a
    // placeholder.
    return QLatin1String("postgresql:///") + kDatabaseName + QLatin1String("?host=") +
           QString::fromLatin1(QUrl::toPercentEncoding(socketDirectory())) + QLatin1String("&port=") +
           QString::number(port()) + QLatin1String("&user=") +
           QString::fromLatin1(QUrl::toPercentEncoding(userName()));
}

QString LocalCluster::socketDirectory() const
{
    static const QRegularExpression awkward(QStringLiteral("[\\s,'\"\\\\]"));
    if (QFile::encodeName(m_dataDir).size() <= kMaxSocketDirBytes && !m_dataDir.contains(awkward))
        return m_dataDir;
    return QLatin1String("/tmp/rr-pg-") + QString::fromLatin1(pathHash(m_dataDir).toHex().left(12));
}

int LocalCluster::port() const
{
    const int recorded = recordedPort();
    return recorded > 0 ? recorded : preferredPort(m_dataDir);
}

QString LocalCluster::dataDir() const
{
    return m_dataDir;
}

QString LocalCluster::userName() const
{
    return ServerAccount::forCurrentProcess().name();
}

QString LocalCluster::logFile() const
{
    return m_dataDir + QLatin1String("/server.log");
}

qint64 LocalCluster::runningPid() const
{
    const qint64 pid = ProcessProbe::pidInLockFile(m_dataDir + QLatin1String("/postmaster.pid"));
    return ProcessProbe::isServerOf(pid, canonicalDataDir()) ? pid : 0;
}

int LocalCluster::recordedPort() const
{
    QFile file(m_dataDir + QLatin1Char('/') + kPortFile);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    bool ok = false;
    const int value = file.readLine().trimmed().toInt(&ok);
    return ok && value > 0 && value < 65536 ? value : 0;
}

QString LocalCluster::canonicalDataDir() const
{
    const QString canonical = QFileInfo(m_dataDir).canonicalFilePath();
    return canonical.isEmpty() ? m_dataDir : canonical;
}

QString LocalCluster::logTail() const
{
    QFile file(logFile());
    if (!file.open(QIODevice::ReadOnly))
        return tr("(no log at %1)").arg(logFile());
    if (file.size() > 4096)
        file.seek(file.size() - 4096);
    return lastLines(QString::fromLocal8Bit(file.readAll()), 3);
}

} // namespace rr
