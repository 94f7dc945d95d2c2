#pragma once

// Where the tests' PostgreSQL clusters live.
//
// As root the server runs as `postgres` (initdb and postgres refuse to run as root), and that account may not
// enter the clone (/root/project): a test cluster therefore never lives in the build tree, whatever the
// clone's path, but in a fresh private directory under the system temporary directory (QDir::tempPath():
// TMPDIR, else /tmp), with a unique name (concurrent runs from several clones never meet), mode 0700 and
// owned by the server account. It is removed, with every server running in it, at the end.
//
// Under ctest the rr_db fixture (tests/dbtest.cmake) makes one such directory for the run: its own cluster
// lives in <run>/fixture and every test's private directory goes inside the run's directory too, so that the
// fixture's stop step, which stops every server in there and deletes it, leaves nothing behind even after a
// test that crashed or timed out. Outside ctest a private directory goes directly under QDir::tempPath().

#include <QString>

namespace rr::test {

// A fresh private directory for test clusters, removed with its servers when the object goes (unless
// setAutoRemove(false)). Not copyable; lives on the thread that made it.
class ClusterDirectory
{
public:
    // Makes <parent>/rr-test-<purpose>-XXXXXX; by default the parent is the ctest run's directory when there
    // is one, else QDir::tempPath(). isValid() is false with error() set when it cannot be made or the server
    // account cannot reach it.
    explicit ClusterDirectory(const QString &purpose, const QString &parent = QString());
    ~ClusterDirectory();
    ClusterDirectory(const ClusterDirectory &) = delete;
    ClusterDirectory &operator=(const ClusterDirectory &) = delete;

    bool isValid() const { return !m_path.isEmpty(); }
    QString error() const { return m_error; }
    QString path() const { return m_path; }
    QString filePath(const QString &name) const;
    void setAutoRemove(bool on) { m_autoRemove = on; }

    // Stops every server whose data directory lies in here, then deletes the directory. False with *error set
    // when something is left.
    bool remove(QString *error);

    // The same for any directory made by this class (a run directory read back from the fixture's file);
    // `stopped`, when given, receives the data directories whose server was still running.
    static bool removeTree(const QString &path, QString *error, QStringList *stopped = nullptr);
    // The ctest run's directory, read from the file named by RR_TEST_RUN_FILE; empty when there is none.
    static QString runDirectory();

private:
    QString m_path;
    QString m_error;
    bool m_autoRemove = true;
};

// The data directory of the rr_db fixture's cluster, <run directory>/fixture; empty with *error set when the
// test does not run under ctest with the fixture.
QString fixtureDataDir(QString *error);

} // namespace rr::test
