#pragma once

#include <QDateTime>
#include <QString>

namespace rr {

// The period and filters every figure of the review follows (the review window's filter bar, the options of
// `rightresponse-cli report`). Empty strings mean "no filter". The period is [from, to) of decision times.
struct ReportFilter
{
    QDateTime from;
    QDateTime to;
    QString dispatcher;
    QString category;
    QString reason;    // an override reason code
    QString direction; // "toward_police", "away_from_police" or empty

    friend bool operator==(const ReportFilter &, const ReportFilter &) = default;
};

// The periods a supervisor picks from.
enum class ReportPeriod
{
    ThisShift, // the current 12-hour shift: 07:00-19:00 or 19:00-07:00 local time
    Last24Hours,
    Last7Days,
    Last30Days,
    Custom,
};

// [from, to) of a preset period ending at `now` (a shift started at 07:00 or 19:00 local time, to now).
// Custom gives an invalid pair.
std::pair<QDateTime, QDateTime> periodRange(ReportPeriod period, const QDateTime &now);
// "2026-11-30 07:00 to 2026-11-30 19:00", for titles; "20261130-0700_20261130-1900" for file names.
QString periodTitle(const ReportFilter &filter);
QString periodFileStem(const ReportFilter &filter);
// "toward_police" / "away_from_police" / "" from what a user types ("toward", "away", ...); nullopt: unknown.
std::optional<QString> directionFromText(const QString &text);

} // namespace rr
