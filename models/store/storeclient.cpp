#include "storeclient.h"

#include "localcluster.h"
#include "migrator.h"
#include "offlinejournal.h"
#include "pgconnection.h"
#include "staffstore.h"

namespace rr {

namespace {

// The unit dispatch that goes with a decision: derived from the decision's request id, so that a retry or a
// journal replay dispatches once.
UnitStatusRequest dispatchFor(const DecisionRequest &d)
{
    return {QUuid::createUuidV5(d.requestId, QByteArrayLiteral("dispatch")),
            d.unitId,
            toString(UnitStatus::Dispatched),
            d.cadId,
            d.dispatcher,
            d.workstation};
}

} // namespace

// What opening a connection gave: who is signed in, or why not.
struct OpenResult
{
    QString error;        // empty: opened
    bool refused = false; // the server refused the login itself
    QString uri;
    QString role;
    SignedInUser user;
    StoreSchema schema = StoreSchema::Live;
};

// Owns the connection, the stores and the journal; runs only on the client's worker thread.
class StoreWorker : public QObject
{
public:
    explicit StoreWorker(StoreClient::Options options)
        : m_options(std::move(options)), m_schema(m_options.schema)
    {}

    // Connects as `login`; on success the new connection replaces the current one.
    OpenResult open(const PgLogin &login);
    bool connected() { return m_conn && m_conn->isOk(); }
    bool reconnect();
    PgConnection *conn() { return m_conn.get(); }
    CallStore calls() { return CallStore(*m_conn, m_schema); }
    UnitStore units() { return UnitStore(*m_conn, m_schema); }
    ScreeningStore screening() { return ScreeningStore(*m_conn, m_schema); }
    OfflineJournal &journal() { return *m_journal; }
    bool journalOk() const { return m_journal && m_journal->isOpen(); }
    const StoreClient::Options &options() const { return m_options; }
    const StoreSchema &schema() const { return m_schema; }
    // The login replays run under: the current connection's user.
    QString login() const { return m_loginName; }
    // True when the database refuses the current staff login now (disabled, or its password changed); false
    // for the owner's connection, or when the database cannot be reached at all.
    bool loginRefused() const
    {
        if (m_login.isEmpty() || m_uri.isEmpty())
            return false;
        QString error;
        return !PgConnection::open(m_uri, &error, 2, m_login) && PgConnection::isAuthenticationFailure(error);
    }

private:
    QString prepareDatabase(const PgLogin &login, QString *uri);
    QString actorFor(const QString &login) const;
    // Where `user` may work: Options::schema, or their sandbox of the training session; an error otherwise.
    QString schemaFor(PgConnection &conn, const SignedInUser &user, StoreSchema *schema) const;

