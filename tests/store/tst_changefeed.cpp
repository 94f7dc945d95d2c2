// ChangeFeed against a real PostgreSQL: changes written on another connection arrive as changed() with their
// row version; VersionGate drops stale and duplicate versions ("listen first, then snapshot"); a malformed
// payload is reported and skipped; and on a private cluster, a stopped, restarted or hung server is noticed
// (socket, heartbeat, connect timeout) and the feed comes back by itself, never blocking its thread.

#include "privatecluster.h"
#include "store/callstore.h"
#include "store/changefeed.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace rr;
using State = ChangeFeed::State;

namespace {

Call makeCall(const QString &id, const QString &narrative)
{
    Call c;
    c.id = id;
    c.callType = QStringLiteral("WELFARE CHECK");
    c.narrative = narrative;
    c.receivedAt = QDateTime::currentDateTimeUtc();
    c.address = QStringLiteral("100 BLOCK OF MAIN ST");
    return c;
}

// Everything a feed emits, in order.
class FeedRecorder : public QObject
{
public:
    explicit FeedRecorder(ChangeFeed &feed)
    {
        connect(&feed, &ChangeFeed::changed, this, [this](const Change &c) { changes.append(c); });
        connect(&feed, &ChangeFeed::stateChanged, this, [this](State s) { states.append(s); });
        connect(&feed, &ChangeFeed::error, this, [this](const QString &e) { errors.append(e); });
        connect(&feed, &ChangeFeed::listening, this, [this] { ++listenings; });
    }
    std::optional<Change> find(const QString &table, qint64 id, qint64 version = -2) const
    {
        for (const Change &c : changes) {
            if (c.table == table && c.id == QString::number(id) && (version == -2 || c.version == version))
                return c;
        }
        return std::nullopt;
    }
    QList<Change> changes;
    QList<State> states;
    QStringList errors;
    int listenings = 0;
};

// Resumes a process stopped with SIGSTOP when the test ends, whatever failed.
struct Resume
{
    pid_t pid;
    ~Resume() { ::kill(pid, SIGCONT); }
};

} // namespace

class TstChangeFeed : public QObject
{
    Q_OBJECT
private:
    test::TestDatabase m_db{QStringLiteral("changefeed")};
    std::unique_ptr<PgConnection> m_conn;
    std::unique_ptr<test::PrivateCluster> m_private;

