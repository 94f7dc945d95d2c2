#include "intakeserver.h"

#include <QCoreApplication>

#include "core/privatefiles.h"
#include "domain/rulesetloader.h"
#include "domain/triageengine.h"
#include "io/calljson.h"
#include "store/pgconnection.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QThread>
#include <QTimer>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace rr {

namespace {
// The catalogues' context of this file's messages for people (the HTTP answers stay English: clients read
// them).
struct IntakeServerText
{
    Q_DECLARE_TR_FUNCTIONS(rr::IntakeServer)
};
} // namespace

namespace {

using Status = QHttpServerResponse::StatusCode;

const QString kCallsPath = QStringLiteral("/v1/calls");
const QString kHealthPath = QStringLiteral("/v1/health");

// A request header by name, compared case-insensitively as HTTP wants; null when absent.
QByteArray header(const QHttpServerRequest &request, QByteArrayView name)
{
    const auto headers = request.headers();
    for (const auto &h : headers)
        if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

// Time depends on the length of the expected token only, never on where the first difference is.
bool constantTimeEquals(QByteArrayView expected, QByteArrayView given)
{
    unsigned diff = expected.size() == given.size() ? 0u : 1u;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const char g = i < given.size() ? given[i] : '\0';
        diff |= static_cast<unsigned char>(expected[i] ^ g);
    }
    return diff == 0;
}

// "application/json", optionally with "; charset=utf-8" (any case, quoted or not). Other parameters are
// ignored; another charset is refused because JSON is UTF-8 (RFC 8259).
QString contentTypeProblem(const QByteArray &value)
{
    if (value.isEmpty())
        return QStringLiteral("Content-Type must be application/json (none was given)");
    const QList<QByteArray> parts = value.split(';');
    if (parts.first().trimmed().toLower() != "application/json")
        return QStringLiteral("Content-Type must be application/json, not %1")
            .arg(QString::fromLatin1(value));
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray parameter = parts.at(i).trimmed();
        const qsizetype equals = parameter.indexOf('=');
        if (equals < 0 || parameter.left(equals).trimmed().toLower() != "charset")
            continue;
        QByteArray charset = parameter.mid(equals + 1).trimmed().toLower();
        if (charset.size() >= 2 && charset.startsWith('"') && charset.endsWith('"'))
            charset = charset.mid(1, charset.size() - 2);
        if (charset != "utf-8" && charset != "utf8")
            return QStringLiteral("Content-Type charset must be utf-8, not %1")
                .arg(QString::fromLatin1(charset));
    }
    return {};
}

QJsonObject suggestionJson(const Suggestion &s)
{
    QJsonArray reasons;
    for (const Reason &r : s.reasons)
        reasons.append(QJsonObject{{QStringLiteral("rule"), r.ruleId}, {QStringLiteral("text"), r.text}});
    return QJsonObject{
        {QStringLiteral("response"), toString(s.kind)}, {QStringLiteral("ems"), s.ems},
        {QStringLiteral("confidence"), s.confidence},   {QStringLiteral("category"), s.category},
        {QStringLiteral("reasons"), reasons},           {QStringLiteral("rules_version"), s.rulesVersion}};
}

QByteArray allowed(const QString &path)
{
    return path == kCallsPath ? QByteArrayLiteral("POST") : QByteArrayLiteral("GET");
}

} // namespace

Result<QByteArray> loadIntakeToken(const QString &tokenFile)
{
    if (tokenFile.isEmpty())
        return qgetenv("RIGHTRESPONSE_INTAKE_TOKEN").trimmed();
    // A token others can read is no secret: refused, with the file named and `chmod 600`.
    const Result<QByteArray> read = readSecretFile(tokenFile, IntakeServerText::tr("the token file"));
    if (!read)
        return read.failure();
    const QByteArray token = read.value().trimmed();
    if (token.isEmpty())
        return Failure{IntakeServerText::tr("the token file %1 is empty").arg(tokenFile)};
    return token;
}

