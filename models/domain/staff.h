#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

namespace rr {

// What a member of staff does; each is a group role in the database (rr_dispatcher, rr_supervisor,
// rr_trainer, rr_admin, rr_trainee) that decides what they may read and write there, and which windows open
// for them. A trainee has no privilege on live at all: only a dispatcher's, in their own sandbox of a
// training session.
enum class StaffRole
{
    Dispatcher,
    Supervisor,
    Trainer,
    Admin,
    Trainee
};
QString toString(StaffRole role); // "dispatcher", "supervisor", "trainer", "admin", "trainee"
std::optional<StaffRole> staffRoleFromString(QStringView text);
QString displayName(StaffRole role); // "Dispatcher", ...

// A member of staff as the staff directory lists them. Plain value, any thread.
struct StaffMember
{
    QString id; // the login: what they type at sign-in, stamped on everything they do
    QString name;
    StaffRole role = StaffRole::Dispatcher;
    bool active = true; // false: disabled, may not sign in
    QDateTime createdAt;
    QDateTime updatedAt;
};

// Who is signed in at a console, as the database says (session_user, their group role), and what that lets
// them open. The hook for every window: the console, the supervisors' review window and the trainers' window
// ask it rather than the role. Plain value, any thread.
struct SignedInUser
{
    QString login;                 // the database login (session_user)
    QString name;                  // from the staff directory; empty for a login it does not list
    std::optional<StaffRole> role; // none: a login in no RightResponse group
    bool owner = false;            // the database owner's own connection (command line, demo): may do all
    bool demo = false;             // the single-machine demo's one-click sign-in

    bool isValid() const { return !login.isEmpty(); }
    bool is(StaffRole r) const { return role == r; }
    // The console on live or on the shared training schema: the queue and the unit board (supervisors read
    // it; trainers work in training only; trainees in a training session only).
    bool canOpenConsole(bool training) const
    {
        return owner || (role && *role != StaffRole::Trainee && (training || *role != StaffRole::Trainer));
    }
    // The console on one's own sandbox of a training session (--training --session ID).
    bool canOpenTrainingSession() const { return owner || is(StaffRole::Trainee); }
    // Deciding calls and moving units (the database refuses a supervisor's decision anyway).
    bool canDispatch() const { return owner || is(StaffRole::Dispatcher) || is(StaffRole::Admin); }
    // The supervisors' review window.
    bool canReview() const { return owner || is(StaffRole::Supervisor) || is(StaffRole::Admin); }
    // The trainers' window.
    bool canTrain() const { return owner || is(StaffRole::Trainer) || is(StaffRole::Admin); }
    bool canManageStaff() const { return owner || is(StaffRole::Admin); }
    // "D17 (Dana Reyes, dispatcher)", "DEMO (demo)".
    QString describe() const;
};

} // namespace rr
