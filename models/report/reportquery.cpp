#include "reportquery.h"

#include <QCoreApplication>

#include "store/pgconnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rr {

namespace {
// The catalogues' context of this file's texts (free functions have no tr() of their own).
struct ReportQueryText
{
    Q_DECLARE_TR_FUNCTIONS(rr::ReportQuery)
};
} // namespace

namespace {

PgParam optionalText(const QString &s)
{
    return s.isEmpty() ? PgParam() : PgParam(s);
}

QList<PgParam> filterParams(const ReportFilter &f)
{
    return {PgParam(f.from),          PgParam(f.to),          optionalText(f.dispatcher),
            optionalText(f.category), optionalText(f.reason), optionalText(f.direction)};
}

// Every figure's function takes the six filter parameters first ($1..$6).
constexpr char kFilterArgs[] = "$1, $2, $3, $4, $5, $6";

template <typename T> Result<T> failed(const PgResult &r)
{
    return Failure{r.error()};
}

// The columns of report_decision_list, found by name once per result (a name lookup per row and column
// costs more than the rest of the decoding of a 20,000-row list).
struct DecisionColumns
{
    explicit DecisionColumns(const PgResult &r)
        : id(r.column("decision_id")), cad(r.column("cad_id")), received(r.column("received_at")),
          decided(r.column("decided_at")), dispatcher(r.column("dispatcher")),
          workstation(r.column("workstation")), callType(r.column("call_type")),
          category(r.column("category")), suggested(r.column("suggested_kind")),
          chosen(r.column("chosen_kind")), accepted(r.column("accepted")), reason(r.column("reason_code")),
          note(r.column("note")), seconds(r.column("seconds")), direction(r.column("direction")),
          unserved(r.column("unserved_code")), outcome(r.column("outcome")), backup(r.column("backup")),
          verdict(r.column("verdict")), reviewer(r.column("reviewer")), reviewedAt(r.column("reviewed_at"))
    {}
    int id, cad, received, decided, dispatcher, workstation, callType, category, suggested, chosen, accepted,
        reason, note, seconds, direction, unserved, outcome, backup, verdict, reviewer, reviewedAt;
};

DecisionRow decisionRowFrom(const PgResult &r, const DecisionColumns &c, int i)
{
    DecisionRow d;
    d.decisionId = r.integer(i, c.id);
    d.cadId = r.text(i, c.cad);
    d.receivedAt = r.timestamp(i, c.received);
    d.decidedAt = r.timestamp(i, c.decided);
    d.dispatcher = r.text(i, c.dispatcher);
    d.workstation = r.text(i, c.workstation);
    d.callType = r.text(i, c.callType);
    d.category = r.text(i, c.category);
    d.suggestedKind = r.text(i, c.suggested);
    d.chosenKind = r.text(i, c.chosen);
    d.accepted = r.boolean(i, c.accepted);
    d.reasonCode = r.text(i, c.reason);
    d.note = r.text(i, c.note);
    if (!r.isNull(i, c.seconds))
        d.seconds = r.real(i, c.seconds);
    d.direction = int(r.integer(i, c.direction));
    d.unservedCode = r.text(i, c.unserved);
    d.outcome = r.text(i, c.outcome);
    d.backup = r.boolean(i, c.backup);
    d.verdict = r.text(i, c.verdict);
    d.reviewer = r.text(i, c.reviewer);
    d.reviewedAt = r.timestamp(i, c.reviewedAt);
    return d;
}

QList<CountRow> countRows(const PgResult &r, const char *countColumn)
{
    QList<CountRow> out;
    const int code = r.column("code"), label = r.column("label"), n = r.column(countColumn);
    for (int i = 0; i < r.rows(); ++i)
        out.append({r.text(i, code), r.text(i, label), r.integer(i, n)});
    return out;
}

} // namespace

ReportQuery::ReportQuery(PgConnection &connection, StoreSchema schema) : m_conn(connection), m_schema(schema)
{}

