#include "feed/callgenerator.h"
#include "feed/scenariocatalog.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using rr::Answer;
using rr::Call;
using rr::CallGenerator;
using rr::GeneratorOptions;
using rr::Screen;

namespace {

GeneratorOptions options(quint64 seed, double callsPerDay = 350.0)
{
    GeneratorOptions o;
    o.seed = seed;
    o.start = QDateTime(QDate(2024, 3, 1), QTime(0, 0), Qt::UTC);
    o.callsPerDay = callsPerDay;
    return o;
}

struct Sample
{
    std::vector<Call> calls;
    std::vector<QString> scenarios;
};

Sample generate(const GeneratorOptions &o, int n)
{
    CallGenerator generator(o);
    Sample sample;
    sample.calls.reserve(std::size_t(n));
    sample.scenarios.reserve(std::size_t(n));
    for (int i = 0; i < n; ++i) {
        sample.calls.push_back(generator.next());
        sample.scenarios.push_back(generator.lastScenario());
    }
    return sample;
}

bool containsAny(const QString &text, std::initializer_list<const char16_t *> phrases)
{
    for (const char16_t *phrase : phrases) {
        if (text.contains(QStringView(phrase), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

// CallGenerator: determinism, arrival process, ids, locations, the call-type mix and the tricky content.
class TestCallGenerator : public QObject
{
    Q_OBJECT

private:
    Sample m_big; // 20,000 calls with seed 2024, shared by the statistical tests

private Q_SLOTS:
    void initTestCase() { m_big = generate(options(2024), 20000); }

    void sameSeedGivesIdenticalCalls()
    {
        const Sample a = generate(options(7), 3000);
        const Sample b = generate(options(7), 3000);
        for (std::size_t i = 0; i < a.calls.size(); ++i) {
            QCOMPARE(a.calls[i], b.calls[i]);
            QCOMPARE(a.scenarios[i], b.scenarios[i]);
        }
    }

    void differentSeedGivesDifferentCalls()
    {
        const Sample a = generate(options(1), 200);
        const Sample b = generate(options(2), 200);
        int different = 0;
        for (std::size_t i = 0; i < a.calls.size(); ++i) {
            if (a.calls[i].narrative != b.calls[i].narrative &&
                a.calls[i].receivedAt != b.calls[i].receivedAt)
                ++different;
        }
        QVERIFY2(different > 180, qPrintable(QString::number(different)));
    }

    void outputIsPinned()
    {
        // Guards "same seed, same calls on every platform and build": a digest of the first 2,000 calls.
        // If a deliberate change to the tables or the sampling breaks it, update the digest.
        CallGenerator generator(options(1));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (int i = 0; i < 2000; ++i) {
            const Call c = generator.next();
            QString line = c.id + u'|' + c.receivedAt.toString(Qt::ISODate) + u'|' + c.callType + u'|' +
                           c.callCode + u'|' + QString::number(c.priority.value_or(0)) + u'|' + c.narrative +
                           u'|' + c.address + u'|' + QString::number(c.latitude.value_or(0), 'f', 6) + u'|' +
                           QString::number(c.longitude.value_or(0), 'f', 6) + u'|' + c.beat + u'|';
            for (Answer a : c.screening.answers)
                line += rr::toString(a) + u',';
            hash.addData(line.toUtf8());
        }
        QCOMPARE(QString::fromLatin1(hash.result().toHex()),
                 QStringLiteral("4a87a98f8fbf7cf49878e43003a296a5b490bc4faf3bda9efd0e9a471f38d7be"));
    }

    void arrivalRateMatchesCallsPerDay_data()
    {
        QTest::addColumn<double>("callsPerDay");
        QTest::newRow("Durham-like 350") << 350.0;
        QTest::newRow("small town 40") << 40.0;
        QTest::newRow("big city 3000") << 3000.0;
    }

    void arrivalRateMatchesCallsPerDay()
    {
        QFETCH(double, callsPerDay);
        CallGenerator generator(options(99, callsPerDay));
        const int n = 20000;
        const QDateTime first = generator.next().receivedAt;
        QDateTime previous = first;
        for (int i = 1; i < n; ++i) {
            const QDateTime t = generator.next().receivedAt;
            QVERIFY2(previous <= t, qPrintable(previous.toString(Qt::ISODate) + QStringLiteral(" > ") +
                                               t.toString(Qt::ISODate)));
            previous = t;
        }
        const double days = double(first.msecsTo(previous)) / 86400000.0;
        const double rate = (n - 1) / days;
        QVERIFY2(std::abs(rate - callsPerDay) < 0.1 * callsPerDay, qPrintable(QString::number(rate)));
    }

    void nightIsQuieterThanEvening()
    {
        std::array<int, 24> perHour{};
        for (const Call &c : m_big.calls)
            ++perHour[std::size_t(c.receivedAt.time().hour())];
        const double night = (perHour[2] + perHour[3] + perHour[4] + perHour[5]) / 4.0;
        const double evening = (perHour[16] + perHour[17] + perHour[18] + perHour[19]) / 4.0;
        QVERIFY2(night < 0.6 * evening,
                 qPrintable(QString::number(night) + QStringLiteral(" vs ") + QString::number(evening)));
    }

    void invalidStartMeansNewYear2024LocalTime()
    {
        GeneratorOptions o;
        CallGenerator generator(o);
        const Call c = generator.next();
        QCOMPARE(c.receivedAt.toLocalTime().date(), QDate(2024, 1, 1));
        QCOMPARE(c.id, QStringLiteral("2024-000001"));
        QVERIFY(!generator.lastScenario().isEmpty());
    }

    void zonedStartFollowsDaylightSaving()
    {
        const QTimeZone zone(QByteArrayLiteral("America/New_York"));
        if (!zone.isValid())
            QSKIP("no time-zone data on this machine");
        GeneratorOptions o = options(3, 2000);
        o.start = QDateTime(QDate(2024, 3, 9), QTime(12, 0), zone);
        const QDateTime change = QDateTime(QDate(2024, 3, 10), QTime(7, 0), Qt::UTC); // 2 am EST -> 3 am EDT
        CallGenerator generator(o);
        QDateTime previous = o.start;
        int before = 0, after = 0;
        for (int i = 0; i < 4000; ++i) {
            const QDateTime t = generator.next().receivedAt;
            QVERIFY(previous <= t);
            previous = t;
            QCOMPARE(t.offsetFromUtc(), t < change ? -5 * 3600 : -4 * 3600);
            (t < change ? before : after)++;
            QCOMPARE(t, t.toTimeZone(zone));               // same instant
            QCOMPARE(t.time(), t.toTimeZone(zone).time()); // same wall clock
        }
        QVERIFY(before > 100 && after > 100);
    }

    void idsAreUniqueAndRestartEachYear()
    {
        QSet<QString> ids;
        const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{6,}$"));
        for (const Call &c : m_big.calls) {
            QVERIFY2(shape.match(c.id).hasMatch(), qPrintable(c.id));
            ids.insert(c.id);
        }
        QCOMPARE(ids.size(), qsizetype(m_big.calls.size()));

        GeneratorOptions o = options(5, 5000);
        o.start = QDateTime(QDate(2024, 12, 31), QTime(23, 0), Qt::UTC);
        CallGenerator generator(o);
        bool sawNewYear = false;
        for (int i = 0; i < 2000 && !sawNewYear; ++i) {
            const Call c = generator.next();
            if (c.id.startsWith(u"2025-")) {
                QCOMPARE(c.id, QStringLiteral("2025-000001"));
                sawNewYear = true;
            }
        }
        QVERIFY(sawNewYear);
    }

    void locationsAreInsideDurham()
    {
        int withCoordinates = 0;
        const QRegularExpression beat(QStringLiteral("^[1-5][1-3][1-5]$"));
        for (const Call &c : m_big.calls) {
            QVERIFY(c.latitude.has_value() == c.longitude.has_value());
            if (c.latitude) {
                ++withCoordinates;
                QVERIFY2(*c.latitude >= 35.90 && *c.latitude <= 36.08,
                         qPrintable(QString::number(*c.latitude)));
                QVERIFY2(*c.longitude >= -79.00 && *c.longitude <= -78.80,
                         qPrintable(QString::number(*c.longitude)));
            }
            QVERIFY2(beat.match(c.beat).hasMatch(), qPrintable(c.beat));
            QVERIFY2(c.address.contains(u" BLOCK OF ") || c.address.contains(u" & "), qPrintable(c.address));
        }
        QVERIFY(withCoordinates > 0.9 * double(m_big.calls.size()));
        QVERIFY(withCoordinates < int(m_big.calls.size())); // some exports lack coordinates
    }

    void narrativesAndPrioritiesLookReal()
    {
        for (const Call &c : m_big.calls) {
            QVERIFY2(c.narrative.size() >= 30 && c.narrative.size() <= 260, qPrintable(c.narrative));
            QVERIFY(c.priority.has_value());
            QVERIFY(*c.priority >= 1 && *c.priority <= 4);
        }
    }

    void callTypeMixFollowsDurham()
    {
        const rr::ScenarioCatalog &catalog = rr::ScenarioCatalog::instance();
        QCOMPARE(catalog.scenarios().size() >= 40, true);
        QHash<QString, int> perScenario;
        int qualityOfLife = 0;
        int emergencyPriority = 0, emergencies = 0;
        for (std::size_t i = 0; i < m_big.calls.size(); ++i) {
            const rr::Scenario *scenario = catalog.find(m_big.scenarios[i]);
            QVERIFY2(scenario, qPrintable(m_big.scenarios[i]));
            ++perScenario[scenario->id];
            if (scenario->group == rr::ScenarioGroup::QualityOfLife)
                ++qualityOfLife;
            if (scenario->id == u"shots_fired" || scenario->id == u"robbery") {
                ++emergencies;
                emergencyPriority += *m_big.calls[i].priority <= 2 ? 1 : 0;
            }
        }
        const double share = double(qualityOfLife) / double(m_big.calls.size());
        QVERIFY2(share > 0.12 && share < 0.19, qPrintable(QString::number(share)));
        QCOMPARE(perScenario.size(), qsizetype(catalog.scenarios().size())); // every scenario occurs
        QCOMPARE(emergencyPriority, emergencies);
    }

    void trickyContentOccurs()
    {
        int screened = 0, unknownType = 0, withCode = 0, shouting = 0, negations = 0, disqualifying = 0;
        int weaponNegatedAndAnswered = 0, weaponNegatedAnsweredNo = 0;
        const rr::ScenarioCatalog &catalog = rr::ScenarioCatalog::instance();
        for (std::size_t i = 0; i < m_big.calls.size(); ++i) {
            const Call &c = m_big.calls[i];
            screened += c.screening.anyAnswered() ? 1 : 0;
            const QString type = c.callType.toUpper();
            unknownType +=
                (type.isEmpty() || type == u"MISC" || type == u"OTHER" || type == u"UNKNOWN") ? 1 : 0;
            withCode += c.callCode.isEmpty() ? 0 : 1;
            shouting += c.narrative == c.narrative.toUpper() ? 1 : 0;
            const bool weaponNegated =
                containsAny(c.narrative, {u"no weapons seen", u"denies having a gun", u"unarmed",
                                          u"weapon: none", u"weapons: neg"});
            if (weaponNegated ||
                containsAny(c.narrative, {u"not violent", u"not a domestic", u"no injuries"}))
                ++negations;
            if (weaponNegated && c.screening[Screen::Weapon] != Answer::Unknown) {
                ++weaponNegatedAndAnswered;
                weaponNegatedAnsweredNo += c.screening[Screen::Weapon] == Answer::No ? 1 : 0;
            }
            if (catalog.find(m_big.scenarios[i])->eligible &&
                containsAny(c.narrative, {u"knife", u"gun", u"machete", u"punched", u"bleeding", u"pills",
                                          u"breaking into", u"right now"}))
                ++disqualifying;
        }
        const double n = double(m_big.calls.size());
        QVERIFY2(screened > 0.35 * n && screened < 0.45 * n, qPrintable(QString::number(screened)));
        QVERIFY2(unknownType > 0.01 * n && unknownType < 0.06 * n, qPrintable(QString::number(unknownType)));
        QVERIFY(withCode > 0.2 * n && withCode < 0.8 * n);
        QVERIFY(shouting > 0.2 * n && shouting < 0.5 * n);
        QVERIFY2(negations > 0.05 * n, qPrintable(QString::number(negations)));
        QVERIFY2(disqualifying > 0.01 * n && disqualifying < 0.1 * n,
                 qPrintable(QString::number(disqualifying)));
        // Answers mostly agree with the narrative, but not always.
        QVERIFY(weaponNegatedAndAnswered > 50);
        QVERIFY2(weaponNegatedAnsweredNo > 0.85 * weaponNegatedAndAnswered,
                 qPrintable(QString::number(weaponNegatedAnsweredNo) + u'/' +
                            QString::number(weaponNegatedAndAnswered)));
    }

    void otherCitiesWordingsOccur_data()
    {
        QTest::addColumn<QString>("type");
        for (const char *t : {"WELFARE CHECK",
                              "Well Ck N-Urgent",
                              "CHECK THE WELFARE",
                              "5150",
                              "MENTAL PERSON",
                              "PERSON IN CRISIS",
                              "LOUD MUSIC",
                              "MVA-PROPERTY DAMAGE",
                              "HIT & RUN NO INJ",
                              "ASLT",
                              "DV",
                              "TRESPASS",
                              "DRUNK",
                              "PANHANDLING",
                              "INDECENT EXPOSURE",
                              "VERBAL DISTURBANCE",
                              "NOISE COMPLAINT",
                              "LOCKOUT",
                              "STRANDED MOTORIST",
                              "FOUND PROPERTY",
                              "HOMELESS PERSON",
                              "FOLLOW UP",
                              "SHOTS FIRED",
                              "BURGLARY",
                              "ALARM",
                              "WARRANT",
                              "OFFICER NEEDS ASSISTANCE",
                              "MVA WITH INJURIES",
                              "DUI",
                              "MEDICAL",
                              "FIRE",
                              "SUICIDAL PERSON",
                              "ROBBERY"})
            QTest::newRow(t) << QString::fromLatin1(t);
    }

    void otherCitiesWordingsOccur()
    {
        QFETCH(QString, type);
        bool found = false;
        for (const Call &c : m_big.calls)
            found = found || c.callType == type;
        QVERIFY(found);
    }

    void codesOccur()
    {
        QSet<QString> codes;
        for (const Call &c : m_big.calls)
            codes.insert(c.callCode);
        for (const char16_t *code : {u"WELCK", u"5150", u"415", u"10-56"})
            QVERIFY2(codes.contains(QString::fromUtf16(code)), qPrintable(QString::fromUtf16(code)));
    }
};

QTEST_APPLESS_MAIN(TestCallGenerator)
#include "tst_callgenerator.moc"
