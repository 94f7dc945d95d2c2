#include "clusterdirectory.h"
#include "store/localcluster.h"
#include "store/processprobe.h"
#include "store/serveraccount.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

#include <libpq-fe.h>

#include <csignal>
#include <memory>
#include <sys/types.h>
#include <unistd.h>

using rr::LocalCluster;
using State = rr::LocalCluster::State;

namespace {

// One value through the Qt PSQL driver, connecting with the parts of the cluster's address.
QString scalarViaQt(const LocalCluster &cluster, const QString &sql)
{
    static int connections = 0;
    const QString name = QStringLiteral("tst_localcluster_%1").arg(++connections);
    QString value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(cluster.socketDirectory());
        db.setPort(cluster.port());
        db.setUserName(cluster.userName());
        db.setDatabaseName(QStringLiteral("rightresponse"));
        if (!db.open()) {
            value = QStringLiteral("open failed: ") + db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0).toString();
            else if (query.lastError().isValid())
                value = QStringLiteral("query failed: ") + query.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

// One value through libpq with the connection URI.
QString scalarViaLibpq(const QString &uri, const char *sql)
{
    PGconn *conn = PQconnectdb(uri.toUtf8().constData());
    QString value;
    if (PQstatus(conn) != CONNECTION_OK) {
        value = QStringLiteral("connect failed: ") + QString::fromUtf8(PQerrorMessage(conn));
    } else {
        PGresult *result = PQexec(conn, sql);
        value = PQresultStatus(result) == PGRES_TUPLES_OK && PQntuples(result) == 1
                    ? QString::fromUtf8(PQgetvalue(result, 0, 0))
                    : QStringLiteral("query failed: ") + QString::fromUtf8(PQerrorMessage(conn));
        PQclear(result);
    }
    PQfinish(conn);
    return value;
}

qint64 postmasterPid(const LocalCluster &cluster)
{
    return rr::ProcessProbe::pidInLockFile(cluster.dataDir() + QLatin1String("/postmaster.pid"));
}

QString canonical(const QString &dir)
{
    return QFileInfo(dir).canonicalFilePath();
}

} // namespace

class TestLocalCluster : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void socketDirectory_data();
    void socketDirectory();
    void connectionUriCarriesTheAddress();
    void preferredPortIsStableAndInRange();
    void defaultDataDirHonoursEnvironment();
    void startFailsWithoutServerPrograms();
    void startRefusesNonEmptyDirectory();
    void startNamesTheDirectoryTheServerCannotEnter();

    void startCreatesAndRunsCluster();
    void startIsIdempotent();
    void dataPersistsAcrossRestart();
    void startAfterPostmasterKilled();
    void startWithUnrelatedPidInPidFile();
    void twoClustersGetDifferentPorts();
    void stopIsClean();

private:
    rr::test::ClusterDirectory m_tmp{QStringLiteral("localcluster")};
    std::unique_ptr<LocalCluster> m_cluster;
    std::unique_ptr<LocalCluster> m_second;
};

void TestLocalCluster::initTestCase()
{
    QVERIFY2(m_tmp.isValid(), qPrintable(m_tmp.error()));
    QVERIFY2(!LocalCluster::serverBinDir().isEmpty(), "PostgreSQL server programs not found");
    m_cluster = std::make_unique<LocalCluster>(m_tmp.filePath(QStringLiteral("a")));
}

void TestLocalCluster::cleanupTestCase()
{
    // Leave no server running, whatever failed.
    for (LocalCluster *cluster : {m_cluster.get(), m_second.get()}) {
        if (cluster)
            (void)cluster->stop(); // best effort: a failure was reported by the test that caused it
    }
}

void TestLocalCluster::socketDirectory_data()
{
    QTest::addColumn<QString>("dataDir");
    QTest::addColumn<bool>("inDataDir");

    QTest::newRow("short") << QStringLiteral("/var/lib/rr/pg") << true;
    QTest::newRow("92 bytes") << QLatin1String("/") + QString(91, QLatin1Char('d')) << true;
    QTest::newRow("93 bytes") << QLatin1String("/") + QString(92, QLatin1Char('d')) << false;
    QTest::newRow("multi-byte") << QLatin1String("/") + QString(50, QChar(0xe9))
                                << false; // 101 bytes in UTF-8
    QTest::newRow("space") << QStringLiteral("/home/a b/pg") << false;
    QTest::newRow("comma") << QStringLiteral("/home/a,b/pg") << false;
    QTest::newRow("quote") << QStringLiteral("/home/o'neil/pg") << false;
}

