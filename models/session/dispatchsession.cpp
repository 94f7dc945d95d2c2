#include "dispatchsession.h"

#include <QCoreApplication>

namespace rr {

namespace {

// The labels migration 0002 ships with the override reasons and the outcomes, for the catalogues: a list a
// centre has not changed is shown in the interface language; a label a centre wrote itself, as written.
[[maybe_unused]] constexpr const char *kShippedLabels[] = {
    QT_TRANSLATE_NOOP("rr::CodeLabel", "New information (e.g. a weapon)"),
    QT_TRANSLATE_NOOP("rr::CodeLabel", "Caller request"),
    QT_TRANSLATE_NOOP("rr::CodeLabel", "No unit of that kind free"),
    QT_TRANSLATE_NOOP("rr::CodeLabel", "Safety history at the address"),
    QT_TRANSLATE_NOOP("rr::CodeLabel", "Supervisor direction"),
    QT_TRANSLATE_NOOP("rr::CodeLabel", "Other (note required)"),
    QT_TRANSLATE_NOOP("rr::CodeLabel", "Resolved on scene"),
    QT_TRANSLATE_NOOP("rr::CodeLabel", "Transported"),
    QT_TRANSLATE_NOOP("rr::CodeLabel", "Referred to services"),
    QT_TRANSLATE_NOOP("rr::CodeLabel", "Police backup requested"),
    QT_TRANSLATE_NOOP("rr::CodeLabel", "Arrest"),
    QT_TRANSLATE_NOOP("rr::CodeLabel", "Report taken"),
    QT_TRANSLATE_NOOP("rr::CodeLabel", "Gone on arrival"),
    QT_TRANSLATE_NOOP("rr::CodeLabel", "Caller refused"),
    QT_TRANSLATE_NOOP("rr::CodeLabel", "Cancelled")};

QList<OverrideReasonRow> shownLabels(QList<OverrideReasonRow> rows)
{
    for (OverrideReasonRow &r : rows)
        r.label = QCoreApplication::translate("rr::CodeLabel", r.label.toUtf8().constData());
    return rows;
}

} // namespace

DispatchSession::DispatchSession(StoreClient *store, QString dispatcher, QString workstation, QObject *parent)
    : QObject(parent), m_store(store), m_dispatcher(std::move(dispatcher)),
      m_workstation(std::move(workstation))
{
    connect(m_store, &StoreClient::snapshot, this, &DispatchSession::onSnapshot);
    connect(m_store, &StoreClient::callChanged, this, &DispatchSession::onCallChanged);
    connect(m_store, &StoreClient::unitChanged, this, [this](const Unit &u) {
        // Recommendations depend on every unit: recompute once after a burst of changes, not per unit.
        if (m_units.upsert(u) && !m_refreshPending) {
            m_refreshPending = true;
            QTimer::singleShot(0, this, [this] {
                m_refreshPending = false;
                refreshRecommendations();
            });
        }
    });
    connect(m_store, &StoreClient::decisionResult, this, &DispatchSession::onDecision);
    connect(m_store, &StoreClient::screeningResult, this, &DispatchSession::onScreening);
    connect(m_store, &StoreClient::screeningQueued, this, &DispatchSession::onScreeningQueued);
    connect(m_store, &StoreClient::listsLoaded, this,
            [this](const QList<OverrideReasonRow> &reasons, const QList<OverrideReasonRow> &outcomes) {
                m_reasons = shownLabels(reasons);
                m_outcomes = shownLabels(outcomes);
            });
    connect(m_store, &StoreClient::decisionQueued, this, [this](const DecisionRequest &q) {
        // Shown as decided here at once, so that nobody decides it twice at this console while offline.
        if (const QueueEntry *e = m_queue.find(q.cadId)) {
            QueueEntry pending = *e;
            pending.decided = true;
            pending.chosenKind = q.accepted ? e->suggestion.kind : q.chosenKind.value_or(e->suggestion.kind);
            pending.decidedBy = tr("%1 (offline, waiting)").arg(m_dispatcher);
            pending.decidedAt = QDateTime::currentDateTimeUtc();
            m_queue.upsert(pending);
        }
        Q_EMIT message(
            tr("Database unreachable: decision for %1 saved offline, sent when it returns").arg(q.cadId),
            true);
    });
    connect(m_store, &StoreClient::journalFailed, this,
            [this](const QString &m) { Q_EMIT message(m, true); });
    connect(m_store, &StoreClient::journalReplayed, this, [this](int stored) {
        Q_EMIT message(tr("Database back: %n change(s) made offline sent", nullptr, stored), false);
    });
    connect(m_store, &StoreClient::journalConflicts, this, [this](const QStringList &conflicts) {
        for (const QString &c : conflicts)
            Q_EMIT message(tr("Offline decision not stored: %1").arg(c), true);
    });
    connect(m_store, &StoreClient::statusResult, this,
            [this](const UnitStatusRequest &c, bool ok, const QString &m) {
                // A stored status shows on the board; only problems and offline saves need words.
                if (!ok || !m.isEmpty()) {
                    const std::optional<UnitStatus> status = unitStatusFromString(c.status);
                    Q_EMIT message(tr("%1 %2: %3").arg(c.unitId, status ? displayName(*status) : c.status, m),
                                   !ok);
                }
            });
    connect(m_store, &StoreClient::closeResult, this,
            [this](const QString &cadId, bool ok, const QString &m) {
                Q_EMIT message(
                    ok ? tr("Call %1 closed").arg(cadId) : tr("Call %1 not closed: %2").arg(cadId, m), !ok);
            });
    connect(&m_queue, &QueueModel::callArrived, this, &DispatchSession::callArrived);
    connect(&m_clock, &QTimer::timeout, this, [this] { m_queue.tick(QDateTime::currentDateTimeUtc()); });
    m_clock.start(1000);
}

void DispatchSession::setUser(const SignedInUser &user)
{
    m_user = user;
    m_dispatcher = user.login;
    Q_EMIT userChanged(m_user);
}

QueueEntry DispatchSession::entryFor(const StoredCall &c) const
{
    QueueEntry e;
    e.call = c.call;
    e.suggestion = c.suggestion.value_or(Suggestion{});
    e.suggestionId = c.suggestionId;
    e.status = c.status;
    e.version = c.version;
    if (c.decision) {
        e.decided = true;
        e.chosenKind = c.decision->chosenKind;
        e.decidedBy = c.decision->dispatcher;
        e.decidedAt = c.decision->decidedAt;
    }
    e.screeningAnswers = c.screeningAnswers;
    e.recommendation = m_recommender.recommend(c.call, e.suggestion.kind, m_units.units());
    return e;
}

void DispatchSession::onSnapshot(const QList<StoredCall> &calls, const QList<Unit> &units)
{
    m_units.resetTo(units);
    QList<QueueEntry> entries;
    entries.reserve(calls.size());
    for (const StoredCall &c : calls)
        entries.append(entryFor(c));
    m_queue.tick(QDateTime::currentDateTimeUtc());
    m_queue.resetTo(entries);
}

void DispatchSession::onCallChanged(const StoredCall &call)
{
    if (call.status == u"closed") {
        m_queue.remove(call.call.id);
        return;
    }
    m_queue.upsert(entryFor(call));
}

void DispatchSession::refreshRecommendations()
{
    for (int row = 0; row < m_queue.rowCount(); ++row) {
        const QueueEntry &e = m_queue.entry(row);
        if (e.decided)
            continue;
        QueueEntry updated = e;
        updated.recommendation = m_recommender.recommend(e.call, e.suggestion.kind, m_units.units());
        if (updated.recommendation.unit != e.recommendation.unit ||
            updated.recommendation.text != e.recommendation.text) {
            m_queue.upsert(updated); // same version: accepted, the recommendation is this console's own
        }
    }
}

DecisionRequest DispatchSession::request(const QString &cadId) const
{
    DecisionRequest q;
    q.requestId = QUuid::createUuid();
    q.cadId = cadId;
    q.dispatcher = m_dispatcher;
    q.workstation = m_workstation;
    return q;
}

void DispatchSession::accept(const QString &cadId)
{
    const QueueEntry *e = m_queue.find(cadId);
    if (!e)
        return;
    if (e->decided) {
        Q_EMIT message(
            tr("Call %1 was already decided by %2 at %3")
                .arg(cadId, e->decidedBy, e->decidedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss"))),
            true);
        return;
    }
    if (e->suggestion.needsScreening) {
        Q_EMIT message(tr("Call %1 needs screening before it can be accepted: answer the questions, or "
                          "override (O)")
                           .arg(cadId),
                       true);
        Q_EMIT screeningRequired(cadId);
        return;
    }
    DecisionRequest q = request(cadId);
    q.accepted = true;
    bindToShown(q, *e);
    const Recommendation &r = e->recommendation;
    if (r.unit && !r.fallback)
        q.unitId = r.unit->id;
    q.unservedReason = r.unit && !r.fallback ? QString() : r.unservedReason;
    m_store->decide(q);
}

void DispatchSession::override(const QString &cadId, ResponseKind kind, const QString &reasonCode,
                               const QString &note)
{
    const QueueEntry *e = m_queue.find(cadId);
    if (!e)
        return;
    DecisionRequest q = request(cadId);
    q.accepted = false;
    bindToShown(q, *e);
    q.chosenKind = kind;
    q.reasonCode = reasonCode;
    q.note = note;
    const Recommendation r = m_recommender.recommend(e->call, kind, m_units.units());
    if (r.unit && !r.fallback)
        q.unitId = r.unit->id;
    m_store->decide(q);
}

void DispatchSession::bindToShown(DecisionRequest &q, const QueueEntry &e) const
{
    if (!e.offlineScreeningId.isNull())
        q.expectedScreeningId = e.offlineScreeningId;
    else if (e.suggestionId > 0)
        q.expectedSuggestionId = e.suggestionId;
}

void DispatchSession::screen(const QString &cadId, Screen question, Answer answer)
{
    const QueueEntry *e = m_queue.find(cadId);
    if (!e)
        return;
    ScreeningRequest q;
    q.requestId = QUuid::createUuid();
    q.cadId = cadId;
    q.answers = {{question, answer}};
    q.dispatcher = m_dispatcher;
    q.workstation = m_workstation;
    m_store->screen(q);
}

void DispatchSession::onScreening(const ScreeningRequest &request, const ScreenOutcome &outcome)
{
    QStringList said;
    for (const ScreeningAnswer &a : request.answers)
        said << QStringLiteral("%1 %2").arg(screenName(a.question).replace(u'_', u' '), toString(a.answer));
    const QueueEntry *before = m_queue.find(request.cadId);
    if (outcome.status != ScreenOutcome::Status::Stored) {
        // Kept on screen, marked: the dispatcher gives it again rather than believing it was recorded.
        if (before) {
            QueueEntry refused = *before;
            for (const ScreeningAnswer &a : request.answers) {
                refused.refusedAnswers.removeIf(
                    [&a](const ScreeningAnswer &r) { return r.question == a.question; });
                refused.refusedAnswers.append(a);
            }
            m_queue.upsert(refused);
        }
        Q_EMIT message(tr("Call %1: screening answer NOT stored (%2): %3")
                           .arg(request.cadId, said.join(QStringLiteral(", ")), outcome.message),
                       true);
        return;
    }
    const int was = before ? int(before->suggestion.kind) : -1; // read before the row changes
    if (outcome.call.status != u"closed")
        m_queue.upsert(entryFor(outcome.call));
    const Suggestion now = outcome.call.suggestion.value_or(Suggestion{});
    Q_EMIT message(tr("Call %1: %2 \u2014 suggestion %3 %4")
                       .arg(request.cadId, said.join(QStringLiteral(", ")),
                            was == int(now.kind) ? tr("stays") : tr("now"), displayName(now.kind)),
                   false);
}

void DispatchSession::onScreeningQueued(const ScreeningRequest &request)
{
    if (const QueueEntry *e = m_queue.find(request.cadId)) {
        QueueEntry pending = *e;
        for (const ScreeningAnswer &a : request.answers) {
            pending.call.screening[a.question] = a.answer;
            const auto same = [&a](const ScreeningAnswer &o) { return o.question == a.question; };
            pending.offlineAnswers.removeIf(same);
            pending.offlineAnswers.append(a);
            pending.refusedAnswers.removeIf(same);
        }
        pending.offlineScreeningId = request.requestId;
        // This console's own triage with the answers: the same engine will store the same suggestion on the
        // replay, and a decision made meanwhile binds to that one (bindToShown).
        if (const TriageEngine *engine = m_store->engine())
            pending.suggestion = engine->triage(pending.call);
        pending.recommendation =
            m_recommender.recommend(pending.call, pending.suggestion.kind, m_units.units());
        m_queue.upsert(pending);
    }
    Q_EMIT message(tr("Database unreachable: screening answers for %1 saved offline, stored when it returns")
                       .arg(request.cadId),
                   true);
}

void DispatchSession::onDecision(const DecisionRequest &request, const DecideOutcome &outcome)
{
    switch (outcome.status) {
    case DecideOutcome::Status::Stored:
        if (outcome.message.contains(tr("not dispatched"))) {
            Q_EMIT message(tr("Call %1: %2").arg(request.cadId, outcome.message), true);
            break;
        }
        Q_EMIT message(
            tr("Call %1: %2 %3%4")
                .arg(request.cadId, request.accepted ? tr("accepted") : tr("overridden to"),
                     displayName(outcome.decision.chosenKind),
                     request.unitId.isEmpty() ? QString() : tr(", %1 dispatched").arg(request.unitId)),
            false);
        break;
    case DecideOutcome::Status::AlreadyDecided:
        Q_EMIT message(tr("Call %1 %2").arg(request.cadId, outcome.message), true);
        break;
    default:
        Q_EMIT message(tr("Call %1 not decided: %2").arg(request.cadId, outcome.message), true);
        break;
    }
}

void DispatchSession::setUnitStatus(const QString &unitId, UnitStatus status)
{
    const Unit *u = m_units.find(unitId);
    UnitStatusRequest c;
    c.requestId = QUuid::createUuid();
    c.unitId = unitId;
    c.status = toString(status);
    c.cadId = u ? u->currentCall : QString();
    c.dispatcher = m_dispatcher;
    c.workstation = m_workstation;
    m_store->setUnitStatus(c);
}

void DispatchSession::closeCall(const QString &cadId, const QString &outcome, const QString &note)
{
    m_store->closeCall(cadId, outcome, note, m_dispatcher);
}

} // namespace rr
