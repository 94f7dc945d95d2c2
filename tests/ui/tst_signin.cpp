// Sign-in at the console, driven with keys as a dispatcher would, against a real PostgreSQL database: the
// sign-in dialog connects as the member of staff (their decisions are stamped with their login); a wrong
// password and an unknown ID get the same plain message; a trainer cannot open the live console; switching
// user at shift change replaces the connection and keeps the queue; the console locks after an idle time and
// opens again with the same user's password (or Ctrl+L); the demo signs in with one click, marked DEMO.

#include "../store/testdatabase.h"
#include "domain/rulesetloader.h"
#include "domain/triageengine.h"
#include "items/queuemodel.h"
#include "session/dispatchsession.h"
#include "session/signincontroller.h"
#include "store/callstore.h"
#include "store/staffstore.h"
#include "store/storeclient.h"
#include "ui/consolewindow.h"
#include "ui/queuepanel.h"
#include "ui/signindialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace rr;

namespace {

// One console as main() builds it: store client, session, sign-in controller, window and sign-in dialog.
struct Console
{
    Console(const QString &uri, const QString &journal, bool demo = false,
            StoreSchema schema = StoreSchema::Live)
        : client(StoreClient::Options{uri, {}, schema, journal, QStringLiteral("DEMO@WS-T"), {}, {}, {}}),
          session(&client, QString(), QStringLiteral("WS-T")),
          signIn(&client, &session, SignInController::Options{demo, QStringLiteral("DEMO"), 0}),
          window(&session, QStringLiteral("console")), dialog(&signIn, SignInDialog::Mode::SignIn)
    {
        window.setSignIn(&signIn);
        QObject::connect(&signIn, &SignInController::signedIn, &window, [this] { window.show(); });
        dialog.show();
    }
    // Types an ID and a password into a sign-in dialog and presses Enter in the password field.
    static void type(SignInDialog &d, const QString &id, const QString &password)
    {
        if (!d.staffIdField()->isReadOnly()) {
            d.staffIdField()->clear();
            QTest::keyClicks(d.staffIdField(), id);
        }
        d.passwordField()->setFocus();
        QTest::keyClicks(d.passwordField(), password);
        QTest::keyClick(d.passwordField(), Qt::Key_Return);
    }
    StoreClient client;
    DispatchSession session;
    SignInController signIn;
    ConsoleWindow window;
    SignInDialog dialog;
};

} // namespace

class TstSignIn : public QObject
{
    Q_OBJECT
private:
    test::TestDatabase m_db{QStringLiteral("signin")};
    QTemporaryDir m_journals;
    std::unique_ptr<PgConnection> m_owner;
    std::unique_ptr<TriageEngine> m_engine;
    QString m_d1, m_d2, m_trainer;