    // A feed with short heartbeat and backoff, so the failure tests stay fast.
    static void quick(ChangeFeed &feed)
    {
        feed.setHeartbeatInterval(200);
        feed.setHeartbeatTimeout(500);
        feed.setBackoff(50, 400);
    }
    void startPrivate()
    {
        if (!m_private)
            m_private = std::make_unique<test::PrivateCluster>();
        QString error;
        QVERIFY2(m_private->start(&error), qPrintable(error));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_db.ok(), qPrintable(m_db.error()));
        QString error;
        m_conn = m_db.migrated(&error);
        QVERIFY2(m_conn, qPrintable(error));
    }

    void parsePayload_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QChar>("op");
        QTest::addColumn<qint64>("version");

        QTest::newRow("insert") << QByteArray(R"({"s":"live","t":"calls","id":"42","op":"I","v":1})") << true
                                << QStringLiteral("live.calls:42") << QChar(u'I') << qint64(1);
        QTest::newRow("update") << QByteArray(R"({"s":"training","t":"units","id":"E-7","op":"U","v":12})")
                                << true << QStringLiteral("training.units:E-7") << QChar(u'U') << qint64(12);
        QTest::newRow("no version") << QByteArray(
                                           R"({"s":"live","t":"decisions","id":"3","op":"I","v":null})")
                                    << true << QStringLiteral("live.decisions:3") << QChar(u'I')
                                    << qint64(-1);
        QTest::newRow("numeric id") << QByteArray(R"({"s":"live","t":"calls","id":7,"op":"I","v":1})") << true
                                    << QStringLiteral("live.calls:7") << QChar(u'I') << qint64(1);
        QTest::newRow("garbage") << QByteArray("garbage") << false << QString() << QChar() << qint64(0);
        QTest::newRow("empty") << QByteArray() << false << QString() << QChar() << qint64(0);
        QTest::newRow("array") << QByteArray("[1,2]") << false << QString() << QChar() << qint64(0);
        QTest::newRow("no id") << QByteArray(R"({"s":"live","t":"calls","op":"I","v":1})") << false
                               << QString() << QChar() << qint64(0);
        QTest::newRow("bad op") << QByteArray(R"({"s":"live","t":"calls","id":"1","op":"X","v":1})") << false
                                << QString() << QChar() << qint64(0);
        QTest::newRow("long op") << QByteArray(R"({"s":"live","t":"calls","id":"1","op":"INSERT","v":1})")
                                 << false << QString() << QChar() << qint64(0);
        QTest::newRow("text version") << QByteArray(R"({"s":"live","t":"calls","id":"1","op":"U","v":"2"})")
                                      << false << QString() << QChar() << qint64(0);
        QTest::newRow("fraction") << QByteArray(R"({"s":"live","t":"calls","id":"1","op":"U","v":2.5})")
                                  << false << QString() << QChar() << qint64(0);
        QTest::newRow("negative") << QByteArray(R"({"s":"live","t":"calls","id":"1","op":"U","v":-3})")
                                  << false << QString() << QChar() << qint64(0);
    }

    void parsePayload()
    {
        QFETCH(QByteArray, payload);
        QFETCH(bool, valid);
        QString error;
        const std::optional<Change> c = ChangeFeed::parsePayload(payload, &error);
        QCOMPARE(c.has_value(), valid);
        if (!valid) {
            QVERIFY(!error.isEmpty());
            return;
        }
        QFETCH(QString, key);
        QFETCH(QChar, op);
        QFETCH(qint64, version);
        QCOMPARE(c->key(), key);
        QCOMPARE(c->op, op);
        QCOMPARE(c->version, version);
    }

    void versionGate()
    {
        VersionGate gate;
        const QString a = QStringLiteral("live.calls:1");
        QVERIFY(gate.accept(a, 1));
        QVERIFY(!gate.accept(a, 1)); // duplicate
        QVERIFY(gate.accept(a, 3));
        QVERIFY(!gate.accept(a, 2)); // late
        QCOMPARE(gate.version(a), 3);
        QVERIFY(gate.accept(QStringLiteral("live.calls:2"), 1)); // keys are independent
        QVERIFY(gate.accept(QStringLiteral("training.calls:1"), 1));
        QVERIFY(gate.accept(a, -1)); // no version: always
        QVERIFY(gate.accept(a, -1));
        gate.reset();
        QCOMPARE(gate.version(a), -1);
        QVERIFY(gate.accept(a, 2)); // after a resync, the snapshot's version counts again
    }

    void insertAndUpdateArrive()
    {
        ChangeFeed feed(m_db.uri());
        FeedRecorder rec(feed);
        QSignalSpy listening(&feed, &ChangeFeed::listening);
        QCOMPARE(feed.state(), State::Offline);
        feed.start();
        QCOMPARE(feed.state(), State::Connecting);
        QVERIFY(listening.wait(10000));
        QCOMPARE(feed.state(), State::Live);
        QCOMPARE(rec.states, (QList<State>{State::Connecting, State::Live}));

        CallStore store(*m_conn);
        const auto created = store.upsert(makeCall(QStringLiteral("F-1"), QStringLiteral("first")), {});
        QVERIFY2(created.ok && created.created, qPrintable(created.error));
        QVERIFY(
            QTest::qWaitFor([&] { return rec.find(QStringLiteral("calls"), created.id).has_value(); }, 5000));
        const Change insert = *rec.find(QStringLiteral("calls"), created.id);
        QCOMPARE(insert.schema, QStringLiteral("live"));
        QCOMPARE(insert.op, QChar(u'I'));
        QCOMPARE(insert.version, created.version);

        const auto updated = store.upsert(makeCall(QStringLiteral("F-1"), QStringLiteral("second")), {});
        QVERIFY2(updated.ok && updated.changed, qPrintable(updated.error));
        QCOMPARE(updated.version, created.version + 1);
        QVERIFY(QTest::qWaitFor(
            [&] { return rec.find(QStringLiteral("calls"), created.id, updated.version).has_value(); },
            5000));
        QCOMPARE(rec.find(QStringLiteral("calls"), created.id, updated.version)->op, QChar(u'U'));
        QVERIFY(std::any_of(rec.changes.cbegin(), rec.changes.cend(),
                            [](const Change &c) { return c.table == u"suggestions" && c.op == u'I'; }));
        QVERIFY2(rec.errors.isEmpty(), qPrintable(rec.errors.join(u'\n')));
        QCOMPARE(rec.listenings, 1);
    }

    void listenThenSnapshotIsIdempotent()
    {
        ChangeFeed feed(m_db.uri());
        VersionGate gate;
        QList<Change> applied;
        connect(&feed, &ChangeFeed::changed, this, [&](const Change &c) {
            if (c.table == u"calls" && gate.accept(c))
                applied.append(c);
        });
        QSignalSpy listening(&feed, &ChangeFeed::listening);
        feed.start();
        QVERIFY(listening.wait(10000));

        // Listening: two writes land before the snapshot is read, and their notifications are queued.
        CallStore store(*m_conn);
        const auto v1 = store.upsert(makeCall(QStringLiteral("F-2"), QStringLiteral("one")), {});
        const auto v2 = store.upsert(makeCall(QStringLiteral("F-2"), QStringLiteral("two")), {});
        QVERIFY(v1.ok && v2.ok);
        const auto snapshot = store.find(QStringLiteral("F-2"));
        QVERIFY(snapshot);
        QCOMPARE(snapshot->version, v2.version);
        gate.reset();
        QVERIFY(gate.accept(QStringLiteral("live.calls:%1").arg(snapshot->id), snapshot->version));

        // The queued notifications are older than or equal to the snapshot: nothing to apply twice.
        const auto v3 = store.upsert(makeCall(QStringLiteral("F-2"), QStringLiteral("three")), {});
        QVERIFY(v3.ok);
        QVERIFY(QTest::qWaitFor([&] { return !applied.isEmpty(); }, 5000));
        QCOMPARE(applied.size(), 1);
        QCOMPARE(applied.first().version, v3.version);
        QVERIFY(!gate.accept(applied.first())); // the same notification again is dropped
    }

    void malformedPayloadIsReportedAndSkipped()
    {
        ChangeFeed feed(m_db.uri());
        FeedRecorder rec(feed);
        QSignalSpy listening(&feed, &ChangeFeed::listening);
        QSignalSpy errors(&feed, &ChangeFeed::error);
        feed.start();
        QVERIFY(listening.wait(10000));

        QVERIFY(m_conn->exec("NOTIFY rr_changes, 'garbage'").ok());
        QVERIFY(errors.wait(5000));
        QVERIFY2(errors.first().first().toString().contains(QStringLiteral("garbage")),
                 qPrintable(errors.first().first().toString()));
        QVERIFY(
            m_conn->exec(R"(SELECT pg_notify('rr_changes', '{"s":"live","t":"calls","id":"1","op":"X"}'))")
                .ok());
        QVERIFY(errors.wait(5000));
        QVERIFY(errors.last().first().toString().contains(QStringLiteral("unknown operation")));

        // Still live on the same connection, and real changes still arrive.
        CallStore store(*m_conn);
        const auto created =
            store.upsert(makeCall(QStringLiteral("F-3"), QStringLiteral("after garbage")), {});
        QVERIFY(created.ok);
        QVERIFY(
            QTest::qWaitFor([&] { return rec.find(QStringLiteral("calls"), created.id).has_value(); }, 5000));
        QCOMPARE(feed.state(), State::Live);
        QCOMPARE(rec.listenings, 1);
        QCOMPARE(rec.states, (QList<State>{State::Connecting, State::Live}));
        QCOMPARE(errors.size(), 2);
    }

    void stopGoesOffline()
    {
        ChangeFeed feed(m_db.uri());
        QSignalSpy listening(&feed, &ChangeFeed::listening);
        feed.start();
        QVERIFY(listening.wait(10000));
        const int pid = feed.backendPid();
        QVERIFY(pid > 0);
        feed.stop();
        QCOMPARE(feed.state(), State::Offline);
        QCOMPARE(feed.backendPid(), 0);
        // The server side of the connection goes away too.
        QTRY_COMPARE(
            m_conn->exec("SELECT count(*) FROM pg_stat_activity WHERE pid = $1", {pid}).integer(0, 0), 0);
    }

    void busyThreadIsNotALostConnection()
    {
        // A GUI thread busy for longer than the heartbeat timeout finds the answer already in the socket when
        // it comes back: that is not a lost connection.
        ChangeFeed feed(m_db.uri());
        feed.setHeartbeatInterval(50);
        feed.setHeartbeatTimeout(200);
        FeedRecorder rec(feed);
        feed.start();
        QTRY_COMPARE_WITH_TIMEOUT(rec.listenings, 1, 10000);
        for (int i = 0; i < 5; ++i) {
            QTest::qWait(120);  // lets a heartbeat go out
            QTest::qSleep(500); // the thread is busy elsewhere, as a GUI thread sometimes is
        }
        QTest::qWait(120);
        QCOMPARE(feed.state(), State::Live);
        QCOMPARE(rec.listenings, 1);
        QVERIFY2(rec.errors.isEmpty(), qPrintable(rec.errors.join(u'\n')));
    }

    void unreachableServerRetriesWithBackoff()
    {
        ChangeFeed feed(
            QStringLiteral("postgresql:///rightresponse?host=/nonexistent-rr-socket-dir&port=5999"));
        feed.setBackoff(20, 80);
        QList<qint64> at;
        QElapsedTimer clock;
        clock.start();
        connect(&feed, &ChangeFeed::error, this, [&](const QString &) { at.append(clock.elapsed()); });
        QSignalSpy errors(&feed, &ChangeFeed::error);
        feed.start();
        QTRY_VERIFY_WITH_TIMEOUT(at.size() >= 6, 5000);
        QCOMPARE(feed.state(), State::Reconnecting);
        QVERIFY(feed.retryCount() >= 6);
        QVERIFY2(errors.first().first().toString().contains(QStringLiteral("could not connect")),
                 qPrintable(errors.first().first().toString()));
        // 20, 40, 80, 80, ... ms between attempts (lower bounds only: a busy machine may be late).
        const qint64 expected[] = {20, 40, 80, 80, 80};
        for (int i = 0; i < 5; ++i)
            QVERIFY2(at[i + 1] - at[i] >= expected[i] * 8 / 10,
                     qPrintable(QStringLiteral("attempt %1 after %2 ms").arg(i + 2).arg(at[i + 1] - at[i])));
        feed.stop();
        QCOMPARE(feed.state(), State::Offline);
        const auto count = errors.size();
        QTest::qWait(200); // nothing may happen after stop(): no more attempts
        QCOMPARE(errors.size(), count);
    }

    void serverRestart()
    {
        startPrivate();
        ChangeFeed feed(m_private->uri());
        quick(feed);
        FeedRecorder rec(feed);
        feed.start();
        QTRY_COMPARE_WITH_TIMEOUT(rec.listenings, 1, 10000);

        QString error;
        QVERIFY2(m_private->stop(&error), qPrintable(error));
        QElapsedTimer down;
        down.start();
        QTRY_COMPARE_WITH_TIMEOUT(feed.state(), State::Reconnecting,
                                  feed.heartbeatInterval() + feed.heartbeatTimeout());
        QVERIFY(!rec.errors.isEmpty());
        QVERIFY2(rec.errors.first().contains(QStringLiteral("lost the connection")),
                 qPrintable(rec.errors.first()));
        // While the server is down the feed keeps trying, and says so.
        QTRY_VERIFY_WITH_TIMEOUT(feed.retryCount() >= 3, 5000);
        QCOMPARE(feed.state(), State::Reconnecting);

        QVERIFY2(m_private->start(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(rec.listenings, 2, 10000);
        QCOMPARE(feed.state(), State::Live);
        QCOMPARE(feed.retryCount(), 0);
        QCOMPARE(rec.states,
                 (QList<State>{State::Connecting, State::Live, State::Reconnecting, State::Live}));

        auto conn = m_private->connect(&error);
        QVERIFY2(conn, qPrintable(error));
        CallStore store(*conn);
        const auto created =
            store.upsert(makeCall(QStringLiteral("R-1"), QStringLiteral("after restart")), {});
        QVERIFY2(created.ok, qPrintable(created.error));
        QVERIFY(
            QTest::qWaitFor([&] { return rec.find(QStringLiteral("calls"), created.id).has_value(); }, 5000));
    }

    void heartbeatDetectsHungBackend()
    {
        // A server that stops answering without closing the socket is noticed only by the heartbeat.
        startPrivate();
        ChangeFeed feed(m_private->uri());
        quick(feed);
        FeedRecorder rec(feed);
        feed.start();
        QTRY_COMPARE_WITH_TIMEOUT(rec.listenings, 1, 10000);
        const pid_t backend = feed.backendPid();
        QVERIFY(backend > 0);
        QElapsedTimer hung;
        hung.start();
        QCOMPARE(::kill(backend, SIGSTOP), 0);
        Resume resume{backend};
        QTRY_COMPARE_WITH_TIMEOUT(feed.state(), State::Reconnecting,
                                  feed.heartbeatInterval() + feed.heartbeatTimeout() + 2000);
        QVERIFY2(hung.elapsed() >= feed.heartbeatTimeout(), qPrintable(QString::number(hung.elapsed())));
        QVERIFY2(rec.errors.last().contains(QStringLiteral("did not answer")), qPrintable(rec.errors.last()));
        // It reconnects to a new server process while the old one is still frozen.
        QTRY_COMPARE_WITH_TIMEOUT(rec.listenings, 2, 10000);
        QVERIFY(feed.backendPid() != backend);
    }

    void connectDoesNotBlockOnHungServer()
    {
        startPrivate();
        const pid_t postmaster = pid_t(m_private->postmasterPid());
        QVERIFY(postmaster > 0);
        QCOMPARE(::kill(postmaster, SIGSTOP), 0);
        Resume resume{postmaster};

        ChangeFeed feed(m_private->uri());
        feed.setConnectTimeout(500);
        feed.setBackoff(10000, 10000); // one attempt in this test
        QSignalSpy errors(&feed, &ChangeFeed::error);
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
        ticker.start(10);
        QElapsedTimer clock;
        clock.start();
        feed.start();
        QVERIFY(clock.elapsed() < 100);
        QVERIFY(errors.wait(5000));
        QVERIFY2(errors.first().first().toString().contains(QStringLiteral("within 500 ms")),
                 qPrintable(errors.first().first().toString()));
        QCOMPARE(feed.state(), State::Reconnecting);
        // The thread's event loop kept running all the while the server did not answer.
        QVERIFY2(ticks >= 20, qPrintable(QString::number(ticks)));
        feed.stop();
    }
};

QTEST_GUILESS_MAIN(TstChangeFeed)
#include "tst_changefeed.moc"
