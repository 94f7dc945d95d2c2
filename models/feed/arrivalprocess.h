#pragma once

#include <QDateTime>
#include <QTimeZone>

#include <array>

namespace rr {

class Random;

// Arrival times of 911 calls: a non-homogeneous Poisson process whose rate follows a daily rhythm (fewest
// calls 2-6 am, most in the late afternoon and evening), sampled by thinning (Lewis & Shedler): candidates
// come at the peak rate and each is kept with probability rate(t) / peak. Averaged over a day the rate is
// exactly `callsPerDay`. The acceptance test is done in integers, so the sequence depends on nothing but
// the random stream. Times are whole seconds.
//
// The rhythm follows the local wall clock of the start time. Calls carry the start's time spec when it is
// UTC or a fixed offset; when the start is local time (or a named zone) each call carries the offset in
// force at its instant (Qt::OffsetFromUTC): the same instant and wall-clock time as local time, but about
// fifty times cheaper to build than a Qt::LocalTime value, which matters for million-call runs.
// Not thread-safe; owned by one CallGenerator.
class ArrivalProcess
{
public:
    ArrivalProcess(const QDateTime &start, double callsPerDay);

    // The time of the next call, never earlier than the previous one.
    QDateTime next(Random &random);

    // Relative rate for each hour of the day (the rate at hh:00; linear in between). Average 1.0.
    static double relativeRate(int hour);

private:
    int offsetSecondsAt(qint64 epochMs);

    Qt::TimeSpec m_spec = Qt::UTC; // spec of the produced values: UTC or OffsetFromUTC
    bool m_zoned = false;          // the offset comes from m_zone and may change
    QTimeZone m_zone;
    int m_offset = 0; // seconds east of UTC, valid on [m_offsetFrom, m_offsetTo)
    qint64 m_offsetFrom = 0;
    qint64 m_offsetTo = 0;
    qint64 m_startEpochMs = 0;
    double m_elapsedMs = 0.0; // of the last candidate, since the start
    double m_meanGapMs = 0.0; // mean gap between candidates at the peak rate
};

} // namespace rr
