#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace rr {

// The operating-system account that owns and runs the private PostgreSQL server. initdb and postgres refuse
// to run as root, so a root process runs them as an unprivileged account through `runuser -u ACCOUNT --`: the
// `postgres` system account if it exists, else a dedicated system account `rightresponse`. A normal user runs
// the server as itself. The account name is also the cluster's superuser role. Plain value type; any thread.
class ServerAccount
{
    Q_DECLARE_TR_FUNCTIONS(ServerAccount)

public:
    // The account for this process, looked up without creating anything (exists() may be false as root).
    static ServerAccount forCurrentProcess();

    QString name() const { return m_name; }
    bool exists() const { return m_exists; }
    // True when root runs the server as another account (commands go through runuser, files are chowned).
    bool isOtherUser() const { return m_otherUser; }
    unsigned uid() const { return m_uid; }
    unsigned gid() const { return m_gid; }

    // Creates the `rightresponse` system account (root only). Returns false and sets *error on failure.
    bool create(QString *error);
    // The program and arguments that run `program args` as this account: first element is the program.
    QStringList command(const QString &program, const QStringList &args) const;
    struct Run
    {
        bool ok = false; // started, exited normally with code 0 within the timeout
        QString output;  // stdout and stderr, or why it did not run
    };
    // Runs a server program as this account, with "/" as working directory (the account may not enter ours)
    // and without PG* variables that could redirect it. Blocks up to timeoutMs.
    Run run(const QString &program, const QStringList &args, int timeoutMs) const;
    // Whether this account can reach `path`: every existing ancestor directory is searchable by it.
    // On failure *blocking names the first directory that is not.
    bool canTraverse(const QString &path, QString *blocking) const;
    // Gives `path` (not recursive) to this account when it is another user; no-op otherwise.
    bool giveOwnership(const QString &path, QString *error) const;

private:
    void lookUp();

    QString m_name;
    unsigned m_uid = 0;
    unsigned m_gid = 0;
    bool m_exists = false;
    bool m_otherUser = false;
};

} // namespace rr
