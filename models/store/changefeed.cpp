#include "changefeed.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>

#include <libpq-fe.h>

#include <cmath>

namespace rr {

QString Change::key() const
{
    return schema + u'.' + table + u':' + id;
}

bool VersionGate::accept(const QString &key, qint64 version)
{
    if (version < 0)
        return true;
    auto it = m_versions.find(key);
    if (it == m_versions.end()) {
        m_versions.insert(key, version);
        return true;
    }
    if (*it >= version)
        return false;
    *it = version;
    return true;
}

ChangeFeed::ChangeFeed(QString uri, QObject *parent, PgLogin login, QByteArray channel)
    : QObject(parent), m_uri(std::move(uri)), m_login(std::move(login)), m_channel(std::move(channel))
{
    m_connectTimer.setSingleShot(true);
    m_answerTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this,
            [this] { fail(tr("could not connect to the database within %1 ms").arg(m_connectTimeout)); });
    connect(&m_answerTimer, &QTimer::timeout, this, &ChangeFeed::onAnswerTimeout);
    connect(&m_heartbeatTimer, &QTimer::timeout, this, &ChangeFeed::sendHeartbeat);
    connect(&m_retryTimer, &QTimer::timeout, this, &ChangeFeed::connectNow);
}

ChangeFeed::~ChangeFeed()
{
    teardown();
}

void ChangeFeed::setBackoff(int initialMs, int maxMs)
{
    m_backoffInitial = qMax(1, initialMs);
    m_backoffMax = qMax(m_backoffInitial, maxMs);
    m_backoff = m_backoffInitial;
}

void ChangeFeed::start()
{
    if (m_started)
        return;
    m_started = true;
    m_retries = 0;
    m_backoff = m_backoffInitial;
    setState(State::Connecting);
    m_retryTimer.start(0); // connect from the event loop: start() itself emits nothing else
}

void ChangeFeed::stop()
{
    m_started = false;
    m_retryTimer.stop();
    teardown();
    setState(State::Offline);
}

int ChangeFeed::backendPid() const
{
    return m_conn && m_phase == Phase::Open && PQstatus(m_conn) == CONNECTION_OK ? PQbackendPID(m_conn) : 0;
}

void ChangeFeed::connectNow()
{
    if (!m_started || m_conn)
        return;
    // Keepalives notice a dead peer on TCP; the heartbeat covers Unix sockets and a hung server.
    // Keys after "dbname" override the URI: a signed-in member of staff's user and password go last.
    const QByteArray uri = m_uri.toUtf8();
    const QByteArray user = m_login.user.toUtf8();
    QByteArray password = m_login.password.toUtf8();
    const char *keys[] = {"dbname",           "keepalives",
                          "keepalives_idle",  "keepalives_interval",
                          "keepalives_count", "application_name",
                          "client_encoding",  "user",
                          "password",         nullptr};
    const char *values[] = {uri.constData(),
                            "1",
                            "5",
                            "2",
                            "3",
                            "rightresponse-feed",
                            "UTF8",
                            m_login.isEmpty() ? nullptr : user.constData(),
                            m_login.isEmpty() ? nullptr : password.constData(),
                            nullptr};
    m_conn = PQconnectStartParams(keys, values, 1);
    password.fill('\0');
    if (!m_conn) {
        fail(tr("could not connect to the database: out of memory"));
        return;
    }
    if (PQstatus(m_conn) == CONNECTION_BAD) {
        fail(tr("could not connect to the database: %1")
                 .arg(QString::fromUtf8(PQerrorMessage(m_conn)).trimmed()));
        return;
    }
    PQsetNoticeProcessor(m_conn, &ChangeFeed::noticeReceiver, this);
    m_phase = Phase::Connecting;
    m_connectTimer.start(m_connectTimeout);
    watch(false, true); // before the first PQconnectPoll, behave as if it had asked to write
}

void ChangeFeed::pollConnect()
{
    switch (PQconnectPoll(m_conn)) {
    case PGRES_POLLING_READING:
        watch(true, false);
        break;
    case PGRES_POLLING_WRITING:
        watch(false, true);
        break;
    case PGRES_POLLING_OK:
        onConnected();
        break;
    default:
        fail(tr("could not connect to the database: %1")
                 .arg(QString::fromUtf8(PQerrorMessage(m_conn)).trimmed()));
        break;
    }
}

