// Failover to a streaming standby, against real PostgreSQL clusters of the test's own: a primary and a
// standby made with pg_basebackup (Debian's PostgreSQL), synchronous commit on. Two consoles (store clients)
// connect with one multi-host connection string (target_session_attrs=read-write) and decide calls; the
// primary is killed with SIGKILL and the standby promoted; the consoles reconnect by themselves, the
// decisions made meanwhile replay from their journals, and every acknowledged decision is on the new primary,
// exactly once. Prints the time from the primary's death to the first decision accepted by the new primary,
// and to every console being LIVE again.

#include "clusterdirectory.h"
#include "privatecluster.h"
#include "store/callstore.h"
#include "store/localcluster.h"
#include "store/serveraccount.h"
#include "store/storeclient.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace rr;

class TstFailover : public QObject
{
    Q_OBJECT
private:
    test::PrivateCluster m_primary;
    test::ClusterDirectory m_standbyDir{QStringLiteral("standby")};
    std::unique_ptr<LocalCluster> m_standby;
    QTemporaryDir m_journals;
    QString m_uri; // both hosts

    void post(PgConnection &db, const QString &cadId)
    {
        Call c;
        c.id = cadId;
        c.callType = QStringLiteral("WELFARE CHECK");
        c.receivedAt = QDateTime::currentDateTimeUtc();
        Suggestion s;
        s.kind = ResponseKind::Unarmed;
        s.category = QStringLiteral("welfare_check");
        const auto r = CallStore(db).upsert(c, s);
        QVERIFY2(r.ok, qPrintable(r.error));
    }
    static DecisionRequest accept(const QString &cadId, const QString &dispatcher)
    {
        DecisionRequest q;
        q.requestId = QUuid::createUuid();
        q.cadId = cadId;
        q.accepted = true;
        q.dispatcher = dispatcher;
        return q;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_journals.isValid());
        QVERIFY2(m_standbyDir.isValid(), qPrintable(m_standbyDir.error()));
        QString error;
        QVERIFY2(m_primary.start(&error), qPrintable(error));
        LocalCluster &primary = m_primary.cluster();
        // A standby of the primary, streaming, made as the server's account over the owner's local socket.
        const QString standbyData = m_standbyDir.filePath(QStringLiteral("pg"));
        const ServerAccount account = ServerAccount::forCurrentProcess();
        const ServerAccount::Run backup =
            account.run(LocalCluster::serverBinDir() + QStringLiteral("/pg_basebackup"),
                        {QStringLiteral("-D"), standbyData, QStringLiteral("-h"), primary.socketDirectory(),
                         QStringLiteral("-p"), QString::number(primary.port()), QStringLiteral("-U"),
                         primary.userName(), QStringLiteral("-R"), QStringLiteral("-X"),
                         QStringLiteral("stream"), QStringLiteral("-c"), QStringLiteral("fast")},
                        120000);
        QVERIFY2(backup.ok, qPrintable(backup.output));
        m_standby = std::make_unique<LocalCluster>(standbyData);
        const Result<QString> started = m_standby->start();
        QVERIFY2(started.ok(), qPrintable(started.error()));
        // Synchronous commit: a decision is acknowledged only once the standby has it.
        auto admin = m_primary.connect(&error);
        QVERIFY2(admin, qPrintable(error));
        QVERIFY(admin->exec("ALTER SYSTEM SET synchronous_standby_names = '*'").ok());
        QVERIFY(admin->exec("SELECT pg_reload_conf()").ok());
        QTRY_COMPARE_WITH_TIMEOUT(
            admin->exec("SELECT count(*) FROM pg_stat_replication WHERE sync_state = 'sync'").integer(0, 0),
            qint64(1), 20000);
        m_uri = QStringLiteral(
                    "host=%1,%2 port=%3,%4 dbname=rightresponse user=%5 target_session_attrs=read-write")
                    .arg(primary.socketDirectory(), m_standby->socketDirectory())
                    .arg(primary.port())
                    .arg(m_standby->port())
                    .arg(primary.userName());
    }
    void cleanupTestCase()
    {
        if (m_standby) // the ClusterDirectory stops whatever is left, too
            QVERIFY2(m_standby->stop().ok(), "the standby did not stop");
    }

    void consolesFollowThePromotedStandby()
    {
        QString error;
        auto db = m_primary.connect(&error);
        QVERIFY2(db, qPrintable(error));
        constexpr int kBefore = 6, kDuring = 4;
        for (int i = 0; i < kBefore + kDuring; ++i)
            post(*db, QStringLiteral("F-%1").arg(i));
        db.reset();

        StoreClient one(StoreClient::Options{m_uri,
                                             {},
                                             StoreSchema::Live,
                                             m_journals.filePath(QStringLiteral("one.jsonl")),
                                             QStringLiteral("D1@WS-1"),
                                             {},
                                             {},
                                             {}});
        StoreClient two(StoreClient::Options{m_uri,
                                             {},
                                             StoreSchema::Live,
                                             m_journals.filePath(QStringLiteral("two.jsonl")),
                                             QStringLiteral("D2@WS-2"),
                                             {},
                                             {},
                                             {}});
        QSignalSpy oneResults(&one, &StoreClient::decisionResult);
        QSignalSpy twoResults(&two, &StoreClient::decisionResult);
        QSignalSpy oneQueued(&one, &StoreClient::decisionQueued);
        QSignalSpy twoQueued(&two, &StoreClient::decisionQueued);
        one.start();
        two.start();
        QTRY_VERIFY_WITH_TIMEOUT(one.connection() == StoreClient::Connection::Live, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(two.connection() == StoreClient::Connection::Live, 15000);

        // Before: each console decides half of the first calls, acknowledged by the primary.
        QList<QUuid> acknowledged;
        for (int i = 0; i < kBefore; ++i) {
            StoreClient &c = i % 2 ? two : one;
            c.decide(
                accept(QStringLiteral("F-%1").arg(i), i % 2 ? QStringLiteral("D2") : QStringLiteral("D1")));
        }
        QTRY_COMPARE_WITH_TIMEOUT(oneResults.size() + twoResults.size(), kBefore, 10000);
        for (const QSignalSpy *spy : {&oneResults, &twoResults})
            for (const QList<QVariant> &r : *spy) {
                const auto outcome = r.at(1).value<DecideOutcome>();
                QCOMPARE(int(outcome.status), int(DecideOutcome::Status::Stored));
                acknowledged << r.at(0).value<DecisionRequest>().requestId;
            }

        // The primary dies.
        const qint64 pid = m_primary.postmasterPid();
        QVERIFY(pid > 0);
        QElapsedTimer sinceDeath;
        QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
        sinceDeath.start();
        QTRY_VERIFY_WITH_TIMEOUT(one.connection() != StoreClient::Connection::Live &&
                                     two.connection() != StoreClient::Connection::Live,
                                 15000);
        // Decisions go on at both consoles meanwhile: journalled, or stored once the standby is promoted.
        for (int i = kBefore; i < kBefore + kDuring; ++i) {
            StoreClient &c = i % 2 ? two : one;
            c.decide(
                accept(QStringLiteral("F-%1").arg(i), i % 2 ? QStringLiteral("D2") : QStringLiteral("D1")));
        }
        QTRY_COMPARE_WITH_TIMEOUT(oneResults.size() + twoResults.size() + oneQueued.size() + twoQueued.size(),
                                  kBefore + kDuring, 30000);

        // The standby is promoted; the consoles find it by themselves.
        auto standby = PgConnection::open(m_standby->connectionUri(), &error);
        QVERIFY2(standby, qPrintable(error));
        QVERIFY(standby->exec("SELECT pg_promote(true, 30)").boolean(0, 0));
        const qint64 promotedMs = sinceDeath.elapsed();
        qint64 firstAcceptedMs = -1;
        QTRY_VERIFY_WITH_TIMEOUT(
            (firstAcceptedMs < 0 &&
                     standby->exec("SELECT count(*) FROM live.decisions").integer(0, 0) > kBefore
                 ? (firstAcceptedMs = sinceDeath.elapsed(), true)
                 : firstAcceptedMs >= 0),
            60000);
        QTRY_VERIFY_WITH_TIMEOUT(one.connection() == StoreClient::Connection::Live &&
                                     two.connection() == StoreClient::Connection::Live,
                                 60000);
        const qint64 liveMs = sinceDeath.elapsed();
        QTRY_COMPARE_WITH_TIMEOUT(one.pendingJournal() + two.pendingJournal(), 0, 30000);
        qInfo(
            "failover: standby promoted %lld ms after the primary's death; first decision on the new primary "
            "after %lld ms; every console LIVE after %lld ms",
            promotedMs, firstAcceptedMs, liveMs);

        // Every acknowledged decision is on the new primary, and none twice; the ones made during the outage
        // too.
        for (const QUuid &id : std::as_const(acknowledged))
            QCOMPARE(standby
                         ->exec("SELECT count(*) FROM live.decisions WHERE request_id = $1::uuid",
                                {id.toString(QUuid::WithoutBraces)})
                         .integer(0, 0),
                     qint64(1));
        PgResult all = standby->exec("SELECT count(*), count(DISTINCT call_id), count(DISTINCT request_id)"
                                     " FROM live.decisions");
        QCOMPARE(all.integer(0, 0), qint64(kBefore + kDuring));
        QCOMPARE(all.integer(0, 1), qint64(kBefore + kDuring));
        QCOMPARE(all.integer(0, 2), qint64(kBefore + kDuring));
    }
};

QTEST_GUILESS_MAIN(TstFailover)
#include "tst_failover.moc"
