#pragma once

#include "callstore.h"
#include "changefeed.h"
#include "domain/staff.h"
#include "domain/triageengine.h"
#include "domain/unit.h"
#include "screeningstore.h"
#include "signintarget.h"
#include "unitstore.h"

#include <QObject>
#include <QThread>
#include <QTimer>

#include <memory>

namespace rr {

class StoreWorker;

// A row of a configurable list kept in the database: override reasons, outcome codes.
struct OverrideReasonRow
{
    QString code;
    QString label;
    bool needsNote = false;
};

// The console's access to the shared database, for the GUI thread: every blocking call (starting the
// embedded cluster, queries, the offline journal) runs on a worker thread and its result comes back as a
// signal on the GUI thread. The change feed keeps the console in sync; while the database is unreachable,
// decisions, screening answers and unit status changes go to the offline journal and are replayed when it
// returns. A decision is journalled before the database is asked (written ahead), so a crash between the
// dispatcher's Enter and the answer leaves it pending, replayed exactly once at the next start. When the
// journal cannot be written (a full disk), offline work is refused in plain words, never silently lost.
class StoreClient : public SignInTarget
{
    Q_OBJECT
public:
    struct Options
    {
        QString uri; // empty: the embedded cluster in embeddedDataDir
        QString embeddedDataDir;
        StoreSchema schema = StoreSchema::Live;
        QString journalPath;    // the offline journal file
        QString actor;          // "D17@WS-3", stamped on every change
        QList<Unit> seedRoster; // units to create when the database has none (demo)
        // Triages a call again after screening answers (also on a journal replay); read-only, so shared with
        // the worker thread. Without it screen() refuses.
        std::shared_ptr<const TriageEngine> engine;
        // Who start() connects as: empty for the user the URI names (the embedded cluster's owner: command
        // line, tests, demo); a member of staff otherwise. signIn() connects as another.
        PgLogin login;
        // A training session's console (--training --session ID): the schema is the signed-in trainee's
        // sandbox of that session, found at each sign-in; only a trainee (or the owner's connection, as
        // `trainee`) may open it. 0: `schema` as it is.
        qint64 trainingSession = 0;
        QString trainee; // the owner's connection (demo): whose sandbox to open
    };
    enum class Connection
    {
        Connecting,
        Live,
        Reconnecting,
        Offline
    };
    Q_ENUM(Connection)

    explicit StoreClient(Options options, QObject *parent = nullptr);
    ~StoreClient() override;

    // Connects as Options::login and keeps trying while the database is unreachable.
    void start();
    // Connects as `login` (a member of staff; empty: the owner, for the demo) on the worker thread. On
    // success its connection and change feed replace the current ones (switching user at shift change: the
    // queue stays) and signedIn() says who it is; on failure the current connection stays and signInFailed()
    // says why. The embedded cluster is started and migrated with the owner's connection first.
    void signIn(const PgLogin &login) override;
    void decide(const DecisionRequest &request);
    // Stores screening answers and the suggestion the call gets with them; offline, they go to the journal.
    void screen(const ScreeningRequest &request);
    void setUnitStatus(const UnitStatusRequest &change);
    void closeCall(const QString &cadId, const QString &outcome, const QString &note, const QString &by);
    void requestHistory(const QString &cadId, const QString &address);

    Connection connection() const { return m_connection; }
    int pendingJournal() const { return m_pending; }
    QString uri() const { return m_uri; }
    // The schema the console works in: Options::schema, or the signed-in trainee's sandbox. GUI thread.
    StoreSchema schema() const { return m_options.schema; }
    // The login of the current connection (empty: the connection string's user), for windows that open
    // connections of their own as the same member of staff. GUI thread.
    PgLogin login() const { return m_login; }
    // The engine of Options (may be null): the session triages with it while offline, for a provisional view.
    const TriageEngine *engine() const { return m_options.engine.get(); }

Q_SIGNALS:
    void opened(const QString &uri, const QString &role);
    // signedIn(), signInFailed() and loginRevoked(): SignInTarget's.
    // The override reasons and outcome codes of the database (code, label, needs a note), in their order.
    void listsLoaded(const QList<rr::OverrideReasonRow> &reasons,
                     const QList<rr::OverrideReasonRow> &outcomes);
    void failed(const QString &message);
    void snapshot(const QList<rr::StoredCall> &calls, const QList<rr::Unit> &units);
    void callChanged(const rr::StoredCall &call);
    void unitChanged(const rr::Unit &unit);
    void decisionResult(const rr::DecisionRequest &request, const rr::DecideOutcome &outcome);
    void decisionQueued(const rr::DecisionRequest &request);
    void screeningResult(const rr::ScreeningRequest &request, const rr::ScreenOutcome &outcome);
    // The database was unreachable: the answers are in the offline journal, stored when it returns.
    void screeningQueued(const rr::ScreeningRequest &request);
    void statusResult(const rr::UnitStatusRequest &change, bool ok, const QString &message);
    void closeResult(const QString &cadId, bool ok, const QString &message);
    void history(const QString &cadId, const QList<rr::StoredCall> &calls);
    // Decisions (and screening answers) replayed from the journal that lost a race meanwhile or were refused:
    // never dropped, always shown.
    void journalConflicts(const QStringList &messages);
    // Offline decisions and unit changes sent once the database was back.
    void journalReplayed(int stored);
    void connectionChanged(rr::StoreClient::Connection state, int pendingJournal);
    // The offline journal could not be written (a full disk): offline work is refused until it can.
    void journalFailed(const QString &message);

private:
    // Asks the worker whether the signed-in login is still taken: loginRevoked() when it is refused now.
    void checkLogin();
    // Listen first, then the snapshot: replays the journal, then loads open calls and units afresh.
    void resync();
    void loadLists();
    // Opens as `login` on the worker; `retry`: keep trying while the database is unreachable (start()).
    void open(const PgLogin &login, bool retry);
    void startFeed();
    void onFeedState(ChangeFeed::State state);
    void onChange(const Change &change);
    void setConnection(Connection c);
    void setPending(int pending);
    // What a refused offline change says: not saved, why, and what to do. Any thread.
    static QString offlineRefusal(const QString &journalError);
    void reportJournalFailure(const QString &journalError); // worker thread
    template <typename Work> void post(Work &&work);

    Options m_options;
    QThread m_thread;
    StoreWorker *m_worker = nullptr; // lives on m_thread
    std::unique_ptr<ChangeFeed> m_feed;
    QString m_uri;
    PgLogin m_login; // of the current connection, for the change feed
    Connection m_connection = Connection::Connecting;
    int m_pending = 0;
    bool m_resyncQueued = false;
    bool m_checkingLogin = false; // checkLogin() is waiting for the worker
    bool m_reportedOpenFailure = false;
};

} // namespace rr
