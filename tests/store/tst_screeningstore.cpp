// ScreeningStore and the screening schema (migration 0006) against a real PostgreSQL database: answers stored
// append-only with who, where and when; the call triaged again with all its answers (the latest per question
// wins, the CAD's own answers are overlaid) and its new suggestion read back; a replayed request stores
// nothing twice; the needs-screening mark round trip through upsert and the bulk importer; a decision still
// binds to the suggestion shown; least privilege and the append-only triggers.

#include "domain/rulesetloader.h"
#include "domain/triageengine.h"
#include "store/callimporter.h"
#include "store/callstore.h"
#include "store/screeningstore.h"
#include "testdatabase.h"

#include <QTest>

using namespace rr;

namespace {

const char *statusName(ScreenOutcome::Status status)
{
    static const char *const names[] = {"Stored", "UnknownCall", "Invalid", "Failed"};
    return names[int(status)];
}

const char *decideName(DecideOutcome::Status status)
{
    static const char *const names[] = {"Stored", "AlreadyDecided", "UnknownCall", "Invalid", "Failed"};
    return names[int(status)];
}

Call makeCall(const QString &id, const QString &type, const QString &narrative)
{
    Call c;
    c.id = id;
    c.callType = type;
    c.narrative = narrative;
    c.receivedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    c.address = QStringLiteral("300 BLOCK OF W MAIN ST");
    c.beat = QStringLiteral("212");
    c.priority = 3;
    return c;
}

ScreeningRequest request(const QString &cadId, QList<ScreeningAnswer> answers,
                         const QString &dispatcher = QStringLiteral("D7"))
{
    return {QUuid::createUuid(), cadId, std::move(answers), dispatcher, QStringLiteral("WS-7")};
}

DecisionRequest acceptance(const QString &cadId)
{
    DecisionRequest q;
    q.requestId = QUuid::createUuid();
    q.cadId = cadId;
    q.accepted = true;
    q.dispatcher = QStringLiteral("D7");
    return q;
}

} // namespace

class TstScreeningStore : public QObject
{
    Q_OBJECT
private:
    test::TestDatabase m_db{QStringLiteral("screening")};
    std::unique_ptr<PgConnection> m_conn;
    std::unique_ptr<TriageEngine> m_engine;
    bool m_refusalCalls = false;

    void store(const Call &c)
    {
        const auto r = CallStore(*m_conn).upsert(c, m_engine->triage(c));
        QVERIFY2(r.ok, qPrintable(r.error));
    }
    StoredCall find(const QString &cadId)
    {
        QString error;
        const auto found = CallStore(*m_conn).find(cadId, &error);
        if (!found)
            qWarning("%s not found: %s", qPrintable(cadId), qPrintable(error));
        return found.value_or(StoredCall{});
    }
    qint64 count(const char *sql, const QString &cadId) { return m_conn->exec(sql, {cadId}).integer(0, 0); }

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

    void answersAreStoredAndTheCallTriagedAgain()
    {
        store(makeCall(QStringLiteral("S-1"), QStringLiteral("WELFARE CHECK"),
                       QStringLiteral("neighbour has not seen her in two days")));
        const StoredCall before = find(QStringLiteral("S-1"));
        QVERIFY(before.suggestion);
        QCOMPARE(toString(before.suggestion->kind), QStringLiteral("unarmed"));
        QVERIFY(before.screeningAnswers.isEmpty());

        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-1);
        const ScreeningRequest q = request(QStringLiteral("S-1"), {{Screen::Weapon, Answer::Yes}});
        const ScreenOutcome r = ScreeningStore(*m_conn).screen(q, *m_engine);
        QCOMPARE(statusName(r.status), statusName(ScreenOutcome::Status::Stored));
        QVERIFY(!r.replayed);
        // The outcome is the call as every console reads it: the new suggestion, the answer and who gave it.
        QVERIFY(r.call.suggestion);
        QCOMPARE(toString(r.call.suggestion->kind), QStringLiteral("police"));
        QVERIFY(r.call.suggestionId > before.suggestionId);
        QCOMPARE(toString(r.call.call.screening[Screen::Weapon]), toString(Answer::Yes));
        QCOMPARE(r.call.screeningAnswers.size(), 1);
        const ScreeningRecord &rec = r.call.screeningAnswers.first();
        QCOMPARE(rec.question, Screen::Weapon);
        QCOMPARE(toString(rec.answer), toString(Answer::Yes));
        QCOMPARE(rec.dispatcher, QStringLiteral("D7"));
        QCOMPARE(rec.workstation, QStringLiteral("WS-7"));
        QVERIFY(rec.answeredAt >= start && rec.answeredAt <= QDateTime::currentDateTimeUtc().addSecs(1));

