#include "callstore.h"

#include <QCoreApplication>

#include "pgconnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace rr {

namespace {
// The catalogues' context of this file's texts (free functions have no tr() of their own).
struct CallStoreText
{
    Q_DECLARE_TR_FUNCTIONS(rr::CallStore)
};
} // namespace

namespace {

const char *const kCallColumns = "c.id, c.cad_id, c.received_at, c.call_type, c.call_code, c.priority, "
                                 "c.narrative, c.address, c.latitude, "
                                 "c.longitude, c.beat, c.weapon, c.violence, c.injury, c.self_harm, "
                                 "c.domestic, c.crime_in_progress, c.status, "
                                 "c.version";
constexpr int kCallColumnCount = 19;
const char *const kSuggestionColumns = "s.id, s.kind, s.ems, s.confidence, s.category, s.reasons, "
                                       "s.triggers, s.rules_version, s.needs_screening";
constexpr int kSuggestionColumnCount = 9;
const char *const kDecisionColumns =
    "d.id, d.suggested_kind, d.chosen_kind, d.accepted, d.reason_code, d.note, d.unit_id, d.unserved_reason, "
    "d.dispatcher, d.workstation, d.decided_at, d.seconds_from_receipt, d.request_id";
constexpr int kDecisionColumnCount = 13;
// The latest screening answer per question of call c, as one JSON array of
// [question, answer, dispatcher, workstation, epoch seconds] (NULL when there is none); see screeningFrom().
const char *const kLatestScreening =
    "(SELECT jsonb_agg(jsonb_build_array(x.question, x.answer, x.dispatcher, x.workstation,"
    " extract(epoch FROM x.answered_at))) FROM (SELECT DISTINCT ON (question) question, answer, dispatcher,"
    " workstation, answered_at FROM {s}.screening_answers WHERE call_id = c.id ORDER BY question, id DESC) "
    "x)";

QList<PgParam> callParams(const Call &c)
{
    QList<PgParam> p{
        c.id,        c.receivedAt, c.callType,          c.callCode,           PgParam(c.priority),
        c.narrative, c.address,    PgParam(c.latitude), PgParam(c.longitude), c.beat};
    for (Answer a : c.screening.answers)
        p.append(toString(a));
    return p;
}

Call callFrom(const PgResult &r, int row, int at)
{
    Call c;
    c.id = r.text(row, at + 1);
    c.receivedAt = r.timestamp(row, at + 2);
    c.callType = r.text(row, at + 3);
    c.callCode = r.text(row, at + 4);
    if (!r.isNull(row, at + 5))
        c.priority = int(r.integer(row, at + 5));
    c.narrative = r.text(row, at + 6);
    c.address = r.text(row, at + 7);
    if (!r.isNull(row, at + 8))
        c.latitude = r.real(row, at + 8);
    if (!r.isNull(row, at + 9))
        c.longitude = r.real(row, at + 9);
    c.beat = r.text(row, at + 10);
    for (int i = 0; i < ScreenCount; ++i)
        c.screening.answers[std::size_t(i)] =
            answerFromString(r.text(row, at + 11 + i)).value_or(Answer::Unknown);
    return c;
}

Suggestion suggestionFrom(const PgResult &r, int row, int at)
{
    Suggestion s;
    s.kind = responseKindFromString(r.text(row, at + 1)).value_or(ResponseKind::Police);
    s.ems = r.boolean(row, at + 2);
    s.confidence = r.real(row, at + 3);
    s.category = r.text(row, at + 4);
    s.reasons = reasonsFromJson(r.bytes(row, at + 5));
    s.triggers = triggersFromJson(r.bytes(row, at + 6));
    s.rulesVersion = r.text(row, at + 7);
    s.needsScreening = r.boolean(row, at + 8);
    return s;
}

QList<ScreeningRecord> screeningFrom(const PgResult &r, int row, int at)
{
    QList<ScreeningRecord> out;
    if (r.isNull(row, at))
        return out;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.bytes(row, at)).array()) {
        const QJsonArray a = v.toArray();
        const std::optional<Screen> question = screenFromName(a.at(0).toString());
        const std::optional<Answer> answer = answerFromString(a.at(1).toString());
        if (!question || !answer)
            continue;
        out.append(
            {*question, *answer, a.at(2).toString(), a.at(3).toString(),
             QDateTime::fromMSecsSinceEpoch(qint64(std::llround(a.at(4).toDouble() * 1000)), Qt::UTC)});
    }
    std::sort(out.begin(), out.end(), [](const ScreeningRecord &x, const ScreeningRecord &y) {
        return int(x.question) < int(y.question);
    });
    return out;
}