    StoreClient::Options m_options;
    StoreSchema m_schema; // of the current connection
    QString m_uri;
    PgLogin m_login;
    QString m_loginName;
    std::unique_ptr<PgConnection> m_conn;
    std::unique_ptr<OfflineJournal> m_journal;
};

QString StoreWorker::prepareDatabase(const PgLogin &login, QString *uri)
{
    *uri = m_options.uri;
    if (!m_options.uri.isEmpty())
        return {};
    LocalCluster cluster(m_options.embeddedDataDir);
    const Result<QString> started = cluster.start();
    if (!started)
        return started.error();
    *uri = cluster.connectionUri();
    if (login.isEmpty())
        return {}; // migrated below, on the owner's connection itself
    // Staff may not migrate: the owner's local connection does it first.
    QString error;
    auto owner = PgConnection::open(*uri, &error);
    if (!owner)
        return error;
    const Result<Migrator::Migrated> migrated = Migrator::migrate(*owner);
    return migrated ? QString() : migrated.error();
}

QString StoreWorker::actorFor(const QString &login) const
{
    // "D17@WS-3": the workstation part of the configured actor, with the signed-in login.
    const qsizetype at = m_options.actor.indexOf(u'@');
    return at < 0 ? login : login + m_options.actor.mid(at);
}

OpenResult StoreWorker::open(const PgLogin &login)
{
    OpenResult out;
    QString error;
    if (!m_options.journalPath.isEmpty() && !m_journal) {
        m_journal = std::make_unique<OfflineJournal>(m_options.journalPath);
        if (!m_journal->open(&error)) {
            m_journal.reset();
            out.error = QStringLiteral("offline journal %1: %2").arg(m_options.journalPath, error);
            return out;
        }
    }
    out.error = prepareDatabase(login, &out.uri);
    if (!out.error.isEmpty())
        return out;
    auto conn = PgConnection::open(out.uri, &error, 5, login);
    if (!conn) {
        out.refused = !login.isEmpty() && PgConnection::isAuthenticationFailure(error);
        out.error = error;
        return out;
    }
    if (login.isEmpty()) {
        if (const Result<Migrator::Migrated> migrated = Migrator::migrate(*conn); !migrated) {
            out.error = migrated.error();
            return out;
        }
    } else if (const Result<int> version = Migrator::currentVersion(*conn);
               !version || *version != Migrator::latestVersion()) {
        out.error = !version
                        ? version.error()
                        : StoreClient::tr("the database schema is at version %1 and this program needs %2: "
                                          "an administrator runs `rightresponse-cli db migrate`")
                              .arg(*version)
                              .arg(Migrator::latestVersion());
        return out;
    }
    const Result<SignedInUser> who = StaffStore(*conn).whoAmI();
    if (!who) {
        out.error = who.error();
        return out;
    }
    out.user = who.value();
    out.error = schemaFor(*conn, out.user, &out.schema);
    if (!out.error.isEmpty())
        return out;
    PgResult r = conn->exec(
        "SELECT CASE WHEN rolsuper THEN 'rr_admin (owner)' ELSE coalesce((SELECT string_agg(g.rolname, ', ')"
        " FROM pg_roles g WHERE g.rolname LIKE 'rr\\_%' AND pg_has_role(current_user, g.oid, 'member')),"
        " 'no RightResponse role') END FROM pg_roles WHERE rolname = current_user");
    out.role = r.ok() && r.rows() == 1 ? r.text(0, 0) : QString();
    if (!m_options.seedRoster.isEmpty() && !out.schema.isSandbox()) {
        UnitStore units(*conn, out.schema);
        if (units.list(&error).isEmpty() && error.isEmpty() &&
            !units.saveRoster(m_options.seedRoster, &error)) {
            out.error = error;
            return out;
        }
    }
    // Signed in: this connection replaces the current one.
    m_conn = std::move(conn);
    m_uri = out.uri;
    m_login = login;
    m_loginName = m_conn->userName();
    m_schema = out.schema;
    CallStore(*m_conn, m_schema).setActor(login.isEmpty() ? m_options.actor : actorFor(m_loginName));
    if (m_journal)
        m_journal->setLogin(m_loginName);
    return out;
}

QString StoreWorker::schemaFor(PgConnection &conn, const SignedInUser &user, StoreSchema *schema) const
{
    *schema = m_options.schema;
    if (m_options.trainingSession > 0) {
        if (!user.canOpenTrainingSession())
            return StoreClient::tr("%1 is not a trainee: a training session's console is for its trainees")
                .arg(user.login);
        // A trainee's own sandbox whatever is claimed; the owner's connection (demo) opens the one named.
        const Result<StoreSchema> sandbox =
            sandboxOf(conn, m_options.trainingSession, user.owner ? m_options.trainee : QString());
        if (!sandbox)
            return sandbox.error();
        *schema = *sandbox;
        return {};
    }
    if (user.is(StaffRole::Trainee))
        return StoreClient::tr(
                   "%1 is a trainee login: trainees work only in a training session, never on the "
                   "live queue (start the console with --training --session ID)")
            .arg(user.login);
    if (!user.canOpenConsole(m_options.schema == StoreSchema::Training))
        return user.is(StaffRole::Trainer)
                   ? StoreClient::tr(
                         "a trainer works in the training sandbox: start the console with --training, or the "
                         "trainers' window with --trainer")
                   : StoreClient::tr("the login %1 is not a member of staff (no RightResponse role)")
                         .arg(user.login);
    return {};
}

bool StoreWorker::reconnect()
{
    if (connected() && m_conn->exec("SELECT 1").ok())
        return true;
    if (m_uri.isEmpty())
        return false; // never opened: start() or signIn() first
    QString error;
    m_conn = PgConnection::open(m_uri, &error, 2, m_login);
    if (m_conn)
        CallStore(*m_conn, m_schema).setActor(m_login.isEmpty() ? m_options.actor : actorFor(m_loginName));
    return connected();
}

StoreClient::StoreClient(Options options, QObject *parent)
    : SignInTarget(parent), m_options(std::move(options))
{
    m_worker = new StoreWorker(m_options);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("store"));
    m_thread.start();
}

