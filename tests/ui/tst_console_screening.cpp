// Screening in the console, keyboard only, against a real PostgreSQL cluster of the test's own: a call
// arrives, Q W Y at one console stores the answer and changes its suggestion to police, and a second console
// shows the new suggestion within a second; Enter on a call whose suggestion needs screening does not accept
// it but asks for the screening; and with the database down, an answer is journalled, the suggestion shown
// at once is this console's own triage, a decision made on it waits too, and both are stored, in order and
// bound to each other, when the database returns.

#include "../store/privatecluster.h"
#include "domain/rulesetloader.h"
#include "domain/triageengine.h"
#include "items/queuemodel.h"
#include "session/dispatchsession.h"
#include "store/callstore.h"
#include "store/storeclient.h"
#include "ui/calldetailview.h"
#include "ui/consolewindow.h"
#include "ui/queuepanel.h"
#include "ui/screeningpanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace rr;

namespace {

// One console: its store client (with the engine that triages after screening), session and window.
struct Console
{
    Console(const QString &uri, const QString &journalDir, const QString &dispatcher,
            std::shared_ptr<const TriageEngine> engine)
        : client(StoreClient::Options{uri,
                                      {},
                                      StoreSchema::Live,
                                      journalDir + u'/' + dispatcher + QStringLiteral(".jsonl"),
                                      dispatcher + QStringLiteral("@test"),
                                      {},
                                      std::move(engine)}),
          session(&client, dispatcher, QStringLiteral("WS-") + dispatcher), window(&session, dispatcher)
    {
        window.show();
        client.start();
    }
    const QueueEntry *entry(const QString &cadId) { return session.queue()->find(cadId); }
    QString kind(const QString &cadId)
    {
        const QueueEntry *e = entry(cadId);
        return e ? toString(e->suggestion.kind) : QString();
    }
    QString message() const { return window.findChild<QLabel *>(QStringLiteral("message"))->text(); }
    // A key as the dispatcher presses it: to whatever has the keyboard focus in this console.
    void key(Qt::Key k)
    {
        QWidget *target = window.focusWidget() ? window.focusWidget() : &window;
        QTest::keyClick(target, k);
    }
    // Up and down the queue with the arrows until the call is the current one.
    bool goTo(const QString &cadId)
    {
        QTableView *view = window.queuePanel()->view();
        view->setFocus();
        for (int i = 0; i < view->model()->rowCount() && view->currentIndex().row() > 0; ++i)
            key(Qt::Key_Up);
        for (int i = 0; i <= view->model()->rowCount(); ++i) {
            if (window.queuePanel()->currentCadId() == cadId)
                return true;
            key(Qt::Key_Down);
        }
        return false;
    }
    StoreClient client;
    DispatchSession session;
    ConsoleWindow window;
};

} // namespace

class TstConsoleScreening : public QObject
{
    Q_OBJECT
private:
    test::PrivateCluster m_cluster;
    QTemporaryDir m_journals;
    std::unique_ptr<PgConnection> m_db;
    std::shared_ptr<const TriageEngine> m_engine;
    std::unique_ptr<Console> m_one;
    std::unique_ptr<Console> m_two;