DecisionRecord decisionFrom(const PgResult &r, int row, int at, const QString &cadId)
{
    DecisionRecord d;
    d.id = r.integer(row, at);
    d.cadId = cadId;
    d.suggestedKind = responseKindFromString(r.text(row, at + 1)).value_or(ResponseKind::Police);
    d.chosenKind = responseKindFromString(r.text(row, at + 2)).value_or(ResponseKind::Police);
    d.accepted = r.boolean(row, at + 3);
    d.reasonCode = r.text(row, at + 4);
    d.note = r.text(row, at + 5);
    d.unitId = r.text(row, at + 6);
    d.unservedReason = r.text(row, at + 7);
    d.dispatcher = r.text(row, at + 8);
    d.workstation = r.text(row, at + 9);
    d.decidedAt = r.timestamp(row, at + 10);
    if (!r.isNull(row, at + 11))
        d.secondsFromReceipt = r.real(row, at + 11);
    d.requestId = QUuid::fromString(r.text(row, at + 12));
    return d;
}

QString alreadyDecided(const DecisionRecord &d)
{
    return CallStoreText::tr("already decided by %1 at %2 (%3%4)")
        .arg(d.dispatcher, d.decidedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
             d.accepted ? CallStoreText::tr("accepted ") : CallStoreText::tr("overridden to "),
             toString(d.chosenKind));
}

} // namespace

Screening overlaid(const Screening &screening, const QList<ScreeningRecord> &answers)
{
    Screening out = screening;
    for (const ScreeningRecord &a : answers)
        out[a.question] = a.answer;
    return out;
}

QByteArray reasonsJson(const QList<Reason> &reasons)
{
    QJsonArray a;
    for (const Reason &r : reasons)
        a.append(QJsonObject{{QStringLiteral("rule"), r.ruleId}, {QStringLiteral("text"), r.text}});
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

QByteArray triggersJson(const QList<Trigger> &triggers)
{
    QJsonArray a;
    for (const Trigger &t : triggers)
        a.append(QJsonObject{{QStringLiteral("rule"), t.ruleId},
                             {QStringLiteral("field"), t.field == CallField::CallType
                                                           ? QStringLiteral("call_type")
                                                           : QStringLiteral("narrative")},
                             {QStringLiteral("start"), t.start},
                             {QStringLiteral("length"), t.length},
                             {QStringLiteral("text"), t.text}});
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

QList<Reason> reasonsFromJson(const QByteArray &json)
{
    QList<Reason> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json).array())
        out.append({v[QLatin1String("rule")].toString(), v[QLatin1String("text")].toString()});
    return out;
}

QList<Trigger> triggersFromJson(const QByteArray &json)
{
    QList<Trigger> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json).array())
        out.append({v[QLatin1String("rule")].toString(),
                    v[QLatin1String("field")].toString() == u"call_type" ? CallField::CallType
                                                                         : CallField::Narrative,
                    v[QLatin1String("start")].toInt(), v[QLatin1String("length")].toInt(),
                    v[QLatin1String("text")].toString()});
    return out;
}

CallStore::CallStore(PgConnection &connection, StoreSchema schema) : m_conn(connection), m_schema(schema) {}

bool CallStore::setActor(const QString &actor, QString *error)
{
    PgResult r = m_conn.exec("SELECT set_config('rr.actor', $1, false)", {actor});
    if (!r.ok() && error)
        *error = r.error();
    return r.ok();
}

