// The trainer window's panels on values made in the test: the answer-key editor (edits by the widgets, the
// edited scenario), the live trainees table (updated in place) and the scores panel.
#include "ui/review/chartwidget.h"
#include "ui/trainer/keyeditorpanel.h"
#include "ui/trainer/scorespanel.h"
#include "ui/trainer/traineespanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimeZone>

using namespace rr;

namespace {

Scenario twoCalls()
{
    Scenario s;
    s.name = QStringLiteral("mental-health-basics");
    s.version = 3;
    ScenarioCall a;
    a.offsetMs = 0;
    a.call.id = QStringLiteral("S-1");
    a.call.callType = QStringLiteral("WELFARE CHECK");
    a.call.narrative = QStringLiteral("Neighbour has not been seen for two days");
    a.key.reference = ResponseKind::Unarmed;
    a.key.source = QStringLiteral("suggestion");
    ScenarioCall b = a;
    b.offsetMs = 95000;
    b.call.id = QStringLiteral("S-2");
    b.call.callType = QStringLiteral("SUICIDAL SUBJECT");
    b.call.narrative = QStringLiteral("Caller says her brother has a gun and wants to die");
    b.key.reference = ResponseKind::Police;
    b.key.expectOverride = true;
    b.key.expectedReason = QStringLiteral("weapon_info");
    b.key.source = QStringLiteral("history");
    s.calls << a << b;
    return s;
}

TraineeDecision decided(const QString &id, ResponseKind chosen, int seconds)
{
    const QDateTime t0(QDate(2026, 11, 1), QTime(22, 0), QTimeZone::utc());
    return {id, chosen, chosen, false, {}, t0, t0.addSecs(seconds)};
}

} // namespace

class TestTrainerPanels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyEditorShowsAndEditsTheKey()
    {
        KeyEditorPanel panel;
        const QStringList reasons{QStringLiteral("weapon_info"), QStringLiteral("caller_request")};
        panel.setScenario(twoCalls(), reasons);
        QTableWidget *t = panel.table();
        QCOMPARE(t->rowCount(), 2);
        QCOMPARE(t->item(1, 0)->text(), QStringLiteral("01:35"));
        QCOMPARE(t->item(1, 1)->text(), QStringLiteral("SUICIDAL SUBJECT"));
        QVERIFY(!panel.isModified());
        QCOMPARE(panel.scenario(), twoCalls()); // nothing edited: the same scenario back

        QSignalSpy modified(&panel, &KeyEditorPanel::modifiedChanged);
        auto *reference = qobject_cast<QComboBox *>(t->cellWidget(0, 3));
        reference->setCurrentIndex(1); // co-responder
        auto *alsoUnarmed = qobject_cast<QCheckBox *>(t->cellWidget(0, 4));
        QTest::mouseClick(alsoUnarmed, Qt::LeftButton, {}, QPoint(4, alsoUnarmed->height() / 2));
        QVERIFY(alsoUnarmed->isChecked());
        auto *override = qobject_cast<QCheckBox *>(t->cellWidget(1, 7));
        override->setChecked(false);
        QCOMPARE(modified.count(), 1);
        QVERIFY(panel.isModified());

        const Scenario edited = panel.scenario();
        QCOMPARE(toString(edited.calls[0].key.reference), toString(ResponseKind::CoResponder));
        QCOMPARE(edited.calls[0].key.alternatives.size(), 1);
        QCOMPARE(toString(edited.calls[0].key.alternatives[0]), toString(ResponseKind::Unarmed));
        QCOMPARE(edited.calls[0].key.source, QStringLiteral("trainer"));
        QVERIFY(!edited.calls[1].key.expectOverride);
        QCOMPARE(edited.calls[1].key.expectedReason, QString());  // no override expected: no reason either
        QCOMPARE(edited.calls[1].call, twoCalls().calls[1].call); // the calls themselves are not edited
    }

    void keyEditorKeepsAReasonTheDatabaseNoLongerLists()
    {
        KeyEditorPanel panel;
        panel.setScenario(twoCalls(), {QStringLiteral("caller_request")});
        QCOMPARE(panel.scenario().calls[1].key.expectedReason, QStringLiteral("weapon_info"));
    }

    void traineesUpdateInPlace()
    {
        TraineesPanel panel;
        const Scenario s = twoCalls();
        QList<TraineeScore> scores{TrainingScorer::score(QStringLiteral("D101"), s, {}),
                                   TrainingScorer::score(QStringLiteral("D102"), s, {})};
        panel.setProgress(1, scores);
        QTableWidget *t = panel.table();
        QCOMPARE(t->rowCount(), 2);
        QCOMPARE(t->item(0, 1)->text(), QStringLiteral("1"));
        QCOMPARE(t->item(0, 2)->text(), QStringLiteral("0 / 1"));
        QTableWidgetItem *before = t->item(1, 4);

        scores[1] = TrainingScorer::score(QStringLiteral("D102"), s,
                                          {decided(QStringLiteral("S-1"), ResponseKind::Unarmed, 20),
                                           decided(QStringLiteral("S-2"), ResponseKind::Unarmed, 40)});
        panel.setProgress(2, scores);
        QCOMPARE(t->item(1, 4), before); // the same item, changed in place
        QCOMPARE(t->item(1, 1)->text(), QStringLiteral("0"));
        QCOMPARE(t->item(1, 2)->text(), QStringLiteral("2 / 2"));
        QCOMPARE(t->item(1, 3)->text(), QStringLiteral("1 (50.0%)"));
        QCOMPARE(t->item(1, 4)->text(), QStringLiteral("\u26A0 1"));
        QCOMPARE(t->item(1, 5)->text(), QStringLiteral("30.0"));
        QCOMPARE(t->item(0, 1)->text(), QStringLiteral("2"));

        QSignalSpy selected(&panel, &TraineesPanel::traineeSelected);
        t->selectRow(1);
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.first().first().toString(), QStringLiteral("D102"));
    }

    void scoresShowChartsAndTheSelectedTraineesCalls()
    {
        ScoresPanel panel;
        const Scenario s = twoCalls();
        const QList<TraineeScore> scores{
            TrainingScorer::score(QStringLiteral("D101"), s,
                                  {decided(QStringLiteral("S-1"), ResponseKind::Unarmed, 20)}),
            TrainingScorer::score(QStringLiteral("D102"), s,
                                  {decided(QStringLiteral("S-2"), ResponseKind::Unarmed, 40)})};
        panel.setScores({}, scores, {});
        QVERIFY(panel.chart(QStringLiteral("training-score")));
        QVERIFY(panel.chart(QStringLiteral("training-accuracy")));
        QVERIFY(panel.chart(QStringLiteral("training-time")));
        QVERIFY(!panel.chart(QStringLiteral("training-progress-D101")));
        QCOMPARE(panel.callsTable()->rowCount(), 2);
        QCOMPARE(panel.callsTable()->item(0, 4)->text(), QStringLiteral("correct"));
        panel.showTrainee(QStringLiteral("D102"));
        QCOMPARE(panel.callsTable()->item(0, 4)->text(), QStringLiteral("not decided"));
        QCOMPARE(panel.callsTable()->item(1, 4)->text(), QStringLiteral("UNSAFE"));
    }
};

QTEST_MAIN(TestTrainerPanels)
#include "tst_trainerpanels.moc"
