#include "trainerclient.h"

#include <QCoreApplication>

#include "domain/rulesetloader.h"
#include "domain/triageengine.h"
#include "scenariobuilder.h"
#include "store/localcluster.h"
#include "store/migrator.h"
#include "store/staffstore.h"

namespace rr {

namespace {
// The catalogues' context of this file's texts (free functions have no tr() of their own).
struct TrainerClientText
{
    Q_DECLARE_TR_FUNCTIONS(rr::TrainerClient)
};
} // namespace

TrainerAccess checkTrainerAccess(PgConnection &connection)
{
    TrainerAccess a;
    PgResult r = connection.exec(
        "SELECT session_user::text AS login,"
        " coalesce(pg_has_role(session_user, to_regrole('rr_trainer'), 'MEMBER'), false) AS trainer,"
        " (SELECT rolsuper FROM pg_roles WHERE rolname = session_user) AS superuser,"
        " (SELECT pg_get_userbyid(datdba) = session_user FROM pg_database WHERE datname = current_database())"
        "   AS owner");
    if (!r.ok() || r.rows() != 1) {
        a.message = QObject::tr("The trainer window could not check this login's role: %1").arg(r.error());
        return a;
    }
    a.login = r.text(0, r.column("login"));
    auto flag = [&](const char *name) { return r.boolean(0, r.column(name)); };
    if (flag("trainer"))
        a.role = QStringLiteral("trainer");
    else if (flag("superuser"))
        a.role = QStringLiteral("superuser");
    else if (flag("owner"))
        a.role = TrainerClientText::tr("database owner");
    a.allowed = !a.role.isEmpty();
    if (!a.allowed)
        a.message =
            QObject::tr("The trainer window is for trainers. This login (%1) is not a trainer: ask an "
                        "administrator (rightresponse-cli staff set-role %1 trainer), or sign in with a "
                        "trainer's login.")
                .arg(a.login);
    return a;
}

// Owns the trainer window's connection; lives on the client's worker thread.
class TrainerWorker : public QObject
{
public:
    explicit TrainerWorker(TrainerClient::Options options) : m_options(std::move(options)) {}

    Result<QString> open(TrainerAccess *access)
    {
        SignedInUser user;
        bool refused = false;
        return open(m_options.login, access, &user, &refused, true);
    }
    // Connects as `login`. `keepRefused`: the new connection replaces the current one even when the login is
    // not a trainer (start(): the window then says why); otherwise (signIn()) only a trainer's does.
    Result<QString> open(const PgLogin &login, TrainerAccess *access, SignedInUser *user, bool *refused,
                         bool keepRefused)
    {
        QString uri = m_options.uri;
        if (uri.isEmpty()) {
            LocalCluster cluster(m_options.embeddedDataDir);
            const Result<QString> started = cluster.start();
            if (!started)
                return started.failure();
            uri = cluster.connectionUri();
        }
        QString error;
        std::unique_ptr<PgConnection> conn = PgConnection::open(uri, &error, 5, login);
        if (!conn) {
            *refused = !login.isEmpty() && PgConnection::isAuthenticationFailure(error);
            return Failure{error};
        }
        // The owner's connection brings the schema up to date; a member of staff's finds it so (or is told
        // who does it), as at the console.
        Result<void> current;
        if (login.isEmpty()) {
            if (const Result<Migrator::Migrated> migrated = Migrator::migrate(*conn); !migrated)
                current = migrated.failure();
        } else if (const Result<int> version = Migrator::currentVersion(*conn); !version) {
            current = version.failure();
        } else if (*version != Migrator::latestVersion()) {
            current = Failure{TrainerClient::tr("the database schema is at version %1 and this program needs "
                                                "%2: an administrator runs `rightresponse-cli db migrate`")
                                  .arg(*version)
                                  .arg(Migrator::latestVersion())};
        }
        *access = checkTrainerAccess(*conn);
        if (access->allowed && !current)
            return current.failure();
        if (const Result<SignedInUser> who = StaffStore(*conn).whoAmI(); who)
            *user = *who;
        else if (access->allowed)
            return who.failure();
        if (!access->allowed && !keepRefused)
            return uri; // the current connection stays
        m_conn = std::move(conn);
        m_options.login = login;
        m_uri = uri;
        return uri;
    }
    PgConnection &connection()
    {
        if (!m_conn || !m_conn->isOk()) {
            QString error;
            if (auto c = PgConnection::open(m_uri, &error, 2, m_options.login))
                m_conn = std::move(c);
        }
        return *m_conn;
    }
    QStringList trainees()
    {
        QStringList out;
        PgResult r = connection().exec(
            "SELECT login FROM staff.members WHERE role = 'trainee' AND active ORDER BY login");
        if (r.ok())
            for (int row = 0; row < r.rows(); ++row)
                out << r.text(row, 0);
        return out;
    }
    QStringList reasons()
    {
        QStringList out;
        PgResult r = connection().exec("SELECT code FROM live.override_reasons ORDER BY code");
        if (!r.ok())
            r = connection().exec("SELECT code FROM training.override_reasons ORDER BY code");
        if (r.ok())
            for (int row = 0; row < r.rows(); ++row)
                out << r.text(row, 0);
        return out;
    }
    Result<ScenarioBuilder::Built> fromHistory(const QDateTime &from, const QDateTime &to)
    {
        const RuleSetResult rules = RuleSetLoader::loadBuiltIn();
        if (!rules)
            return rules.failure();
        QString error;
        const QList<StoredCall> calls =
            CallStore(connection(), StoreSchema::Live).receivedBetween(from, to, &error);
        if (!error.isEmpty())
            return Failure{error};
        return ScenarioBuilder(*rules).fromStored(calls);
    }

private:
    TrainerClient::Options m_options;
    QString m_uri;
    std::unique_ptr<PgConnection> m_conn;
};

TrainerClient::TrainerClient(Options options, QObject *parent)
    : SignInTarget(parent), m_options(std::move(options))
{
    qRegisterMetaType<TrainerAccess>();
    qRegisterMetaType<SessionScores>();
    m_worker = new TrainerWorker(m_options);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("trainer"));
    m_thread.start();
    m_poll.setInterval(m_options.pollMs);
    connect(&m_poll, &QTimer::timeout, this, &TrainerClient::poll);
}

