#pragma once

#include "core/result.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>

namespace rr {

// When each call of a scenario is released: at its original offset from the scenario's start divided by the
// speed, measured on a monotonic clock. Start, pause, resume, change the speed (0.5x to 8x; the position in
// the scenario is kept, only what is left goes faster or slower) and jump forward to a call (the calls before
// it that were not released yet are skipped; the call itself is released at once when running). Each call is
// released once, in order. The time source is injected so that tests can drive it; a precise timer wakes the
// clock when the next call is due (tick() does the work and may be called at any time). Holds no database:
// SessionDriver stores what it releases. Lives on the thread that created it.
class ReleaseClock : public QObject
{
    Q_OBJECT
public:
    // Monotonic milliseconds (any origin).
    using TimeSource = std::function<qint64()>;
    enum class State
    {
        Ready,    // not started
        Running,  // releasing
        Paused,   // time stands still
        Finished, // every call released or skipped
    };
    Q_ENUM(State)
    static constexpr double kMinSpeed = 0.5;
    static constexpr double kMaxSpeed = 8;
    static bool validSpeed(double speed) { return speed >= kMinSpeed && speed <= kMaxSpeed; }

    // `offsetsMs`: each call's offset from the scenario's start, non-decreasing (as Scenario keeps them).
    // Without a time source, a steady clock.
    explicit ReleaseClock(QList<qint64> offsetsMs, double speed = 1, TimeSource now = {},
                          QObject *parent = nullptr);

    void start();  // Ready only; from the position (0, or where a jump put it)
    void pause();  // Running only
    void resume(); // Paused only
    // Keeps the position; a Failure for a speed out of 0.5..8 (the speed stays).
    Result<void> setSpeed(double speed);
    // Moves the position to call `index`'s offset. A Failure for an index out of range or a call already
    // released (the clock only moves forward), or when finished.
    Result<void> jumpTo(int index);
    // Releases every call due by now (Running only) and sets the timer for the next one.
    void tick();

    State state() const { return m_state; }
    double speed() const { return m_speed; }
    // Where the scenario is, in scenario milliseconds from its start.
    qint64 positionMs() const;
    // The next call to release (count() when none is left).
    int nextIndex() const { return m_next; }
    int count() const { return int(m_offsets.size()); }
    qint64 offsetMs(int index) const { return m_offsets.value(index); }
    // Real milliseconds until the next call is due at the current speed (0 when due, -1 when none is left
    // or the clock is not running).
    qint64 msUntilNext() const;

Q_SIGNALS:
    // Call `index` is due now; `lateMs`: how late it is against its schedule, in real milliseconds (the
    // timer's own lateness, and a jump's or a start's catching up: 0 for those).
    void released(int index, qint64 lateMs);
    // Call `index` was passed over by a jump: it is never released.
    void skipped(int index);
    void stateChanged(rr::ReleaseClock::State state);
    void speedChanged(double speed);
    void finished();

private:
    void setState(State state);
    void rebase(); // the position as it is now becomes the base of what follows
    void schedule();

    QList<qint64> m_offsets;
    double m_speed;
    TimeSource m_now;
    State m_state = State::Ready;
    qint64 m_basePosition = 0; // scenario ms at m_baseTime
    qint64 m_baseTime = 0;     // the time source's ms when running last (re)started or changed speed
    qint64 m_jumpedTo = -1;    // a jump's position: what is due there is not late
    int m_next = 0;
    QTimer m_timer;
};

} // namespace rr