CallStore::UpsertResult CallStore::upsert(const Call &call, const Suggestion &suggestion,
                                          const TriageEngine *retriage)
{
    UpsertResult out;
    if (call.id.trimmed().isEmpty()) {
        out.error = CallStoreText::tr("the call has no CAD id");
        return out;
    }
    if (!m_conn.begin(&out.error))
        return out;
    // Inserts, or updates only when something changed; xmax = 0 tells a fresh insert.
    PgResult r = m_conn.exec(
        schemaSql(
            m_schema,
            "INSERT INTO {s}.calls AS c (cad_id, received_at, call_type, call_code, priority, narrative, "
            "address,"
            " latitude, longitude, beat, weapon, violence, injury, self_harm, domestic, crime_in_progress)"
            " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)"
            " ON CONFLICT (cad_id) DO UPDATE SET received_at = EXCLUDED.received_at, call_type = "
            "EXCLUDED.call_type,"
            " call_code = EXCLUDED.call_code, priority = EXCLUDED.priority, narrative = EXCLUDED.narrative,"
            " address = EXCLUDED.address, latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude,"
            " beat = EXCLUDED.beat, weapon = EXCLUDED.weapon, violence = EXCLUDED.violence, injury = "
            "EXCLUDED.injury,"
            " self_harm = EXCLUDED.self_harm, domestic = EXCLUDED.domestic,"
            " crime_in_progress = EXCLUDED.crime_in_progress"
            " WHERE (c.received_at, c.call_type, c.call_code, c.priority, c.narrative, c.address, c.latitude,"
            " c.longitude, c.beat, c.weapon, c.violence, c.injury, c.self_harm, c.domestic, "
            "c.crime_in_progress)"
            " IS DISTINCT FROM (EXCLUDED.received_at, EXCLUDED.call_type, EXCLUDED.call_code, "
            "EXCLUDED.priority,"
            " EXCLUDED.narrative, EXCLUDED.address, EXCLUDED.latitude, EXCLUDED.longitude, EXCLUDED.beat,"
            " EXCLUDED.weapon, EXCLUDED.violence, EXCLUDED.injury, EXCLUDED.self_harm, EXCLUDED.domestic,"
            " EXCLUDED.crime_in_progress)"
            " RETURNING id, version, xmax = 0")
            .constData(),
        callParams(call));
    if (!r.ok()) {
        out.error = r.error();
        m_conn.rollback();
        return out;
    }
    if (r.rows() == 0) { // resent unchanged
        PgResult e = m_conn.exec(
            schemaSql(m_schema, "SELECT id, version FROM {s}.calls WHERE cad_id = $1").constData(),
            {call.id});
        m_conn.rollback();
        if (!e.ok() || e.rows() != 1) {
            out.error = e.ok() ? CallStoreText::tr("call %1 vanished").arg(call.id) : e.error();
            return out;
        }
        out.ok = true;
        out.id = e.integer(0, 0);
        out.version = e.integer(0, 1);
        return out;
    }
    out.id = r.integer(0, 0);
    out.version = r.integer(0, 1);
    out.created = r.boolean(0, 2);
    out.changed = !out.created;
    Suggestion current = suggestion;
    if (out.changed && retriage) {
        // A dispatcher's answers outlive a CAD update of the call: the latest answer per question still wins.
        const auto answers = screeningAnswers(out.id, &out.error);
        if (!answers) {
            m_conn.rollback();
            return out;
        }
        if (!answers->isEmpty()) {
            Call screened = call;
            screened.screening = overlaid(call.screening, *answers);
            current = retriage->triage(screened);
        }
    }
    if (!addSuggestion(out.id, current, &out.error)) {
        m_conn.rollback();
        return out;
    }
    out.ok = m_conn.commit(&out.error);
    return out;
}

std::optional<qint64> CallStore::addSuggestion(qint64 callId, const Suggestion &suggestion, QString *error)
{
    PgResult s = m_conn.exec(
        schemaSql(m_schema,
                  "INSERT INTO {s}.suggestions (call_id, kind, ems, confidence, category, reasons, triggers,"
                  " rules_version, needs_screening) VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb, $8, $9)"
                  " RETURNING id")
            .constData(),
        {callId, toString(suggestion.kind), suggestion.ems, suggestion.confidence, suggestion.category,
         reasonsJson(suggestion.reasons), triggersJson(suggestion.triggers), suggestion.rulesVersion,
         suggestion.needsScreening});
    if (!s.ok()) {
        if (error)
            *error = s.error();
        return std::nullopt;
    }
    return s.integer(0, 0);
}

std::optional<QList<ScreeningRecord>> CallStore::screeningAnswers(qint64 callId, QString *error)
{
    PgResult r = m_conn.exec(
        schemaSql(
            m_schema,
            (QByteArray("SELECT ") + kLatestScreening + " FROM {s}.calls c WHERE c.id = $1").constData())
            .constData(),
        {callId});
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return r.rows() == 0 ? QList<ScreeningRecord>{} : screeningFrom(r, 0, 0);
}

