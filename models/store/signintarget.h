#pragma once

#include "domain/staff.h"
#include "store/pgconnection.h"

#include <QObject>

namespace rr {

// What a member of staff signs in to: a client that connects to the database as a login on a thread of its
// own and says whether the database took it. The console's StoreClient and the trainer window's TrainerClient
// are both one, so one SignInController and one sign-in dialog serve every window. GUI thread.
class SignInTarget : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Connects as `login` (a member of staff; empty: the connection string's user, the demo's owner). On
    // success the new connection replaces the current one and signedIn() says who it is; otherwise the
    // current connection stays and signInFailed() says why.
    virtual void signIn(const PgLogin &login) = 0;

Q_SIGNALS:
    // A sign-in succeeded: who is signed in now, as the database says.
    void signedIn(const rr::SignedInUser &user);
    // A sign-in failed. `refused`: the server refused the login (wrong ID or password, or a disabled login;
    // the message never says which); otherwise the database could not be reached or used, or the login may
    // not open this window (the message says why).
    void signInFailed(const QString &message, bool refused);
    // The database refuses the signed-in login now (disabled, or its password changed, while signed in): the
    // window must ask for a full sign-in again.
    void loginRevoked(const QString &message);
};

} // namespace rr
