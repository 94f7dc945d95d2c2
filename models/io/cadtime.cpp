#include "cadtime.h"

#include <QDate>
#include <QFile>
#include <QTime>

namespace rr {

namespace {

// A cursor over the bytes being parsed. Every reader returns false and leaves the position unspecified
// when the text does not match, which makes the parser below read like the grammar.
class Cursor
{
public:
    explicit Cursor(QByteArrayView text) : m_p(text.data()), m_end(text.data() + text.size()) {}

    bool atEnd() const { return m_p == m_end; }
    char peek() const { return m_p < m_end ? *m_p : '\0'; }
    bool isDigitAhead() const { return m_p < m_end && isDigit(*m_p); }

    bool skip(char c)
    {
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }
    void skipSpaces()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t'))
            ++m_p;
    }
    // Exactly n digits.
    bool digits(int n, int &value)
    {
        if (m_end - m_p < n)
            return false;
        int v = 0;
        for (int i = 0; i < n; ++i) {
            if (!isDigit(m_p[i]))
                return false;
            v = v * 10 + (m_p[i] - '0');
        }
        m_p += n;
        value = v;
        return true;
    }
    // Between min and max digits.
    bool digitsBetween(int min, int max, int &value)
    {
        int n = 0;
        int v = 0;
        while (n < max && m_p + n < m_end && isDigit(m_p[n])) {
            v = v * 10 + (m_p[n] - '0');
            ++n;
        }
        if (n < min)
            return false;
        m_p += n;
        value = v;
        return true;
    }
    // Fraction of a second after the '.' or ',': milliseconds, further digits truncated.
    bool fraction(int &msec)
    {
        int n = 0;
        int v = 0;
        while (m_p < m_end && isDigit(*m_p)) {
            if (n < 3)
                v = v * 10 + (*m_p - '0');
            ++n;
            ++m_p;
        }
        if (n == 0)
            return false;
        for (int i = n; i < 3; ++i)
            v *= 10;
        msec = v;
        return true;
    }
    bool skipCaseInsensitive(char upper)
    {
        if (m_p < m_end && (*m_p == upper || *m_p == upper + ('a' - 'A'))) {
            ++m_p;
            return true;
        }
        return false;
    }

private:
    static bool isDigit(char c) { return c >= '0' && c <= '9'; }

