#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <thread>

namespace rr {

// Measures how long the event loop of the thread it lives on stays busy: a precise timer ticks every
// `intervalMs`, and each tick that comes later than due is a stall of that lateness (the time the loop could
// not answer a key press, a repaint or the change feed). Keeps the largest stall and counts those over a
// threshold, and for each of those how much CPU time the thread itself used meanwhile and how long it waited
// for a CPU (Linux's schedstat): a stall that used its whole length is the thread's own work; one spent
// waiting for a CPU is a machine too busy to run it; the rest is blocking (I/O, a lock, the display server).
// With sampling on, a helper thread looks at the watched thread during a stall and says which system call it
// was in (Linux's /proc/.../syscall), to tell the event loop waiting for a reply from the blocking that
// should not be there. For tests and the console's --trace (the soak test's stall figures); it costs one
// timer (and the helper thread, waking every 20 ms, when sampling). Lives on the thread whose event loop it
// watches.
class StallWatchdog : public QObject
{
    Q_OBJECT
public:
    explicit StallWatchdog(int intervalMs = 10, QObject *parent = nullptr);
    ~StallWatchdog() override;

    // Call before start(), on the watched thread.
    void setSampling(bool on) { m_sampling = on; }
    void start();
    void stop();

    // The largest lateness seen since start(), in milliseconds.
    qint64 maxStallMs() const { return m_maxMs; }
    // Stalls longer than `thresholdMs` (setThreshold, default 100) since start().
    qint64 stallsOverThreshold() const { return m_over; }
    void setThreshold(qint64 ms) { m_thresholdMs = ms; }
    int intervalMs() const { return m_intervalMs; }

Q_SIGNALS:
    // A stall longer than every one before it.
    void newMaximum(qint64 ms);
    // A stall longer than the threshold, the thread's CPU time during it, how long it waited for a CPU (-1:
    // unknown, no /proc/thread-self/schedstat) and, when sampling, where the thread was seen during it:
    // "running", "syscall N" (the system call's number) or "" (not seen).
    void stalled(qint64 ms, qint64 cpuMs, qint64 runQueueMs, const QString &seenIn);

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_last;
    qint64 m_lastCpuUs = 0;
    qint64 m_lastWaitUs = -1;
    int m_schedstat = -1; // /proc/thread-self/schedstat of the watched thread
    bool m_sampling = false;
    std::thread m_sampler;
    std::atomic<bool> m_samplerRuns{false};
    std::atomic<qint64> m_lastTickMs{0}; // steady clock
    std::atomic<int> m_seen{-1};         // -1 not seen, -2 running, else a syscall number
    void sample(long tid);
    int m_intervalMs;
    qint64 m_maxMs = 0;
    qint64 m_over = 0;
    qint64 m_thresholdMs = 100;
};

} // namespace rr
