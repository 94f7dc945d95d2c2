#include "screeningstore.h"

#include <QCoreApplication>

#include "domain/triageengine.h"
#include "pgconnection.h"

#include <array>
#include <optional>

namespace rr {

namespace {
// The catalogues' context of this file's texts (free functions have no tr() of their own).
struct ScreeningStoreText
{
    Q_DECLARE_TR_FUNCTIONS(rr::ScreeningStore)
};
} // namespace

QList<ScreeningAnswer> latestPerQuestion(const QList<ScreeningAnswer> &answers)
{
    std::array<std::optional<Answer>, ScreenCount> latest;
    for (const ScreeningAnswer &a : answers)
        latest[std::size_t(a.question)] = a.answer;
    QList<ScreeningAnswer> out;
    for (int i = 0; i < ScreenCount; ++i)
        if (latest[std::size_t(i)])
            out.append({Screen(i), *latest[std::size_t(i)]});
    return out;
}

ScreeningStore::ScreeningStore(PgConnection &connection, StoreSchema schema)
    : m_conn(connection), m_schema(schema)
{}

ScreenOutcome ScreeningStore::screen(const ScreeningRequest &q, const TriageEngine &engine)
{
    ScreenOutcome out;
    auto result = [&](ScreenOutcome::Status status, const QString &message) {
        out.status = status;
        out.message = message;
        return out;
    };
    const QList<ScreeningAnswer> answers = latestPerQuestion(q.answers);
    if (q.dispatcher.trimmed().isEmpty())
        return result(ScreenOutcome::Status::Invalid,
                      ScreeningStoreText::tr("screening answers need the dispatcher's id"));
    if (q.requestId.isNull())
        return result(ScreenOutcome::Status::Invalid,
                      ScreeningStoreText::tr("screening answers need a request id"));
    if (answers.isEmpty())
        return result(ScreenOutcome::Status::Invalid, ScreeningStoreText::tr("no screening answer given"));

    QString error;
    if (!m_conn.begin(&error))
        return result(ScreenOutcome::Status::Failed, error);
    auto fail = [&](ScreenOutcome::Status status, const QString &message) {
        m_conn.rollback();
        return result(status, message);
    };
    const QString requestId = q.requestId.toString(QUuid::WithoutBraces);
    // The call's row stays locked until commit: answers given at two consoles at once are triaged one after
    // the other, each with all the answers before it (and an intake update of the call waits as well).
    PgResult c = m_conn.exec(
        schemaSql(m_schema, "SELECT id, status FROM {s}.calls WHERE cad_id = $1 FOR UPDATE").constData(),
        {q.cadId});
    if (!c.ok())
        return fail(ScreenOutcome::Status::Failed, c.error());
    if (c.rows() == 0)
        return fail(ScreenOutcome::Status::UnknownCall, ScreeningStoreText::tr("no call %1").arg(q.cadId));
    const qint64 callId = c.integer(0, 0);
    CallStore calls(m_conn, m_schema);
    PgResult seen = m_conn.exec(
        schemaSql(m_schema, "SELECT 1 FROM {s}.screening_answers WHERE request_id = $1::uuid LIMIT 1")
            .constData(),
        {requestId});
    if (!seen.ok())
        return fail(ScreenOutcome::Status::Failed, seen.error());
    if (seen.rows() > 0) { // a retry or a journal replay of a request stored before: nothing to add
        const auto current = calls.findByRow(QStringLiteral("calls"), callId, &error);
        m_conn.rollback();
        if (!current)
            return result(ScreenOutcome::Status::Failed, error);
        out.call = *current;
        out.replayed = true;
        return result(ScreenOutcome::Status::Stored, QStringLiteral("screening answers stored"));
    }
    if (c.text(0, 1) == u"closed")
        return fail(ScreenOutcome::Status::Invalid, ScreeningStoreText::tr("call %1 is closed").arg(q.cadId));

    const auto current = calls.findByRow(QStringLiteral("calls"), callId, &error);
    if (!current)
        return fail(ScreenOutcome::Status::Failed, error);
    Call screened = current->call; // its screening has every answer given so far
    for (const ScreeningAnswer &a : answers)
        screened.screening[a.question] = a.answer;
    const std::optional<qint64> suggestionId = calls.addSuggestion(callId, engine.triage(screened), &error);
    if (!suggestionId)
        return fail(ScreenOutcome::Status::Failed, error);
    for (const ScreeningAnswer &a : answers) {
        PgResult ins = m_conn.exec(
            schemaSql(
                m_schema,
                "INSERT INTO {s}.screening_answers (call_id, request_id, question, answer, suggestion_id,"
                " dispatcher, workstation) VALUES ($1, $2::uuid, $3, $4, $5, $6, $7)")
                .constData(),
            {callId, requestId, screenName(a.question), toString(a.answer), *suggestionId, q.dispatcher,
             q.workstation});
        if (!ins.ok())
            return fail(ScreenOutcome::Status::Failed, ins.error());
    }
    // Read back inside the transaction: exactly what every console will load once it commits.
    const auto after = calls.findByRow(QStringLiteral("calls"), callId, &error);
    if (!after)
        return fail(ScreenOutcome::Status::Failed, error);
    if (!m_conn.commit(&error))
        return result(ScreenOutcome::Status::Failed, error);
    out.call = *after;
    return result(ScreenOutcome::Status::Stored, QStringLiteral("screening answers stored"));
}

} // namespace rr