    QString id(const char *base) const
    {
        return QStringLiteral("%1-%2").arg(QLatin1String(base)).arg(QCoreApplication::applicationPid());
    }
    void post(const QString &cadId)
    {
        Call c;
        c.id = cadId;
        c.callType = QStringLiteral("WELFARE CHECK");
        c.narrative = QStringLiteral("neighbour has not seen her in two days, no weapons");
        c.receivedAt = QDateTime::currentDateTimeUtc();
        c.address = QStringLiteral("200 BLOCK OF CORCORAN ST");
        const auto r = CallStore(*m_owner).upsert(c, m_engine->triage(c));
        QVERIFY2(r.ok, qPrintable(r.error));
    }
    QString decidedBy(const QString &cadId)
    {
        return m_owner
            ->exec("SELECT d.dispatcher FROM live.decisions d JOIN live.calls c ON c.id = d.call_id"
                   " WHERE c.cad_id = $1",
                   {cadId})
            .text(0, 0);
    }
    qint64 sessionsOf(const QString &login)
    {
        return m_owner
            ->exec(
                "SELECT count(*) FROM pg_stat_activity WHERE usename = $1 AND datname = current_database()",
                {login})
            .integer(0, 0);
    }
    QString journal(const char *name) const { return m_journals.filePath(QLatin1String(name)); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_db.ok(), qPrintable(m_db.error()));
        QString error;
        m_owner = m_db.migrated(&error);
        QVERIFY2(m_owner, qPrintable(error));
        auto rules = RuleSetLoader::loadBuiltIn();
        m_engine = std::make_unique<TriageEngine>(rules.value());
        m_d1 = id("D1");
        m_d2 = id("D2");
        m_trainer = id("T1");
        StaffStore staff(*m_owner);
        QVERIFY(
            staff.add(m_d1, QStringLiteral("Dana One"), StaffRole::Dispatcher, QStringLiteral("d1-password"))
                .ok());
        QVERIFY(
            staff.add(m_d2, QStringLiteral("Dev Two"), StaffRole::Dispatcher, QStringLiteral("d2-password"))
                .ok());
        QVERIFY(staff
                    .add(m_trainer, QStringLiteral("Tess Trainer"), StaffRole::Trainer,
                         QStringLiteral("t1-password"))
                    .ok());
        post(QStringLiteral("SI-1"));
        post(QStringLiteral("SI-2"));
    }
    void cleanupTestCase()
    {
        if (!m_owner)
            return;
        for (const QString &login : {m_d1, m_d2, m_trainer})
            m_owner->exec(("DROP ROLE IF EXISTS " + PgConnection::quoteIdentifier(login)).constData());
    }

    void wrongPasswordAndUnknownIdReadTheSame()
    {
        Console c(m_db.uri(), journal("wrong.jsonl"));
        auto *message = c.dialog.messageLabel();
        Console::type(c.dialog, m_d1, QStringLiteral("not-my-password"));
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("wrong staff ID or password")),
                                 10000);
        const QString wrongPassword = message->text();
        QVERIFY(c.dialog.isVisible());
        QVERIFY(!c.window.isVisible());
        QVERIFY(c.dialog.passwordField()->text().isEmpty()); // cleared for the next try

        Console::type(c.dialog, QStringLiteral("nobody-here"), QStringLiteral("whatever-pass"));
        QTRY_VERIFY_WITH_TIMEOUT(c.dialog.passwordField()->isEnabled() &&
                                     message->text() != QString::fromUtf8("Signing in\u2026"),
                                 10000);
        QCOMPARE(message->text(), wrongPassword);
        QVERIFY(!message->text().contains(QStringLiteral("nobody-here")));

        // A trainer does not get the live console.
        Console::type(c.dialog, m_trainer, QStringLiteral("t1-password"));
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("training sandbox")), 10000);
        QVERIFY(!c.session.user().isValid());
    }

    void signInSwitchUserAndLock()
    {
        Console c(m_db.uri(), journal("console.jsonl"));
        Console::type(c.dialog, m_d1, QStringLiteral("d1-password"));
        QTRY_VERIFY_WITH_TIMEOUT(c.session.user().isValid(), 10000);
        QTRY_VERIFY(!c.dialog.isVisible());
        QVERIFY(c.window.isVisible());
        const SignedInUser &user = c.session.user();
        QCOMPARE(user.login, m_d1);
        QCOMPARE(user.name, QStringLiteral("Dana One"));
        QVERIFY(user.role == StaffRole::Dispatcher);
        QVERIFY(user.canDispatch() && !user.canReview() && !user.canTrain() && !user.owner);
        QCOMPARE(c.session.dispatcher(), m_d1);
        QVERIFY(c.window.findChild<QLabel *>(QStringLiteral("signedInUser"))->text().contains(m_d1));

        // Live, with the queue; Enter decides as D1, stamped by the database.
        QTRY_VERIFY_WITH_TIMEOUT(c.client.connection() == StoreClient::Connection::Live, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(c.session.queue()->find(QStringLiteral("SI-1")), 5000);
        const int queued = c.session.queue()->rowCount();
        c.window.queuePanel()->selectCall(QStringLiteral("SI-1"));
        QTest::keyClick(c.window.queuePanel()->view(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(decidedBy(QStringLiteral("SI-1")), m_d1, 5000);
        QTRY_VERIFY(sessionsOf(m_d1) >= 2); // the store's and the change feed's

        // Shift change: Ctrl+Shift+U, the next dispatcher signs in; D1's connections are closed, the queue
        // stays.
        QTest::keyClick(&c.window, Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(c.window.signInDialog());
        QCOMPARE(c.window.signInDialog()->mode(), SignInDialog::Mode::Switch);
        Console::type(*c.window.signInDialog(), m_d2, QStringLiteral("d2-password"));
        QTRY_COMPARE_WITH_TIMEOUT(c.session.dispatcher(), m_d2, 10000);
        QTRY_VERIFY(!c.window.signInDialog());
        QVERIFY(c.window.isVisible());
        QCOMPARE(c.session.queue()->rowCount(), queued);
        QVERIFY(c.window.findChild<QLabel *>(QStringLiteral("signedInUser"))->text().contains(m_d2));
        QTRY_COMPARE_WITH_TIMEOUT(sessionsOf(m_d1), 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(c.client.connection() == StoreClient::Connection::Live, 15000);
        QTRY_VERIFY(sessionsOf(m_d2) >= 2);
        c.window.queuePanel()->selectCall(QStringLiteral("SI-2"));
        QTest::keyClick(c.window.queuePanel()->view(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(decidedBy(QStringLiteral("SI-2")), m_d2, 5000);

        // A wrong password at the switch keeps D2 signed in.
        QTest::keyClick(&c.window, Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
        Console::type(*c.window.signInDialog(), m_d1, QStringLiteral("wrong-password"));
        QTRY_VERIFY_WITH_TIMEOUT(c.window.signInDialog()->messageLabel()->text().contains(
                                     QStringLiteral("wrong staff ID or password")),
                                 10000);
        QCOMPARE(c.session.dispatcher(), m_d2);
        QTest::keyClick(c.window.signInDialog()->findChild<QPushButton *>(QStringLiteral("signInCancel")),
                        Qt::Key_Space);
        QTRY_VERIFY(!c.window.signInDialog());

        // Idle: the console locks by itself; only D2's password opens it.
        c.signIn.setIdleLock(200);
        QTRY_VERIFY_WITH_TIMEOUT(c.window.signInDialog(), 5000);
        SignInDialog *lock = c.window.signInDialog();
        QCOMPARE(lock->mode(), SignInDialog::Mode::Unlock);
        QCOMPARE(c.signIn.state(), SignInController::State::Locked);
        QVERIFY(!c.window.centralWidget()->isEnabled());
        QCOMPARE(lock->staffIdField()->text(), m_d2);
        QVERIFY(lock->staffIdField()->isReadOnly());
        Console::type(*lock, {}, QStringLiteral("d1-password"));
        QTRY_VERIFY(lock->messageLabel()->text().contains(QStringLiteral("Wrong password")));
        QCOMPARE(c.signIn.state(), SignInController::State::Locked);
        c.signIn.setIdleLock(0);
        Console::type(*lock, {}, QStringLiteral("d2-password"));
        QTRY_VERIFY(!c.window.signInDialog());
        QCOMPARE(c.signIn.state(), SignInController::State::SignedIn);
        QVERIFY(c.window.centralWidget()->isEnabled());

        // Ctrl+L locks at once; from the lock, "Switch user" lets D1 take over.
        c.window.activateWindow();
        QTest::keyClick(&c.window, Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(c.window.signInDialog());
        lock = c.window.signInDialog();
        QTest::keyClick(lock->findChild<QPushButton *>(QStringLiteral("switchUser")), Qt::Key_Space);
        QCOMPARE(lock->mode(), SignInDialog::Mode::Switch);
        QVERIFY(!lock->staffIdField()->isReadOnly());
        Console::type(*lock, m_d1, QStringLiteral("d1-password"));
        QTRY_COMPARE_WITH_TIMEOUT(c.session.dispatcher(), m_d1, 10000);
        QTRY_VERIFY(!c.window.signInDialog());
        QCOMPARE(c.signIn.state(), SignInController::State::SignedIn);
        QVERIFY(c.window.centralWidget()->isEnabled());
    }

    // An administrator disables a login while it is signed in: the server ends its sessions, and the console
    // locks at once with a plain message; the password kept in memory no longer opens it, only a sign-in the
    // database takes (here another member of staff, from the lock's "Switch user").
    void disabledLoginIsLockedOut()
    {
        const QString d3 = id("D3");
        StaffStore staff(*m_owner);
        QVERIFY(
            staff.add(d3, QStringLiteral("Dee Three"), StaffRole::Dispatcher, QStringLiteral("d3-password"))
                .ok());
        Console c(m_db.uri(), journal("disabled.jsonl"));
        Console::type(c.dialog, d3, QStringLiteral("d3-password"));
        QTRY_VERIFY_WITH_TIMEOUT(c.session.user().isValid(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(c.client.connection() == StoreClient::Connection::Live, 10000);
        QVERIFY(sessionsOf(d3) > 0);

        QVERIFY(staff.setActive(d3, false).ok());
        QCOMPARE(sessionsOf(d3), 0);
        QTRY_VERIFY_WITH_TIMEOUT(c.window.signInDialog(), 10000);
        SignInDialog *lock = c.window.signInDialog();
        QCOMPARE(c.signIn.state(), SignInController::State::Locked);
        QTRY_VERIFY_WITH_TIMEOUT(lock->messageLabel()->text().contains(u"no longer accepts"), 10000);
        QVERIFY(!c.window.centralWidget()->isEnabled());
        Console::type(*lock, {}, QStringLiteral("d3-password"));
        QTRY_VERIFY(lock->messageLabel()->text().contains(u"no longer accepts"));
        QCOMPARE(c.signIn.state(), SignInController::State::Locked);

        QTest::keyClick(lock->findChild<QPushButton *>(QStringLiteral("switchUser")), Qt::Key_Space);
        Console::type(*lock, m_d2, QStringLiteral("d2-password"));
        QTRY_VERIFY_WITH_TIMEOUT(!c.window.signInDialog(), 10000);
        QCOMPARE(c.session.dispatcher(), m_d2);
        QCOMPARE(c.signIn.state(), SignInController::State::SignedIn);
        QVERIFY(staff.setActive(d3, true).ok());
    }

    void demoSignsInWithOneClick()
    {
        Console c(m_db.uri(), journal("demo.jsonl"), true);
        auto *demo = c.dialog.findChild<QPushButton *>(QStringLiteral("demoSignIn"));
        QVERIFY(demo->isVisible());
        QVERIFY(demo->text().contains(QStringLiteral("DEMO")));
        QTest::keyClick(demo, Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(c.session.user().isValid(), 10000);
        QVERIFY(c.session.user().demo);
        QVERIFY(c.session.user().owner);
        QCOMPARE(c.session.dispatcher(), QStringLiteral("DEMO"));
        QVERIFY(c.session.user().describe().contains(QStringLiteral("demo")));
        // No demo button outside the demo.
        Console plain(m_db.uri(), journal("plain.jsonl"));
        QVERIFY(!plain.dialog.findChild<QPushButton *>(QStringLiteral("demoSignIn"))->isVisible());
    }
};

QTEST_MAIN(TstSignIn)
#include "tst_signin.moc"