void TestLocalCluster::socketDirectory()
{
    QFETCH(QString, dataDir);
    QFETCH(bool, inDataDir);

    const LocalCluster cluster(dataDir);
    const QString dir = cluster.socketDirectory();
    if (inDataDir) {
        QCOMPARE(dir, dataDir);
    } else {
        QVERIFY2(dir.startsWith(QLatin1String("/tmp/rr-pg-")), qPrintable(dir));
        QCOMPARE(LocalCluster(dataDir + QLatin1String("/")).socketDirectory(),
                 dir); // same directory, same socket
        QVERIFY(LocalCluster(dataDir + QLatin1String("x")).socketDirectory() != dir);
    }
    const QByteArray socketPath = QFile::encodeName(dir) + "/.s.PGSQL.65535";
    QVERIFY2(socketPath.size() <= 107, socketPath.constData());
}

void TestLocalCluster::connectionUriCarriesTheAddress()
{
    const LocalCluster cluster(QStringLiteral("/home/a b/pg"));
    const QUrl uri(cluster.connectionUri());
    QCOMPARE(uri.scheme(), QStringLiteral("postgresql"));
    QCOMPARE(uri.path(), QStringLiteral("/rightresponse"));
    const QUrlQuery query(uri);
    QCOMPARE(query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded), cluster.socketDirectory());
    QCOMPARE(query.queryItemValue(QStringLiteral("port")).toInt(), cluster.port());
    QCOMPARE(query.queryItemValue(QStringLiteral("user"), QUrl::FullyDecoded), cluster.userName());
    QVERIFY2(cluster.connectionUri().contains(QLatin1String("host=%2Ftmp%2Frr-pg-")),
             qPrintable(cluster.connectionUri()));
    QVERIFY(!cluster.userName().isEmpty());
}

void TestLocalCluster::preferredPortIsStableAndInRange()
{
    const QString dir = QStringLiteral("/srv/rightresponse/pg");
    const int port = LocalCluster::preferredPort(dir);
    QVERIFY(port >= 5433 && port <= 6432);
    QCOMPARE(LocalCluster::preferredPort(dir), port);
    QCOMPARE(LocalCluster(dir).port(), port); // nothing recorded yet
}

void TestLocalCluster::defaultDataDirHonoursEnvironment()
{
    const QByteArray saved = qgetenv("RIGHTRESPONSE_DATA_DIR");
    qputenv("RIGHTRESPONSE_DATA_DIR", "/srv/rr/data");
    const QString fromEnv = LocalCluster::defaultDataDir();
    qunsetenv("RIGHTRESPONSE_DATA_DIR");
    const QString fallback = LocalCluster::defaultDataDir();
    if (!saved.isNull())
        qputenv("RIGHTRESPONSE_DATA_DIR", saved);
    QCOMPARE(fromEnv, QStringLiteral("/srv/rr/data"));
    QVERIFY2(fallback.endsWith(QLatin1String("/pg")) && fallback != QLatin1String("/pg"),
             qPrintable(fallback));
}

void TestLocalCluster::startFailsWithoutServerPrograms()
{
    LocalCluster cluster(m_tmp.filePath(QStringLiteral("nobin")));
    qputenv("RIGHTRESPONSE_PG_BINDIR", m_tmp.filePath(QStringLiteral("no-such-bin")).toLocal8Bit());
    const rr::Result<QString> result = cluster.start();
    qunsetenv("RIGHTRESPONSE_PG_BINDIR");
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(QLatin1String("RIGHTRESPONSE_PG_BINDIR")), qPrintable(result.error()));
    QCOMPARE(cluster.state(), State::NotInitialised);
}