TrainerClient::~TrainerClient()
{
    m_poll.stop();
    QMetaObject::invokeMethod(
        m_worker, [t = &m_thread] { t->quit(); }, Qt::QueuedConnection);
    m_thread.wait();
}

template <typename Work> void TrainerClient::post(Work &&work)
{
    QMetaObject::invokeMethod(m_worker, std::forward<Work>(work), Qt::QueuedConnection);
}

// A query needs the connection start() or signIn() made: before that it is refused in words, not run.
template <typename Work> void TrainerClient::query(Work &&work)
{
    if (m_uri.isEmpty()) {
        Q_EMIT problem(tr("The trainer window is not connected to the database yet."));
        return;
    }
    post(std::forward<Work>(work));
}

void TrainerClient::start()
{
    post([this, w = m_worker] {
        TrainerAccess access;
        const Result<QString> uri = w->open(&access);
        QStringList trainees, reasons;
        if (uri && access.allowed) {
            trainees = w->trainees();
            reasons = w->reasons();
        }
        QMetaObject::invokeMethod(this, [this, uri, access, trainees, reasons] {
            if (!uri) {
                Q_EMIT failed(uri.error());
                return;
            }
            m_uri = *uri;
            Q_EMIT opened(access, trainees, reasons);
        });
    });
}

void TrainerClient::signIn(const PgLogin &login)
{
    post([this, w = m_worker, login] {
        TrainerAccess access;
        SignedInUser user;
        bool refused = false;
        const Result<QString> uri = w->open(login, &access, &user, &refused, false);
        QStringList trainees, reasons;
        if (uri && access.allowed) {
            trainees = w->trainees();
            reasons = w->reasons();
        }
        QMetaObject::invokeMethod(this, [this, login, uri, access, user, refused, trainees, reasons] {
            if (!uri) {
                Q_EMIT signInFailed(uri.error(), refused);
                return;
            }
            if (!access.allowed) {
                Q_EMIT signInFailed(access.message, false);
                return;
            }
            m_uri = *uri;
            m_options.login = login;
            Q_EMIT opened(access, trainees, reasons);
            Q_EMIT signedIn(user);
        });
    });
}

void TrainerClient::listScenarios()
{
    query([this, w = m_worker] {
        const auto r = ScenarioStore(w->connection()).list();
        QMetaObject::invokeMethod(this, [this, r] {
            if (r)
                Q_EMIT scenariosListed(*r);
            else
                Q_EMIT problem(r.error());
        });
    });
}

void TrainerClient::loadScenario(const QString &name, std::optional<int> version)
{
    query([this, w = m_worker, name, version] {
        const auto r = ScenarioStore(w->connection()).load(name, version);
        QMetaObject::invokeMethod(this, [this, r] {
            if (r)
                Q_EMIT scenarioLoaded(*r);
            else
                Q_EMIT problem(r.error());
        });
    });
}