void ChangeFeed::onConnected()
{
    m_connectTimer.stop();
    m_phase = Phase::Open;
    if (PQsetnonblocking(m_conn, 1) != 0) {
        fail(tr("could not make the database connection non-blocking"));
        return;
    }
    // The channel is one the program chose (StoreSchema::channel()), never user input; quoted all the same.
    m_listen = "LISTEN " + PgConnection::quoteIdentifier(QString::fromLatin1(m_channel));
    sendQuery(m_listen.constData(), Query::Listen);
}

void ChangeFeed::sendQuery(const char *sql, Query query)
{
    if (!PQsendQuery(m_conn, sql)) {
        fail(tr("lost the connection to the database: %1")
                 .arg(QString::fromUtf8(PQerrorMessage(m_conn)).trimmed()));
        return;
    }
    m_query = query;
    m_answerTimer.start(m_heartbeatTimeout);
    flush();
}

void ChangeFeed::flush()
{
    const int pending = PQflush(m_conn);
    if (pending < 0) {
        fail(tr("lost the connection to the database: %1")
                 .arg(QString::fromUtf8(PQerrorMessage(m_conn)).trimmed()));
        return;
    }
    watch(true, pending == 1); // write interest only while output is queued
}

void ChangeFeed::onWritable()
{
    if (!m_conn)
        return;
    if (m_phase == Phase::Connecting)
        pollConnect();
    else
        flush();
}

void ChangeFeed::onReadable()
{
    if (!m_conn)
        return;
    if (m_phase == Phase::Connecting) {
        pollConnect();
        return;
    }
    auto lost = [this] {
        QString why = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
        if (!m_lastNotice.isEmpty())
            why = m_lastNotice + u' ' + why; // "FATAL: terminating connection due to administrator command"
        fail(tr("lost the connection to the database: %1").arg(why));
    };
    if (!PQconsumeInput(m_conn)) {
        lost();
        return;
    }
    const quint64 generation = m_generation;
    drainResults();
    if (generation != m_generation)
        return;
    drainNotifications();
    if (generation != m_generation)
        return;
    if (PQstatus(m_conn) != CONNECTION_OK)
        lost();
}

void ChangeFeed::drainResults()
{
    while (m_query != Query::None && !PQisBusy(m_conn)) {
        PGresult *result = PQgetResult(m_conn);
        if (!result) { // the query is complete
            const Query done = m_query;
            m_query = Query::None;
            m_answerTimer.stop();
            if (done == Query::Listen) {
                m_retries = 0;
                m_backoff = m_backoffInitial;
                m_lastError.clear();
                m_heartbeatTimer.start(m_heartbeatInterval);
                setState(State::Live);
                Q_EMIT listening();
            }
            return;
        }
        const ExecStatusType status = PQresultStatus(result);
        const QString message = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
        PQclear(result);
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
            fail(tr("the database refused the change feed's query: %1").arg(message));
            return;
        }
    }
}

void ChangeFeed::drainNotifications()
{
    const quint64 generation = m_generation;
    while (m_conn && generation == m_generation) {
        PGnotify *notify = PQnotifies(m_conn);
        if (!notify)
            break;
        const QByteArray payload(notify->extra);
        const bool ours = m_channel == notify->relname;
        PQfreemem(notify);
        if (!ours)
            continue;
        QString why;
        if (const std::optional<Change> change = parsePayload(payload, &why))
            Q_EMIT changed(*change);
        else
            Q_EMIT error(tr("ignored a malformed change notification (%1): %2")
                             .arg(why, QString::fromUtf8(payload.left(200))));
    }
}

void ChangeFeed::sendHeartbeat()
{
    // One query at a time: while the last one is unanswered, its deadline is already running.
    if (m_conn && m_phase == Phase::Open && m_query == Query::None)
        sendQuery("SELECT 1", Query::Heartbeat);
}

