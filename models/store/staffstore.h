#pragma once

#include "core/result.h"
#include "domain/staff.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace rr {

class PgConnection;
class PgParam;

// The staff directory and the logins behind it (migration 0007): adds a member of staff as a PostgreSQL
// login in their group role, lists them, changes their role, disables and enables them, and resets their
// password. Passwords are hashed here into SCRAM-SHA-256 verifiers (PQencryptPasswordConn): the clear text
// never goes to the server. The database itself decides who may do it (only rr_admin members and the owner:
// SECURITY DEFINER functions with EXECUTE granted to rr_admin) and logs every change in live.event_log.
// Blocking calls on the connection it is given: the CLI or a store worker thread, never the GUI thread.
class StaffStore
{
    Q_DECLARE_TR_FUNCTIONS(StaffStore)

public:
    explicit StaffStore(PgConnection &connection);

    Result<void> add(const QString &id, const QString &name, StaffRole role, const QString &password);
    // Everyone in the directory, by ID (administrators, supervisors and trainers may read it).
    Result<QList<StaffMember>> list();
    Result<void> setRole(const QString &id, StaffRole role);
    // Disabled: the login may not sign in any more, and its open sessions are ended (its stamps and history
    // stay). Enabled: it may sign in again.
    Result<void> setActive(const QString &id, bool active);
    Result<void> resetPassword(const QString &id, const QString &password);
    // Who this connection is signed in as, and in which role, as the database says.
    Result<SignedInUser> whoAmI();

    // Why a new password is not acceptable (empty when it is): at least kMinimumPasswordLength characters,
    // not only spaces, not the staff ID.
    static constexpr int kMinimumPasswordLength = 8;
    static QString passwordProblem(const QString &password, const QString &id);

private:
    Result<void> call(const char *sql, const QList<PgParam> &params);
    Result<QByteArray> verifier(const QString &id, const QString &password);

    PgConnection &m_conn;
};

} // namespace rr
