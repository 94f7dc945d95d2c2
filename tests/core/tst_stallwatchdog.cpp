// StallWatchdog: a loop kept busy is measured as a stall of about that length; start() begins afresh.

#include "core/stallwatchdog.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace rr;

namespace {

// Keeps the event loop busy for `ms`, as a slow slot on the GUI thread would.
void busyFor(qint64 ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
    }
}

} // namespace

class TstStallWatchdog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void measuresABlockedLoop()
    {
        StallWatchdog watchdog(10);
        watchdog.setSampling(true);
        QSignalSpy maxima(&watchdog, &StallWatchdog::newMaximum);
        QSignalSpy stalls(&watchdog, &StallWatchdog::stalled);
        watchdog.start();
        QTimer::singleShot(50, &watchdog, [] { busyFor(250); });
        QTRY_VERIFY_WITH_TIMEOUT(watchdog.maxStallMs() >= 240, 5000);
        QVERIFY2(watchdog.maxStallMs() < 2000, qPrintable(QString::number(watchdog.maxStallMs())));
        QVERIFY(watchdog.stallsOverThreshold() >= 1);
        QVERIFY(!maxima.isEmpty());
        QCOMPARE(maxima.last().at(0).toLongLong(), watchdog.maxStallMs());
        QCOMPARE(qint64(stalls.size()), watchdog.stallsOverThreshold());
        // Busy, not waiting: the thread used CPU time during the stall itself.
        const auto longest = std::max_element(stalls.begin(), stalls.end(), [](const auto &a, const auto &b) {
            return a.at(0).toLongLong() < b.at(0).toLongLong();
        });
        QVERIFY2(longest->at(1).toLongLong() > 0, qPrintable(longest->at(1).toString()));
        // Linux says how long it waited for a CPU: less than the whole stall, which was spent running.
        QVERIFY(longest->at(2).toLongLong() >= 0);
        QVERIFY(longest->at(2).toLongLong() < longest->at(0).toLongLong());
        // The helper thread saw it running, not blocked in a system call.
        QCOMPARE(longest->at(3).toString(), QStringLiteral("running"));
    }

    void countsOnlyStallsOverTheThreshold()
    {
        StallWatchdog watchdog(10);
        watchdog.setThreshold(1000);
        watchdog.start();
        QTimer::singleShot(20, &watchdog, [] { busyFor(150); });
        QTRY_VERIFY_WITH_TIMEOUT(watchdog.maxStallMs() >= 140, 5000);
        QCOMPARE(watchdog.stallsOverThreshold(), qint64(0));
    }

    void startBeginsAfresh()
    {
        StallWatchdog watchdog(10);
        watchdog.start();
        QTimer::singleShot(20, &watchdog, [] { busyFor(150); });
        QTRY_VERIFY_WITH_TIMEOUT(watchdog.maxStallMs() >= 140, 5000);
        watchdog.stop();
        watchdog.start();
        QVERIFY(watchdog.maxStallMs() < 140);
        QCOMPARE(watchdog.stallsOverThreshold(), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TstStallWatchdog)
#include "tst_stallwatchdog.moc"