    void post(const QString &id, const QString &type, const QString &narrative, bool needsScreening = false)
    {
        Call c;
        c.id = id;
        c.callType = type;
        c.narrative = narrative;
        c.receivedAt = QDateTime::currentDateTimeUtc();
        c.priority = 2;
        c.address = QStringLiteral("500 BLOCK OF E MAIN ST");
        c.beat = QStringLiteral("213");
        Suggestion s = m_engine->triage(c);
        s.needsScreening = needsScreening; // the engine's rules set it; here the test does
        const auto r = CallStore(*m_db).upsert(c, s);
        QVERIFY2(r.ok, qPrintable(r.error));
    }
    QString decision(const QString &cadId)
    {
        PgResult r =
            m_db->exec("SELECT d.dispatcher, d.chosen_kind, d.accepted, d.suggestion_id ="
                       " (SELECT max(id) FROM live.suggestions WHERE call_id = c.id)"
                       " FROM live.decisions d JOIN live.calls c ON c.id = d.call_id WHERE c.cad_id = $1",
                       {cadId});
        if (!r.ok() || r.rows() != 1)
            return QString();
        return QStringList{r.text(0, 0), r.text(0, 1),
                           r.boolean(0, 2) ? QStringLiteral("accepted") : QStringLiteral("override"),
                           r.boolean(0, 3) ? QStringLiteral("latest suggestion")
                                           : QStringLiteral("older suggestion")}
            .join(u'|');
    }
    QString answers(const QString &cadId)
    {
        PgResult r =
            m_db->exec("SELECT string_agg(a.question || '=' || a.answer || ' by ' || a.dispatcher || '@'"
                       " || a.workstation, ', ' ORDER BY a.id) FROM live.screening_answers a"
                       " JOIN live.calls c ON c.id = a.call_id WHERE c.cad_id = $1",
                       {cadId});
        return r.ok() ? r.text(0, 0) : r.error();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_cluster.start(&error), qPrintable(error));
        m_db = m_cluster.connect(&error);
        QVERIFY2(m_db, qPrintable(error));
        auto rules = RuleSetLoader::loadBuiltIn();
        m_engine = std::make_shared<const TriageEngine>(rules.value());
        m_one = std::make_unique<Console>(m_cluster.uri(), m_journals.path(), QStringLiteral("D1"), m_engine);
        m_two = std::make_unique<Console>(m_cluster.uri(), m_journals.path(), QStringLiteral("D2"), m_engine);
        QTRY_VERIFY_WITH_TIMEOUT(m_one->client.connection() == StoreClient::Connection::Live, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(m_two->client.connection() == StoreClient::Connection::Live, 15000);
    }
    void cleanupTestCase()
    {
        m_two.reset();
        m_one.reset();
    }

