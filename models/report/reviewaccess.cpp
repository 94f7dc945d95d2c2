#include "reviewaccess.h"

#include <QCoreApplication>

#include "store/pgconnection.h"

#include <QObject>

namespace rr {

namespace {
// The catalogues' context of this file's texts (free functions have no tr() of their own).
struct ReviewAccessText
{
    Q_DECLARE_TR_FUNCTIONS(rr::ReviewAccess)
};
} // namespace

ReviewAccess checkReviewAccess(PgConnection &connection)
{
    ReviewAccess a;
    PgResult r = connection.exec(
        "SELECT session_user::text AS login,"
        " coalesce(pg_has_role(session_user, to_regrole('rr_supervisor'), 'MEMBER'), false) AS supervisor,"
        " coalesce(pg_has_role(session_user, to_regrole('rr_admin'), 'MEMBER'), false) AS admin,"
        " (SELECT rolsuper FROM pg_roles WHERE rolname = session_user) AS superuser,"
        " (SELECT pg_get_userbyid(datdba) = session_user FROM pg_database WHERE datname = current_database())"
        "   AS owner,"
        " coalesce(pg_has_role(session_user, to_regrole('rr_dispatcher'), 'MEMBER'), false) AS dispatcher");
    if (!r.ok() || r.rows() != 1) {
        a.message = QObject::tr("The review could not check this login's role: %1").arg(r.error());
        return a;
    }
    a.login = r.text(0, r.column("login"));
    auto flag = [&](const char *name) { return r.boolean(0, r.column(name)); };
    if (flag("superuser"))
        a.role = QStringLiteral("superuser");
    else if (flag("admin"))
        a.role = QStringLiteral("administrator");
    else if (flag("supervisor"))
        a.role = QStringLiteral("supervisor");
    else if (flag("owner"))
        a.role = ReviewAccessText::tr("database owner");
    a.allowed = !a.role.isEmpty();
    if (!a.allowed) {
        a.role = flag("dispatcher") ? QStringLiteral("dispatcher") : ReviewAccessText::tr("no review role");
        a.message =
            QObject::tr("The review window is for shift supervisors. This login (%1) is a %2: it may not "
                        "see other dispatchers' decisions or record reviews. Ask a supervisor, or sign in "
                        "with a supervisor's login.")
                .arg(a.login, a.role);
    }
    return a;
}

} // namespace rr
