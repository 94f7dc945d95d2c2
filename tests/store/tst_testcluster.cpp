#include "store/localcluster.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

// Smoke test of the rr_db CTest fixture: the way every rr_add_db_test finds its database.
class TestTestCluster : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtureClusterAnswers();
};

void TestTestCluster::fixtureClusterAnswers()
{
    const QString dir = qEnvironmentVariable("RR_TEST_CLUSTER_DIR");
    QVERIFY2(!dir.isEmpty(), "RR_TEST_CLUSTER_DIR is not set: register the test with rr_add_db_test");
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

QTEST_GUILESS_MAIN(TestTestCluster)
#include "tst_testcluster.moc"
