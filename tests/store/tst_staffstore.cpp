// StaffStore and migration 0007 against a real PostgreSQL cluster: members of staff are logins in their group
// role with SCRAM-SHA-256 passwords (the embedded cluster asks them for it, and trusts only its owner); only
// an administrator may add, change, disable, enable or reset them, and the database refuses everyone else
// (tried as each role); a clear-text password never reaches the server; every change is in the event log; and
// the database stamps the operator: a login that claims another's ID is stored as itself, while the owner's
// connection (command line, demo) keeps the ID it names.

#include "domain/rulesetloader.h"
#include "domain/triageengine.h"
#include "store/callstore.h"
#include "store/localcluster.h"
#include "store/pgconnection.h"
#include "store/screeningstore.h"
#include "store/staffstore.h"
#include "store/unitstore.h"
#include "testdatabase.h"

#include <QScopeGuard>
#include <QTest>

using namespace rr;

namespace {

Call makeCall(const QString &id)
{
    Call c;
    c.id = id;
    c.callType = QStringLiteral("NOISE");
    c.narrative = QStringLiteral("music from the apartment above");
    c.receivedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    c.address = QStringLiteral("300 BLOCK OF W MAIN ST");
    return c;
}

DecisionRequest acceptance(const QString &cadId, const QString &dispatcher)
{
    DecisionRequest q;
    q.requestId = QUuid::createUuid();
    q.cadId = cadId;
    q.accepted = true;
    q.dispatcher = dispatcher;
    q.workstation = QStringLiteral("WS-9");
    return q;
}

} // namespace

class TstStaffStore : public QObject
{
    Q_OBJECT
private:
    test::TestDatabase m_db{QStringLiteral("staff")};
    std::unique_ptr<PgConnection> m_owner;
    std::unique_ptr<TriageEngine> m_engine;
    QStringList m_logins; // dropped at the end: roles are cluster-wide

