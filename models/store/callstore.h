#pragma once

#include "domain/call.h"
#include "domain/screeninganswer.h"
#include "domain/suggestion.h"
#include "domain/triageengine.h"
#include "storeschema.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace rr {

class PgConnection;

// A decision as stored.
struct DecisionRecord
{
    qint64 id = 0;
    QString cadId;
    ResponseKind suggestedKind = ResponseKind::Police;
    ResponseKind chosenKind = ResponseKind::Police;
    bool accepted = false;
    QString reasonCode; // empty when accepted
    QString note;
    QString unitId;
    QString unservedReason; // why the suggested kind was not served ("no unarmed team free")
    QString dispatcher;
    QString workstation;
    QDateTime decidedAt;
    std::optional<double> secondsFromReceipt;
    QUuid requestId;
};

// What a dispatcher asks to store. The request id makes a retried or replayed request idempotent.
struct DecisionRequest
{
    QUuid requestId;
    QString cadId;
    bool accepted = true;
    std::optional<ResponseKind> chosenKind; // required for an override
    QString reasonCode;                     // required for an override
    QString note;
    QString unitId;
    QString unservedReason;
    QString dispatcher;
    QString workstation;
    // The suggestion the dispatcher was shown: when the call has been triaged again since, nothing is stored
    // and the dispatcher is asked to look again. Empty: whatever suggestion is current.
    std::optional<qint64> expectedSuggestionId;
    // Offline, the dispatcher was shown the suggestion that screening answers (this request id, saved in the
    // offline journal) were to produce: the decision binds to the suggestion those answers stored, once
    // replayed, as to expectedSuggestionId.
    QUuid expectedScreeningId;
};

struct DecideOutcome
{
    enum class Status
    {
        Stored,         // this request's decision is the call's decision (also on a replay of it)
        AlreadyDecided, // another decision won: `decision` is that one
        UnknownCall,
        Invalid, // the request itself is wrong (missing reason, note required, unknown reason code)
        Failed,  // the database could not be reached or refused; nothing was stored
    };
    Status status = Status::Failed;
    DecisionRecord decision;
    QString message; // for the user: "already decided by D17 at 14:02:11", or the error
};

// A call as stored, with its current suggestion and its decision if any.
struct StoredCall
{
    qint64 id = 0;
    // call.screening is what the CAD system sent overlaid by the latest answer per question given since
    // (screeningAnswers): the screening the current suggestion was made with.
    Call call;
    QString status; // open, decided, closed
    qint64 version = 0;
    std::optional<Suggestion> suggestion;
    qint64 suggestionId = 0; // the current suggestion's row id
    std::optional<DecisionRecord> decision;
    QList<ScreeningRecord> screeningAnswers; // the latest per question, in question order
};

// Calls, suggestions and decisions in one schema of the shared database. Blocking calls on the connection
// it is given: use it from the CLI or a store worker thread, never the GUI thread.
class CallStore
{
public:
    CallStore(PgConnection &connection, StoreSchema schema = StoreSchema::Live);

    struct UpsertResult
    {
        bool ok = false;
        QString error;
        qint64 id = 0;
        bool created = false; // a new call
        bool changed = false; // an existing call whose content changed (and was triaged again)
        qint64 version = 0;
    };
    // Stores a call by its CAD id: a new id inserts, a resent identical call changes nothing, an updated call
    // updates the row and adds the new suggestion. One transaction.
    // With `retriage`, a changed call that has screening answers is triaged again with them (the latest
    // answer per question beats what the CAD system sent) instead of taking `suggestion` as it is.
    UpsertResult upsert(const Call &call, const Suggestion &suggestion,
                        const TriageEngine *retriage = nullptr);
    // Adds a suggestion to a call (the current one from now on): its row id, or nullopt with `error` set.
    std::optional<qint64> addSuggestion(qint64 callId, const Suggestion &suggestion, QString *error);
    // The latest screening answer per question of a call, in question order.
    std::optional<QList<ScreeningRecord>> screeningAnswers(qint64 callId, QString *error);

    // First wins: exactly one decision per call, whatever the number of consoles racing.
    DecideOutcome decide(const DecisionRequest &request);

    std::optional<StoredCall> find(const QString &cadId, QString *error = nullptr);
    // The call a changed row belongs to: a row of calls, suggestions, decisions, outcomes or screening
    // answers (as the change feed names it).
    std::optional<StoredCall> findByRow(const QString &table, qint64 rowId, QString *error = nullptr);
    // Earlier calls at the same address (newest first), for the detail panel.
    QList<StoredCall> history(const QString &address, const QString &exceptCadId, int limit, QString *error);

    // Closes a call with its outcome (from the outcome_codes list). False with `error` when the call is
    // unknown, already closed, or the outcome is not in the list.
    bool close(const QString &cadId, const QString &outcome, const QString &note, const QString &recordedBy,
               QString *error);
    // Calls with their current suggestion and decision, newest first; open ones only when asked.
    QList<StoredCall> list(bool openOnly, QString *error, int limit = 100000);
    // Calls received in [from, to), oldest first, with their current suggestion and decision (a training
    // scenario's history); at most `limit`.
    QList<StoredCall> receivedBetween(const QDateTime &from, const QDateTime &to, QString *error,
                                      int limit = 100000);

    // The actor stamped on every change this connection makes ("D17@WS-3").
    bool setActor(const QString &actor, QString *error = nullptr);

private:
    PgConnection &m_conn;
    StoreSchema m_schema;
};

// JSON forms of a suggestion's reasons and triggers, as stored in the suggestions table.
QByteArray reasonsJson(const QList<Reason> &reasons);
QByteArray triggersJson(const QList<Trigger> &triggers);
QList<Reason> reasonsFromJson(const QByteArray &json);
QList<Trigger> triggersFromJson(const QByteArray &json);

// The call's screening with the answers laid over it, in their order (a later one for a question wins).
Screening overlaid(const Screening &screening, const QList<ScreeningRecord> &answers);

} // namespace rr
