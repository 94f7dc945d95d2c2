// The review's roll-ups (migration 0013) give exactly the figures of a direct count over the decisions: every
// figure function of migration 0008 as it was (recreated from its migration file in a schema of its own) is
// compared, row for row and digit for digit, with the same function read through the roll-ups, for several
// filters and periods (whole months, edges that cut a day, local days of other time zones, one day, none),
// on a database that held the history before the roll-ups were added (the back-fill), then after rows were
// added, changed and rebuilt (pending changes), and after those were folded in. And the roll-ups keep the
// review's privileges: a dispatcher can neither read nor write them.

#include "report/historyseeder.h"
#include "report/reportquery.h"
#include "testdatabase.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace rr;

namespace {

// The figure functions of migration 0008 with their arguments after the filter's six ($1..$6).
struct Figure
{
    const char *function;
    const char *dimension; // report_overrides_by's first argument, else nullptr
};
const Figure kFigures[] = {{"report_summary", nullptr},         {"report_overrides_by", "dispatcher"},
                           {"report_overrides_by", "category"}, {"report_overrides_by", "hour"},
                           {"report_reasons", nullptr},         {"report_unserved", nullptr},
                           {"report_timing", nullptr},          {"report_backup", nullptr},
                           {"report_outcomes", nullptr}};

// Migration 0008's figure functions, created as old08.report_* over the live tables.
QByteArray figuresOf0008(QString *error)
{
    QFile file(QStringLiteral(":/migrations/0008_review.sql"));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    const QByteArray all = file.readAll();
    const qsizetype from = all.indexOf("CREATE FUNCTION report_rows(");
    const qsizetype to = all.indexOf("-- The decisions of the period, newest first");
    if (from < 0 || to < from) {
        *error = QStringLiteral("migration 0008 no longer holds the figure functions");
        return {};
    }
    QByteArray sql = all.mid(from, to - from);
    sql.replace(":schema.report_rows", "old08.report_rows");
    sql.replace(":schema.", "live.");
    sql.replace("CREATE FUNCTION report_", "CREATE FUNCTION old08.report_");
    return "CREATE SCHEMA old08;\n" + sql;
}

} // namespace

class TestReportRollup : public QObject
{
    Q_OBJECT

private:
    test::TestDatabase m_db{QStringLiteral("rollup")};
    std::unique_ptr<PgConnection> m_conn;
    QString m_category; // the most frequent category of the history

    void exec(const char *sql)
    {
        PgResult r = m_conn->exec(sql);
        QVERIFY2(r.ok(), qPrintable(r.error()));
    }
    qint64 count(const char *sql)
    {
        PgResult r = m_conn->exec(sql);
        return r.ok() ? r.integer(0, 0) : -1;
    }

    // Every figure of one filter, old and rolled up, as text; the first difference fails the test.
    void compareFigures(const ReportFilter &f)
    {
        auto text = [](const QString &s) { return s.isEmpty() ? PgParam() : PgParam(s); };
        for (const Figure &figure : kFigures) {
            QList<PgParam> params{PgParam(f.from),  PgParam(f.to),  text(f.dispatcher),
                                  text(f.category), text(f.reason), text(f.direction)};
            QByteArray args = "$1, $2, $3, $4, $5, $6";
            if (figure.dimension) {
                params.prepend(PgParam(figure.dimension));
                args = "$1, $2, $3, $4, $5, $6, $7";
            }
            auto rows = [&](const char *schema) {
                const QByteArray sql = "SELECT coalesce(string_agg(t::text, ' | '), '') FROM " +
                                       QByteArray(schema) + "." + figure.function + "(" + args + ") t";
                PgResult r = m_conn->exec(sql.constData(), params);
                return r.ok() ? r.text(0, 0) : QStringLiteral("error: ") + r.error();
            };
            const QString direct = rows("old08");
            const QString rolled = rows("live");
            QVERIFY2(!direct.startsWith(u"error"), qPrintable(direct));
            QVERIFY2(rolled == direct,
                     qPrintable(QStringLiteral("%1 (%2): %3\n  direct: %4")
                                    .arg(QString::fromLatin1(figure.function),
                                         QString::fromLatin1(figure.dimension), rolled, direct)));
        }
    }

    // Every filter of the data set over a period.
    QList<ReportFilter> filtersOver(const QDateTime &from, const QDateTime &to) const
    {
        QList<ReportFilter> out;
        const QString none, d03 = QStringLiteral("D03"), d08 = QStringLiteral("D08");
        const QString reason = QStringLiteral("new_information"), toward = QStringLiteral("toward_police"),
                      away = QStringLiteral("away_from_police");
        const QString filters[][4] = {{none, none, none, none},       {d03, none, none, none},
                                      {none, m_category, none, none}, {none, none, reason, none},
                                      {none, none, none, toward},     {none, none, none, away},
                                      {d08, m_category, none, toward}};
        for (const auto &f : filters)
            out.append({from, to, f[0], f[1], f[2], f[3]});
        return out;
    }

