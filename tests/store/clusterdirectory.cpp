#include "clusterdirectory.h"

#include "store/localcluster.h"
#include "store/serveraccount.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtDebug>

namespace rr::test {

namespace {

const QString kPrefix = QStringLiteral("rr-test-");
// Private directories sit at most a few levels below a run's directory; never search a cluster's own tree.
constexpr int kSearchDepth = 4;

void findClusters(const QString &dir, int depth, QStringList *found)
{
    if (QFileInfo::exists(dir + QLatin1String("/PG_VERSION"))) {
        found->append(dir);
        return;
    }
    if (depth == 0)
        return;
    const QFileInfoList entries =
        QDir(dir).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::NoSymLinks);
    for (const QFileInfo &entry : entries)
        findClusters(entry.filePath(), depth - 1, found);
}

// As root the server account gets `dir`; it must also be able to pass through every parent. Returns why not.
QString giveToServer(const QString &dir)
{
    ServerAccount account = ServerAccount::forCurrentProcess();
    QString error;
    if (!account.create(&error)) // as root without a `postgres` account: the one LocalCluster would create
        return error;
    if (!account.giveOwnership(dir, &error))
        return error;
    QString blocking;
    if (!account.canTraverse(dir + QLatin1String("/pg"), &blocking))
        return QStringLiteral(
                   "the database server account \"%1\" cannot reach %2 because it may not enter %3; "
                   "set TMPDIR to a directory it can enter, such as /tmp")
            .arg(account.name(), dir, blocking);
    return {};
}

} // namespace

ClusterDirectory::ClusterDirectory(const QString &purpose, const QString &parent)
{
    QString base = parent.isEmpty() ? runDirectory() : parent;
    if (base.isEmpty())
        base = QDir::tempPath();
    QTemporaryDir made(QDir(base).filePath(kPrefix + purpose + QLatin1String("-XXXXXX"))); // mode 0700
    if (!made.isValid()) {
        m_error = QStringLiteral("could not make a directory for a test cluster in %1: %2")
                      .arg(base, made.errorString());
        return;
    }
    const QString error = giveToServer(made.path());
    if (!error.isEmpty()) {
        m_error = error;
        return; // `made` deletes the directory
    }
    made.setAutoRemove(false);
    m_path = made.path();
}

ClusterDirectory::~ClusterDirectory()
{
    QString error;
    if (m_autoRemove && isValid() && !remove(&error))
        qWarning("%s", qPrintable(error));
}

QString ClusterDirectory::filePath(const QString &name) const
{
    return QDir(m_path).filePath(name);
}

bool ClusterDirectory::remove(QString *error)
{
    if (!isValid())
        return true;
    if (!removeTree(m_path, error))
        return false;
    m_path.clear();
    return true;
}

bool ClusterDirectory::removeTree(const QString &path, QString *error, QStringList *stopped)
{
    const QFileInfo info(path);
    if (!info.exists())
        return true;
    // The path may come from a file: delete nothing but a directory this class made.
    if (!info.isAbsolute() || info.isSymLink() || !info.isDir() || !info.fileName().startsWith(kPrefix)) {
        *error = QStringLiteral("%1 is not a test cluster directory; not removing it").arg(path);
        return false;
    }
    // A second pass for a server that a killed test was still starting while the first one deleted.
    QStringList problems;
    for (int pass = 0; pass < 2 && QFileInfo::exists(path); ++pass) {
        problems.clear();
        QStringList clusters;
        findClusters(info.absoluteFilePath(), kSearchDepth, &clusters);
        for (const QString &dataDir : std::as_const(clusters)) {
            LocalCluster cluster(dataDir);
            if (cluster.state() == LocalCluster::State::Running && stopped && !stopped->contains(dataDir))
                stopped->append(dataDir);
            const Result<QString> result = cluster.stop();
            if (!result.ok())
                problems << result.error();
            else if (cluster.socketDirectory() != cluster.dataDir())
                QDir().rmdir(cluster.socketDirectory()); // /tmp/rr-pg-<hash>, empty once the server is gone
        }
        if (problems.isEmpty() && !QDir(path).removeRecursively())
            problems << QStringLiteral("could not delete all of %1").arg(path);
    }
    if (problems.isEmpty())
        return true;
    *error = problems.join(QLatin1String("; "));
    return false;
}

QString ClusterDirectory::runDirectory()
{
    QFile file(qEnvironmentVariable("RR_TEST_RUN_FILE"));
    if (file.fileName().isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    const QString dir = QFile::decodeName(file.readLine().trimmed());
    return QFileInfo(dir).isDir() ? dir : QString();
}

QString fixtureDataDir(QString *error)
{
    if (qEnvironmentVariableIsEmpty("RR_TEST_RUN_FILE")) {
        *error = QStringLiteral("RR_TEST_RUN_FILE is not set: run this test through ctest (fixture rr_db)");
        return {};
    }
    const QString run = ClusterDirectory::runDirectory();
    if (run.isEmpty()) {
        *error =
            QStringLiteral("no test cluster: the rr_db fixture's start step (db_cluster_start) did not run "
                           "or failed (%1 names no directory)")
                .arg(qEnvironmentVariable("RR_TEST_RUN_FILE"));
        return {};
    }
    return run + QLatin1String("/fixture");
}

} // namespace rr::test
