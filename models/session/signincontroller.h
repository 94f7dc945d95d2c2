#pragma once

#include "domain/staff.h"
#include "store/pgconnection.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QTimer>

namespace rr {

class DispatchSession;
class SignInTarget;

// Who works at this console, from sign-in to shift change: signs a member of staff in through a SignInTarget
// (the console's store, or the trainer window's client: the database checks the password; nothing blocks
// this thread), hands the signed-in login to the session when there is one (the
// identity every request carries, and the role windows ask about), switches user without closing anything
// (the new login's connection replaces the old one; the queue stays), and locks the console after an idle
// time: the lock asks for the same user's password (checked here against a salted hash kept in memory, so it
// works offline too) or a switch. The single-machine demo signs in with one click as the database owner,
// marked DEMO. Holds no widget: the sign-in dialog drives it. GUI thread.
class SignInController : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool demo = false;                       // offer the one-click demo sign-in
        QString demoId = QStringLiteral("DEMO"); // the ID the demo's decisions carry
        int idleLockMs = 10 * 60 * 1000;         // lock after this long without a key or a click; 0: never
    };
    enum class State
    {
        SignedOut, // nobody yet
        SigningIn, // waiting for the database
        SignedIn,
        Locked
    };
    Q_ENUM(State)

    // `session` may be null (a window without a dispatch session, such as the trainer window).
    SignInController(SignInTarget *target, DispatchSession *session, Options options,
                     QObject *parent = nullptr);
    ~SignInController() override;

    // Signs in (first sign-in) or switches to (shift change, or from the lock) this member of staff.
    void signIn(const QString &id, const QString &password);
    // The demo's one-click local sign-in (Options::demo only).
    void signInDemo();
    // Locks now; unlock() with the signed-in user's password, or signIn() as someone else.
    void lock();
    void unlock(const QString &password);

    State state() const { return m_state; }
    const SignedInUser &user() const { return m_user; }
    bool demoAvailable() const { return m_options.demo; }
    void setIdleLock(int ms);
    int idleLock() const { return m_options.idleLockMs; }

    // The plain words for a refused sign-in: the same whatever was wrong, so that nobody learns whether an ID
    // exists.
    static QString refusedMessage();

Q_SIGNALS:
    void signedIn(const rr::SignedInUser &user);
    void signInFailed(const QString &message);
    void locked();
    void unlocked();
    void unlockFailed(const QString &message);
    void stateChanged(rr::SignInController::State state);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onSignedIn(SignedInUser user);
    void onSignInFailed(const QString &message, bool refused);
    // The database refuses the signed-in login now: locked, and only a new sign-in opens the console.
    void onLoginRevoked(const QString &message);
    void setState(State state);
    QByteArray digest(const QString &password) const;

    SignInTarget *m_target;
    DispatchSession *m_session;
    Options m_options;
    State m_state = State::SignedOut;
    State m_before = State::SignedOut; // the state a pending sign-in returns to when it fails
    SignedInUser m_user;
    QString m_pendingId;
    bool m_pendingDemo = false;
    QByteArray m_pendingDigest;
    QByteArray m_salt;
    QByteArray m_digest; // of the signed-in user's password, for the lock
    QString m_revoked;   // why the signed-in login is refused now; empty: it is not
    QTimer m_idle;
};

} // namespace rr