DecideOutcome CallStore::decide(const DecisionRequest &q)
{
    DecideOutcome out;
    auto result = [&](DecideOutcome::Status status, const QString &message) {
        out.status = status;
        out.message = message;
        return out;
    };
    if (q.dispatcher.trimmed().isEmpty())
        return result(DecideOutcome::Status::Invalid,
                      CallStoreText::tr("a decision needs the dispatcher's id"));
    if (q.requestId.isNull())
        return result(DecideOutcome::Status::Invalid, CallStoreText::tr("a decision needs a request id"));
    if (!q.accepted && (!q.chosenKind || q.reasonCode.trimmed().isEmpty()))
        return result(DecideOutcome::Status::Invalid,
                      CallStoreText::tr("an override needs the kind chosen and a reason"));

    // One statement, one round trip: find the call and its current suggestion, check the override reason,
    // insert the decision unless one exists (first wins), and mark the call decided.
    const QByteArray statement =
        "WITH c AS (SELECT c.id, c.received_at, c.status, s.id AS sid, s.kind AS skind FROM {s}.calls c"
        "  LEFT JOIN LATERAL (SELECT id, kind FROM {s}.suggestions WHERE call_id = c.id ORDER BY id DESC "
        "LIMIT 1) s"
        "  ON true WHERE c.cad_id = $1),"
        " r AS (SELECT needs_note FROM {s}.override_reasons WHERE code = $5),"
        " ok AS (SELECT c.* FROM c WHERE c.sid IS NOT NULL AND c.status <> 'closed'"
        "  AND ($11::bigint IS NULL OR c.sid = $11)"
        "  AND ($12::uuid IS NULL OR c.sid = (SELECT max(suggestion_id) FROM {s}.screening_answers"
        "   WHERE request_id = $12::uuid)) AND ($4 OR (EXISTS (SELECT 1 FROM r)"
        "  AND $3 <> c.skind AND NOT (coalesce((SELECT needs_note FROM r), false) AND btrim($6) = '')))),"
        " d AS (INSERT INTO {s}.decisions (call_id, request_id, suggestion_id, suggested_kind, chosen_kind, "
        "accepted,"
        "  reason_code, note, unit_id, unserved_reason, dispatcher, workstation, seconds_from_receipt)"
        "  SELECT ok.id, $2::uuid, ok.sid, ok.skind, CASE WHEN $4 THEN ok.skind ELSE $3 END, $4,"
        "  CASE WHEN $4 THEN NULL ELSE $5 END, $6, $7, $8, $9, $10, extract(epoch FROM now() - "
        "ok.received_at) FROM ok"
        "  ON CONFLICT DO NOTHING RETURNING *),"
        " u AS (UPDATE {s}.calls SET status = 'decided' WHERE id IN (SELECT call_id FROM d) AND status = "
        "'open')"
        " SELECT (SELECT count(*) FROM c), (SELECT sid IS NOT NULL FROM c), (SELECT skind FROM c),"
        " (SELECT count(*) FROM r), coalesce((SELECT needs_note FROM r), false), (SELECT id FROM c),"
        " (SELECT status FROM c), (SELECT sid FROM c),"
        " (SELECT max(suggestion_id) FROM {s}.screening_answers WHERE request_id = $12::uuid), " +
        QByteArray(kDecisionColumns) + " FROM (SELECT 1) one LEFT JOIN d ON true";
    constexpr int kSuggestionIdColumn = 7;
    constexpr int kScreenedSuggestionColumn = 8;
    constexpr int kFirstDecisionColumn = 9;
    PgResult r = m_conn.exec(
        schemaSql(m_schema, statement.constData()).constData(),
        {q.cadId, q.requestId.toString(QUuid::WithoutBraces),
         q.chosenKind ? PgParam(toString(*q.chosenKind)) : PgParam(), q.accepted,
         q.accepted ? PgParam() : PgParam(q.reasonCode), q.note,
         q.unitId.isEmpty() ? PgParam() : PgParam(q.unitId), q.unservedReason, q.dispatcher, q.workstation,
         q.expectedSuggestionId ? PgParam(*q.expectedSuggestionId) : PgParam(),
         q.expectedScreeningId.isNull() ? PgParam()
                                        : PgParam(q.expectedScreeningId.toString(QUuid::WithoutBraces))});
    if (!r.ok())
        return result(DecideOutcome::Status::Failed, r.error());
    if (r.integer(0, 0) == 0)
        return result(DecideOutcome::Status::UnknownCall, CallStoreText::tr("no call %1").arg(q.cadId));
    if (!r.boolean(0, 1))
        return result(DecideOutcome::Status::Invalid,
                      CallStoreText::tr("call %1 has no suggestion yet").arg(q.cadId));
    if (!r.isNull(0, kFirstDecisionColumn)) {
        out.decision = decisionFrom(r, 0, kFirstDecisionColumn, q.cadId);
        return result(DecideOutcome::Status::Stored, QStringLiteral("decision stored"));
    }
    // Nothing inserted: a decision exists. Ours (a replay of this request), or the one that won the race.
    PgResult d = m_conn.exec(schemaSql(m_schema, QByteArray("SELECT ") + kDecisionColumns +
                                                     " FROM {s}.decisions d WHERE d.call_id = $1")
                                 .constData(),
                             {r.integer(0, 5)});
    if (!d.ok())
        return result(DecideOutcome::Status::Failed, d.error());
    if (d.rows() == 1) {
        out.decision = decisionFrom(d, 0, 0, q.cadId);
        if (out.decision.requestId == q.requestId)
            return result(DecideOutcome::Status::Stored, QStringLiteral("decision stored"));
        return result(DecideOutcome::Status::AlreadyDecided, alreadyDecided(out.decision));
    }
    // No decision at all: say what was wrong with this one.
    if (r.text(0, 6) == u"closed")
        return result(DecideOutcome::Status::Invalid, CallStoreText::tr("call %1 is closed").arg(q.cadId));
    const QString suggested = r.text(0, 2);
    const bool screenedElsewhere =
        !q.expectedScreeningId.isNull() &&
        (r.isNull(0, kScreenedSuggestionColumn) ||
         r.integer(0, kScreenedSuggestionColumn) != r.integer(0, kSuggestionIdColumn));
    if ((q.expectedSuggestionId && r.integer(0, kSuggestionIdColumn) != *q.expectedSuggestionId) ||
        screenedElsewhere)
        return result(DecideOutcome::Status::Invalid,
                      CallStoreText::tr(
                          "call %1 was triaged again since it was shown (now %2): review it and decide again")
                          .arg(q.cadId, suggested));
    if (!q.accepted) {
        if (toString(*q.chosenKind) == suggested)
            return result(DecideOutcome::Status::Invalid,
                          CallStoreText::tr("an override must choose another kind than the suggested %1")
                              .arg(suggested));
        if (r.integer(0, 3) == 0)
            return result(DecideOutcome::Status::Invalid,
                          CallStoreText::tr("unknown override reason '%1'").arg(q.reasonCode));
        if (r.boolean(0, 4) && q.note.trimmed().isEmpty())
            return result(DecideOutcome::Status::Invalid,
                          CallStoreText::tr("the reason '%1' needs a note").arg(q.reasonCode));
    }
    return result(DecideOutcome::Status::Failed,
                  CallStoreText::tr("call %1: the decision was not stored").arg(q.cadId));
}

