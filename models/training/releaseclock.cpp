#include "releaseclock.h"

#include <QPointer>

#include <chrono>
#include <cmath>

namespace rr {

ReleaseClock::ReleaseClock(QList<qint64> offsetsMs, double speed, TimeSource now, QObject *parent)
    : QObject(parent), m_offsets(std::move(offsetsMs)), m_speed(validSpeed(speed) ? speed : 1),
      m_now(std::move(now))
{
    if (!m_now)
        m_now = [] {
            return qint64(std::chrono::duration_cast<std::chrono::milliseconds>(
                              std::chrono::steady_clock::now().time_since_epoch())
                              .count());
        };
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ReleaseClock::tick);
}

qint64 ReleaseClock::positionMs() const
{
    if (m_state != State::Running)
        return m_basePosition;
    return m_basePosition + qint64(std::floor(double(m_now() - m_baseTime) * m_speed));
}

qint64 ReleaseClock::msUntilNext() const
{
    if (m_state != State::Running || m_next >= count())
        return -1;
    const qint64 ahead = m_offsets.at(m_next) - positionMs();
    return ahead <= 0 ? 0 : qint64(std::ceil(double(ahead) / m_speed));
}

void ReleaseClock::rebase()
{
    m_basePosition = positionMs();
    m_baseTime = m_now();
}

void ReleaseClock::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void ReleaseClock::start()
{
    if (m_state != State::Ready)
        return;
    m_baseTime = m_now();
    setState(State::Running);
    tick();
}

void ReleaseClock::pause()
{
    if (m_state != State::Running)
        return;
    rebase();
    m_timer.stop();
    setState(State::Paused);
}

void ReleaseClock::resume()
{
    if (m_state != State::Paused)
        return;
    m_baseTime = m_now();
    setState(State::Running);
    tick();
}

Result<void> ReleaseClock::setSpeed(double speed)
{
    if (!validSpeed(speed))
        return Failure{
            tr("the speed must be from %1x to %2x, got %3").arg(kMinSpeed).arg(kMaxSpeed).arg(speed)};
    if (speed == m_speed)
        return {};
    rebase(); // the position reached at the old speed stays
    m_speed = speed;
    Q_EMIT speedChanged(speed);
    if (m_state == State::Running)
        schedule();
    return {};
}

Result<void> ReleaseClock::jumpTo(int index)
{
    if (m_state == State::Finished)
        return Failure{tr("the session has ended: every call was released")};
    if (index < 0 || index >= count())
        return Failure{tr("there is no call %1 (the scenario has %2)").arg(index + 1).arg(count())};
    if (index < m_next)
        return Failure{tr("call %1 was released already: the clock only jumps forward").arg(index + 1)};
    m_basePosition = m_offsets.at(index);
    m_baseTime = m_now();
    m_jumpedTo = m_basePosition;
    const QPointer<ReleaseClock> alive(this);
    while (m_next < index) {
        const int passed = m_next++;
        Q_EMIT skipped(passed);
        if (!alive)
            return {};
    }
    if (m_state == State::Running)
        tick();
    return {};
}

void ReleaseClock::tick()
{
    if (m_state != State::Running)
        return;
    const QPointer<ReleaseClock> alive(this);
    qint64 position = positionMs();
    while (m_next < count() && m_offsets.at(m_next) <= position) {
        const int index = m_next++;
        const qint64 behind = m_offsets.at(index) == m_jumpedTo ? 0 : position - m_offsets.at(index);
        Q_EMIT released(index, qint64(std::llround(double(behind) / m_speed)));
        if (!alive || m_state != State::Running)
            return; // a slot paused, jumped or deleted the clock
        position = positionMs();
    }
    if (m_next >= count()) {
        m_timer.stop();
        rebase();
        setState(State::Finished);
        Q_EMIT finished();
        return;
    }
    schedule();
}

void ReleaseClock::schedule()
{
    const qint64 wait = msUntilNext();
    if (wait < 0)
        return;
    m_timer.start(int(std::min<qint64>(wait, 24 * 3600 * 1000)));
}

} // namespace rr
