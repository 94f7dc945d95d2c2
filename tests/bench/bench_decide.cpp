// Benchmark of the decision round trip: CallStore::decide (one transaction: read the call and its
// suggestion, insert the decision first-wins, mark the call decided, commit, read the decision back) on the
// embedded cluster, i.e. a private LocalCluster in a ClusterDirectory reached over its Unix socket.
// Usage: bench_decide [--calls N]   (default 2,000)
// Imports N generated calls, then decides each once (accept, or an override every fifth call), then tries
// each again from a second "console" (AlreadyDecided), timing every call; prints p50, p90, p99 and max of
// both. Target: p99 < 10 ms.

#include "clusterdirectory.h"
#include "domain/rulesetloader.h"
#include "domain/triageengine.h"
#include "feed/callgenerator.h"
#include "store/callimporter.h"
#include "store/callstore.h"
#include "store/localcluster.h"
#include "store/migrator.h"
#include "store/pgconnection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace rr;

namespace {

void report(const char *what, std::vector<double> ms)
{
    if (ms.empty())
        return;
    std::sort(ms.begin(), ms.end());
    auto at = [&](double q) { return ms[std::min(ms.size() - 1, std::size_t(q * double(ms.size())))]; };
    std::printf("%-28s n=%zu  p50 %.2f ms  p90 %.2f ms  p99 %.2f ms  max %.2f ms%s\n", what, ms.size(),
                at(0.50), at(0.90), at(0.99), ms.back(),
                at(0.99) < 10.0 ? "" : "   (p99 over the 10 ms target)");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int calls = 2000;
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == u"--calls")
            calls = std::max(1, args.at(i + 1).toInt());
    }
    test::ClusterDirectory tmp(QStringLiteral("bench-decide"));
    if (!tmp.isValid()) {
        std::fprintf(stderr, "%s\n", qPrintable(tmp.error()));
        return 1;
    }
    LocalCluster cluster(tmp.filePath(QStringLiteral("pg")));
    const LocalCluster::Result started = cluster.start();
    if (!started.ok) {
        std::fprintf(stderr, "cannot start the cluster: %s\n", qPrintable(started.message));
        return 1;
    }
    int status = 1;
    {
        QString error;
        auto first = PgConnection::open(cluster.connectionUri(), &error);
        auto second = PgConnection::open(cluster.connectionUri(), &error);
        const Migrator::Result migrated = first ? Migrator::migrate(*first) : Migrator::Result{false, error};
        auto rules = RuleSetLoader::loadBuiltIn();
        if (!second || !migrated.ok || !rules.ok()) {
            std::fprintf(stderr, "cannot prepare: %s\n", qPrintable(migrated.ok ? error : migrated.message));
        } else {
            const TriageEngine engine(rules.value());
            CallGenerator generator({3, {}, 350.0, {}});
            CallImporter importer(*first);
            std::vector<std::pair<QString, ResponseKind>> ids;
            for (int i = 0; i < calls; ++i) {
                const Call c = generator.next();
                const Suggestion s = engine.triage(c);
                if (importer.add(c, s) == CallImporter::AddResult::Added)
                    ids.emplace_back(c.id, s.kind);
            }
            if (!importer.finish()) {
                std::fprintf(stderr, "import failed: %s\n", qPrintable(importer.error()));
            } else {
                CallStore console1(*first);
                CallStore console2(*second);
                console1.setActor(QStringLiteral("D1@WS-1"));
                console2.setActor(QStringLiteral("D2@WS-2"));
                std::vector<double> stored;
                std::vector<double> refused;
                int wrong = 0;
                for (std::size_t i = 0; i < ids.size(); ++i) {
                    DecisionRequest q;
                    q.requestId = QUuid::createUuid();
                    q.cadId = ids[i].first;
                    q.dispatcher = QStringLiteral("D1");
                    q.workstation = QStringLiteral("WS-1");
                    if (i % 5 == 4) {
                        q.accepted = false;
                        q.chosenKind = ids[i].second == ResponseKind::Police ? ResponseKind::CoResponder
                                                                             : ResponseKind::Police;
                        q.reasonCode = QStringLiteral("new_information");
                    }
                    QElapsedTimer t;
                    t.start();
                    const DecideOutcome a = console1.decide(q);
                    stored.push_back(double(t.nsecsElapsed()) / 1e6);
                    q.requestId = QUuid::createUuid();
                    q.dispatcher = QStringLiteral("D2");
                    t.restart();
                    const DecideOutcome b = console2.decide(q);
                    refused.push_back(double(t.nsecsElapsed()) / 1e6);
                    if (a.status != DecideOutcome::Status::Stored ||
                        b.status != DecideOutcome::Status::AlreadyDecided) {
                        if (wrong++ < 5)
                            std::fprintf(stderr, "%s: %s / %s\n", qPrintable(q.cadId), qPrintable(a.message),
                                         qPrintable(b.message));
                    }
                }
                std::printf(
                    "decision round trip on the embedded cluster (Unix socket, fsync on), %zu calls\n",
                    ids.size());
                report("decide: stored", stored);
                report("decide: already decided", refused);
                if (wrong > 0)
                    std::printf("%d unexpected outcomes\n", wrong);
                status = wrong == 0 ? 0 : 1;
            }
        }
    }
    cluster.stop();
    return status;
}
