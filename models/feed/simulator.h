#pragma once

#include "domain/call.h"

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QUrl>

#include <memory>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QNetworkReply;
class QTimer;
QT_END_NAMESPACE

namespace rr {

class CallGenerator;

struct SimulatorOptions
{
    QUrl target;               // the intake's calls endpoint, e.g. http://127.0.0.1:8787/v1/calls
    double callsPerHour = 120; // average arrival rate, before `speed`
    double speed = 1.0;        // 60: an hour of calls in a minute
    qint64 count = -1;         // calls to post; negative: until stop()
    quint64 seed = 1;
    QByteArray token;    // sent as "Authorization: Bearer <token>" when not empty
    int concurrency = 4; // requests in flight at most
    QString idPrefix;    // CAD id prefix; empty: "SIM-<start time>-", so that runs never reuse ids
};

// Posts generated calls to an intake service at realistic arrival times, for demos and load tests. The
// gaps between calls come from CallGenerator (a daily rhythm around `callsPerHour`, the same sequence for
// the same seed) divided by `speed`; each call is stamped received_at = now when it is sent. A call that is
// due while `concurrency` requests are in flight waits for the next free slot, so a slow intake delays
// calls rather than piling up requests. Failures (connection refused, timeouts, non-2xx answers) are
// counted and reported, and the simulator keeps going. Never blocks: QNetworkAccessManager and timers on
// the thread the Simulator lives on, which needs an event loop.
class Simulator : public QObject
{
    Q_OBJECT

public:
    explicit Simulator(SimulatorOptions options, QObject *parent = nullptr);
    ~Simulator() override;

    // Starts posting; the first call follows its generated gap from now. Calling it again while running does
    // nothing.
    void start();
    // Posts no more calls; finished() follows once the requests in flight are answered.
    void stop();

    bool isRunning() const { return m_running; }
    qint64 postedCount() const { return m_posted; }
    qint64 failedCount() const { return m_failed; }

Q_SIGNALS:
    // The intake accepted the call (a 2xx status: 201 new, 200 update or resend).
    void posted(const QString &cadId, int httpStatus);
    // The call was not accepted: the network error or "HTTP 422: <the intake's error>".
    void failed(const QString &cadId, const QString &error);
    // All calls are answered (count reached, or after stop()).
    void finished(qint64 posted, qint64 failed);

private:
    void pump();
    void send();
    void onReply(QNetworkReply *reply, const QString &cadId);
    void finishIfDone();
    void scheduleNextDue();

    SimulatorOptions m_options;
    std::unique_ptr<CallGenerator> m_generator;
    QNetworkAccessManager *m_network = nullptr; // child
    QTimer *m_timer = nullptr;                  // child; fires when the next call is due
    QElapsedTimer m_clock;
    Call m_next;               // the next call to send, generated ahead to know its gap
    QDateTime m_lastGenerated; // generated arrival time of the previous call
    double m_nextDueMs = 0;    // on m_clock, when the next call is due
    qint64 m_sent = 0;
    qint64 m_posted = 0;
    qint64 m_failed = 0;
    int m_inFlight = 0;
    bool m_running = false;
    bool m_finished = false;
};

} // namespace rr
