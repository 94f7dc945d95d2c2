// The simulator against a real intake service and database: every generated call stored, failures counted
// without stopping, the token sent, stop() honoured, and arrival gaps that follow the rate and speed.

#include "../store/testdatabase.h"
#include "feed/intakeserver.h"
#include "feed/simulator.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace rr;

class TestSimulator : public QObject
{
    Q_OBJECT

private:
    // A database and intake of its own for each test function: generated CAD ids repeat from run to run
    // ("<year>-000001" ...), and the append-only tables cannot be emptied.
    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<PgConnection> m_conn;
    std::unique_ptr<IntakeServer> m_server;
    int m_run = 0;

    QUrl callsUrl(quint16 port) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/v1/calls").arg(port));
    }
    qint64 storedCalls()
    {
        PgResult r = m_conn->exec("SELECT count(*) FROM live.calls");
        return r.ok() ? r.integer(0, 0) : -1;
    }

private Q_SLOTS:
    void init();
    void cleanup();
    void postsEveryCall();
    void countsFailuresAndKeepsGoing();
    void sendsTheToken();
    void stopEndsAForeverRun();
    void followsArrivalRate();
};

void TestSimulator::init()
{
    m_db = std::make_unique<test::TestDatabase>(QStringLiteral("simulator%1").arg(++m_run));
    QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
    QString error;
    m_conn = m_db->migrated(&error);
    QVERIFY2(m_conn, qPrintable(error));
    IntakeOptions o;
    o.port = 0;
    o.dbUri = m_db->uri();
    m_server = std::make_unique<IntakeServer>(o);
    const Result<void> listening = m_server->start();
    QVERIFY2(listening.ok(), qPrintable(listening.error()));
}

void TestSimulator::cleanup()
{
    m_server.reset();
    m_conn.reset();
    m_db.reset();
}

void TestSimulator::postsEveryCall()
{
    SimulatorOptions o;
    o.target = callsUrl(m_server->port());
    o.speed = 1e6;
    o.count = 60;
    o.seed = 11;
    Simulator simulator(o);
    QSignalSpy posted(&simulator, &Simulator::posted);
    QSignalSpy failed(&simulator, &Simulator::failed);
    QSignalSpy finished(&simulator, &Simulator::finished);
    QSignalSpy stored(m_server.get(), &IntakeServer::callStored);
    simulator.start();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0), (QVariantList{qint64(60), qint64(0)}));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(posted.size(), 60);
    for (const QVariantList &p : std::as_const(posted))
        QCOMPARE(p.at(1).toInt(), 201);
    QTRY_COMPARE(stored.size(), 60);
    QCOMPARE(storedCalls(), 60);
    PgResult times =
        m_conn->exec("SELECT count(*) FROM live.calls WHERE received_at > now() - interval '10 minutes'"
                     " AND received_at <= now()");
    QCOMPARE(times.integer(0, 0), 60); // stamped with the time of sending
    QVERIFY(!simulator.isRunning());
}

void TestSimulator::countsFailuresAndKeepsGoing()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close(); // nothing listens there now: connection refused

    SimulatorOptions o;
    o.target = callsUrl(port);
    o.speed = 1e6;
    o.count = 12;
    Simulator simulator(o);
    QSignalSpy failed(&simulator, &Simulator::failed);
    QSignalSpy finished(&simulator, &Simulator::finished);
    simulator.start();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.at(0), (QVariantList{qint64(0), qint64(12)}));
    QCOMPARE(failed.size(), 12);
    QVERIFY2(!failed.at(0).at(1).toString().isEmpty(), "a failure says why");
}

void TestSimulator::sendsTheToken()
{
    IntakeOptions io;
    io.port = 0;
    io.dbUri = m_db->uri();
    io.token = "tok-123";
    IntakeServer guarded(io);
    const Result<void> listening = guarded.start();
    QVERIFY2(listening.ok(), qPrintable(listening.error()));

    SimulatorOptions o;
    o.target = callsUrl(guarded.port());
    o.speed = 1e6;
    o.count = 3;
    {
        Simulator without(o);
        QSignalSpy failed(&without, &Simulator::failed);
        QSignalSpy finished(&without, &Simulator::finished);
        without.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(0), (QVariantList{qint64(0), qint64(3)}));
        QVERIFY2(failed.at(0).at(1).toString().startsWith(QStringLiteral("HTTP 401")),
                 qPrintable(failed.at(0).at(1).toString()));
    }
    o.token = "tok-123";
    Simulator with(o);
    QSignalSpy finished(&with, &Simulator::finished);
    with.start();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.at(0), (QVariantList{qint64(3), qint64(0)}));
    QCOMPARE(storedCalls(), 3);
}

void TestSimulator::stopEndsAForeverRun()
{
    SimulatorOptions o;
    o.target = callsUrl(m_server->port());
    o.speed = 1e6;
    o.count = -1;
    o.concurrency = 2;
    Simulator simulator(o);
    QSignalSpy posted(&simulator, &Simulator::posted);
    QSignalSpy finished(&simulator, &Simulator::finished);
    simulator.start();
    QTRY_VERIFY_WITH_TIMEOUT(posted.size() >= 10, 60000);
    simulator.stop();
    QVERIFY(finished.size() == 1 || finished.wait(60000));
    const qint64 total = finished.at(0).at(0).toLongLong();
    QVERIFY(total >= 10);
    QCOMPARE(finished.at(0).at(1).toLongLong(), 0);
    QCOMPARE(storedCalls(), total);
    QCOMPARE(posted.size(), total); // nothing posted after finished
}

// 3600 calls an hour at speed 60 is one call a second of simulated time per 1/60 s of real time: 30 calls
// take about half a second. Generous bounds: the point is that the gaps are honoured (not zero) and scaled
// (not an hour).
void TestSimulator::followsArrivalRate()
{
    SimulatorOptions o;
    o.target = callsUrl(m_server->port());
    o.callsPerHour = 3600;
    o.speed = 60;
    o.count = 30;
    o.seed = 5;
    Simulator simulator(o);
    QSignalSpy finished(&simulator, &Simulator::finished);
    QElapsedTimer clock;
    clock.start();
    simulator.start();
    QVERIFY(finished.wait(60000));
    const qint64 ms = clock.elapsed();
    QCOMPARE(finished.at(0), (QVariantList{qint64(30), qint64(0)}));
    QVERIFY2(ms > 100 && ms < 10000, qPrintable(QString::number(ms)));
}

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
