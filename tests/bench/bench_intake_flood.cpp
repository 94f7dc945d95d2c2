// Benchmark of the intake under a connection flood: how fast a normal client is answered while one client
// holds many idle or half-sent connections.
// Usage: bench_intake_flood [--flood N] [--posts K] [--max-connections C] [--per-client P] [--db URI]
// Starts an IntakeServer in-process against a private PostgreSQL cluster in a temporary directory (or the
// migrated database at --db), opens N connections (default 2000) from 127.0.0.1, half of them sending nothing
// and half only the start of a request, waits until each one is either held or refused, then posts K calls
// (default 50) one after another, each over a new connection from 127.0.0.2, and prints their latency
// p50/p99/max from connecting to the whole answer. The target is every POST answered 201 within 1 s.
// Exits 1 when a POST failed or took 1 s or more. Raises its open-file limit to the hard limit first.

#include "clusterdirectory.h"
#include "feed/callgenerator.h"
#include "feed/intakeserver.h"
#include "io/calljson.h"
#include "store/localcluster.h"
#include "store/migrator.h"
#include "store/pgconnection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace rr;

namespace {

struct Options
{
    int flood = 2000;
    int posts = 50;
    int maxConnections = IntakeOptions().maxConnections;
    int perClient = IntakeOptions().maxConnectionsPerClient;
    QString dbUri;
};

bool parseArguments(const QStringList &args, Options &o)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (i + 1 >= args.size())
            return false;
        bool ok = true;
        const QString v = args.at(++i);
        if (a == u"--flood")
            o.flood = v.toInt(&ok);
        else if (a == u"--posts")
            o.posts = v.toInt(&ok);
        else if (a == u"--max-connections")
            o.maxConnections = v.toInt(&ok);
        else if (a == u"--per-client")
            o.perClient = v.toInt(&ok);
        else if (a == u"--db")
            o.dbUri = v;
        else
            return false;
        if (!ok)
            return false;
    }
    return o.flood >= 0 && o.posts > 0 && o.maxConnections > 0 && o.perClient > 0;
}

// Runs the event loop until `done` holds or `ms` pass; whether it held.
template <typename F> bool runUntil(F done, int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 20);
    return done();
}

