#pragma once

#include "releaseclock.h"
#include "scenario.h"
#include "sessionstore.h"
#include "store/pgconnection.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace rr {

class TriageEngine;
class SessionWorker;

// Runs one training session that TrainingSessionStore::create() made: its ReleaseClock on the thread that
// created the driver (the trainer window's GUI thread, or the command line's main thread) and the database
// work on a worker thread of its own (its own connection, as `login` or the URI's user): each call the clock
// releases goes into every trainee's sandbox, received at the moment it was released, and the session's state
// (running, paused, speed, position, finished) is recorded as it changes. The controls are the clock's:
// start(), pause(), resume(), setSpeed(), jumpTo(); stop() ends the session early. Database work is queued in
// order, so a release is never stored before the one ahead of it.
class SessionDriver : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString uri;
        PgLogin login; // empty: the URI's user (the owner's connection of the command line)
        qint64 sessionId = 0;
        Scenario scenario; // the session's scenario: its calls in release order
        double speed = 1;
        std::shared_ptr<const TriageEngine> engine; // the suggestion each released call gets
        ReleaseClock::TimeSource now;               // empty: a steady clock
    };

    explicit SessionDriver(Options options, QObject *parent = nullptr);
    ~SessionDriver() override;

    ReleaseClock *clock() { return &m_clock; }
    qint64 sessionId() const { return m_options.sessionId; }
    const Scenario &scenario() const { return m_options.scenario; }

    // Reads the session's sandboxes, then starts the clock (ready() comes first, or failed()).
    void start();
    void pause() { m_clock.pause(); }
    void resume() { m_clock.resume(); }
    Result<void> setSpeed(double speed) { return m_clock.setSpeed(speed); }
    Result<void> jumpTo(int index) { return m_clock.jumpTo(index); }
    // Ends the session before its last call: nothing more is released; recorded as stopped.
    void stop();
    // Calls released and stored in every sandbox so far.
    int stored() const { return m_stored; }

Q_SIGNALS:
    // The sandboxes are known and the clock starts.
    void ready(const QList<rr::SessionTrainee> &trainees);
    // Call `index` is in every sandbox: `lateMs` how late the clock released it, `storedAfterMs` how long the
    // database took after that.
    void callStored(int index, const QString &cadId, qint64 lateMs, qint64 storedAfterMs);
    void callSkipped(int index, const QString &cadId);
    // A release or a state could not be stored (the clock goes on; the message says what is missing).
    void problem(const QString &message);
    // The session could not start at all (the database, no sandboxes).
    void failed(const QString &message);
    // The last call is stored (or the session was stopped) and the final state recorded.
    void finished(rr::SessionState state);

private:
    void onReleased(int index, qint64 lateMs);
    void onSkipped(int index);
    void recordState(SessionState state);
    template <typename Work> void post(Work &&work);

    Options m_options;
    ReleaseClock m_clock;
    QThread m_thread;
    SessionWorker *m_worker = nullptr; // lives on m_thread
    QList<StoreSchema> m_sandboxes;
    bool m_stopped = false;
    int m_stored = 0;
};

} // namespace rr
