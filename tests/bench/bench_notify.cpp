// Benchmark of the change feed: how long from a committed change to ChangeFeed::changed() in the application.
// Usage: bench_notify [--changes N] [--db URI]
// Database: --db URI, else RIGHTRESPONSE_DB, else a private cluster started in a temporary directory. The
// schema is migrated; the calls are written to the training schema, never to live.
// A writer thread upserts a call (the first 100 insert, the rest update them) and takes t0 as soon as the
// commit returns; the main thread runs the event loop with a ChangeFeed and takes t1 when changed() for that
// row and version reaches it. One change at a time: the writer waits for the feed to see its change, so
// latencies do not queue behind each other. Prints p50/p90/p99/max in ms against the target p99 < 50 ms.
// t1 can precede t0 (the listener is woken before the writer has read its COMMIT reply): such samples count
// as 0 ms and are counted separately.

#include "clusterdirectory.h"
#include "domain/call.h"
#include "domain/suggestion.h"
#include "store/callstore.h"
#include "store/changefeed.h"
#include "store/localcluster.h"
#include "store/migrator.h"
#include "store/pgconnection.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <semaphore>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

QString key(qint64 id, qint64 version)
{
    return QString::number(id) + u'/' + QString::number(version);
}

double percentile(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    const auto rank = std::size_t(std::max(1.0, std::ceil(p / 100.0 * double(sorted.size()))));
    return sorted[std::min(rank, sorted.size()) - 1];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("NOTIFY-to-application latency of the change feed"));
    parser.addHelpOption();
    const QCommandLineOption changesOption(QStringLiteral("changes"), QStringLiteral("Changes to measure."),
                                           QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("Database URI (default: RIGHTRESPONSE_DB, "
                                                     "else a private cluster)."),
                                      QStringLiteral("URI"));
    parser.addOptions({changesOption, dbOption});
    parser.process(app);
    const int changes = parser.value(changesOption).toInt();
    if (changes <= 0) {
        std::fprintf(stderr, "--changes must be a positive number\n");
        return 2;
    }

    QString uri = parser.isSet(dbOption) ? parser.value(dbOption) : qEnvironmentVariable("RIGHTRESPONSE_DB");
    QString where = uri;
    std::unique_ptr<rr::test::ClusterDirectory> tmp;
    std::unique_ptr<rr::LocalCluster> cluster;
    if (uri.isEmpty()) {
        tmp = std::make_unique<rr::test::ClusterDirectory>(QStringLiteral("bench-notify"));
        if (!tmp->isValid()) {
            std::fprintf(stderr, "%s\n", qPrintable(tmp->error()));
            return 1;
        }
        cluster = std::make_unique<rr::LocalCluster>(tmp->filePath(QStringLiteral("pg")));
        const rr::Result<QString> started = cluster->start();
        if (!started.ok()) {
            std::fprintf(stderr, "cannot start a private cluster: %s\n", qPrintable(started.error()));
            return 1;
        }
        uri = cluster->connectionUri();
        where = QStringLiteral("a private cluster (fsync on, Unix socket)");
    }
    struct StopCluster
    {
        rr::LocalCluster *c;
        ~StopCluster()
        {
            if (c)
                (void)c->stop(); // best effort, on the way out
        }
    } stopCluster{cluster.get()};

    QString error;
    auto writerConn = rr::PgConnection::open(uri, &error);
    if (!writerConn) {
        std::fprintf(stderr, "cannot connect: %s\n", qPrintable(error));
        return 1;
    }
    const rr::Result<rr::Migrator::Migrated> migrated = rr::Migrator::migrate(*writerConn);
    if (!migrated) {
        std::fprintf(stderr, "cannot migrate: %s\n", qPrintable(migrated.error()));
        return 1;
    }

    rr::ChangeFeed feed(uri, nullptr, {}, rr::StoreSchema::Training.channel());
    QHash<QString, Clock::time_point> seen; // main thread only
    std::mutex mutex;
    QHash<QString, Clock::time_point> committed; // guarded by mutex
    std::counting_semaphore<> delivered(0);
    std::unique_ptr<std::thread> writer;
    QString writerError;
    const QString run = QString::number(QDateTime::currentMSecsSinceEpoch());

    QTimer watchdog; // a change that never arrives ends the run instead of hanging it
    watchdog.setSingleShot(true);
    watchdog.setInterval(10000);
    QObject::connect(&watchdog, &QTimer::timeout, &app, [&] {
        std::fprintf(stderr, "no change arrived for 10 s (%lld of %d seen)\n", qint64(seen.size()), changes);
        app.exit(1);
    });
    QObject::connect(&feed, &rr::ChangeFeed::error, &app,
                     [](const QString &message) { std::fprintf(stderr, "feed: %s\n", qPrintable(message)); });
    QObject::connect(&feed, &rr::ChangeFeed::changed, &app, [&](const rr::Change &c) {
        const Clock::time_point t1 = Clock::now();
        if (c.schema != u"training" || c.table != u"calls")
            return;
        seen.insert(c.id + u'/' + QString::number(c.version), t1);
        delivered.release();
        watchdog.start();
        if (seen.size() == changes)
            app.exit(0);
    });
    QObject::connect(&feed, &rr::ChangeFeed::listening, &app, [&] {
        if (writer)
            return; // a reconnect in the middle: the run goes on
        watchdog.start();
        writer = std::make_unique<std::thread>([&] {
            rr::CallStore store(*writerConn, rr::StoreSchema::Training);
            rr::Suggestion suggestion;
            suggestion.kind = rr::ResponseKind::Unarmed;
            for (int i = 0; i < changes; ++i) {
                rr::Call call;
                call.id = QStringLiteral("BENCH-%1-%2").arg(run).arg(i % 100);
                call.callType = QStringLiteral("WELFARE CHECK");
                call.narrative = QStringLiteral("change %1").arg(i);
                call.receivedAt = QDateTime::currentDateTimeUtc();
                const auto r = store.upsert(call, suggestion);
                const Clock::time_point t0 = Clock::now();
                if (!r.ok) {
                    writerError = r.error;
                    return;
                }
                {
                    std::lock_guard lock(mutex);
                    committed.insert(key(r.id, r.version), t0);
                }
                delivered.acquire();
            }
        });
    });
    feed.start();
    const int status = app.exec();
    delivered.release(); // in case the writer waits for a change that never came
    feed.stop();
    if (writer)
        writer->join();
    if (!writerError.isEmpty()) {
        std::fprintf(stderr, "writer failed: %s\n", qPrintable(writerError));
        return 1;
    }
    if (status != 0)
        return status;

    std::vector<double> ms;
    int early = 0;
    for (auto it = committed.cbegin(); it != committed.cend(); ++it) {
        const auto t1 = seen.constFind(it.key());
        if (t1 == seen.cend())
            continue;
        const double d = std::chrono::duration<double, std::milli>(*t1 - *it).count();
        if (d < 0)
            ++early;
        ms.push_back(std::max(0.0, d));
    }
    std::sort(ms.begin(), ms.end());
    const double p99 = percentile(ms, 99);
    std::printf("bench_notify: %zu changes (100 inserts, then updates) on %s\n", ms.size(),
                qPrintable(where));
    std::printf("commit returned -> ChangeFeed::changed() in the event loop, ms:\n");
    std::printf(
        "  p50 %.3f  p90 %.3f  p99 %.3f  max %.3f  (%d notifications arrived before the writer saw its "
        "commit)\n",
        percentile(ms, 50), percentile(ms, 90), p99, ms.empty() ? 0.0 : ms.back(), early);
    std::printf("target: p99 < 50 ms: %s\n", p99 < 50 ? "met" : "NOT met");
    return 0;
}
