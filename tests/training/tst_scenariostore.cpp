// The training library (migration 0009 through ScenarioStore) against a real PostgreSQL cluster: scenarios
// are stored whole, one row per version, listed by their latest version and loaded back equal; a name is
// taken once; rows are never changed; and the database decides who may: trainers and administrators add,
// trainers, supervisors and administrators read, a dispatcher (a trainee) may do neither — tried as each
// role.

#include "store/pgconnection.h"
#include "store/staffstore.h"
#include "testdatabase.h"
#include "training/demoscenario.h"
#include "training/scenariostore.h"

#include <QTest>

using namespace rr;

namespace {

Scenario sample(const QString &name)
{
    Scenario s;
    s.name = name;
    s.description = QStringLiteral("Two calls");
    s.tags = {QStringLiteral("category:welfare"), QStringLiteral("difficulty:easy")};
    s.source = QStringLiteral("test");
    s.rulesVersion = QStringLiteral("r1");
    ScenarioCall a;
    a.call.id = QStringLiteral("T001");
    a.call.callType = QStringLiteral("WELFARE CHECK");
    a.call.narrative = QStringLiteral("caller [NAME] worried about her father");
    a.key.reference = ResponseKind::Unarmed;
    a.key.source = QStringLiteral("suggestion");
    ScenarioCall b;
    b.offsetMs = 65000;
    b.call.id = QStringLiteral("T002");
    b.call.callType = QStringLiteral("DISTURBANCE");
    b.key.reference = ResponseKind::Police;
    b.key.alternatives = {ResponseKind::CoResponder};
    b.key.expectOverride = true;
    b.key.expectedReason = QStringLiteral("new_information");
    s.calls = {a, b};
    return s;
}

} // namespace

class TstScenarioStore : public QObject
{
    Q_OBJECT
private:
    test::TestDatabase m_db{QStringLiteral("scenarios")};
    std::unique_ptr<PgConnection> m_owner;
    QStringList m_logins; // dropped at the end: roles are cluster-wide