StoreClient::~StoreClient()
{
    if (m_feed)
        m_feed->stop();
    // Quit as the last queued job: a decision asked for just before closing is still stored or journalled.
    QMetaObject::invokeMethod(
        m_worker, [t = &m_thread] { t->quit(); }, Qt::QueuedConnection);
    m_thread.wait();
}

template <typename Work> void StoreClient::post(Work &&work)
{
    QMetaObject::invokeMethod(m_worker, std::forward<Work>(work), Qt::QueuedConnection);
}

void StoreClient::start()
{
    open(m_options.login, true);
}

void StoreClient::signIn(const PgLogin &login)
{
    open(login, false);
}

void StoreClient::open(const PgLogin &login, bool retry)
{
    post([this, w = m_worker, login, retry] {
        const OpenResult result = w->open(login);
        QMetaObject::invokeMethod(this, [this, result, login, retry] {
            if (!result.error.isEmpty()) {
                if (!retry || result.refused) {
                    Q_EMIT signInFailed(result.error, result.refused);
                    return;
                }
                // The database may come up later (workstations often boot first): say so once, keep trying.
                setConnection(Connection::Offline);
                if (!m_reportedOpenFailure)
                    Q_EMIT failed(result.error);
                m_reportedOpenFailure = true;
                QTimer::singleShot(5000, this, &StoreClient::start);
                return;
            }
            m_uri = result.uri;
            m_login = login;
            m_options.schema = result.schema;
            Q_EMIT opened(result.uri, result.role);
            Q_EMIT signedIn(result.user);
            loadLists();
            startFeed();
        });
    });
}

void StoreClient::startFeed()
{
    // A new login's feed replaces the old one: the old connection is closed, the new one takes a snapshot.
    if (m_feed) {
        m_feed->stop();
        m_feed.release()->deleteLater(); // we may be inside one of its signals
    }
    m_feed = std::make_unique<ChangeFeed>(m_uri, nullptr, m_login, m_options.schema.channel());
    connect(m_feed.get(), &ChangeFeed::stateChanged, this, &StoreClient::onFeedState);
    connect(m_feed.get(), &ChangeFeed::changed, this, &StoreClient::onChange);
    // Listen first, then take the snapshot, then apply changes (idempotently, by version).
    connect(m_feed.get(), &ChangeFeed::listening, this, &StoreClient::resync);
    m_feed->start();
}

