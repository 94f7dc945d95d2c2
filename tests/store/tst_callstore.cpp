// CallStore and the schema against a real PostgreSQL database: migrations, upsert by CAD id, first-wins
// decisions under a race of real connections, least-privilege roles and the append-only audit trail, and the
// training schema kept apart from live figures.

#include "domain/rulesetloader.h"
#include "domain/triageengine.h"
#include "store/callstore.h"
#include "testdatabase.h"

#include <QDir>
#include <QTest>

#include <atomic>
#include <latch>
#include <thread>

using namespace rr;

namespace {
const char *statusName(DecideOutcome::Status status)
{
    static const char *const names[] = {"Stored", "AlreadyDecided", "UnknownCall", "Invalid", "Failed"};
    return names[int(status)];
}
} // namespace

namespace {

Call makeCall(const QString &id, const QString &type, const QString &narrative)
{
    Call c;
    c.id = id;
    c.callType = type;
    c.narrative = narrative;
    c.receivedAt = QDateTime::currentDateTimeUtc().addSecs(-90);
    c.address = QStringLiteral("100 BLOCK OF MAIN ST");
    c.beat = QStringLiteral("211");
    c.latitude = 35.99;
    c.longitude = -78.9;
    c.priority = 3;
    return c;
}

} // namespace

class TstCallStore : public QObject
{
    Q_OBJECT
private:
    test::TestDatabase m_db{QStringLiteral("callstore")};
    std::unique_ptr<PgConnection> m_conn;
    std::unique_ptr<TriageEngine> m_engine;

