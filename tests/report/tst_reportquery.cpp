// The supervisors' figures (migration 0008 through ReportQuery) against a small fixture whose every figure is
// computed by hand in the comments below; the review's roles; append-only annotations; the call's story.

#include "report/qasample.h"
#include "report/reportquery.h"
#include "report/reviewaccess.h"
#include "testdatabase.h"

#include <QTest>

using namespace rr;

namespace {

// One decided call of the fixture.
struct Row
{
    const char *cad;
    const char *dispatcher;
    const char *category;
    const char *suggested;
    const char *chosen;
    const char *reason; // nullptr: accepted
    const char *unservedText;
    const char *unservedCode; // nullptr: none given
    const char *decidedAt;    // UTC
    double seconds;           // < 0: no receipt time
    const char *outcome;      // nullptr: none yet
};

// Hand-computed figures for 2026-01-10 (UTC) are in the test functions. C11 is outside the period.
const Row kFixture[] = {
    {"C1", "D1", "welfare_check", "unarmed", "unarmed", nullptr, "", nullptr, "2026-01-10 08:00:00+00", 30,
     "resolved_on_scene"},
    {"C2", "D1", "welfare_check", "unarmed", "police", "new_information", "", nullptr,
     "2026-01-10 08:30:00+00", 50, "arrest"},
    {"C3", "D1", "mental_health", "co_responder", "co_responder", nullptr, "", nullptr,
     "2026-01-10 09:00:00+00", 70, "police_backup_requested"},
    {"C4", "D2", "trespass", "unarmed", "unarmed", nullptr, "no unarmed team free", nullptr,
     "2026-01-10 09:10:00+00", 20, "referred"},
    {"C5", "D2", "noise", "police", "unarmed", "caller_request", "", nullptr, "2026-01-10 09:20:00+00", 40,
     "resolved_on_scene"},
    {"C6", "D2", "welfare_check", "unarmed", "unarmed", nullptr, "", nullptr, "2026-01-10 10:00:00+00", 90,
     "caller_refused"},
    {"C7", "D3", "theft", "police", "police", nullptr, "", nullptr, "2026-01-10 10:05:00+00", 10,
     "report_taken"},
    {"C8", "D3", "mental_health", "unarmed", "co_responder", "no_unit_free", "", nullptr,
     "2026-01-10 10:30:00+00", 100, "police_backup_requested"},
    {"C9", "D3", "intoxicated", "unarmed", "unarmed", nullptr, "no unarmed team free", "off_duty",
     "2026-01-10 10:45:00+00", 60, nullptr},
    {"C10", "D1", "welfare_check", "unarmed", "unarmed", nullptr, "", nullptr, "2026-01-10 11:00:00+00", -1,
     "resolved_on_scene"},
    {"C11", "D1", "welfare_check", "unarmed", "police", "other", "", nullptr, "2026-01-12 11:00:00+00", 5,
     nullptr},
};

} // namespace

class TestReportQuery : public QObject
{
    Q_OBJECT

private:
    test::TestDatabase m_db{QStringLiteral("report")};
    std::unique_ptr<PgConnection> m_conn;
    QHash<QString, qint64> m_decision; // cad id -> decision id
    ReportFilter m_day;

    void exec(const char *sql, const QList<PgParam> &params = {})
    {
        PgResult r = m_conn->exec(sql, params);
        QVERIFY2(r.ok(), qPrintable(r.error()));
    }

