#include "callstory.h"

#include <QCoreApplication>

#include "reportquery.h"
#include "store/pgconnection.h"

#include <algorithm>

namespace rr {

namespace {
// The catalogues' context of this file's texts (free functions have no tr() of their own).
struct CallStoryText
{
    Q_DECLARE_TR_FUNCTIONS(rr::CallStory)
};
} // namespace

QList<StoryEvent> CallStory::timeline() const
{
    QList<StoryEvent> out;
    if (call.call.receivedAt.isValid())
        out.append({call.call.receivedAt, QString(),
                    CallStoryText::tr("Call received: %1 %2")
                        .arg(call.call.callType, call.call.callCode)
                        .trimmed()});
    for (const SuggestionVersion &v : suggestions)
        out.append({v.at, QStringLiteral("triage"),
                    CallStoryText::tr("Suggested %1 (%2, confidence %3)")
                        .arg(displayName(v.suggestion.kind), v.suggestion.category)
                        .arg(v.suggestion.confidence, 0, 'f', 2)});
    for (const ScreeningRecord &a : answers)
        out.append({a.answeredAt, a.dispatcher,
                    CallStoryText::tr("Screening: %1 = %2").arg(screenName(a.question), toString(a.answer))});
    if (const auto &d = call.decision) {
        QString what =
            d->accepted ? CallStoryText::tr("Accepted: %1").arg(displayName(d->chosenKind))
                        : CallStoryText::tr("Overridden %1 \u2192 %2 (%3)")
                              .arg(displayName(d->suggestedKind), displayName(d->chosenKind), d->reasonCode);
        if (!d->note.isEmpty())
            what += QStringLiteral(": \u201c%1\u201d").arg(d->note);
        if (!d->unitId.isEmpty())
            what += CallStoryText::tr("; unit %1").arg(d->unitId);
        if (!d->unservedReason.isEmpty())
            what += QStringLiteral("; %1").arg(d->unservedReason);
        out.append({d->decidedAt,
                    d->dispatcher + (d->workstation.isEmpty() ? QString() : u'@' + d->workstation), what});
    }
    for (const UnitStatusEntry &u : units)
        out.append({u.at, u.by, CallStoryText::tr("Unit %1: %2").arg(u.unitId, u.status)});
    for (const OutcomeEntry &o : outcomes)
        out.append({o.at, o.by,
                    CallStoryText::tr("Outcome: %1%2")
                        .arg(o.outcome, o.note.isEmpty() ? QString() : u' ' + o.note)});
    for (const ReviewEntry &r : reviews)
        out.append({r.at, r.reviewer,
                    CallStoryText::tr("Review: %1%2")
                        .arg(r.verdict, r.comment.isEmpty() ? QString() : u' ' + r.comment)});
    std::stable_sort(out.begin(), out.end(),
                     [](const StoryEvent &a, const StoryEvent &b) { return a.at < b.at; });
    return out;
}

Result<CallStory> ReportQuery::story(qint64 decisionId)
{
    PgResult head = m_conn.exec(
        schemaSql(m_schema, "SELECT c.cad_id, c.id FROM {s}.decisions d JOIN {s}.calls c ON c.id = d.call_id "
                            "WHERE d.id = $1")
            .constData(),
        {decisionId});
    if (!head.ok())
        return Failure{head.error()};
    if (head.rows() == 0)
        return Failure{CallStoryText::tr("no decision %1").arg(decisionId)};
    const QString cadId = head.text(0, 0);
    const qint64 callId = head.integer(0, 1);
    CallStory story;
    QString error;
    CallStore calls(m_conn, m_schema);
    const std::optional<StoredCall> found = calls.find(cadId, &error);
    if (!found)
        return Failure{error.isEmpty() ? CallStoryText::tr("call %1 not found").arg(cadId) : error};
    story.call = *found;

    PgResult s = m_conn.exec(
        schemaSql(m_schema,
                  "SELECT id, created_at, kind, ems, confidence, category, reasons, triggers, "
                  "rules_version, needs_screening FROM {s}.suggestions WHERE call_id = $1 ORDER BY id")
            .constData(),
        {callId});
    if (!s.ok())
        return Failure{s.error()};
    for (int i = 0; i < s.rows(); ++i) {
        SuggestionVersion v;
        v.id = s.integer(i, s.column("id"));
        v.at = s.timestamp(i, s.column("created_at"));
        v.suggestion.kind =
            responseKindFromString(s.text(i, s.column("kind"))).value_or(ResponseKind::Police);
        v.suggestion.ems = s.boolean(i, s.column("ems"));
        v.suggestion.confidence = s.real(i, s.column("confidence"));
        v.suggestion.category = s.text(i, s.column("category"));
        v.suggestion.reasons = reasonsFromJson(s.bytes(i, s.column("reasons")));
        v.suggestion.triggers = triggersFromJson(s.bytes(i, s.column("triggers")));
        v.suggestion.rulesVersion = s.text(i, s.column("rules_version"));
        v.suggestion.needsScreening = s.boolean(i, s.column("needs_screening"));
        story.suggestions.append(v);
    }

    PgResult a =
        m_conn.exec(schemaSql(m_schema, "SELECT question, answer, dispatcher, workstation, answered_at "
                                        "FROM {s}.screening_answers WHERE call_id = $1 ORDER BY id")
                        .constData(),
                    {callId});
    if (!a.ok())
        return Failure{a.error()};
    for (int i = 0; i < a.rows(); ++i) {
        const auto q = screenFromName(a.text(i, a.column("question")));
        const auto ans = answerFromString(a.text(i, a.column("answer")));
        if (q && ans)
            story.answers.append({*q, *ans, a.text(i, a.column("dispatcher")),
                                  a.text(i, a.column("workstation")),
                                  a.timestamp(i, a.column("answered_at"))});
    }

    PgResult u = m_conn.exec(
        schemaSql(m_schema, "SELECT unit_id, status, changed_by, changed_at FROM {s}.unit_status_history "
                            "WHERE call_id = $1 ORDER BY changed_at, id")
            .constData(),
        {callId});
    if (!u.ok())
        return Failure{u.error()};
    for (int i = 0; i < u.rows(); ++i)
        story.units.append({u.text(i, 0), u.text(i, 1), u.text(i, 2), u.timestamp(i, 3)});

    PgResult o = m_conn.exec(
        schemaSql(m_schema,
                  "SELECT outcome, note, recorded_by, recorded_at FROM {s}.outcomes WHERE call_id = $1 "
                  "ORDER BY id")
            .constData(),
        {callId});
    if (!o.ok())
        return Failure{o.error()};
    for (int i = 0; i < o.rows(); ++i)
        story.outcomes.append({o.text(i, 0), o.text(i, 1), o.text(i, 2), o.timestamp(i, 3)});

    PgResult r = m_conn.exec(
        schemaSql(m_schema,
                  "SELECT verdict, comment, reviewer, login, reviewed_at FROM {s}.review_annotations "
                  "WHERE decision_id = $1 ORDER BY id")
            .constData(),
        {decisionId});
    if (!r.ok())
        return Failure{r.error()};
    for (int i = 0; i < r.rows(); ++i)
        story.reviews.append({r.text(i, 0), r.text(i, 1), r.text(i, 2), r.text(i, 3), r.timestamp(i, 4)});

    PgResult e = m_conn.exec(
        schemaSql(m_schema,
                  "SELECT at, actor, table_name, operation FROM {s}.event_log "
                  "WHERE coalesce(data ->> 'call_id', CASE WHEN table_name = 'calls' THEN row_id END) "
                  "= $1 ORDER BY id LIMIT 500")
            .constData(),
        {QString::number(callId)});
    if (!e.ok())
        return Failure{e.error()};
    for (int i = 0; i < e.rows(); ++i)
        story.eventLog.append({e.timestamp(i, 0), e.text(i, 1), e.text(i, 3) + u' ' + e.text(i, 2)});
    return story;
}

} // namespace rr
