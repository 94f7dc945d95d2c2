// A trainee's console on a training session, driven as a trainee would, against a real PostgreSQL database:
// signed in with their own login it opens their sandbox of the session, shows the TRAINING banner in the
// training colour and the calls the session released (also one released while it is open, through the
// sandbox's own change channel), and Enter stores the decision in the sandbox, never on live. The same login
// on the plain console is refused with a clear message.

#include "../store/testdatabase.h"
#include "../training/trainingfixture.h"
#include "consoleoptions.h"
#include "domain/rulesetloader.h"
#include "domain/triageengine.h"
#include "items/queuemodel.h"
#include "session/dispatchsession.h"
#include "session/signincontroller.h"
#include "store/callstore.h"
#include "store/storeclient.h"
#include "training/sessionstore.h"
#include "ui/consolewindow.h"
#include "ui/queuepanel.h"
#include "ui/signindialog.h"
#include "ui/theme.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace rr;

namespace {

// One console as main() builds it for `options`.
struct Console
{
    Console(const QString &uri, const QString &journal, const ConsoleOptions &options)
        : client(storeOptions(uri, journal, options)), session(&client, QString(), QStringLiteral("TRN-1")),
          signIn(&client, &session, SignInController::Options{false, QStringLiteral("DEMO"), 0}),
          window(&session, QStringLiteral("console")), dialog(&signIn, SignInDialog::Mode::SignIn)
    {
        window.setSignIn(&signIn);
        if (options.session > 0)
            window.setTraining(trainingBannerText(options, {}, {}));
        QObject::connect(
            &session, &DispatchSession::userChanged, &window, [this, options](const SignedInUser &u) {
                window.setWindowTitle(consoleTitle(u, options));
                if (options.session > 0)
                    window.setTraining(
                        trainingBannerText(options, u.login, QString::fromLatin1(client.schema().name())));
            });
        QObject::connect(&signIn, &SignInController::signedIn, &window, [this] { window.show(); });
        dialog.show();
    }
    static StoreClient::Options storeOptions(const QString &uri, const QString &journal,
                                             const ConsoleOptions &o)
    {
        StoreClient::Options s;
        s.uri = uri;
        s.schema = o.training ? StoreSchema::Training : StoreSchema::Live;
        s.journalPath = journal;
        s.actor = QStringLiteral("DEMO@TRN-1");
        s.trainingSession = o.session;
        return s;
    }
    void type(const QString &id, const QString &password)
    {
        dialog.staffIdField()->clear();
        QTest::keyClicks(dialog.staffIdField(), id);
        dialog.passwordField()->setFocus();
        QTest::keyClicks(dialog.passwordField(), password);
        QTest::keyClick(dialog.passwordField(), Qt::Key_Return);
    }
    StoreClient client;
    DispatchSession session;
    SignInController signIn;
    ConsoleWindow window;
    SignInDialog dialog;
};

} // namespace

