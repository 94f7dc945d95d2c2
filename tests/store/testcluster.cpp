// rr_test_cluster start|stop|uri FILE: the CTest fixture that gives database tests a throwaway PostgreSQL
// cluster (see tests/dbtest.cmake and clusterdirectory.h).
//   start  makes the run's directory under the system temporary directory, records its path in FILE (in the
//          build tree) and starts the cluster in <run>/fixture. A run directory left by an interrupted run
//          (FILE still names it) is stopped and deleted first.
//   stop   stops every server in the run's directory (the fixture's, and any a crashed test left) and deletes
//          it and FILE.
//   uri    prints the fixture cluster's connection URI.

#include "clusterdirectory.h"

#include "store/localcluster.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

namespace {

using rr::LocalCluster;
using rr::test::ClusterDirectory;

// The run directory FILE names, whether it still exists or not.
QString recordedRun(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QFile::decodeName(f.readLine().trimmed());
}

// Stops and deletes the run directory FILE names, then FILE. Prints what it did.
bool removeRun(const QString &file, QTextStream &out, QTextStream &err)
{
    const QString run = recordedRun(file);
    QStringList stopped;
    QString error;
    if (!run.isEmpty() && !ClusterDirectory::removeTree(run, &error, &stopped)) {
        err << error << '\n';
        return false;
    }
    const QString fixture = run + QLatin1String("/fixture");
    for (const QString &dataDir : std::as_const(stopped)) {
        if (dataDir == fixture)
            out << "Stopped the test cluster in " << dataDir << ".\n";
        else
            err << "stopped a server that a test left running in " << dataDir << '\n';
    }
    if (!run.isEmpty())
        out << "Removed " << run << ".\n";
    if (QFileInfo::exists(file) && !QFile::remove(file)) {
        err << "could not remove " << file << '\n';
        return false;
    }
    return true;
}

int start(const QString &file, QTextStream &out, QTextStream &err)
{
    if (!removeRun(file, out, err))
        return 1;
    ClusterDirectory run(QStringLiteral("run"), QDir::tempPath());
    if (!run.isValid()) {
        err << run.error() << '\n';
        return 1;
    }
    QSaveFile record(file);
    if (!record.open(QIODevice::WriteOnly) || record.write(QFile::encodeName(run.path()) + '\n') < 0 ||
        !record.commit()) {
        err << "could not write " << file << ": " << record.errorString() << '\n';
        return 1;
    }
    LocalCluster cluster(run.filePath(QStringLiteral("fixture")));
    const rr::Result<QString> result = cluster.start();
    if (!result.ok()) {
        err << result.error() << '\n';
        QFile::remove(file);
        return 1;
    }
    run.setAutoRemove(false); // until the fixture's stop step
    out << result.error() << '\n' << cluster.connectionUri() << '\n';
    return 0;
}

} // namespace

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
        err << "usage: rr_test_cluster start|stop|uri FILE\n";
        return 2;
    }
    const QString file = args.at(2);
    if (command == QLatin1String("start"))
        return start(file, out, err);
    if (command == QLatin1String("stop")) {
        if (recordedRun(file).isEmpty())
            out << "No test cluster to stop.\n";
        return removeRun(file, out, err) ? 0 : 1;
    }
    const QString run = recordedRun(file);
    if (run.isEmpty()) {
        err << "no test cluster: " << file << " names none\n";
        return 1;
    }
    out << LocalCluster(run + QLatin1String("/fixture")).connectionUri() << '\n';
    return 0;
}
