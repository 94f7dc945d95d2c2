#include "io/cadtime.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>

#include <ctime>

using namespace rr;

namespace {
QDateTime local(int y, int mo, int d, int h, int mi, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::LocalTime);
}
QDateTime offset(int seconds, int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::OffsetFromUTC, seconds);
}
} // namespace

class TestCadTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void parses_data();
    void parses();
    void rejects_data();
    void rejects();
    void daylightSavingGap();
    void utcAsQtBuildsIt();
    void formatRoundTrips_data();
    void formatRoundTrips();

private:
    QByteArray m_oldTz;
    bool m_hadTz = false;
};

void TestCadTime::initTestCase()
{
    // A zone with daylight-saving time, so that the local-time cases are not trivially UTC.
    m_hadTz = qEnvironmentVariableIsSet("TZ");
    m_oldTz = qgetenv("TZ");
    if (!QFile::exists(QStringLiteral("/usr/share/zoneinfo/America/New_York")))
        QSKIP("tzdata is not installed");
    qputenv("TZ", "America/New_York");
    tzset();
}

void TestCadTime::cleanupTestCase()
{
    if (m_hadTz)
        qputenv("TZ", m_oldTz);
    else
        qunsetenv("TZ");
    tzset();
}

void TestCadTime::parses_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QDateTime>("expected");

    QTest::newRow("iso") << QByteArray("2024-05-01T13:45:00") << local(2024, 5, 1, 13, 45);
    QTest::newRow("iso lower t") << QByteArray("2024-05-01t13:45:07") << local(2024, 5, 1, 13, 45, 7);
    QTest::newRow("iso space") << QByteArray("2024-05-01 13:45:00") << local(2024, 5, 1, 13, 45);
    QTest::newRow("iso no seconds") << QByteArray("2024-05-01T13:45") << local(2024, 5, 1, 13, 45);
    QTest::newRow("iso fraction") << QByteArray("2024-05-01T13:45:00.5") << local(2024, 5, 1, 13, 45, 0, 500);
    QTest::newRow("iso fraction truncated")
        << QByteArray("2024-05-01T13:45:00.123999") << local(2024, 5, 1, 13, 45, 0, 123);
    QTest::newRow("iso z") << QByteArray("2024-05-01T13:45:00Z")
                           << QDateTime(QDate(2024, 5, 1), QTime(13, 45), Qt::UTC);
    QTest::newRow("iso +01:00") << QByteArray("2024-05-01T13:45:00+01:00")
                                << offset(3600, 2024, 5, 1, 13, 45);
    QTest::newRow("iso -0530") << QByteArray("2024-05-01T13:45:00-0530")
                               << offset(-19800, 2024, 5, 1, 13, 45);
    QTest::newRow("iso +02") << QByteArray("2024-05-01T13:45:00+02") << offset(7200, 2024, 5, 1, 13, 45);
    QTest::newRow("iso fraction and offset")
        << QByteArray("2024-05-01T13:45:00.250-04:00")
        << QDateTime(QDate(2024, 5, 1), QTime(13, 45, 0, 250), Qt::OffsetFromUTC, -14400);
    QTest::newRow("surrounding spaces") << QByteArray("  2024-05-01 13:45  ") << local(2024, 5, 1, 13, 45);
    QTest::newRow("slashes") << QByteArray("2024/05/01 13:45") << local(2024, 5, 1, 13, 45);
    QTest::newRow("slashes seconds") << QByteArray("2024/05/01 13:45:09") << local(2024, 5, 1, 13, 45, 9);
    QTest::newRow("us pm") << QByteArray("5/1/2024 1:45 PM") << local(2024, 5, 1, 13, 45);
    QTest::newRow("us pm seconds") << QByteArray("5/1/2024 1:45:30 pm") << local(2024, 5, 1, 13, 45, 30);
    QTest::newRow("us am") << QByteArray("05/01/2024 09:05 AM") << local(2024, 5, 1, 9, 5);
    QTest::newRow("us 12 am is midnight") << QByteArray("5/1/2024 12:10 AM") << local(2024, 5, 1, 0, 10);
    QTest::newRow("us 12 pm is noon") << QByteArray("5/1/2024 12:10 PM") << local(2024, 5, 1, 12, 10);
    QTest::newRow("us no space before pm") << QByteArray("5/1/2024 1:45PM") << local(2024, 5, 1, 13, 45);
    QTest::newRow("us 24h") << QByteArray("05/01/2024 13:45") << local(2024, 5, 1, 13, 45);
    QTest::newRow("us month day order")
        << QByteArray("12/31/2023 23:59:59") << local(2023, 12, 31, 23, 59, 59);
    QTest::newRow("leap day") << QByteArray("2024-02-29 00:00") << local(2024, 2, 29, 0, 0);
}

void TestCadTime::parses()
{
    QFETCH(QByteArray, text);
    QFETCH(QDateTime, expected);
    const std::optional<QDateTime> got = parseCadDateTime(text);
    QVERIFY(got.has_value());
    QCOMPARE(*got, expected);
    QCOMPARE(got->timeSpec(), expected.timeSpec());
    QCOMPARE(got->date(), expected.date());
    QCOMPARE(got->time(), expected.time());
    if (expected.timeSpec() != Qt::LocalTime)
        QCOMPARE(got->offsetFromUtc(), expected.offsetFromUtc());
}