namespace {

// The server's TLS configuration from a PEM certificate (chain) and a PEM private key (RSA or EC).
Result<QSslConfiguration> loadTls(const QString &certificateFile, const QString &keyFile)
{
    if (certificateFile.isEmpty() != keyFile.isEmpty())
        return Failure{
            IntakeServerText::tr("TLS needs both a certificate (--tls-cert) and its key (--tls-key)")};
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certificateFile, QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull())
        return Failure{
            IntakeServerText::tr("%1 holds no PEM certificate, or cannot be read").arg(certificateFile)};
    const Result<QByteArray> read = readSecretFile(keyFile, IntakeServerText::tr("the TLS key"), 1024 * 1024);
    if (!read)
        return read.failure();
    const QByteArray pem = read.value();
    QSslKey key(pem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        return Failure{
            IntakeServerText::tr("%1 holds no unencrypted PEM private key (RSA or EC)").arg(keyFile)};
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // clients authenticate by token, not certificate
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    return tls;
}

} // namespace

Result<void> checkExposure(const IntakeOptions &options)
{
    if (!options.token.isEmpty() || options.allowNoToken || options.address.isLoopback())
        return {};
    return Failure{IntakeServerText::tr(
                       "refusing to listen on %1 without a token: anyone who can reach it could post calls. "
                       "Give a token (--token-file FILE or RIGHTRESPONSE_INTAKE_TOKEN), listen on loopback, "
                       "or accept the risk with --allow-no-token")
                       .arg(options.address.toString())};
}

// One request thread of the intake: its own QHttpServer on a duplicate of the listening socket, its own
// database connection. Lives on its QThread from listen() to shutdown().
class IntakeWorker : public QObject
{
    Q_OBJECT

public:
    IntakeWorker(const IntakeOptions &options, std::shared_ptr<const TriageEngine> engine,
                 std::shared_ptr<ConnectionLimits> limits, std::optional<QSslConfiguration> tls)
        : m_options(options), m_engine(std::move(engine)), m_limits(std::move(limits)), m_tls(std::move(tls))
    {}

    // On the worker's thread: serve the listening socket `descriptor` (a duplicate this worker now owns).
    bool listen(qintptr descriptor, QString *error);
    // On the worker's thread: close the socket and its connections, and the database connection.
    void shutdown();

Q_SIGNALS:
    void callStored(const QString &cadId, bool created, bool changed);
    void rejected(int status, const QString &message);
    void refused(rr::IntakeRefusal kind, const QHostAddress &client);

private:
    QHttpServerResponse postCall(const QHttpServerRequest &request);
    QHttpServerResponse health();
    QHttpServerResponse errorResponse(int status, const QString &message, const QString &field = {});
    QHttpServerResponse databaseUnavailable(const QString &detail);
    bool authorised(const QHttpServerRequest &request) const;
    // The connection, opened if there is none or it was lost; null with `error` set when that fails.
    PgConnection *connection(QString *error);
    CallStore::UpsertResult store(const Call &call, const Suggestion &suggestion);

    const IntakeOptions m_options;
    const std::shared_ptr<const TriageEngine> m_engine;
    const std::shared_ptr<ConnectionLimits> m_limits;
    const std::optional<QSslConfiguration> m_tls;
    QHttpServer *m_http = nullptr; // child
    std::unique_ptr<PgConnection> m_connection;
};

