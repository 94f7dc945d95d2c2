#pragma once

// A PostgreSQL cluster of the test's own, for tests that stop and start the server in the middle (the shared
// rr_db fixture cluster must stay up for the other tests). Migrated on first start. It lives in a fresh
// private directory under the system temporary directory (clusterdirectory.h), which goes, with the server,
// when the test ends, whatever failed.

#include "clusterdirectory.h"
#include "store/localcluster.h"
#include "store/migrator.h"
#include "store/pgconnection.h"
#include "store/processprobe.h"

#include <memory>

namespace rr::test {

class PrivateCluster
{
public:
    PrivateCluster() : m_cluster(std::make_unique<LocalCluster>(m_dir.filePath(QStringLiteral("pg")))) {}
    ~PrivateCluster() { (void)m_cluster->stop(); } // best effort; stop() reports failures

    // Starts the server; the first time also migrates the database. False with `error` set on failure.
    bool start(QString *error)
    {
        if (!m_dir.isValid()) {
            *error = m_dir.error();
            return false;
        }
        const Result<QString> started = m_cluster->start();
        if (!started.ok()) {
            *error = started.error();
            return false;
        }
        if (m_migrated)
            return true;
        auto conn = connect(error);
        if (!conn)
            return false;
        if (const Result<Migrator::Migrated> migrated = Migrator::migrate(*conn); !migrated) {
            *error = migrated.error();
            return false;
        }
        m_migrated = true;
        return true;
    }
    bool stop(QString *error)
    {
        const Result<QString> stopped = m_cluster->stop();
        if (!stopped.ok())
            *error = stopped.error();
        return stopped.ok();
    }
    std::unique_ptr<PgConnection> connect(QString *error) const
    {
        return PgConnection::open(m_cluster->connectionUri(), error);
    }
    QString uri() const { return m_cluster->connectionUri(); }
    qint64 postmasterPid() const
    {
        return ProcessProbe::pidInLockFile(m_cluster->dataDir() + QLatin1String("/postmaster.pid"));
    }
    LocalCluster &cluster() { return *m_cluster; }

private:
    ClusterDirectory m_dir{QStringLiteral("private")};
    std::unique_ptr<LocalCluster> m_cluster;
    bool m_migrated = false;
};

} // namespace rr::test
