// ScreeningPanel on its own: the six questions with their answers and who gave them, the needs-screening
// mark, keyboard screening (a question's letter, then Y, N or U; Escape leaves) and the mouse.

#include "ui/screeningpanel.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace rr;

namespace {

QueueEntry entry()
{
    QueueEntry e;
    e.call.id = QStringLiteral("E-1");
    e.call.callType = QStringLiteral("WELFARE CHECK");
    e.call.screening[Screen::Violence] = Answer::Yes; // from the CAD
    e.call.screening[Screen::Weapon] = Answer::No;
    e.screeningAnswers = {{Screen::Weapon, Answer::No, QStringLiteral("D4"), QStringLiteral("WS-4"),
                           QDateTime(QDate(2024, 5, 1), QTime(14, 2, 11)).toUTC()}};
    e.suggestion.kind = ResponseKind::Police;
    return e;
}

} // namespace

class TstScreeningPanel : public QObject
{
    Q_OBJECT
private:
    static QString status(const ScreeningPanel &p, const char *question)
    {
        return p.findChild<QLabel *>(QStringLiteral("screenStatus_") + QString::fromLatin1(question))->text();
    }
    static QToolButton *button(const ScreeningPanel &p, const char *question, const char *answer)
    {
        return p.findChild<QToolButton *>(
            QStringLiteral("screen_%1_%2").arg(QString::fromLatin1(question), QString::fromLatin1(answer)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<rr::Screen>();
        qRegisterMetaType<rr::Answer>();
    }

    void showsAnswersAndWhoGaveThem()
    {
        ScreeningPanel p;
        p.showEntry(entry());
        QVERIFY(status(p, "weapon").startsWith(QStringLiteral("NO \u00B7 D4 ")));
        QVERIFY(status(p, "violence").contains(QStringLiteral("YES \u00B7 call-taker")));
        QCOMPARE(status(p, "injury"), QStringLiteral("not asked"));
        QVERIFY(button(p, "weapon", "no")->isChecked());
        QVERIFY(button(p, "violence", "yes")->isChecked());
        for (const char *a : {"yes", "no", "unknown"})
            QVERIFY(!button(p, "injury", a)->isChecked());
        QVERIFY(p.findChild<QLabel *>(QStringLiteral("needsScreening"))->isHidden());

        QueueEntry e = entry();
        e.suggestion.needsScreening = true;
        e.offlineAnswers = {{Screen::Injury, Answer::Yes}};
        e.call.screening[Screen::Injury] = Answer::Yes;
        e.refusedAnswers = {{Screen::Domestic, Answer::No}};
        p.showEntry(e);
        QVERIFY(!p.findChild<QLabel *>(QStringLiteral("needsScreening"))->isHidden());
        QVERIFY(p.findChild<QLabel *>(QStringLiteral("needsScreening"))
                    ->text()
                    .contains(QStringLiteral("NEEDS SCREENING")));
        QCOMPARE(status(p, "injury"), QStringLiteral("YES \u00B7 saved offline"));
        QVERIFY(status(p, "domestic").contains(QStringLiteral("NOT STORED")));
        QVERIFY(button(p, "domestic", "no")->isChecked()); // kept on screen
        e.decided = true;                                  // a decision was made: the mark has done its job
        p.showEntry(e);
        QVERIFY(p.findChild<QLabel *>(QStringLiteral("needsScreening"))->isHidden());
    }

    void keyboard()
    {
        ScreeningPanel p;
        p.show();
        p.showEntry(entry());
        QSignalSpy answered(&p, &ScreeningPanel::answered);
        QSignalSpy left(&p, &ScreeningPanel::left);
        auto *title = p.findChild<QLabel *>(QStringLiteral("screeningTitle"));
        QVERIFY(title->text().contains(QStringLiteral("Q")));

        QTest::keyClick(&p, Qt::Key_W); // not screening yet: nothing happens
        QVERIFY(!p.selectedQuestion());
        p.enter();
        QVERIFY(p.isActive());
        QVERIFY(title->text().contains(QStringLiteral("W V I S D C")));
        QTest::keyClick(&p, Qt::Key_Y); // no question chosen
        QCOMPARE(answered.count(), 0);
        QVERIFY(title->text().contains(QStringLiteral("choose a question first")));

        QTest::keyClick(&p, Qt::Key_W);
        QCOMPARE(p.selectedQuestion(), std::optional(Screen::Weapon));
        QVERIFY(title->text().contains(ScreeningPanel::label(Screen::Weapon)));
        QTest::keyClick(&p, Qt::Key_Y);
        QCOMPARE(answered.count(), 1);
        QCOMPARE(answered.at(0).at(0).toString(), QStringLiteral("E-1"));
        QCOMPARE(answered.at(0).at(1).value<Screen>(), Screen::Weapon);
        QCOMPARE(toString(answered.at(0).at(2).value<Answer>()), toString(Answer::Yes));
        QVERIFY(button(p, "weapon", "yes")->isChecked()); // shown at once, until the stored answer comes back
        QCOMPARE(button(p, "weapon", "yes")->text(), QStringLiteral("\u2713 Yes")); // not by colour alone
        QCOMPARE(button(p, "weapon", "no")->text(), QStringLiteral("No"));
        QVERIFY(!button(p, "weapon", "no")->isChecked());
        QVERIFY(status(p, "weapon").contains(QStringLiteral("sending")));

        // Still screening: the next question and its answer, then the arrows.
        for (const auto &[key, question, answer] : {std::tuple{Qt::Key_S, Screen::SelfHarm, Qt::Key_N},
                                                    std::tuple{Qt::Key_C, Screen::CrimeInProgress, Qt::Key_U},
                                                    std::tuple{Qt::Key_I, Screen::Injury, Qt::Key_N},
                                                    std::tuple{Qt::Key_D, Screen::Domestic, Qt::Key_Y},
                                                    std::tuple{Qt::Key_V, Screen::Violence, Qt::Key_N}}) {
            QTest::keyClick(&p, key);
            QCOMPARE(p.selectedQuestion(), std::optional(question));
            QTest::keyClick(&p, answer);
            QCOMPARE(answered.last().at(1).value<Screen>(), question);
        }
        QCOMPARE(answered.count(), 6);
        QCOMPARE(toString(answered.at(2).at(2).value<Answer>()), toString(Answer::Unknown));
        QTest::keyClick(&p, Qt::Key_Down);
        QCOMPARE(p.selectedQuestion(), std::optional(Screen::Injury));

        QTest::keyClick(&p, Qt::Key_Escape);
        QVERIFY(!p.isActive());
        QCOMPARE(left.count(), 1);
        QTest::keyClick(&p, Qt::Key_N); // no longer screening
        QCOMPARE(answered.count(), 6);
    }

    void mouse()
    {
        ScreeningPanel p;
        p.show();
        QSignalSpy answered(&p, &ScreeningPanel::answered);
        QTest::mouseClick(button(p, "injury", "yes"), Qt::LeftButton); // no call: nothing to answer
        QCOMPARE(answered.count(), 0);
        p.showEntry(entry());
        QTest::mouseClick(button(p, "crime_in_progress", "unknown"), Qt::LeftButton);
        QCOMPARE(answered.count(), 1);
        QCOMPARE(answered.at(0).at(1).value<Screen>(), Screen::CrimeInProgress);
        QCOMPARE(toString(answered.at(0).at(2).value<Answer>()), toString(Answer::Unknown));
        QVERIFY(!p.isActive()); // the mouse needs no screening mode
    }
};

QTEST_MAIN(TstScreeningPanel)
#include "tst_screeningpanel.moc"
