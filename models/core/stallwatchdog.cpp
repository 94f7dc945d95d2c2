#include "stallwatchdog.h"

#include <QByteArray>
#include <QList>

#include <chrono>
#include <ctime>
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace rr {

namespace {

// CPU time of the calling thread, in microseconds.
qint64 threadCpuUs()
{
    timespec t{};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000000 + t.tv_nsec / 1000;
}

// Time the thread has waited on a run queue for a CPU, in microseconds (the second field of schedstat), or
// -1.
qint64 runQueueWaitUs(int fd)
{
    if (fd < 0)
        return -1;
    char buffer[128];
    const ssize_t n = ::pread(fd, buffer, sizeof buffer - 1, 0);
    if (n <= 0)
        return -1;
    buffer[n] = '\0';
    const QList<QByteArray> fields = QByteArray(buffer).simplified().split(' ');
    bool ok = false;
    const qint64 ns = fields.value(1).toLongLong(&ok);
    return ok ? ns / 1000 : -1;
}

qint64 steadyMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace

StallWatchdog::StallWatchdog(int intervalMs, QObject *parent)
    : QObject(parent), m_intervalMs(qMax(1, intervalMs))
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(m_intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StallWatchdog::tick);
}

StallWatchdog::~StallWatchdog()
{
    stop();
    if (m_schedstat >= 0)
        ::close(m_schedstat);
}

void StallWatchdog::start()
{
    if (m_schedstat < 0) // on the watched thread: thread-self is this one
        m_schedstat = ::open("/proc/thread-self/schedstat", O_RDONLY | O_CLOEXEC);
    m_maxMs = 0;
    m_over = 0;
    m_last.start();
    m_lastCpuUs = threadCpuUs();
    m_lastWaitUs = runQueueWaitUs(m_schedstat);
    m_lastTickMs = steadyMs();
    m_seen = -1;
    if (m_sampling && !m_sampler.joinable()) {
        m_samplerRuns = true;
        m_sampler = std::thread(&StallWatchdog::sample, this, long(::syscall(SYS_gettid)));
    }
    m_timer.start();
}

void StallWatchdog::stop()
{
    m_timer.stop();
    if (m_sampler.joinable()) {
        m_samplerRuns = false;
        m_sampler.join();
    }
}

// The helper thread: when the watched thread is late by more than half the threshold, once per stall, where
// is it? "running" or the system call it is blocked in.
void StallWatchdog::sample(long tid)
{
    const QByteArray path = "/proc/self/task/" + QByteArray::number(qint64(tid)) + "/syscall";
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return;
    while (m_samplerRuns) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        if (steadyMs() - m_lastTickMs < m_intervalMs + m_thresholdMs / 2 || m_seen != -1)
            continue;
        char buffer[64];
        const ssize_t n = ::pread(fd, buffer, sizeof buffer - 1, 0);
        if (n <= 0)
            continue;
        buffer[n] = '\0';
        bool ok = false;
        const int number = QByteArray(buffer).split(' ').value(0).trimmed().toInt(&ok);
        m_seen = ok ? number : -2; // "running" (or "-1": in the kernel, not in a call)
    }
    ::close(fd);
}

void StallWatchdog::tick()
{
    // The gap since the last tick beyond the interval: how long the loop was kept from this timer.
    const qint64 late = m_last.restart() - m_intervalMs;
    m_lastTickMs = steadyMs();
    const int seen = m_seen.exchange(-1);
    const qint64 cpuUs = threadCpuUs();
    const qint64 usedUs = cpuUs - m_lastCpuUs;
    m_lastCpuUs = cpuUs;
    const qint64 waitUs = runQueueWaitUs(m_schedstat);
    const qint64 waitedUs = waitUs >= 0 && m_lastWaitUs >= 0 ? waitUs - m_lastWaitUs : -1000;
    m_lastWaitUs = waitUs;
    if (late > m_thresholdMs) {
        ++m_over;
        Q_EMIT stalled(late, usedUs / 1000, waitedUs / 1000,
                       seen == -2  ? QStringLiteral("running")
                       : seen >= 0 ? QStringLiteral("syscall %1").arg(seen)
                                   : QString());
    }
    if (late > m_maxMs) {
        m_maxMs = late;
        Q_EMIT newMaximum(late);
    }
}

} // namespace rr
