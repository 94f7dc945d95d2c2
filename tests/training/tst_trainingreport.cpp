#include "training/trainingreport.h"

#include <QBuffer>
#include <QTest>
#include <QTimeZone>

using namespace rr;

namespace {

ScenarioCall keyed(const QString &id, ResponseKind reference, bool expectOverride = false)
{
    ScenarioCall c;
    c.call.id = id;
    c.key.reference = reference;
    c.key.expectOverride = expectOverride;
    return c;
}

TraineeDecision decided(const QString &id, ResponseKind chosen, bool overridden, int seconds)
{
    const QDateTime t0(QDate(2026, 11, 1), QTime(22, 0), QTimeZone::utc());
    TraineeDecision d;
    d.cadId = id;
    d.chosen = chosen;
    d.overridden = overridden;
    d.reasonCode = overridden ? QStringLiteral("weapon_info") : QString();
    d.receivedAt = t0;
    d.decidedAt = t0.addSecs(seconds);
    return d;
}

} // namespace

class TestTrainingReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tablesSayWhatTheScoresSay();
    void verdictNamesEachFault_data();
    void verdictNamesEachFault();
    void progressOnlyWithHistory();
};

void TestTrainingReport::tablesSayWhatTheScoresSay()
{
    Scenario s;
    s.calls << keyed(QStringLiteral("S-1"), ResponseKind::Unarmed)
            << keyed(QStringLiteral("S-2"), ResponseKind::Police)
            << keyed(QStringLiteral("S-3"), ResponseKind::CoResponder);
    const TraineeScore a =
        TrainingScorer::score(QStringLiteral("D101"), s,
                              {decided(QStringLiteral("S-1"), ResponseKind::Unarmed, false, 20),
                               decided(QStringLiteral("S-2"), ResponseKind::Unarmed, true, 30)},
                              {{QStringLiteral("S-1"), QStringLiteral("welfare_check")},
                               {QStringLiteral("S-2"), QStringLiteral("weapons")}});
    const TraineeScore b = TrainingScorer::score(QStringLiteral("D102"), s, {});

    TrainingReportHeader h;
    h.sessionId = QStringLiteral("7");
    h.scenarioName = QStringLiteral("night-shift");
    h.scenarioVersion = 2;
    h.speed = 2;
    const QList<ReportTable> tables = trainingTables(h, {a, b});
    QCOMPARE(tables.size(), 4);
    QCOMPARE(tables[0].name, QStringLiteral("session"));
    QCOMPARE(tables[0].rows[0][1], QStringLiteral("night-shift"));
    QCOMPARE(tables[0].rows[0][5], QStringLiteral("2x"));

    const ReportTable &trainees = tables[1];
    QCOMPARE(trainees.rows.size(), 2);
    QCOMPARE(trainees.rows[0][0], QStringLiteral("D101"));
    // 90 + (-100 + 0 + 15) + 0 = 5 of 270.
    QCOMPARE(trainees.rows[0][2], QStringLiteral("5/270"));
    QCOMPARE(trainees.rows[0][1], QStringLiteral("1.9%"));
    QCOMPARE(trainees.rows[0][4], QStringLiteral("2"));
    QCOMPARE(trainees.rows[0][6], QStringLiteral("1"));
    QCOMPARE(trainees.rows[1][1], QStringLiteral("0.0%"));
    QCOMPARE(trainees.rows[1][4], QStringLiteral("0"));
    QCOMPARE(trainees.rows[1][9], QString());

    const ReportTable &calls = tables[2];
    QCOMPARE(calls.rows.size(), 6);
    QCOMPARE(calls.rows[1][1], QStringLiteral("S-2"));
    QCOMPARE(calls.rows[1][5], QStringLiteral("UNSAFE"));
    QCOMPARE(calls.rows[1][4], QStringLiteral("unarmed (override: weapon_info)"));
    QCOMPARE(calls.rows[2][5], QStringLiteral("not decided"));

    QBuffer out;
    out.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY(writeCsv(&out, tables, &error));
    QVERIFY(out.data().contains("calls,D101,S-2,weapons,police,unarmed (override: weapon_info),UNSAFE"));
}

void TestTrainingReport::verdictNamesEachFault_data()
{
    QTest::addColumn<int>("reference");
    QTest::addColumn<bool>("expectOverride");
    QTest::addColumn<int>("chosen");
    QTest::addColumn<bool>("overridden");
    QTest::addColumn<int>("seconds");
    QTest::addColumn<QString>("verdict");
    const int U = int(ResponseKind::Unarmed), C = int(ResponseKind::CoResponder),
              P = int(ResponseKind::Police);
    QTest::newRow("correct") << U << false << U << false << 10 << QStringLiteral("correct");
    QTest::newRow("slow") << U << false << U << false << 61 << QStringLiteral("over 60 s");
    QTest::newRow("needless override")
        << C << false << C << true << 10 << QStringLiteral("needless override");
    QTest::newRow("missed override") << P << true << C << false << 10
                                     << QStringLiteral("wrong kind, should override");
}

void TestTrainingReport::verdictNamesEachFault()
{
    QFETCH(int, reference);
    QFETCH(bool, expectOverride);
    QFETCH(int, chosen);
    QFETCH(bool, overridden);
    QFETCH(int, seconds);
    QFETCH(QString, verdict);
    const CallScore c =
        TrainingScorer::scoreCall(keyed(QStringLiteral("S-1"), ResponseKind(reference), expectOverride),
                                  decided(QStringLiteral("S-1"), ResponseKind(chosen), overridden, seconds));
    QCOMPARE(callVerdict(c), verdict);
}

void TestTrainingReport::progressOnlyWithHistory()
{
    QCOMPARE(trainingTables({}, {}).size(), 4);
    ScoreHistoryPoint p;
    p.trainee = QStringLiteral("D101");
    p.percent = 81.25;
    const QList<ReportTable> t = trainingTables({}, {}, {p});
    QCOMPARE(t.size(), 5);
    QCOMPARE(t.last().name, QStringLiteral("progress"));
    QCOMPARE(t.last().rows[0][4], QStringLiteral("81.3%"));
}

QTEST_GUILESS_MAIN(TestTrainingReport)
#include "tst_trainingreport.moc"