void StoreClient::resync()
{
    if (m_resyncQueued)
        return;
    m_resyncQueued = true;
    post([this, w = m_worker] {
        if (!w->reconnect()) {
            QMetaObject::invokeMethod(this, [this] {
                m_resyncQueued = false;
                QTimer::singleShot(2000, this, &StoreClient::resync);
            });
            return;
        }
        // Replay what was decided offline before showing the fresh state.
        QStringList conflicts;
        int pending = 0;
        int replayed = 0;
        if (w->journalOk()) {
            CallStore calls = w->calls();
            UnitStore units = w->units();
            JournalReplayer::ScreeningHook screen;
            if (const std::shared_ptr<const TriageEngine> engine = w->options().engine)
                screen = [w, engine](const ScreeningRequest &q) { return w->screening().screen(q, *engine); };
            JournalReplayer replayer(
                w->journal(), calls,
                [&units, w](const UnitStatusRequest &q) {
                    const auto res = units.setStatus(q);
                    ReplayResult r;
                    r.status = res.ok           ? ReplayResult::Status::Stored
                               : w->connected() ? ReplayResult::Status::Rejected
                                                : ReplayResult::Status::Failed;
                    r.message = res.error;
                    return r;
                },
                screen);
            replayer.setLogin(w->login());
            QList<DecisionRequest> withUnits; // dispatched once their decision is in
            for (const JournalEntry &e : w->journal().pending())
                if (e.kind == JournalKind::Decision)
                    if (const auto d = decisionFromJson(e.payload); d && !d->unitId.isEmpty())
                        withUnits.append(*d);
            const ReplayReport report = replayer.replay();
            for (const DecisionRequest &d : withUnits) {
                const auto stored = calls.find(d.cadId);
                if (stored && stored->decision && stored->decision->requestId == d.requestId)
                    units.setStatus(dispatchFor(d));
            }
            for (const JournalConflict &c : report.conflicts)
                conflicts << c.message;
            for (const UnitStatusRejection &u : report.rejectedUnitStatuses)
                conflicts << u.message;
            for (const ScreeningRejection &r : report.rejectedScreenings)
                conflicts << tr("screening answers for call %1: %2").arg(r.request.cadId, r.message);
            for (auto it = report.waitingForLogin.cbegin(); it != report.waitingForLogin.cend(); ++it)
                conflicts << tr("%n change(s) saved offline by %1 are kept until %1 signs in at this console "
                                "again: they are not sent under %2's login",
                                nullptr, it.value())
                                 .arg(it.key(), w->login());
            pending = report.remaining;
            replayed = report.stored;
            QString ignored;
            w->journal().compact(&ignored);
        }
        QString listError;
        const QList<StoredCall> calls = w->calls().list(true, &listError);
        const QList<Unit> units = listError.isEmpty() ? w->units().list(&listError) : QList<Unit>{};
        const bool ok = listError.isEmpty();
        QMetaObject::invokeMethod(this, [this, calls, units, conflicts, pending, replayed, ok] {
            m_resyncQueued = false;
            if (!ok) { // never an empty queue because a query failed: try again shortly
                QTimer::singleShot(2000, this, &StoreClient::resync);
                return;
            }
            setPending(pending);
            if (replayed > 0)
                Q_EMIT journalReplayed(replayed);
            if (!conflicts.isEmpty())
                Q_EMIT journalConflicts(conflicts);
            Q_EMIT snapshot(calls, units);
        });
    });
}

void StoreClient::loadLists()
{
    post([this, w = m_worker] {
        if (!w->reconnect())
            return;
        QList<OverrideReasonRow> reasons;
        QList<OverrideReasonRow> outcomes;
        const QByteArray schema = schemaName(w->schema());
        PgResult r = w->conn()->exec(
            ("SELECT code, label, needs_note FROM " + schema + ".override_reasons ORDER BY sort_order, code")
                .constData());
        for (int i = 0; r.ok() && i < r.rows(); ++i)
            reasons.append({r.text(i, 0), r.text(i, 1), r.boolean(i, 2)});
        PgResult o = w->conn()->exec(
            ("SELECT code, label, false FROM " + schema + ".outcome_codes ORDER BY sort_order, code")
                .constData());
        for (int i = 0; o.ok() && i < o.rows(); ++i)
            outcomes.append({o.text(i, 0), o.text(i, 1), false});
        QMetaObject::invokeMethod(this, [this, reasons, outcomes] { Q_EMIT listsLoaded(reasons, outcomes); });
    });
}

void StoreClient::checkLogin()
{
    if (m_login.isEmpty() || m_checkingLogin)
        return;
    m_checkingLogin = true;
    post([this, w = m_worker, login = m_login.user] {
        const bool refused = w->loginRefused();
        QMetaObject::invokeMethod(this, [this, refused, login] {
            m_checkingLogin = false;
            if (refused && login == m_login.user)
                Q_EMIT loginRevoked(
                    tr("The database no longer accepts the login %1 (disabled, or its password "
                       "changed): sign in again.")
                        .arg(login));
        });
    });
}

