#include "sessionstore.h"

#include "domain/triageengine.h"
#include "releaseclock.h"
#include "store/callstore.h"
#include "store/migrator.h"
#include "store/pgconnection.h"

#include <QSet>

namespace rr {

namespace {

constexpr SessionState kStates[] = {SessionState::Ready, SessionState::Running, SessionState::Paused,
                                    SessionState::Finished, SessionState::Stopped};

// The columns select() decodes, by name.
const char *const kSessionSelect =
    "SELECT s.id, s.scenario_name, s.scenario_version, s.speed, s.state, s.position_ms, s.call_count,"
    " s.started_by, s.created_at, s.started_at, s.ended_at, s.archived_at,"
    " (SELECT count(*) FROM trainer.session_calls c WHERE c.session_id = s.id AND c.released_at IS NOT NULL)"
    " AS released,"
    " (SELECT count(*) FROM trainer.session_calls c WHERE c.session_id = s.id AND c.skipped) AS skipped,"
    " (SELECT coalesce(string_agg(t.login, ',' ORDER BY t.created_at, t.login), '')"
    " FROM trainer.session_trainees t WHERE t.session_id = s.id) AS trainees"
    " FROM trainer.sessions s ";

// The server's words, made plain where a refusal of privileges says little.
QString explain(const PgResult &r)
{
    if (r.sqlState() == u"42501")
        return TrainingSessionStore::tr(
                   "only a trainer (a member of rr_trainer) may run training sessions: %1")
            .arg(r.error());
    return r.error();
}

} // namespace

QString toString(SessionState state)
{
    switch (state) {
    case SessionState::Ready:
        return QStringLiteral("ready");
    case SessionState::Running:
        return QStringLiteral("running");
    case SessionState::Paused:
        return QStringLiteral("paused");
    case SessionState::Finished:
        return QStringLiteral("finished");
    case SessionState::Stopped:
        break;
    }
    return QStringLiteral("stopped");
}

std::optional<SessionState> sessionStateFromString(QStringView text)
{
    for (SessionState s : kStates)
        if (text == toString(s))
            return s;
    return std::nullopt;
}

TrainingSessionStore::TrainingSessionStore(PgConnection &connection) : m_conn(connection) {}

QString TrainingSessionStore::problem(const Scenario &scenario, const QStringList &trainees, double speed)
{
    if (scenario.name.trimmed().isEmpty())
        return tr("the scenario has no name");
    if (scenario.version < 1)
        return tr("the scenario's version must be 1 or more, got %1").arg(scenario.version);
    if (scenario.calls.isEmpty())
        return tr("the scenario %1 has no calls").arg(scenario.name);
    if (!ReleaseClock::validSpeed(speed))
        return tr("the speed must be from %1x to %2x, got %3")
            .arg(ReleaseClock::kMinSpeed)
            .arg(ReleaseClock::kMaxSpeed)
            .arg(speed);
    if (trainees.isEmpty())
        return tr("a session needs at least one trainee");
    QSet<QString> seen;
    for (const QString &t : trainees) {
        if (t.trimmed().isEmpty())
            return tr("an empty trainee ID");
        if (seen.contains(t))
            return tr("the trainee %1 is named twice").arg(t);
        seen.insert(t);
    }
    QSet<QString> ids;
    qint64 last = 0;
    for (int i = 0; i < scenario.calls.size(); ++i) {
        const ScenarioCall &c = scenario.calls.at(i);
        if (c.call.id.trimmed().isEmpty())
            return tr("call %1 of the scenario has no CAD id").arg(i + 1);
        if (ids.contains(c.call.id))
            return tr("the CAD id %1 is in the scenario twice").arg(c.call.id);
        ids.insert(c.call.id);
        if (c.offsetMs < last || c.offsetMs < 0)
            return tr("call %1 (%2) comes before the call ahead of it: offsets must not decrease")
                .arg(i + 1)
                .arg(c.call.id);
        last = c.offsetMs;
    }
    return {};
}

Result<TrainingSession> TrainingSessionStore::create(const Scenario &scenario, const QStringList &trainees,
                                                     double speed)
{
    if (const QString why = problem(scenario, trainees, speed); !why.isEmpty())
        return Failure{why};
    QString error;
    if (!m_conn.begin(&error))
        return Failure{error};
    auto failed = [this](const QString &message) {
        m_conn.rollback();
        return Failure{message};
    };
    PgResult s =
        m_conn.exec("INSERT INTO trainer.sessions (scenario_name, scenario_version, speed, call_count)"
                    " VALUES ($1, $2, $3, $4) RETURNING id",
                    {scenario.name, scenario.version, speed, int(scenario.calls.size())});
    if (!s.ok())
        return failed(explain(s));
    const qint64 id = s.integer(0, 0);
    for (int i = 0; i < scenario.calls.size(); ++i) {
        const ScenarioCall &c = scenario.calls.at(i);
        PgResult r = m_conn.exec("INSERT INTO trainer.session_calls (session_id, seq, cad_id, offset_ms)"
                                 " VALUES ($1, $2, $3, $4)",
                                 {id, i, c.call.id, c.offsetMs});
        if (!r.ok())
            return failed(explain(r));
    }
    for (const QString &trainee : trainees) {
        const Result<StoreSchema> sandbox = Migrator::createSandbox(m_conn, id, trainee);
        if (!sandbox)
            return failed(tr("the sandbox of %1: %2").arg(trainee, sandbox.error()));
    }
    if (!m_conn.commit(&error))
        return failed(error);
    return find(id);
}

Result<QList<TrainingSession>> TrainingSessionStore::select(const char *where, const QList<PgParam> &params)
{
    const PgResult r = m_conn.exec((QByteArray(kSessionSelect) + where).constData(), params);
    if (!r.ok())
        return Failure{explain(r)};
    const int id = r.column("id"), name = r.column("scenario_name"), version = r.column("scenario_version"),
              speed = r.column("speed"), state = r.column("state"), position = r.column("position_ms"),
              count = r.column("call_count"), by = r.column("started_by"), created = r.column("created_at"),
              started = r.column("started_at"), ended = r.column("ended_at"),
              archived = r.column("archived_at"), released = r.column("released"),
              skipped = r.column("skipped"), trainees = r.column("trainees");
    QList<TrainingSession> out;
    for (int i = 0; i < r.rows(); ++i) {
        TrainingSession t;
        t.id = r.integer(i, id);
        t.scenarioName = r.text(i, name);
        t.scenarioVersion = int(r.integer(i, version));
        t.speed = r.real(i, speed);
        t.state = sessionStateFromString(r.text(i, state)).value_or(SessionState::Stopped);
        t.positionMs = r.integer(i, position);
        t.callCount = int(r.integer(i, count));
        t.startedBy = r.text(i, by);
        t.createdAt = r.timestamp(i, created);
        if (!r.isNull(i, started))
            t.startedAt = r.timestamp(i, started);
        if (!r.isNull(i, ended))
            t.endedAt = r.timestamp(i, ended);
        if (!r.isNull(i, archived))
            t.archivedAt = r.timestamp(i, archived);
        t.released = int(r.integer(i, released));
        t.skipped = int(r.integer(i, skipped));
        const QString logins = r.text(i, trainees);
        t.trainees = logins.isEmpty() ? QStringList{} : logins.split(u',');
        out.append(t);
    }
    return out;
}

Result<QList<TrainingSession>> TrainingSessionStore::list()
{
    return select("ORDER BY s.id DESC", {});
}

Result<int> TrainingSessionStore::archive(qint64 sessionId)
{
    const PgResult r = m_conn.exec("SELECT trainer.archive_session($1)", {sessionId});
    if (!r.ok())
        return Failure{explain(r)};
    return int(r.integer(0, 0));
}

Result<TrainingSession> TrainingSessionStore::find(qint64 sessionId)
{
    Result<QList<TrainingSession>> found = select("WHERE s.id = $1", {sessionId});
    if (!found)
        return found.failure();
    if (found->isEmpty())
        return Failure{tr("there is no training session %1").arg(sessionId)};
    return found->first();
}

Result<QList<SessionTrainee>> TrainingSessionStore::trainees(qint64 sessionId)
{
    const PgResult r = m_conn.exec("SELECT login, schema_name FROM trainer.session_trainees"
                                   " WHERE session_id = $1 ORDER BY created_at, login",
                                   {sessionId});
    if (!r.ok())
        return Failure{explain(r)};
    QList<SessionTrainee> out;
    const int login = r.column("login"), schema = r.column("schema_name");
    for (int i = 0; i < r.rows(); ++i) {
        const Result<StoreSchema> sandbox = StoreSchema::sandbox(r.text(i, schema));
        if (!sandbox)
            return sandbox.failure();
        out.append({r.text(i, login), *sandbox});
    }
    return out;
}

Result<StoreSchema> TrainingSessionStore::sandboxOf(qint64 sessionId, const QString &login)
{
    return rr::sandboxOf(m_conn, sessionId, login);
}

Result<void> TrainingSessionStore::release(qint64 sessionId, int seq, const Call &call, const QDateTime &at,
                                           const TriageEngine &engine, const QList<StoreSchema> &sandboxes)
{
    Call released = call;
    released.receivedAt = at;
    const Suggestion suggestion = engine.triage(released);
    QStringList problems;
    for (const StoreSchema &sandbox : sandboxes) {
        const CallStore::UpsertResult r = CallStore(m_conn, sandbox).upsert(released, suggestion);
        if (!r.ok)
            problems << QStringLiteral("%1: %2").arg(QString::fromLatin1(sandbox.name()), r.error);
    }
    const PgResult m = m_conn.exec("UPDATE trainer.session_calls SET released_at = coalesce(released_at, $3)"
                                   " WHERE session_id = $1 AND seq = $2",
                                   {sessionId, seq, at});
    if (!m.ok())
        problems << explain(m);
    if (!problems.isEmpty())
        return Failure{
            tr("call %1 was not released everywhere: %2").arg(call.id, problems.join(QStringLiteral("; ")))};
    return {};
}

Result<void> TrainingSessionStore::skip(qint64 sessionId, int seq)
{
    const PgResult r = m_conn.exec("UPDATE trainer.session_calls SET skipped = true"
                                   " WHERE session_id = $1 AND seq = $2 AND released_at IS NULL",
                                   {sessionId, seq});
    if (!r.ok())
        return Failure{explain(r)};
    return {};
}

Result<void> TrainingSessionStore::record(qint64 sessionId, SessionState state, qint64 positionMs,
                                          double speed)
{
    const bool ended = state == SessionState::Finished || state == SessionState::Stopped;
    const PgResult r = m_conn.exec(
        "UPDATE trainer.sessions SET state = $2, position_ms = $3, speed = $4, updated_at = now(),"
        " started_at = CASE WHEN $2 = 'running' THEN coalesce(started_at, now()) ELSE started_at END,"
        " ended_at = CASE WHEN $5 THEN coalesce(ended_at, now()) ELSE ended_at END"
        " WHERE id = $1",
        {sessionId, toString(state), std::max<qint64>(0, positionMs), speed, ended});
    if (!r.ok())
        return Failure{explain(r)};
    if (r.affected() != 1)
        return Failure{tr("there is no training session %1").arg(sessionId)};
    return {};
}

} // namespace rr