    const char *m_p;
    const char *m_end;
};

struct Parts
{
    int year = 0, month = 0, day = 0;
    int hour = 0, minute = 0, second = 0, msec = 0;
    bool hasOffset = false;
    int offsetSeconds = 0;
};

// "13:45", "13:45:00", "13:45:00.5"; hour of one or two digits.
bool parseClock(Cursor &c, Parts &p)
{
    if (!c.digitsBetween(1, 2, p.hour) || !c.skip(':') || !c.digits(2, p.minute))
        return false;
    if (c.skip(':')) {
        if (!c.digits(2, p.second))
            return false;
        if ((c.skip('.') || c.skip(',')) && !c.fraction(p.msec))
            return false;
    }
    return true;
}

// " AM" / "PM" (the space optional, any case). Converts p.hour; absent suffix leaves it alone.
bool parseMeridiem(Cursor &c, Parts &p)
{
    c.skipSpaces();
    const bool am = c.peek() == 'A' || c.peek() == 'a';
    const bool pm = c.peek() == 'P' || c.peek() == 'p';
    if (!am && !pm)
        return true;
    c.skip(c.peek());
    if (!c.skipCaseInsensitive('M'))
        return false;
    c.skip('.');
    if (p.hour < 1 || p.hour > 12)
        return false;
    if (am)
        p.hour = p.hour == 12 ? 0 : p.hour;
    else
        p.hour = p.hour == 12 ? 12 : p.hour + 12;
    return true;
}

// "Z", "+01:00", "-0500", "+01" (optionally after a space).
bool parseOffset(Cursor &c, Parts &p)
{
    c.skipSpaces();
    if (c.skipCaseInsensitive('Z')) {
        p.hasOffset = true;
        return true;
    }
    int sign = 0;
    if (c.skip('+'))
        sign = 1;
    else if (c.skip('-'))
        sign = -1;
    else
        return true; // no offset
    int hh = 0;
    int mm = 0;
    if (!c.digits(2, hh))
        return false;
    if (c.skip(':')) {
        if (!c.digits(2, mm))
            return false;
    } else if (c.isDigitAhead() && !c.digits(2, mm)) {
        return false;
    }
    if (hh > 14 || mm > 59)
        return false;
    p.hasOffset = true;
    p.offsetSeconds = sign * (hh * 3600 + mm * 60);
    return true;
}

// As QDate::daysInMonth() in the proleptic Gregorian calendar, for a year from 1 on, without building a
// QDate for every row.
int daysInMonth(int year, int month)
{
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    return month == 2 && leap ? 29 : kDays[month - 1];
}

bool parseDate(Cursor &c, Parts &p)
{
    // Year first: "2024-05-01" or "2024/05/01".
    Cursor probe = c;
    int year = 0;
    if (probe.digits(4, year) && (probe.peek() == '-' || probe.peek() == '/')) {
        const char sep = probe.peek();
        probe.skip(sep);
        if (!probe.digitsBetween(1, 2, p.month) || !probe.skip(sep) || !probe.digitsBetween(1, 2, p.day))
            return false;
        p.year = year;
        c = probe;
        return true;
    }
    // US: "5/1/2024".
    return c.digitsBetween(1, 2, p.month) && c.skip('/') && c.digitsBetween(1, 2, p.day) && c.skip('/') &&
           c.digits(4, p.year);
}

// Days from 1970-01-01 to a date of the proleptic Gregorian calendar (H. Hinnant's days_from_civil).
qint64 daysFromEpoch(int year, int month, int day)
{
    year -= month <= 2 ? 1 : 0;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const qint64 yearOfEra = year - era * 400;
    const qint64 dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const qint64 dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

} // namespace

std::optional<QDateTime> parseCadDateTime(QByteArrayView text)
{
    Cursor c(text);
    c.skipSpaces();
    Parts p;
    if (!parseDate(c, p))
        return std::nullopt;
    if (!c.skip('T') && !c.skip('t')) {
        if (c.peek() != ' ')
            return std::nullopt;
        c.skipSpaces();
    }
    if (!parseClock(c, p) || !parseMeridiem(c, p) || !parseOffset(c, p))
        return std::nullopt;
    c.skipSpaces();
    if (!c.atEnd())
        return std::nullopt;

    if (p.year < 1 || p.month < 1 || p.month > 12 || p.day < 1 || p.day > 31 || p.hour > 23 ||
        p.minute > 59 || p.second > 59)
        return std::nullopt;
    if (p.day > daysInMonth(p.year, p.month))
        return std::nullopt;

    // UTC ("Z", "+00:00"), as most exports write it: the same QDateTime as QDateTime(date, time, Qt::UTC),
    // which Qt makes of an offset of 0, without a QDate and a QTime per row.
    if (p.hasOffset && p.offsetSeconds == 0) {
        const qint64 seconds =
            daysFromEpoch(p.year, p.month, p.day) * 86400 + p.hour * 3600 + p.minute * 60 + p.second;
        return QDateTime::fromMSecsSinceEpoch(seconds * 1000 + p.msec, Qt::UTC);
    }
    const QDate date(p.year, p.month, p.day);
    const QTime time(p.hour, p.minute, p.second, p.msec);
    if (p.hasOffset)
        return QDateTime(date, time, Qt::OffsetFromUTC, p.offsetSeconds);
    QDateTime result(date, time, Qt::LocalTime);
    if (!result.isValid()) {
        // A wall-clock time skipped when daylight-saving time began (02:30 when clocks jump from 02:00 to
        // 03:00), which Qt 6.4 calls invalid. A CAD clock that was not moved on yet wrote it: read it with
        // the offset in force the day before, which gives 03:30 as Qt 6.7 does by default.
        const QDateTime dayBefore(date.addDays(-1), time, Qt::LocalTime);
        if (!dayBefore.isValid())
            return std::nullopt;
        const qint64 utcMSecs =
            QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch() - qint64(dayBefore.offsetFromUtc()) * 1000;
        result = QDateTime::fromMSecsSinceEpoch(utcMSecs, Qt::LocalTime);
    }
    return result;
}

namespace {
char *putDigits(char *out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
    return out + width;
}
} // namespace

int formatCadDateTime(const QDateTime &time, char *out)
{
    if (!time.isValid())
        return 0;
    const QDate date = time.date();
    const QTime clock = time.time();
    char *d = out;
    int year = date.year();
    if (year < 0) {
        *d++ = '-';
        year = -year;
    }
    d = putDigits(d, year, year > 9999 ? 5 : 4);
    *d++ = '-';
    d = putDigits(d, date.month(), 2);
    *d++ = '-';
    d = putDigits(d, date.day(), 2);
    *d++ = 'T';
    d = putDigits(d, clock.hour(), 2);
    *d++ = ':';
    d = putDigits(d, clock.minute(), 2);
    *d++ = ':';
    d = putDigits(d, clock.second(), 2);
    if (clock.msec() != 0) {
        *d++ = '.';
        d = putDigits(d, clock.msec(), 3);
    }
    switch (time.timeSpec()) {
    case Qt::LocalTime:
        break;
    case Qt::UTC:
        *d++ = 'Z';
        break;
    case Qt::OffsetFromUTC:
    case Qt::TimeZone: {
        int offset = time.offsetFromUtc();
        *d++ = offset < 0 ? '-' : '+';
        offset = offset < 0 ? -offset : offset;
        d = putDigits(d, offset / 3600, 2);
        *d++ = ':';
        d = putDigits(d, offset / 60 % 60, 2);
        break;
    }
    }
    return static_cast<int>(d - out);
}

QByteArray formatCadDateTime(const QDateTime &time)
{
    char buffer[MaxCadDateTimeLength];
    return QByteArray(buffer, formatCadDateTime(time, buffer));
}

bool pinLocalTimeZone()
{
    if (qEnvironmentVariableIsSet("TZ") || !QFile::exists(QStringLiteral("/etc/localtime")))
        return false;
    qputenv("TZ", ":/etc/localtime");
    return true;
}

} // namespace rr