bool IntakeWorker::listen(qintptr descriptor, QString *error)
{
    m_http = new QHttpServer(this);
    auto policy = std::make_shared<ConnectionPolicy>();
    policy->limits = m_limits;
    policy->idleTimeoutMs = m_options.idleTimeoutMs;
    policy->maxHeaderBytes = m_options.maxHeaderBytes;
    policy->maxBodyBytes = m_options.maxBodyBytes;
    // Called on this thread, by objects this worker owns through m_http.
    policy->refused = [this](IntakeRefusal kind, const QHostAddress &client) {
        Q_EMIT refused(kind, client);
    };
    policy->rejected = [this](int status, const QString &message) { Q_EMIT rejected(status, message); };
    QTcpServer *tcp = nullptr;
    if (m_tls) {
        auto *ssl = new GuardedSslServer(std::move(policy), m_http);
        ssl->setSslConfiguration(*m_tls);
        tcp = ssl;
    } else {
        tcp = new GuardedTcpServer(std::move(policy), m_http);
    }
    // Handshakes in progress count as pending: never let them stop accepting (the caps bound them).
    tcp->setMaxPendingConnections(std::max(30, m_options.maxConnections));
    if (!tcp->setSocketDescriptor(descriptor)) {
        *error = QStringLiteral("cannot serve the listening socket: %1").arg(tcp->errorString());
        ::close(int(descriptor));
        return false;
    }
    m_http->route(kCallsPath, QHttpServerRequest::Method::Post,
                  [this](const QHttpServerRequest &request) { return postCall(request); });
    m_http->route(kHealthPath, QHttpServerRequest::Method::Get, [this]() { return health(); });
    m_http->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        const QString path = request.url().path();
        if (path == kCallsPath || path == kHealthPath) {
            QHttpServerResponse response = errorResponse(
                405, QStringLiteral("%1 takes %2 only").arg(path, QString::fromLatin1(allowed(path))));
            response.addHeader(QByteArrayLiteral("Allow"), allowed(path));
            response.write(std::move(responder));
            return;
        }
        errorResponse(404, QStringLiteral("no such resource; the intake serves POST %1 and GET %2")
                               .arg(kCallsPath, kHealthPath))
            .write(std::move(responder));
    });
    m_http->bind(tcp);

    QString ignored; // not fatal: the database may come later, and every request tries again
    connection(&ignored);
    return true;
}

void IntakeWorker::shutdown()
{
    delete m_http; // its TCP server and the connections' sockets with it
    m_http = nullptr;
    m_connection.reset();
}

PgConnection *IntakeWorker::connection(QString *error)
{
    if (m_connection && m_connection->isOk())
        return m_connection.get();
    m_connection.reset();
    m_connection = PgConnection::open(m_options.dbUri, error);
    if (m_connection)
        CallStore(*m_connection, m_options.schema).setActor(QStringLiteral("intake"));
    return m_connection.get();
}

CallStore::UpsertResult IntakeWorker::store(const Call &call, const Suggestion &suggestion)
{
    CallStore::UpsertResult result;
    // Twice at most: a connection found dead in the middle is replaced once; upsert by CAD id is idempotent.
    for (int attempt = 0; attempt < 2; ++attempt) {
        PgConnection *conn = connection(&result.error);
        if (!conn)
            return result;
        // A CAD update of a call keeps the dispatchers' screening answers: triaged again with them.
        result = CallStore(*conn, m_options.schema).upsert(call, suggestion, m_engine.get());
        if (result.ok || conn->isOk())
            return result;
    }
    return result;
}

bool IntakeWorker::authorised(const QHttpServerRequest &request) const
{
    if (m_options.token.isEmpty())
        return true;
    const QByteArray value = header(request, "Authorization").trimmed();
    const qsizetype space = value.indexOf(' ');
    if (space < 0 || QByteArrayView(value).first(space).compare("Bearer", Qt::CaseInsensitive) != 0)
        return false;
    return constantTimeEquals(m_options.token, value.mid(space + 1).trimmed());
}

QHttpServerResponse IntakeWorker::errorResponse(int status, const QString &message, const QString &field)
{
    QJsonObject body{{QStringLiteral("error"), message}};
    if (!field.isEmpty())
        body.insert(QStringLiteral("field"), field);
    Q_EMIT rejected(status, message);
    return QHttpServerResponse(body, static_cast<Status>(status));
}

QHttpServerResponse IntakeWorker::databaseUnavailable(const QString &detail)
{
    Q_EMIT rejected(503, QStringLiteral("database unavailable: %1").arg(detail));
    return QHttpServerResponse(QJsonObject{{QStringLiteral("error"), QStringLiteral("database unavailable")},
                                           {QStringLiteral("detail"), detail}},
                               Status::ServiceUnavailable);
}

