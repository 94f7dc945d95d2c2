#include "intakeconnections.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

namespace rr {

namespace {

// What a drained connection may still send after its refusal before it is cut off.
constexpr qint64 kMaxDrainBytes = 1024 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 411:
        return QByteArrayLiteral("Length Required");
    case 413:
        return QByteArrayLiteral("Payload Too Large");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    default:
        return QByteArrayLiteral("Error");
    }
}

// A whole response that closes the connection, with the intake's JSON error body.
QByteArray closingResponse(int status, const QString &message, const QString &field = {})
{
    QJsonObject json{{QStringLiteral("error"), message}};
    if (!field.isEmpty())
        json.insert(QStringLiteral("field"), field);
    const QByteArray body = QJsonDocument(json).toJson(QJsonDocument::Compact);
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    response += "Content-Type: application/json\r\nConnection: close\r\n";
    if (status == 503)
        response += "Retry-After: 10\r\n";
    response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    return response;
}

QHostAddress peerOf(qintptr handle)
{
    sockaddr_storage storage{};
    socklen_t length = sizeof storage;
    if (::getpeername(int(handle), reinterpret_cast<sockaddr *>(&storage), &length) != 0)
        return {};
    return clientAddress(QHostAddress(reinterpret_cast<const sockaddr *>(&storage)));
}

// The end of the head in `bytes` from `from` on: the index just past the blank line ("\r\n\r\n", or "\n\n" as
// lenient parsers accept), or -1.
qsizetype headEnd(QByteArrayView bytes, qsizetype from)
{
    for (qsizetype i = std::max<qsizetype>(from, 0); i < bytes.size(); ++i) {
        if (bytes[i] != '\n')
            continue;
        if (i + 1 < bytes.size() && bytes[i + 1] == '\n')
            return i + 2;
        if (i + 2 < bytes.size() && bytes[i + 1] == '\r' && bytes[i + 2] == '\n')
            return i + 3;
    }
    return -1;
}

} // namespace

QString describe(IntakeRefusal refusal, qint64 count)
{
    const bool one = count == 1;
    QString what;
    switch (refusal) {
    case IntakeRefusal::WrongToken:
        what = one ? QStringLiteral("request") : QStringLiteral("requests");
        what += QStringLiteral(" with a missing or wrong token");
        break;
    case IntakeRefusal::TooManyOpen:
        what = one ? QStringLiteral("connection") : QStringLiteral("connections");
        what += QStringLiteral(" over the total cap");
        break;
    case IntakeRefusal::TooManyFromClient:
        what = one ? QStringLiteral("connection") : QStringLiteral("connections");
        what += QStringLiteral(" over the cap per client address");
        break;
    case IntakeRefusal::TimedOut:
        what = one ? QStringLiteral("connection") : QStringLiteral("connections");
        what += QStringLiteral(" closed by the idle timeout (idle, or sending too slowly)");
        break;
    }
    return QStringLiteral("%1 %2").arg(count).arg(what);
}

QHostAddress clientAddress(const QHostAddress &address)
{
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);
    return mapped && address.protocol() == QAbstractSocket::IPv6Protocol ? QHostAddress(v4) : address;
}

qint64 raiseOpenFileLimit()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 1024;
    if (limit.rlim_cur < limit.rlim_max) {
        rlimit raised = limit;
        raised.rlim_cur = limit.rlim_max;
        if (::setrlimit(RLIMIT_NOFILE, &raised) == 0)
            limit = raised;
    }
    return limit.rlim_cur == RLIM_INFINITY ? std::numeric_limits<qint64>::max() : qint64(limit.rlim_cur);
}

bool ConnectionLimits::tryAcquire(const QHostAddress &client, IntakeRefusal *why)
{
    QMutexLocker lock(&m_mutex);
    if (m_open >= m_maxTotal) {
        *why = IntakeRefusal::TooManyOpen;
        return false;
    }
    int &mine = m_perClient[client];
    if (mine >= m_maxPerClient) {
        if (mine == 0)
            m_perClient.remove(client);
        *why = IntakeRefusal::TooManyFromClient;
        return false;
    }
    ++mine;
    ++m_open;
    return true;
}

void ConnectionLimits::release(const QHostAddress &client)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_perClient.find(client);
    if (it == m_perClient.end())
        return;
    --m_open;
    if (--it.value() <= 0)
        m_perClient.erase(it);
}

