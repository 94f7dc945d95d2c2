#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QHostAddress>
#include <QMutex>
#include <QObject>
#include <QSslConfiguration>
#include <QSslServer>
#include <QString>
#include <QTcpServer>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QTcpSocket;
class QTimer;
QT_END_NAMESPACE

// The intake's defences at the connection level, below Qt HttpServer: how many connections may be open, how
// long a connection may take to send a request, and how large a request may say it is. Qt 6.4's QHttpServer
// has none of these: it keeps every connection for as long as the client wants and reads a whole request into
// memory before the intake sees it, so one client on loopback could exhaust the process's file descriptors.

namespace rr {

// Why the intake turned a client away; counted and logged (rate-limited) with the client's address.
enum class IntakeRefusal
{
    WrongToken,        // 401: the bearer token was missing or wrong
    TooManyOpen,       // a connection over the total cap, closed at once with a 503
    TooManyFromClient, // a connection over the cap for its address, closed at once with a 503
    TimedOut,          // a connection idle, or sending its request too slowly, closed by the idle timeout
};
inline constexpr int kIntakeRefusalKinds = 4;

// "3 requests with a missing or wrong token", for log lines.
QString describe(IntakeRefusal refusal, qint64 count);

// The address as one client: an IPv4-mapped IPv6 address (::ffff:10.0.0.1, seen on a dual-stack socket) is
// the IPv4 address it maps.
QHostAddress clientAddress(const QHostAddress &address);

// Raises this process's soft limit of open files to its hard limit (a server's usual start-up step: the soft
// limit is 1,024 on Debian, the hard one far higher). Returns the soft limit now in force.
qint64 raiseOpenFileLimit();

// The open connections, in total and per client address, against their caps. Shared by the request threads;
// thread-safe.
class ConnectionLimits
{
public:
    ConnectionLimits(int maxTotal, int maxPerClient) : m_maxTotal(maxTotal), m_maxPerClient(maxPerClient) {}

    // Takes a slot for a new connection from `client`; false with `why` set when a cap is reached.
    bool tryAcquire(const QHostAddress &client, IntakeRefusal *why);
    void release(const QHostAddress &client);
    int open() const;
    int openFrom(const QHostAddress &client) const;

private:
    const int m_maxTotal;
    const int m_maxPerClient;
    mutable QMutex m_mutex;
    int m_open = 0;
    QHash<QHostAddress, int> m_perClient;
};

// Follows the framing of the HTTP/1.1 requests arriving on one connection, as they arrive, to refuse one by
// its headers before its body is read: a Content-Length over the limit (413), an invalid or repeated
// Content-Length (400), a chunked body, whose size cannot be known in advance (411), or headers that never
// end (431). Requests are otherwise left to Qt HttpServer. A plain value; any thread.
class RequestFramer
{
public:
    struct Verdict
    {
        int status = 0; // 0: go on
        QString message;
        QString field; // empty: none named
    };

    RequestFramer(qint64 maxHeaderBytes, qint64 maxBodyBytes)
        : m_maxHeaderBytes(maxHeaderBytes), m_maxBodyBytes(maxBodyBytes)
    {}

    // The next bytes received; a verdict with a status refuses the request (and the connection).
    Verdict feed(QByteArrayView bytes);

private:
    Verdict headComplete(QByteArrayView head);

    const qint64 m_maxHeaderBytes;
    const qint64 m_maxBodyBytes;
    QByteArray m_head;     // the headers of the current request, so far
    qint64 m_bodyLeft = 0; // > 0: inside a body
};

// What every connection of the intake is held to, and where its refusals go. Shared by the request threads.
struct ConnectionPolicy
{
    std::shared_ptr<ConnectionLimits> limits;
    int idleTimeoutMs = 10000;
    qint64 maxHeaderBytes = 1024 * 1024;
    qint64 maxBodyBytes = 64 * 1024;
    // Called on the connection's thread.
    std::function<void(IntakeRefusal, const QHostAddress &)> refused;
    std::function<void(int status, const QString &message)> rejected;
};

// Takes a slot for the new connection `handle` from its peer, whose address goes to `client`; when a cap is
// reached, reports the refusal and closes the descriptor at once (after a 503 when `answer503`).
bool admit(qintptr handle, const ConnectionPolicy &policy, QHostAddress *client, bool answer503);

// The TCP server of one request thread: counts each new connection against the caps (closing one over a cap
// at once, with a 503), and puts a ConnectionGuard on each one it keeps before Qt HttpServer sees it. Lives
// on its request thread.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    GuardedTcpServer(std::shared_ptr<const ConnectionPolicy> policy, QObject *parent = nullptr)
        : QTcpServer(parent), m_policy(std::move(policy))
    {}

protected:
    void incomingConnection(qintptr handle) override;

private:
    std::shared_ptr<const ConnectionPolicy> m_policy;
};

// Watches one connection, as a child of its socket: closes it when a request has not arrived whole within the
// idle timeout of the connection's start or of the last response sent; refuses a request by its headers (see
// RequestFramer), answering itself and then reading and dropping what the client still sends (so that the
// client gets the answer rather than a reset) until the client closes or the timeout ends; and gives back the
// connection's slot when the socket goes. Its readyRead slot runs before Qt HttpServer's, which it can cut
// off. Lives on the socket's thread.
class ConnectionGuard : public QObject
{
    Q_OBJECT

public:
    ConnectionGuard(QTcpSocket *socket, const QHostAddress &client,
                    std::shared_ptr<const ConnectionPolicy> policy);
    ~ConnectionGuard() override;

private:
    void onReadyRead();
    void onBytesWritten(qint64 bytes);
    void onTimeout();
    void refuse(const RequestFramer::Verdict &verdict);

    QTcpSocket *m_socket; // the parent
    const QHostAddress m_client;
    const std::shared_ptr<const ConnectionPolicy> m_policy;
    RequestFramer m_framer;
    QTimer *m_timer; // child
    qint64 m_writtenSinceTimeout = 0;
    qint64 m_drained = 0;
    bool m_draining = false; // refused: the answer is written, what comes is dropped
    bool m_shutDown = false; // the write side is closed
};

// GuardedTcpServer's twin for TLS (--tls-cert, --tls-key): the same caps (a connection over one is closed
// without an answer, as there is no TLS session yet to answer in) and a ConnectionGuard on each connection
// from the start of its handshake, so that the idle timeout covers a handshake that never ends. Lives on its
// request thread.
class GuardedSslServer : public QSslServer
{
    Q_OBJECT

public:
    GuardedSslServer(std::shared_ptr<const ConnectionPolicy> policy, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr handle) override;

private:
    std::shared_ptr<const ConnectionPolicy> m_policy;
    QHostAddress m_admitting; // the client of the connection being set up by incomingConnection()
    bool m_guardPending = false;
};

} // namespace rr