template <typename Rows, typename Decode>
Result<Rows> ReportQuery::filtered(const char *function, const ReportFilter &filter, Decode decode)
{
    const QByteArray sql = "SELECT * FROM {s}." + QByteArray(function) + "(" + QByteArray(kFilterArgs) + ")";
    PgResult r = m_conn.exec(schemaSql(m_schema, sql.constData()).constData(), filterParams(filter));
    if (!r.ok())
        return failed<Rows>(r);
    return decode(r);
}

Result<ReportSummary> ReportQuery::summary(const ReportFilter &filter)
{
    const QByteArray sql = "SELECT * FROM {s}.report_summary(" + QByteArray(kFilterArgs) + ")";
    PgResult r = m_conn.exec(schemaSql(m_schema, sql.constData()).constData(), filterParams(filter));
    if (!r.ok() || r.rows() != 1)
        return Failure{r.ok() ? ReportQueryText::tr("no summary row") : r.error()};
    ReportSummary s;
    auto n = [&](const char *name) { return r.integer(0, r.column(name)); };
    s.decisions = n("decisions");
    s.overrides = n("overrides");
    s.towardPolice = n("toward_police");
    s.awayFromPolice = n("away_from_police");
    s.dispatchers = n("dispatchers");
    s.eligible = n("eligible");
    s.served = n("served");
    s.unserved = n("unserved");
    s.unservedWithReason = n("unserved_with_reason");
    s.alternativeDispatches = n("alternative_dispatches");
    s.backups = n("backups");
    s.timed = n("timed");
    if (!r.isNull(0, r.column("p50")))
        s.p50 = r.real(0, r.column("p50"));
    if (!r.isNull(0, r.column("p90")))
        s.p90 = r.real(0, r.column("p90"));
    s.within60s = n("within_60s");
    s.reviewed = n("reviewed");
    return s;
}

Result<QList<RateRow>> ReportQuery::overridesBy(const QString &dimension, const ReportFilter &filter)
{
    if (dimension != u"dispatcher" && dimension != u"category" && dimension != u"hour")
        return Failure{ReportQueryText::tr("unknown dimension '%1'").arg(dimension)};
    QList<PgParam> params{dimension};
    params.append(filterParams(filter));
    PgResult r = m_conn.exec(
        schemaSql(m_schema, "SELECT * FROM {s}.report_overrides_by($1, $2, $3, $4, $5, $6, $7)").constData(),
        params);
    if (!r.ok())
        return failed<QList<RateRow>>(r);
    QList<RateRow> out;
    const int key = r.column("key"), n = r.column("decisions"), o = r.column("overrides");
    for (int i = 0; i < r.rows(); ++i)
        out.append({r.text(i, key), r.integer(i, n), r.integer(i, o)});
    return out;
}

Result<QList<CountRow>> ReportQuery::reasons(const ReportFilter &filter)
{
    return filtered<QList<CountRow>>("report_reasons", filter,
                                     [](const PgResult &r) { return countRows(r, "overrides"); });
}

Result<QList<CountRow>> ReportQuery::unserved(const ReportFilter &filter)
{
    return filtered<QList<CountRow>>("report_unserved", filter,
                                     [](const PgResult &r) { return countRows(r, "calls"); });
}

Result<QList<TimingRow>> ReportQuery::timing(const ReportFilter &filter)
{
    return filtered<QList<TimingRow>>("report_timing", filter, [](const PgResult &r) {
        QList<TimingRow> out;
        const int h = r.column("hour"), t = r.column("timed"), p50 = r.column("p50"), p90 = r.column("p90"),
                  w = r.column("within_60s");
        for (int i = 0; i < r.rows(); ++i)
            out.append(
                {int(r.integer(i, h)), r.integer(i, t), r.real(i, p50), r.real(i, p90), r.integer(i, w)});
        return out;
    });
}