void TrainerClient::saveScenarioVersion(const Scenario &scenario)
{
    query([this, w = m_worker, scenario] {
        const auto r = ScenarioStore(w->connection()).addVersion(scenario);
        QMetaObject::invokeMethod(this, [this, r] {
            if (r)
                Q_EMIT scenarioSaved(*r);
            else
                Q_EMIT problem(r.error());
        });
    });
}

void TrainerClient::createFromHistory(const QString &name, const QDateTime &from, const QDateTime &to,
                                      const QStringList &tags)
{
    query([this, w = m_worker, name, from, to, tags] {
        Result<Scenario> r = Failure{};
        auto built = w->fromHistory(from, to);
        if (!built) {
            r = built.failure();
        } else {
            Scenario s = built->scenario;
            s.name = name;
            s.tags = tags;
            r = ScenarioStore(w->connection()).add(s);
        }
        QMetaObject::invokeMethod(this, [this, r] {
            if (r)
                Q_EMIT scenarioSaved(*r);
            else
                Q_EMIT problem(r.error());
        });
    });
}

void TrainerClient::listSessions()
{
    query([this, w = m_worker] {
        const auto r = TrainingSessionStore(w->connection()).list();
        QMetaObject::invokeMethod(this, [this, r] {
            if (r)
                Q_EMIT sessionsListed(*r);
            else
                Q_EMIT problem(r.error());
        });
    });
}

void TrainerClient::createSession(const Scenario &scenario, const QStringList &trainees, double speed)
{
    query([this, w = m_worker, scenario, trainees, speed] {
        const auto r = TrainingSessionStore(w->connection()).create(scenario, trainees, speed);
        QMetaObject::invokeMethod(this, [this, r, scenario] {
            if (r)
                Q_EMIT sessionCreated(*r, scenario);
            else
                Q_EMIT problem(r.error());
        });
    });
}

void TrainerClient::watch(qint64 sessionId)
{
    m_watched = sessionId;
    m_poll.start();
    poll();
}

void TrainerClient::unwatch()
{
    m_watched = 0;
    m_poll.stop();
}

void TrainerClient::poll()
{
    if (!m_watched || m_polling || m_uri.isEmpty())
        return;
    m_polling = true;
    post([this, w = m_worker, id = m_watched] {
        const auto session = TrainingSessionStore(w->connection()).find(id);
        const Result<SessionScores> scores = session ? TrainingScoreStore(w->connection()).compute(id)
                                                     : Result<SessionScores>(session.failure());
        QMetaObject::invokeMethod(this, [this, id, session, scores] {
            m_polling = false;
            if (id != m_watched)
                return;
            if (!scores) {
                Q_EMIT problem(scores.error());
                return;
            }
            Q_EMIT progress(*session, *scores);
        });
    });
}

void TrainerClient::archiveSession(qint64 sessionId)
{
    query([this, w = m_worker, sessionId] {
        const Result<int> dropped = [&]() -> Result<int> {
            TrainingScoreStore scores(w->connection());
            const Result<SessionScores> now = scores.compute(sessionId);
            if (!now)
                return now.failure();
            if (const Result<int> recorded = scores.record(sessionId, *now); !recorded)
                return recorded.failure();
            return TrainingSessionStore(w->connection()).archive(sessionId);
        }();
        QMetaObject::invokeMethod(this, [this, sessionId, dropped] {
            if (dropped)
                Q_EMIT archived(sessionId, *dropped);
            else
                Q_EMIT problem(dropped.error());
            listSessions();
        });
    });
}

void TrainerClient::recordScores(qint64 sessionId)
{
    query([this, w = m_worker, sessionId] {
        TrainingScoreStore store(w->connection());
        Result<int> added = Failure{};
        QList<ScoreHistoryPoint> history;
        if (const auto scores = store.compute(sessionId)) {
            added = store.record(sessionId, *scores);
            QStringList trainees;
            for (const TraineeScore &s : scores->scores)
                trainees << s.trainee;
            if (auto h = store.history(trainees))
                history = *h;
        } else {
            added = scores.failure();
        }
        QMetaObject::invokeMethod(this, [this, sessionId, added, history] {
            if (added)
                Q_EMIT recorded(sessionId, *added, history);
            else
                Q_EMIT problem(added.error());
        });
    });
}

} // namespace rr