namespace {

const QByteArray kJoinedSelect =
    QByteArray("SELECT ") + kCallColumns + ", " + kSuggestionColumns + ", " + kDecisionColumns + ", " +
    kLatestScreening +
    " FROM {s}.calls c LEFT JOIN LATERAL (SELECT * FROM {s}.suggestions WHERE call_id = c.id"
    " ORDER BY id DESC LIMIT 1) s ON true LEFT JOIN {s}.decisions d ON d.call_id = c.id ";

StoredCall storedFrom(const PgResult &r, int row)
{
    StoredCall s;
    s.id = r.integer(row, 0);
    s.call = callFrom(r, row, 0);
    s.status = r.text(row, 17);
    s.version = r.integer(row, 18);
    if (!r.isNull(row, kCallColumnCount)) {
        s.suggestion = suggestionFrom(r, row, kCallColumnCount);
        s.suggestionId = r.integer(row, kCallColumnCount);
    }
    if (!r.isNull(row, kCallColumnCount + kSuggestionColumnCount))
        s.decision = decisionFrom(r, row, kCallColumnCount + kSuggestionColumnCount, s.call.id);
    s.screeningAnswers =
        screeningFrom(r, row, kCallColumnCount + kSuggestionColumnCount + kDecisionColumnCount);
    s.call.screening = overlaid(s.call.screening, s.screeningAnswers);
    return s;
}

QList<StoredCall> storedRows(const PgResult &r)
{
    QList<StoredCall> out;
    out.reserve(r.rows());
    for (int row = 0; row < r.rows(); ++row)
        out.append(storedFrom(r, row));
    return out;
}

} // namespace