// One POST over a new connection from `from`: its status and milliseconds to the whole answer.
std::pair<int, double> post(quint16 port, const QByteArray &body, const QHostAddress &from)
{
    QTcpSocket socket;
    socket.bind(from, 0);
    QElapsedTimer clock;
    clock.start();
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {0, 0};
    socket.write("POST /v1/calls HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                 "Content-Length: " +
                 QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QByteArray raw;
    qint64 expected = -1;
    while (clock.elapsed() < 5000 && (expected < 0 || raw.size() < expected)) {
        if (!socket.waitForReadyRead(100) && socket.state() != QAbstractSocket::ConnectedState)
            break;
        raw += socket.readAll();
        const qsizetype end = raw.indexOf("\r\n\r\n");
        if (end >= 0 && expected < 0)
            for (const QByteArray &line : raw.left(end).split('\n'))
                if (line.toLower().startsWith("content-length:"))
                    expected = end + 4 + line.mid(15).trimmed().toLongLong();
    }
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    return {raw.startsWith("HTTP/1.1 ") ? raw.mid(9, 3).toInt() : 0, ms};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Options options;
    if (!parseArguments(app.arguments(), options)) {
        std::fprintf(stderr, "usage: bench_intake_flood [--flood N] [--posts K] [--max-connections C] "
                             "[--per-client P] [--db URI]\n");
        return 2;
    }
    const qint64 files = raiseOpenFileLimit();
    std::printf("open-file limit: %lld\n", static_cast<long long>(files));

    std::unique_ptr<test::ClusterDirectory> tmp;
    std::unique_ptr<LocalCluster> cluster;
    if (options.dbUri.isEmpty()) {
        tmp = std::make_unique<test::ClusterDirectory>(QStringLiteral("bench-intake-flood"));
        if (!tmp->isValid()) {
            std::fprintf(stderr, "%s\n", qPrintable(tmp->error()));
            return 1;
        }
        cluster = std::make_unique<LocalCluster>(tmp->filePath(QStringLiteral("pg")));
        std::printf("starting a private PostgreSQL cluster in %s ...\n", qPrintable(cluster->dataDir()));
        const Result<QString> started = cluster->start();
        if (!started.ok()) {
            std::fprintf(stderr, "cannot start the cluster: %s\n", qPrintable(started.error()));
            return 1;
        }
        options.dbUri = cluster->connectionUri();
        QString error;
        auto admin = PgConnection::open(options.dbUri, &error);
        const Result<Migrator::Migrated> migrated =
            admin ? Migrator::migrate(*admin) : Result<Migrator::Migrated>(Failure{error});
        if (!migrated) {
            std::fprintf(stderr, "cannot migrate: %s\n", qPrintable(migrated.error()));
            return 1;
        }
    }

    IntakeOptions io;
    io.port = 0;
    io.dbUri = options.dbUri;
    io.maxConnections = options.maxConnections;
    io.maxConnectionsPerClient = options.perClient;
    io.idleTimeoutMs = 600000; // the flood stays for the whole measurement
    IntakeServer server(io);
    if (const Result<void> started = server.start(); !started) {
        std::fprintf(stderr, "cannot start the intake: %s\n", qPrintable(started.error()));
        return 1;
    }

    const QHostAddress attacker(QStringLiteral("127.0.0.1"));
    const QHostAddress neighbour(QStringLiteral("127.0.0.2"));
    std::printf("opening %d connections from %s (half idle, half sending the start of a request) ...\n",
                options.flood, qPrintable(attacker.toString()));
    QElapsedTimer floodClock;
    floodClock.start();
    std::vector<std::unique_ptr<QTcpSocket>> flood;
    for (int i = 0; i < options.flood; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->bind(attacker, 0);
        socket->connectToHost(QHostAddress::LocalHost, server.port());
        if (i % 2 == 1)
            socket->write("POST /v1/calls HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 90\r\n");
        flood.push_back(std::move(socket));
    }
    const auto settled = [&] {
        const int held = server.openConnectionsFrom(attacker);
        return held + server.refusals(IntakeRefusal::TooManyFromClient) +
                   server.refusals(IntakeRefusal::TooManyOpen) >=
               options.flood;
    };
    const bool allSettled = runUntil(settled, 120000);
    std::printf("flood settled in %.2f s%s: %d held, %lld refused at once (per client), %lld (total cap)\n",
                double(floodClock.elapsed()) / 1000, allSettled ? "" : " (NOT ALL within 120 s)",
                server.openConnectionsFrom(attacker),
                static_cast<long long>(server.refusals(IntakeRefusal::TooManyFromClient)),
                static_cast<long long>(server.refusals(IntakeRefusal::TooManyOpen)));

    CallGenerator generator(GeneratorOptions{7, QDateTime::currentDateTime(), 350.0, {}});
    std::vector<double> latencies;
    int failed = 0;
    for (int i = 0; i < options.posts; ++i) {
        Call call = generator.next();
        call.id = QStringLiteral("FLOOD-%1").arg(i);
        const QByteArray body = QJsonDocument(callToJson(call)).toJson(QJsonDocument::Compact);
        const auto [status, ms] = post(server.port(), body, neighbour);
        if (status != 201)
            ++failed;
        latencies.push_back(ms);
        QCoreApplication::processEvents();
    }
    std::sort(latencies.begin(), latencies.end());
    const auto at = [&](double q) {
        return latencies.at(std::min(latencies.size() - 1, size_t(q * double(latencies.size()))));
    };
    std::printf("\nPOSTs from %s:    %d (%d not answered 201)\n", qPrintable(neighbour.toString()),
                options.posts, failed);
    std::printf("latency:             p50 %.2f ms, p99 %.2f ms, max %.2f ms (target < 1000 ms)\n", at(0.5),
                at(0.99), latencies.back());
    std::printf("connections held:    %d of %d from the flood, cap %d in total, %d per client\n",
                server.openConnectionsFrom(attacker), options.flood, server.connectionCap(),
                options.perClient);
    const bool met = failed == 0 && latencies.back() < 1000;
    std::printf("%s\n", met ? "target met" : "TARGET MISSED");
    return met ? 0 : 1;
}
