#pragma once

#include "callstory.h"
#include "core/result.h"
#include "reportfigures.h"
#include "reportfilter.h"

#include "store/callstore.h"

#include <QList>
#include <QString>

namespace rr {

class PgConnection;

// A drawn QA sample's frame row: one decision of the period and why it must be reviewed whatever the draw.
struct SampleCandidate
{
    qint64 decisionId = 0;
    QString dispatcher;
    QString flag; // "backup", "away_from_police" or empty
    friend bool operator==(const SampleCandidate &, const SampleCandidate &) = default;
};

// A review verdict as a supervisor gives it.
struct ReviewRequest
{
    qint64 decisionId = 0;
    QString verdict; // appropriate, not_appropriate, training_needed
    QString comment;
    QString reviewer;
};

// The one query layer of the supervisors' review: every figure, the decision list, one call's story,
// annotations and recorded samples, through the SQL functions of migrations 0008 and 0013. The review window
// (on its worker thread) and `rightresponse-cli report` both read through this class, so their figures are
// the same.
// Blocking calls on the connection it is given: never on the GUI thread.
class ReportQuery
{
public:
    explicit ReportQuery(PgConnection &connection, StoreSchema schema = StoreSchema::Live);

    Result<ReportSummary> summary(const ReportFilter &filter);
    // dimension: "dispatcher", "category" or "hour"; outliers marked against `overallRate`.
    Result<QList<RateRow>> overridesBy(const QString &dimension, const ReportFilter &filter);
    Result<QList<CountRow>> reasons(const ReportFilter &filter);
    Result<QList<CountRow>> unserved(const ReportFilter &filter);
    Result<QList<TimingRow>> timing(const ReportFilter &filter);
    Result<QList<BackupRow>> backup(const ReportFilter &filter);
    Result<QList<OutcomeRow>> outcomes(const ReportFilter &filter);
    // All of the above, dispatcher outliers marked against the period's override rate. Refreshes the
    // roll-ups first.
    Result<ReportFigures> figures(const ReportFilter &filter);
    // Folds the decisions stored and changed since the last refresh into the figures' daily and monthly
    // roll-ups (migration 0013), building those of new days; the number of days and months built. The
    // figures are exact without it (what is not folded yet is counted from the decisions), only slower.
    Result<int> refreshRollups();

    Result<QList<DecisionRow>> decisions(const ReportFilter &filter, bool overridesOnly, int limit = 20000);
    // One decision of the list by id, or nullopt when it does not match the filter (live updates).
    Result<std::optional<DecisionRow>> decision(qint64 decisionId, const ReportFilter &filter);
    Result<QList<SampleCandidate>> sampleFrame(const ReportFilter &filter);
    Result<CallStory> story(qint64 decisionId);
    // The decision a review annotation is about (live updates of the list).
    Result<qint64> decisionOfReview(qint64 annotationId);

    // Stores a review (append-only); the database refuses it for a dispatcher. The new row's id.
    Result<qint64> annotate(const ReviewRequest &request);
    // Records a drawn sample with its seed and period. The new row's id.
    Result<qint64> recordSample(const ReportFilter &filter, quint64 seed, const QList<qint64> &decisionIds,
                                const QString &drawnBy);

    // Lists kept in the database, for the filters: (code, label).
    Result<QList<CountRow>> overrideReasonList();
    Result<QStringList> dispatchers(const ReportFilter &filter);
    Result<QStringList> categories(const ReportFilter &filter);

private:
    // Calls the figure's SQL function `{schema}.<function>(filter)` and decodes its rows with `decode`.
    template <typename Rows, typename Decode>
    Result<Rows> filtered(const char *function, const ReportFilter &filter, Decode decode);

    PgConnection &m_conn;
    StoreSchema m_schema;
};

} // namespace rr
