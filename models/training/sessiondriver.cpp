#include "sessiondriver.h"

#include <QCoreApplication>

#include "domain/triageengine.h"

#include <QDateTime>
#include <QElapsedTimer>

namespace rr {

namespace {
// The catalogues' context of this file's texts (free functions have no tr() of their own).
struct SessionDriverText
{
    Q_DECLARE_TR_FUNCTIONS(rr::SessionDriver)
};
} // namespace

// The driver's connection; runs only on the driver's worker thread.
class SessionWorker : public QObject
{
public:
    SessionWorker(QString uri, PgLogin login) : m_uri(std::move(uri)), m_login(std::move(login)) {}

    // The open connection (opened again when it was lost); null with `error` set when the database is gone.
    PgConnection *connection(QString *error)
    {
        if (!m_conn || !m_conn->isOk()) {
            m_conn = PgConnection::open(m_uri, error, 5, m_login);
            // A release must be in the sandboxes within milliseconds of its time, also on a busy server: its
            // commits do not wait for the disk. What a crash could lose is the last few training releases,
            // never a live row (this connection writes only sandboxes and the session's own tables).
            if (m_conn)
                m_conn->exec("SET synchronous_commit = off");
        }
        return m_conn.get();
    }
    // Runs `work` on the store, once more on a fresh connection if the first try lost it.
    template <typename Work> Result<void> run(Work &&work)
    {
        for (int attempt = 0; attempt < 2; ++attempt) {
            QString error;
            PgConnection *c = connection(&error);
            if (!c)
                return Failure{error};
            TrainingSessionStore store(*c);
            Result<void> done = work(store);
            if (done || c->isOk())
                return done;
        }
        return Failure{SessionDriverText::tr("the database connection was lost")};
    }

private:
    QString m_uri;
    PgLogin m_login;
    std::unique_ptr<PgConnection> m_conn;
};

SessionDriver::SessionDriver(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options)),
      m_clock(
          [this] {
              QList<qint64> offsets;
              for (const ScenarioCall &c : m_options.scenario.calls)
                  offsets.append(c.offsetMs);
              return offsets;
          }(),
          m_options.speed, m_options.now)
{
    m_worker = new SessionWorker(m_options.uri, m_options.login);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("training-session"));
    m_thread.start();
    connect(&m_clock, &ReleaseClock::released, this, &SessionDriver::onReleased);
    connect(&m_clock, &ReleaseClock::skipped, this, &SessionDriver::onSkipped);
    connect(&m_clock, &ReleaseClock::stateChanged, this, [this](ReleaseClock::State state) {
        switch (state) {
        case ReleaseClock::State::Running:
            recordState(SessionState::Running);
            break;
        case ReleaseClock::State::Paused:
            recordState(SessionState::Paused);
            break;
        case ReleaseClock::State::Finished:
            recordState(SessionState::Finished);
            break;
        case ReleaseClock::State::Ready:
            break;
        }
    });
    connect(&m_clock, &ReleaseClock::speedChanged, this, [this] {
        recordState(m_clock.state() == ReleaseClock::State::Paused  ? SessionState::Paused
                    : m_clock.state() == ReleaseClock::State::Ready ? SessionState::Ready
                                                                    : SessionState::Running);
    });
}

SessionDriver::~SessionDriver()
{
    // Quit as the last queued job: what was released is stored before the thread ends.
    QMetaObject::invokeMethod(
        m_worker, [t = &m_thread] { t->quit(); }, Qt::QueuedConnection);
    m_thread.wait();
}

template <typename Work> void SessionDriver::post(Work &&work)
{
    QMetaObject::invokeMethod(m_worker, std::forward<Work>(work), Qt::QueuedConnection);
}

void SessionDriver::start()
{
    const qint64 id = m_options.sessionId;
    post([this, w = m_worker, id] {
        QList<SessionTrainee> trainees;
        const Result<void> read = w->run([&](TrainingSessionStore &store) -> Result<void> {
            Result<QList<SessionTrainee>> t = store.trainees(id);
            if (!t)
                return t.failure();
            trainees = *t;
            return {};
        });
        QMetaObject::invokeMethod(this, [this, read, trainees] {
            if (m_stopped)
                return; // stopped before it started
            if (!read) {
                Q_EMIT failed(read.error());
                return;
            }
            if (trainees.isEmpty()) {
                Q_EMIT failed(tr("training session %1 has no trainees").arg(m_options.sessionId));
                return;
            }
            for (const SessionTrainee &t : trainees)
                m_sandboxes.append(t.schema);
            Q_EMIT ready(trainees);
            m_clock.start();
        });
    });
}

void SessionDriver::stop()
{
    if (m_stopped || m_clock.state() == ReleaseClock::State::Finished)
        return;
    m_stopped = true;
    m_clock.pause(); // records paused, then stopped below (in that order: one queue)
    recordState(SessionState::Stopped);
}

void SessionDriver::onReleased(int index, qint64 lateMs)
{
    if (m_stopped)
        return;
    const ScenarioCall call = m_options.scenario.calls.at(index);
    const QDateTime at = QDateTime::currentDateTimeUtc();
    QElapsedTimer since;
    since.start();
    post([this, w = m_worker, id = m_options.sessionId, index, call, at, lateMs, since,
          engine = m_options.engine, sandboxes = m_sandboxes] {
        const Result<void> stored = w->run([&](TrainingSessionStore &store) {
            return store.release(id, index, call.call, at, *engine, sandboxes);
        });
        const qint64 after = since.elapsed();
        QMetaObject::invokeMethod(this, [this, stored, index, cadId = call.call.id, lateMs, after] {
            if (!stored) {
                Q_EMIT problem(stored.error());
                return;
            }
            ++m_stored;
            Q_EMIT callStored(index, cadId, lateMs, after);
        });
    });
}

void SessionDriver::onSkipped(int index)
{
    const QString cadId = m_options.scenario.calls.at(index).call.id;
    post([this, w = m_worker, id = m_options.sessionId, index] {
        const Result<void> done = w->run([&](TrainingSessionStore &store) { return store.skip(id, index); });
        if (!done)
            QMetaObject::invokeMethod(this, [this, message = done.error()] { Q_EMIT problem(message); });
    });
    Q_EMIT callSkipped(index, cadId);
}

void SessionDriver::recordState(SessionState state)
{
    const qint64 position = m_clock.positionMs();
    const double speed = m_clock.speed();
    post([this, w = m_worker, id = m_options.sessionId, state, position, speed] {
        const Result<void> done =
            w->run([&](TrainingSessionStore &store) { return store.record(id, state, position, speed); });
        QMetaObject::invokeMethod(this, [this, done, state] {
            if (!done)
                Q_EMIT problem(done.error());
            // Queued after every release: when it is back, everything released is stored.
            if (state == SessionState::Finished || state == SessionState::Stopped)
                Q_EMIT finished(state);
        });
    });
}

} // namespace rr
