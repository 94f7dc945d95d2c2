#pragma once

#include <QByteArray>
#include <QChar>
#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>

#include "pgconnection.h"

#include <optional>

struct pg_conn;
class QSocketNotifier;

namespace rr {

// One row change announced by the database's triggers (channel rr_changes for live, rr_changes_<schema> for
// any other schema: StoreSchema::channel()): where, which row, what happened and the row's version. The
// payload carries no row data: the consumer reads the row itself.
struct Change
{
    QString schema;      // "live", "training" or a training sandbox ("trn_12_d101")
    QString table;       // "calls", "suggestions", "decisions", "units", ...
    QString id;          // the row's primary key, as text
    QChar op;            // 'I' insert, 'U' update ('D' delete, should a table ever announce one)
    qint64 version = -1; // the row version; -1 for tables without one (append-only tables)

    // "live.calls:42": the key a VersionGate tracks.
    QString key() const;
    friend bool operator==(const Change &, const Change &) = default;
};

// Applies notifications idempotently: remembers the newest version accepted per row key and accepts only
// newer ones, so a duplicate, a late or an already-snapshotted version is dropped. A change without a
// version (append-only tables) is always accepted: its id alone identifies it. Plain value, any thread.
class VersionGate
{
public:
    // True only for a version newer than the last accepted for `key` (also used to seed it from a snapshot).
    bool accept(const QString &key, qint64 version);
    bool accept(const Change &change) { return accept(change.key(), change.version); }
    // The last version accepted for `key`, or -1.
    qint64 version(const QString &key) const { return m_versions.value(key, -1); }
    // Forgets everything: call it on a resync, before applying the new snapshot.
    void reset() { m_versions.clear(); }
    qsizetype size() const { return m_versions.size(); }

private:
    QHash<QString, qint64> m_versions;
};

// The change feed of one schema: LISTEN on its channel (rr_changes: live) on a dedicated libpq connection of
// its own, driven entirely by QSocketNotifier and timers, so it never blocks the thread it lives on (normally
// the GUI thread). It connects with PQconnectStart/PQconnectPoll, sends its queries with PQsendQuery, and
// notices a lost database by the socket (error or end of file), by PQstatus, by TCP keepalives, and by a
// heartbeat query that must be answered within a timeout; then it reconnects with exponential backoff and
// emits listening() again, at which point the consumer takes a fresh snapshot (listen first, then snapshot,
// then apply the notifications through a VersionGate).
//
// One caveat keeps "never blocks" true: libpq resolves a host *name* synchronously in PQconnectStart. The
// URIs this program uses name a Unix socket directory or a numeric address; a host name should be given
// with hostaddr too.
//
// Lives on the thread that created it; do not delete it from a slot connected to its own signals (use
// deleteLater()).
class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Offline,      // not started, or stopped
        Connecting,   // the first connection attempt after start()
        Live,         // LISTEN is in place and the heartbeat is answered
        Reconnecting, // the database is unreachable or the connection was lost: retrying with backoff
    };
    Q_ENUM(State)

    // The channel the live schema's triggers notify (every other schema has its own: StoreSchema::channel()).
    static constexpr char kChannel[] = "rr_changes";

    // With a `login`, its user and password override the URI's (a member of staff signed in). `channel`: the
    // schema's (StoreSchema::channel()); only its notifications are read.
    explicit ChangeFeed(QString uri, QObject *parent = nullptr, PgLogin login = {},
                        QByteArray channel = kChannel);
    QByteArray channel() const { return m_channel; }
    ~ChangeFeed() override;

    // Settings; they take effect from the next connection, timer or retry.
    void setHeartbeatInterval(int ms) { m_heartbeatInterval = ms; }
    void setHeartbeatTimeout(int ms) { m_heartbeatTimeout = ms; } // also bounds the answer to LISTEN
    void setConnectTimeout(int ms) { m_connectTimeout = ms; }
    void setBackoff(int initialMs, int maxMs);
    int heartbeatInterval() const { return m_heartbeatInterval; }
    int heartbeatTimeout() const { return m_heartbeatTimeout; }

    // Starts connecting (no-op when already started); stop() closes the connection and stops retrying.
    void start();
    void stop();

    State state() const { return m_state; }
    // The server process serving the feed's connection, 0 when not connected (for diagnostics and tests).
    int backendPid() const;
    // Why the feed last failed, for a status line; empty when nothing failed yet.
    QString lastError() const { return m_lastError; }
    // Attempts made since the feed was last live.
    int retryCount() const { return m_retries; }

    // Parses one rr_changes payload {"s","t","id","op","v"}; nullopt with `error` set when malformed.
    static std::optional<Change> parsePayload(const QByteArray &payload, QString *error);

Q_SIGNALS:
    void stateChanged(rr::ChangeFeed::State state);
    // LISTEN is in place after a (re)connect: take the snapshot now; notifications from here on are queued.
    void listening();
    void changed(const rr::Change &change);
    // Something went wrong: a lost connection, a failed attempt, a malformed payload. For a log or status
    // bar.
    void error(const QString &message);

private:
    enum class Phase
    {
        Idle,
        Connecting, // PQconnectPoll in progress
        Open,       // connected: LISTEN sent or in place
    };
    enum class Query
    {
        None,
        Listen,
        Heartbeat,
    };

    void connectNow();
    void pollConnect();
    void onConnected();
    void onReadable();
    void onWritable();
    void sendQuery(const char *sql, Query query);
    void flush();
    void drainResults();
    void drainNotifications();
    void sendHeartbeat();
    void onAnswerTimeout();
    void fail(const QString &reason);
    void teardown();
    void watch(bool read, bool write);
    void setState(State state);
    static void noticeReceiver(void *self, const char *message);

    QString m_uri;
    PgLogin m_login;
    QByteArray m_channel;
    QByteArray m_listen; // the LISTEN statement, alive while it is sent
    State m_state = State::Offline;
    Phase m_phase = Phase::Idle;
    Query m_query = Query::None;
    bool m_started = false;
    pg_conn *m_conn = nullptr;
    int m_socket = -1;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    quint64 m_generation = 0; // bumped by teardown(): loops stop when a slot tore the connection down
    QTimer m_connectTimer;
    QTimer m_heartbeatTimer;
    QTimer m_answerTimer;
    QTimer m_retryTimer;
    int m_heartbeatInterval = 2000;
    int m_heartbeatTimeout = 3000;
    int m_connectTimeout = 5000;
    int m_backoffInitial = 250;
    int m_backoffMax = 5000;
    int m_backoff = 250;
    int m_retries = 0;
    QString m_lastError;
    QString m_lastNotice;
};

} // namespace rr
