// The trainer window as a trainer uses it, on a database of its own on the rr_db fixture's cluster: choose a
// scenario in the library, check two trainees, start a session at 8x, watch each trainee live while their
// decisions come in (in their own sandboxes), pause and resume, record the scores (append-only), and print
// the report. The live tables are counted before and after: a training session never touches them.
#include "../training/trainingfixture.h"
#include "domain/rulesetloader.h"
#include "domain/triageengine.h"
#include "session/signincontroller.h"
#include "store/callstore.h"
#include "store/migrator.h"
#include "training/releaseclock.h"
#include "training/scenariostore.h"
#include "training/sessiondriver.h"
#include "ui/signindialog.h"
#include "ui/trainer/keyeditorpanel.h"
#include "ui/trainer/librarypanel.h"
#include "ui/trainer/sessionlistpanel.h"
#include "ui/trainer/sessionpanel.h"
#include "ui/trainer/traineespanel.h"
#include "ui/trainer/trainerwindow.h"

#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace rr;

class TestTrainerWindow : public QObject
{
    Q_OBJECT
private:
    test::TestDatabase m_db{QStringLiteral("trainerwindow")};
    std::unique_ptr<PgConnection> m_owner;
    std::unique_ptr<test::TestStaff> m_staff;

    QList<qint64> liveCounts()
    {
        QList<qint64> out;
        for (const char *table : {"calls", "suggestions", "decisions", "event_log", "unit_status_history"}) {
            PgResult r = m_owner->exec(QByteArray("SELECT count(*) FROM live.").append(table).constData());
            out << (r.ok() ? r.integer(0, 0) : -1);
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_db.ok(), qPrintable(m_db.error()));
        QString error;
        m_owner = m_db.migrated(&error);
        QVERIFY2(m_owner, qPrintable(error));
        m_staff =
            std::make_unique<test::TestStaff>(*m_owner, QString::number(QCoreApplication::applicationPid()));
    }

