#pragma once

#include <QByteArrayView>
#include <QDateTime>

#include <optional>

namespace rr {

// Parses the received-time of a CAD export row, by hand because QDateTime::fromString is far too slow for a
// million rows. Accepted (surrounding spaces ignored):
//   ISO 8601   "2024-05-01T13:45:00", "2024-05-01 13:45", "2024-05-01T13:45:00.123", with "Z", "+01:00",
//              "-0500" or "+01" after the time
//   slashes    "2024/05/01 13:45", "2024/05/01 13:45:00"
//   US         "5/1/2024 1:45 PM", "05/01/2024 13:45:00" (month/day/year, optional AM/PM, 12 AM = 00:00)
// Fractions of a second beyond milliseconds are truncated. Every part is range-checked (month 13, 25:00,
// 31 April and 13 PM are errors). Without an offset the time is the dispatch centre's wall-clock time and
// the result uses Qt::LocalTime; with an offset it uses Qt::OffsetFromUTC ("Z" and "+00:00" give Qt::UTC).
// A local time that does not exist (skipped when daylight-saving time begins) is read with the offset in
// force before the change (02:30 becomes 03:30), as Qt 6.7 does. Returns nullopt for anything else,
// including an empty view.
//
// Speed: with the TZ environment variable unset, glibc re-reads /etc/localtime's status on every local-time
// conversion and a Qt::LocalTime QDateTime costs ~2 us instead of ~0.15 us; see pinLocalTimeZone().
std::optional<QDateTime> parseCadDateTime(QByteArrayView text);

// The form the writers use, which parseCadDateTime reads back to an equal value: "2024-05-01T13:45:00" for a
// local time, "...T13:45:00Z" for UTC, "...T13:45:00+01:00" for an offset (a Qt::TimeZone time is written
// with its offset at that moment), ".123" before the suffix when there are milliseconds. Empty for an
// invalid time.
QByteArray formatCadDateTime(const QDateTime &time);
// The same into out, which must hold at least MaxCadDateTimeLength bytes; returns the length written.
inline constexpr int MaxCadDateTimeLength = 40;
int formatCadDateTime(const QDateTime &time, char *out);

// When TZ is unset, sets it to ":/etc/localtime" (the same zone, named explicitly) so that glibc stops
// checking that file on every conversion: ~13x faster local times for bulk imports. The zone then no longer
// follows a change of /etc/localtime while the process runs. Call once at the start of main(), before any
// thread starts and before the first time conversion. Returns whether it changed TZ.
bool pinLocalTimeZone();

} // namespace rr