void ChangeFeed::onAnswerTimeout()
{
    // The answer may be waiting in the socket, unread because this thread was busy: read before judging.
    const quint64 generation = m_generation;
    onReadable();
    if (generation == m_generation && m_query != Query::None)
        fail(tr("the database did not answer within %1 ms").arg(m_heartbeatTimeout));
}

void ChangeFeed::fail(const QString &reason)
{
    teardown();
    m_lastError = reason;
    ++m_retries;
    if (m_started) {
        m_retryTimer.start(m_backoff);
        m_backoff = qMin(m_backoff * 2, m_backoffMax);
    }
    setState(m_started ? State::Reconnecting : State::Offline);
    Q_EMIT error(reason);
}

void ChangeFeed::teardown()
{
    ++m_generation;
    m_connectTimer.stop();
    m_heartbeatTimer.stop();
    m_answerTimer.stop();
    // Unregister the socket before libpq closes it: its number may be reused by the next connection.
    for (QSocketNotifier **notifier : {&m_readNotifier, &m_writeNotifier}) {
        if (*notifier) {
            (*notifier)->setEnabled(false);
            (*notifier)->deleteLater(); // we may be inside its activated() signal
            *notifier = nullptr;
        }
    }
    m_socket = -1;
    if (m_conn) {
        PQfinish(m_conn);
        m_conn = nullptr;
    }
    m_phase = Phase::Idle;
    m_query = Query::None;
    m_lastNotice.clear();
}

void ChangeFeed::watch(bool read, bool write)
{
    // The socket may change between PQconnectPoll calls (another address, an SSL retry).
    const int socket = m_conn ? PQsocket(m_conn) : -1;
    if (socket != m_socket) {
        for (QSocketNotifier **notifier : {&m_readNotifier, &m_writeNotifier}) {
            if (*notifier) {
                (*notifier)->setEnabled(false);
                (*notifier)->deleteLater();
                *notifier = nullptr;
            }
        }
        m_socket = socket;
        if (socket < 0) {
            fail(tr("lost the connection to the database: no socket"));
            return;
        }
        m_readNotifier = new QSocketNotifier(socket, QSocketNotifier::Read, this);
        m_writeNotifier = new QSocketNotifier(socket, QSocketNotifier::Write, this);
        connect(m_readNotifier, &QSocketNotifier::activated, this, &ChangeFeed::onReadable);
        connect(m_writeNotifier, &QSocketNotifier::activated, this, &ChangeFeed::onWritable);
    }
    m_readNotifier->setEnabled(read);
    m_writeNotifier->setEnabled(write);
}

void ChangeFeed::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void ChangeFeed::noticeReceiver(void *self, const char *message)
{
    static_cast<ChangeFeed *>(self)->m_lastNotice = QString::fromUtf8(message).trimmed();
}

std::optional<Change> ChangeFeed::parsePayload(const QByteArray &payload, QString *error)
{
    auto bad = [error](const QString &why) -> std::optional<Change> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return bad(tr("not a JSON object"));
    const QJsonObject o = doc.object();
    Change c;
    c.schema = o.value(QLatin1String("s")).toString();
    c.table = o.value(QLatin1String("t")).toString();
    const QJsonValue id = o.value(QLatin1String("id"));
    if (id.isString())
        c.id = id.toString();
    else if (id.isDouble() && id.toDouble() == std::floor(id.toDouble()))
        c.id = QString::number(id.toInteger());
    const QString op = o.value(QLatin1String("op")).toString();
    if (c.schema.isEmpty() || c.table.isEmpty() || c.id.isEmpty())
        return bad(tr("schema, table or id missing"));
    // B: a bulk import committed a batch; `id` is the range "first-last" of the new rows.
    if (op.size() != 1 || !QStringView(u"IUDB").contains(op.front()))
        return bad(tr("unknown operation '%1'").arg(op));
    c.op = op.front();
    const QJsonValue v = o.value(QLatin1String("v"));
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d < 0 || d != std::floor(d) || d > 9007199254740992.0)
            return bad(tr("bad version %1").arg(d));
        c.version = qint64(d);
    } else if (!v.isNull() && !v.isUndefined()) {
        return bad(tr("bad version"));
    }
    return c;
}

} // namespace rr
