// seed-history: realistic history (override rate, dispatchers who differ, reasons for every unserved call,
// backup requests after unarmed dispatches) through the same figures the review shows, idempotent per seed.

#include "report/historyseeder.h"
#include "report/reportquery.h"
#include "testdatabase.h"

#include <QTest>

using namespace rr;

class TestHistorySeeder : public QObject
{
    Q_OBJECT

private:
    test::TestDatabase m_db{QStringLiteral("history")};
    std::unique_ptr<PgConnection> m_conn;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_db.ok(), qPrintable(m_db.error()));
        QString error;
        m_conn = m_db.migrated(&error);
        QVERIFY2(m_conn, qPrintable(error));
    }

    void refusesWithoutUnitsOrWithBadDays()
    {
        HistorySeeder seeder(*m_conn);
        HistoryOptions o;
        o.days = 1;
        auto r = seeder.seed(o);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(u"no units"), qPrintable(r.error()));
        o.days = 0;
        QVERIFY(!seeder.seed(o).ok());
    }

    void seedsRealisticHistory()
    {
        PgResult units = m_conn->exec(
            "INSERT INTO live.units (id, name, kind) VALUES ('CRT-1', 'CRT 1', 'unarmed'), "
            "('CRT-2', 'CRT 2', 'unarmed'), ('CO-1', 'CO 1', 'co_responder'), ('P-1', 'P 1', 'police'), "
            "('P-2', 'P 2', 'police')");
        QVERIFY2(units.ok(), qPrintable(units.error()));
        HistorySeeder seeder(*m_conn);
        HistoryOptions o;
        o.days = 28;
        o.seed = 11;
        o.end = QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);
        qint64 lastProgress = 0;
        const auto stats = seeder.seed(o, [&](qint64 done, qint64) { lastProgress = done; });
        QVERIFY2(stats.ok(), qPrintable(stats.error()));
        QVERIFY2(stats->calls > 28 * 300 && stats->calls < 28 * 400,
                 qPrintable(QString::number(stats->calls)));
        QCOMPARE(lastProgress, stats->calls);

        ReportQuery q(*m_conn);
        ReportFilter f{o.end.addDays(-28), o.end};
        const auto figures = q.figures(f);
        QVERIFY2(figures.ok(), qPrintable(figures.error()));
        const ReportSummary &s = figures->summary;
        QCOMPARE(s.decisions, stats->calls);
        QCOMPARE(s.overrides, stats->overrides);
        qInfo(
            "calls %lld, override rate %.3f, eligible %lld, served %lld, backup %lld/%lld, p50 %.1f p90 %.1f",
            s.decisions, s.overrideRate(), s.eligible, s.served, s.backups, s.alternativeDispatches, *s.p50,
            *s.p90);
        QVERIFY2(s.overrideRate() >= 0.09 && s.overrideRate() <= 0.16,
                 qPrintable(QString::number(s.overrideRate())));
        QVERIFY(s.awayFromPolice > 0 && s.towardPolice > s.awayFromPolice);
        QCOMPARE(s.unservedWithReason, s.unserved); // every unserved call carries a reason
        QVERIFY(s.unserved > 0 && s.served > s.unserved);
        // Backup after about 1% of unarmed dispatches.
        const BackupRow unarmed = figures->backup.at(0);
        QVERIFY2(unarmed.rate() > 0.003 && unarmed.rate() < 0.025,
                 qPrintable(QString::number(unarmed.rate())));
        // Some dispatchers override more than others: the highest at least three times the lowest, and
        // marked.
        double lo = 1, hi = 0;
        int outliers = 0;
        for (const RateRow &r : figures->byDispatcher) {
            lo = std::min(lo, r.rate());
            hi = std::max(hi, r.rate());
            outliers += r.outlier ? 1 : 0;
        }
        QCOMPARE(figures->byDispatcher.size(), 12);
        QVERIFY2(hi > 2.5 * lo, qPrintable(QStringLiteral("%1 %2").arg(lo).arg(hi)));
        QVERIFY(outliers >= 1);
        for (const CountRow &r : figures->unserved)
            if (r.code != u"not_recorded" && r.code != u"dispatcher_override")
                QVERIFY2(r.count > 0, qPrintable(r.code));
        // Unit movements and outcomes exist for the story.
        PgResult moves = m_conn->exec("SELECT count(*) FROM live.unit_status_history");
        QVERIFY(moves.integer(0, 0) >= 4 * (s.decisions - 10));
        // Bulk-loaded as a superuser: summary rows in the event log, not one per row.
        PgResult log = m_conn->exec("SELECT count(*) FROM live.event_log");
        QVERIFY2(log.integer(0, 0) < 20, qPrintable(QString::number(log.integer(0, 0))));

        // The same seed again adds nothing.
        const auto again = seeder.seed(o);
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(again->calls, 0);
        QCOMPARE(again->skipped, stats->calls);
        QCOMPARE(q.summary(f)->decisions, stats->calls);
    }
};

QTEST_GUILESS_MAIN(TestHistorySeeder)
#include "tst_historyseeder.moc"
