// Benchmark of the intake service: sustained POST /v1/calls per second from a concurrent client.
// Usage: bench_intake [--calls M] [--connections N] [--workers W] [--db URI] [--keep-cluster]
// Starts an IntakeServer in-process (W request threads, default the intake's own default) on a thread of
// its own against a private PostgreSQL cluster in a temporary
// directory (or the database at --db, which must be migrated), then posts M generated calls (default 5000,
// each a new CAD id) over N parallel keep-alive connections (default 8: one QNetworkAccessManager each, one
// request in flight each) from the main thread, as fast as the server answers. Prints POSTs/s, latency
// p50/p99/max, the statuses, and checks that SELECT count(*) equals the number of calls answered 201.
// The target is 500 POSTs/s with every call stored. Exits 1 when a call was lost or refused.

#include "clusterdirectory.h"
#include "feed/callgenerator.h"
#include "feed/intakeserver.h"
#include "io/calljson.h"
#include "store/localcluster.h"
#include "store/migrator.h"
#include "store/pgconnection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace rr;

namespace {

struct Options
{
    qint64 calls = 5000;
    int connections = 8;
    int workers = IntakeOptions().workers;
    QString dbUri;
    bool keepCluster = false;
};

// N independent clients, each with its own connection, each posting the next body as soon as its previous
// request is answered. Lives on the main thread.
class Client : public QObject
{
public:
    Client(QUrl target, std::vector<QByteArray> bodies, int connections)
        : m_target(std::move(target)), m_bodies(std::move(bodies)), m_latencyUs(m_bodies.size(), 0)
    {
        for (int i = 0; i < connections; ++i)
            m_managers.push_back(new QNetworkAccessManager(this));
    }

    void run()
    {
        m_clock.start();
        for (QNetworkAccessManager *manager : m_managers)
            next(manager);
    }
    bool done() const { return m_answered == qint64(m_bodies.size()); }
    double seconds() const { return m_seconds; }
    const std::vector<qint64> &latencyUs() const { return m_latencyUs; }
    const QMap<int, qint64> &statuses() const { return m_statuses; }
    QString firstError() const { return m_firstError; }

private:
    void next(QNetworkAccessManager *manager)
    {
        if (m_sent == qint64(m_bodies.size()))
            return;
        const qint64 index = m_sent++;
        QNetworkRequest request(m_target);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setTransferTimeout(60000);
        const qint64 startNs = m_clock.nsecsElapsed();
        QNetworkReply *reply = manager->post(request, m_bodies[std::size_t(index)]);
        connect(reply, &QNetworkReply::finished, this, [this, manager, reply, index, startNs] {
            m_latencyUs[std::size_t(index)] = (m_clock.nsecsElapsed() - startNs) / 1000;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            ++m_statuses[status];
            if (status != 201 && m_firstError.isEmpty())
                m_firstError = QStringLiteral("HTTP %1 %2: %3")
                                   .arg(status)
                                   .arg(reply->errorString(), QString::fromUtf8(reply->readAll().left(300)));
            reply->deleteLater();
            if (++m_answered == qint64(m_bodies.size())) {
                m_seconds = double(m_clock.nsecsElapsed()) / 1e9;
                QCoreApplication::quit();
                return;
            }
            next(manager);
        });
    }