    std::unique_ptr<PgConnection> loginAs(const char *role, const QString &login)
    {
        m_conn->exec(("DROP ROLE IF EXISTS " + PgConnection::quoteIdentifier(login)).constData());
        PgResult r = m_conn->exec(("CREATE ROLE " + PgConnection::quoteIdentifier(login) +
                                   " LOGIN PASSWORD 'test-password' IN ROLE " + role)
                                      .constData());
        if (!r.ok())
            qWarning("%s", qPrintable(r.error()));
        QString error;
        auto c = PgConnection::open(m_db.uriAs(login), &error);
        if (!c)
            qWarning("%s", qPrintable(error));
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_db.ok(), qPrintable(m_db.error()));
        QString error;
        m_conn = m_db.migrated(&error);
        QVERIFY2(m_conn, qPrintable(error));
        exec("SET TimeZone = 'UTC'");
        for (const Row &row : kFixture) {
            const QDateTime decided = QDateTime::fromString(QString::fromLatin1(row.decidedAt).left(19),
                                                            QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            PgResult c = m_conn->exec(
                "INSERT INTO live.calls (cad_id, received_at, call_type, status) "
                "VALUES ($1, $2::timestamptz - make_interval(secs => $3::double precision), $4, 'decided') "
                "RETURNING id",
                {row.cad, row.seconds < 0 ? PgParam() : PgParam(QString::fromLatin1(row.decidedAt)),
                 row.seconds < 0 ? 0.0 : row.seconds, QByteArray(row.category).toUpper()});
            QVERIFY2(c.ok(), qPrintable(c.error()));
            const qint64 callId = c.integer(0, 0);
            PgResult s = m_conn->exec(
                "INSERT INTO live.suggestions (call_id, kind, ems, confidence, category, reasons, "
                "rules_version, "
                "created_at) VALUES ($1, $2, false, 0.8, $3, "
                "'[{\"rule\": \"category\", \"text\": \"Fixture\"}]', 'fixture', $4) RETURNING id",
                {callId, row.suggested, row.category, row.decidedAt});
            QVERIFY2(s.ok(), qPrintable(s.error()));
            PgResult d = m_conn->exec(
                "INSERT INTO live.decisions (call_id, request_id, suggestion_id, suggested_kind, "
                "chosen_kind, "
                "accepted, reason_code, unserved_reason, unserved_code, dispatcher, workstation, decided_at, "
                "seconds_from_receipt) VALUES ($1, gen_random_uuid(), $2, $3, $4, $5, $6, $7, $8, $9, "
                "'WS-1', "
                "$10, $11) RETURNING id",
                {callId, s.integer(0, 0), row.suggested, row.chosen, row.reason == nullptr,
                 row.reason ? PgParam(row.reason) : PgParam(), row.unservedText,
                 row.unservedCode ? PgParam(row.unservedCode) : PgParam(), row.dispatcher, row.decidedAt,
                 row.seconds < 0 ? PgParam() : PgParam(row.seconds)});
            QVERIFY2(d.ok(), qPrintable(d.error()));
            m_decision.insert(QString::fromLatin1(row.cad), d.integer(0, 0));
            if (row.outcome)
                exec("INSERT INTO live.outcomes (call_id, outcome, recorded_by, recorded_at) "
                     "VALUES ($1, $2, 'fixture', $3::timestamptz + interval '20 minutes')",
                     {callId, row.outcome, row.decidedAt});
            Q_UNUSED(decided);
        }
        ReviewRequest review{m_decision.value(QStringLiteral("C2")), QStringLiteral("appropriate"),
                             QStringLiteral("weapon mentioned"), QStringLiteral("S1")};
        ReportQuery q(*m_conn);
        QVERIFY(q.annotate(review).ok());
        review.decisionId = m_decision.value(QStringLiteral("C8"));
        review.verdict = QStringLiteral("training_needed");
        QVERIFY(q.annotate(review).ok());
        review.verdict = QStringLiteral("appropriate");
        QVERIFY(q.annotate(review).ok()); // a second look: the latest counts
        m_day.from = QDateTime(QDate(2026, 1, 10), QTime(0, 0), Qt::UTC);
        m_day.to = QDateTime(QDate(2026, 1, 11), QTime(0, 0), Qt::UTC);
    }

