#include "training/trainingscorer.h"

#include <QTest>
#include <QTimeZone>

using namespace rr;

namespace {

const QDateTime kT0 = QDateTime(QDate(2026, 11, 1), QTime(22, 0), QTimeZone::utc());

ScenarioCall callWithKey(const QString &id, ResponseKind reference, QList<ResponseKind> alternatives = {},
                         bool expectOverride = false, const QString &reason = {})
{
    ScenarioCall c;
    c.call.id = id;
    c.call.callType = QStringLiteral("WELFARE CHECK");
    c.key.reference = reference;
    c.key.alternatives = alternatives;
    c.key.expectOverride = expectOverride;
    c.key.expectedReason = reason;
    return c;
}

TraineeDecision decision(const QString &id, ResponseKind chosen, bool overridden, double seconds,
                         const QString &reason = {})
{
    TraineeDecision d;
    d.cadId = id;
    d.chosen = chosen;
    d.overridden = overridden;
    d.reasonCode = reason;
    d.receivedAt = kT0;
    d.decidedAt = kT0.addMSecs(static_cast<qint64>(seconds * 1000));
    return d;
}

} // namespace

Q_DECLARE_METATYPE(ScenarioCall)
Q_DECLARE_METATYPE(TraineeDecision)

class TestTrainingScorer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scoresOneCall_data();
    void scoresOneCall();
    void undecidedCallScoresNothing();
    void firstDecisionCountsAndStrangersAreIgnored();
    void aggregatesTheBreakdown();
    void percentIsFlooredAtZero();
};

void TestTrainingScorer::scoresOneCall_data()
{
    QTest::addColumn<ScenarioCall>("call");
    QTest::addColumn<TraineeDecision>("decision");
    QTest::addColumn<int>("points");
    QTest::addColumn<int>("maxPoints");
    QTest::addColumn<bool>("unsafe");
    QTest::addColumn<bool>("kindCorrect");

    using K = ResponseKind;
    const QString id = QStringLiteral("S-1");
    QTest::newRow("accepted as the key says, in time")
        << callWithKey(id, K::Unarmed) << decision(id, K::Unarmed, false, 30) << 90 << 90 << false << true;
    QTest::newRow("an alternative the key accepts")
        << callWithKey(id, K::CoResponder, {K::Unarmed}) << decision(id, K::Unarmed, false, 30) << 90 << 90
        << false << true;
    QTest::newRow("unsafe: police needed, unarmed sent")
        << callWithKey(id, K::Police) << decision(id, K::Unarmed, true, 30) << -85 << 90 << true << false;
    QTest::newRow("unarmed where the key also accepts it is not unsafe")
        << callWithKey(id, K::Police, {K::Unarmed}) << decision(id, K::Unarmed, false, 30) << 90 << 90
        << false << true;
    QTest::newRow("too strong is wrong but not unsafe")
        << callWithKey(id, K::Unarmed) << decision(id, K::Police, true, 30) << 15 << 90 << false << false;
    QTest::newRow("co-responder where police are needed is wrong, not unsafe")
        << callWithKey(id, K::Police) << decision(id, K::CoResponder, true, 30) << 15 << 90 << false << false;
    QTest::newRow("expected override with the expected reason")
        << callWithKey(id, K::Police, {}, true, QStringLiteral("weapon_info"))
        << decision(id, K::Police, true, 45, QStringLiteral("weapon_info")) << 100 << 100 << false << true;
    QTest::newRow("expected override with another reason")
        << callWithKey(id, K::Police, {}, true, QStringLiteral("weapon_info"))
        << decision(id, K::Police, true, 45, QStringLiteral("other")) << 90 << 100 << false << true;
    QTest::newRow("expected override, accepted instead")
        << callWithKey(id, K::Police, {}, true, QStringLiteral("weapon_info"))
        << decision(id, K::Unarmed, false, 45) << -100 + 15 << 100 << true << false;
    QTest::newRow("exactly the target time keeps the time points")
        << callWithKey(id, K::Unarmed) << decision(id, K::Unarmed, false, 60) << 90 << 90 << false << true;
    QTest::newRow("90 s: half the time points")
        << callWithKey(id, K::Unarmed) << decision(id, K::Unarmed, false, 90) << 83 << 90 << false << true;
    QTest::newRow("two minutes or more: no time points")
        << callWithKey(id, K::Unarmed) << decision(id, K::Unarmed, false, 600) << 75 << 90 << false << true;
}

void TestTrainingScorer::scoresOneCall()
{
    QFETCH(ScenarioCall, call);
    QFETCH(TraineeDecision, decision);
    QFETCH(int, points);
    QFETCH(int, maxPoints);
    QFETCH(bool, unsafe);
    QFETCH(bool, kindCorrect);

    const CallScore s = TrainingScorer::scoreCall(call, decision);
    QCOMPARE(s.points, points);
    QCOMPARE(s.maxPoints, maxPoints);
    QCOMPARE(s.unsafe, unsafe);
    QCOMPARE(s.kindCorrect, kindCorrect);
    QVERIFY(s.decision.has_value());
    QVERIFY(s.secondsToDecision.has_value());
}