std::optional<StoredCall> CallStore::find(const QString &cadId, QString *error)
{
    PgResult r = m_conn.exec(
        schemaSql(m_schema, (kJoinedSelect + "WHERE c.cad_id = $1").constData()).constData(), {cadId});
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    if (r.rows() == 0)
        return std::nullopt;
    return storedFrom(r, 0);
}

std::optional<StoredCall> CallStore::findByRow(const QString &table, qint64 rowId, QString *error)
{
    QByteArray where;
    if (table == u"calls")
        where = "WHERE c.id = $1";
    else if (table == u"suggestions")
        where = "WHERE c.id = (SELECT call_id FROM {s}.suggestions WHERE id = $1)";
    else if (table == u"decisions")
        where = "WHERE c.id = (SELECT call_id FROM {s}.decisions WHERE id = $1)";
    else if (table == u"outcomes")
        where = "WHERE c.id = (SELECT call_id FROM {s}.outcomes WHERE id = $1)";
    else if (table == u"screening_answers")
        where = "WHERE c.id = (SELECT call_id FROM {s}.screening_answers WHERE id = $1)";
    else
        return std::nullopt;
    PgResult r = m_conn.exec(schemaSql(m_schema, (kJoinedSelect + where).constData()).constData(), {rowId});
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    if (r.rows() == 0)
        return std::nullopt;
    return storedFrom(r, 0);
}

QList<StoredCall> CallStore::history(const QString &address, const QString &exceptCadId, int limit,
                                     QString *error)
{
    if (address.trimmed().isEmpty())
        return {};
    PgResult r = m_conn.exec(
        schemaSql(m_schema, (kJoinedSelect + "WHERE c.address = $1 AND c.cad_id <> $2"
                                             " ORDER BY c.received_at DESC NULLS LAST, c.id DESC LIMIT $3")
                                .constData())
            .constData(),
        {address, exceptCadId, limit});
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return {};
    }
    return storedRows(r);
}

bool CallStore::close(const QString &cadId, const QString &outcome, const QString &note,
                      const QString &recordedBy, QString *error)
{
    if (!m_conn.begin(error))
        return false;
    auto fail = [&](const QString &message) {
        m_conn.rollback();
        if (error)
            *error = message;
        return false;
    };
    PgResult c = m_conn.exec(
        schemaSql(
            m_schema,
            "UPDATE {s}.calls SET status = 'closed' WHERE cad_id = $1 AND status <> 'closed' RETURNING id")
            .constData(),
        {cadId});
    if (!c.ok())
        return fail(c.error());
    if (c.rows() == 0)
        return fail(CallStoreText::tr("call %1 is unknown or already closed").arg(cadId));
    PgResult o = m_conn.exec(
        schemaSql(m_schema,
                  "INSERT INTO {s}.outcomes (call_id, outcome, note, recorded_by) VALUES ($1, $2, $3, $4)")
            .constData(),
        {c.integer(0, 0), outcome, note, recordedBy});
    if (!o.ok())
        return fail(o.sqlState() == u"23503" ? CallStoreText::tr("unknown outcome '%1'").arg(outcome)
                                             : o.error());
    // Units on the call are free again.
    PgResult u = m_conn.exec(
        schemaSql(
            m_schema,
            "UPDATE {s}.units SET status = 'available', current_call_id = NULL WHERE current_call_id = $1")
            .constData(),
        {c.integer(0, 0)});
    if (!u.ok())
        return fail(u.error());
    return m_conn.commit(error);
}

QList<StoredCall> CallStore::list(bool openOnly, QString *error, int limit)
{
    PgResult r = m_conn.exec(
        schemaSql(m_schema, (kJoinedSelect + "WHERE (NOT $1 OR c.status <> 'closed')"
                                             " ORDER BY c.received_at DESC NULLS LAST, c.id DESC LIMIT $2")
                                .constData())
            .constData(),
        {openOnly, limit});
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return {};
    }
    return storedRows(r);
}

QList<StoredCall> CallStore::receivedBetween(const QDateTime &from, const QDateTime &to, QString *error,
                                             int limit)
{
    PgResult r =
        m_conn.exec(schemaSql(m_schema, (kJoinedSelect + "WHERE c.received_at >= $1 AND c.received_at < $2"
                                                         " ORDER BY c.received_at, c.id LIMIT $3")
                                            .constData())
                        .constData(),
                    {from, to, limit});
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return {};
    }
    return storedRows(r);
}

} // namespace rr
