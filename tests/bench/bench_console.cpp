// Benchmark of the dispatcher console under load: a real console (store client, session, window) on a
// private PostgreSQL cluster holding N open calls (default 10,000), while a client posts calls to the
// intake service at R per second (default 100) for S seconds (default 20).
// Prints the GUI thread's event-loop latency (lateness of a 5 ms timer: p50/p99/max) and the time from a
// POST's response to the call appearing in the console's queue (p50/p99/max).
// Usage: bench_console [--open N] [--rate R] [--seconds S]

#include "../store/privatecluster.h"
#include "domain/rulesetloader.h"
#include "domain/triageengine.h"
#include "feed/callgenerator.h"
#include "feed/intakeserver.h"
#include "io/calljson.h"
#include "session/dispatchsession.h"
#include "store/callimporter.h"
#include "store/storeclient.h"
#include "ui/consolewindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace rr;

namespace {

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(p * double(v.size())))];
}

void report(const char *what, const std::vector<double> &ms, double target)
{
    std::printf("%-44s n=%-6zu p50 %7.2f ms  p99 %7.2f ms  max %7.2f ms  (target p99 < %.0f ms)\n", what,
                ms.size(), percentile(ms, 0.5), percentile(ms, 0.99),
                ms.empty() ? 0.0 : *std::max_element(ms.begin(), ms.end()), target);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    int open = 10000;
    double rate = 100;
    int seconds = 20;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == u"--open")
            open = args[i + 1].toInt();
        else if (args[i] == u"--rate")
            rate = args[i + 1].toDouble();
        else if (args[i] == u"--seconds")
            seconds = args[i + 1].toInt();
    }

    test::PrivateCluster cluster;
    QString error;
    if (!cluster.start(&error)) {
        std::fprintf(stderr, "cluster: %s\n", qPrintable(error));
        return 2;
    }
    const auto rules = RuleSetLoader::loadBuiltIn().value();
    const TriageEngine engine(rules);
    {
        auto conn = cluster.connect(&error);
        CallImporter importer(*conn);
        CallGenerator gen({11, QDateTime::currentDateTime().addSecs(-3600), 350.0, QStringLiteral("OPEN-")});
        for (int i = 0; i < open; ++i) {
            Call c = gen.next();
            c.receivedAt = QDateTime::currentDateTime().addSecs(-(open - i) / 4);
            importer.add(c, engine.triage(c));
        }
        if (!importer.finish()) {
            std::fprintf(stderr, "import: %s\n", qPrintable(importer.error()));
            return 2;
        }
        std::printf("preloaded %d open calls\n", open);
    }

    QThread intakeThread;
    IntakeOptions io;
    io.port = 0;
    io.dbUri = cluster.uri();
    io.rules = rules;
    auto *intake = new IntakeServer(io);
    intake->moveToThread(&intakeThread);
    intakeThread.start();
    quint16 port = 0;
    QMetaObject::invokeMethod(
        intake, [&] { intake->start(&error), port = intake->port(); }, Qt::BlockingQueuedConnection);
    if (port == 0) {
        std::fprintf(stderr, "intake: %s\n", qPrintable(error));
        return 2;
    }

    QTemporaryDir journals;
    StoreClient client({cluster.uri(),
                        {},
                        StoreSchema::Live,
                        journals.filePath(QStringLiteral("j.jsonl")),
                        QStringLiteral("BENCH@WS"),
                        {}});
    DispatchSession session(&client, QStringLiteral("BENCH"), QStringLiteral("WS"));
    ConsoleWindow window(&session, QStringLiteral("bench"));
    window.show();
    client.start();
    QElapsedTimer wait;
    wait.start();
    while (session.queue()->rowCount() < open && wait.elapsed() < 120000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    std::printf("console loaded %d calls in the queue after %.1f s\n", session.queue()->rowCount(),
                double(wait.elapsed()) / 1000);

    // Event-loop latency: how late a 5 ms timer fires on the GUI thread.
    std::vector<double> loopLatency;
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    QObject::connect(&probe, &QTimer::timeout, &app, [&] {
        const qint64 now = clock.nsecsElapsed();
        loopLatency.push_back(std::max(0.0, double(now - last) / 1e6 - 5.0));
        last = now;
    });

    // Appearance: POST response -> the call in the queue.
    QMutex mutex;
    QHash<QString, qint64> responded; // cad id -> ns on `clock`
    QHash<QString, qint64> appeared;
    QObject::connect(session.queue(), &QueueModel::callArrived, &app, [&](const QString &id) {
        QMutexLocker lock(&mutex);
        appeared.insert(id, clock.nsecsElapsed());
    });

    QThread posterThread;
    auto *nam = new QNetworkAccessManager;
    nam->moveToThread(&posterThread);
    auto *generator = new CallGenerator({12, QDateTime::currentDateTime(), 350.0, QStringLiteral("LOAD-")});
    auto *tick = new QTimer;
    tick->setTimerType(Qt::PreciseTimer);
    tick->moveToThread(&posterThread);
    const int total = int(rate * seconds);
    int sent = 0;
    QObject::connect(tick, &QTimer::timeout, nam, [&, nam, generator, tick] {
        if (sent >= total) {
            tick->stop();
            return;
        }
        Call c = generator->next();
        c.receivedAt = QDateTime::currentDateTime();
        ++sent;
        QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1/v1/calls").arg(port)));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = nam->post(req, QJsonDocument(callToJson(c)).toJson(QJsonDocument::Compact));
        QObject::connect(reply, &QNetworkReply::finished, nam, [&, reply, id = c.id] {
            QMutexLocker lock(&mutex);
            if (reply->error() == QNetworkReply::NoError)
                responded.insert(id, clock.nsecsElapsed());
            reply->deleteLater();
        });
    });
    posterThread.start();
    probe.start(5);
    QMetaObject::invokeMethod(tick, [tick, rate] { tick->start(int(1000 / rate)); });
    QElapsedTimer run;
    run.start();
    while (run.elapsed() < seconds * 1000 + 3000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    probe.stop();

    std::vector<double> appear;
    int missing = 0;
    {
        QMutexLocker lock(&mutex);
        for (auto it = responded.begin(); it != responded.end(); ++it) {
            if (!appeared.contains(it.key())) {
                ++missing;
                continue;
            }
            appear.push_back(std::max(0.0, double(appeared.value(it.key()) - it.value()) / 1e6));
        }
    }
    std::printf(
        "posted %d calls at %.0f/s for %d s with %d open calls; %lld answered, %d not seen in the queue\n",
        sent, rate, seconds, open, static_cast<long long>(responded.size()), missing);
    report("GUI event-loop latency (5 ms timer lateness)", loopLatency, 50);
    report("POST response -> call in the queue", appear, 500);

    QMetaObject::invokeMethod(
        tick, [tick] { tick->stop(); }, Qt::BlockingQueuedConnection);
    posterThread.quit();
    posterThread.wait();
    delete tick;
    delete nam;
    delete generator;
    QMetaObject::invokeMethod(
        intake, [intake] { delete intake; }, Qt::BlockingQueuedConnection);
    intakeThread.quit();
    intakeThread.wait();
    return missing == 0 ? 0 : 1;
}
