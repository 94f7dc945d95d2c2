// SIGKILL the PostgreSQL server (the postmaster of a cluster of the test's own) while two consoles decide
// calls, some the same. After the server's crash recovery nothing acknowledged is missing: every decision a
// console was told was stored is the call's decision, every one it saved offline was replayed (stored, or
// reported as having lost the race); no call has two decisions, none is told "failed"; and both consoles
// resync, showing every call decided.

#include "offlinejournalcheck.h"
#include "privatecluster.h"
#include "probe.h"

#include <QTemporaryDir>

using namespace rr;

namespace {

constexpr int kCalls = 60;

} // namespace

class TstCrashServer : public QObject
{
    Q_OBJECT
    test::PrivateCluster m_cluster;
    QTemporaryDir m_tmp;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QString error;
        QVERIFY2(m_cluster.start(&error), qPrintable(error));
        auto conn = m_cluster.connect(&error);
        QVERIFY2(conn, qPrintable(error));
        QCOMPARE(test::seedCallsAndUnits(*conn, QStringLiteral("S"), kCalls), QString());
    }

    void postmasterKilledDuringDecisions()
    {
        test::Probe a, b;
        const QString journalA = m_tmp.filePath(QStringLiteral("a/journal.jsonl"));
        const QString journalB = m_tmp.filePath(QStringLiteral("b/journal.jsonl"));
        QVERIFY(a.start(m_cluster.uri(), journalA, QStringLiteral("WS-A")));
        QVERIFY(b.start(m_cluster.uri(), journalB, QStringLiteral("WS-B")));
        QVERIFY(a.waitFor(QStringLiteral("snapshot %1 %1").arg(kCalls)).hasMatch());
        QVERIFY(b.waitFor(QStringLiteral("snapshot %1 %1").arg(kCalls)).hasMatch());

        // A takes the calls from the front, B from the back: they meet in the middle and race there.
        const QString answer = QStringLiteral("(stored|queued|already|missing|failed) (\\S+)( (\\S+))?.*");
        QMap<QString, QString> acknowledged; // cad -> request id the console was told is stored
        QMap<QString, QString> queued;       // cad -> request id saved offline
        QStringList failures;
        const auto record = [&](const QRegularExpressionMatch &m) {
            if (m.captured(1) == u"stored")
                acknowledged.insert(m.captured(2), m.captured(4));
            else if (m.captured(1) == u"queued")
                queued.insert(m.captured(2), m.captured(4));
            else if (m.captured(1) == u"failed" || m.captured(1) == u"missing")
                failures << m.captured(0);
        };
        qint64 postmaster = m_cluster.postmasterPid();
        QVERIFY(postmaster > 0);
        for (int i = 0; i < kCalls / 2 + 5; ++i) {
            a.send(QStringLiteral("accept S-%1").arg(i).toUtf8());
            b.send(QStringLiteral("accept S-%1").arg(kCalls - 1 - i).toUtf8());
            const QRegularExpressionMatch ma = a.waitFor(answer), mb = b.waitFor(answer);
            QVERIFY2(ma.hasMatch() && mb.hasMatch(),
                     qPrintable(a.lines().join(u'\n') + b.lines().join(u'\n')));
            record(ma);
            record(mb);
            if (i == kCalls / 4) { // mid-stream, the server dies: no shutdown, no checkpoint
                QCOMPARE(::kill(pid_t(postmaster), SIGKILL), 0);
                // Send the next ones at once: the server is gone while the consoles decide.
            }
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
        QVERIFY2(!queued.isEmpty(), "no decision was made while the server was down");
        QVERIFY(!acknowledged.isEmpty());

        // Recovery: the server starts again (crash recovery from its WAL); the consoles reconnect, replay
        // their journals and take a fresh snapshot.
        QString error;
        QVERIFY2(m_cluster.start(&error), qPrintable(error));
        auto conn = m_cluster.connect(&error);
        QVERIFY2(conn, qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(test::scalar(*conn, "SELECT count(*) FROM live.decisions"), qint64(kCalls),
                                  60000);
        // Nothing acknowledged is missing: each is the call's decision.
        for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it)
            QVERIFY2(
                test::scalar(*conn,
                             "SELECT count(*) FROM live.decisions d JOIN live.calls c ON c.id = d.call_id"
                             " WHERE c.cad_id = $1 AND d.request_id = $2::uuid",
                             {it.key(), it.value()}) == 1,
                qPrintable(it.key()));
        // Each offline decision was replayed: stored, or its call decided by the other console (reported).
        for (auto it = queued.cbegin(); it != queued.cend(); ++it)
            QVERIFY2(
                test::scalar(*conn,
                             "SELECT count(*) FROM live.decisions d JOIN live.calls c ON c.id = d.call_id"
                             " WHERE c.cad_id = $1",
                             {it.key()}) == 1,
                qPrintable(it.key()));
        // Never doubled: one decision per call, one dispatch per decision with a unit.
        QCOMPARE(test::scalar(*conn, "SELECT count(DISTINCT call_id) FROM live.decisions"), qint64(kCalls));
        QCOMPARE(test::scalar(*conn,
                              "SELECT count(*) FROM (SELECT call_id FROM live.unit_status_history WHERE "
                              "status = 'dispatched' GROUP BY call_id HAVING count(*) > 1) twice"),
                 0);

        // Both consoles resync: every call decided in their queues, nothing pending in their journals.
        for (test::Probe *console : {&a, &b}) {
            QMap<QString, bool> view;
            QTRY_VERIFY_WITH_TIMEOUT(
                (view = console->view(), view.size() == kCalls && !view.values().contains(false)), 60000);
            QVERIFY(console->quit());
        }
        QVERIFY(test::pendingEntries(journalA).isEmpty());
        QVERIFY(test::pendingEntries(journalB).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstCrashServer)
#include "tst_crash_server.moc"
