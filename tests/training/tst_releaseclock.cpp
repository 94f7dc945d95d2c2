// The release clock on a time source the test moves: calls are released at their offsets divided by the
// speed, in order and once; pause stops the scenario's time and resume goes on from there; a speed change
// keeps the position; a jump skips what is between and releases its call at once; a backward jump, a jump
// out of range and a speed outside 0.5x..8x are refused.

#include "training/releaseclock.h"

#include <QSignalSpy>
#include <QTest>

using namespace rr;

namespace {

// A clock whose time only the test moves.
struct FakeTime
{
    qint64 ms = 1000;
    ReleaseClock::TimeSource source()
    {
        return [this] { return ms; };
    }
};

QList<int> indexes(const QSignalSpy &spy)
{
    QList<int> out;
    for (const QList<QVariant> &args : spy)
        out << args.at(0).toInt();
    return out;
}

} // namespace

class TstReleaseClock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void releasesAtOffsetsDividedBySpeed_data()
    {
        QTest::addColumn<double>("speed");
        QTest::newRow("1x") << 1.0;
        QTest::newRow("2x") << 2.0;
        QTest::newRow("4x") << 4.0;
        QTest::newRow("0.5x") << 0.5;
        QTest::newRow("8x") << 8.0;
    }
    void releasesAtOffsetsDividedBySpeed()
    {
        QFETCH(double, speed);
        FakeTime t;
        const QList<qint64> offsets{0, 5000, 5000, 12000, 60000};
        ReleaseClock clock(offsets, speed, t.source());
        QSignalSpy released(&clock, &ReleaseClock::released);
        QSignalSpy finished(&clock, &ReleaseClock::finished);
        clock.start();
        QCOMPARE(indexes(released), QList<int>{0}); // offset 0: at once
        QCOMPARE(clock.msUntilNext(), qint64(std::ceil(5000 / speed)));
        t.ms += qint64(std::ceil(5000 / speed)) - 1;
        clock.tick();
        QCOMPARE(released.size(), 1); // a millisecond early: nothing
        t.ms += 1;
        clock.tick();
        QCOMPARE(indexes(released), (QList<int>{0, 1, 2})); // two calls at the same offset, in order
        t.ms += qint64(std::ceil(7000 / speed));
        clock.tick();
        QCOMPARE(indexes(released), (QList<int>{0, 1, 2, 3}));
        QCOMPARE(released.last().at(1).toLongLong(), qint64(0)); // on time
        t.ms += qint64(std::ceil(48000 / speed)) + 300;
        clock.tick();
        QCOMPARE(indexes(released), (QList<int>{0, 1, 2, 3, 4}));
        QVERIFY(released.last().at(1).toLongLong() >= 299); // the lateness is said in real milliseconds
        QCOMPARE(finished.size(), 1);
        QCOMPARE(clock.state(), ReleaseClock::State::Finished);
        clock.tick();
        QCOMPARE(released.size(), 5); // once each
    }

    void pauseStopsTimeAndResumeGoesOn()
    {
        FakeTime t;
        ReleaseClock clock({1000, 3000}, 1, t.source());
        QSignalSpy released(&clock, &ReleaseClock::released);
        QSignalSpy states(&clock, &ReleaseClock::stateChanged);
        clock.start();
        t.ms += 800;
        clock.pause();
        QCOMPARE(clock.positionMs(), qint64(800));
        t.ms += 60000; // a long pause
        clock.tick();
        QCOMPARE(released.size(), 0);
        QCOMPARE(clock.positionMs(), qint64(800));
        clock.resume();
        QCOMPARE(clock.msUntilNext(), qint64(200));
        t.ms += 200;
        clock.tick();
        QCOMPARE(indexes(released), QList<int>{0});
        QCOMPARE(states.size(), 3); // running, paused, running
        QCOMPARE(states.at(1).at(0).value<ReleaseClock::State>(), ReleaseClock::State::Paused);
        // Pausing twice or resuming a running clock changes nothing.
        clock.resume();
        QCOMPARE(states.size(), 3);
    }

    void speedChangeKeepsThePosition()
    {
        FakeTime t;
        ReleaseClock clock({0, 10000}, 1, t.source());
        QSignalSpy released(&clock, &ReleaseClock::released);
        clock.start();
        t.ms += 4000; // 4 s of scenario at 1x
        QVERIFY(clock.setSpeed(4).ok());
        QCOMPARE(clock.positionMs(), qint64(4000));
        QCOMPARE(clock.msUntilNext(), qint64(1500)); // 6 s left at 4x
        t.ms += 1499;
        clock.tick();
        QCOMPARE(released.size(), 1);
        t.ms += 1;
        clock.tick();
        QCOMPARE(released.size(), 2);
        QCOMPARE(clock.speed(), 4.0);
    }

    void speedOutOfRangeIsRefused_data()
    {
        QTest::addColumn<double>("speed");
        QTest::newRow("0.4") << 0.4;
        QTest::newRow("8.5") << 8.5;
        QTest::newRow("0") << 0.0;
        QTest::newRow("-1") << -1.0;
    }
    void speedOutOfRangeIsRefused()
    {
        QFETCH(double, speed);
        ReleaseClock clock({0}, 2);
        const Result<void> r = clock.setSpeed(speed);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(QStringLiteral("0.5")), qPrintable(r.error()));
        QCOMPARE(clock.speed(), 2.0);
    }

    void jumpSkipsAndReleasesAtOnce()
    {
        FakeTime t;
        ReleaseClock clock({0, 20000, 40000, 40000, 50000}, 1, t.source());
        QSignalSpy released(&clock, &ReleaseClock::released);
        QSignalSpy skipped(&clock, &ReleaseClock::skipped);
        clock.start();
        QCOMPARE(indexes(released), QList<int>{0});
        QVERIFY(clock.jumpTo(2).ok());
        QCOMPARE(indexes(skipped), QList<int>{1});
        QCOMPARE(indexes(released), (QList<int>{0, 2, 3}));     // and the call at the same offset
        QCOMPARE(released.at(1).at(1).toLongLong(), qint64(0)); // a jump is never "late"
        QCOMPARE(clock.positionMs(), qint64(40000));
        QCOMPARE(clock.msUntilNext(), qint64(10000));
        // Backward, out of range: refused, nothing moves.
        const Result<void> back = clock.jumpTo(1);
        QVERIFY(!back.ok());
        QVERIFY2(back.error().contains(QStringLiteral("already")), qPrintable(back.error()));
        QVERIFY(!clock.jumpTo(5).ok());
        QVERIFY(!clock.jumpTo(-1).ok());
        QCOMPARE(clock.positionMs(), qint64(40000));
    }

    void jumpWhilePausedReleasesOnResume()
    {
        FakeTime t;
        ReleaseClock clock({0, 30000, 60000}, 2, t.source());
        QSignalSpy released(&clock, &ReleaseClock::released);
        clock.start();
        clock.pause();
        QVERIFY(clock.jumpTo(2).ok());
        QCOMPARE(released.size(), 1);
        t.ms += 5000;
        clock.resume();
        QCOMPARE(indexes(released), (QList<int>{0, 2}));
        QCOMPARE(clock.state(), ReleaseClock::State::Finished);
        QVERIFY(!clock.jumpTo(2).ok()); // finished
    }

    void realTimerReleases()
    {
        // The precise timer wakes the clock by itself (no tick() from the test).
        ReleaseClock clock({0, 150, 300}, 2);
        QSignalSpy released(&clock, &ReleaseClock::released);
        QSignalSpy finished(&clock, &ReleaseClock::finished);
        clock.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(indexes(released), (QList<int>{0, 1, 2}));
    }
};

QTEST_GUILESS_MAIN(TstReleaseClock)
#include "tst_releaseclock.moc"