void TestCadTime::rejects_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("spaces") << QByteArray("   ");
    QTest::newRow("words") << QByteArray("yesterday");
    QTest::newRow("date only") << QByteArray("2024-05-01");
    QTest::newRow("month 13") << QByteArray("2024-13-01T10:00");
    QTest::newRow("month 0") << QByteArray("2024-00-01T10:00");
    QTest::newRow("31 april") << QByteArray("2024-04-31 10:00");
    QTest::newRow("29 feb non-leap") << QByteArray("2023-02-29 10:00");
    QTest::newRow("hour 24") << QByteArray("2024-05-01 24:00");
    QTest::newRow("minute 60") << QByteArray("2024-05-01 10:60");
    QTest::newRow("second 60") << QByteArray("2024-05-01 10:00:60");
    QTest::newRow("13 pm") << QByteArray("5/1/2024 13:00 PM");
    QTest::newRow("0 am") << QByteArray("5/1/2024 0:30 AM");
    QTest::newRow("us month 13") << QByteArray("13/1/2024 10:00");
    QTest::newRow("trailing garbage") << QByteArray("2024-05-01 10:00 x");
    QTest::newRow("bad offset") << QByteArray("2024-05-01T10:00+1");
    QTest::newRow("offset hour 15") << QByteArray("2024-05-01T10:00+15:00");
    QTest::newRow("two-digit year") << QByteArray("5/1/24 10:00");
    QTest::newRow("missing minutes") << QByteArray("2024-05-01T10");
    QTest::newRow("dangling fraction") << QByteArray("2024-05-01T10:00:00.");
    QTest::newRow("mixed separators") << QByteArray("2024-05/01 10:00");
}

void TestCadTime::rejects()
{
    QFETCH(QByteArray, text);
    QVERIFY(!parseCadDateTime(text).has_value());
}

void TestCadTime::daylightSavingGap()
{
    // 2024-03-10 02:30 does not exist in New York (clocks went from 02:00 to 03:00): read as 03:30 EDT.
    const std::optional<QDateTime> got = parseCadDateTime("2024-03-10 02:30");
    QVERIFY(got.has_value());
    QVERIFY(got->isValid());
    QCOMPARE(got->timeSpec(), Qt::LocalTime);
    QCOMPARE(got->toUTC(), QDateTime(QDate(2024, 3, 10), QTime(7, 30), Qt::UTC));
    QCOMPARE(got->time(), QTime(3, 30));
}

// A UTC time is computed without QDate and QTime: it must be the very value Qt builds, on every day of years
// around the common ones, leap days and century rules included, and at the ends of the range.
void TestCadTime::utcAsQtBuildsIt()
{
    for (int year : {1, 4, 100, 1900, 1969, 1970, 2000, 2023, 2024, 2100, 9999}) {
        for (QDate d(year, 1, 1); d.isValid() && d.year() == year; d = d.addDays(1)) {
            const QByteArray text = d.toString(Qt::ISODate).toLatin1() + "T23:59:58.125Z";
            const std::optional<QDateTime> got = parseCadDateTime(text);
            const QDateTime expected(d, QTime(23, 59, 58, 125), Qt::UTC);
            QVERIFY2(got.has_value(), text.constData());
            QCOMPARE(*got, expected);
            QCOMPARE(got->timeSpec(), Qt::UTC);
            QCOMPARE(got->toString(Qt::ISODateWithMs), expected.toString(Qt::ISODateWithMs));
        }
    }
    QCOMPARE(*parseCadDateTime("2024-05-01 13:45:00 +00:00"),
             QDateTime(QDate(2024, 5, 1), QTime(13, 45), Qt::UTC));
}

void TestCadTime::formatRoundTrips_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("local") << local(2024, 5, 1, 13, 45) << QByteArray("2024-05-01T13:45:00");
    QTest::newRow("local ms") << local(2024, 5, 1, 13, 45, 1, 7) << QByteArray("2024-05-01T13:45:01.007");
    QTest::newRow("utc") << QDateTime(QDate(2024, 5, 1), QTime(13, 45), Qt::UTC)
                         << QByteArray("2024-05-01T13:45:00Z");
    QTest::newRow("offset") << offset(3600, 2024, 5, 1, 13, 45) << QByteArray("2024-05-01T13:45:00+01:00");
    QTest::newRow("negative offset") << offset(-16200, 2024, 1, 9, 3, 4, 5)
                                     << QByteArray("2024-01-09T03:04:05-04:30");
    QTest::newRow("invalid") << QDateTime() << QByteArray();
}

void TestCadTime::formatRoundTrips()
{
    QFETCH(QDateTime, time);
    QFETCH(QByteArray, text);
    QCOMPARE(formatCadDateTime(time), text);
    if (!time.isValid())
        return;
    const std::optional<QDateTime> back = parseCadDateTime(text);
    QVERIFY(back.has_value());
    QCOMPARE(*back, time);
    QCOMPARE(back->timeSpec(), time.timeSpec());
}

QTEST_GUILESS_MAIN(TestCadTime)
#include "tst_cadtime.moc"
