#include "clusterdirectory.h"
#include "store/localcluster.h"
#include "store/processprobe.h"
#include "store/serveraccount.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using rr::test::ClusterDirectory;

namespace {

// Owned by the server account and closed to everyone else: the server reaches it wherever the clone lives.
void verifyPrivateToTheServer(const QString &dir)
{
    const QFileInfo info(dir);
    QVERIFY2(info.isDir() && !info.isSymLink(), qPrintable(dir));
    QCOMPARE(info.ownerId(), rr::ServerAccount::forCurrentProcess().uid());
    QCOMPARE(info.permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther |
                                   QFile::WriteOther | QFile::ExeOther),
             QFile::Permissions());
}

} // namespace

// The rr_db CTest fixture and the directories every test cluster lives in (clusterdirectory.h).
class TestTestCluster : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtureClusterAnswers();
    void runDirectoryIsPrivateUnderTheTemporaryDirectory();
    void privateDirectoriesAreFreshAndInsideTheRun();
    void removeStopsTheServersInside();
    void removeTreeRefusesOtherDirectories();
    void unreachableParentIsNamed();
};

void TestTestCluster::fixtureClusterAnswers()
{
    QString error;
    const QString dir = rr::test::fixtureDataDir(&error);
    QVERIFY2(!dir.isEmpty(), qPrintable(error));
    const rr::LocalCluster cluster(dir);
    QCOMPARE(cluster.state(), rr::LocalCluster::State::Running);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("fixture"));
        db.setHostName(cluster.socketDirectory());
        db.setPort(cluster.port());
        db.setUserName(cluster.userName());
        db.setDatabaseName(QStringLiteral("rightresponse"));
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        QVERIFY2(query.exec(QStringLiteral("SELECT current_database()")),
                 qPrintable(query.lastError().text()));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("rightresponse"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fixture"));
}

void TestTestCluster::runDirectoryIsPrivateUnderTheTemporaryDirectory()
{
    const QString run = ClusterDirectory::runDirectory();
    QVERIFY2(!run.isEmpty(), "no run directory: RR_TEST_RUN_FILE names none");
    QCOMPARE(QFileInfo(run).absolutePath(), QDir::cleanPath(QDir::tempPath()));
    QVERIFY2(QFileInfo(run).fileName().startsWith(QLatin1String("rr-test-run-")), qPrintable(run));
    verifyPrivateToTheServer(run);
}

void TestTestCluster::privateDirectoriesAreFreshAndInsideTheRun()
{
    const ClusterDirectory a(QStringLiteral("tst"));
    const ClusterDirectory b(QStringLiteral("tst"));
    QVERIFY2(a.isValid(), qPrintable(a.error()));
    QVERIFY2(b.isValid(), qPrintable(b.error()));
    QVERIFY(a.path() != b.path());
    for (const ClusterDirectory *dir : {&a, &b}) {
        QCOMPARE(QFileInfo(dir->path()).absolutePath(), ClusterDirectory::runDirectory());
        verifyPrivateToTheServer(dir->path());
        QVERIFY(QDir(dir->path()).isEmpty());
    }
}

void TestTestCluster::removeStopsTheServersInside()
{
    // What a test that crashed leaves: a server still running in its directory.
    ClusterDirectory dir(QStringLiteral("leftover"));
    QVERIFY2(dir.isValid(), qPrintable(dir.error()));
    const QString path = dir.path();
    rr::LocalCluster cluster(dir.filePath(QStringLiteral("nested/pg")));
    const rr::Result<QString> started = cluster.start();
    QVERIFY2(started.ok(), qPrintable(started.error()));
    const QString dataDir = QFileInfo(cluster.dataDir()).canonicalFilePath();
    QVERIFY(!rr::ProcessProbe::processesIn(dataDir).isEmpty());

    QString error;
    QVERIFY2(dir.remove(&error), qPrintable(error));
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!dir.isValid());
    QTRY_VERIFY(rr::ProcessProbe::processesIn(dataDir).isEmpty());
}

void TestTestCluster::removeTreeRefusesOtherDirectories()
{
    QTemporaryDir other;
    QVERIFY(other.isValid());
    QFile kept(other.filePath(QStringLiteral("kept")));
    QVERIFY(kept.open(QIODevice::WriteOnly));
    kept.close();
    QString error;
    QVERIFY(!ClusterDirectory::removeTree(other.path(), &error));
    QVERIFY2(error.contains(QLatin1String("not a test cluster directory")), qPrintable(error));
    QVERIFY(kept.exists());
}

void TestTestCluster::unreachableParentIsNamed()
{
    const rr::ServerAccount account = rr::ServerAccount::forCurrentProcess();
    if (!account.isOtherUser())
        QSKIP("the server runs as this user, who reaches whatever it can create");
    // As root, with TMPDIR in a directory of root's own that the server account may not enter.
    ClusterDirectory outer(QStringLiteral("outer"));
    QVERIFY2(outer.isValid(), qPrintable(outer.error()));
    const QString closed = outer.filePath(QStringLiteral("closed"));
    QVERIFY(QDir().mkdir(closed));
    QVERIFY(QFile::setPermissions(closed, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

    const ClusterDirectory inner(QStringLiteral("inner"), closed);
    QVERIFY(!inner.isValid());
    QVERIFY2(inner.error().startsWith(
                 QStringLiteral("the database server account \"%1\" cannot reach %2/rr-test-inner-")
                     .arg(account.name(), closed)),
             qPrintable(inner.error()));
    QVERIFY2(inner.error().endsWith(
                 QStringLiteral(
                     "because it may not enter %1; set TMPDIR to a directory it can enter, such as /tmp")
                     .arg(closed)),
             qPrintable(inner.error()));
    QVERIFY(QDir(closed).isEmpty()); // nothing left behind
}

QTEST_GUILESS_MAIN(TestTestCluster)
#include "tst_testcluster.moc"