    void summary()
    {
        ReportQuery q(*m_conn);
        const auto s = q.summary(m_day);
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QCOMPARE(s->decisions, 10);
        QCOMPARE(s->overrides, 3);      // C2, C5, C8
        QCOMPARE(s->towardPolice, 2);   // C2 unarmed->police, C8 unarmed->co-responder
        QCOMPARE(s->awayFromPolice, 1); // C5 police->unarmed
        QCOMPARE(s->dispatchers, 3);
        QCOMPARE(s->eligible, 8); // all but C5 and C7 (suggested police)
        QCOMPARE(s->served, 3);   // C1, C3, C10
        QCOMPARE(s->unserved, 5); // C2 override, C4 no unit, C6 refused, C8 no unit, C9 off duty
        QCOMPARE(s->unservedWithReason, 5);
        QCOMPARE(s->alternativeDispatches, 8); // chosen unarmed or co-responder
        QCOMPARE(s->backups, 2);               // C3, C8
        QCOMPARE(s->timed, 9);                 // C10 has no receipt time
        // 10 20 30 40 50 60 70 90 100: p50 = 50; p90 at position 7.2 = 90 + 0.2 * 10
        QCOMPARE(*s->p50, 50.0);
        QCOMPARE(*s->p90, 92.0);
        QCOMPARE(s->within60s, 6);
        QCOMPARE(s->reviewed, 2); // C2, C8 (twice)
        QCOMPARE(s->overrideRate(), 0.3);
        QCOMPARE(s->backupRate(), 0.25);
    }

    void overridesBy_data()
    {
        QTest::addColumn<QString>("dimension");
        QTest::addColumn<QString>("expected"); // key:decisions/overrides ...
        QTest::newRow("dispatcher") << "dispatcher"
                                    << "D1:4/1 D2:3/1 D3:3/1";
        QTest::newRow("category") << "category"
                                  << "intoxicated:1/0 mental_health:2/1 noise:1/1 theft:1/0 trespass:1/0 "
                                     "welfare_check:4/1";
        QTest::newRow("hour") << "hour"
                              << "8:2/1 9:3/1 10:4/1 11:1/0";
    }
    void overridesBy()
    {
        QFETCH(QString, dimension);
        QFETCH(QString, expected);
        ReportQuery q(*m_conn);
        const auto rows = q.overridesBy(dimension, m_day);
        QVERIFY2(rows.ok(), qPrintable(rows.error()));
        QStringList got;
        for (const RateRow &r : rows.value())
            got.append(QStringLiteral("%1:%2/%3").arg(r.key).arg(r.decisions).arg(r.overrides));
        QCOMPARE(got.join(u' '), expected);
    }

    void reasonsAndUnserved()
    {
        ReportQuery q(*m_conn);
        const auto reasons = q.reasons(m_day);
        QVERIFY2(reasons.ok(), qPrintable(reasons.error()));
        QStringList got;
        for (const CountRow &r : reasons.value())
            got.append(QStringLiteral("%1:%2").arg(r.code).arg(r.count));
        QCOMPARE(got.join(u' '), QStringLiteral("new_information:1 caller_request:1 no_unit_free:1 "
                                                "safety_history:0 supervisor_direction:0 other:0"));
        const auto unserved = q.unserved(m_day);
        QVERIFY2(unserved.ok(), qPrintable(unserved.error()));
        got.clear();
        for (const CountRow &r : unserved.value())
            got.append(QStringLiteral("%1:%2").arg(r.code).arg(r.count));
        QCOMPARE(got.join(u' '),
                 QStringLiteral("off_duty:1 out_of_area:0 no_unit_free:2 dispatcher_override:1 "
                                "caller_refused:1 not_recorded:0"));
    }