int ConnectionLimits::open() const
{
    QMutexLocker lock(&m_mutex);
    return m_open;
}

int ConnectionLimits::openFrom(const QHostAddress &client) const
{
    QMutexLocker lock(&m_mutex);
    return m_perClient.value(client);
}

RequestFramer::Verdict RequestFramer::feed(QByteArrayView bytes)
{
    QByteArray rest; // what follows a finished head, owned here while m_head is reset
    while (!bytes.isEmpty()) {
        if (m_bodyLeft > 0) {
            const qint64 taken = std::min<qint64>(m_bodyLeft, bytes.size());
            m_bodyLeft -= taken;
            bytes = bytes.sliced(taken);
            continue;
        }
        const qsizetype searchFrom = m_head.size() - 2; // a blank line may straddle two reads
        m_head.append(bytes.data(), bytes.size());
        const qsizetype end = headEnd(m_head, searchFrom);
        if (end < 0) {
            if (m_head.size() > m_maxHeaderBytes)
                return {
                    431,
                    QStringLiteral("the request's headers are larger than %1 bytes").arg(m_maxHeaderBytes),
                    {}};
            return {};
        }
        rest = m_head.mid(end);
        const Verdict verdict = headComplete(QByteArrayView(m_head).first(end));
        m_head.clear();
        if (verdict.status != 0)
            return verdict;
        bytes = rest;
    }
    return {};
}

RequestFramer::Verdict RequestFramer::headComplete(QByteArrayView head)
{
    const QList<QByteArray> lines = head.toByteArray().split('\n');
    if (lines.size() > 1 && head.size() > m_maxHeaderBytes)
        return {
            431, QStringLiteral("the request's headers are larger than %1 bytes").arg(m_maxHeaderBytes), {}};
    qint64 length = -1;
    for (qsizetype i = 1; i < lines.size(); ++i) { // line 0 is the request line
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "transfer-encoding")
            return {411, QStringLiteral("a Content-Length is required; chunked bodies are not accepted"),
                    QStringLiteral("Content-Length")};
        if (name != "content-length")
            continue;
        bool ok = value.size() <= 18 && !value.isEmpty();
        for (char c : value)
            ok = ok && c >= '0' && c <= '9';
        const qint64 n = ok ? value.toLongLong(&ok) : -1;
        if (!ok || (length >= 0 && n != length))
            return {400,
                    QStringLiteral("Content-Length must be one whole number of bytes, got '%1'")
                        .arg(QString::fromLatin1(value.left(40))),
                    QStringLiteral("Content-Length")};
        length = n;
    }
    if (length > m_maxBodyBytes)
        return {413, QStringLiteral("the body is larger than %1 bytes").arg(m_maxBodyBytes),
                QStringLiteral("body")};
    m_bodyLeft = std::max<qint64>(length, 0);
    return {};
}

bool admit(qintptr handle, const ConnectionPolicy &policy, QHostAddress *client, bool answer503)
{
    *client = peerOf(handle);
    IntakeRefusal why{};
    if (policy.limits->tryAcquire(*client, &why))
        return true;
    // Refused at once, without a QTcpSocket: the descriptor is free again before the next accept.
    static const QByteArray tooMany =
        closingResponse(503, QStringLiteral("too many connections; try again later"));
    static const QByteArray tooManyFromClient = closingResponse(
        503, QStringLiteral("too many connections from your address; close some and try again"));
    if (answer503) {
        const QByteArray &answer = why == IntakeRefusal::TooManyOpen ? tooMany : tooManyFromClient;
        // A fresh socket's send buffer is empty, so this small answer goes whole or not at all; never blocks.
        [[maybe_unused]] const ssize_t sent =
            ::send(int(handle), answer.constData(), size_t(answer.size()), MSG_DONTWAIT | MSG_NOSIGNAL);
    }
    ::close(int(handle));
    if (policy.refused)
        policy.refused(why, *client);
    return false;
}

void GuardedTcpServer::incomingConnection(qintptr handle)
{
    QHostAddress client;
    if (!admit(handle, *m_policy, &client, true))
        return;
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        m_policy->limits->release(client);
        delete socket;
        ::close(int(handle));
        return;
    }
    new ConnectionGuard(socket, client, m_policy); // before Qt HttpServer connects to the socket
    addPendingConnection(socket);
}

