// The dispatcher's console end to end, against a real PostgreSQL cluster of the test's own: a call posted to
// the database appears in the live queue, Enter stores the decision, the override dialog stores kind, reason
// and note, a second console sees the first one's decisions and is told who decided, a unit status change
// from the keyboard is stored, and when the server stops the console keeps working offline and catches up.

#include "../store/privatecluster.h"
#include "domain/rulesetloader.h"
#include "domain/triageengine.h"
#include "items/queuemodel.h"
#include "items/unittablemodel.h"
#include "session/dispatchsession.h"
#include "store/callstore.h"
#include "store/storeclient.h"
#include "store/unitstore.h"
#include "ui/calldetailview.h"
#include "ui/consolewindow.h"
#include "ui/overridedialog.h"
#include "ui/queuepanel.h"
#include "ui/unitboard.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace rr;

namespace {

// One console: its store client, session and window.
struct Console
{
    Console(const QString &uri, const QString &journalDir, const QString &dispatcher)
        : client(StoreClient::Options{uri,
                                      {},
                                      StoreSchema::Live,
                                      journalDir + u'/' + dispatcher + QStringLiteral(".jsonl"),
                                      dispatcher + QStringLiteral("@test"),
                                      {},
                                      {}}),
          session(&client, dispatcher, QStringLiteral("WS-") + dispatcher), window(&session, dispatcher)
    {
        window.show();
        client.start();
    }
    QString status(const QString &cadId) const
    {
        const QueueEntry *e = const_cast<DispatchSession &>(session).queue()->find(cadId);
        return e ? e->call.id +
                       (e->decided ? QStringLiteral(" decided by ") + e->decidedBy : QStringLiteral(" open"))
                 : QString();
    }
    StoreClient client;
    DispatchSession session;
    ConsoleWindow window;
};

} // namespace

class TstConsole : public QObject
{
    Q_OBJECT
private:
    test::PrivateCluster m_cluster;
    QTemporaryDir m_journals;
    std::unique_ptr<PgConnection> m_db;
    std::unique_ptr<TriageEngine> m_engine;

