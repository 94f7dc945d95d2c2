// SIGKILL the console between the dispatcher's Enter and the database's answer. After a restart the decision
// is stored exactly once (and its unit dispatched once), having been pending in the offline journal and
// replayed; never lost, never doubled.
//
// The console is rr_console_probe (consoleprobe.cpp): the console's own DispatchSession, StoreClient and
// offline journal in a process without widgets. "Between Enter and the answer" is made certain, not timed:
// the test holds a row lock the decision needs, sees the probe's statement wait for it, then kills the probe.

#include "offlinejournalcheck.h"
#include "probe.h"
#include "testdatabase.h"

#include "store/offlinejournal.h"

#include <QTemporaryDir>

using namespace rr;

namespace {

enum class KillPoint
{
    DecisionWaitsServerGone,   // the decision's statement waits; its connection dies with the console
    DecisionWaitsServerGoesOn, // the decision's statement waits; the server finishes it after the kill
    DispatchWaits,             // the decision is committed, the unit's dispatch waits
};

} // namespace

Q_DECLARE_METATYPE(KillPoint)

class TstCrashConsole : public QObject
{
    Q_OBJECT
    test::TestDatabase m_db{QStringLiteral("crashconsole")};
    std::unique_ptr<PgConnection> m_conn; // checks
    std::unique_ptr<PgConnection> m_lock; // holds the row lock
    QTemporaryDir m_tmp;
    int m_round = 0;

    // Waits until a backend of this database waits for a lock: the probe's statement, stuck behind ours.
    bool someoneWaits(qint64 *pid)
    {
        const PgResult r = m_conn->exec("SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
                                        " AND wait_event_type = 'Lock' LIMIT 1");
        if (r.ok() && r.rows() == 1)
            *pid = r.integer(0, 0);
        return r.ok() && r.rows() == 1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_db.ok(), qPrintable(m_db.error()));
        QVERIFY(m_tmp.isValid());
        QString error;
        m_conn = m_db.migrated(&error);
        QVERIFY2(m_conn, qPrintable(error));
        m_lock = m_db.connect(&error);
        QVERIFY2(m_lock, qPrintable(error));
    }

    void cleanup() { m_lock->rollback(); } // a failed row leaves no lock for the next

    void killedBetweenEnterAndAnswer_data()
    {
        QTest::addColumn<KillPoint>("point");
        QTest::newRow("decision waits, its connection dies") << KillPoint::DecisionWaitsServerGone;
        QTest::newRow("decision waits, the server finishes it") << KillPoint::DecisionWaitsServerGoesOn;
        QTest::newRow("decision committed, dispatch waits") << KillPoint::DispatchWaits;
    }
    void killedBetweenEnterAndAnswer()
    {
        QFETCH(KillPoint, point);
        const QString prefix = QStringLiteral("K%1").arg(++m_round);
        QCOMPARE(test::seedCallsAndUnits(*m_conn, prefix, 1), QString());
        const QString cad = prefix + QStringLiteral("-0");
        const QString unit = prefix + QStringLiteral("-U0");
        const QString journal = m_tmp.filePath(prefix + QStringLiteral("/journal.jsonl"));

        test::Probe console;
        QVERIFY(console.start(m_db.uri(), journal, QStringLiteral("WS-") + prefix));
        QVERIFY2(console.waitFor(QStringLiteral("snapshot \\d+ \\d+")).hasMatch(),
                 qPrintable(console.lines().join(u'\n')));

        // The row the waiting step needs, locked by us.
        QVERIFY(m_lock->begin());
        const PgResult locked =
            point == KillPoint::DispatchWaits
                ? m_lock->exec("SELECT 1 FROM live.units WHERE id = $1 FOR UPDATE", {unit})
                : m_lock->exec("SELECT 1 FROM live.calls WHERE cad_id = $1 FOR UPDATE", {cad});
        QVERIFY2(locked.ok() && locked.rows() == 1, qPrintable(locked.error()));

        console.send("accept " + cad.toUtf8()); // Enter
        qint64 waiting = 0;
        QTRY_VERIFY_WITH_TIMEOUT(someoneWaits(&waiting), 30000);
        const char *decisions = "SELECT count(*) FROM live.decisions d JOIN live.calls c ON c.id = d.call_id"
                                " WHERE c.cad_id = $1";
        QCOMPARE(test::scalar(*m_conn, decisions, {cad}), point == KillPoint::DispatchWaits ? 1 : 0);
        console.kill();
        QVERIFY(!console.lines().join(u'\n').contains(QStringLiteral("stored "))); // no answer came

        // The decision is in the journal, pending: written before the database was asked.
        const QList<JournalEntry> pending = test::pendingEntries(journal);
        QCOMPARE(pending.size(), 1);
        QCOMPARE(decisionFromJson(pending.first().payload)->cadId, cad);

        if (point == KillPoint::DecisionWaitsServerGone) // the connection went with the console
            QVERIFY(m_conn->exec("SELECT pg_terminate_backend($1)", {waiting}).boolean(0, 0));
        m_lock->rollback();
        if (point == KillPoint::DecisionWaitsServerGoesOn) // the orphaned statement commits on its own
            QTRY_COMPARE_WITH_TIMEOUT(test::scalar(*m_conn, decisions, {cad}), 1, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(
            test::scalar(*m_conn, "SELECT count(*) FROM pg_stat_activity WHERE pid = $1", {waiting}), 0,
            30000);

        // Restart: the journal is replayed, the decision stored exactly once and the unit dispatched once.
        QVERIFY(console.start(m_db.uri(), journal, QStringLiteral("WS-") + prefix));
        QVERIFY2(console.waitFor(QStringLiteral("snapshot \\d+ \\d+")).hasMatch(),
                 qPrintable(console.lines().join(u'\n')));
        QCOMPARE(test::scalar(*m_conn, decisions, {cad}), 1);
        QCOMPARE(test::scalar(*m_conn,
                              "SELECT count(*) FROM live.decisions d JOIN live.calls c ON c.id = d.call_id"
                              " WHERE c.cad_id = $1 AND d.request_id = $2::uuid",
                              {cad, pending.first().requestId.toString(QUuid::WithoutBraces)}),
                 1);
        QCOMPARE(test::scalar(*m_conn,
                              "SELECT count(*) FROM live.unit_status_history WHERE unit_id = $1 AND status = "
                              "'dispatched'",
                              {unit}),
                 1);
        QCOMPARE(console.view().value(cad), true); // shown decided
        QVERIFY(console.quit());
        QVERIFY(test::pendingEntries(journal).isEmpty()); // replayed, done
    }
};

QTEST_GUILESS_MAIN(TstCrashConsole)
#include "tst_crash_console.moc"