    void store(const Call &c)
    {
        CallStore s(*m_conn);
        const auto r = s.upsert(c, m_engine->triage(c));
        QVERIFY2(r.ok, qPrintable(r.error));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_db.ok(), qPrintable(m_db.error()));
        QString error;
        m_conn = m_db.migrated(&error);
        QVERIFY2(m_conn, qPrintable(error));
        auto rules = RuleSetLoader::loadBuiltIn();
        QVERIFY(rules.ok());
        m_engine = std::make_unique<TriageEngine>(rules.value());
    }

    void migrationsAreRecordedAndIdempotent()
    {
        QCOMPARE(Migrator::currentVersion(*m_conn).valueOr(-1), Migrator::latestVersion());
        const Result<Migrator::Migrated> again = Migrator::migrate(*m_conn);
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(again->fromVersion, again->toVersion);
        // One row per migration file (numbers need not be contiguous: branches take numbers in advance).
        PgResult r = m_conn->exec("SELECT count(*), max(version) FROM public.rr_schema_migrations");
        QCOMPARE(r.integer(0, 0),
                 qint64(QDir(QStringLiteral(":/migrations")).entryList({QStringLiteral("*.sql")}).size()));
        QCOMPARE(r.integer(0, 1), qint64(Migrator::latestVersion()));
        // Both schemas have the tables.
        PgResult t =
            m_conn->exec("SELECT count(*) FROM information_schema.tables WHERE table_name = 'decisions'"
                         " AND table_schema IN ('live', 'training')");
        QCOMPARE(t.integer(0, 0), 2);
    }

    void newerSchemaIsRefused()
    {
        test::TestDatabase other(QStringLiteral("newer"));
        QString error;
        auto c = other.migrated(&error);
        QVERIFY2(c, qPrintable(error));
        QVERIFY(
            c->exec("INSERT INTO public.rr_schema_migrations (version, name) VALUES (9999, 'future')").ok());
        const Result<Migrator::Migrated> r = Migrator::migrate(*c);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(QStringLiteral("newer")) && r.error().contains(QStringLiteral("9999")),
                 qPrintable(r.error()));
    }

    void upsertByCadId()
    {
        CallStore s(*m_conn);
        Call c = makeCall(QStringLiteral("U-1"), QStringLiteral("WELFARE CHECK"),
                          QStringLiteral("not seen in two days"));
        auto first = s.upsert(c, m_engine->triage(c));
        QVERIFY2(first.ok, qPrintable(first.error));
        QVERIFY(first.created);
        auto resent = s.upsert(c, m_engine->triage(c));
        QVERIFY(resent.ok && !resent.created && !resent.changed);
        QCOMPARE(resent.id, first.id);
        QCOMPARE(resent.version, first.version);
        c.narrative += QStringLiteral(", now says he has a knife");
        auto updated = s.upsert(c, m_engine->triage(c));
        QVERIFY(updated.ok && updated.changed);
        QCOMPARE(updated.id, first.id);
        QCOMPARE(updated.version, first.version + 1);
        PgResult n = m_conn->exec("SELECT count(*) FROM live.calls WHERE cad_id = 'U-1'");
        QCOMPARE(n.integer(0, 0), 1);
        PgResult sg =
            m_conn->exec("SELECT count(*) FROM live.suggestions s JOIN live.calls c ON c.id = s.call_id"
                         " WHERE c.cad_id = 'U-1'");
        QCOMPARE(sg.integer(0, 0), 2); // re-triaged once
        const auto found = s.find(QStringLiteral("U-1"));
        QVERIFY(found && found->suggestion);
        QCOMPARE(toString(found->suggestion->kind), toString(ResponseKind::Police));
        QVERIFY(found->call == c);
        QVERIFY(!found->suggestion->triggers.isEmpty());
    }

    void acceptAndOverride()
    {
        CallStore s(*m_conn);
        store(makeCall(QStringLiteral("D-1"), QStringLiteral("NOISE COMPLAINT"),
                       QStringLiteral("loud party next door")));
        store(makeCall(QStringLiteral("D-2"), QStringLiteral("WELFARE CHECK"),
                       QStringLiteral("elderly man not answering the door")));
        DecisionRequest a{QUuid::createUuid(),   QStringLiteral("D-1"), true, {}, {}, {}, {}, {},
                          QStringLiteral("D17"), QStringLiteral("WS-3")};
        DecideOutcome r = s.decide(a);
        QCOMPARE(statusName(r.status), statusName(DecideOutcome::Status::Stored));
        QVERIFY(r.decision.accepted);
        QCOMPARE(toString(r.decision.chosenKind), toString(ResponseKind::Unarmed));
        QVERIFY(r.decision.secondsFromReceipt && *r.decision.secondsFromReceipt >= 89);
        // The same request again (a journal replay) is the same decision, not a second one.
        QCOMPARE(statusName(s.decide(a).status), statusName(DecideOutcome::Status::Stored));

        DecisionRequest o{QUuid::createUuid(),
                          QStringLiteral("D-2"),
                          false,
                          ResponseKind::Police,
                          QStringLiteral("other"),
                          {},
                          {},
                          {},
                          QStringLiteral("D18"),
                          QStringLiteral("WS-4")};
        QCOMPARE(statusName(s.decide(o).status),
                 statusName(DecideOutcome::Status::Invalid)); // "other" needs a note
        o.reasonCode = QStringLiteral("made_up");
        QVERIFY(s.decide(o).message.contains(QStringLiteral("unknown override reason")));
        o.reasonCode = QStringLiteral("safety_history");
        o.chosenKind = ResponseKind::Unarmed;
        QVERIFY(s.decide(o).message.contains(QStringLiteral("another kind")));
        o.chosenKind = ResponseKind::Police;
        o.note = QStringLiteral("officer safety flag on this address");
        r = s.decide(o);
        QCOMPARE(statusName(r.status), statusName(DecideOutcome::Status::Stored));
        QCOMPARE(r.decision.reasonCode, QStringLiteral("safety_history"));
        QCOMPARE(r.decision.note, o.note);

        DecisionRequest unknown{
            QUuid::createUuid(), QStringLiteral("NOPE"), true, {}, {}, {}, {}, {}, QStringLiteral("D17"), {}};
        QCOMPARE(statusName(s.decide(unknown).status), statusName(DecideOutcome::Status::UnknownCall));
        PgResult st = m_conn->exec("SELECT status FROM live.calls WHERE cad_id = 'D-1'");
        QCOMPARE(st.text(0, 0), QStringLiteral("decided"));
    }

    void closedCallsTakeNoDecision()
    {
        CallStore s(*m_conn);
        store(makeCall(QStringLiteral("C-1"), QStringLiteral("LOUD MUSIC"),
                       QStringLiteral("party next door, no fighting")));
        QString error;
        QVERIFY(!s.close(QStringLiteral("C-1"), QStringLiteral("made_up"), {}, QStringLiteral("D1"), &error));
        QVERIFY2(error.contains(QStringLiteral("unknown outcome")), qPrintable(error));
        QVERIFY2(s.close(QStringLiteral("C-1"), QStringLiteral("gone_on_arrival"), {}, QStringLiteral("D1"),
                         &error),
                 qPrintable(error));
        QVERIFY(!s.close(QStringLiteral("C-1"), QStringLiteral("gone_on_arrival"), {}, QStringLiteral("D1"),
                         &error));
        const DecideOutcome r = s.decide(
            {QUuid::createUuid(), QStringLiteral("C-1"), true, {}, {}, {}, {}, {}, QStringLiteral("D2"), {}});
        QCOMPARE(statusName(r.status), statusName(DecideOutcome::Status::Invalid));
        QVERIFY2(r.message.contains(QStringLiteral("closed")), qPrintable(r.message));
        QCOMPARE(m_conn
                     ->exec("SELECT count(*) FROM live.decisions d JOIN live.calls c ON c.id = d.call_id"
                            " WHERE c.cad_id = 'C-1'")
                     .integer(0, 0),
                 0);
    }

    void aDecisionBindsToTheSuggestionShown()
    {
        CallStore s(*m_conn);
        Call c = makeCall(QStringLiteral("S-1"), QStringLiteral("WELFARE CHECK"),
                          QStringLiteral("not seen in two days"));
        store(c);
        const qint64 shown = s.find(QStringLiteral("S-1"))->suggestionId;
        QVERIFY(shown > 0);
        c.narrative += QStringLiteral(", caller now says he has a gun");
        store(c); // triaged again: police
        DecisionRequest q{
            QUuid::createUuid(), QStringLiteral("S-1"), true, {}, {}, {}, {}, {}, QStringLiteral("D5"), {}};
        q.expectedSuggestionId = shown;
        DecideOutcome r = s.decide(q);
        QCOMPARE(statusName(r.status), statusName(DecideOutcome::Status::Invalid));
        QVERIFY2(r.message.contains(QStringLiteral("triaged again")) &&
                     r.message.contains(QStringLiteral("police")),
                 qPrintable(r.message));
        q.expectedSuggestionId = s.find(QStringLiteral("S-1"))->suggestionId;
        r = s.decide(q);
        QCOMPARE(statusName(r.status), statusName(DecideOutcome::Status::Stored));
        QCOMPARE(toString(r.decision.chosenKind), QStringLiteral("police"));
    }

    void raceOfTwentyFourConsolesStoresOneDecision()
    {
        store(makeCall(QStringLiteral("RACE-1"), QStringLiteral("TRESPASS"),
                       QStringLiteral("man sleeping in the doorway of the bank")));
        constexpr int kConsoles = 24;
        std::vector<std::unique_ptr<PgConnection>> conns;
        for (int i = 0; i < kConsoles; ++i) {
            QString error;
            conns.push_back(m_db.connect(&error));
            QVERIFY2(conns.back(), qPrintable(error));
        }
        std::latch start(kConsoles);
        std::vector<DecideOutcome> results(kConsoles);
        std::vector<std::thread> threads;
        for (int i = 0; i < kConsoles; ++i)
            threads.emplace_back([&, i] {
                CallStore s(*conns[std::size_t(i)]);
                DecisionRequest q{QUuid::createUuid(),
                                  QStringLiteral("RACE-1"),
                                  i % 2 == 0,
                                  i % 2 == 0 ? std::nullopt : std::optional(ResponseKind::Police),
                                  i % 2 == 0 ? QString() : QStringLiteral("caller_request"),
                                  {},
                                  {},
                                  {},
                                  QStringLiteral("D%1").arg(i),
                                  QStringLiteral("WS-%1").arg(i)};
                start.arrive_and_wait();
                results[std::size_t(i)] = s.decide(q);
            });
        for (auto &t : threads)
            t.join();
        int stored = 0;
        QString winner;
        for (const DecideOutcome &r : results) {
            if (r.status == DecideOutcome::Status::Stored) {
                ++stored;
                winner = r.decision.dispatcher;
            }
        }
        QCOMPARE(stored, 1);
        for (const DecideOutcome &r : results) {
            if (r.status == DecideOutcome::Status::Stored)
                continue;
            QCOMPARE(statusName(r.status), statusName(DecideOutcome::Status::AlreadyDecided));
            QVERIFY2(r.message.contains(QStringLiteral("already decided by ") + winner),
                     qPrintable(r.message));
        }
        PgResult n =
            m_conn->exec("SELECT count(*) FROM live.decisions d JOIN live.calls c ON c.id = d.call_id"
                         " WHERE c.cad_id = 'RACE-1'");
        QCOMPARE(n.integer(0, 0), 1);
    }

    void rolesAreLeastPrivilegeAndTheAuditTrailIsAppendOnly()
    {
        store(makeCall(QStringLiteral("R-1"), QStringLiteral("PANHANDLING"),
                       QStringLiteral("man asking drivers for money")));
        CallStore s(*m_conn);
        QCOMPARE(statusName(s.decide({QUuid::createUuid(),
                                      QStringLiteral("R-1"),
                                      true,
                                      {},
                                      {},
                                      {},
                                      {},
                                      {},
                                      QStringLiteral("D1"),
                                      {}})
                                .status),
                 statusName(DecideOutcome::Status::Stored));
        const QString suffix = QString::number(QCoreApplication::applicationPid());
        for (const char *role : {"rr_dispatcher", "rr_supervisor", "rr_trainer", "rr_intake", "rr_admin"}) {
            const QString login = QStringLiteral("%1_t%2").arg(QString::fromLatin1(role), suffix);
            const QString cad = QStringLiteral("P-") + QString::fromLatin1(role);
            store(makeCall(cad, QStringLiteral("NOISE"), QStringLiteral("music from the apartment above")));
            m_conn->exec(("DROP ROLE IF EXISTS " + PgConnection::quoteIdentifier(login)).constData());
            QVERIFY(m_conn
                        ->exec(("CREATE ROLE " + PgConnection::quoteIdentifier(login) +
                                " LOGIN PASSWORD 'test-password' IN ROLE " + role)
                                   .constData())
                        .ok());
            QString error;
            auto c = PgConnection::open(m_db.uriAs(login), &error);
            QVERIFY2(c, qPrintable(error));
            // Nobody rewrites decisions or the event log.
            for (const char *statement :
                 {"UPDATE live.decisions SET note = 'x'", "DELETE FROM live.decisions",
                  "UPDATE live.event_log SET actor = 'x'", "DELETE FROM live.event_log",
                  "UPDATE training.decisions SET note = 'x'", "DELETE FROM training.event_log"}) {
                PgResult r = c->exec(statement);
                QVERIFY2(!r.ok(), statement);
                QCOMPARE(r.sqlState(), QStringLiteral("42501")); // insufficient privilege
            }
            const bool trainer = QByteArrayView(role) == "rr_trainer";
            const bool canReadLive = !trainer && QByteArrayView(role) != "rr_intake";
            QCOMPARE(c->exec("SELECT count(*) FROM live.decisions").ok(), canReadLive);
            // Trainees are dispatchers: every role works in the training sandbox; only live is closed to
            // trainers.
            QVERIFY(c->exec("SELECT count(*) FROM training.calls").ok());
            const bool canInsertDecision =
                QByteArrayView(role) == "rr_dispatcher" || QByteArrayView(role) == "rr_admin";
            PgResult ins =
                c->exec("INSERT INTO live.decisions (call_id, request_id, suggested_kind, chosen_kind,"
                        " accepted, dispatcher) SELECT id, gen_random_uuid(), 'police', 'police', true, 'x'"
                        " FROM live.calls WHERE cad_id = $1",
                        {cad});
            QVERIFY2(ins.ok() == canInsertDecision,
                     qPrintable(QString::fromLatin1(role) + u' ' + ins.error()));
            c.reset();
            m_conn->exec(("DROP OWNED BY " + PgConnection::quoteIdentifier(login)).constData());
            m_conn->exec(("DROP ROLE " + PgConnection::quoteIdentifier(login)).constData());
        }
        // Even the owner (a superuser here) is refused by the triggers.
        PgResult owner = m_conn->exec("DELETE FROM live.decisions");
        QVERIFY(!owner.ok());
        QVERIFY(owner.error().contains(QStringLiteral("append-only")));
        // Every change is in the event log with who made it.
        PgResult log = m_conn->exec("SELECT count(*), count(DISTINCT table_name) FROM live.event_log");
        QVERIFY(log.integer(0, 0) > 5);
    }

    void trainingIsSeparate()
    {
        CallStore training(*m_conn, StoreSchema::Training);
        Call c = makeCall(QStringLiteral("U-1"), QStringLiteral("MENTAL PERSON"),
                          QStringLiteral("crying on a bench"));
        const auto r = training.upsert(c, m_engine->triage(c));
        QVERIFY2(r.ok && r.created, qPrintable(r.error)); // the same CAD id is a different call in training
        QString error;
        const auto live = CallStore(*m_conn).list(false, &error);
        QVERIFY(error.isEmpty());
        for (const StoredCall &sc : live)
            QVERIFY(sc.call.narrative != c.narrative);
        QCOMPARE(training.list(false, &error).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TstCallStore)
#include "tst_callstore.moc"
