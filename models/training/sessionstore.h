#pragma once

#include "core/result.h"
#include "scenario.h"
#include "store/storeschema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace rr {

class PgConnection;
class TriageEngine;

// Where a training session is (trainer.sessions.state).
enum class SessionState
{
    Ready,    // sandboxes made, nothing released yet
    Running,  // releasing calls
    Paused,   // the trainer paused it
    Finished, // every call released
    Stopped,  // ended before the last call (Ctrl+C, the trainer)
};
QString toString(SessionState state); // "ready", "running", ...
std::optional<SessionState> sessionStateFromString(QStringView text);

// A training session as stored.
struct TrainingSession
{
    qint64 id = 0;
    QString scenarioName;
    int scenarioVersion = 1;
    double speed = 1;
    SessionState state = SessionState::Ready;
    qint64 positionMs = 0; // the scenario time reached
    int callCount = 0;
    int released = 0; // calls released so far
    int skipped = 0;  // calls passed over by a jump
    QString startedBy;
    QDateTime createdAt;
    QDateTime startedAt;  // invalid until the first call is released
    QDateTime endedAt;    // invalid until finished or stopped
    QDateTime archivedAt; // invalid until archived (its sandboxes dropped, its calls kept for scoring)
    QStringList trainees; // logins, in the order they were given
};

// One trainee of a session and their sandbox: read each sandbox's calls and decisions with
// CallStore(connection, trainee.schema).list(false, &error).
struct SessionTrainee
{
    QString login;
    StoreSchema schema = StoreSchema::Training; // always a sandbox when read from the store
};

// Training sessions in the database (migration 0010): creates a session with one sandbox per trainee,
// lists and reads sessions, releases a scenario call into every sandbox of a session (as the intake stores a
// call: the call and its triage suggestion, received now), and records the session's state. The database
// decides who may: trainers and the owner's connection; a trainee finds only their own sandbox. Blocking
// calls on the connection it is given: the CLI or a worker thread (SessionDriver), never the GUI thread.
class TrainingSessionStore
{
    Q_DECLARE_TR_FUNCTIONS(TrainingSessionStore)

public:
    explicit TrainingSessionStore(PgConnection &connection);

    // What a session can be started with: a scenario with calls (unique, non-empty CAD ids, offsets from 0
    // that never decrease), one trainee at least, each once, and a speed of 0.5 to 8. Empty: fine.
    static QString problem(const Scenario &scenario, const QStringList &trainees, double speed);

    // One transaction: the session, its calls in release order, and a sandbox per trainee
    // (Migrator::createSandbox). Nothing is left behind on a failure (an unknown trainee, a caller who is not
    // a trainer, a sandbox name taken).
    Result<TrainingSession> create(const Scenario &scenario, const QStringList &trainees, double speed);
    // Every session, newest first.
    Result<QList<TrainingSession>> list();
    Result<TrainingSession> find(qint64 sessionId);
    Result<QList<SessionTrainee>> trainees(qint64 sessionId);
    // The sandbox of `login` in a session (empty login: the connection's own, as for a trainee signing in).
    // A trainee is given their own whatever login they name; a Failure when there is none.
    Result<StoreSchema> sandboxOf(qint64 sessionId, const QString &login = {});

    // Releases call number `seq` of the session into every one of `sandboxes`: the call, received at `at`,
    // with the suggestion `engine` makes for it, under the scenario call's CAD id; then marks it released.
    // A sandbox that has the call already keeps it (a retry stores nothing twice).
    Result<void> release(qint64 sessionId, int seq, const Call &call, const QDateTime &at,
                         const TriageEngine &engine, const QList<StoreSchema> &sandboxes);
    // Archives an ended session (migration 0014): its trainees' calls and decisions are kept for scoring and
    // the report (TrainingScoreStore reads them from there), their sandboxes are dropped. The number of
    // sandboxes dropped; refused for a session still running or paused, or archived already.
    Result<int> archive(qint64 sessionId);
    // Marks call `seq` skipped (a jump passed over it).
    Result<void> skip(qint64 sessionId, int seq);
    // Records where the session is: its state, the scenario time reached and the speed. started_at is set
    // the first time it runs, ended_at when it finishes or stops.
    Result<void> record(qint64 sessionId, SessionState state, qint64 positionMs, double speed);

private:
    Result<QList<TrainingSession>> select(const char *where, const QList<class PgParam> &params);

    PgConnection &m_conn;
};

} // namespace rr

Q_DECLARE_METATYPE(rr::SessionState)
Q_DECLARE_METATYPE(rr::SessionTrainee)
