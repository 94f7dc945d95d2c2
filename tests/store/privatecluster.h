#pragma once

// A PostgreSQL cluster of the test's own, in a temporary directory, for tests that stop and start the server
// in the middle (the shared rr_db fixture cluster must stay up for the other tests). Migrated on first start;
// stopped when the test ends, whatever failed.

#include "store/localcluster.h"
#include "store/migrator.h"
#include "store/pgconnection.h"
#include "store/processprobe.h"

#include <QFile>
#include <QTemporaryDir>

#include <memory>

namespace rr::test {

class PrivateCluster
{
public:
    PrivateCluster()
    {
        // As root the server runs as `postgres`, which must be able to pass through the temporary directory.
        QFile::setPermissions(m_tmp.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                QFile::ExeGroup | QFile::ExeOther);
        m_cluster = std::make_unique<LocalCluster>(m_tmp.filePath(QStringLiteral("pg")));
    }
    ~PrivateCluster() { m_cluster->stop(); }

    // Starts the server; the first time also migrates the database. False with `error` set on failure.
    bool start(QString *error)
    {
        const LocalCluster::Result started = m_cluster->start();
        if (!started.ok) {
            *error = started.message;
            return false;
        }
        if (m_migrated)
            return true;
        auto conn = connect(error);
        if (!conn)
            return false;
        const Migrator::Result migrated = Migrator::migrate(*conn);
        if (!migrated.ok) {
            *error = migrated.message;
            return false;
        }
        m_migrated = true;
        return true;
    }
    bool stop(QString *error)
    {
        const LocalCluster::Result stopped = m_cluster->stop();
        if (!stopped.ok)
            *error = stopped.message;
        return stopped.ok;
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
    QTemporaryDir m_tmp;
    std::unique_ptr<LocalCluster> m_cluster;
    bool m_migrated = false;
};

} // namespace rr::test