QHttpServerResponse IntakeWorker::postCall(const QHttpServerRequest &request)
{
    if (!authorised(request)) {
        Q_EMIT refused(IntakeRefusal::WrongToken, clientAddress(request.remoteAddress()));
        QHttpServerResponse response = errorResponse(401, QStringLiteral("a valid bearer token is required"),
                                                     QStringLiteral("Authorization"));
        response.addHeader(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer"));
        return response;
    }
    bool lengthOk = false;
    const qint64 declared = header(request, "Content-Length").trimmed().toLongLong(&lengthOk);
    const QByteArray body = request.body();
    if ((lengthOk && declared > m_options.maxBodyBytes) || body.size() > m_options.maxBodyBytes)
        return errorResponse(413,
                             QStringLiteral("the body is larger than %1 bytes").arg(m_options.maxBodyBytes),
                             QStringLiteral("body"));
    if (const QString problem = contentTypeProblem(header(request, "Content-Type")); !problem.isEmpty())
        return errorResponse(415, problem, QStringLiteral("Content-Type"));

    std::variant<Call, FieldError> parsed = callFromJson(body);
    if (const FieldError *e = std::get_if<FieldError>(&parsed))
        return errorResponse(e->httpStatus, e->message,
                             e->field.isEmpty() ? QStringLiteral("body") : e->field);
    const Call &call = std::get<Call>(parsed);

    const Suggestion suggestion = m_engine->triage(call);
    const CallStore::UpsertResult stored = store(call, suggestion);
    if (!stored.ok)
        return databaseUnavailable(stored.error);
    Q_EMIT callStored(call.id, stored.created, stored.changed);
    return QHttpServerResponse(QJsonObject{{QStringLiteral("id"), call.id},
                                           {QStringLiteral("created"), stored.created},
                                           {QStringLiteral("changed"), stored.changed},
                                           {QStringLiteral("suggestion"), suggestionJson(suggestion)}},
                               stored.created ? Status::Created : Status::Ok);
}

QHttpServerResponse IntakeWorker::health()
{
    bool ok = false;
    for (int attempt = 0; attempt < 2 && !ok; ++attempt) {
        QString ignored;
        PgConnection *conn = connection(&ignored);
        if (!conn)
            break;
        ok = conn->exec("SELECT 1").ok();
    }
    return QHttpServerResponse(
        QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                    {QStringLiteral("database"), ok ? QStringLiteral("ok") : QStringLiteral("unavailable")},
                    {QStringLiteral("rules_version"), m_engine->rules().version},
                    {QStringLiteral("schema"), QString::fromLatin1(schemaName(m_options.schema))}});
}

IntakeServer::IntakeServer(IntakeOptions o, QObject *parent) : QObject(parent), m_options(std::move(o))
{
    m_options.workers = std::max(1, m_options.workers);
    m_reportTimer = new QTimer(this);
    m_reportTimer->setInterval(std::max(1, m_options.refusalReportIntervalMs));
    connect(m_reportTimer, &QTimer::timeout, this, &IntakeServer::reportRefusals);
}

int IntakeServer::openConnections() const
{
    return m_limits ? m_limits->open() : 0;
}

int IntakeServer::openConnectionsFrom(const QHostAddress &client) const
{
    return m_limits ? m_limits->openFrom(clientAddress(client)) : 0;
}

void IntakeServer::noteRefusal(IntakeRefusal kind, const QHostAddress &client)
{
    ++m_refusals[std::size_t(kind)];
    const std::pair<int, QHostAddress> key{int(kind), client};
    if (!m_reportedNow.contains(key)) {
        m_reportedNow.insert(key);
        Q_EMIT refusalsReported(kind, client, 1);
    } else {
        ++m_unreported[key];
    }
    if (!m_reportTimer->isActive())
        m_reportTimer->start();
}

void IntakeServer::reportRefusals()
{
    const auto unreported = std::exchange(m_unreported, {});
    m_reportedNow.clear();
    for (auto it = unreported.cbegin(); it != unreported.cend(); ++it) {
        m_reportedNow.insert(it.key()); // reported now: the next one waits for the next interval
        Q_EMIT refusalsReported(IntakeRefusal(it.key().first), it.key().second, it.value());
    }
    if (m_reportedNow.isEmpty())
        m_reportTimer->stop();
}

IntakeServer::~IntakeServer()
{
    stopWorkers();
}