void StoreClient::onFeedState(ChangeFeed::State state)
{
    // The feed lost its connection: the server may have ended this login's sessions (disabled by an
    // administrator). Ask once whether the login is still taken.
    if (state == ChangeFeed::State::Reconnecting || state == ChangeFeed::State::Offline)
        checkLogin();
    switch (state) {
    case ChangeFeed::State::Live:
        setConnection(Connection::Live);
        break;
    case ChangeFeed::State::Connecting:
        setConnection(m_connection == Connection::Live ? Connection::Reconnecting : Connection::Connecting);
        break;
    case ChangeFeed::State::Reconnecting:
        setConnection(Connection::Reconnecting);
        break;
    case ChangeFeed::State::Offline:
        setConnection(Connection::Offline);
        break;
    }
}

void StoreClient::onChange(const Change &change)
{
    if (change.schema != QString::fromLatin1(schemaName(m_options.schema)))
        return;
    if (change.op == u'B') { // a bulk import: too many rows to fetch one by one, take a fresh snapshot
        resync();
        return;
    }
    const qint64 rowId = change.id.toLongLong();
    // A unit's status row comes with the units row, and screening answers with the call's new suggestion in
    // the same transaction: that other row says everything.
    if (change.table == u"unit_status_history" || change.table == u"screening_answers")
        return;
    if (change.table == u"units") {
        post([this, w = m_worker] {
            if (!w->reconnect())
                return;
            QString error;
            const QList<Unit> units = w->units().list(&error);
            QMetaObject::invokeMethod(this, [this, units] {
                for (const Unit &u : units)
                    Q_EMIT unitChanged(u);
            });
        });
        return;
    }
    const QString table = change.table;
    post([this, w = m_worker, table, rowId] {
        if (!w->reconnect())
            return;
        QString error;
        const auto call = w->calls().findByRow(table, rowId, &error);
        if (call)
            QMetaObject::invokeMethod(this, [this, c = *call] { Q_EMIT callChanged(c); });
    });
}

void StoreClient::decide(const DecisionRequest &request)
{
    post([this, w = m_worker, request] {
        // Written ahead: the decision is in the journal (fsync'd) before the database is asked, so that a
        // crash or a kill between Enter and the database's answer leaves it pending, replayed at the next
        // start; its request id makes the replay of a decision that was stored after all a no-op.
        QString journalError;
        std::optional<qint64> seq;
        if (w->journalOk())
            seq = w->journal().append(request, &journalError);
        else if (!w->options().journalPath.isEmpty())
            journalError = tr("the offline journal %1 is not open").arg(w->options().journalPath);
        if (!journalError.isEmpty())
            reportJournalFailure(journalError);
        DecideOutcome outcome;
        if (w->reconnect())
            outcome = w->calls().decide(request);
        // A dropped connection: once more on a fresh one (the request id makes a repeat harmless).
        if (outcome.status == DecideOutcome::Status::Failed && w->reconnect())
            outcome = w->calls().decide(request);
        if (outcome.status == DecideOutcome::Status::Failed && !w->connected()) {
            if (seq) { // the database is gone: the journalled decision waits for the replay
                const int pending = int(w->journal().pending().size());
                QMetaObject::invokeMethod(this, [this, request, pending] {
                    setPending(pending);
                    Q_EMIT decisionQueued(request);
                });
                return;
            }
            outcome.message = offlineRefusal(journalError);
        }
        if (outcome.status == DecideOutcome::Status::Stored && !request.unitId.isEmpty()) {
            const UnitStore::StatusResult dispatched = w->units().setStatus(dispatchFor(request));
            if (!dispatched.ok)
                outcome.message = QStringLiteral("decision stored, but %1 was not dispatched: %2")
                                      .arg(request.unitId, dispatched.error);
        }
        if (seq) {
            // Answered: done in the journal. Should that line not be written, the entry stays pending and
            // its replay is a no-op (the request id), so nothing is stored twice.
            const JournalResult result =
                outcome.status == DecideOutcome::Status::Stored           ? JournalResult::Stored
                : outcome.status == DecideOutcome::Status::AlreadyDecided ? JournalResult::AlreadyDecided
                                                                          : JournalResult::Rejected;
            QString ignored;
            w->journal().markDone(*seq, result, outcome.message, &ignored);
        }
        QMetaObject::invokeMethod(this,
                                  [this, request, outcome] { Q_EMIT decisionResult(request, outcome); });
    });
}

