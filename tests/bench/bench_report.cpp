// Benchmark of the supervisors' figures: a year of a mid-size city (1,000,000 calls with their decisions,
// unit moves and outcomes, seeded by HistorySeeder) in a private embedded cluster, then every figure of the
// review (ReportQuery, the layer the window and `report` share) timed for the whole year, the last 30 days,
// the last 24 hours and one dispatcher's year, and the dashboard's charts redrawn (offscreen); then the
// review window itself (ReviewClient and ReviewWindow, offscreen) timed from a filter change to the list and
// the charts redrawn, as a supervisor sees it. Prints the median of --runs runs of each, with the machine's
// load average. Target: every figure under 1 s; the dashboard redrawn under 1 s after a filter change. Usage:
// bench_report [--calls N] [--runs R] [--keep DIR]
//   --keep DIR: seed once into DIR and reuse it on the next run (the seeding takes minutes).

#include "clusterdirectory.h"
#include "items/decisionlistmodel.h"
#include "report/historyseeder.h"
#include "report/reportquery.h"
#include "store/localcluster.h"
#include "store/migrator.h"
#include "store/pgconnection.h"
#include "ui/review/chartspec.h"
#include "ui/review/dashboardpanel.h"
#include "ui/review/reviewwindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace rr;

namespace {

double medianMs(int runs, const std::function<bool()> &work)
{
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        if (!work())
            return -1;
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

// The machine's load average over the last minute (other builds share it: compare ratios).
QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(u' ', 0, 0)
                                       : QStringLiteral("?");
}

// Runs the event loop until the window shows a refresh; false after timeoutMs.
bool waitForRefresh(ReviewWindow &window, int timeoutMs = 120000)
{
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, [&loop] { loop.exit(1); });
    QObject::connect(&window, &ReviewWindow::refreshed, &loop, [&loop] { loop.exit(0); });
    timer.start(timeoutMs);
    return loop.exec() == 0;
}

