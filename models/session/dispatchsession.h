#pragma once

#include "domain/unitrecommender.h"
#include "items/queuemodel.h"
#include "items/unittablemodel.h"
#include "store/storeclient.h"

#include <QObject>
#include <QTimer>

namespace rr {

// One dispatcher's session at a console: keeps the live queue and the unit board in step with the shared
// database (through StoreClient), recommends a unit for every call, and turns the dispatcher's accept,
// override, screening answers, unit status and close actions into store requests stamped with who and where.
// Widgets call it and show what it reports; it holds no widget. Lives on the GUI thread.
class DispatchSession : public QObject
{
    Q_OBJECT
public:
    DispatchSession(StoreClient *store, QString dispatcher, QString workstation, QObject *parent = nullptr);

    QueueModel *queue() { return &m_queue; }
    UnitTableModel *units() { return &m_units; }
    StoreClient *store() { return m_store; }
    QString dispatcher() const { return m_dispatcher; }
    // Who is signed in (the hook every window asks: SignedInUser::canReview(), canTrain()...). Setting it
    // makes the login the ID every request carries; the queue and the board stay as they are.
    const SignedInUser &user() const { return m_user; }
    void setUser(const SignedInUser &user);
    QString workstation() const { return m_workstation; }

    // Accept the suggestion for a call: the decision is stored and the recommended unit dispatched. A call
    // whose suggestion needs screening is not accepted: screeningRequired() asks for the screening first.
    void accept(const QString &cadId);
    // Answer a screening question of a call: stored with who and when, and the call triaged again with all
    // its answers; every console shows the new suggestion. Offline, the answer is journalled and shown at
    // once.
    void screen(const QString &cadId, Screen question, Answer answer);
    // Override with another kind and a reason code (from the store's list); `note` is required for "other".
    void override(const QString &cadId, ResponseKind kind, const QString &reasonCode, const QString &note);
    void setUnitStatus(const QString &unitId, UnitStatus status);
    void closeCall(const QString &cadId, const QString &outcome, const QString &note);

    void setSpeedKmh(double speed) { m_recommender = UnitRecommender(speed); }
    // The database's override reasons and outcome codes (empty until loaded).
    const QList<OverrideReasonRow> &overrideReasons() const { return m_reasons; }
    const QList<OverrideReasonRow> &outcomes() const { return m_outcomes; }

Q_SIGNALS:
    // Something the dispatcher should read now: a decision stored, refused, queued offline, a conflict.
    void message(const QString &text, bool problem);
    void callArrived(const QString &cadId);
    // Enter on a call whose suggestion needs screening: the screening questions come first (or an override).
    void screeningRequired(const QString &cadId);
    // A member of staff signed in at this console, or another took over at shift change.
    void userChanged(const rr::SignedInUser &user);

private:
    QueueEntry entryFor(const StoredCall &call) const;
    void refreshRecommendations();
    void onSnapshot(const QList<StoredCall> &calls, const QList<Unit> &units);
    void onCallChanged(const StoredCall &call);
    void onDecision(const DecisionRequest &request, const DecideOutcome &outcome);
    void onScreening(const ScreeningRequest &request, const ScreenOutcome &outcome);
    void onScreeningQueued(const ScreeningRequest &request);
    // Binds a decision to what the dispatcher was shown: the stored suggestion, or offline screening's.
    void bindToShown(DecisionRequest &q, const QueueEntry &e) const;
    DecisionRequest request(const QString &cadId) const;

    StoreClient *m_store;
    QString m_dispatcher;
    QString m_workstation;
    SignedInUser m_user;
    QueueModel m_queue;
    UnitTableModel m_units;
    UnitRecommender m_recommender;
    QTimer m_clock;
    bool m_refreshPending = false;
    QList<OverrideReasonRow> m_reasons;
    QList<OverrideReasonRow> m_outcomes;
};

} // namespace rr
