#pragma once

#include "core/result.h"
#include "trainingreport.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace rr {

class PgConnection;
struct StoredCall;

// A session's scores as computed now from the trainees' sandboxes (or, once the session is archived, from the
// calls and decisions kept when its sandboxes were dropped).
struct SessionScores
{
    TrainingReportHeader header;
    QList<TraineeScore> scores; // in the session's trainee order
};

// Scores a training session and keeps the scores (trainer.scores, append-only): reads the session, its
// scenario (the version the session replayed) and every trainee's sandbox, scores each trainee with
// TrainingScorer, records a score when it differs from the trainee's latest one for that session, and reads
// each trainee's history across sessions. Blocking calls on the connection it is given: the CLI or a worker
// thread, never the GUI thread.
class TrainingScoreStore
{
    Q_DECLARE_TR_FUNCTIONS(TrainingScoreStore)
public:
    explicit TrainingScoreStore(PgConnection &connection);

    Result<SessionScores> compute(qint64 sessionId);
    // Appends a row for each trainee whose score differs from their latest stored one: the number added.
    Result<int> record(qint64 sessionId, const SessionScores &scores);
    // Every stored score of these trainees (all when empty), the latest per session, oldest first.
    Result<QList<ScoreHistoryPoint>> history(const QStringList &trainees = {});

    // One trainee's decisions as scoring reads them from the calls of their sandbox, and each call's
    // category.
    static QList<TraineeDecision> decisionsOf(const QList<StoredCall> &calls,
                                              QHash<QString, QString> *categories);

private:
    // An archived session's calls and decisions of one trainee (trainer.archived_calls), as decisionsOf()
    // reads them from a sandbox.
    Result<void> archived(qint64 sessionId, const QString &trainee, QList<TraineeDecision> *decisions,
                          QHash<QString, QString> *categories, QString *rulesVersion);

    PgConnection &m_conn;
};

} // namespace rr
