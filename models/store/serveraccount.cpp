#include "serveraccount.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>

#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <vector>

namespace rr {

namespace {

const QString kPostgresAccount = QStringLiteral("postgres");
const QString kOwnAccount = QStringLiteral("rightresponse");

bool accountExists(const QString &name)
{
    return ::getpwnam(name.toLocal8Bit().constData()) != nullptr;
}

} // namespace

ServerAccount ServerAccount::forCurrentProcess()
{
    ServerAccount account;
    if (::geteuid() == 0) {
        account.m_otherUser = true;
        account.m_name = accountExists(kPostgresAccount) ? kPostgresAccount : kOwnAccount;
    } else if (const passwd *pw = ::getpwuid(::geteuid())) {
        account.m_name = QString::fromLocal8Bit(pw->pw_name);
    } else {
        account.m_name = QString::number(::geteuid());
    }
    account.lookUp();
    return account;
}

void ServerAccount::lookUp()
{
    if (const passwd *pw = ::getpwnam(m_name.toLocal8Bit().constData())) {
        m_uid = pw->pw_uid;
        m_gid = pw->pw_gid;
        m_exists = true;
    } else if (!m_otherUser) {
        // A user without a passwd entry (some containers): it is still the current user.
        m_uid = ::geteuid();
        m_gid = ::getegid();
        m_exists = true;
    }
}

bool ServerAccount::create(QString *error)
{
    if (m_exists)
        return true;
    QProcess useradd;
    useradd.setProcessChannelMode(QProcess::MergedChannels);
    useradd.start(QStringLiteral("useradd"),
                  {QStringLiteral("--system"), QStringLiteral("--no-create-home"), QStringLiteral("--shell"),
                   QStringLiteral("/usr/sbin/nologin"), m_name});
    const bool finished = useradd.waitForFinished(30000);
    lookUp();
    if (m_exists)
        return true;
    *error = tr("could not create the system account \"%1\" for the database server: %2")
                 .arg(m_name,
                      finished ? QString::fromLocal8Bit(useradd.readAll()).trimmed() : useradd.errorString());
    return false;
}

QStringList ServerAccount::command(const QString &program, const QStringList &args) const
{
    if (!m_otherUser)
        return QStringList{program} + args;
    return QStringList{QStringLiteral("runuser"), QStringLiteral("-u"), m_name, QStringLiteral("--"),
                       program} +
           args;
}

ServerAccount::Run ServerAccount::run(const QString &program, const QStringList &args, int timeoutMs) const
{
    const QStringList full = command(program, args);
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(QDir::rootPath());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"PGDATA", "PGHOST", "PGHOSTADDR", "PGPORT", "PGUSER", "PGDATABASE", "PGOPTIONS",
                             "PGSERVICE", "PGCTLTIMEOUT"})
        env.remove(QLatin1String(name));
    process.setProcessEnvironment(env);
    process.start(full.first(), full.mid(1));
    if (!process.waitForStarted())
        return {false, QStringLiteral("%1: %2").arg(full.first(), process.errorString())};
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {false, tr("%1 did not finish within %2 s").arg(program, QString::number(timeoutMs / 1000))};
    }
    const QString output = QString::fromLocal8Bit(process.readAll()).trimmed();
    return {process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, output};
}

bool ServerAccount::canTraverse(const QString &path, QString *blocking) const
{
    if (!m_otherUser)
        return true; // our own process: the OS reports any problem when we create the directory
    std::vector<gid_t> groups(64);
    int count = int(groups.size());
    const QByteArray user = m_name.toLocal8Bit();
    if (::getgrouplist(user.constData(), m_gid, groups.data(), &count) < 0) {
        groups.resize(size_t(count));
        ::getgrouplist(user.constData(), m_gid, groups.data(), &count);
    }
    groups.resize(size_t(count));
    QString dir = QFileInfo(path).absoluteFilePath();
    for (;;) {
        dir = QFileInfo(dir).absolutePath();
        struct stat st
        {
        };
        if (::stat(QFile::encodeName(dir).constData(), &st) == 0) {
            bool ok = (st.st_mode & S_IXOTH) != 0;
            if (st.st_uid == m_uid)
                ok = (st.st_mode & S_IXUSR) != 0;
            else if (std::find(groups.begin(), groups.end(), st.st_gid) != groups.end())
                ok = (st.st_mode & S_IXGRP) != 0;
            if (!ok) {
                *blocking = dir;
                return false;
            }
        }
        if (dir == QDir::rootPath())
            return true;
    }
}

bool ServerAccount::giveOwnership(const QString &path, QString *error) const
{
    if (!m_otherUser)
        return true;
    if (::chown(QFile::encodeName(path).constData(), m_uid, m_gid) == 0)
        return true;
    *error = tr("could not give %1 to the account \"%2\": %3")
                 .arg(path, m_name, QString::fromLocal8Bit(::strerror(errno)));
    return false;
}

} // namespace rr