        // Read back: the same, and the row says which suggestion the answer produced.
        const StoredCall after = find(QStringLiteral("S-1"));
        QCOMPARE(after.suggestionId, r.call.suggestionId);
        QCOMPARE(after.screeningAnswers, r.call.screeningAnswers);
        QVERIFY(after.suggestion == r.call.suggestion);
        PgResult row = m_conn->exec(
            "SELECT a.question, a.answer, a.dispatcher, a.workstation, a.suggestion_id, a.request_id::text"
            " FROM live.screening_answers a JOIN live.calls c ON c.id = a.call_id WHERE c.cad_id = 'S-1'");
        QCOMPARE(row.rows(), 1);
        QCOMPARE(row.text(0, 0), QStringLiteral("weapon"));
        QCOMPARE(row.text(0, 1), QStringLiteral("yes"));
        QCOMPARE(row.integer(0, 4), r.call.suggestionId);
        QCOMPARE(QUuid::fromString(row.text(0, 5)), q.requestId);
        // The CAD's own columns still say what the CAD sent.
        QCOMPARE(count("SELECT count(*) FROM live.calls WHERE cad_id = $1 AND weapon = 'unknown'",
                       QStringLiteral("S-1")),
                 1);
    }

    void theLatestAnswerPerQuestionWins()
    {
        Call c = makeCall(QStringLiteral("S-2"), QStringLiteral("WELFARE CHECK"),
                          QStringLiteral("man sitting in the rain, not answering questions"));
        c.screening[Screen::Violence] = Answer::Yes; // the call-taker's answer, from the CAD
        store(c);
        QCOMPARE(toString(find(QStringLiteral("S-2")).suggestion->kind), QStringLiteral("police"));
        ScreeningStore screening(*m_conn);
        // One request may answer a question twice: the last answer is the one stored.
        ScreenOutcome r = screening.screen(request(QStringLiteral("S-2"), {{Screen::Weapon, Answer::Yes},
                                                                           {Screen::Violence, Answer::No},
                                                                           {Screen::Weapon, Answer::No}}),
                                           *m_engine);
        QCOMPARE(statusName(r.status), statusName(ScreenOutcome::Status::Stored));
        QCOMPARE(toString(r.call.call.screening[Screen::Weapon]), toString(Answer::No));
        QCOMPARE(toString(r.call.call.screening[Screen::Violence]),
                 toString(Answer::No)); // overrides the CAD's yes
        QCOMPARE(toString(r.call.suggestion->kind), QStringLiteral("unarmed"));
        QCOMPARE(count("SELECT count(*) FROM live.screening_answers a JOIN live.calls c ON c.id = a.call_id"
                       " WHERE c.cad_id = $1",
                       QStringLiteral("S-2")),
                 2);
        // A later request at another console: its answer wins, the other question keeps its answer.
        r = screening.screen(
            request(QStringLiteral("S-2"), {{Screen::Weapon, Answer::Yes}}, QStringLiteral("D8")), *m_engine);
        QCOMPARE(statusName(r.status), statusName(ScreenOutcome::Status::Stored));
        const StoredCall now = find(QStringLiteral("S-2"));
        QCOMPARE(toString(now.call.screening[Screen::Weapon]), toString(Answer::Yes));
        QCOMPARE(toString(now.call.screening[Screen::Violence]), toString(Answer::No));
        QCOMPARE(toString(now.suggestion->kind), QStringLiteral("police"));
        QCOMPARE(now.screeningAnswers.size(), 2);
        QCOMPARE(now.screeningAnswers.at(0).dispatcher, QStringLiteral("D8")); // weapon, latest
        QCOMPARE(now.screeningAnswers.at(1).dispatcher, QStringLiteral("D7")); // violence
        // "unknown" is an answer too: the question is open again.
        r = screening.screen(request(QStringLiteral("S-2"), {{Screen::Weapon, Answer::Unknown}}), *m_engine);
        QCOMPARE(toString(find(QStringLiteral("S-2")).call.screening[Screen::Weapon]),
                 toString(Answer::Unknown));
        // Every answer stays in the table: the audit trail has all four.
        QCOMPARE(count("SELECT count(*) FROM live.screening_answers a JOIN live.calls c ON c.id = a.call_id"
                       " WHERE c.cad_id = $1",
                       QStringLiteral("S-2")),
                 4);
    }

    void aReplayedRequestStoresNothingTwice()
    {
        store(makeCall(QStringLiteral("S-3"), QStringLiteral("NOISE COMPLAINT"),
                       QStringLiteral("loud music from the apartment above")));
        ScreeningStore screening(*m_conn);
        const ScreeningRequest q = request(QStringLiteral("S-3"), {{Screen::Violence, Answer::Yes}});
        const ScreenOutcome first = screening.screen(q, *m_engine);
        QCOMPARE(statusName(first.status), statusName(ScreenOutcome::Status::Stored));
        const ScreenOutcome again = screening.screen(q, *m_engine);
        QCOMPARE(statusName(again.status), statusName(ScreenOutcome::Status::Stored));
        QVERIFY(again.replayed);
        QCOMPARE(again.call.suggestionId, first.call.suggestionId);
        QCOMPARE(count("SELECT count(*) FROM live.suggestions s JOIN live.calls c ON c.id = s.call_id"
                       " WHERE c.cad_id = $1",
                       QStringLiteral("S-3")),
                 2); // the intake's and the screening's
        QCOMPARE(count("SELECT count(*) FROM live.screening_answers a JOIN live.calls c ON c.id = a.call_id"
                       " WHERE c.cad_id = $1",
                       QStringLiteral("S-3")),
                 1);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("cadId");
        QTest::addColumn<QString>("dispatcher");
        QTest::addColumn<bool>("withAnswer");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown call")
            << QStringLiteral("NOPE") << QStringLiteral("D7") << true
            << int(ScreenOutcome::Status::UnknownCall) << QStringLiteral("no call NOPE");
        QTest::newRow("closed call") << QStringLiteral("S-4") << QStringLiteral("D7") << true
                                     << int(ScreenOutcome::Status::Invalid) << QStringLiteral("closed");
        QTest::newRow("no dispatcher") << QStringLiteral("S-5") << QString() << true
                                       << int(ScreenOutcome::Status::Invalid) << QStringLiteral("dispatcher");
        QTest::newRow("no answer") << QStringLiteral("S-5") << QStringLiteral("D7") << false
                                   << int(ScreenOutcome::Status::Invalid)
                                   << QStringLiteral("no screening answer");
    }

    void refusals()
    {
        QFETCH(QString, cadId);
        QFETCH(QString, dispatcher);
        QFETCH(bool, withAnswer);
        QFETCH(int, status);
        QFETCH(QString, mentions);
        if (!m_refusalCalls) {
            m_refusalCalls = true;
            store(makeCall(QStringLiteral("S-4"), QStringLiteral("TRESPASS"), QStringLiteral("man asleep")));
            QString error;
            QVERIFY2(CallStore(*m_conn).close(QStringLiteral("S-4"), QStringLiteral("gone_on_arrival"), {},
                                              QStringLiteral("D7"), &error),
                     qPrintable(error));
            store(makeCall(QStringLiteral("S-5"), QStringLiteral("TRESPASS"), QStringLiteral("man asleep")));
        }
        const qint64 before = m_conn->exec("SELECT count(*) FROM live.suggestions").integer(0, 0);
        ScreeningRequest q = request(cadId, {}, dispatcher);
        if (withAnswer)
            q.answers = {{Screen::Weapon, Answer::No}};
        const ScreenOutcome r = ScreeningStore(*m_conn).screen(q, *m_engine);
        QCOMPARE(statusName(r.status), statusName(ScreenOutcome::Status(status)));
        QVERIFY2(r.message.contains(mentions), qPrintable(r.message));
        QCOMPARE(m_conn->exec("SELECT count(*) FROM live.suggestions").integer(0, 0), before);
    }

    void needsScreeningIsWrittenAndReadBack()
    {
        // The engine sets the mark for calls it cannot judge; here it is set by hand.
        Call c = makeCall(QStringLiteral("N-1"), QStringLiteral("INVESTIGATE"), QString());
        Suggestion s = m_engine->triage(c);
        s.needsScreening = true;
        QVERIFY(CallStore(*m_conn).upsert(c, s).ok);
        QVERIFY(find(QStringLiteral("N-1")).suggestion->needsScreening);
        Call plain = makeCall(QStringLiteral("N-2"), QStringLiteral("INVESTIGATE"), QString());
        Suggestion unmarked = m_engine->triage(plain);
        unmarked.needsScreening = false;
        QVERIFY(CallStore(*m_conn).upsert(plain, unmarked).ok);
        QVERIFY(!find(QStringLiteral("N-2")).suggestion->needsScreening);

        // The bulk importer writes it too.
        {
            CallImporter importer(*m_conn);
            QCOMPARE(int(importer.add(makeCall(QStringLiteral("N-3"), QStringLiteral("INVESTIGATE"), {}), s)),
                     int(CallImporter::AddResult::Added));
            QCOMPARE(int(importer.add(makeCall(QStringLiteral("N-4"), QStringLiteral("INVESTIGATE"), {}),
                                      unmarked)),
                     int(CallImporter::AddResult::Added));
            QVERIFY2(importer.finish(), qPrintable(importer.error()));
        }
        QVERIFY(find(QStringLiteral("N-3")).suggestion->needsScreening);
        QVERIFY(!find(QStringLiteral("N-4")).suggestion->needsScreening);
        // And the list every console loads.
        QString error;
        int marked = 0;
        for (const StoredCall &sc : CallStore(*m_conn).list(true, &error))
            marked += sc.suggestion && sc.suggestion->needsScreening ? 1 : 0;
        QVERIFY(error.isEmpty());
        QCOMPARE(marked, 2);
    }

    void aDecisionStillBindsToTheSuggestionShown()
    {
        store(makeCall(QStringLiteral("B-1"), QStringLiteral("WELFARE CHECK"),
                       QStringLiteral("elderly woman confused on the sidewalk")));
        CallStore calls(*m_conn);
        const qint64 shown = find(QStringLiteral("B-1")).suggestionId;
        const ScreeningRequest screened = request(QStringLiteral("B-1"), {{Screen::Weapon, Answer::Yes}});
        QCOMPARE(statusName(ScreeningStore(*m_conn).screen(screened, *m_engine).status),
                 statusName(ScreenOutcome::Status::Stored));
        // Decided on the suggestion from before the answer: refused, look again.
        DecisionRequest q = acceptance(QStringLiteral("B-1"));
        q.expectedSuggestionId = shown;
        DecideOutcome d = calls.decide(q);
        QCOMPARE(decideName(d.status), decideName(DecideOutcome::Status::Invalid));
        QVERIFY2(d.message.contains(QStringLiteral("triaged again")), qPrintable(d.message));
        // Bound to the screening whose suggestion was shown (offline): stored, police.
        DecisionRequest unknown = acceptance(QStringLiteral("B-1"));
        unknown.expectedScreeningId = QUuid::createUuid(); // answers that never reached the database
        d = calls.decide(unknown);
        QCOMPARE(decideName(d.status), decideName(DecideOutcome::Status::Invalid));
        QVERIFY2(d.message.contains(QStringLiteral("triaged again")), qPrintable(d.message));
        q = acceptance(QStringLiteral("B-1"));
        q.expectedScreeningId = screened.requestId;
        d = calls.decide(q);
        QCOMPARE(decideName(d.status), decideName(DecideOutcome::Status::Stored));
        QCOMPARE(toString(d.decision.chosenKind), QStringLiteral("police"));
    }

    void aCadUpdateKeepsTheDispatchersAnswers()
    {
        Call c = makeCall(QStringLiteral("U-1"), QStringLiteral("WELFARE CHECK"),
                          QStringLiteral("man lying on the bench"));
        store(c);
        QCOMPARE(
            statusName(ScreeningStore(*m_conn)
                           .screen(request(QStringLiteral("U-1"), {{Screen::Weapon, Answer::Yes}}), *m_engine)
                           .status),
            statusName(ScreenOutcome::Status::Stored));
        c.narrative += QStringLiteral(", now sitting up");
        const auto r = CallStore(*m_conn).upsert(c, m_engine->triage(c), m_engine.get());
        QVERIFY2(r.ok && r.changed, qPrintable(r.error));
        const StoredCall now = find(QStringLiteral("U-1"));
        QCOMPARE(now.call.narrative, c.narrative);
        QCOMPARE(toString(now.call.screening[Screen::Weapon]), toString(Answer::Yes));
        QCOMPARE(toString(now.suggestion->kind), QStringLiteral("police"));
    }

    void privilegesAndTheAppendOnlyTrail()
    {
        store(makeCall(QStringLiteral("P-1"), QStringLiteral("PANHANDLING"),
                       QStringLiteral("man asking drivers for money")));
        QCOMPARE(
            statusName(ScreeningStore(*m_conn)
                           .screen(request(QStringLiteral("P-1"), {{Screen::Weapon, Answer::No}}), *m_engine)
                           .status),
            statusName(ScreenOutcome::Status::Stored));
        // Not even the owner rewrites an answer.
        for (const char *statement :
             {"UPDATE live.screening_answers SET answer = 'no'", "DELETE FROM live.screening_answers",
              "TRUNCATE live.screening_answers"}) {
            PgResult r = m_conn->exec(statement);
            QVERIFY2(!r.ok(), statement);
            QVERIFY2(r.error().contains(QStringLiteral("append-only")), qPrintable(r.error()));
        }

        const QString suffix = QString::number(QCoreApplication::applicationPid());
        struct Expect
        {
            const char *role;
            bool screensLive;
            bool readsLive;
            bool screensTraining;
        };
        for (const Expect &e :
             {Expect{"rr_dispatcher", true, true, true}, Expect{"rr_supervisor", false, true, false},
              Expect{"rr_intake", false, false, false}, Expect{"rr_trainer", false, false, true},
              Expect{"rr_admin", true, true, true}}) {
            const QString login = QStringLiteral("%1_s%2").arg(QString::fromLatin1(e.role), suffix);
            m_conn->exec(("DROP ROLE IF EXISTS " + PgConnection::quoteIdentifier(login)).constData());
            QVERIFY(m_conn
                        ->exec(("CREATE ROLE " + PgConnection::quoteIdentifier(login) +
                                " LOGIN PASSWORD 'test-password' IN ROLE " + e.role)
                                   .constData())
                        .ok());
            const QString cad = QStringLiteral("P-") + QString::fromLatin1(e.role);
            store(makeCall(cad, QStringLiteral("NOISE"), QStringLiteral("music from the apartment above")));
            QVERIFY(
                CallStore(*m_conn, StoreSchema::Training)
                    .upsert(makeCall(cad, QStringLiteral("NOISE"), QStringLiteral("music")),
                            m_engine->triage(makeCall(cad, QStringLiteral("NOISE"), QStringLiteral("music"))))
                    .ok);
            QString error;
            auto c = PgConnection::open(m_db.uriAs(login), &error);
            QVERIFY2(c, qPrintable(error));
            const ScreenOutcome live = ScreeningStore(*c).screen(
                request(cad, {{Screen::Violence, Answer::Yes}}, QString::fromLatin1(e.role)), *m_engine);
            QVERIFY2((live.status == ScreenOutcome::Status::Stored) == e.screensLive,
                     qPrintable(QString::fromLatin1(e.role) + u' ' + live.message));
            const ScreenOutcome training =
                ScreeningStore(*c, StoreSchema::Training)
                    .screen(request(cad, {{Screen::Violence, Answer::Yes}}, QString::fromLatin1(e.role)),
                            *m_engine);
            QVERIFY2((training.status == ScreenOutcome::Status::Stored) == e.screensTraining,
                     qPrintable(QString::fromLatin1(e.role) + u' ' + training.message));
            QCOMPARE(c->exec("SELECT count(*) FROM live.screening_answers").ok(), e.readsLive);
            for (const char *statement :
                 {"UPDATE live.screening_answers SET answer = 'no'", "DELETE FROM live.screening_answers",
                  "UPDATE training.screening_answers SET answer = 'no'",
                  "DELETE FROM training.screening_answers"}) {
                PgResult r = c->exec(statement);
                QVERIFY2(!r.ok(), statement);
                QCOMPARE(r.sqlState(), QStringLiteral("42501")); // insufficient privilege
            }
            c.reset();
            m_conn->exec(("DROP OWNED BY " + PgConnection::quoteIdentifier(login)).constData());
            m_conn->exec(("DROP ROLE " + PgConnection::quoteIdentifier(login)).constData());
        }
        // Each answer is in the event log with who gave it.
        PgResult log =
            m_conn->exec("SELECT count(*) FROM live.event_log WHERE table_name = 'screening_answers'"
                         " AND actor <> ''");
        QVERIFY(log.integer(0, 0) >= 3);
    }
};

QTEST_GUILESS_MAIN(TstScreeningStore)
#include "tst_screeningstore.moc"
