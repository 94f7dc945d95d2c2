#pragma once

#include <QList>
#include <QString>

namespace rr {

// Reads Linux /proc to tell whether a PostgreSQL server is really running: a pid in postmaster.pid may name a
// dead process, a zombie nobody reaped, or (after a crash and a reboot) some unrelated process. Also lists
// the PostgreSQL sockets and TCP ports in use, to pick a free port. Stateless; any thread.
class ProcessProbe
{
public:
    // The pid on the first line of a postmaster.pid or .s.PGSQL.*.lock file; 0 if absent or unreadable.
    static qint64 pidInLockFile(const QString &path);
    // Whether `pid` is a live (not zombie) postgres process whose working directory is `canonicalDataDir`:
    // the postmaster and its children chdir into the data directory.
    static bool isServerOf(qint64 pid, const QString &canonicalDataDir);
    // Live processes (not zombies) whose working directory is `canonicalDataDir`: backends left by a killed
    // postmaster hold its shared memory until they notice and exit.
    static QList<qint64> processesIn(const QString &canonicalDataDir);
    // Whether a listening Unix socket exists at exactly `socketPath`.
    static bool unixSocketListening(const QString &socketPath);
    // Whether any listening Unix socket is named `.s.PGSQL.<port>` (a PostgreSQL server in any directory) or
    // any TCP socket listens on `port`.
    static bool portInUse(int port);
};

} // namespace rr
