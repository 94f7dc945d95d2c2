#pragma once

#include "scenario.h"
#include "scenariostore.h"
#include "scorestore.h"
#include "sessionstore.h"
#include "store/pgconnection.h"
#include "store/signintarget.h"

#include <QDateTime>
#include <QObject>
#include <QThread>
#include <QTimer>

namespace rr {

class TrainerWorker;

// Who may open the trainer window: a member of rr_trainer, a superuser, or the database's owner (the embedded
// cluster's own account, as in the demo). Anyone else is told why not.
struct TrainerAccess
{
    bool allowed = false;
    QString login;
    QString role;
    QString message; // why not; empty when allowed
};
TrainerAccess checkTrainerAccess(PgConnection &connection);

// The trainer window's access to the database, for the GUI thread: every query runs on a worker thread with a
// connection of its own, and its answer comes back as a signal. While a session is watched, the trainees'
// sandboxes are read and scored every pollMs, so the window shows each trainee live. A SignInTarget: the
// trainer signs in with their own login (signIn()), and only a trainer's login (or the owner's) is taken.
class TrainerClient : public SignInTarget
{
    Q_OBJECT
public:
    struct Options
    {
        QString uri; // empty: the embedded cluster in embeddedDataDir
        QString embeddedDataDir;
        PgLogin login; // the signed-in trainer; empty: the connection string's user
        int pollMs = 1000;
    };

    explicit TrainerClient(Options options, QObject *parent = nullptr);
    ~TrainerClient() override;

    void start(); // as Options::login: opened() or failed()
    // As a member of staff: opened() and signedIn() for a trainer, signInFailed() otherwise (the current
    // connection, if any, stays).
    void signIn(const PgLogin &login) override;
    void listScenarios();
    void loadScenario(const QString &name, std::optional<int> version = std::nullopt);
    void saveScenarioVersion(const Scenario &scenario);
    // A scenario from the live calls received in [from, to), de-identified, with the history's answer key.
    void createFromHistory(const QString &name, const QDateTime &from, const QDateTime &to,
                           const QStringList &tags);
    void listSessions();
    void createSession(const Scenario &scenario, const QStringList &trainees, double speed);
    // Reads and scores this session's sandboxes now and then every pollMs: progress().
    void watch(qint64 sessionId);
    void unwatch();
    // Records an ended session's scores and archives it (its sandboxes dropped): archived(), then the list
    // of sessions again.
    void archiveSession(qint64 sessionId);
    // Records the session's scores (a row per trainee whose score changed) and reads the history: recorded().
    void recordScores(qint64 sessionId);

    QString uri() const { return m_uri; }
    const PgLogin &login() const { return m_options.login; }
    qint64 watched() const { return m_watched; }

Q_SIGNALS:
    void opened(const rr::TrainerAccess &access, const QStringList &trainees, const QStringList &reasons);
    void failed(const QString &message);
    void problem(const QString &message); // one request failed; the window stays usable
    void scenariosListed(const QList<rr::ScenarioSummary> &scenarios);
    void scenarioLoaded(const rr::Scenario &scenario);
    void scenarioSaved(const rr::Scenario &scenario);
    void sessionsListed(const QList<rr::TrainingSession> &sessions);
    void sessionCreated(const rr::TrainingSession &session, const rr::Scenario &scenario);
    // The session as stored (released so far) and every trainee's score from their sandbox.
    void progress(const rr::TrainingSession &session, const rr::SessionScores &scores);
    void recorded(qint64 sessionId, int added, const QList<rr::ScoreHistoryPoint> &history);
    void archived(qint64 sessionId, int sandboxesDropped);

private:
    template <typename Work> void post(Work &&work);
    template <typename Work> void query(Work &&work);
    void poll();

    Options m_options;
    QThread m_thread;
    TrainerWorker *m_worker = nullptr; // lives on m_thread
    QString m_uri;
    QTimer m_poll;
    qint64 m_watched = 0;
    bool m_polling = false; // a poll is on its way: never queue a second
};

} // namespace rr

Q_DECLARE_METATYPE(rr::TrainerAccess)
Q_DECLARE_METATYPE(rr::SessionScores)