    // A staff ID unique to this run (tests run in parallel on one cluster).
    QString id(const char *base)
    {
        const QString login =
            QStringLiteral("%1-%2").arg(QLatin1String(base)).arg(QCoreApplication::applicationPid());
        if (!m_logins.contains(login))
            m_logins << login;
        return login;
    }
    std::unique_ptr<PgConnection> signIn(const QString &login, const QString &password, QString *error)
    {
        return PgConnection::open(m_db.uri(), error, 5, PgLogin{login, password});
    }
    std::unique_ptr<PgConnection> staffMember(const char *base, StaffRole role)
    {
        const QString login = id(base);
        const Result<void> added = StaffStore(*m_owner).add(login, QStringLiteral("Test %1").arg(login), role,
                                                            QStringLiteral("correct horse"));
        if (!added) {
            qWarning("add %s: %s", qPrintable(login), qPrintable(added.error()));
            return nullptr;
        }
        QString error;
        auto c = signIn(login, QStringLiteral("correct horse"), &error);
        if (!c)
            qWarning("sign in %s: %s", qPrintable(login), qPrintable(error));
        return c;
    }
    void store(const QString &cadId)
    {
        const Call c = makeCall(cadId);
        const auto r = CallStore(*m_owner).upsert(c, m_engine->triage(c));
        QVERIFY2(r.ok, qPrintable(r.error));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_db.ok(), qPrintable(m_db.error()));
        QString error;
        m_owner = m_db.migrated(&error);
        QVERIFY2(m_owner, qPrintable(error));
        auto rules = RuleSetLoader::loadBuiltIn();
        QVERIFY(rules.ok());
        m_engine = std::make_unique<TriageEngine>(rules.value());
    }
    void cleanupTestCase()
    {
        if (!m_owner)
            return;
        for (const QString &login : std::as_const(m_logins))
            m_owner->exec(("DROP ROLE IF EXISTS " + PgConnection::quoteIdentifier(login)).constData());
    }

    void embeddedClusterAsksStaffForPasswords()
    {
        const QByteArray hba = LocalCluster::hostBasedAuthentication(QStringLiteral("postgres"));
        QVERIFY(hba.contains("local   all          \"postgres\"  trust"));
        QVERIFY(hba.contains("local   all          all       scram-sha-256"));
        // Over TCP (closed unless an administrator opens it): TLS with a password, nothing else.
        QVERIFY(hba.contains("hostssl all          all       all   scram-sha-256"));
        QVERIFY(hba.contains("host    all          all       all   reject"));
        QCOMPARE(hba.count("trust"), 2); // the owner's two local lines
        // The fixture's cluster runs with it: the encryption is SCRAM, and a login without a password is
        // refused.
        QCOMPARE(m_owner->exec("SHOW password_encryption").text(0, 0), QStringLiteral("scram-sha-256"));
        const QString login = id("nopass");
        QVERIFY(m_owner
                    ->exec(("CREATE ROLE " + PgConnection::quoteIdentifier(login) +
                            " LOGIN IN ROLE rr_dispatcher")
                               .constData())
                    .ok());
        QString error;
        QVERIFY(!PgConnection::open(m_db.uriAs(login, {}), &error));
        QVERIFY2(PgConnection::isAuthenticationFailure(error), qPrintable(error));
    }

    void addSignInChangeDisableEnableReset()
    {
        StaffStore staff(*m_owner);
        const QString d1 = id("D1");
        QVERIFY2(
            staff.add(d1, QStringLiteral("Dana Reyes"), StaffRole::Dispatcher, QStringLiteral("s3cret-pass"))
                .ok(),
            "add");
        // Stored as a SCRAM verifier, never as the clear text.
        PgResult stored = m_owner->exec("SELECT rolpassword FROM pg_authid WHERE rolname = $1", {d1});
        QVERIFY(stored.text(0, 0).startsWith(QStringLiteral("SCRAM-SHA-256$")));
        QVERIFY(!stored.text(0, 0).contains(QStringLiteral("s3cret")));

        const Result<QList<StaffMember>> listed = staff.list();
        QVERIFY2(listed.ok(), qPrintable(listed.error()));
        const auto found = std::find_if(listed.value().begin(), listed.value().end(),
                                        [&](const StaffMember &m) { return m.id == d1; });
        QVERIFY(found != listed.value().end());
        QCOMPARE(found->name, QStringLiteral("Dana Reyes"));
        QVERIFY(found->role == StaffRole::Dispatcher);
        QVERIFY(found->active);

        QString error;
        auto c = signIn(d1, QStringLiteral("s3cret-pass"), &error);
        QVERIFY2(c, qPrintable(error));
        const Result<SignedInUser> me = StaffStore(*c).whoAmI();
        QVERIFY2(me.ok(), qPrintable(me.error()));
        QCOMPARE(me->login, d1);
        QCOMPARE(me->name, QStringLiteral("Dana Reyes"));
        QVERIFY(me->role == StaffRole::Dispatcher);
        QVERIFY(!me->owner);
        QVERIFY(me->canDispatch() && !me->canReview() && !me->canManageStaff());
        c.reset();

        // A wrong password and an unknown ID read the same.
        QString wrong, unknown;
        QVERIFY(!signIn(d1, QStringLiteral("not-the-password"), &wrong));
        QVERIFY(!signIn(QStringLiteral("nobody-%1").arg(QCoreApplication::applicationPid()),
                        QStringLiteral("not-the-password"), &unknown));
        QVERIFY2(PgConnection::isAuthenticationFailure(wrong), qPrintable(wrong));
        QVERIFY2(PgConnection::isAuthenticationFailure(unknown), qPrintable(unknown));
        QCOMPARE(QString(wrong).replace(d1, QStringLiteral("X")),
                 QString(unknown).replace(QStringLiteral("nobody-%1").arg(QCoreApplication::applicationPid()),
                                          QStringLiteral("X")));

        QVERIFY(staff.setRole(d1, StaffRole::Supervisor).ok());
        QVERIFY(m_owner->exec("SELECT pg_has_role($1, 'rr_supervisor', 'MEMBER')", {d1}).boolean(0, 0));
        QVERIFY(!m_owner->exec("SELECT pg_has_role($1, 'rr_dispatcher', 'MEMBER')", {d1}).boolean(0, 0));

        // Disabling ends the login's open sessions: a connection made before is closed by the server.
        QString openError;
        std::unique_ptr<PgConnection> open =
            PgConnection::open(m_db.uri(), &openError, 5, PgLogin{d1, QStringLiteral("s3cret-pass")});
        QVERIFY2(open, qPrintable(openError));
        QVERIFY(open->exec("SELECT 1").ok());
        QVERIFY(staff.setActive(d1, false).ok());
        QVERIFY(!open->exec("SELECT 1").ok());
        QVERIFY(!signIn(d1, QStringLiteral("s3cret-pass"), &error));
        QVERIFY2(PgConnection::isAuthenticationFailure(error), qPrintable(error));
        const QList<StaffMember> afterDisable = staff.list().value();
        QVERIFY(std::any_of(afterDisable.begin(), afterDisable.end(),
                            [&](const StaffMember &m) { return m.id == d1 && !m.active; }));
        QVERIFY(staff.setActive(d1, true).ok());
        QVERIFY(signIn(d1, QStringLiteral("s3cret-pass"), &error));

        QVERIFY(staff.resetPassword(d1, QStringLiteral("new-password-1")).ok());
        QVERIFY(!signIn(d1, QStringLiteral("s3cret-pass"), &error));
        QVERIFY2(signIn(d1, QStringLiteral("new-password-1"), &error), qPrintable(error));

        // Every change is in the event log, with who made it; never the password or its verifier.
        PgResult log = m_owner->exec(
            "SELECT string_agg(operation, ',' ORDER BY id), bool_or(data::text ~ 'SCRAM|s3cret|new-password')"
            " FROM live.event_log WHERE table_name = 'staff' AND row_id = $1",
            {d1});
        QCOMPARE(log.text(0, 0),
                 QStringLiteral(
                     "STAFF ADD,STAFF SET ROLE,STAFF DISABLE,STAFF END SESSIONS,STAFF ENABLE,STAFF RESET "
                     "PASSWORD"));
        QVERIFY(!log.boolean(0, 1));
    }

    void badRequestsAreRefusedPlainly_data()
    {
        QTest::addColumn<QString>("staffId");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("expected");
        QTest::newRow("short password")
            << QStringLiteral("D50") << QStringLiteral("short") << QStringLiteral("at least 8");
        QTest::newRow("password is the ID")
            << QStringLiteral("D500000X") << QStringLiteral("d500000x") << QStringLiteral("staff ID");
        QTest::newRow("reserved") << QStringLiteral("rr_admin") << QStringLiteral("long enough")
                                  << QStringLiteral("reserved");
        QTest::newRow("owner's name")
            << QStringLiteral("postgres") << QStringLiteral("long enough") << QStringLiteral("reserved");
        QTest::newRow("bad characters") << QStringLiteral("D 5; DROP") << QStringLiteral("long enough")
                                        << QStringLiteral("letters, digits");
    }
    void badRequestsAreRefusedPlainly()
    {
        QFETCH(QString, staffId);
        QFETCH(QString, password);
        QFETCH(QString, expected);
        const Result<void> r =
            StaffStore(*m_owner).add(staffId, QStringLiteral("Someone"), StaffRole::Dispatcher, password);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(expected), qPrintable(r.error()));
    }

    void clearTextPasswordsNeverReachTheServer()
    {
        PgResult r = m_owner->exec("SELECT staff.add($1, 'Clear Text', 'dispatcher', 'plain-password')",
                                   {id("clear")});
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(QStringLiteral("SCRAM-SHA-256 verifier")), qPrintable(r.error()));
        QCOMPARE(
            m_owner->exec("SELECT count(*) FROM pg_roles WHERE rolname = $1", {id("clear")}).integer(0, 0),
            0);
    }

    void onlyAdministratorsManageStaff_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("dispatcher") << int(StaffRole::Dispatcher) << false;
        QTest::newRow("supervisor") << int(StaffRole::Supervisor) << false;
        QTest::newRow("trainer") << int(StaffRole::Trainer) << false;
        QTest::newRow("admin") << int(StaffRole::Admin) << true;
    }
    void onlyAdministratorsManageStaff()
    {
        QFETCH(int, role);
        QFETCH(bool, allowed);
        const QByteArray who = QByteArray("who-") + QTest::currentDataTag();
        auto c = staffMember(who.constData(), StaffRole(role));
        QVERIFY(c);
        const QByteArray victimBase = QByteArray("victim-") + QTest::currentDataTag();
        const QString victim = id(victimBase.constData());
        QVERIFY(
            StaffStore(*m_owner)
                .add(victim, QStringLiteral("Victim"), StaffRole::Dispatcher, QStringLiteral("victim-pass"))
                .ok());

        StaffStore staff(*c);
        const QString newcomer = id((QByteArray("new-") + QTest::currentDataTag()).constData());
        const Result<void> steps[] = {
            staff.add(newcomer, QStringLiteral("Newcomer"), StaffRole::Admin, QStringLiteral("long enough")),
            staff.setRole(victim, StaffRole::Admin),
            staff.setActive(victim, false),
            staff.setActive(victim, true),
            staff.resetPassword(victim, QStringLiteral("taken-over")),
        };
        for (const Result<void> &r : steps) {
            QVERIFY2(r.ok() == allowed, qPrintable(r.error()));
            if (!allowed)
                QVERIFY2(r.error().contains(QStringLiteral("only an administrator")), qPrintable(r.error()));
        }
        // Nor around the functions: no login may create or alter roles itself, or write the directory.
        QVERIFY(
            !c->exec(("CREATE ROLE " + PgConnection::quoteIdentifier(id("sneaky")) + " LOGIN").constData())
                 .ok());
        QVERIFY(
            !c->exec(("ALTER ROLE " + PgConnection::quoteIdentifier(victim) + " PASSWORD NULL").constData())
                 .ok());
        QVERIFY(!c->exec("INSERT INTO staff.members (login, name, role) VALUES ('x', 'x', 'admin')").ok());
        QVERIFY(!c->exec("UPDATE staff.members SET role = 'admin'").ok());
        // Supervisors and trainers read the directory; dispatchers do not.
        QCOMPARE(staff.list().ok(), StaffRole(role) != StaffRole::Dispatcher);
        if (allowed) {
            // Even an administrator manages staff only: not the owner, not a group role, not themselves out.
            QVERIFY(!staff.resetPassword(m_owner->userName(), QStringLiteral("owner-taken")).ok());
            QVERIFY(!staff.setRole(QStringLiteral("rr_admin"), StaffRole::Dispatcher).ok());
            QVERIFY(!staff.setActive(c->userName(), false).ok());
            QCOMPARE(m_owner
                         ->exec("SELECT actor FROM live.event_log WHERE table_name = 'staff' AND row_id = $1"
                                " ORDER BY id DESC LIMIT 1",
                                {victim})
                         .text(0, 0),
                     c->userName());
        }
    }

    void databaseStampsTheOperator()
    {
        auto d1 = staffMember("stamp-D1", StaffRole::Dispatcher);
        QVERIFY(d1);
        const QString login = d1->userName();
        const QString d2 = QStringLiteral("D2-someone-else");
        store(QStringLiteral("ST-1"));
        store(QStringLiteral("ST-2"));
        QString error;
        QVERIFY(UnitStore(*m_owner).saveRoster({Unit{QStringLiteral("U-9"),
                                                     QStringLiteral("Unit 9"),
                                                     ResponseKind::Unarmed,
                                                     UnitStatus::Available,
                                                     35.9,
                                                     -78.9,
                                                     {}}},
                                               &error));

        // The client claims D2, on every path that names someone, and the event log's actor too.
        QVERIFY(CallStore(*d1).setActor(d2 + QStringLiteral("@WS-9")));
        const DecideOutcome decided = CallStore(*d1).decide(acceptance(QStringLiteral("ST-1"), d2));
        QCOMPARE(int(decided.status), int(DecideOutcome::Status::Stored));
        QCOMPARE(decided.decision.dispatcher, login);
        const ScreenOutcome screened = ScreeningStore(*d1).screen({QUuid::createUuid(),
                                                                   QStringLiteral("ST-2"),
                                                                   {{Screen::Weapon, Answer::No}},
                                                                   d2,
                                                                   QStringLiteral("WS-9")},
                                                                  *m_engine);
        QCOMPARE(int(screened.status), int(ScreenOutcome::Status::Stored));
        const UnitStore::StatusResult moved = UnitStore(*d1).setStatus({QUuid::createUuid(),
                                                                        QStringLiteral("U-9"),
                                                                        QStringLiteral("en_route"),
                                                                        {},
                                                                        d2,
                                                                        QStringLiteral("WS-9")});
        QVERIFY2(moved.ok, qPrintable(moved.error));
        QVERIFY2(
            CallStore(*d1).close(QStringLiteral("ST-1"), QStringLiteral("resolved_on_scene"), {}, d2, &error),
            qPrintable(error));
        // Straight SQL with no ID at all takes the default.
        QVERIFY(d1->exec("INSERT INTO live.outcomes (call_id, outcome) SELECT id, 'referred' FROM live.calls"
                         " WHERE cad_id = 'ST-2'")
                    .ok());

        QCOMPARE(m_owner
                     ->exec("SELECT dispatcher FROM live.decisions d JOIN live.calls c ON c.id = d.call_id"
                            " WHERE c.cad_id = 'ST-1'")
                     .text(0, 0),
                 login);
        QCOMPARE(m_owner
                     ->exec("SELECT string_agg(DISTINCT dispatcher, ',') FROM live.screening_answers a"
                            " JOIN live.calls c ON c.id = a.call_id WHERE c.cad_id = 'ST-2'")
                     .text(0, 0),
                 login);
        QCOMPARE(m_owner
                     ->exec("SELECT string_agg(DISTINCT changed_by, ',') FROM live.unit_status_history"
                            " WHERE unit_id = 'U-9'")
                     .text(0, 0),
                 login);
        QCOMPARE(m_owner
                     ->exec("SELECT string_agg(DISTINCT recorded_by, ',') FROM live.outcomes o"
                            " JOIN live.calls c ON c.id = o.call_id WHERE c.cad_id IN ('ST-1', 'ST-2')")
                     .text(0, 0),
                 login);
        // The event log: the login, with the workstation the client named.
        QCOMPARE(m_owner
                     ->exec("SELECT string_agg(DISTINCT actor, ',') FROM live.event_log WHERE table_name IN"
                            " ('decisions', 'screening_answers', 'unit_status_history', 'outcomes')"
                            " AND data::text LIKE '%' || $1 || '%'",
                            {login})
                     .text(0, 0),
                 login + QStringLiteral("@WS-9"));
        QCOMPARE(m_owner->exec("SELECT count(*) FROM live.event_log WHERE actor LIKE 'D2-someone-else%'")
                     .integer(0, 0),
                 0);

        // The training sandbox stamps the same way.
        QVERIFY(
            CallStore(*m_owner, StoreSchema::Training)
                .upsert(makeCall(QStringLiteral("ST-T")), m_engine->triage(makeCall(QStringLiteral("ST-T"))))
                .ok);
        QCOMPARE(CallStore(*d1, StoreSchema::Training)
                     .decide(acceptance(QStringLiteral("ST-T"), d2))
                     .decision.dispatcher,
                 login);

        // The owner's own connection (command line, demo) keeps the ID it names.
        store(QStringLiteral("ST-3"));
        QCOMPARE(CallStore(*m_owner)
                     .decide(acceptance(QStringLiteral("ST-3"), QStringLiteral("D17")))
                     .decision.dispatcher,
                 QStringLiteral("D17"));
    }
};

QTEST_GUILESS_MAIN(TstStaffStore)
#include "tst_staffstore.moc"