void TestLocalCluster::startRefusesNonEmptyDirectory()
{
    const QString dir = m_tmp.filePath(QStringLiteral("notes"));
    QVERIFY(QDir().mkpath(dir));
    QFile file(dir + QLatin1String("/keep.txt"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    LocalCluster cluster(dir);
    const rr::Result<QString> result = cluster.start();
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(QLatin1String("not empty")), qPrintable(result.error()));
    QVERIFY(file.exists());
    QCOMPARE(cluster.state(), State::NotInitialised);
}

void TestLocalCluster::startNamesTheDirectoryTheServerCannotEnter()
{
    if (!rr::ServerAccount::forCurrentProcess().isOtherUser())
        QSKIP("the server runs as this user, who reaches whatever it can create");
    // As root: a directory of root's own, 0700, which the server account may not enter.
    const QString closed = m_tmp.filePath(QStringLiteral("closed"));
    QVERIFY(QDir().mkdir(closed));
    QVERIFY(QFile::setPermissions(closed, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    LocalCluster cluster(closed + QLatin1String("/pg"));
    const rr::Result<QString> result = cluster.start();
    QVERIFY(!result.ok());
    const QString expected =
        QStringLiteral("the database server account \"%1\" cannot reach %2/pg because it "
                       "may not enter %2;")
            .arg(rr::ServerAccount::forCurrentProcess().name(), closed);
    QVERIFY2(result.error().startsWith(expected), qPrintable(result.error()));
    QVERIFY(!QFileInfo::exists(closed + QLatin1String("/pg")));
    QCOMPARE(cluster.state(), State::NotInitialised);
}

void TestLocalCluster::startCreatesAndRunsCluster()
{
    QCOMPARE(m_cluster->state(), State::NotInitialised);
    QVERIFY(m_cluster->statusText().startsWith(QLatin1String("not initialised")));
    const rr::Result<QString> result = m_cluster->start();
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(m_cluster->state(), State::Running);
    QVERIFY2(m_cluster->statusText().startsWith(QLatin1String("running")),
             qPrintable(m_cluster->statusText()));
    QVERIFY(QFileInfo::exists(m_cluster->dataDir() + QLatin1String("/rightresponse.port")));

    QCOMPARE(scalarViaQt(*m_cluster, QStringLiteral("SELECT 1")), QStringLiteral("1"));
    QCOMPARE(scalarViaLibpq(m_cluster->connectionUri(), "SELECT 1"), QStringLiteral("1"));
    QCOMPARE(scalarViaLibpq(m_cluster->connectionUri(), "SHOW listen_addresses"), QString());
    QCOMPARE(scalarViaLibpq(m_cluster->connectionUri(), "SHOW shared_buffers"), QStringLiteral("32MB"));
    QCOMPARE(scalarViaLibpq(m_cluster->connectionUri(), "SHOW fsync"), QStringLiteral("on"));

    // psql "$(uri)", as a user would type it.
    QProcess psql;
    psql.setProcessChannelMode(QProcess::MergedChannels);
    psql.start(LocalCluster::serverBinDir() + QLatin1String("/psql"),
               {QStringLiteral("-X"), QStringLiteral("-A"), QStringLiteral("-t"), QStringLiteral("-c"),
                QStringLiteral("SELECT current_database() || ' ' || current_user"),
                m_cluster->connectionUri()});
    QVERIFY(psql.waitForFinished(10000));
    QCOMPARE(QString::fromLocal8Bit(psql.readAll()).trimmed(),
             QStringLiteral("rightresponse ") + m_cluster->userName());
    QCOMPARE(psql.exitCode(), 0);
}

void TestLocalCluster::startIsIdempotent()
{
    const qint64 pid = postmasterPid(*m_cluster);
    QVERIFY(pid > 0);
    const rr::Result<QString> result = m_cluster->start();
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QVERIFY2(result->contains(QLatin1String("already running")), qPrintable(*result));
    QCOMPARE(postmasterPid(*m_cluster), pid);
}

void TestLocalCluster::dataPersistsAcrossRestart()
{
    QCOMPARE(scalarViaQt(*m_cluster, QStringLiteral("CREATE TABLE kept AS SELECT 'persisted'::text AS word")),
             QString());
    QCOMPARE(scalarViaQt(*m_cluster, QStringLiteral("SELECT word FROM kept")), QStringLiteral("persisted"));
    const int port = m_cluster->port();
    const rr::Result<QString> stopped = m_cluster->stop();
    QVERIFY2(stopped.ok(), qPrintable(stopped.error()));
    QCOMPARE(m_cluster->state(), State::Stopped);
    QVERIFY(m_cluster->statusText().startsWith(QLatin1String("stopped")));
    // A data directory its group may read (PostgreSQL itself accepts 0750) is made private again.
    QVERIFY(QFile::setPermissions(m_cluster->dataDir(), QFile::ReadOwner | QFile::WriteOwner |
                                                            QFile::ExeOwner | QFile::ReadGroup |
                                                            QFile::ExeGroup));

    const rr::Result<QString> started = m_cluster->start();
    QVERIFY2(started.ok(), qPrintable(started.error()));
    QVERIFY2(started->contains(QLatin1String("made private")), qPrintable(*started));
    const QFile::Permissions groupOrOthers = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                             QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    QCOMPARE(QFileInfo(m_cluster->dataDir()).permissions() & groupOrOthers, QFile::Permissions());
    QCOMPARE(m_cluster->port(), port); // the recorded port is stable
    QCOMPARE(scalarViaQt(*m_cluster, QStringLiteral("SELECT word FROM kept")), QStringLiteral("persisted"));
}

void TestLocalCluster::startAfterPostmasterKilled()
{
    const qint64 pid = postmasterPid(*m_cluster);
    QVERIFY(pid > 0);
    QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
    QTRY_COMPARE(m_cluster->state(), State::Stopped);
    QVERIFY(QFileInfo::exists(m_cluster->dataDir() + QLatin1String("/postmaster.pid"))); // left behind

    const rr::Result<QString> result = m_cluster->start();
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QVERIFY2(result->contains(QLatin1String("stale")), qPrintable(*result));
    QCOMPARE(m_cluster->state(), State::Running);
    QVERIFY(postmasterPid(*m_cluster) != pid);
    QCOMPARE(scalarViaLibpq(m_cluster->connectionUri(), "SELECT word FROM kept"),
             QStringLiteral("persisted"));
}

void TestLocalCluster::startWithUnrelatedPidInPidFile()
{
    // After a crash and a reboot the old pid may belong to another live process: here, this test.
    QFile pidFile(m_cluster->dataDir() + QLatin1String("/postmaster.pid"));
    QVERIFY(pidFile.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = pidFile.readAll().split('\n');
    pidFile.close();
    const rr::Result<QString> stopped = m_cluster->stop();
    QVERIFY2(stopped.ok(), qPrintable(stopped.error()));
    QVERIFY(!pidFile.exists());

    lines[0] = QByteArray::number(qint64(::getpid()));
    QVERIFY(pidFile.open(QIODevice::WriteOnly));
    pidFile.write(lines.join('\n'));
    pidFile.close();
    QCOMPARE(m_cluster->state(), State::Stopped);

    const rr::Result<QString> result = m_cluster->start();
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(m_cluster->state(), State::Running);
    QVERIFY(postmasterPid(*m_cluster) != qint64(::getpid()));
    QCOMPARE(scalarViaQt(*m_cluster, QStringLiteral("SELECT 1")), QStringLiteral("1"));
}

void TestLocalCluster::twoClustersGetDifferentPorts()
{
    // A second directory that would prefer the very port the first cluster listens on, with a path too long
    // to hold its socket, which therefore goes to /tmp/rr-pg-<hash>.
    const int taken = m_cluster->port();
    const QString longName = QString(100, QLatin1Char('b'));
    QString dir;
    for (int i = 0; i < 100000 && dir.isEmpty(); ++i) {
        const QString candidate = m_tmp.filePath(longName + QString::number(i));
        if (LocalCluster::preferredPort(candidate) == taken)
            dir = candidate;
    }
    QVERIFY(!dir.isEmpty());
    m_second = std::make_unique<LocalCluster>(dir);
    const rr::Result<QString> result = m_second->start();
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QVERIFY(m_second->port() != taken);
    QVERIFY(m_second->socketDirectory().startsWith(QLatin1String("/tmp/rr-pg-")));
    QCOMPARE(QFileInfo(m_second->socketDirectory()).permissions() & (QFile::ReadOther | QFile::ReadGroup),
             QFile::Permissions());
    QCOMPARE(m_cluster->state(), State::Running);
    QCOMPARE(m_second->state(), State::Running);
    // Each address reaches its own cluster.
    QCOMPARE(scalarViaLibpq(m_cluster->connectionUri(), "SHOW data_directory"),
             canonical(m_cluster->dataDir()));
    QCOMPARE(scalarViaLibpq(m_second->connectionUri(), "SHOW data_directory"),
             canonical(m_second->dataDir()));

    const rr::Result<QString> stopped = m_second->stop();
    QVERIFY2(stopped.ok(), qPrintable(stopped.error()));
    QCOMPARE(m_second->state(), State::Stopped);
    QCOMPARE(m_cluster->state(), State::Running);
    QVERIFY(
        QDir().rmdir(m_second->socketDirectory())); // the server removed its socket: the directory is empty
}

void TestLocalCluster::stopIsClean()
{
    const rr::Result<QString> result = m_cluster->stop();
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(m_cluster->state(), State::Stopped);
    QVERIFY(!QFileInfo::exists(m_cluster->dataDir() + QLatin1String("/postmaster.pid")));
    QTRY_VERIFY(rr::ProcessProbe::processesIn(canonical(m_cluster->dataDir())).isEmpty());
    QFile log(m_cluster->dataDir() + QLatin1String("/server.log"));
    QVERIFY(log.open(QIODevice::ReadOnly));
    QVERIFY(log.readAll().trimmed().endsWith("database system is shut down"));
    QCOMPARE(scalarViaLibpq(m_cluster->connectionUri(), "SELECT 1").left(14),
             QStringLiteral("connect failed"));

    const rr::Result<QString> again = m_cluster->stop();
    QVERIFY2(again.ok(), qPrintable(again.error()));
}

QTEST_GUILESS_MAIN(TestLocalCluster)
#include "tst_localcluster.moc"