Result<void> IntakeServer::start()
{
    if (m_listener)
        return Failure{IntakeServerText::tr("the intake is already started")};
    if (Result<void> exposed = checkExposure(m_options); !exposed)
        return exposed;
    if (m_options.idleTimeoutMs <= 0 || m_options.maxConnections <= 0 ||
        m_options.maxConnectionsPerClient <= 0)
        return Failure{
            IntakeServerText::tr("the idle timeout and the connection caps must be greater than 0")};
    // Room under the open-file limit for the database connections, the listening sockets and files.
    const qint64 reserve = 64 + 4 * qint64(m_options.workers);
    const qint64 fileLimit = raiseOpenFileLimit();
    m_connectionCap = int(std::min<qint64>(m_options.maxConnections, fileLimit - reserve));
    if (m_connectionCap < 1)
        return Failure{
            IntakeServerText::tr("the open-file limit (%1) leaves no room for connections").arg(fileLimit)};
    m_limits = std::make_shared<ConnectionLimits>(m_connectionCap, m_options.maxConnectionsPerClient);
    if (!m_options.tlsCertificateFile.isEmpty() || !m_options.tlsKeyFile.isEmpty()) {
        Result<QSslConfiguration> tls = loadTls(m_options.tlsCertificateFile, m_options.tlsKeyFile);
        if (!tls)
            return tls.failure();
        m_tls = std::move(tls).value();
    }
    if (!m_options.rules) {
        RuleSetResult loaded = RuleSetLoader::loadBuiltIn();
        if (!loaded)
            return loaded.failure();
        m_options.rules = std::move(loaded).value();
    }
    m_engine = std::make_shared<const TriageEngine>(m_options.rules);

    m_listener = new QTcpServer(this);
    // A burst of connections waits in the kernel's queue rather than being dropped (SYNs retried after 1 s).
    m_listener->setListenBacklogSize(std::max(128, m_connectionCap));
    if (!m_listener->listen(m_options.address, m_options.port)) {
        const QString message = IntakeServerText::tr("cannot listen on %1:%2: %3")
                                    .arg(m_options.address.toString())
                                    .arg(m_options.port)
                                    .arg(m_listener->errorString());
        delete m_listener;
        m_listener = nullptr;
        return Failure{message};
    }
    m_port = m_listener->serverPort();
    // The workers accept on duplicates of the listening socket; whichever is idle takes the next connection.
    // This one only keeps the port and never accepts.
    m_listener->pauseAccepting();

    for (int i = 0; i < m_options.workers; ++i) {
        const int descriptor = ::fcntl(int(m_listener->socketDescriptor()), F_DUPFD_CLOEXEC, 0);
        if (descriptor < 0) {
            const QString message = IntakeServerText::tr("cannot share the listening socket: %1")
                                        .arg(QString::fromLocal8Bit(strerror(errno)));
            stopWorkers();
            return Failure{message};
        }
        auto *thread = new QThread(this);
        thread->setObjectName(QStringLiteral("intake-%1").arg(i + 1));
        auto *worker = new IntakeWorker(m_options, m_engine, m_limits, m_tls);
        worker->moveToThread(thread);
        connect(worker, &IntakeWorker::callStored, this, &IntakeServer::callStored);
        connect(worker, &IntakeWorker::rejected, this, &IntakeServer::rejected);
        connect(worker, &IntakeWorker::refused, this, &IntakeServer::noteRefusal);
        m_threads.append(thread);
        m_workers.append(worker);
        thread->start();
        bool listening = false;
        QString error;
        QMetaObject::invokeMethod(
            worker, [&] { listening = worker->listen(descriptor, &error); }, Qt::BlockingQueuedConnection);
        if (!listening) {
            stopWorkers();
            return Failure{error};
        }
    }
    return {};
}

void IntakeServer::stopWorkers()
{
    for (qsizetype i = 0; i < m_workers.size(); ++i) {
        IntakeWorker *worker = m_workers.at(i);
        QThread *thread = m_threads.at(i);
        if (thread->isRunning())
            QMetaObject::invokeMethod(worker, &IntakeWorker::shutdown, Qt::BlockingQueuedConnection);
        thread->quit();
        thread->wait();
        delete worker; // nothing of it is bound to its finished thread any more
        delete thread;
    }
    m_workers.clear();
    m_threads.clear();
    delete m_listener;
    m_listener = nullptr;
    m_port = 0;
}

} // namespace rr

#include "intakeserver.moc"
