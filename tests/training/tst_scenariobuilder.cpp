// Building a scenario: from a CAD export read with a column mapping (the sample city export) and from stored
// calls with their decisions. Calls keep their offsets from the first call in time order, are numbered
// afresh, lose their date and are always de-identified; rows that cannot go in are reported with their line;
// the answer key comes from the decision when there is one, else from the suggestion, and expects an override
// exactly when the reference differs from today's suggestion.

#include "domain/rulesetloader.h"
#include "io/callrowreader.h"
#include "training/scenariobuilder.h"
#include "training/scenariojson.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace rr;

namespace {

const QStringList kCityMaps = {QStringLiteral("id=Event Number"),
                               QStringLiteral("received_at=Call_Received"),
                               QStringLiteral("call_type=Tencode Description"),
                               QStringLiteral("call_code=Tencode"),
                               QStringLiteral("lat=Latitude"),
                               QStringLiteral("lon=Longitude")};

StoredCall stored(const QString &id, const QDateTime &at, const QString &type, const QString &narrative)
{
    StoredCall s;
    s.call.id = id;
    s.call.receivedAt = at;
    s.call.callType = type;
    s.call.narrative = narrative;
    s.call.address = QStringLiteral("1412 MAIN ST");
    return s;
}

DecisionRecord decision(ResponseKind suggested, ResponseKind chosen, const QString &reason = {})
{
    DecisionRecord d;
    d.suggestedKind = suggested;
    d.chosenKind = chosen;
    d.accepted = reason.isEmpty();
    d.reasonCode = reason;
    return d;
}

} // namespace

class TstScenarioBuilder : public QObject
{
    Q_OBJECT
private:
    std::shared_ptr<const RuleSet> m_rules;

    Result<ScenarioBuilder::Built> fromCsv(const QByteArray &csv, const QStringList &maps = {})
    {
        QBuffer buffer;
        buffer.setData(csv);
        buffer.open(QIODevice::ReadOnly);
        CallRowReader reader(&buffer, ColumnMapping::fromArguments(maps).value());
        if (Result<void> open = reader.open(); !open)
            return open.failure();
        return ScenarioBuilder(m_rules).fromExport(reader);
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto rules = RuleSetLoader::loadBuiltIn();
        QVERIFY2(rules.ok(), qPrintable(rules.error()));
        m_rules = rules.value();
    }

