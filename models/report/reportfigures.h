#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace rr {

// The figures of the supervisors' review, as value types: what the SQL functions of migration 0008 return,
// decoded once (ReportQuery) and shown by the review window, the PDF report and `rightresponse-cli report`.

struct ReportSummary
{
    qint64 decisions = 0;
    qint64 overrides = 0;
    qint64 towardPolice = 0;
    qint64 awayFromPolice = 0;
    qint64 dispatchers = 0;
    qint64 eligible = 0;
    qint64 served = 0;
    qint64 unserved = 0;
    qint64 unservedWithReason = 0;
    qint64 alternativeDispatches = 0; // unarmed or co-responder sent
    qint64 backups = 0;               // of those, police backup requested
    qint64 timed = 0;                 // decisions with a receipt time
    std::optional<double> p50;        // receipt-to-decision seconds
    std::optional<double> p90;
    qint64 within60s = 0;
    qint64 reviewed = 0;

    double overrideRate() const { return decisions ? double(overrides) / double(decisions) : 0.0; }
    double backupRate() const
    {
        return alternativeDispatches ? double(backups) / double(alternativeDispatches) : 0.0;
    }
    friend bool operator==(const ReportSummary &, const ReportSummary &) = default;
};

// Override rate for one dispatcher, category or hour ("07").
struct RateRow
{
    QString key;
    qint64 decisions = 0;
    qint64 overrides = 0;
    bool outlier = false; // see markOutliers()

    double rate() const { return decisions ? double(overrides) / double(decisions) : 0.0; }
    friend bool operator==(const RateRow &, const RateRow &) = default;
};

// A count under a code of a list kept in the database (override reasons, unserved reasons, outcomes).
struct CountRow
{
    QString code;
    QString label;
    qint64 count = 0;
    friend bool operator==(const CountRow &, const CountRow &) = default;
};

struct TimingRow
{
    int hour = 0;
    qint64 timed = 0;
    double p50 = 0;
    double p90 = 0;
    qint64 within60s = 0;
    friend bool operator==(const TimingRow &, const TimingRow &) = default;
};

struct BackupRow
{
    QString kind; // unarmed, co_responder
    qint64 dispatches = 0;
    qint64 backups = 0;
    double rate() const { return dispatches ? double(backups) / double(dispatches) : 0.0; }
    friend bool operator==(const BackupRow &, const BackupRow &) = default;
};

struct OutcomeRow
{
    QString kind;    // the kind sent
    QString outcome; // an outcome code; empty: none recorded yet
    qint64 calls = 0;
    friend bool operator==(const OutcomeRow &, const OutcomeRow &) = default;
};

// Every figure of the dashboard for one filter.
struct ReportFigures
{
    ReportSummary summary;
    QList<RateRow> byDispatcher;
    QList<RateRow> byCategory;
    QList<RateRow> byHour;
    QList<CountRow> reasons;
    QList<CountRow> unserved; // every unserved reason, then "not_recorded"
    QList<TimingRow> timing;
    QList<BackupRow> backup;
    QList<OutcomeRow> outcomes;
    friend bool operator==(const ReportFigures &, const ReportFigures &) = default;
};

// One decision in the review list.
struct DecisionRow
{
    qint64 decisionId = 0;
    QString cadId;
    QDateTime receivedAt;
    QDateTime decidedAt;
    QString dispatcher;
    QString workstation;
    QString callType;
    QString category;
    QString suggestedKind;
    QString chosenKind;
    bool accepted = true;
    QString reasonCode;
    QString note;
    std::optional<double> seconds;
    int direction = 0; // +1 toward police, -1 away, 0 as suggested
    QString unservedCode;
    QString outcome;
    bool backup = false;
    QString verdict; // the latest review; empty: not reviewed
    QString reviewer;
    QDateTime reviewedAt;
    friend bool operator==(const DecisionRow &, const DecisionRow &) = default;
};

// Marks the rows whose override rate stands out: only with n >= minDecisions (30), and only when the rate is
// more than two binomial standard errors above the overall rate (z > 2).
void markOutliers(QList<RateRow> &rows, double overallRate, qint64 minDecisions = 30);

// The reference figures the charts draw: NFPA 1225 call processing within 60 s, and CAHOOTS' backup rate.
inline constexpr double kDecisionTargetSeconds = 60.0;
inline constexpr double kReferenceBackupRate = 0.006;

} // namespace rr
