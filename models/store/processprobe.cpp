#include "processprobe.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace rr {

namespace {

QString procPath(qint64 pid, const char *entry)
{
    return QStringLiteral("/proc/%1/%2").arg(QString::number(pid), QLatin1String(entry));
}

// Live means present and neither a zombie (Z) nor dead (X): an unreaped zombie still answers kill(pid, 0).
bool isLive(qint64 pid)
{
    QFile stat(procPath(pid, "stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')'); // the command name may hold spaces and parentheses
    if (close < 0 || close + 2 >= line.size())
        return false;
    const char state = line.at(close + 2);
    return state != 'Z' && state != 'X';
}

// Listening Unix socket paths from /proc/net/unix (flag __SO_ACCEPTCON = 0x10000).
QStringList listeningUnixSockets()
{
    QStringList paths;
    QFile file(QStringLiteral("/proc/net/unix"));
    if (!file.open(QIODevice::ReadOnly))
        return paths;
    file.readLine(); // header
    while (!file.atEnd()) {
        const QList<QByteArray> fields = file.readLine().simplified().split(' ');
        if (fields.size() < 8)
            continue;
        bool ok = false;
        const uint flags = fields.at(3).toUInt(&ok, 16);
        if (ok && (flags & 0x10000u) != 0)
            paths.append(QFile::decodeName(fields.at(7)));
    }
    return paths;
}

bool tcpPortListening(int port, const QString &table)
{
    QFile file(table);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    file.readLine(); // header
    while (!file.atEnd()) {
        const QList<QByteArray> fields = file.readLine().simplified().split(' ');
        if (fields.size() < 4 || fields.at(3) != "0A") // 0A = LISTEN
            continue;
        const QByteArray local = fields.at(1);
        bool ok = false;
        if (local.mid(local.lastIndexOf(':') + 1).toInt(&ok, 16) == port && ok)
            return true;
    }
    return false;
}

} // namespace

qint64 ProcessProbe::pidInLockFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    bool ok = false;
    const qint64 pid = file.readLine().trimmed().toLongLong(&ok);
    // A negative pid marks a single-user backend; it is a pid all the same.
    return ok ? qAbs(pid) : 0;
}

bool ProcessProbe::isServerOf(qint64 pid, const QString &canonicalDataDir)
{
    if (pid <= 0 || !isLive(pid))
        return false;
    const QString exe = QFileInfo(QFile::symLinkTarget(procPath(pid, "exe"))).fileName();
    if (!exe.startsWith(QLatin1String("postgres")))
        return false;
    return QFile::symLinkTarget(procPath(pid, "cwd")) == canonicalDataDir;
}

QList<qint64> ProcessProbe::processesIn(const QString &canonicalDataDir)
{
    QList<qint64> pids;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (ok && QFile::symLinkTarget(procPath(pid, "cwd")) == canonicalDataDir && isLive(pid))
            pids.append(pid);
    }
    return pids;
}

bool ProcessProbe::unixSocketListening(const QString &socketPath)
{
    return listeningUnixSockets().contains(socketPath);
}

bool ProcessProbe::portInUse(int port)
{
    const QString suffix = QStringLiteral("/.s.PGSQL.%1").arg(port);
    const QStringList sockets = listeningUnixSockets();
    for (const QString &path : sockets) {
        if (path.endsWith(suffix))
            return true;
    }
    return tcpPortListening(port, QStringLiteral("/proc/net/tcp")) ||
           tcpPortListening(port, QStringLiteral("/proc/net/tcp6"));
}

} // namespace rr