    void trainerRunsASessionForTwoTrainees()
    {
        const QString a = m_staff->add("D101", StaffRole::Trainee);
        const QString b = m_staff->add("D102", StaffRole::Trainee);
        Scenario s = test::makeScenario(QStringLiteral("window-drill"), 4, 6000);
        s.calls[0].key.reference = ResponseKind::Unarmed;
        s.calls[1].key.reference = ResponseKind::Police;
        const Result<Scenario> stored = ScenarioStore(*m_owner).add(s);
        QVERIFY2(stored, qPrintable(stored ? QString() : stored.error()));
        const QList<qint64> liveBefore = liveCounts();

        TrainerClient::Options o;
        o.uri = m_db.uri();
        o.pollMs = 200;
        TrainerClient client(o);
        auto rules = RuleSetLoader::loadBuiltIn();
        QVERIFY(rules);
        TrainerWindow window(&client, std::make_shared<const TriageEngine>(*rules));
        window.show();
        QSignalSpy listed(&client, &TrainerClient::scenariosListed);
        client.start();
        QVERIFY(listed.wait(20000));

        // The library lists the scenario; choosing it shows its key.
        window.library()->select(QStringLiteral("window-drill"));
        QTRY_COMPARE_WITH_TIMEOUT(window.scenario().calls.size(), qsizetype(4), 10000);
        QCOMPARE(window.keyEditor()->table()->rowCount(), 4);

        // Check both trainees, 8x, start.
        auto *choice = window.session()->findChild<QListWidget *>(QStringLiteral("traineeChoice"));
        QVERIFY(choice);
        for (int i = 0; i < choice->count(); ++i)
            if (choice->item(i)->text() == a || choice->item(i)->text() == b)
                choice->item(i)->setCheckState(Qt::Checked);
        QCOMPARE(window.session()->checkedTrainees().size(), 2);
        window.session()->findChild<QComboBox *>(QStringLiteral("sessionSpeed"))->setCurrentIndex(4); // 8x
        QSignalSpy started(&window, &TrainerWindow::sessionStarted);
        QTest::mouseClick(window.session()->findChild<QPushButton *>(QStringLiteral("startSession")),
                          Qt::LeftButton);
        QVERIFY2(started.wait(20000),
                 qPrintable(window.session()->findChild<QLabel *>(QStringLiteral("sessionMessage"))->text()));
        const qint64 sessionId = started.first().first().toLongLong();
        QVERIFY(window.driver());

        // Pause and resume from the window.
        auto *pause = window.session()->findChild<QPushButton *>(QStringLiteral("pauseSession"));
        QTRY_VERIFY_WITH_TIMEOUT(window.driver()->clock()->state() == ReleaseClock::State::Running ||
                                     window.driver()->clock()->state() == ReleaseClock::State::Finished,
                                 10000);
        if (window.driver()->clock()->state() == ReleaseClock::State::Running) {
            QTest::mouseClick(pause, Qt::LeftButton);
            QCOMPARE(window.driver()->clock()->state(), ReleaseClock::State::Paused);
            QCOMPARE(pause->text(), QStringLiteral("&Resume"));
            QTest::mouseClick(pause, Qt::LeftButton);
            QVERIFY(window.driver()->clock()->state() != ReleaseClock::State::Paused);
        }
        QSignalSpy finished(window.driver(), &SessionDriver::finished);
        QVERIFY(finished.wait(30000));
        // Scores are recorded when the session ends (nobody has decided yet), append-only.
        QTRY_COMPARE_WITH_TIMEOUT(
            m_owner->exec("SELECT count(*) FROM trainer.scores WHERE session_id = $1", {sessionId})
                .integer(0, 0),
            qint64(2), 10000);

        // Each trainee decides in their own sandbox: D101 the first call right, D102 the second unsafely.
        auto decide = [&](const QString &login, int call, std::optional<ResponseKind> overrideTo) {
            auto conn = m_staff->signIn(m_db.uri(), login);
            QVERIFY(conn);
            const Result<StoreSchema> sandbox = TrainingSessionStore(*conn).sandboxOf(sessionId);
            QVERIFY2(sandbox, qPrintable(sandbox ? QString() : sandbox.error()));
            CallStore store(*conn, *sandbox);
            DecisionRequest r;
            r.requestId = QUuid::createUuid();
            r.cadId = s.calls[call].call.id;
            r.accepted = !overrideTo;
            if (overrideTo) {
                r.chosenKind = overrideTo;
                r.reasonCode = QStringLiteral("new_information");
                r.note = QStringLiteral("trainee");
            }
            r.dispatcher = login;
            const DecideOutcome out = store.decide(r);
            QVERIFY2(out.status == DecideOutcome::Status::Stored, qPrintable(out.message));
        };
        decide(a, 0, std::nullopt);          // accepts the unarmed suggestion the key agrees with
        decide(b, 1, ResponseKind::Unarmed); // a knife: police needed, unarmed sent

        // The trainees' table shows both live.
        QTableWidget *live = window.session()->trainees()->table();
        QTRY_COMPARE_WITH_TIMEOUT(live->rowCount(), 2, 10000);
        auto row = [&](const QString &login) {
            for (int r = 0; r < live->rowCount(); ++r)
                if (live->item(r, 0)->text() == login)
                    return r;
            return -1;
        };
        QTRY_COMPARE_WITH_TIMEOUT(live->item(row(a), 2)->text(), QStringLiteral("1 / 4"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(live->item(row(b), 4)->text(), QStringLiteral("\u26A0 1"), 10000);
        QCOMPARE(live->item(row(a), 1)->text(), QStringLiteral("3")); // waiting

        QSignalSpy recorded(&client, &TrainerClient::recorded);
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("recordScores")), Qt::LeftButton);
        QVERIFY(recorded.wait(10000));
        QCOMPARE(m_owner->exec("SELECT count(*) FROM trainer.scores WHERE session_id = $1", {sessionId})
                     .integer(0, 0),
                 qint64(4)); // the decisions changed both scores: a new row each
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("recordScores")), Qt::LeftButton);
        QVERIFY(recorded.wait(10000));
        QCOMPARE(recorded.last().at(1).toInt(), 0); // nothing changed: nothing added
        PgResult unsafe = m_owner->exec("SELECT unsafe FROM trainer.scores WHERE session_id = $1 AND trainee "
                                        "= $2 ORDER BY id DESC LIMIT 1",
                                        {sessionId, b});
        QCOMPARE(unsafe.integer(0, 0), qint64(1));
        QVERIFY(!m_owner->exec("UPDATE trainer.scores SET points = 0").ok()); // append-only, even the owner

        QTemporaryDir dir;
        QString error;
        QVERIFY2(window.exportPdf(dir.filePath(QStringLiteral("t.pdf")), &error), qPrintable(error));
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("t.pdf"))).size() > 1000);

        // A second trainer's window, which did not start the session, follows it from the list of sessions
        // (Enter on its row): the same trainees live, the same scores.
        {
            TrainerClient otherClient(o);
            TrainerWindow other(&otherClient, std::make_shared<const TriageEngine>(*rules));
            other.show();
            otherClient.start();
            QTableWidget *sessions = other.sessions()->table();
            QTRY_VERIFY_WITH_TIMEOUT(sessions->rowCount() > 0, 20000);
            int sessionRow = -1;
            for (int r = 0; r < sessions->rowCount(); ++r)
                if (sessions->item(r, 0)->text() == QString::number(sessionId))
                    sessionRow = r;
            QVERIFY(sessionRow >= 0);
            QCOMPARE(sessions->item(sessionRow, 3)->text(), QStringLiteral("4 of 4"));
            other.tabs()->setCurrentWidget(other.sessions());
            sessions->setFocus();
            sessions->setCurrentCell(sessionRow, 0);
            sessions->selectRow(sessionRow);
            QTest::keyClick(sessions, Qt::Key_Return);
            QCOMPARE(otherClient.watched(), sessionId);
            QCOMPARE(other.tabs()->currentWidget(), other.session());
            QVERIFY(!other.driver()); // the clock stays where the session was started
            QTableWidget *followed = other.session()->trainees()->table();
            QTRY_COMPARE_WITH_TIMEOUT(followed->rowCount(), 2, 10000);
            auto followedRow = [&](const QString &login) {
                for (int r = 0; r < followed->rowCount(); ++r)
                    if (followed->item(r, 0)->text() == login)
                        return r;
                return -1;
            };
            QTRY_COMPARE_WITH_TIMEOUT(followed->item(followedRow(a), 2)->text(), QStringLiteral("1 / 4"),
                                      10000);
            QCOMPARE(followed->item(followedRow(b), 4)->text(), QStringLiteral("\u26A0 1"));

            // Archive the ended session from the list: its sandboxes go, its scores stay.
            other.tabs()->setCurrentWidget(other.sessions());
            QTRY_VERIFY(sessions->rowCount() > sessionRow);
            sessions->selectRow(sessionRow);
            auto *archive = other.sessions()->findChild<QPushButton *>(QStringLiteral("archiveSession"));
            QVERIFY(archive);
            QTRY_VERIFY(archive->isEnabled());
            QSignalSpy archived(&otherClient, &TrainerClient::archived);
            QTest::mouseClick(archive, Qt::LeftButton);
            QVERIFY(archived.wait(20000));
            QCOMPARE(archived.first().at(1).toInt(), 2);
            QTRY_VERIFY_WITH_TIMEOUT(sessions->item(sessionRow, 2)->text().contains(u"archived"), 10000);
            QVERIFY(!archive->isEnabled());
            QCOMPARE(m_owner
                         ->exec("SELECT count(*) FROM pg_namespace n JOIN trainer.session_trainees t ON "
                                "t.schema_name = n.nspname WHERE t.session_id = $1",
                                {sessionId})
                         .integer(0, 0),
                     0);
            QSignalSpy progress(&other, &TrainerWindow::progressShown);
            QVERIFY(progress.wait(10000)); // scored from the kept calls and decisions
            QCOMPARE(followed->item(followedRow(a), 2)->text(), QStringLiteral("1 / 4"));
            QCOMPARE(followed->item(followedRow(b), 4)->text(), QStringLiteral("\u26A0 1"));
        }

        QCOMPARE(liveCounts(), liveBefore);
    }

    void dispatcherIsRefused()
    {
        const QString d = m_staff->add("D555", StaffRole::Dispatcher);
        TrainerClient::Options o;
        o.uri = m_db.uri();
        o.login = PgLogin{d, QString::fromLatin1(test::TestStaff::kPassword)};
        TrainerClient client(o);
        QSignalSpy opened(&client, &TrainerClient::opened);
        client.start();
        QVERIFY(opened.wait(20000));
        const auto access = opened.first().first().value<TrainerAccess>();
        QVERIFY(!access.allowed);
        QVERIFY2(access.message.contains(u"not a trainer"), qPrintable(access.message));
    }
    // `rightresponse --trainer` as main() builds it: the trainer signs in with their own login through the
    // sign-in dialog. A dispatcher's login is refused with the reason, a wrong password with the plain
    // message; the trainer's login opens the window as that login, and the window locks like the console.
    void trainerSignsInWithTheirOwnLogin()
    {
        const QString t = m_staff->add("T100", StaffRole::Trainer);
        const QString d = m_staff->add("D556", StaffRole::Dispatcher);
        const QString password = QString::fromLatin1(test::TestStaff::kPassword);
        TrainerClient::Options o;
        o.uri = m_db.uri();
        TrainerClient client(o);
        auto rules = RuleSetLoader::loadBuiltIn();
        QVERIFY(rules);
        TrainerWindow window(&client, std::make_shared<const TriageEngine>(*rules));
        SignInController signIn(&client, nullptr,
                                SignInController::Options{false, QStringLiteral("DEMO"), 0});
        QObject::connect(&signIn, &SignInController::locked, &window,
                         [&] { SignInDialog::lockOver(&signIn, &window); });
        QObject::connect(&signIn, &SignInController::signedIn, &window, [&] { window.show(); });
        SignInDialog dialog(&signIn, SignInDialog::Mode::SignIn);
        dialog.show();
        auto type = [](SignInDialog &dlg, const QString &id, const QString &pw) {
            if (!dlg.staffIdField()->isReadOnly()) {
                dlg.staffIdField()->clear();
                QTest::keyClicks(dlg.staffIdField(), id);
            }
            dlg.passwordField()->setFocus();
            QTest::keyClicks(dlg.passwordField(), pw);
            QTest::keyClick(dlg.passwordField(), Qt::Key_Return);
        };

        type(dialog, d, password);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.messageLabel()->text().contains(u"not a trainer"), 20000);
        QVERIFY(!window.isVisible());
        QCOMPARE(signIn.state(), SignInController::State::SignedOut);

        dialog.passwordField()->clear();
        type(dialog, t, QStringLiteral("wrong password"));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.messageLabel()->text().endsWith(SignInController::refusedMessage()),
                                 20000);
        QVERIFY(!window.isVisible());

        QSignalSpy listed(&client, &TrainerClient::scenariosListed);
        dialog.passwordField()->clear();
        type(dialog, t, password);
        QTRY_VERIFY2_WITH_TIMEOUT(window.isVisible(), qPrintable(dialog.messageLabel()->text()), 20000);
        QCOMPARE(signIn.user().login, t);
        QVERIFY(signIn.user().canTrain());
        QCOMPARE(client.login().user, t);
        QVERIFY(listed.wait(20000) || !listed.isEmpty());
        QVERIFY(!window.findChild<QLabel *>(QStringLiteral("accessRefused"))->isVisible());

        // Locked: the window stays underneath but takes no input; the trainer's password opens it.
        signIn.lock();
        SignInDialog *lock = nullptr;
        QTRY_VERIFY((lock = window.findChild<SignInDialog *>()) != nullptr);
        QCOMPARE(lock->mode(), SignInDialog::Mode::Unlock);
        QVERIFY(!window.centralWidget()->isEnabled());
        type(*lock, {}, QStringLiteral("not it"));
        QTRY_VERIFY(lock->messageLabel()->text().contains(u"Wrong password"));
        QVERIFY(!window.centralWidget()->isEnabled());
        type(*lock, {}, password);
        QTRY_VERIFY(window.centralWidget()->isEnabled());
        QCOMPARE(signIn.state(), SignInController::State::SignedIn);
    }
};

QTEST_MAIN(TestTrainerWindow)
#include "tst_trainerwindow.moc"