    void fromTheCityExport()
    {
        QFile file(QStringLiteral(RR_SAMPLES_DIR "/city-export.csv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Result<ScenarioBuilder::Built> built = fromCsv(file.readAll(), kCityMaps);
        QVERIFY2(built.ok(), qPrintable(built.error()));
        const Scenario &s = built->scenario;
        // The row with "25:61:00 PM" and the short last row are reported with their lines, not dropped in
        // silence.
        QCOMPARE(built->rejected.size(), 2);
        QCOMPARE(built->rejected.at(0).line, qint64(11));
        QCOMPARE(built->rejected.at(1).line, qint64(17));
        QCOMPARE(s.calls.size(), 13);
        QCOMPARE(s.rulesVersion, m_rules->version);
        // Relative timing: 08:12:09 is the start, 09:02:13 is 50 min 4 s later.
        QCOMPARE(s.calls.first().offsetMs, qint64(0));
        QCOMPARE(s.calls.at(4).offsetMs, qint64((50 * 60 + 4) * 1000));
        const TriageEngine engine(m_rules);
        for (qsizetype i = 0; i < s.calls.size(); ++i) {
            const ScenarioCall &c = s.calls.at(i);
            QCOMPARE(c.call.id, QStringLiteral("T%1").arg(i + 1, 3, 10, QLatin1Char('0')));
            QVERIFY(!c.call.receivedAt.isValid());
            if (i > 0)
                QVERIFY(c.offsetMs >= s.calls.at(i - 1).offsetMs);
            // No decisions in an export: the key is the suggestion, and accepting it is right.
            QCOMPARE(c.key.source, QStringLiteral("suggestion"));
            QCOMPARE(toString(c.key.reference), toString(engine.triage(c.call).kind));
            QVERIFY(!c.key.expectOverride);
        }
        QCOMPARE(built->suggestionKeys, 13);
        QCOMPARE(s.calls.at(0).call.latitude, std::optional<double>(36.007));
        QVERIFY(ScenarioJson::validate(s).ok() == false); // no name yet: the caller gives it
    }

    void keepsRelativeTimingInTimeOrderAndDeidentifies()
    {
        const QByteArray csv = "id,received_at,call_type,narrative,address\n"
                               "B,2024-05-01T13:46:30,NOISE,music next door,1412 MAIN ST\n"
                               "A,2024-05-01T13:45:00,WELFARE CHECK,caller Maria Lopez worried about her son,"
                               "220 E PETTIGREW ST APT 4\n"
                               "C,2024-05-01T13:45:00.250,SUICIDE THREAT,son has a gun,\n";
        const Result<ScenarioBuilder::Built> built = fromCsv(csv);
        QVERIFY2(built.ok(), qPrintable(built.error()));
        const QList<ScenarioCall> &calls = built->scenario.calls;
        QCOMPARE(calls.size(), 3);
        QCOMPARE(calls.at(0).offsetMs, qint64(0));
        QCOMPARE(calls.at(1).offsetMs, qint64(250));
        QCOMPARE(calls.at(2).offsetMs, qint64(90000));
        QCOMPARE(calls.at(0).call.narrative, QStringLiteral("caller [NAME] worried about her son"));
        QCOMPARE(calls.at(0).call.address, QStringLiteral("200 BLOCK OF E PETTIGREW ST"));
        QCOMPARE(calls.at(2).call.address, QStringLiteral("1400 BLOCK OF MAIN ST"));
        QCOMPARE(toString(calls.at(1).key.reference), toString(ResponseKind::Police));
        QCOMPARE(built->changedFields, 3);
    }

    void badRowsAndCallsWithoutATimeAreReported()
    {
        const QByteArray csv = "id,received_at,call_type,priority,narrative\n"
                               "A,2024-05-01T13:45:00,NOISE,3,music\n"
                               "B,,WELFARE CHECK,3,no time\n"
                               "C,2024-05-01T13:50:00,NOISE,high,bad priority\n"
                               "D,2024-05-01T13:55:00,NOISE,4,more music\n";
        const Result<ScenarioBuilder::Built> built = fromCsv(csv);
        QVERIFY2(built.ok(), qPrintable(built.error()));
        QCOMPARE(built->scenario.calls.size(), 2);
        QCOMPARE(built->rejected.size(), 2);
        QCOMPARE(built->rejected.at(0).line, qint64(3));
        QVERIFY2(built->rejected.at(0).message.contains(QStringLiteral("call B has no received time")),
                 qPrintable(built->rejected.at(0).message));
        QCOMPARE(built->rejected.at(1).line, qint64(4));
        QCOMPARE(built->scenario.calls.last().offsetMs, qint64(10 * 60 * 1000));
    }

    void nothingUsableIsAFailure()
    {
        const Result<ScenarioBuilder::Built> built =
            fromCsv("id,received_at,call_type\nA,,NOISE\nB,,NOISE\n");
        QVERIFY(!built.ok());
        QCOMPARE(built.error(), QStringLiteral("no calls to build a scenario from: all 2 were rejected"));
    }

    void fromStoredCallsWithDecisions()
    {
        const QDateTime t0(QDate(2026, 11, 30), QTime(2, 0), Qt::UTC);
        QList<StoredCall> calls;
        // Accepted historically, and today's rules agree: accept.
        calls << stored(QStringLiteral("H1"), t0, QStringLiteral("NOISE"),
                        QStringLiteral("loud music next door"));
        calls.last().decision = decision(ResponseKind::Unarmed, ResponseKind::Unarmed);
        // Overridden to police with new information the rules do not see: override, with that reason.
        calls << stored(QStringLiteral("H2"), t0.addSecs(40), QStringLiteral("WELFARE CHECK"),
                        QStringLiteral("Mr. Jones has not been seen in two days, mail piling up"));
        calls.last().decision =
            decision(ResponseKind::Unarmed, ResponseKind::Police, QStringLiteral("safety_history"));
        // Overridden to police then; today's rules already say police: accept.
        calls << stored(QStringLiteral("H3"), t0.addSecs(100), QStringLiteral("SUICIDE THREAT"),
                        QStringLiteral("son has a gun and says he will use it on himself"));
        calls.last().decision =
            decision(ResponseKind::CoResponder, ResponseKind::Police, QStringLiteral("new_information"));
        // Not decided: the suggestion.
        calls << stored(QStringLiteral("H4"), t0.addSecs(160), QStringLiteral("PANHANDLING"),
                        QStringLiteral("man asking drivers for money"));
        const Result<ScenarioBuilder::Built> built = ScenarioBuilder(m_rules).fromStored(calls);
        QVERIFY2(built.ok(), qPrintable(built.error()));
        const QList<ScenarioCall> &s = built->scenario.calls;
        QCOMPARE(s.size(), 4);
        QCOMPARE(built->historyKeys, 3);
        QCOMPARE(built->suggestionKeys, 1);
        QCOMPARE(s.at(1).offsetMs, qint64(40000));
        QCOMPARE(s.at(1).call.narrative,
                 QStringLiteral("Mr. [NAME] has not been seen in two days, mail piling up"));

        QCOMPARE(toString(s.at(0).key.reference), toString(ResponseKind::Unarmed));
        QCOMPARE(s.at(0).key.source, QStringLiteral("history"));
        QVERIFY(!s.at(0).key.expectOverride);

        QCOMPARE(toString(s.at(1).key.reference), toString(ResponseKind::Police));
        QVERIFY(s.at(1).key.expectOverride);
        QCOMPARE(s.at(1).key.expectedReason, QStringLiteral("safety_history"));

        QCOMPARE(toString(s.at(2).key.reference), toString(ResponseKind::Police));
        QVERIFY(!s.at(2).key.expectOverride);
        QVERIFY(s.at(2).key.expectedReason.isEmpty());

        QCOMPARE(s.at(3).key.source, QStringLiteral("suggestion"));
        QVERIFY(!s.at(3).key.expectOverride);
    }

    void tooManyCallsAreRefused()
    {
        QList<StoredCall> calls;
        const QDateTime t0(QDate(2026, 11, 30), QTime(2, 0), Qt::UTC);
        for (int i = 0; i <= ScenarioBuilder::kMaxCalls; ++i)
            calls << stored(QStringLiteral("H%1").arg(i), t0.addSecs(i), QStringLiteral("NOISE"), QString());
        const Result<ScenarioBuilder::Built> built = ScenarioBuilder(m_rules).fromStored(calls);
        QVERIFY(!built.ok());
        QVERIFY2(built.error().contains(QStringLiteral("at most 1000")), qPrintable(built.error()));
    }
};

QTEST_GUILESS_MAIN(TstScenarioBuilder)
#include "tst_scenariobuilder.moc"