    std::unique_ptr<PgConnection> staffMember(const char *base, StaffRole role)
    {
        const QString login =
            QStringLiteral("%1-%2").arg(QLatin1String(base)).arg(QCoreApplication::applicationPid());
        m_logins << login;
        const Result<void> added =
            StaffStore(*m_owner).add(login, QStringLiteral("Test %1").arg(login), role,
                                     QString::fromLatin1(test::TestDatabase::kTestPassword));
        if (!added) {
            qWarning("add %s: %s", qPrintable(login), qPrintable(added.error()));
            return nullptr;
        }
        QString error;
        auto c = PgConnection::open(m_db.uri(), &error, 5,
                                    PgLogin{login, QString::fromLatin1(test::TestDatabase::kTestPassword)});
        if (!c)
            qWarning("sign in %s: %s", qPrintable(login), qPrintable(error));
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_db.ok(), qPrintable(m_db.error()));
        QString error;
        m_owner = m_db.migrated(&error);
        QVERIFY2(m_owner, qPrintable(error));
    }
    void cleanupTestCase()
    {
        if (!m_owner)
            return;
        for (const QString &login : std::as_const(m_logins))
            m_owner->exec(("DROP ROLE IF EXISTS " + PgConnection::quoteIdentifier(login)).constData());
    }

    void addListLoadAndVersions()
    {
        ScenarioStore store(*m_owner);
        Scenario s = sample(QStringLiteral("welfare-basics"));
        s.version = 7; // ignored: a new scenario is version 1
        const Result<Scenario> added = store.add(s);
        QVERIFY2(added.ok(), qPrintable(added.error()));
        QCOMPARE(added->version, 1);

        Result<Scenario> loaded = store.load(s.name);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        s.version = 1;
        QVERIFY(*loaded == s);
        QCOMPARE(store.contains(s.name).valueOr(false), true);
        QCOMPARE(store.contains(QStringLiteral("nothing")).valueOr(true), false);

        // An edited key is a new version; the first stays as it was.
        Scenario edited = s;
        edited.calls[0].key.alternatives = {ResponseKind::CoResponder};
        const Result<Scenario> second = store.addVersion(edited);
        QVERIFY2(second.ok(), qPrintable(second.error()));
        QCOMPARE(second->version, 2);
        QVERIFY(store.load(s.name)->calls.first().key.alternatives ==
                QList<ResponseKind>{ResponseKind::CoResponder});
        QCOMPARE(store.load(s.name)->version, 2);
        QVERIFY(*store.load(s.name, 1) == s);

        const Result<QList<ScenarioSummary>> list = store.list();
        QVERIFY2(list.ok(), qPrintable(list.error()));
        const auto found = std::find_if(list->begin(), list->end(),
                                        [&](const ScenarioSummary &x) { return x.name == s.name; });
        QVERIFY(found != list->end());
        QCOMPARE(found->version, 2);
        QCOMPARE(found->versions, 2);
        QCOMPARE(found->callCount, 2);
        QCOMPARE(found->durationMs, qint64(65000));
        QCOMPARE(found->tags, s.tags);
        QCOMPARE(found->description, s.description);
        QCOMPARE(found->rulesVersion, QStringLiteral("r1"));
        QVERIFY(found->createdAt.isValid());
    }

    void refusals()
    {
        ScenarioStore store(*m_owner);
        QVERIFY(store.add(sample(QStringLiteral("taken"))).ok());
        const Result<Scenario> again = store.add(sample(QStringLiteral("taken")));
        QVERIFY(!again.ok());
        QCOMPARE(again.error(),
                 QStringLiteral(
                     "a scenario named taken is already in the library (version 1): give another name"));
        const Result<Scenario> unknown = store.addVersion(sample(QStringLiteral("unknown")));
        QCOMPARE(unknown.error(), QStringLiteral("no scenario named unknown in the library"));
        QCOMPARE(store.load(QStringLiteral("unknown")).error(),
                 QStringLiteral("no scenario named unknown in the library"));
        QCOMPARE(store.load(QStringLiteral("taken"), 9).error(),
                 QStringLiteral("scenario taken has no version 9"));
        Scenario bad = sample(QStringLiteral("bad name"));
        QVERIFY(store.add(bad).error().contains(QStringLiteral("'bad name' is not")));
        Scenario empty = sample(QStringLiteral("empty"));
        empty.calls.clear();
        QVERIFY(store.add(empty).error().contains(QStringLiteral("at least one call")));
    }

    void rowsAreNeverChanged()
    {
        QVERIFY(ScenarioStore(*m_owner).add(sample(QStringLiteral("fixed"))).ok());
        PgResult update =
            m_owner->exec("UPDATE training.scenarios SET description = 'x' WHERE name = 'fixed'");
        QVERIFY(!update.ok());
        QCOMPARE(update.sqlState(), QStringLiteral("42501"));
        PgResult remove = m_owner->exec("DELETE FROM training.scenarios WHERE name = 'fixed'");
        QVERIFY(!remove.ok());
    }

    void trainersAddAndTheDatabaseStampsThem()
    {
        auto trainer = staffMember("T1", StaffRole::Trainer);
        QVERIFY(trainer);
        ScenarioStore store(*trainer);
        QVERIFY2(store.add(sample(QStringLiteral("by-trainer"))).ok(), "a trainer adds");
        const Result<QList<ScenarioSummary>> list = store.list();
        QVERIFY2(list.ok(), qPrintable(list.error()));
        const auto found = std::find_if(list->begin(), list->end(),
                                        [](const ScenarioSummary &x) { return x.name == u"by-trainer"; });
        QVERIFY(found != list->end());
        QCOMPARE(found->createdBy, trainer->userName());
        QVERIFY(store.addVersion(sample(QStringLiteral("by-trainer"))).ok());

        auto admin = staffMember("A1", StaffRole::Admin);
        QVERIFY(admin);
        QVERIFY(ScenarioStore(*admin).add(sample(QStringLiteral("by-admin"))).ok());
        QVERIFY(ScenarioStore(*admin).load(QStringLiteral("by-trainer")).ok());
    }

    void supervisorsReadOnly()
    {
        QVERIFY(ScenarioStore(*m_owner).add(sample(QStringLiteral("for-supervisors"))).ok());
        auto supervisor = staffMember("S1", StaffRole::Supervisor);
        QVERIFY(supervisor);
        ScenarioStore store(*supervisor);
        QVERIFY(store.list().ok());
        QVERIFY(store.load(QStringLiteral("for-supervisors")).ok());
        const Result<Scenario> add = store.add(sample(QStringLiteral("by-supervisor")));
        QVERIFY(!add.ok());
        QCOMPARE(add.error(),
                 QStringLiteral("only trainers and administrators may add to the training library; "
                                "%1 may not")
                     .arg(supervisor->userName()));
    }

    // The demo's scenario goes into the library once.
    void demoScenarioInstalledOnce()
    {
        const Result<bool> first = installDemoScenario(*m_owner);
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QVERIFY(*first);
        const Result<bool> second = installDemoScenario(*m_owner);
        QVERIFY(second.ok());
        QVERIFY(!*second);
        const Result<Scenario> loaded = ScenarioStore(*m_owner).load(demoScenario()->name);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        QCOMPARE(loaded->calls.size(), demoScenario()->calls.size());
        QCOMPARE(loaded->version, 1);
    }

    // A trainee is a dispatcher: the library and its keys are closed to them.
    void dispatchersAreRefused()
    {
        QVERIFY(ScenarioStore(*m_owner).add(sample(QStringLiteral("secret-key"))).ok());
        auto dispatcher = staffMember("D1", StaffRole::Dispatcher);
        QVERIFY(dispatcher);
        ScenarioStore store(*dispatcher);
        const QString refusedRead = QStringLiteral("the training library is for trainers, supervisors and "
                                                   "administrators; %1 may not read it")
                                        .arg(dispatcher->userName());
        QCOMPARE(store.list().error(), refusedRead);
        QCOMPARE(store.load(QStringLiteral("secret-key")).error(), refusedRead);
        QCOMPARE(store.contains(QStringLiteral("secret-key")).error(), refusedRead);
        QVERIFY(store.add(sample(QStringLiteral("by-dispatcher")))
                    .error()
                    .startsWith(QStringLiteral("only trainers and administrators")));
        PgResult direct = dispatcher->exec("SELECT body FROM training.scenarios");
        QCOMPARE(direct.sqlState(), QStringLiteral("42501"));
    }
};

QTEST_GUILESS_MAIN(TstScenarioStore)
#include "tst_scenariostore.moc"