Result<QList<BackupRow>> ReportQuery::backup(const ReportFilter &filter)
{
    return filtered<QList<BackupRow>>("report_backup", filter, [](const PgResult &r) {
        QList<BackupRow> out;
        const int k = r.column("kind"), d = r.column("dispatches"), b = r.column("backups");
        for (int i = 0; i < r.rows(); ++i)
            out.append({r.text(i, k), r.integer(i, d), r.integer(i, b)});
        return out;
    });
}

Result<QList<OutcomeRow>> ReportQuery::outcomes(const ReportFilter &filter)
{
    return filtered<QList<OutcomeRow>>("report_outcomes", filter, [](const PgResult &r) {
        QList<OutcomeRow> out;
        const int k = r.column("kind"), o = r.column("outcome"), n = r.column("calls");
        for (int i = 0; i < r.rows(); ++i)
            out.append({r.text(i, k), r.text(i, o), r.integer(i, n)});
        return out;
    });
}

Result<int> ReportQuery::refreshRollups()
{
    PgResult r = m_conn.exec(schemaSql(m_schema, "SELECT {s}.report_rollup_refresh()").constData());
    if (!r.ok())
        return failed<int>(r);
    return int(r.integer(0, 0));
}

Result<ReportFigures> ReportQuery::figures(const ReportFilter &filter)
{
    if (const auto refreshed = refreshRollups(); !refreshed)
        return Failure{refreshed.error()};
    ReportFigures f;
    auto take = [](auto result, auto &into, QString &error) {
        if (!result)
            error = result.error();
        else
            into = result.value();
        return bool(result);
    };
    QString error;
    const bool ok = take(summary(filter), f.summary, error) &&
                    take(overridesBy(QStringLiteral("dispatcher"), filter), f.byDispatcher, error) &&
                    take(overridesBy(QStringLiteral("category"), filter), f.byCategory, error) &&
                    take(overridesBy(QStringLiteral("hour"), filter), f.byHour, error) &&
                    take(reasons(filter), f.reasons, error) && take(unserved(filter), f.unserved, error) &&
                    take(timing(filter), f.timing, error) && take(backup(filter), f.backup, error) &&
                    take(outcomes(filter), f.outcomes, error);
    if (!ok)
        return Failure{error};
    markOutliers(f.byDispatcher, f.summary.overrideRate());
    markOutliers(f.byCategory, f.summary.overrideRate());
    markOutliers(f.byHour, f.summary.overrideRate());
    return f;
}

Result<QList<DecisionRow>> ReportQuery::decisions(const ReportFilter &filter, bool overridesOnly, int limit)
{
    QList<PgParam> params = filterParams(filter);
    params << PgParam(overridesOnly) << PgParam(limit);
    PgResult r = m_conn.exec(
        schemaSql(m_schema, "SELECT * FROM {s}.report_decision_list($1, $2, $3, $4, $5, $6, $7, $8)")
            .constData(),
        params);
    if (!r.ok())
        return failed<QList<DecisionRow>>(r);
    QList<DecisionRow> out;
    out.reserve(r.rows());
    const DecisionColumns columns(r);
    for (int i = 0; i < r.rows(); ++i)
        out.append(decisionRowFrom(r, columns, i));
    return out;
}

Result<std::optional<DecisionRow>> ReportQuery::decision(qint64 decisionId, const ReportFilter &filter)
{
    QList<PgParam> params = filterParams(filter);
    params << PgParam(decisionId);
    PgResult r = m_conn.exec(
        schemaSql(m_schema,
                  "SELECT * FROM {s}.report_decision_list($1, $2, $3, $4, $5, $6, false, 2147483647) "
                  "WHERE decision_id = $7")
            .constData(),
        params);
    if (!r.ok())
        return failed<std::optional<DecisionRow>>(r);
    if (r.rows() == 0)
        return std::optional<DecisionRow>();
    return std::optional<DecisionRow>(decisionRowFrom(r, DecisionColumns(r), 0));
}

