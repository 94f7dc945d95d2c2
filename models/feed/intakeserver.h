#pragma once

#include "core/result.h"
#include "feed/intakeconnections.h"
#include "store/callstore.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <array>
#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QTcpServer;
class QThread;
class QTimer;
QT_END_NAMESPACE

namespace rr {

class IntakeWorker;
class RuleSet;
class TriageEngine;

struct IntakeOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8787; // 0: an ephemeral port, see IntakeServer::port()
    QString dbUri;       // the shared database (see LocalCluster::connectionUri())
    QByteArray token;    // empty: no authentication
    // TLS: a PEM certificate (chain) and its PEM private key; both or neither. Empty: plain HTTP.
    QString tlsCertificateFile;
    QString tlsKeyFile;
    // Without a token, listening on an address other than loopback is refused unless this is set.
    bool allowNoToken = false;
    qint64 maxBodyBytes = 64 * 1024;
    qint64 maxHeaderBytes = 1024 * 1024; // a request's line and headers (431 beyond)
    // A connection is closed when a whole request has not arrived within this time of its opening or of the
    // last response: idle keep-alive connections and slow senders alike.
    int idleTimeoutMs = 10000;
    // Open connections, in total and per client address; a connection over a cap is closed at once with a
    // 503. Why these defaults: a CAD system posts over a few keep-alive connections, so 256 from one address
    // is generous, while four such addresses still fit under 1,024; the total stays far below the open-file
    // limit that start() raises (and it is lowered to fit under that limit if need be), so the intake never
    // runs out of descriptors for its database connections.
    int maxConnections = 1024;
    int maxConnectionsPerClient = 256;
    // Refusals (IntakeRefusal) are reported at most twice per kind and address in this interval.
    int refusalReportIntervalMs = 10000;
    std::shared_ptr<const RuleSet> rules; // null: the built-in default rule set
    StoreSchema schema = StoreSchema::Live;
    int workers = 4; // request threads, each with its own database connection (at least 1)
};

// The token of `--token-file FILE` if a file is given, else of the environment variable
// RIGHTRESPONSE_INTAKE_TOKEN; surrounding white space trimmed. Empty means no authentication. A file that
// cannot be read, or that holds only white space, is a failure, so that a typo never silently turns
// authentication off. Never take the token from the command line: it would show in `ps` to every user of the
// machine.
Result<QByteArray> loadIntakeToken(const QString &tokenFile);

// A failure when the options would let anyone who can reach the address post calls: no token, an address
// other than loopback, and no allowNoToken.
Result<void> checkExposure(const IntakeOptions &options);

// The call intake service: CAD systems POST call records, the intake triages each one and stores the call
// with its suggestion by CAD id (the database trigger then notifies every console).
//
//   POST /v1/calls   body: one JSON call record (see callFromJson), Content-Type application/json
//       201 {"id","created":true,"changed":false,"suggestion":{"response","ems","confidence","category",
//            "reasons":[{"rule","text"}],"rules_version"}}   a new call
//       200 the same with "created":false      a resend ("changed":false) or an update, triaged again
//            ("changed":true, a new suggestion row)
//   GET /v1/health   200 {"status":"ok","database":"ok"|"unavailable","rules_version","schema"}
//       (no token needed: it tells nothing about calls)
// Errors are {"error": sentence, "field": name} ("field" only where one thing is at fault): 400 malformed
// JSON (field "body"), 401 token missing or wrong (field "Authorization"; only when a token is configured),
// 404 unknown path, 405 wrong method (with Allow), 413 body over maxBodyBytes by Content-Length or actual
// size (field "body"), 415 Content-Type not application/json, or a charset other than UTF-8 (field
// "Content-Type"), 422 invalid field (named), 503 {"error":"database unavailable","detail"} when the store
// fails. Checks run in that order: route, token, size, content type, JSON, store.
//
// Unknown JSON keys are ignored. Bad input is a response, never a crash. With tlsCertificateFile and
// tlsKeyFile it serves HTTPS instead of HTTP (TLS 1.2 or later).
//
// Hardening (see intakeconnections.h), in front of Qt HttpServer: a request whose headers declare a body over
// maxBodyBytes is answered 413 as soon as its headers are in, before its body is read (and before the route
// and token checks); a chunked body is refused with 411 (its size cannot be known in advance), headers over
// maxHeaderBytes with 431; such a connection is then closed. A connection that does not send a whole request
// within idleTimeoutMs is closed; connections over maxConnections, or over maxConnectionsPerClient from one
// address, are answered 503 and closed at once, so that one client cannot starve the others. Refused tokens,
// refused connections and timeouts are counted, and reported (refusalsReported) with the client's address at
// most twice per interval, so that an attack does not flood the log.
//
// Threads: `workers` request threads share the listening socket; each accepts connections, parses, triages
// and stores on its own PgConnection, one transaction per call. Why a pool: a call is acknowledged only once
// its transaction is committed, and a commit waits for the disk (fsync); one connection committing one call
// at a time tops out at one call per disk flush, while concurrent commits share flushes (PostgreSQL's group
// commit). A keep-alive connection stays with the worker that accepted it. The IntakeServer object itself
// does no blocking work, so it may live on the GUI thread; its signals arrive queued on its thread, which
// needs an event loop. Each worker opens its database connection at start() and again on the next request
// whenever it is lost (a request whose connection dropped in the middle is retried once on a fresh
// connection; upsert by CAD id makes that safe).
class IntakeServer : public QObject
{
    Q_OBJECT

public:
    explicit IntakeServer(IntakeOptions o, QObject *parent = nullptr);
    // Stops the workers; requests in progress are finished first.
    ~IntakeServer() override;