class TstTrainingConsole : public QObject
{
    Q_OBJECT
private:
    test::TestDatabase m_db{QStringLiteral("trainingconsole")};
    QTemporaryDir m_journals;
    std::unique_ptr<PgConnection> m_owner;
    std::unique_ptr<test::TestStaff> m_staff;
    std::unique_ptr<TriageEngine> m_engine;
    QString m_trainee;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_db.ok(), qPrintable(m_db.error()));
        QString error;
        m_owner = m_db.migrated(&error);
        QVERIFY2(m_owner, qPrintable(error));
        m_staff =
            std::make_unique<test::TestStaff>(*m_owner, QString::number(QCoreApplication::applicationPid()));
        m_trainee = m_staff->add("D101", StaffRole::Trainee);
        auto rules = RuleSetLoader::loadBuiltIn();
        QVERIFY(rules.ok());
        m_engine = std::make_unique<TriageEngine>(rules.value());
    }
    void cleanupTestCase() { m_staff.reset(); }

    void traineeConsoleShowsTrainingAndReleasedCalls()
    {
        const Scenario scenario = test::makeScenario(QStringLiteral("ui"), 2, 1000);
        const Result<TrainingSession> s = TrainingSessionStore(*m_owner).create(scenario, {m_trainee}, 1);
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const StoreSchema sandbox = TrainingSessionStore(*m_owner).trainees(s->id)->first().schema;
        TrainingSessionStore store(*m_owner);
        QVERIFY(store
                    .release(s->id, 0, scenario.calls.at(0).call, QDateTime::currentDateTimeUtc(), *m_engine,
                             {sandbox})
                    .ok());

        ConsoleOptions options;
        options.training = true;
        options.session = s->id;
        Console c(m_db.uri(), m_journals.filePath(QStringLiteral("trainee.jsonl")), options);
        // Before sign-in the banner is already there.
        QVERIFY(c.window.trainingBanner());
        c.type(m_trainee, QString::fromLatin1(test::TestStaff::kPassword));
        QTRY_VERIFY_WITH_TIMEOUT(c.session.user().isValid(), 10000);
        QTRY_VERIFY(c.window.isVisible());
        QCOMPARE(c.client.schema(), sandbox);
        QLabel *banner = c.window.trainingBanner();
        QVERIFY(banner && banner->isVisible());
        QVERIFY(banner->text().startsWith(QStringLiteral("TRAINING")));
        QVERIFY2(banner->text().contains(m_trainee), qPrintable(banner->text()));
        QVERIFY(banner->styleSheet().contains(trainingColour().name()));
        QVERIFY(c.window.windowTitle().startsWith(QStringLiteral("TRAINING")));
        QTRY_VERIFY_WITH_TIMEOUT(c.client.connection() == StoreClient::Connection::Live, 15000);
        QVERIFY(!c.window.banner()->text().contains(QStringLiteral("LIVE")));

        // The released call is in the queue; the next one arrives while the console is open.
        const QString first = scenario.calls.at(0).call.id, second = scenario.calls.at(1).call.id;
        QTRY_VERIFY_WITH_TIMEOUT(c.session.queue()->find(first), 10000);
        QVERIFY(store
                    .release(s->id, 1, scenario.calls.at(1).call, QDateTime::currentDateTimeUtc(), *m_engine,
                             {sandbox})
                    .ok());
        QTRY_VERIFY_WITH_TIMEOUT(c.session.queue()->find(second), 10000);
        if (const QByteArray shot = qgetenv("RR_SCREENSHOT"); !shot.isEmpty())
            c.window.grab().save(QString::fromLocal8Bit(shot));

        // Enter on the first call accepts it: stored in the sandbox as the trainee, nothing on live.
        QTableView *view = c.window.queuePanel()->view();
        view->setFocus();
        c.window.queuePanel()->selectCall(first);
        QTRY_COMPARE(c.window.queuePanel()->currentCadId(), first);
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(CallStore(*m_owner, sandbox).find(first)->decision.has_value(), 10000);
        QCOMPARE(CallStore(*m_owner, sandbox).find(first)->decision->dispatcher, m_trainee);
        QCOMPARE(m_owner->exec("SELECT count(*) FROM live.decisions").integer(0, 0), 0);
        QCOMPARE(m_owner->exec("SELECT count(*) FROM live.calls").integer(0, 0), 0);
    }

    void traineeIsRefusedOnTheLiveConsole()
    {
        ConsoleOptions options; // the plain console: live
        Console c(m_db.uri(), m_journals.filePath(QStringLiteral("live.jsonl")), options);
        c.type(m_trainee, QString::fromLatin1(test::TestStaff::kPassword));
        QTRY_VERIFY_WITH_TIMEOUT(c.dialog.messageLabel()->text().contains(QStringLiteral("trainee")), 10000);
        QVERIFY2(c.dialog.messageLabel()->text().contains(QStringLiteral("--session")),
                 qPrintable(c.dialog.messageLabel()->text()));
        QVERIFY(!c.session.user().isValid());
        QVERIFY(!c.window.isVisible());
        // Nor the shared training schema.
        ConsoleOptions training;
        training.training = true;
        Console t(m_db.uri(), m_journals.filePath(QStringLiteral("training.jsonl")), training);
        t.type(m_trainee, QString::fromLatin1(test::TestStaff::kPassword));
        QTRY_VERIFY_WITH_TIMEOUT(t.dialog.messageLabel()->text().contains(QStringLiteral("trainee")), 10000);
        QVERIFY(!t.session.user().isValid());
    }
};

QTEST_MAIN(TstTrainingConsole)
#include "tst_trainingconsole.moc"
