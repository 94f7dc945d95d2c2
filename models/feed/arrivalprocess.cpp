#include "arrivalprocess.h"

#include "random.h"

#include <cmath>
#include <limits>

namespace rr {

namespace {

// Calls per hour relative to each other, at hh:00 (00..23), shaped like published US calls-for-service
// curves: a trough at 4-5 am, a climb through the morning and a plateau from 4 pm to 7 pm.
constexpr std::array<qint64, 24> HourWeights = {
    700,  600,  480,  400,  360,  380,  500,  700,  850,  950,  1050, 1100,
    1150, 1150, 1200, 1250, 1350, 1400, 1400, 1350, 1250, 1150, 1000, 850,
};
constexpr qint64 HourMs = 3600 * 1000;
constexpr qint64 DayMs = 24 * HourMs;

constexpr qint64 weightSum()
{
    qint64 sum = 0;
    for (qint64 w : HourWeights)
        sum += w;
    return sum;
}

constexpr qint64 weightMax()
{
    qint64 max = 0;
    for (qint64 w : HourWeights)
        max = w > max ? w : max;
    return max;
}

} // namespace

double ArrivalProcess::relativeRate(int hour)
{
    return double(HourWeights[std::size_t(((hour % 24) + 24) % 24)]) * 24.0 / double(weightSum());
}

ArrivalProcess::ArrivalProcess(const QDateTime &start, double callsPerDay)
{
    QDateTime origin = start;
    if (!origin.isValid())
        origin = QDateTime(QDate(2024, 1, 1), QTime(0, 0));
    if (!(callsPerDay > 0.0) || !std::isfinite(callsPerDay))
        callsPerDay = 350.0;

    m_startEpochMs = origin.toMSecsSinceEpoch();
    switch (origin.timeSpec()) {
    case Qt::UTC:
        m_spec = Qt::UTC;
        break;
    case Qt::OffsetFromUTC:
        m_spec = Qt::OffsetFromUTC;
        m_offset = origin.offsetFromUtc();
        break;
    case Qt::TimeZone:
        m_spec = Qt::OffsetFromUTC;
        m_zoned = true;
        m_zone = origin.timeZone();
        break;
    case Qt::LocalTime:
        m_spec = Qt::OffsetFromUTC;
        m_zoned = true;
        m_zone = QTimeZone::systemTimeZone();
        break;
    }
    if (m_zoned && !m_zone.isValid()) {
        // No usable zone data: keep the start's offset for the whole run.
        m_zoned = false;
        m_offset = origin.offsetFromUtc();
    }
    if (!m_zoned) {
        m_offsetFrom = std::numeric_limits<qint64>::min();
        m_offsetTo = std::numeric_limits<qint64>::max();
    }

    const double meanWeight = double(weightSum()) / 24.0;
    m_meanGapMs = double(DayMs) * meanWeight / (callsPerDay * double(weightMax()));
}

int ArrivalProcess::offsetSecondsAt(qint64 epochMs)
{
    if (epochMs >= m_offsetFrom && epochMs < m_offsetTo)
        return m_offset;
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC);
    m_offset = m_zone.offsetFromUtc(at);
    m_offsetFrom = epochMs;
    m_offsetTo = epochMs + 15 * 60 * 1000; // without transition data, look again every 15 minutes
    if (m_zone.hasTransitions()) {
        const QDateTime next = m_zone.nextTransition(at).atUtc;
        m_offsetTo = next.isValid() ? next.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    }
    return m_offset;
}

QDateTime ArrivalProcess::next(Random &random)
{
    constexpr qint64 PeakWeight = weightMax();
    for (;;) {
        m_elapsedMs += random.exponential() * m_meanGapMs;
        const qint64 epochMs = m_startEpochMs + qint64(m_elapsedMs);
        const int offset = offsetSecondsAt(epochMs);
        qint64 ofDay = (epochMs + qint64(offset) * 1000) % DayMs;
        if (ofDay < 0)
            ofDay += DayMs;
        const qint64 hour = ofDay / HourMs;
        const qint64 into = ofDay % HourMs;
        const qint64 rate = HourWeights[std::size_t(hour)] * (HourMs - into) +
                            HourWeights[std::size_t((hour + 1) % 24)] * into;
        // A uniform integer in [0, PeakWeight * HourMs), drawn in two parts that each fit 32 bits.
        const qint64 draw =
            qint64(random.below(quint32(PeakWeight))) * HourMs + random.below(quint32(HourMs));
        if (draw >= rate)
            continue;
        qint64 seconds = epochMs / 1000;
        if (epochMs % 1000 < 0)
            --seconds;
        return QDateTime::fromMSecsSinceEpoch(seconds * 1000, m_spec, m_spec == Qt::UTC ? 0 : offset);
    }
}

} // namespace rr
