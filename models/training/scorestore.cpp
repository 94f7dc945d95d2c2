#include "scorestore.h"

#include "scenariostore.h"
#include "sessionstore.h"
#include "store/callstore.h"
#include "store/pgconnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rr {

namespace {

QByteArray detailJson(const TraineeScore &score)
{
    QJsonArray calls;
    for (const CallScore &c : score.calls) {
        QJsonObject o{{QStringLiteral("cad_id"), c.cadId},
                      {QStringLiteral("category"), c.category},
                      {QStringLiteral("key"), toString(c.key.reference)},
                      {QStringLiteral("verdict"), callVerdict(c)},
                      {QStringLiteral("points"), c.points},
                      {QStringLiteral("max_points"), c.maxPoints}};
        if (c.decision) {
            o.insert(QStringLiteral("chosen"), toString(c.decision->chosen));
            o.insert(QStringLiteral("overridden"), c.decision->overridden);
            o.insert(QStringLiteral("reason"), c.decision->reasonCode);
        }
        if (c.secondsToDecision)
            o.insert(QStringLiteral("seconds"), *c.secondsToDecision);
        calls.append(o);
    }
    return QJsonDocument(calls).toJson(QJsonDocument::Compact);
}

Failure refusedOr(const PgResult &r, const PgConnection &conn, const QString &what)
{
    if (r.sqlState() == u"42501")
        return Failure{
            TrainingScoreStore::tr("training scores are for trainers, supervisors and administrators; "
                                   "%1 may not %2 them")
                .arg(conn.userName(), what)};
    return Failure{r.error()};
}

} // namespace

TrainingScoreStore::TrainingScoreStore(PgConnection &connection) : m_conn(connection) {}

QList<TraineeDecision> TrainingScoreStore::decisionsOf(const QList<StoredCall> &calls,
                                                       QHash<QString, QString> *categories)
{
    QList<TraineeDecision> out;
    for (const StoredCall &c : calls) {
        if (categories && c.suggestion)
            categories->insert(c.call.id, c.suggestion->category);
        if (!c.decision)
            continue;
        const DecisionRecord &d = *c.decision;
        out << TraineeDecision{c.call.id,    d.suggestedKind,   d.chosenKind, !d.accepted,
                               d.reasonCode, c.call.receivedAt, d.decidedAt};
    }
    return out;
}

Result<SessionScores> TrainingScoreStore::compute(qint64 sessionId)
{
    TrainingSessionStore sessions(m_conn);
    const Result<TrainingSession> session = sessions.find(sessionId);
    if (!session)
        return session.failure();
    const Result<Scenario> scenario =
        ScenarioStore(m_conn).load(session->scenarioName, session->scenarioVersion);
    if (!scenario)
        return Failure{tr("session %1 cannot be scored: %2").arg(sessionId).arg(scenario.error())};
    const Result<QList<SessionTrainee>> trainees = sessions.trainees(sessionId);
    if (!trainees)
        return trainees.failure();

    SessionScores out;
    out.header.sessionId = QString::number(sessionId);
    out.header.scenarioName = scenario->name;
    out.header.scenarioVersion = scenario->version;
    out.header.startedAt = session->startedAt.isValid() ? session->startedAt : session->createdAt;
    out.header.speed = session->speed;
    out.header.rulesVersion = scenario->rulesVersion;
    for (const SessionTrainee &t : *trainees) {
        QHash<QString, QString> categories;
        QList<TraineeDecision> decisions;
        QString rulesVersion;
        if (session->archivedAt.isValid()) {
            if (Result<void> read = archived(sessionId, t.login, &decisions, &categories, &rulesVersion);
                !read)
                return read.failure();
        } else {
            QString error;
            const QList<StoredCall> calls = CallStore(m_conn, t.schema).list(false, &error);
            if (!error.isEmpty())
                return Failure{tr("the sandbox of %1 cannot be read: %2").arg(t.login, error)};
            for (const StoredCall &c : calls)
                if (c.suggestion && !c.suggestion->rulesVersion.isEmpty()) {
                    rulesVersion = c.suggestion->rulesVersion;
                    break;
                }
            decisions = decisionsOf(calls, &categories);
        }
        if (!rulesVersion.isEmpty())
            out.header.rulesVersion = rulesVersion; // what the trainees were shown
        out.scores << TrainingScorer::score(t.login, *scenario, decisions, categories);
    }
    return out;
}

