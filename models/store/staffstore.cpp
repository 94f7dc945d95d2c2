#include "staffstore.h"

#include "pgconnection.h"

namespace rr {

namespace {

// The server's message, made plain where the server's words are not: a refusal of the privileges says who
// may do it.
QString explain(const PgResult &r)
{
    if (r.sqlState() == u"42501")
        return StaffStore::tr("only an administrator (a member of rr_admin) may manage staff: %1")
            .arg(r.error());
    return r.error();
}

} // namespace

StaffStore::StaffStore(PgConnection &connection) : m_conn(connection) {}

QString StaffStore::passwordProblem(const QString &password, const QString &id)
{
    if (password.size() < kMinimumPasswordLength)
        return tr("a password needs at least %1 characters").arg(kMinimumPasswordLength);
    if (password.trimmed().isEmpty())
        return tr("a password cannot be only spaces");
    if (password.compare(id, Qt::CaseInsensitive) == 0)
        return tr("the password cannot be the staff ID");
    return {};
}

Result<QByteArray> StaffStore::verifier(const QString &id, const QString &password)
{
    if (const QString problem = passwordProblem(password, id); !problem.isEmpty())
        return Failure{problem};
    QString error;
    const QByteArray v = m_conn.encryptPassword(password, id, &error);
    if (v.isEmpty())
        return Failure{tr("could not hash the password: %1").arg(error)};
    return v;
}

Result<void> StaffStore::call(const char *sql, const QList<PgParam> &params)
{
    const PgResult r = m_conn.exec(sql, params);
    if (!r.ok())
        return Failure{explain(r)};
    return {};
}

Result<void> StaffStore::add(const QString &id, const QString &name, StaffRole role, const QString &password)
{
    const Result<QByteArray> v = verifier(id, password);
    if (!v)
        return v.failure();
    return call("SELECT staff.add($1, $2, $3, $4)", {id, name, toString(role), v.value()});
}

Result<QList<StaffMember>> StaffStore::list()
{
    const PgResult r =
        m_conn.exec("SELECT m.login, m.name, m.role, m.active AND coalesce(r.rolcanlogin, false)"
                    " AS active, m.created_at, m.updated_at FROM staff.members m"
                    " LEFT JOIN pg_roles r ON r.rolname = m.login ORDER BY m.login");
    if (!r.ok())
        return Failure{explain(r)};
    const int login = r.column("login"), name = r.column("name"), role = r.column("role"),
              active = r.column("active"), created = r.column("created_at"), updated = r.column("updated_at");
    QList<StaffMember> out;
    out.reserve(r.rows());
    for (int i = 0; i < r.rows(); ++i)
        out.append({r.text(i, login), r.text(i, name),
                    staffRoleFromString(r.text(i, role)).value_or(StaffRole::Dispatcher),
                    r.boolean(i, active), r.timestamp(i, created), r.timestamp(i, updated)});
    return out;
}

Result<void> StaffStore::setRole(const QString &id, StaffRole role)
{
    return call("SELECT staff.set_role($1, $2)", {id, toString(role)});
}

Result<void> StaffStore::setActive(const QString &id, bool active)
{
    if (Result<void> set = call("SELECT staff.set_active($1, $2)", {id, active}); !set || active)
        return set;
    // Committed: the login is refused from now on. Then its open sessions are ended (migration 0015), so
    // that none can come back in between.
    return call("SELECT staff.end_sessions($1)", {id});
}

Result<void> StaffStore::resetPassword(const QString &id, const QString &password)
{
    const Result<QByteArray> v = verifier(id, password);
    if (!v)
        return v.failure();
    return call("SELECT staff.reset_password($1, $2)", {id, v.value()});
}

Result<SignedInUser> StaffStore::whoAmI()
{
    const PgResult r = m_conn.exec("SELECT login, name, role, owner FROM staff.whoami()");
    if (!r.ok() || r.rows() != 1)
        return Failure{r.ok() ? tr("the database did not say who is signed in") : r.error()};
    SignedInUser u;
    u.login = r.text(0, r.column("login"));
    u.name = r.text(0, r.column("name"));
    u.role = staffRoleFromString(r.text(0, r.column("role")));
    u.owner = r.boolean(0, r.column("owner"));
    return u;
}

} // namespace rr