QString StoreClient::offlineRefusal(const QString &journalError)
{
    return tr("NOT SAVED: the database is unreachable and the offline journal cannot be written (%1). "
              "Nothing "
              "new can be saved offline until the disk has room again; do it again when the database "
              "returns.")
        .arg(journalError.isEmpty() ? tr("no offline journal") : journalError);
}

void StoreClient::reportJournalFailure(const QString &journalError)
{
    // Worker thread: said on the GUI thread, as every other signal.
    QMetaObject::invokeMethod(this, [this, journalError] {
        Q_EMIT journalFailed(tr("The offline journal cannot be written (%1): while the database is reachable "
                                "work is stored there, but nothing can be saved offline.")
                                 .arg(journalError));
    });
}

void StoreClient::screen(const ScreeningRequest &request)
{
    post([this, w = m_worker, request] {
        ScreenOutcome outcome;
        const std::shared_ptr<const TriageEngine> engine = w->options().engine;
        if (!engine) {
            outcome.status = ScreenOutcome::Status::Invalid;
            outcome.message = tr("this console has no rule set to triage the call again");
        } else {
            if (w->reconnect())
                outcome = w->screening().screen(request, *engine);
            // A dropped connection: once more on a fresh one (the request id makes a repeat harmless).
            if (outcome.status == ScreenOutcome::Status::Failed && w->reconnect())
                outcome = w->screening().screen(request, *engine);
        }
        if (outcome.status == ScreenOutcome::Status::Failed && !w->connected()) {
            // The database is gone: keep the answers, durably, for the replay.
            QString error;
            if (w->journalOk() && w->journal().append(request, &error)) {
                const int pending = int(w->journal().pending().size());
                QMetaObject::invokeMethod(this, [this, request, pending] {
                    setPending(pending);
                    Q_EMIT screeningQueued(request);
                });
                return;
            }
            outcome.message = offlineRefusal(error);
        }
        QMetaObject::invokeMethod(this,
                                  [this, request, outcome] { Q_EMIT screeningResult(request, outcome); });
    });
}

void StoreClient::setUnitStatus(const UnitStatusRequest &change)
{
    post([this, w = m_worker, change] {
        UnitStore::StatusResult r;
        if (w->reconnect())
            r = w->units().setStatus(change);
        if (!r.ok && !w->connected()) {
            QString error;
            if (w->journalOk() && w->journal().append(change, &error)) {
                const int pending = int(w->journal().pending().size());
                QMetaObject::invokeMethod(this, [this, change, pending] {
                    setPending(pending);
                    Q_EMIT statusResult(change, true, tr("saved offline; sent when the database returns"));
                });
                return;
            }
            r.error = offlineRefusal(error);
        }
        QMetaObject::invokeMethod(this, [this, change, r] {
            if (r.ok)
                Q_EMIT unitChanged(r.unit);
            Q_EMIT statusResult(change, r.ok, r.error);
        });
    });
}

void StoreClient::closeCall(const QString &cadId, const QString &outcome, const QString &note,
                            const QString &by)
{
    post([this, w = m_worker, cadId, outcome, note, by] {
        QString error;
        const bool ok = w->reconnect() && w->calls().close(cadId, outcome, note, by, &error);
        if (!ok && error.isEmpty())
            error = tr("the database is unreachable: close the call again when it returns");
        QMetaObject::invokeMethod(this, [this, cadId, ok, error] { Q_EMIT closeResult(cadId, ok, error); });
    });
}

void StoreClient::requestHistory(const QString &cadId, const QString &address)
{
    post([this, w = m_worker, cadId, address] {
        QString error;
        const QList<StoredCall> calls =
            w->reconnect() ? w->calls().history(address, cadId, 5, &error) : QList<StoredCall>{};
        QMetaObject::invokeMethod(this, [this, cadId, calls] { Q_EMIT history(cadId, calls); });
    });
}

void StoreClient::setConnection(Connection c)
{
    if (c == m_connection)
        return;
    m_connection = c;
    Q_EMIT connectionChanged(m_connection, m_pending);
}

void StoreClient::setPending(int pending)
{
    if (pending == m_pending)
        return;
    m_pending = pending;
    Q_EMIT connectionChanged(m_connection, m_pending);
}

} // namespace rr