Result<void> TrainingScoreStore::archived(qint64 sessionId, const QString &trainee,
                                          QList<TraineeDecision> *decisions,
                                          QHash<QString, QString> *categories, QString *rulesVersion)
{
    const PgResult r = m_conn.exec("SELECT cad_id, received_at, category, rules_version, suggested_kind, "
                                   "chosen_kind, accepted, reason_code,"
                                   " decided_at FROM trainer.archived_calls WHERE session_id = $1 AND "
                                   "trainee = $2 ORDER BY received_at, cad_id",
                                   {sessionId, trainee});
    if (!r.ok())
        return refusedOr(r, m_conn, tr("read"));
    const int cad = r.column("cad_id"), received = r.column("received_at"), category = r.column("category"),
              rules = r.column("rules_version"), suggested = r.column("suggested_kind"),
              chosen = r.column("chosen_kind"), accepted = r.column("accepted"),
              reason = r.column("reason_code"), decided = r.column("decided_at");
    for (int row = 0; row < r.rows(); ++row) {
        const QString id = r.text(row, cad);
        if (!r.isNull(row, category))
            categories->insert(id, r.text(row, category));
        if (rulesVersion->isEmpty() && !r.isNull(row, rules))
            *rulesVersion = r.text(row, rules);
        if (r.isNull(row, decided))
            continue;
        *decisions << TraineeDecision{
            id,
            responseKindFromString(r.text(row, suggested)).value_or(ResponseKind::Police),
            responseKindFromString(r.text(row, chosen)).value_or(ResponseKind::Police),
            !r.boolean(row, accepted),
            r.text(row, reason),
            r.isNull(row, received) ? QDateTime() : r.timestamp(row, received),
            r.timestamp(row, decided)};
    }
    return {};
}

Result<int> TrainingScoreStore::record(qint64 sessionId, const SessionScores &scores)
{
    PgResult latest =
        m_conn.exec("SELECT DISTINCT ON (trainee) trainee, points, max_points, decided, correct, "
                    "unsafe FROM trainer.scores WHERE session_id = $1 ORDER BY trainee, id DESC",
                    {sessionId});
    if (!latest.ok())
        return refusedOr(latest, m_conn, tr("read"));
    QHash<QString, QList<qint64>> stored;
    const int trainee = latest.column("trainee"), points = latest.column("points"),
              max = latest.column("max_points"), decided = latest.column("decided"),
              correct = latest.column("correct"), unsafe = latest.column("unsafe");
    for (int row = 0; row < latest.rows(); ++row)
        stored.insert(latest.text(row, trainee),
                      {latest.integer(row, points), latest.integer(row, max), latest.integer(row, decided),
                       latest.integer(row, correct), latest.integer(row, unsafe)});
    int added = 0;
    for (const TraineeScore &s : scores.scores) {
        const QList<qint64> now{s.points, s.maxPoints, s.decided, s.correct, s.unsafe};
        if (stored.value(s.trainee) == now)
            continue;
        PgResult r = m_conn.exec(
            "INSERT INTO trainer.scores (session_id, trainee, scenario_name, scenario_version, "
            "rules_version, "
            "points, max_points, percent, calls, decided, correct, unsafe, within_target, mean_seconds, "
            "median_seconds, detail) VALUES ($1, $2, $3, $4, $5, $6, $7, round($8::numeric, 1), $9, $10, "
            "$11, "
            "$12, $13, $14, $15, $16::jsonb)",
            {sessionId, s.trainee, scores.header.scenarioName, scores.header.scenarioVersion,
             scores.header.rulesVersion, s.points, s.maxPoints, s.percent(), int(s.calls.size()), s.decided,
             s.correct, s.unsafe, s.withinTarget,
             s.decided ? std::optional<double>(s.meanSeconds) : std::nullopt,
             s.decided ? std::optional<double>(s.medianSeconds) : std::nullopt, detailJson(s)});
        if (!r.ok())
            return refusedOr(r, m_conn, tr("record"));
        ++added;
    }
    return added;
}

Result<QList<ScoreHistoryPoint>> TrainingScoreStore::history(const QStringList &trainees)
{
    PgResult r = m_conn.exec("SELECT * FROM (SELECT DISTINCT ON (session_id, trainee) trainee, session_id, "
                             "scenario_name, scored_at, "
                             "percent::double precision AS percent, unsafe FROM trainer.scores "
                             "WHERE $1 = '' OR trainee = ANY (string_to_array($1, ',')) "
                             "ORDER BY session_id, trainee, id DESC) latest ORDER BY scored_at, trainee",
                             {trainees.join(u',')}); // staff IDs hold no comma
    if (!r.ok())
        return refusedOr(r, m_conn, tr("read"));
    const int trainee = r.column("trainee"), session = r.column("session_id"),
              scenario = r.column("scenario_name"), at = r.column("scored_at"), percent = r.column("percent"),
              unsafe = r.column("unsafe");
    QList<ScoreHistoryPoint> out;
    for (int row = 0; row < r.rows(); ++row)
        out << ScoreHistoryPoint{r.text(row, trainee), r.text(row, session), r.text(row, scenario),
                                 r.timestamp(row, at), r.real(row, percent), int(r.integer(row, unsafe))};
    return out;
}

} // namespace rr
