// rr_test_cluster start|stop|uri DIR: the CTest fixture that gives database tests a throwaway PostgreSQL
// cluster (see tests/dbtest.cmake). `start` wipes DIR first so every ctest run begins clean.

#include "store/localcluster.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString command = args.value(1);
    if (args.size() != 3 ||
        !QStringList{QStringLiteral("start"), QStringLiteral("stop"), QStringLiteral("uri")}.contains(
            command)) {
        err << "usage: rr_test_cluster start|stop|uri DIR\n";
        return 2;
    }
    rr::LocalCluster cluster(args.at(2));
    if (command == QLatin1String("uri")) {
        out << cluster.connectionUri() << '\n';
        return 0;
    }
    if (command == QLatin1String("start")) {
        // A server left running by an interrupted run must stop before its directory goes.
        const rr::LocalCluster::Result stopped = cluster.stop();
        if (!stopped.ok) {
            err << stopped.message << '\n';
            return 1;
        }
        if (QFileInfo::exists(cluster.dataDir()) && !QDir(cluster.dataDir()).removeRecursively()) {
            err << "could not wipe " << cluster.dataDir() << '\n';
            return 1;
        }
    }
    const rr::LocalCluster::Result result =
        command == QLatin1String("start") ? cluster.start() : cluster.stop();
    (result.ok ? out : err) << result.message << '\n';
    if (result.ok && command == QLatin1String("start"))
        out << cluster.connectionUri() << '\n';
    return result.ok ? 0 : 1;
}
