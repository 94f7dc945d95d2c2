// Training sessions against a real PostgreSQL cluster: who may create sandboxes (a trainer and the owner, not
// a dispatcher nor a trainee: the database refuses them); a trainee is refused on live and training and on
// another trainee's sandbox, tried as that login; two trainees on one call each keep their own decision while
// first-wins holds inside one sandbox; nothing a session does reaches the live change feed; and the live
// tables' row counts are the same after a whole session as before.

#include "domain/rulesetloader.h"
#include "domain/triageengine.h"
#include "store/callstore.h"
#include "store/changefeed.h"
#include "store/migrator.h"
#include "store/unitstore.h"
#include "training/sessiondriver.h"
#include "training/sessionstore.h"
#include "trainingfixture.h"

#include <QSignalSpy>
#include <QTest>

#include <libpq-fe.h>

#include <algorithm>

using namespace rr;

namespace {

DecisionRequest decision(const QString &cadId, const QString &dispatcher,
                         std::optional<ResponseKind> override)
{
    DecisionRequest q;
    q.requestId = QUuid::createUuid();
    q.cadId = cadId;
    q.dispatcher = dispatcher;
    q.workstation = QStringLiteral("TRN-1");
    q.accepted = !override;
    if (override) {
        q.chosenKind = *override;
        q.reasonCode = QStringLiteral("new_information");
    }
    return q;
}

// Every notification on `listener`'s channels so far, as channel names.
QStringList drain(PgConnection &listener)
{
    QStringList out;
    listener.exec("SELECT 1"); // reads what has arrived
    while (PGnotify *n = PQnotifies(listener.raw())) {
        out << QString::fromUtf8(n->relname);
        PQfreemem(n);
    }
    return out;
}

} // namespace

class TstTrainingSession : public QObject
{
    Q_OBJECT
private:
    test::TestDatabase m_db{QStringLiteral("training")};
    std::unique_ptr<PgConnection> m_owner;
    std::unique_ptr<test::TestStaff> m_staff;
    std::shared_ptr<const TriageEngine> m_engine;
    QString m_trainer, m_traineeA, m_traineeB, m_dispatcher;