    void timing()
    {
        ReportQuery q(*m_conn);
        const auto rows = q.timing(m_day);
        QVERIFY2(rows.ok(), qPrintable(rows.error()));
        // 08: 30 50; 09: 20 40 70; 10: 10 60 90 100; 11: C10 has no receipt time
        const QList<TimingRow> expected{{8, 2, 40, 48, 2}, {9, 3, 40, 64, 2}, {10, 4, 75, 97, 2}};
        QCOMPARE(rows.value().size(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(rows.value()[i].hour, expected[i].hour);
            QCOMPARE(rows.value()[i].timed, expected[i].timed);
            QCOMPARE(rows.value()[i].p50, expected[i].p50);
            QVERIFY(qAbs(rows.value()[i].p90 - expected[i].p90) < 1e-9);
            QCOMPARE(rows.value()[i].within60s, expected[i].within60s);
        }
    }

    void backupAndOutcomes()
    {
        ReportQuery q(*m_conn);
        const auto backup = q.backup(m_day);
        QVERIFY2(backup.ok(), qPrintable(backup.error()));
        const QList<BackupRow> expectedBackup{{QStringLiteral("unarmed"), 6, 0},
                                              {QStringLiteral("co_responder"), 2, 2}};
        QCOMPARE(backup.value(), expectedBackup);
        const auto outcomes = q.outcomes(m_day);
        QVERIFY2(outcomes.ok(), qPrintable(outcomes.error()));
        QStringList got;
        for (const OutcomeRow &r : outcomes.value())
            got.append(QStringLiteral("%1/%2:%3").arg(r.kind, r.outcome).arg(r.calls));
        QCOMPARE(got.join(u' '), QStringLiteral("unarmed/:1 unarmed/caller_refused:1 unarmed/referred:1 "
                                                "unarmed/resolved_on_scene:3 "
                                                "co_responder/police_backup_requested:2 police/arrest:1 "
                                                "police/report_taken:1"));
    }

    void filters_data()
    {
        QTest::addColumn<QString>("dispatcher");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("direction");
        QTest::addColumn<QString>("cads");
        QTest::newRow("dispatcher") << "D3"
                                    << ""
                                    << ""
                                    << ""
                                    << "C9 C8 C7";
        QTest::newRow("category") << ""
                                  << "mental_health"
                                  << ""
                                  << ""
                                  << "C8 C3";
        QTest::newRow("reason") << ""
                                << ""
                                << "no_unit_free"
                                << ""
                                << "C8";
        QTest::newRow("away") << ""
                              << ""
                              << ""
                              << "away_from_police"
                              << "C5";
        QTest::newRow("toward") << ""
                                << ""
                                << ""
                                << "toward_police"
                                << "C8 C2";
        QTest::newRow("combined") << "D1"
                                  << "welfare_check"
                                  << ""
                                  << "toward_police"
                                  << "C2";
    }
    void filters()
    {
        QFETCH(QString, dispatcher);
        QFETCH(QString, category);
        QFETCH(QString, reason);
        QFETCH(QString, direction);
        QFETCH(QString, cads);
        ReportFilter f = m_day;
        f.dispatcher = dispatcher;
        f.category = category;
        f.reason = reason;
        f.direction = direction;
        ReportQuery q(*m_conn);
        const auto rows = q.decisions(f, false);
        QVERIFY2(rows.ok(), qPrintable(rows.error()));
        QStringList got;
        for (const DecisionRow &r : rows.value())
            got.append(r.cadId);
        QCOMPARE(got.join(u' '), cads);
        const auto s = q.summary(f);
        QCOMPARE(s->decisions, got.size());
    }

    void decisionListCarriesReviewsAndOverridesOnly()
    {
        ReportQuery q(*m_conn);
        const auto rows = q.decisions(m_day, true);
        QVERIFY2(rows.ok(), qPrintable(rows.error()));
        QCOMPARE(rows.value().size(), 3);
        const DecisionRow &c8 = rows.value().at(0);
        QCOMPARE(c8.cadId, QStringLiteral("C8"));
        QCOMPARE(c8.verdict, QStringLiteral("appropriate")); // the latest of two
        QCOMPARE(c8.reviewer, QStringLiteral("S1"));
        QCOMPARE(c8.direction, 1);
        QCOMPARE(c8.unservedCode, QStringLiteral("no_unit_free"));
        QVERIFY(c8.backup);
        QCOMPARE(*c8.seconds, 100.0);
        QCOMPARE(rows.value().at(1).cadId, QStringLiteral("C5"));
        QVERIFY(rows.value().at(1).verdict.isEmpty());
        const auto one = q.decision(m_decision.value(QStringLiteral("C8")), m_day);
        QVERIFY(one.ok() && one.value().has_value());
        QCOMPARE(*one.value(), c8);
        ReportFilter other = m_day;
        other.dispatcher = QStringLiteral("D1");
        QVERIFY(!q.decision(m_decision.value(QStringLiteral("C8")), other).value().has_value());
    }

    void sampleFrameFlags()
    {
        ReportQuery q(*m_conn);
        const auto frame = q.sampleFrame(m_day);
        QVERIFY2(frame.ok(), qPrintable(frame.error()));
        QCOMPARE(frame.value().size(), 10);
        QHash<qint64, QString> flags;
        for (const SampleCandidate &c : frame.value())
            if (!c.flag.isEmpty())
                flags.insert(c.decisionId, c.flag);
        QCOMPARE(flags.size(), 3);
        QCOMPARE(flags.value(m_decision.value(QStringLiteral("C3"))), QStringLiteral("backup"));
        QCOMPARE(flags.value(m_decision.value(QStringLiteral("C8"))), QStringLiteral("backup"));
        QCOMPARE(flags.value(m_decision.value(QStringLiteral("C5"))), QStringLiteral("away_from_police"));
        const QaSample sample = drawSample(frame.value(), 7);
        const auto id = q.recordSample(m_day, 7, sample.decisionIds, QStringLiteral("S1"));
        QVERIFY2(id.ok(), qPrintable(id.error()));
        PgResult r = m_conn->exec("SELECT seed, cardinality(decision_ids) FROM live.qa_samples WHERE id = $1",
                                  {id.value()});
        QCOMPARE(r.integer(0, 0), 7);
        QCOMPARE(r.integer(0, 1), qint64(sample.decisionIds.size()));
    }

    void story()
    {
        ReportQuery q(*m_conn);
        const auto story = q.story(m_decision.value(QStringLiteral("C8")));
        QVERIFY2(story.ok(), qPrintable(story.error()));
        QCOMPARE(story->call.call.id, QStringLiteral("C8"));
        QCOMPARE(story->suggestions.size(), 1);
        QCOMPARE(story->outcomes.size(), 1);
        QCOMPARE(story->reviews.size(), 2);
        QVERIFY(story->call.decision.has_value());
        QVERIFY(!story->eventLog.isEmpty()); // the decision's and the outcome's audit rows at least
        const QList<StoryEvent> timeline = story->timeline();
        QVERIFY(timeline.size() >= 5);
        QVERIFY(timeline.first().what.startsWith(u"Call received"));
        for (int i = 1; i < timeline.size(); ++i)
            QVERIFY(timeline[i - 1].at <= timeline[i].at);
        QVERIFY(!q.story(-5).ok());
    }

    void rolesReviewAndAppendOnly()
    {
        const QString suffix = QString::number(QCoreApplication::applicationPid());
        const qint64 c2 = m_decision.value(QStringLiteral("C2"));
        struct Case
        {
            const char *role;
            bool allowed;
        };
        for (const Case c : {Case{"rr_dispatcher", false}, Case{"rr_supervisor", true},
                             Case{"rr_admin", true}, Case{"rr_trainer", false}}) {
            const QString login = QStringLiteral("%1_rv%2").arg(QString::fromLatin1(c.role), suffix);
            auto conn = loginAs(c.role, login);
            QVERIFY(conn);
            const ReviewAccess access = checkReviewAccess(*conn);
            QCOMPARE(access.allowed, c.allowed);
            QCOMPARE(access.login, login);
            if (!c.allowed)
                QVERIFY2(access.message.contains(u"supervisor"), qPrintable(access.message));
            ReportQuery q(*conn);
            const auto stored = q.annotate({c2, QStringLiteral("not_appropriate"), QString(), login});
            QVERIFY2(stored.ok() == c.allowed,
                     qPrintable(QString::fromLatin1(c.role) + u' ' + stored.error()));
            if (!c.allowed) {
                QVERIFY2(stored.error().contains(u"refused"), qPrintable(stored.error()));
            } else {
                PgResult who =
                    m_conn->exec("SELECT login FROM live.review_annotations WHERE id = $1", {stored.value()});
                QCOMPARE(who.text(0, 0), login); // whatever the program says, the login is the database's
                PgResult upd = conn->exec("UPDATE live.review_annotations SET verdict = 'appropriate'");
                QVERIFY(!upd.ok());
                PgResult del = conn->exec("DELETE FROM live.review_annotations");
                QVERIFY(!del.ok());
            }
            conn.reset();
            m_conn->exec(("DROP OWNED BY " + PgConnection::quoteIdentifier(login)).constData());
            m_conn->exec(("DROP ROLE " + PgConnection::quoteIdentifier(login)).constData());
        }
        // Not even the owner rewrites a review.
        QVERIFY(!m_conn->exec("UPDATE live.review_annotations SET comment = 'x'").ok());
        QVERIFY(!m_conn->exec("DELETE FROM live.review_annotations").ok());
        QVERIFY(checkReviewAccess(*m_conn).allowed);
        // Bad verdicts are refused.
        ReportQuery q(*m_conn);
        QVERIFY(!q.annotate({c2, QStringLiteral("fine"), QString(), QStringLiteral("S1")}).ok());
        QVERIFY(!q.annotate({c2, QStringLiteral("appropriate"), QString(), QString()}).ok());
    }

    void factsFollowLateOutcomes()
    {
        // A decision stored before its outcome: the facts take the outcome when it comes.
        exec("INSERT INTO live.calls (cad_id, received_at, call_type) VALUES ('L1', '2026-01-10 12:00+00', "
             "'X')");
        exec("INSERT INTO live.decisions (call_id, request_id, suggested_kind, chosen_kind, accepted, "
             "dispatcher, "
             "decided_at, seconds_from_receipt) SELECT id, gen_random_uuid(), 'unarmed', 'unarmed', true, "
             "'D9', "
             "'2026-01-10 12:01+00', 60 FROM live.calls WHERE cad_id = 'L1'");
        ReportFilter f = m_day;
        f.dispatcher = QStringLiteral("D9");
        ReportQuery q(*m_conn);
        QCOMPARE(q.summary(f)->served, 1);
        exec("INSERT INTO live.outcomes (call_id, outcome, recorded_by) SELECT id, 'cancelled', 't' "
             "FROM live.calls WHERE cad_id = 'L1'");
        QCOMPARE(q.summary(f)->served, 0);
        QCOMPARE(q.unserved(f)->at(4).count, 1); // caller_refused
        exec("INSERT INTO live.outcomes (call_id, outcome, recorded_by) SELECT id, "
             "'police_backup_requested', 't' "
             "FROM live.calls WHERE cad_id = 'L1'");
        QCOMPARE(q.summary(f)->backups, 1);
    }

    void outliers_data()
    {
        QTest::addColumn<qint64>("decisions");
        QTest::addColumn<qint64>("overrides");
        QTest::addColumn<bool>("outlier");
        // overall 12%: a few decisions never mark, however high
        QTest::newRow("n 29, all overridden") << qint64(29) << qint64(29) << false;
        QTest::newRow("n 30, 12%") << qint64(30) << qint64(4) << false;
        QTest::newRow("n 100, 30%") << qint64(100) << qint64(30) << true;
        QTest::newRow("n 100, 18%") << qint64(100) << qint64(18) << false;   // z = 1.85
        QTest::newRow("n 1000, 15%") << qint64(1000) << qint64(150) << true; // z = 2.92
        QTest::newRow("n 400, 3%") << qint64(400) << qint64(12) << false;
    }
    void outliers()
    {
        QFETCH(qint64, decisions);
        QFETCH(qint64, overrides);
        QFETCH(bool, outlier);
        QList<RateRow> rows{{QStringLiteral("X"), decisions, overrides}};
        markOutliers(rows, 0.12);
        QCOMPARE(rows.first().outlier, outlier);
    }
};

QTEST_GUILESS_MAIN(TestReportQuery)
#include "tst_reportquery.moc"