void TestTrainingScorer::undecidedCallScoresNothing()
{
    const CallScore s =
        TrainingScorer::scoreCall(callWithKey(QStringLiteral("S-9"), ResponseKind::Police), std::nullopt);
    QCOMPARE(s.points, 0);
    QCOMPARE(s.maxPoints, 90);
    QVERIFY(!s.unsafe);
    QVERIFY(!s.kindCorrect);
    QVERIFY(!s.secondsToDecision);
    QVERIFY(!s.withinTarget);
}

void TestTrainingScorer::firstDecisionCountsAndStrangersAreIgnored()
{
    Scenario scenario;
    scenario.calls << callWithKey(QStringLiteral("S-1"), ResponseKind::Unarmed);
    // Listed out of order: the earlier decision (unsafe is impossible here, but police is wrong) counts.
    const QList<TraineeDecision> decisions{
        decision(QStringLiteral("S-1"), ResponseKind::Unarmed, false, 50),
        decision(QStringLiteral("S-1"), ResponseKind::Police, true, 20),
        decision(QStringLiteral("LIVE-77"), ResponseKind::Police, false, 5),
    };
    const TraineeScore t = TrainingScorer::score(QStringLiteral("D101"), scenario, decisions);
    QCOMPARE(t.calls.size(), 1);
    QCOMPARE(t.decided, 1);
    QCOMPARE(toString(t.calls.first().decision->chosen), toString(ResponseKind::Police));
    QCOMPARE(t.correct, 0);
    QCOMPARE(t.points, 15);
}

void TestTrainingScorer::aggregatesTheBreakdown()
{
    using K = ResponseKind;
    Scenario scenario;
    scenario.calls << callWithKey(QStringLiteral("A"), K::Unarmed)
                   << callWithKey(QStringLiteral("B"), K::Police)
                   << callWithKey(QStringLiteral("C"), K::CoResponder)
                   << callWithKey(QStringLiteral("D"), K::Unarmed);
    const QHash<QString, QString> categories{{QStringLiteral("A"), QStringLiteral("welfare_check")},
                                             {QStringLiteral("B"), QStringLiteral("weapons")},
                                             {QStringLiteral("C"), QStringLiteral("welfare_check")},
                                             {QStringLiteral("D"), QStringLiteral("noise")}};
    const QList<TraineeDecision> decisions{
        decision(QStringLiteral("A"), K::Unarmed, false, 10),
        decision(QStringLiteral("B"), K::Unarmed, true, 40),
        decision(QStringLiteral("C"), K::CoResponder, false, 100),
    };
    const TraineeScore t = TrainingScorer::score(QStringLiteral("D102"), scenario, decisions, categories);
    QCOMPARE(t.trainee, QStringLiteral("D102"));
    QCOMPARE(t.decided, 3);
    QCOMPARE(t.correct, 2);
    QCOMPARE(t.unsafe, 1);
    QCOMPARE(t.actionCorrect, 2);
    QCOMPARE(t.withinTarget, 2);
    QCOMPARE(t.maxPoints, 4 * 90);
    QCOMPARE(t.points, 90 + (-100 + 15) + (60 + 15 + 5) + 0);
    QCOMPARE(t.meanSeconds, 50.0);
    QCOMPARE(t.medianSeconds, 40.0);
    QCOMPARE(t.byCategory.size(), 3);
    QCOMPARE(t.byCategory[0].category, QStringLiteral("noise"));
    QCOMPARE(t.byCategory[0].calls, 1);
    QCOMPARE(t.byCategory[0].correct, 0);
    QCOMPARE(t.byCategory[2].category, QStringLiteral("welfare_check"));
    QCOMPARE(t.byCategory[2].calls, 2);
    QCOMPARE(t.byCategory[2].correct, 2);
    QCOMPARE(qRound(t.percent() * 10), qRound(1000.0 * 85 / 360));
}

void TestTrainingScorer::percentIsFlooredAtZero()
{
    Scenario scenario;
    scenario.calls << callWithKey(QStringLiteral("A"), ResponseKind::Police);
    const TraineeScore t = TrainingScorer::score(
        QStringLiteral("D101"), scenario, {decision(QStringLiteral("A"), ResponseKind::Unarmed, true, 200)});
    QVERIFY(t.points < 0);
    QCOMPARE(t.percent(), 0.0);
    QCOMPARE(TraineeScore{}.percent(), 0.0);
}

QTEST_GUILESS_MAIN(TestTrainingScorer)
#include "tst_trainingscorer.moc"