    // Loads the built-in rules if none were given, listens, and tries the database once (not fatal: until
    // it is reachable, POSTs get 503 and health says "unavailable"). Raises the process's soft open-file
    // limit to its hard limit (see connectionCap()). A failure when the rules do not load, the address cannot
    // be listened on, the TLS files do not load, or the address is exposed without a token (checkExposure).
    Result<void> start();
    // The port listened on (the actual one when options().port is 0); 0 before start().
    quint16 port() const { return m_port; }
    // "https" with TLS, else "http".
    QString scheme() const
    {
        return m_options.tlsCertificateFile.isEmpty() ? QStringLiteral("http") : QStringLiteral("https");
    }
    const IntakeOptions &options() const { return m_options; }
    // The connections open now, in total and from one client address; any thread.
    int openConnections() const;
    int openConnectionsFrom(const QHostAddress &client) const;
    // The total cap in force: options().maxConnections, lowered if the open-file limit is lower. 0 before
    // start().
    int connectionCap() const { return m_connectionCap; }
    // Reports the refusals not yet reported now rather than at the end of the interval (before stopping).
    void reportRefusals();
    // Refusals of this kind since start().
    qint64 refusals(IntakeRefusal kind) const { return m_refusals[std::size_t(kind)]; }

Q_SIGNALS:
    // A call was stored: created (new CAD id) or changed (an update, triaged again); neither for a resend.
    void callStored(const QString &cadId, bool created, bool changed);
    // A request was answered with an error status (4xx or 5xx).
    void rejected(int status, const QString &message);
    // `count` refusals of one kind from one address: the first at once, then what came since, at most once
    // per refusalReportIntervalMs per kind and address.
    void refusalsReported(rr::IntakeRefusal kind, const QHostAddress &client, qint64 count);

private:
    void stopWorkers();
    void noteRefusal(rr::IntakeRefusal kind, const QHostAddress &client);

    IntakeOptions m_options;
    std::shared_ptr<const TriageEngine> m_engine;
    QTcpServer *m_listener = nullptr; // child; owns the port, its duplicates accept
    QList<QThread *> m_threads;       // children
    QList<IntakeWorker *> m_workers;  // one per thread, deleted by stopWorkers()
    quint16 m_port = 0;
    int m_connectionCap = 0;
    std::shared_ptr<ConnectionLimits> m_limits;
    std::optional<QSslConfiguration> m_tls;
    std::array<qint64, kIntakeRefusalKinds> m_refusals{};
    // Refusals not yet reported, by kind and address; and which were reported in this interval.
    QHash<std::pair<int, QHostAddress>, qint64> m_unreported;
    QSet<std::pair<int, QHostAddress>> m_reportedNow;
    QTimer *m_reportTimer = nullptr; // child
};

} // namespace rr