    // Row counts of every table of the live schema.
    QMap<QString, qint64> liveCounts()
    {
        QMap<QString, qint64> out;
        PgResult tables =
            m_owner->exec("SELECT tablename FROM pg_tables WHERE schemaname = 'live' ORDER BY 1");
        for (int i = 0; tables.ok() && i < tables.rows(); ++i) {
            const QString t = tables.text(i, 0);
            PgResult n =
                m_owner->exec(("SELECT count(*) FROM live." + PgConnection::quoteIdentifier(t)).constData());
            out.insert(t, n.ok() ? n.integer(0, 0) : -1);
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
        m_trainer = m_staff->add("T100", StaffRole::Trainer);
        m_traineeA = m_staff->add("D101", StaffRole::Trainee);
        m_traineeB = m_staff->add("D102", StaffRole::Trainee);
        m_dispatcher = m_staff->add("D17", StaffRole::Dispatcher);
        auto rules = RuleSetLoader::loadBuiltIn();
        QVERIFY(rules.ok());
        m_engine = std::make_shared<const TriageEngine>(rules.value());
        // Sandboxes take the training schema's roster.
        QVERIFY(UnitStore(*m_owner, StoreSchema::Training)
                    .saveRoster({Unit{QStringLiteral("CRT-1"),
                                      QStringLiteral("CRT 1"),
                                      ResponseKind::Unarmed,
                                      UnitStatus::Available,
                                      35.99,
                                      -78.90,
                                      {}}},
                                &error));
        // Live has calls of its own, so that "unchanged" means something.
        Call c;
        c.id = QStringLiteral("LIVE-1");
        c.callType = QStringLiteral("NOISE");
        c.receivedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(CallStore(*m_owner).upsert(c, m_engine->triage(c)).ok);
    }
    void cleanupTestCase() { m_staff.reset(); }

    void sandboxNamesAreValidated_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("sandbox") << QStringLiteral("trn_12_d101") << true;
        QTest::newRow("long login") << QStringLiteral("trn_1_") + QString(40, u'a') << true;
        QTest::newRow("too long") << QStringLiteral("trn_1_") + QString(41, u'a') << false;
        QTest::newRow("live") << QStringLiteral("live") << false;
        QTest::newRow("quote") << QStringLiteral("trn_1_a\"; drop") << false;
        QTest::newRow("upper") << QStringLiteral("trn_1_D101") << false;
        QTest::newRow("no session") << QStringLiteral("trn_x_d101") << false;
    }
    void sandboxNamesAreValidated()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        const Result<StoreSchema> s = StoreSchema::sandbox(name);
        QCOMPARE(s.ok(), valid);
        if (valid) {
            QVERIFY(s->isSandbox());
            QCOMPARE(s->channel(), "rr_changes_" + name.toLatin1());
        }
        QCOMPARE(StoreSchema::Live.channel(), QByteArray("rr_changes"));
        QCOMPARE(StoreSchema::Training.channel(), QByteArray("rr_changes_training"));
    }

    void onlyTrainersCreateSandboxes()
    {
        const Scenario scenario = test::makeScenario(QStringLiteral("priv"), 3, 3000);
        // A dispatcher and a trainee: refused by the database, nothing left behind.
        for (const QString &who : {m_dispatcher, m_traineeA}) {
            auto c = m_staff->signIn(m_db.uri(), who);
            QVERIFY(c);
            const Result<TrainingSession> s = TrainingSessionStore(*c).create(scenario, {m_traineeA}, 1);
            QVERIFY2(!s.ok(), qPrintable(who));
            QVERIFY2(s.error().contains(QStringLiteral("trainer")), qPrintable(s.error()));
            // Not even the sandbox function itself, on a session that exists.
            PgResult direct = c->exec("SELECT trainer.create_sandbox(1, $1)", {m_traineeA});
            QVERIFY(!direct.ok());
            QCOMPARE(direct.sqlState(), QStringLiteral("42501"));
        }
        QCOMPARE(m_owner->exec("SELECT count(*) FROM trainer.sessions").integer(0, 0), 0);
        QCOMPARE(
            m_owner->exec("SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'trn\\_%'").integer(0, 0), 0);

        // A trainer may; a login that is not a trainee may not be one.
        auto trainer = m_staff->signIn(m_db.uri(), m_trainer);
        QVERIFY(trainer);
        const Result<TrainingSession> wrong =
            TrainingSessionStore(*trainer).create(scenario, {m_dispatcher}, 1);
        QVERIFY(!wrong.ok());
        QVERIFY2(wrong.error().contains(QStringLiteral("not an active trainee")), qPrintable(wrong.error()));
        const Result<TrainingSession> s = TrainingSessionStore(*trainer).create(scenario, {m_traineeA}, 2);
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QCOMPARE(s->startedBy, m_trainer);
        QVERIFY(s->state == SessionState::Ready);
        QCOMPARE(s->callCount, 3);
        QCOMPARE(s->trainees, QStringList{m_traineeA});
        const Result<QList<SessionTrainee>> t = TrainingSessionStore(*trainer).trainees(s->id);
        QVERIFY2(t.ok(), qPrintable(t.error()));
        QCOMPARE(t->size(), 1);
        QVERIFY(t->first().schema.isSandbox());
        // The sandbox has live's lists and the training roster.
        QCOMPARE(
            m_owner
                ->exec(schemaSql(t->first().schema, "SELECT count(*) FROM {s}.override_reasons").constData())
                .integer(0, 0),
            6);
        QCOMPARE(UnitStore(*m_owner, t->first().schema).list(nullptr).size(), 1);
        // Bad input: a clear message, nothing stored.
        QVERIFY(!TrainingSessionStore(*trainer).create(scenario, {m_traineeA, m_traineeA}, 1).ok());
        QVERIFY(!TrainingSessionStore(*trainer).create(scenario, {m_traineeA}, 9).ok());
        QVERIFY(!TrainingSessionStore(*trainer).create(Scenario{}, {m_traineeA}, 1).ok());
    }

    void isolationAndIndependentDecisions()
    {
        const QMap<QString, qint64> before = liveCounts();
        auto liveListener = m_db.connect();
        QVERIFY(liveListener && liveListener->exec("LISTEN rr_changes").ok());
        ChangeFeed liveFeed(m_db.uri());
        QSignalSpy liveChanges(&liveFeed, &ChangeFeed::changed);
        QSignalSpy feedListening(&liveFeed, &ChangeFeed::listening);
        liveFeed.start();
        QVERIFY(feedListening.wait(10000));

        // The owner's connection (the command line) runs a whole session for two trainees.
        const Scenario scenario = test::makeScenario(QStringLiteral("iso"), 4, 400);
        const Result<TrainingSession> s =
            TrainingSessionStore(*m_owner).create(scenario, {m_traineeA, m_traineeB}, 8);
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const QList<SessionTrainee> trainees = TrainingSessionStore(*m_owner).trainees(s->id).value();
        QCOMPARE(trainees.size(), 2);
        const StoreSchema sandboxA = trainees.at(0).schema, sandboxB = trainees.at(1).schema;
        QVERIFY(sandboxA != sandboxB);
        auto sandboxListener = m_db.connect();
        QVERIFY(sandboxListener && sandboxListener
                                       ->exec(("LISTEN " + PgConnection::quoteIdentifier(
                                                               QString::fromLatin1(sandboxA.channel())))
                                                  .constData())
                                       .ok());

        SessionDriver::Options o;
        o.uri = m_db.uri();
        o.sessionId = s->id;
        o.scenario = scenario;
        o.speed = 8;
        o.engine = m_engine;
        SessionDriver driver(o);
        QSignalSpy finished(&driver, &SessionDriver::finished);
        QSignalSpy problems(&driver, &SessionDriver::problem);
        driver.start();
        QVERIFY(finished.wait(15000));
        QCOMPARE(problems.size(), 0);
        QVERIFY(finished.first().at(0).value<SessionState>() == SessionState::Finished);
        QCOMPARE(driver.stored(), 4);
        QCOMPARE(TrainingSessionStore(*m_owner).find(s->id)->released, 4);
        QVERIFY(TrainingSessionStore(*m_owner).find(s->id)->state == SessionState::Finished);

        // Each trainee, signed in as themselves, decides the same call their own way.
        auto a = m_staff->signIn(m_db.uri(), m_traineeA);
        auto b = m_staff->signIn(m_db.uri(), m_traineeB);
        QVERIFY(a && b);
        QCOMPARE(sandboxOf(*a, s->id).value(), sandboxA);
        QCOMPARE(sandboxOf(*a, s->id, m_traineeB).value(), sandboxA); // a trainee only ever gets their own
        const QString cad = scenario.calls.at(1).call.id;
        const DecideOutcome da = CallStore(*a, sandboxA).decide(decision(cad, m_traineeA, std::nullopt));
        QVERIFY2(da.status == DecideOutcome::Status::Stored, qPrintable(da.message));
        // B overrides to another kind than the one suggested.
        const ResponseKind suggested = CallStore(*b, sandboxB).find(cad)->suggestion->kind;
        const ResponseKind other =
            suggested == ResponseKind::Police ? ResponseKind::Unarmed : ResponseKind::Police;
        const DecideOutcome db = CallStore(*b, sandboxB).decide(decision(cad, m_traineeB, other));
        QVERIFY2(db.status == DecideOutcome::Status::Stored, qPrintable(db.message));
        // First wins inside one sandbox, as on live.
        const DecideOutcome again = CallStore(*a, sandboxA).decide(decision(cad, m_traineeA, other));
        QCOMPARE(again.status, DecideOutcome::Status::AlreadyDecided);
        QVERIFY(CallStore(*m_owner, sandboxA).find(cad)->decision->accepted);
        QCOMPARE(CallStore(*m_owner, sandboxA).find(cad)->decision->dispatcher, m_traineeA);
        QVERIFY(CallStore(*m_owner, sandboxB).find(cad)->decision->chosenKind == other);
        QVERIFY(!CallStore(*m_owner, sandboxB).find(cad)->decision->accepted);
        QCOMPARE(CallStore(*m_owner, sandboxB).find(cad)->decision->dispatcher, m_traineeB);
        // A trainer reads every trainee's decisions (what scoring and the trainer window read).
        auto trainer = m_staff->signIn(m_db.uri(), m_trainer);
        QVERIFY(trainer);
        const Result<QList<SessionTrainee>> read = TrainingSessionStore(*trainer).trainees(s->id);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        for (const SessionTrainee &t : *read) {
            QString readError;
            const QList<StoredCall> seen = CallStore(*trainer, t.schema).list(false, &readError);
            QVERIFY2(readError.isEmpty(), qPrintable(readError));
            QCOMPARE(seen.size(), 4);
            QCOMPARE(int(std::count_if(seen.begin(), seen.end(),
                                       [](const StoredCall &c) { return c.decision.has_value(); })),
                     1);
        }
        // A trainee cannot see the other's sandbox, nor decide there.
        QString error;
        QVERIFY(CallStore(*a, sandboxB).list(false, &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("permission denied")), qPrintable(error));
        QCOMPARE(CallStore(*a, sandboxB)
                     .decide(decision(scenario.calls.at(2).call.id, m_traineeA, std::nullopt))
                     .status,
                 DecideOutcome::Status::Failed);
        // Released calls: received at release, under the scenario's CAD ids, with their suggestion.
        error.clear();
        const QList<StoredCall> calls = CallStore(*a, sandboxA).list(false, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(calls.size(), 4);
        for (const StoredCall &c : calls) {
            QVERIFY(c.suggestion.has_value());
            QVERIFY(c.call.receivedAt.secsTo(QDateTime::currentDateTimeUtc()) < 60);
            QVERIFY(c.call.id.startsWith(QStringLiteral("iso-")));
        }

        // The sandbox's channel heard the session; live's heard nothing, and live's tables are as they were.
        QStringList heard; // QTRY_VERIFY evaluates its expression more than once: keep what was drained
        QTRY_VERIFY((heard += drain(*sandboxListener)).size() > 0);
        QCOMPARE(drain(*liveListener), QStringList{});
        QCOMPARE(liveChanges.size(), 0);
        QCOMPARE(liveCounts(), before);
        // Live is still heard (the listener works): a live change arrives.
        Call c;
        c.id = QStringLiteral("LIVE-2");
        c.callType = QStringLiteral("NOISE");
        QVERIFY(CallStore(*m_owner).upsert(c, m_engine->triage(c)).ok);
        QTRY_VERIFY(liveChanges.size() > 0);
    }

    void traineeIsRefusedOnLiveAndTraining()
    {
        auto t = m_staff->signIn(m_db.uri(), m_traineeA);
        QVERIFY(t);
        const char *const refused[] = {
            "SELECT count(*) FROM live.calls",
            "SELECT count(*) FROM live.decisions",
            "SELECT count(*) FROM live.event_log",
            "SELECT count(*) FROM training.calls",
            "INSERT INTO live.decisions (call_id, request_id, suggested_kind, chosen_kind, accepted, "
            "dispatcher)"
            " VALUES (1, gen_random_uuid(), 'police', 'police', true, 'x')",
            "UPDATE live.calls SET status = 'closed'",
            "SELECT * FROM live.report_summary(now() - interval '1 day', now(), NULL, NULL, NULL, NULL)",
            "SELECT count(*) FROM trainer.sessions",
        };
        for (const char *sql : refused) {
            PgResult r = t->exec(sql);
            QVERIFY2(!r.ok(), sql);
            QVERIFY2(r.sqlState() == u"42501",
                     qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(sql), r.error())));
        }
        // Through the stores too: nothing.
        QString error;
        QVERIFY(CallStore(*t).list(false, &error).isEmpty());
        QVERIFY(!error.isEmpty());
        QCOMPARE(CallStore(*t).decide(decision(QStringLiteral("LIVE-1"), m_traineeA, std::nullopt)).status,
                 DecideOutcome::Status::Failed);
        // The database says who they are.
        const Result<SignedInUser> who = StaffStore(*t).whoAmI();
        QVERIFY(who.ok());
        QVERIFY(who->is(StaffRole::Trainee));
        QVERIFY(!who->canOpenConsole(false));
        QVERIFY(!who->canOpenConsole(true));
        QVERIFY(who->canOpenTrainingSession());
        // A dispatcher cannot see a sandbox either.
        auto d = m_staff->signIn(m_db.uri(), m_dispatcher);
        QVERIFY(d);
        PgResult sandboxes = m_owner->exec("SELECT schema_name FROM trainer.session_trainees LIMIT 1");
        QVERIFY(sandboxes.ok() && sandboxes.rows() == 1);
        PgResult r =
            d->exec(("SELECT count(*) FROM " + sandboxes.text(0, 0).toLatin1() + ".calls").constData());
        QVERIFY(!r.ok());
        QCOMPARE(r.sqlState(), QStringLiteral("42501"));
    }

    void migratingAgainKeepsSandboxesSealed()
    {
        // A migration run on a database with sandboxes (no new version): still nobody but the trainee.
        QVERIFY(Migrator::migrate(*m_owner).ok());
        auto d = m_staff->signIn(m_db.uri(), m_dispatcher);
        PgResult sandboxes = m_owner->exec("SELECT schema_name FROM trainer.session_trainees");
        QVERIFY(sandboxes.ok() && sandboxes.rows() > 0);
        for (int i = 0; i < sandboxes.rows(); ++i) {
            PgResult r = d->exec(
                ("SELECT count(*) FROM " + sandboxes.text(i, 0).toLatin1() + ".decisions").constData());
            QCOMPARE(r.sqlState(), QStringLiteral("42501"));
        }
        QCOMPARE(TrainingSessionStore(*m_owner).list()->size(), 2);
    }
};

QTEST_GUILESS_MAIN(TstTrainingSession)
#include "tst_trainingsession.moc"