// The review window on the benchmark's database: each filter change timed until the list and the charts are
// redrawn (the queries on the window's worker, then the model and the charts on the GUI thread).
void benchWindow(const QString &uri, const QDateTime &end, int runs)
{
    ReviewClient::Options options;
    options.uri = uri;
    ReviewClient client(options);
    ReviewWindow window(&client, QStringLiteral("bench"));
    window.resize(1600, 900);
    window.show();
    client.start();
    if (!waitForRefresh(window)) {
        std::fprintf(stderr, "the review window did not open\n");
        return;
    }
    auto *period = window.findChild<QComboBox *>(QStringLiteral("period"));
    auto *from = window.findChild<QDateTimeEdit *>(QStringLiteral("from"));
    auto *to = window.findChild<QDateTimeEdit *>(QStringLiteral("to"));
    auto *dispatcher = window.findChild<QComboBox *>(QStringLiteral("dispatcherFilter"));
    auto *category = window.findChild<QComboBox *>(QStringLiteral("categoryFilter"));
    auto *overridesOnly = window.findChild<QCheckBox *>(QStringLiteral("overridesOnly"));
    period->setCurrentIndex(period->findData(int(ReportPeriod::Custom)));
    waitForRefresh(window);
    std::printf("\nreview window, from a filter change to the list and charts redrawn (load %s):\n",
                qPrintable(loadAverage()));
    const std::pair<const char *, int> periods[] = {{"year", 365}, {"30 days", 30}};
    for (const auto &[name, days] : periods) {
        from->setDateTime(end.addDays(-days).toLocalTime());
        to->setDateTime(end.toLocalTime());
        overridesOnly->setChecked(!overridesOnly->isChecked()); // any change reads the new period
        waitForRefresh(window);
        overridesOnly->setChecked(true);
        waitForRefresh(window);
        const std::pair<const char *, std::function<void(int)>> changes[] = {
            {"dispatcher D08",
             [&](int) { dispatcher->setCurrentIndex(dispatcher->findData(QStringLiteral("D08"))); }},
            {"back to all dispatchers", [&](int) { dispatcher->setCurrentIndex(0); }},
            {"category property_crime",
             [&](int) { category->setCurrentIndex(category->findData(QStringLiteral("property_crime"))); }},
            {"back to all categories", [&](int) { category->setCurrentIndex(0); }},
        };
        std::vector<std::vector<double>> ms(std::size(changes));
        std::vector<std::vector<double>> query(std::size(changes));
        for (int run = 0; run < runs; ++run) {
            for (std::size_t c = 0; c < std::size(changes); ++c) {
                QElapsedTimer t;
                t.start();
                changes[c].second(run);
                if (!waitForRefresh(window)) {
                    std::fprintf(stderr, "no refresh after '%s'\n", changes[c].first);
                    return;
                }
                ms[c].push_back(double(t.nsecsElapsed()) / 1e6);
                query[c].push_back(double(window.lastQueryMs()));
            }
        }
        std::printf("  %s (%lld decisions, %lld in the list):\n", name, window.figures().summary.decisions,
                    qint64(window.model()->rowCount()));
        for (std::size_t c = 0; c < std::size(changes); ++c) {
            std::sort(ms[c].begin(), ms[c].end());
            std::sort(query[c].begin(), query[c].end());
            std::printf("    %-26s median %8.1f ms (queries %6.0f ms)%s\n", changes[c].first,
                        ms[c][ms[c].size() / 2], query[c][query[c].size() / 2],
                        ms[c][ms[c].size() / 2] < 1000 ? "" : "   (over the 1 s target)");
        }
    }
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    qint64 calls = 1000000;
    int runs = 5;
    QString keep;
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == u"--calls")
            calls = std::max<qint64>(1000, args.at(i + 1).toLongLong());
        else if (args.at(i) == u"--runs")
            runs = std::max(1, args.at(i + 1).toInt());
        else if (args.at(i) == u"--keep")
            keep = args.at(i + 1);
    }
    test::ClusterDirectory tmp(QStringLiteral("bench-report"));
    if (keep.isEmpty() && !tmp.isValid()) {
        std::fprintf(stderr, "%s\n", qPrintable(tmp.error()));
        return 1;
    }
    LocalCluster cluster(keep.isEmpty() ? tmp.filePath(QStringLiteral("pg")) : keep);
    const Result<QString> started = cluster.start();
    if (!started) {
        std::fprintf(stderr, "cannot start the cluster: %s\n", qPrintable(started.error()));
        return 1;
    }
    QString error;
    auto conn = PgConnection::open(cluster.connectionUri(), &error);
    if (!conn || !Migrator::migrate(*conn).ok()) {
        std::fprintf(stderr, "cannot prepare the database: %s\n", qPrintable(error));
        return 1;
    }
    const QDateTime end(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    PgResult have = conn->exec("SELECT count(*) FROM live.decision_facts");
    if (have.integer(0, 0) < calls * 9 / 10) {
        conn->exec(
            "INSERT INTO live.units (id, name, kind) VALUES ('CRT-1', 'CRT 1', 'unarmed'), "
            "('CRT-2', 'CRT 2', 'unarmed'), ('CO-1', 'CO 1', 'co_responder'), ('P-1', 'P 1', 'police'), "
            "('P-2', 'P 2', 'police') ON CONFLICT DO NOTHING");
        HistoryOptions o;
        o.days = 365;
        o.end = end;
        o.callsPerDay = double(calls) / 365.0;
        o.seed = 2026;
        QElapsedTimer t;
        t.start();
        const auto seeded = HistorySeeder(*conn).seed(o, [](qint64 done, qint64 expected) {
            if (done % 200000 < HistorySeeder::kBatch)
                std::fprintf(stderr, "seeded %lld of %lld\n", done, expected);
        });
        if (!seeded) {
            std::fprintf(stderr, "seeding failed: %s\n", qPrintable(seeded.error()));
            return 1;
        }
        std::printf("seeded %lld calls in %.1f s (%.0f calls/s)\n", seeded->calls,
                    double(t.elapsed()) / 1000.0,
                    double(seeded->calls) * 1000.0 / double(std::max<qint64>(1, t.elapsed())));
    }
    PgResult n = conn->exec("SELECT count(*), pg_size_pretty(pg_total_relation_size('live.decision_facts')) "
                            "FROM live.decision_facts");
    std::printf("decisions: %lld (decision_facts %s)\n", n.integer(0, 0), qPrintable(n.text(0, 1)));

    std::printf("load average at the start: %s\n", qPrintable(loadAverage()));
    ReportQuery q(*conn);
    if (const auto rolled = q.refreshRollups(); !rolled)
        std::fprintf(stderr, "cannot refresh the roll-ups: %s\n", qPrintable(rolled.error()));
    struct Period
    {
        const char *name;
        ReportFilter filter;
    };
    ReportFilter year{end.addDays(-365), end};
    ReportFilter month{end.addDays(-30), end};
    ReportFilter day{end.addDays(-1), end};
    ReportFilter one = year;
    one.dispatcher = QStringLiteral("D08");
    const Period periods[] = {
        {"year", year}, {"30 days", month}, {"24 hours", day}, {"year, one dispatcher", one}};
    double worst = 0;
    for (const Period &p : periods) {
        const ReportFilter &f = p.filter;
        const std::pair<const char *, std::function<bool()>> figures[] = {
            {"summary", [&] { return q.summary(f).ok(); }},
            {"overrides by dispatcher", [&] { return q.overridesBy(QStringLiteral("dispatcher"), f).ok(); }},
            {"overrides by category", [&] { return q.overridesBy(QStringLiteral("category"), f).ok(); }},
            {"overrides by hour", [&] { return q.overridesBy(QStringLiteral("hour"), f).ok(); }},
            {"reasons", [&] { return q.reasons(f).ok(); }},
            {"unserved", [&] { return q.unserved(f).ok(); }},
            {"timing p50/p90 by hour", [&] { return q.timing(f).ok(); }},
            {"backup", [&] { return q.backup(f).ok(); }},
            {"outcomes", [&] { return q.outcomes(f).ok(); }},
            {"override list (20,000 max)", [&] { return q.decisions(f, true).ok(); }},
            {"sample frame", [&] { return q.sampleFrame(f).ok(); }},
            {"all figures (one refresh)", [&] { return q.figures(f).ok(); }},
        };
        std::printf("\n%s (load %s):\n", p.name, qPrintable(loadAverage()));
        for (const auto &[name, work] : figures) {
            const double ms = medianMs(runs, work);
            if (std::string_view(name) != "all figures (one refresh)")
                worst = std::max(worst, ms);
            std::printf("  %-28s median %8.1f ms%s\n", name, ms, ms < 1000 ? "" : "   (over the 1 s target)");
        }
    }
    // The dashboard redrawn with a year's figures (after the queries, the window only draws).
    const auto figures = q.figures(year);
    DashboardPanel dashboard;
    dashboard.resize(1600, 900);
    dashboard.show();
    const double draw = medianMs(runs, [&] {
        dashboard.setFigures(figures.value());
        return true;
    });
    std::printf("\nslowest single figure: %.1f ms (target < 1000 ms)\ndashboard redraw (8 charts): %.1f ms\n",
                worst, draw);
    benchWindow(cluster.connectionUri(), end, runs);
    std::printf("load average at the end: %s\n", qPrintable(loadAverage()));
    conn.reset();
    if (keep.isEmpty()) {
        if (const Result<QString> stopped = cluster.stop(); !stopped)
            std::fprintf(stderr, "cannot stop the cluster: %s\n", qPrintable(stopped.error()));
    }
    return 0;
}