    void qwyMakesItPoliceOnBothConsoles()
    {
        Console &one = *m_one;
        Console &two = *m_two;
        post(QStringLiteral("Q-1"), QStringLiteral("WELFARE CHECK"),
             QStringLiteral("neighbour has not seen her in two days"));
        QTRY_COMPARE_WITH_TIMEOUT(one.kind(QStringLiteral("Q-1")), QStringLiteral("unarmed"), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(two.kind(QStringLiteral("Q-1")), QStringLiteral("unarmed"), 5000);
        QVERIFY(one.goTo(QStringLiteral("Q-1")));
        QVERIFY(two.goTo(QStringLiteral("Q-1")));
        ScreeningPanel *panel = one.window.screening();
        QTRY_COMPARE(panel->cadId(), QStringLiteral("Q-1"));

        // Q: screening, with the keyboard in the panel.
        one.key(Qt::Key_Q);
        QVERIFY(panel->isActive());
        QCOMPARE(one.window.focusWidget(), static_cast<QWidget *>(panel));
        one.key(Qt::Key_W);
        QCOMPARE(panel->selectedQuestion(), std::optional(Screen::Weapon));
        QElapsedTimer clock;
        clock.start();
        one.key(Qt::Key_Y);

        // This console: the new suggestion, its reasons and who answered.
        QTRY_COMPARE_WITH_TIMEOUT(one.kind(QStringLiteral("Q-1")), QStringLiteral("police"), 1000);
        QTRY_VERIFY(one.window.detail()->toPlainText().contains(QStringLiteral("POLICE")));
        QVERIFY(one.window.detail()->toPlainText().contains(QStringLiteral("weapon"), Qt::CaseInsensitive));
        QTRY_VERIFY(panel->findChild<QLabel *>(QStringLiteral("screenStatus_weapon"))
                        ->text()
                        .startsWith(QStringLiteral("YES \u00B7 D1 ")));
        QVERIFY2(one.message().contains(QStringLiteral("suggestion now police")), qPrintable(one.message()));
        // The other console: within a second of the key press, through the change feed.
        QTRY_COMPARE_WITH_TIMEOUT(two.kind(QStringLiteral("Q-1")), QStringLiteral("police"),
                                  int(std::max<qint64>(1, 1000 - clock.elapsed())));
        QTRY_VERIFY(two.window.detail()->toPlainText().contains(QStringLiteral("POLICE")));
        QTRY_VERIFY(two.window.screening()
                        ->findChild<QLabel *>(QStringLiteral("screenStatus_weapon"))
                        ->text()
                        .startsWith(QStringLiteral("YES \u00B7 D1 ")));
        QCOMPARE(answers(QStringLiteral("Q-1")), QStringLiteral("weapon=yes by D1@WS-D1"));

        // Still screening: V N, then Escape gives the keyboard back to the queue.
        one.key(Qt::Key_V);
        one.key(Qt::Key_N);
        QTRY_COMPARE(answers(QStringLiteral("Q-1")),
                     QStringLiteral("weapon=yes by D1@WS-D1, violence=no by D1@WS-D1"));
        one.key(Qt::Key_Escape);
        QVERIFY(!panel->isActive());
        QCOMPARE(one.window.focusWidget(), static_cast<QWidget *>(one.window.queuePanel()->view()));
        QCOMPARE(one.kind(QStringLiteral("Q-1")), QStringLiteral("police"));

        // Enter accepts the suggestion shown now: police, bound to the suggestion the answers produced.
        QTRY_COMPARE(toString(one.entry(QStringLiteral("Q-1"))->call.screening[Screen::Violence]),
                     toString(Answer::No));
        one.key(Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(decision(QStringLiteral("Q-1")),
                                  QStringLiteral("D1|police|accepted|latest suggestion"), 5000);
    }

    void enterOnANeedsScreeningCallAsksForTheScreening()
    {
        Console &one = *m_one;
        post(QStringLiteral("Q-2"), QStringLiteral("WELFARE CHECK"),
             QStringLiteral("caller cannot say what is going on next door"), true);
        QTRY_VERIFY_WITH_TIMEOUT(one.entry(QStringLiteral("Q-2")), 5000);
        // Marked in words in the queue and in the detail.
        const QueueModel *queue = one.session.queue();
        const QModelIndex suggested =
            queue->index(queue->rowOf(QStringLiteral("Q-2")), QueueModel::Suggested);
        QVERIFY2(suggested.data().toString().contains(QStringLiteral("SCREEN FIRST")),
                 qPrintable(suggested.data().toString()));
        QTRY_VERIFY_WITH_TIMEOUT(m_two->entry(QStringLiteral("Q-2")), 5000);
        QVERIFY(m_two->entry(QStringLiteral("Q-2"))->suggestion.needsScreening);
        QVERIFY(one.goTo(QStringLiteral("Q-2")));
        QTRY_VERIFY(one.window.detail()->toPlainText().contains(QStringLiteral("NEEDS SCREENING")));
        QVERIFY(!one.window.screening()->findChild<QLabel *>(QStringLiteral("needsScreening"))->isHidden());

        // Enter does not accept: it asks for the screening and puts the keyboard there.
        one.key(Qt::Key_Return);
        QVERIFY2(one.message().contains(QStringLiteral("needs screening")), qPrintable(one.message()));
        QVERIFY(one.window.screening()->isActive());
        QCOMPARE(one.window.focusWidget(), static_cast<QWidget *>(one.window.screening()));
        QCOMPARE(one.window.queuePanel()->currentCadId(), QStringLiteral("Q-2"));
        QCOMPARE(decision(QStringLiteral("Q-2")), QString());
        QCOMPARE(m_db->exec("SELECT count(*) FROM live.decisions d JOIN live.calls c ON c.id = d.call_id"
                            " WHERE c.cad_id = 'Q-2'")
                     .integer(0, 0),
                 0);

        // Answered: triaged again (the rules no longer ask for it), then Enter accepts.
        one.key(Qt::Key_W);
        one.key(Qt::Key_N);
        QTRY_VERIFY_WITH_TIMEOUT(!one.entry(QStringLiteral("Q-2"))->suggestion.needsScreening, 5000);
        QTRY_VERIFY(
            one.window.screening()->findChild<QLabel *>(QStringLiteral("needsScreening"))->isHidden());
        QTRY_VERIFY_WITH_TIMEOUT(!m_two->entry(QStringLiteral("Q-2"))->suggestion.needsScreening, 1000);
        one.key(Qt::Key_Escape);
        const QString kind = one.kind(QStringLiteral("Q-2"));
        one.key(Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(decision(QStringLiteral("Q-2")),
                                  QStringLiteral("D1|%1|accepted|latest suggestion").arg(kind), 5000);
    }

    void offlineAnswersAreJournalledThenStoredInOrder()
    {
        Console &one = *m_one;
        post(QStringLiteral("Q-3"), QStringLiteral("WELFARE CHECK"),
             QStringLiteral("man sitting on the curb, seems confused"));
        QTRY_COMPARE_WITH_TIMEOUT(one.kind(QStringLiteral("Q-3")), QStringLiteral("unarmed"), 5000);
        m_db.reset();
        QString error;
        QVERIFY2(m_cluster.stop(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(one.client.connection() != StoreClient::Connection::Live, 10000);

        QVERIFY(one.goTo(QStringLiteral("Q-3")));
        one.key(Qt::Key_Q);
        one.key(Qt::Key_W);
        one.key(Qt::Key_Y);
        // Not lost: in the journal, shown at once with this console's own triage.
        QTRY_COMPARE_WITH_TIMEOUT(one.client.pendingJournal(), 1, 10000);
        QCOMPARE(one.kind(QStringLiteral("Q-3")), QStringLiteral("police"));
        QTRY_COMPARE(
            one.window.screening()->findChild<QLabel *>(QStringLiteral("screenStatus_weapon"))->text(),
            QStringLiteral("YES \u00B7 saved offline"));
        QVERIFY2(one.message().contains(QStringLiteral("saved offline")), qPrintable(one.message()));
        // A decision on what is shown waits too.
        one.key(Qt::Key_Escape);
        one.key(Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(one.client.pendingJournal(), 2, 10000);
        QVERIFY(one.window.banner()->text().contains(QStringLiteral("2 change")));
        QCOMPARE(toString(one.entry(QStringLiteral("Q-3"))->chosenKind), toString(ResponseKind::Police));

        // The database returns: the answer first, then the decision, bound to the suggestion it produced.
        QVERIFY2(m_cluster.start(&error), qPrintable(error));
        m_db = m_cluster.connect(&error);
        QVERIFY2(m_db, qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(one.client.connection() == StoreClient::Connection::Live, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(one.client.pendingJournal(), 0, 10000);
        QCOMPARE(answers(QStringLiteral("Q-3")), QStringLiteral("weapon=yes by D1@WS-D1"));
        QCOMPARE(decision(QStringLiteral("Q-3")), QStringLiteral("D1|police|accepted|latest suggestion"));
        QTRY_COMPARE_WITH_TIMEOUT(m_two->kind(QStringLiteral("Q-3")), QStringLiteral("police"), 10000);
        // Back on the call (Enter moved on to the next one): the answer as stored, no longer waiting.
        QTRY_VERIFY(one.entry(QStringLiteral("Q-3"))->offlineAnswers.isEmpty());
        QVERIFY(one.goTo(QStringLiteral("Q-3")));
        QTRY_VERIFY(one.window.screening()
                        ->findChild<QLabel *>(QStringLiteral("screenStatus_weapon"))
                        ->text()
                        .startsWith(QStringLiteral("YES \u00B7 D1 ")));
    }
};

QTEST_MAIN(TstConsoleScreening)
#include "tst_console_screening.moc"