Result<QList<SampleCandidate>> ReportQuery::sampleFrame(const ReportFilter &filter)
{
    return filtered<QList<SampleCandidate>>("report_sample_frame", filter, [](const PgResult &r) {
        QList<SampleCandidate> out;
        out.reserve(r.rows());
        const int id = r.column("decision_id"), d = r.column("dispatcher"), f = r.column("flag");
        for (int i = 0; i < r.rows(); ++i)
            out.append({r.integer(i, id), r.text(i, d), r.text(i, f)});
        return out;
    });
}

Result<qint64> ReportQuery::decisionOfReview(qint64 annotationId)
{
    PgResult r = m_conn.exec(
        schemaSql(m_schema, "SELECT decision_id FROM {s}.review_annotations WHERE id = $1").constData(),
        {annotationId});
    if (!r.ok())
        return failed<qint64>(r);
    if (r.rows() == 0)
        return Failure{ReportQueryText::tr("no review %1").arg(annotationId)};
    return r.integer(0, 0);
}

Result<qint64> ReportQuery::annotate(const ReviewRequest &q)
{
    if (q.reviewer.trimmed().isEmpty())
        return Failure{ReportQueryText::tr("a review needs the reviewer's name")};
    PgResult r = m_conn.exec(
        schemaSql(m_schema, "INSERT INTO {s}.review_annotations (decision_id, verdict, comment, reviewer) "
                            "VALUES ($1, $2, $3, $4) RETURNING id")
            .constData(),
        {q.decisionId, q.verdict, q.comment, q.reviewer});
    if (!r.ok()) {
        if (r.sqlState() == u"42501")
            return Failure{ReportQueryText::tr(
                               "the database refused the review: this login (%1) may not review decisions; "
                               "reviews are for supervisors")
                               .arg(m_conn.userName())};
        return failed<qint64>(r);
    }
    return r.integer(0, 0);
}

Result<qint64> ReportQuery::recordSample(const ReportFilter &filter, quint64 seed, const QList<qint64> &ids,
                                         const QString &drawnBy)
{
    QStringList idText;
    idText.reserve(ids.size());
    for (qint64 id : ids)
        idText.append(QString::number(id));
    const QJsonObject filters{{QStringLiteral("dispatcher"), filter.dispatcher},
                              {QStringLiteral("category"), filter.category},
                              {QStringLiteral("reason"), filter.reason},
                              {QStringLiteral("direction"), filter.direction}};
    PgResult r = m_conn.exec(
        schemaSql(m_schema,
                  "INSERT INTO {s}.qa_samples (seed, period_from, period_to, filters, decision_ids, "
                  "drawn_by) VALUES ($1::numeric::bigint, $2, $3, $4, $5, $6) RETURNING id")
            .constData(),
        {QString::number(qint64(seed)), filter.from, filter.to,
         QJsonDocument(filters).toJson(QJsonDocument::Compact), u'{' + idText.join(u',') + u'}', drawnBy});
    if (!r.ok())
        return failed<qint64>(r);
    return r.integer(0, 0);
}

Result<QList<CountRow>> ReportQuery::overrideReasonList()
{
    PgResult r = m_conn.exec(
        schemaSql(m_schema, "SELECT code, label, 0 AS n FROM {s}.override_reasons ORDER BY sort_order, code")
            .constData());
    if (!r.ok())
        return failed<QList<CountRow>>(r);
    return countRows(r, "n");
}

Result<QStringList> ReportQuery::dispatchers(const ReportFilter &filter)
{
    ReportFilter f = filter;
    f.dispatcher.clear();
    auto rows = overridesBy(QStringLiteral("dispatcher"), f);
    if (!rows)
        return Failure{rows.error()};
    QStringList out;
    for (const RateRow &row : rows.value())
        out.append(row.key);
    return out;
}

Result<QStringList> ReportQuery::categories(const ReportFilter &filter)
{
    ReportFilter f = filter;
    f.category.clear();
    auto rows = overridesBy(QStringLiteral("category"), f);
    if (!rows)
        return Failure{rows.error()};
    QStringList out;
    for (const RateRow &row : rows.value())
        out.append(row.key);
    return out;
}

} // namespace rr