    void compareEverywhere()
    {
        for (const auto &[from, to] : periods())
            for (const ReportFilter &f : filtersOver(from, to)) {
                compareFigures(f);
                if (QTest::currentTestFailed()) {
                    qWarning("period %s to %s, filter %s/%s/%s/%s", qPrintable(from.toString(Qt::ISODate)),
                             qPrintable(to.toString(Qt::ISODate)), qPrintable(f.dispatcher),
                             qPrintable(f.category), qPrintable(f.reason), qPrintable(f.direction));
                    return;
                }
            }
    }

    static QList<std::pair<QDateTime, QDateTime>> periods()
    {
        auto utc = [](int y, int m, int d, int h = 0, int min = 0) {
            return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
        };
        const QTimeZone chicago("America/Chicago");
        const QTimeZone kolkata("Asia/Kolkata");
        return {
            {utc(2025, 12, 1), utc(2026, 2, 1)},                // two whole months
            {utc(2025, 12, 3, 13, 27), utc(2026, 2, 10, 6, 5)}, // edges that cut a day
            {QDateTime(QDate(2026, 1, 1), QTime(0, 0), chicago),
             QDateTime(QDate(2026, 2, 1), QTime(0, 0), chicago)}, // a local month of another zone
            {QDateTime(QDate(2025, 12, 15), QTime(0, 0), kolkata),
             QDateTime(QDate(2026, 1, 20), QTime(0, 0), kolkata)}, // half-hour offset
            {utc(2026, 1, 5, 8), utc(2026, 1, 5, 17)},             // inside one day
            {utc(2026, 1, 10), utc(2026, 1, 10)},                  // empty
            {utc(2025, 1, 1), utc(2027, 1, 1)},                    // beyond the data on both sides
        };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_db.ok(), qPrintable(m_db.error()));
        QString error;
        m_conn = m_db.connect(&error);
        QVERIFY2(m_conn, qPrintable(error));
        // The schema as it was before the roll-ups, with history in it.
        const auto before = Migrator::migrate(*m_conn, 8);
        QVERIFY2(before.ok(), qPrintable(before.error()));
        QCOMPARE(before->toVersion, 8);
        exec("INSERT INTO live.units (id, name, kind) VALUES ('CRT-1', 'CRT 1', 'unarmed'), "
             "('CO-1', 'CO 1', 'co_responder'), ('P-1', 'P 1', 'police')");
        exec("SET TimeZone = 'America/Chicago'"); // the facts' hours are the centre's, not UTC's
        HistoryOptions o;
        o.days = 75;
        o.end = QDateTime(QDate(2026, 2, 15), QTime(0, 0), Qt::UTC);
        o.callsPerDay = 40;
        o.seed = 11;
        const auto seeded = HistorySeeder(*m_conn).seed(o);
        QVERIFY2(seeded.ok(), qPrintable(seeded.error()));
        QVERIFY(seeded->calls > 2500);
        exec("INSERT INTO live.review_annotations (decision_id, verdict, reviewer) "
             "SELECT id, 'appropriate', 'S1' FROM live.decisions WHERE id % 37 = 0");
        const QByteArray old = figuresOf0008(&error);
        QVERIFY2(!old.isEmpty(), qPrintable(error));
        exec(old.constData());
        PgResult top = m_conn->exec(
            "SELECT category FROM live.decision_facts GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1");
        QVERIFY2(top.ok() && top.rows() == 1, qPrintable(top.error()));
        m_category = top.text(0, 0);
        // Now the roll-ups: the migration builds them from the history already there.
        const auto after = Migrator::migrate(*m_conn);
        QVERIFY2(after.ok(), qPrintable(after.error()));
        QCOMPARE(after->toVersion, Migrator::latestVersion());
    }

    void backFillBuildsEveryDayAndMonth()
    {
        QCOMPARE(count("SELECT count(*) FROM live.report_rollup_pending"), 0);
        QCOMPARE(count("SELECT count(*) FROM live.report_rollup_buckets WHERE NOT built"), 0);
        QCOMPARE(count("SELECT count(*) FROM live.report_rollup_buckets WHERE level = 'd'"),
                 count("SELECT count(DISTINCT live.report_day(decided_at)) FROM live.decision_facts"));
        QCOMPARE(count("SELECT count(*) FROM live.report_rollup_buckets WHERE level = 'm'"), 3);
        // The two whole months are read from their buckets, the days of the cut period from theirs, and only
        // the cut days' parts from the decisions.
        QCOMPARE(count("SELECT count(*) FROM live.report_spans('2025-12-01+00', '2026-02-01+00', true, true) "
                       "WHERE level = 'm'"),
                 2);
        PgResult cut =
            m_conn->exec("SELECT count(*) FILTER (WHERE level = 'd'), count(*) FILTER (WHERE level = 'm'), "
                         "string_agg(to_char(lo AT TIME ZONE 'UTC', 'MM-DD HH24:MI') || ' to ' || "
                         "           to_char(hi AT TIME ZONE 'UTC', 'MM-DD HH24:MI'), ', ' ORDER BY lo) "
                         "    FILTER (WHERE level = 'r') "
                         "FROM live.report_spans('2025-12-03 13:27+00', '2026-02-10 06:05+00', true, true)");
        QVERIFY2(cut.ok(), qPrintable(cut.error()));
        QCOMPARE(cut.integer(0, 1), 1);  // January
        QCOMPARE(cut.integer(0, 0), 37); // 4-31 December, 1-9 February
        QCOMPARE(cut.text(0, 2), QStringLiteral("12-03 13:27 to 12-04 00:00, 02-10 00:00 to 02-10 06:05"));
    }

    void figuresEqualDirectCount() { compareEverywhere(); }

    void figuresEqualInAnotherSessionTimeZone()
    {
        exec("SET TimeZone = 'Asia/Kolkata'");
        compareEverywhere();
        exec("SET TimeZone = 'America/Chicago'");
    }

    void rowsAddedAfterTheRollUp()
    {
        // A late decision in a built day, a late outcome and a review of old calls, a decision in a month
        // not built yet, and facts rebuilt by an administrator (deleted and inserted again).
        exec("INSERT INTO live.calls (cad_id, received_at, call_type) VALUES "
             "('LATE-1', '2026-01-15 09:59:20+00', 'WELFARE CHECK'), "
             "('LATE-2', '2026-03-05 12:00:00+00', 'NOISE')");
        exec("INSERT INTO live.decisions (call_id, request_id, suggested_kind, chosen_kind, accepted, "
             "reason_code, dispatcher, workstation, decided_at, seconds_from_receipt) "
             "SELECT id, gen_random_uuid(), 'unarmed', 'police', false, 'new_information', 'D03', 'WS-3', "
             "received_at + interval '40 seconds', 40 FROM live.calls WHERE cad_id IN ('LATE-1', 'LATE-2')");
        exec("INSERT INTO live.outcomes (call_id, outcome, recorded_by) "
             "SELECT call_id, 'police_backup_requested', 'test' FROM live.decisions "
             "WHERE chosen_kind = 'unarmed' AND decided_at < '2026-01-20' ORDER BY id LIMIT 5");
        exec("INSERT INTO live.review_annotations (decision_id, verdict, reviewer) "
             "SELECT id, 'training_needed', 'S2' FROM live.decisions WHERE id % 41 = 0");
        exec("SELECT live.refresh_decision_facts(min(id) + 100, min(id) + 400) FROM live.decisions");
        QVERIFY(count("SELECT count(*) FROM live.report_rollup_pending") > 0);
        compareEverywhere();
        if (QTest::currentTestFailed())
            return;

        // Folded in: nothing pending, March wanted and then built, the same figures.
        ReportQuery q(*m_conn);
        const auto built = q.refreshRollups();
        QVERIFY2(built.ok(), qPrintable(built.error()));
        QCOMPARE(built.value(), 2); // 2026-03-05 and March
        QCOMPARE(count("SELECT count(*) FROM live.report_rollup_pending"), 0);
        QCOMPARE(count("SELECT count(*) FROM live.report_rollup_buckets WHERE NOT built"), 0);
        compareEverywhere();
        // What ReportQuery reads (the window, `report`) is what the direct count says.
        ReportFilter f{QDateTime(QDate(2025, 12, 1), QTime(0, 0), Qt::UTC),
                       QDateTime(QDate(2026, 4, 1), QTime(0, 0), Qt::UTC)};
        const auto figures = q.figures(f);
        QVERIFY2(figures.ok(), qPrintable(figures.error()));
        QCOMPARE(figures->summary.decisions, count("SELECT count(*) FROM live.decisions"));
        QCOMPARE(figures->summary.backups, count("SELECT count(*) FROM live.decision_facts "
                                                 "WHERE backup AND sent_kind <> 'police'"));
    }

    void oneRefreshAtATime()
    {
        // A refresh that finds another one running returns at once; the figures stay exact meanwhile.
        QString error;
        auto other = m_db.connect(&error);
        QVERIFY2(other, qPrintable(error));
        QVERIFY(other->begin(&error));
        PgResult held = other->exec("SELECT live.report_rollup_refresh()");
        QVERIFY2(held.ok(), qPrintable(held.error()));
        exec("INSERT INTO live.review_annotations (decision_id, verdict, reviewer) "
             "SELECT id, 'appropriate', 'S3' FROM live.decisions WHERE id % 43 = 0");
        ReportQuery q(*m_conn);
        const auto built = q.refreshRollups();
        QVERIFY2(built.ok(), qPrintable(built.error()));
        QCOMPARE(built.value(), 0);
        QVERIFY(count("SELECT count(*) FROM live.report_rollup_pending") > 0);
        compareFigures(filtersOver(QDateTime(QDate(2025, 12, 1), QTime(0, 0), Qt::UTC),
                                   QDateTime(QDate(2026, 2, 1), QTime(0, 0), Qt::UTC))
                           .first());
        QVERIFY(other->commit(&error));
        QVERIFY(q.refreshRollups().ok());
        QCOMPARE(count("SELECT count(*) FROM live.report_rollup_pending"), 0);
        // A read-only session (a standby) folds nothing and still reads the figures.
        exec("INSERT INTO live.review_annotations (decision_id, verdict, reviewer) "
             "SELECT id, 'appropriate', 'S4' FROM live.decisions WHERE id % 47 = 0");
        exec("BEGIN READ ONLY");
        QCOMPARE(count("SELECT live.report_rollup_refresh()"), 0);
        const auto figures = q.figures({QDateTime(QDate(2025, 12, 1), QTime(0, 0), Qt::UTC),
                                        QDateTime(QDate(2026, 2, 1), QTime(0, 0), Qt::UTC)});
        QVERIFY2(figures.ok(), qPrintable(figures.error()));
        exec("ROLLBACK");
        QVERIFY(count("SELECT count(*) FROM live.report_rollup_pending") > 0);
    }

    void privileges()
    {
        const QString suffix = QString::number(QCoreApplication::applicationPid());
        struct Case
        {
            const char *role;
            bool reads;
        };
        for (const Case c :
             {Case{"rr_dispatcher", false}, Case{"rr_supervisor", true}, Case{"rr_admin", true}}) {
            const QString login = QStringLiteral("%1_ru%2").arg(QString::fromLatin1(c.role), suffix);
            m_conn->exec(("DROP ROLE IF EXISTS " + PgConnection::quoteIdentifier(login)).constData());
            exec(("CREATE ROLE " + PgConnection::quoteIdentifier(login) + " LOGIN PASSWORD '" +
                  test::TestDatabase::kTestPassword + "' IN ROLE " + c.role)
                     .constData());
            QString error;
            auto conn = PgConnection::open(m_db.uriAs(login), &error);
            QVERIFY2(conn, qPrintable(error));
            for (const char *table : {"report_rollup", "report_rollup_timing", "report_rollup_buckets",
                                      "report_rollup_pending", "report_signed_rows"}) {
                PgResult r = conn->exec(("SELECT count(*) FROM live." + QByteArray(table)).constData());
                QVERIFY2(r.ok() == c.reads, qPrintable(login + u' ' + QString::fromLatin1(table)));
            }
            // Nobody writes the roll-ups but the refresh.
            QVERIFY(!conn->exec("DELETE FROM live.report_rollup").ok());
            QVERIFY(!conn->exec("UPDATE live.report_rollup SET n = n + 1").ok());
            QVERIFY(
                !conn->exec(
                         "INSERT INTO live.report_rollup_buckets (level, bucket) VALUES ('d', '2030-01-01')")
                     .ok());
            QVERIFY(!conn->exec("DELETE FROM live.report_rollup_pending").ok());
            QVERIFY(!conn->exec("SELECT live.report_rollup_pass(1)").ok());
            ReportQuery q(*conn);
            QCOMPARE(q.refreshRollups().ok(), c.reads);
            const auto figures = q.figures({QDateTime(QDate(2025, 12, 1), QTime(0, 0), Qt::UTC),
                                            QDateTime(QDate(2026, 2, 1), QTime(0, 0), Qt::UTC)});
            QCOMPARE(figures.ok(), c.reads);
            if (!c.reads) // nor through the figures, as before the roll-ups
                QVERIFY(
                    !conn->exec("SELECT * FROM live.report_summary(now() - interval '1 year', now(), NULL, "
                                "NULL, NULL, NULL)")
                         .ok());
            conn.reset();
            m_conn->exec(("DROP OWNED BY " + PgConnection::quoteIdentifier(login)).constData());
            m_conn->exec(("DROP ROLE " + PgConnection::quoteIdentifier(login)).constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestReportRollup)
#include "tst_reportrollup.moc"