GuardedSslServer::GuardedSslServer(std::shared_ptr<const ConnectionPolicy> policy, QObject *parent)
    : QSslServer(parent), m_policy(std::move(policy))
{
    // The guard's idle timeout bounds the handshake too.
    setHandshakeTimeout(m_policy->idleTimeoutMs);
    connect(this, &QSslServer::startedEncryptionHandshake, this, [this](QSslSocket *socket) {
        if (!m_guardPending)
            return;
        m_guardPending = false;
        new ConnectionGuard(socket, m_admitting, m_policy);
    });
}

void GuardedSslServer::incomingConnection(qintptr handle)
{
    if (!admit(handle, *m_policy, &m_admitting, false))
        return;
    m_guardPending = true;
    QSslServer::incomingConnection(handle); // makes the socket and says so by startedEncryptionHandshake
    if (m_guardPending) {                   // no socket came of it
        m_guardPending = false;
        m_policy->limits->release(m_admitting);
    }
}

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, const QHostAddress &client,
                                 std::shared_ptr<const ConnectionPolicy> policy)
    : QObject(socket), m_socket(socket), m_client(client), m_policy(std::move(policy)),
      m_framer(m_policy->maxHeaderBytes, m_policy->maxBodyBytes), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(m_policy->idleTimeoutMs);
    connect(m_timer, &QTimer::timeout, this, &ConnectionGuard::onTimeout);
    connect(socket, &QIODevice::readyRead, this, &ConnectionGuard::onReadyRead);
    connect(socket, &QIODevice::bytesWritten, this, &ConnectionGuard::onBytesWritten);
    m_timer->start();
}

ConnectionGuard::~ConnectionGuard()
{
    m_policy->limits->release(m_client);
}

void ConnectionGuard::onReadyRead()
{
    if (m_draining) {
        m_drained += m_socket->skip(m_socket->bytesAvailable());
        if (m_drained > kMaxDrainBytes)
            m_socket->abort();
        return;
    }
    // Qt HttpServer reads everything available on each readyRead (inside a transaction), so what is available
    // now is what has arrived since: each byte is seen here once.
    const QByteArray fresh = m_socket->peek(m_socket->bytesAvailable());
    const RequestFramer::Verdict verdict = m_framer.feed(fresh);
    if (verdict.status != 0)
        refuse(verdict);
}

void ConnectionGuard::refuse(const RequestFramer::Verdict &verdict)
{
    // Cut Qt HttpServer off this connection (its slot would run after this one), then answer and drain.
    disconnect(m_socket, &QIODevice::readyRead, nullptr, nullptr);
    connect(m_socket, &QIODevice::readyRead, this, &ConnectionGuard::onReadyRead);
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    m_draining = true;
    m_drained = m_socket->skip(m_socket->bytesAvailable());
    m_socket->write(closingResponse(verdict.status, verdict.message, verdict.field));
    if (m_policy->rejected)
        m_policy->rejected(verdict.status, verdict.message);
}

void ConnectionGuard::onBytesWritten(qint64 bytes)
{
    m_writtenSinceTimeout += bytes;
    if (m_socket->bytesToWrite() > 0)
        return;
    if (m_draining && !m_shutDown) {
        // Our side is done: the client sees the end of the answer, and closes; until then, drain.
        m_shutDown = true;
        if (qobject_cast<QSslSocket *>(m_socket))
            m_socket->disconnectFromHost(); // TLS ends with its own close message, then the socket
        else
            ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
    }
    m_timer->start(); // a response went out whole: the next request has a full timeout to arrive
}

void ConnectionGuard::onTimeout()
{
    if (!m_draining && m_socket->bytesToWrite() > 0 && m_writtenSinceTimeout > 0) {
        // A response is still going out, and moving: a slow reader of a large answer, not an idle one.
        m_writtenSinceTimeout = 0;
        m_timer->start();
        return;
    }
    if (!m_draining && m_policy->refused)
        m_policy->refused(IntakeRefusal::TimedOut, m_client);
    m_socket->abort();
    // Qt HttpServer deletes the sockets it took when they disconnect; this one may never have reached it (a
    // TLS handshake that did not end). Deleting later twice is harmless.
    m_socket->deleteLater();
}

} // namespace rr