    void post(const QString &id, const QString &type, const QString &narrative)
    {
        Call c;
        c.id = id;
        c.callType = type;
        c.narrative = narrative;
        c.receivedAt = QDateTime::currentDateTimeUtc();
        c.priority = 2;
        c.address = QStringLiteral("200 BLOCK OF CORCORAN ST");
        c.beat = QStringLiteral("211");
        c.latitude = 35.996;
        c.longitude = -78.901;
        const auto r = CallStore(*m_db).upsert(c, m_engine->triage(c));
        QVERIFY2(r.ok, qPrintable(r.error));
    }
    QString decision(const QString &cadId)
    {
        PgResult r =
            m_db->exec("SELECT d.dispatcher, d.chosen_kind, d.accepted, coalesce(d.reason_code, ''), d.note,"
                       " coalesce(d.unit_id, '') FROM live.decisions d JOIN live.calls c ON c.id = d.call_id"
                       " WHERE c.cad_id = $1",
                       {cadId});
        if (!r.ok() || r.rows() != 1)
            return QString();
        return QStringList{r.text(0, 0),
                           r.text(0, 1),
                           r.boolean(0, 2) ? QStringLiteral("accepted") : QStringLiteral("override"),
                           r.text(0, 3),
                           r.text(0, 4),
                           r.text(0, 5)}
            .join(u'|');
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_cluster.start(&error), qPrintable(error));
        m_db = m_cluster.connect(&error);
        QVERIFY2(m_db, qPrintable(error));
        QVERIFY(UnitStore(*m_db).saveRoster({Unit{QStringLiteral("CRT-1"),
                                                  QStringLiteral("CRT 1"),
                                                  ResponseKind::Unarmed,
                                                  UnitStatus::Available,
                                                  35.99,
                                                  -78.90,
                                                  {}},
                                             Unit{QStringLiteral("P-1"),
                                                  QStringLiteral("Patrol 1"),
                                                  ResponseKind::Police,
                                                  UnitStatus::Available,
                                                  36.0,
                                                  -78.89,
                                                  {}}},
                                            &error));
        auto rules = RuleSetLoader::loadBuiltIn();
        m_engine = std::make_unique<TriageEngine>(rules.value());
    }

    void keyboardFlowTwoConsolesAndOffline()
    {
        Console one(m_cluster.uri(), m_journals.path(), QStringLiteral("D1"));
        Console two(m_cluster.uri(), m_journals.path(), QStringLiteral("D2"));
        QTRY_VERIFY_WITH_TIMEOUT(one.client.connection() == StoreClient::Connection::Live, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(two.client.connection() == StoreClient::Connection::Live, 15000);
        QVERIFY(one.window.banner()->text().contains(QStringLiteral("LIVE")));
        // The override reasons and outcomes come from the database's lists.
        QTRY_COMPARE(one.session.overrideReasons().size(), 6);
        QCOMPARE(one.session.overrideReasons().at(3).code, QStringLiteral("safety_history"));
        QVERIFY(one.session.overrideReasons().last().needsNote);
        QCOMPARE(one.session.outcomes().first().code, QStringLiteral("resolved_on_scene"));

        // A call posted to the database appears on both consoles.
        post(QStringLiteral("T-1"), QStringLiteral("WELFARE CHECK"),
             QStringLiteral("neighbour has not seen her in two days, no weapons"));
        QTRY_COMPARE_WITH_TIMEOUT(one.status(QStringLiteral("T-1")), QStringLiteral("T-1 open"), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(two.status(QStringLiteral("T-1")), QStringLiteral("T-1 open"), 5000);

        // Select it and press Enter: the decision is stored with the recommended unit.
        QTableView *view = one.window.queuePanel()->view();
        one.window.queuePanel()->selectCall(QStringLiteral("T-1"));
        QCOMPARE(one.window.queuePanel()->currentCadId(), QStringLiteral("T-1"));
        QTRY_VERIFY(one.window.detail()->toPlainText().contains(QStringLiteral("Recommended unit")));
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(decision(QStringLiteral("T-1")),
                                  QStringLiteral("D1|unarmed|accepted|||CRT-1"), 5000);
        // The other console sees it within a second.
        QTRY_COMPARE_WITH_TIMEOUT(two.status(QStringLiteral("T-1")), QStringLiteral("T-1 decided by D1"),
                                  1000);
        // Deciding it again there says who decided, and stores nothing.
        two.window.queuePanel()->selectCall(QStringLiteral("T-1"));
        QTest::keyClick(two.window.queuePanel()->view(), Qt::Key_Return);
        QTRY_VERIFY(two.window.findChild<QLabel *>(QStringLiteral("message"))
                        ->text()
                        .contains(QStringLiteral("already decided by D1")));
        QCOMPARE(m_db->exec("SELECT count(*) FROM live.decisions").integer(0, 0), 1);
        // The unit went out: its board row says so on the other console.
        QTRY_COMPARE_WITH_TIMEOUT(toString(two.session.units()->find(QStringLiteral("CRT-1"))->status),
                                  QStringLiteral("dispatched"), 3000);

        // Override from the keyboard: O, 3 (police), a reason with the arrows, a note, Enter.
        post(QStringLiteral("T-2"), QStringLiteral("NOISE COMPLAINT"),
             QStringLiteral("loud music from the apartment above"));
        QTRY_COMPARE_WITH_TIMEOUT(one.status(QStringLiteral("T-2")), QStringLiteral("T-2 open"), 5000);
        one.window.setOverrideDialogHook([](OverrideDialog &dialog) {
            dialog.show();
            auto *reasons = dialog.findChild<QListWidget *>(QStringLiteral("reasonList"));
            QTest::keyClick(reasons, Qt::Key_3);
            for (int i = 0; i < 4; ++i)
                QTest::keyClick(reasons, Qt::Key_Down); // the fourth reason: safety history
            auto *note = dialog.findChild<QLineEdit *>(QStringLiteral("note"));
            note->setFocus();
            QTest::keyClicks(note, QStringLiteral("flag on address"));
            QTest::keyClick(note, Qt::Key_Return);
            return dialog.result() == QDialog::Accepted;
        });
        one.window.queuePanel()->selectCall(QStringLiteral("T-2"));
        QTest::keyClick(view, Qt::Key_O);
        QTRY_COMPARE_WITH_TIMEOUT(decision(QStringLiteral("T-2")),
                                  QStringLiteral("D1|police|override|safety_history|flag on address|P-1"),
                                  5000);

        // A unit status from the keyboard on the unit board: F3 goes there, arrows pick the unit.
        QTableView *board = one.window.unitBoard()->view();
        QTest::keyClick(view, Qt::Key_F3);
        QCOMPARE(one.window.focusWidget(), static_cast<QWidget *>(board));
        while (board->currentIndex().data(UnitTableModel::UnitIdRole).toString() != u"CRT-1" &&
               board->currentIndex().row() < board->model()->rowCount() - 1)
            QTest::keyClick(board, Qt::Key_Down);
        QTest::keyClick(board, Qt::Key_S);
        QTRY_COMPARE_WITH_TIMEOUT(m_db->exec("SELECT status FROM live.units WHERE id = 'CRT-1'").text(0, 0),
                                  QStringLiteral("on_scene"), 5000);

        // The database goes away: the banner says so, decisions wait in the journal, nothing is lost.
        post(QStringLiteral("T-3"), QStringLiteral("PANHANDLING"),
             QStringLiteral("man asking drivers for money at the light"));
        QTRY_COMPARE_WITH_TIMEOUT(one.status(QStringLiteral("T-3")), QStringLiteral("T-3 open"), 5000);
        m_db.reset();
        QString error;
        QVERIFY2(m_cluster.stop(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(one.client.connection() != StoreClient::Connection::Live, 10000);
        QTRY_VERIFY(!one.window.banner()->text().contains(QStringLiteral("LIVE")));
        one.window.queuePanel()->selectCall(QStringLiteral("T-3"));
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(one.client.pendingJournal(), 1, 10000);
        QVERIFY(one.window.banner()->text().contains(QStringLiteral("1 change")));
        // Decided here already: a second Enter on it is refused, nothing else is journalled.
        QCOMPARE(one.status(QStringLiteral("T-3")), QStringLiteral("T-3 decided by D1 (offline, waiting)"));
        one.window.queuePanel()->selectCall(QStringLiteral("T-3"));
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_VERIFY(one.window.findChild<QLabel *>(QStringLiteral("message"))
                        ->text()
                        .contains(QStringLiteral("already decided")));
        QCOMPARE(one.client.pendingJournal(), 1);

        // It comes back: the journal is replayed and the banner clears.
        QVERIFY2(m_cluster.start(&error), qPrintable(error));
        m_db = m_cluster.connect(&error);
        QVERIFY2(m_db, qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(one.client.connection() == StoreClient::Connection::Live, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(one.client.pendingJournal(), 0, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(decision(QStringLiteral("T-3")), QStringLiteral("D1|unarmed|accepted|||"),
                                  5000);
        QVERIFY(one.window.banner()->text().contains(QStringLiteral("LIVE")));
        QTRY_VERIFY(one.window.findChild<QLabel *>(QStringLiteral("message"))
                        ->text()
                        .contains(QStringLiteral("offline sent")));
        QTRY_COMPARE_WITH_TIMEOUT(two.status(QStringLiteral("T-3")), QStringLiteral("T-3 decided by D1"),
                                  10000);
    }
};

QTEST_MAIN(TstConsole)
#include "tst_console.moc"
