#pragma once

#include <QString>

namespace rr {

class PgConnection;

// Who may open the review window: a login that is a member of rr_supervisor or rr_admin, a superuser, or the
// database's owner (the embedded cluster's own account). Anyone else (a dispatcher) is told why not.
// The one place this is decided, so that staff sign-in can call it too. Blocking: worker thread or CLI.
struct ReviewAccess
{
    bool allowed = false;
    QString login;
    QString role;    // "supervisor", "administrator", "superuser", "database owner", or the login's role
    QString message; // why not, for the user; empty when allowed
};

ReviewAccess checkReviewAccess(PgConnection &connection);

} // namespace rr