    QUrl m_target;
    std::vector<QByteArray> m_bodies;
    std::vector<qint64> m_latencyUs;
    std::vector<QNetworkAccessManager *> m_managers;
    QElapsedTimer m_clock;
    qint64 m_sent = 0;
    qint64 m_answered = 0;
    double m_seconds = 0;
    QMap<int, qint64> m_statuses;
    QString m_firstError;
};

std::vector<QByteArray> makeBodies(qint64 count)
{
    CallGenerator generator(GeneratorOptions{42, QDateTime::currentDateTime(), 350.0, {}});
    std::vector<QByteArray> bodies;
    bodies.reserve(std::size_t(count));
    for (qint64 i = 0; i < count; ++i) {
        Call call = generator.next();
        call.id = QStringLiteral("BENCH-%1").arg(i + 1, 7, 10, QLatin1Char('0'));
        bodies.push_back(QJsonDocument(callToJson(call)).toJson(QJsonDocument::Compact));
    }
    return bodies;
}

double percentile(std::vector<qint64> sorted, double p)
{
    if (sorted.empty())
        return 0;
    std::sort(sorted.begin(), sorted.end());
    const std::size_t at = std::min(sorted.size() - 1, std::size_t(p * double(sorted.size() - 1) + 0.5));
    return double(sorted[at]) / 1000.0;
}

bool parseArguments(const QStringList &args, Options &o)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const bool hasValue = i + 1 < args.size();
        if (a == u"--calls" && hasValue)
            o.calls = args.at(++i).toLongLong();
        else if (a == u"--connections" && hasValue)
            o.connections = args.at(++i).toInt();
        else if (a == u"--workers" && hasValue)
            o.workers = args.at(++i).toInt();
        else if (a == u"--db" && hasValue)
            o.dbUri = args.at(++i);
        else if (a == u"--keep-cluster")
            o.keepCluster = true;
        else
            return false;
    }
    return o.calls > 0 && o.connections > 0 && o.workers > 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Options options;
    if (!parseArguments(app.arguments(), options)) {
        std::fprintf(
            stderr,
            "usage: bench_intake [--calls M] [--connections N] [--workers W] [--db URI] [--keep-cluster]\n");
        return 2;
    }

    // The database: a private cluster in a temporary directory unless --db is given.
    std::unique_ptr<test::ClusterDirectory> tmp;
    std::unique_ptr<LocalCluster> cluster;
    if (options.dbUri.isEmpty()) {
        tmp = std::make_unique<test::ClusterDirectory>(QStringLiteral("bench-intake"));
        if (!tmp->isValid()) {
            std::fprintf(stderr, "%s\n", qPrintable(tmp->error()));
            return 1;
        }
        tmp->setAutoRemove(!options.keepCluster);
        cluster = std::make_unique<LocalCluster>(tmp->filePath(QStringLiteral("pg")));
        std::printf("starting a private PostgreSQL cluster in %s ...\n", qPrintable(cluster->dataDir()));
        const Result<QString> started = cluster->start();
        if (!started.ok()) {
            std::fprintf(stderr, "cannot start the cluster: %s\n", qPrintable(started.error()));
            return 1;
        }
        options.dbUri = cluster->connectionUri();
    }
    QString error;
    auto admin = PgConnection::open(options.dbUri, &error);
    if (!admin) {
        std::fprintf(stderr, "cannot connect: %s\n", qPrintable(error));
        return 1;
    }
    if (cluster) {
        const Result<Migrator::Migrated> migrated = Migrator::migrate(*admin);
        if (!migrated) {
            std::fprintf(stderr, "cannot migrate: %s\n", qPrintable(migrated.error()));
            return 1;
        }
    }
    const qint64 before = admin->exec("SELECT count(*) FROM live.calls").integer(0, 0);

    // The server on a worker thread, as a GUI would run it.
    QThread serverThread;
    serverThread.setObjectName(QStringLiteral("intake"));
    IntakeOptions io;
    io.port = 0;
    io.dbUri = options.dbUri;
    io.workers = options.workers;
    auto *server = new IntakeServer(io);
    server->moveToThread(&serverThread);
    QObject::connect(&serverThread, &QThread::finished, server, &QObject::deleteLater);
    serverThread.start();
    bool started = false;
    QMetaObject::invokeMethod(
        server,
        [&] {
            const Result<void> listening = server->start();
            started = listening.ok();
            error = listening.error();
        },
        Qt::BlockingQueuedConnection);
    if (!started) {
        std::fprintf(stderr, "cannot start the intake: %s\n", qPrintable(error));
        serverThread.quit();
        serverThread.wait();
        return 1;
    }

    std::printf("generating %lld calls ...\n", static_cast<long long>(options.calls));
    Client client(QUrl(QStringLiteral("http://127.0.0.1:%1/v1/calls").arg(server->port())),
                  makeBodies(options.calls), options.connections);
    std::printf("posting them over %d keep-alive connections to the intake (%d request threads) ...\n",
                options.connections, options.workers);
    client.run();
    app.exec();

    serverThread.quit();
    serverThread.wait();

    const qint64 stored = admin->exec("SELECT count(*) FROM live.calls").integer(0, 0) - before;
    const qint64 created = client.statuses().value(201);
    std::printf("\ncalls posted:        %lld in %.2f s\n", static_cast<long long>(options.calls),
                client.seconds());
    std::printf("sustained rate:      %.0f POSTs/s (target >= 500)\n",
                double(options.calls) / client.seconds());
    std::printf("latency:             p50 %.2f ms, p99 %.2f ms, max %.2f ms\n",
                percentile(client.latencyUs(), 0.50), percentile(client.latencyUs(), 0.99),
                percentile(client.latencyUs(), 1.0));
    for (auto it = client.statuses().cbegin(); it != client.statuses().cend(); ++it)
        std::printf("HTTP %d:            %lld\n", it.key(), static_cast<long long>(it.value()));
    std::printf("rows stored:         %lld (SELECT count(*) FROM live.calls)\n",
                static_cast<long long>(stored));
    if (!client.firstError().isEmpty())
        std::printf("first error:         %s\n", qPrintable(client.firstError()));

    admin.reset();
    if (cluster && !options.keepCluster)
        (void)cluster->stop(); // best effort, on the way out
    const bool allStored = created == options.calls && stored == options.calls;
    std::printf("%s\n", allStored ? "every call stored" : "CALLS MISSING");
    return allStored ? 0 : 1;
}
