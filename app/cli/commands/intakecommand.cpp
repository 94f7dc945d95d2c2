#include "intakecommand.h"

#include "clidatabase.h"
#include "commandsupport.h"
#include "feed/intakeserver.h"
#include "store/pgconnection.h"
#include "terminationsignals.h"

#include <QCoreApplication>
#include <QIODevice>

namespace rr {

namespace {

const TextOption kListen(
    {QStringLiteral("listen"),
     QStringLiteral(QT_TRANSLATE_NOOP("rr::Option",
                                      "Address and port to listen on, e.g. 127.0.0.1:8080 (required).")),
     QStringLiteral("ADDR:PORT")});
const TextOption kTlsCert(
    {QStringLiteral("tls-cert"),
     QStringLiteral(QT_TRANSLATE_NOOP("rr::Option",
                                      "Serve HTTPS with this PEM certificate (chain); needs --tls-key.")),
     QStringLiteral("FILE")});
const TextOption
    kTlsKey({QStringLiteral("tls-key"),
             QStringLiteral(QT_TRANSLATE_NOOP("rr::Option",
                                              "The PEM private key (unencrypted, RSA or EC) of --tls-cert.")),
             QStringLiteral("FILE")});
const FlagOption kAllowNoToken(
    {QStringLiteral("allow-no-token"),
     QStringLiteral(QT_TRANSLATE_NOOP("rr::Option",
                                      "Listen on an address other than loopback without a token "
                                      "(refused otherwise): anyone who can reach it may post calls."))});
const TypedOption<double> kIdleTimeout(
    {QStringLiteral("idle-timeout"),
     QStringLiteral(QT_TRANSLATE_NOOP(
         "rr::Option",
         "Close a connection that has not sent a whole request within SECONDS of opening or of its "
         "last answer (default 10).")),
     QStringLiteral("SECONDS"), QStringLiteral("10")},
    &convert::positiveReal);
const TypedOption<int> kMaxConnections(
    {QStringLiteral("max-connections"),
     QStringLiteral(QT_TRANSLATE_NOOP(
         "rr::Option", "Open connections at most; more are answered 503 and closed at once (default 1024).")),
     QStringLiteral("N"), QStringLiteral("1024")},
    &convert::positiveInt);
const TypedOption<int> kMaxPerClient(
    {QStringLiteral("max-connections-per-client"),
     QStringLiteral(QT_TRANSLATE_NOOP("rr::Option",
                                      "Open connections at most from one client address (default 256).")),
     QStringLiteral("N"), QStringLiteral("256")},
    &convert::positiveInt);

// "127.0.0.1:8080", "[::1]:8080", "localhost:0" (0: any free port).
bool parseListen(const QString &text, QString &address, quint16 &port)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return false;
    address = text.left(colon);
    if (address.startsWith(u'[') && address.endsWith(u']'))
        address = address.mid(1, address.size() - 2);
    bool ok = false;
    const uint n = text.mid(colon + 1).toUInt(&ok);
    if (!ok || n > 65535 || address.isEmpty())
        return false;
    port = quint16(n);
    return true;
}

QString hostForUrl(const QString &address)
{
    return address.contains(u':') ? u'[' + address + u']' : address;
}

// The server's settings from the options: the token, the rule set and the address.
Result<IntakeOptions> intakeOptions(const IntakeCommand::Options &options)
{
    IntakeOptions intake;
    Result<QByteArray> token = loadIntakeToken(options.tokenFile);
    if (!token)
        return token.failure();
    intake.token = std::move(token).value();
    Result<std::shared_ptr<const RuleSet>> rules = loadRules(options.rulesFile);
    if (!rules)
        return rules.failure();
    intake.rules = std::move(rules).value();
    if (options.listenAddress.compare(u"localhost", Qt::CaseInsensitive) == 0)
        intake.address = QHostAddress::LocalHost;
    else if (!intake.address.setAddress(options.listenAddress))
        return Failure{IntakeCommand::tr("--listen needs an IP address such as 127.0.0.1 or ::1, got '%1'")
                           .arg(options.listenAddress)};
    intake.port = options.listenPort;
    intake.allowNoToken = options.allowNoToken;
    intake.tlsCertificateFile = options.tlsCertificateFile;
    intake.tlsKeyFile = options.tlsKeyFile;
    intake.idleTimeoutMs = int(std::min(options.idleTimeoutSeconds * 1000.0, 24.0 * 3600 * 1000));
    intake.maxConnections = options.maxConnections;
    intake.maxConnectionsPerClient = options.maxConnectionsPerClient;
    if (const Result<void> exposed = checkExposure(intake); !exposed)
        return exposed.failure();
    return intake;
}

// Serves until SIGINT or SIGTERM, logging every stored and rejected call on standard error.
void serve(IntakeServer &server, const IntakeOptions &intake, CommandIo &io)
{
    qint64 stored = 0;
    qint64 rejected = 0;
    QObject::connect(&server, &IntakeServer::callStored, &server,
                     [&](const QString &cadId, bool created, bool changed) {
                         ++stored;
                         say(io.err, IntakeCommand::tr("stored %1 (%2)")
                                         .arg(cadId, created   ? QStringLiteral("new")
                                                     : changed ? QStringLiteral("updated")
                                                               : QStringLiteral("resent")));
                     });
    QObject::connect(&server, &IntakeServer::rejected, &server, [&](int status, const QString &message) {
        ++rejected;
        if (status != 401) // reported by address and rate-limited below
            say(io.err, IntakeCommand::tr("rejected: HTTP %1: %2").arg(status).arg(message));
    });
    const int interval = intake.refusalReportIntervalMs / 1000;
    QObject::connect(
        &server, &IntakeServer::refusalsReported, &server,
        [&io, interval](IntakeRefusal kind, const QHostAddress &client, qint64 count) {
            say(io.err,
                IntakeCommand::tr("refused: %1 from %2%3")
                    .arg(describe(kind, count), client.toString(),
                         count == 1 ? QString() : IntakeCommand::tr(" in the last %1 s").arg(interval)));
        });
    TerminationSignals signals_;
    QString stoppedBy;
    QObject::connect(&signals_, &TerminationSignals::received, &server, [&](const QString &name) {
        stoppedBy = name;
        QCoreApplication::quit();
    });
    const auto caps = [&] {
        return IntakeCommand::tr("rightresponse-cli: intake: at most %1 connections (%2 per client address), "
                                 "closed after %3 s without a whole request")
            .arg(server.connectionCap())
            .arg(intake.maxConnectionsPerClient)
            .arg(intake.idleTimeoutMs / 1000.0);
    };
    say(io.err, caps());
    sayNow(io.out, IntakeCommand::tr("intake listening on %1://%2:%3")
                       .arg(server.scheme(), hostForUrl(intake.address.toString()))
                       .arg(server.port()));
    QCoreApplication::exec();
    server.reportRefusals(); // what the last interval held
    say(io.err,
        IntakeCommand::tr("rightresponse-cli: intake stopped (%1): %2 calls stored, %3 requests rejected")
            .arg(stoppedBy.isEmpty() ? IntakeCommand::tr("event loop ended") : stoppedBy)
            .arg(stored)
            .arg(rejected));
}

} // namespace

IntakeCommand::IntakeCommand()
    : Command(QStringLiteral("intake"), IntakeCommand::tr("Receive calls over HTTP, triage and store them"),
              IntakeCommand::tr(
                  "Receives calls as JSON over HTTP (POST /v1/calls, bearer token), triages and stores them, "
                  "until\n"
                  "interrupted (SIGINT or SIGTERM). The token comes from --token-file or "
                  "RIGHTRESPONSE_INTAKE_TOKEN,\n"
                  "never from the command line; without one, only a loopback address may be listened on\n"
                  "unless --allow-no-token is given. A connection that sends no whole request within\n"
                  "--idle-timeout is closed; connections over --max-connections, or over\n"
                  "--max-connections-per-client from one address, are answered 503 and closed at once; a\n"
                  "body whose Content-Length is over 64 KiB is answered 413 before it is read. Refused\n"
                  "tokens and connections are logged with the client's address, at most twice in 10 s.\n"
                  "With --tls-cert and --tls-key it serves HTTPS (TLS 1.2 or later)."))
{}

void IntakeCommand::declare(QCommandLineParser &parser) const
{
    add(parser, kListen);
    add(parser, option::tokenFile);
    add(parser, kAllowNoToken);
    add(parser, kTlsCert);
    add(parser, kTlsKey);
    add(parser, kIdleTimeout);
    add(parser, kMaxConnections);
    add(parser, kMaxPerClient);
    add(parser, option::rules);
    DatabaseOptions::addTo(parser);
}

Result<void> IntakeCommand::checkRaw(const QStringList &args) const
{
    return option::refuseTokenArgument(args);
}

Result<void> IntakeCommand::read(const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return Failure{IntakeCommand::tr("intake takes no arguments")};
    Options o;
    if (!kListen.isSet(parser))
        return Failure{IntakeCommand::tr("--listen ADDR:PORT is required")};
    if (!parseListen(kListen.value(parser), o.listenAddress, o.listenPort))
        return Failure{IntakeCommand::tr("--listen must be ADDR:PORT such as 127.0.0.1:8080, got '%1'")
                           .arg(kListen.value(parser))};
    const Result<DatabaseOptions> database = DatabaseOptions::read(parser);
    if (!database)
        return database.failure();
    o.database = *database;
    o.tokenFile = option::tokenFile.value(parser);
    o.rulesFile = option::rules.value(parser);
    o.allowNoToken = kAllowNoToken.value(parser);
    o.tlsCertificateFile = kTlsCert.value(parser);
    o.tlsKeyFile = kTlsKey.value(parser);
    if (o.tlsCertificateFile.isEmpty() != o.tlsKeyFile.isEmpty())
        return Failure{IntakeCommand::tr("--tls-cert and --tls-key go together")};
    const Result<double> idle = kIdleTimeout.value(parser);
    if (!idle)
        return idle.failure();
    o.idleTimeoutSeconds = *idle;
    const Result<int> maxConnections = kMaxConnections.value(parser);
    if (!maxConnections)
        return maxConnections.failure();
    o.maxConnections = *maxConnections;
    const Result<int> perClient = kMaxPerClient.value(parser);
    if (!perClient)
        return perClient.failure();
    o.maxConnectionsPerClient = *perClient;
    if (o.maxConnectionsPerClient > o.maxConnections)
        return Failure{
            IntakeCommand::tr("--max-connections-per-client (%1) cannot be more than --max-connections (%2)")
                .arg(o.maxConnectionsPerClient)
                .arg(o.maxConnections)};
    m_options = std::move(o);
    return {};
}

int IntakeCommand::run(CommandIo &io)
{
    Result<IntakeOptions> intake = intakeOptions(m_options);
    if (!intake)
        return unusable(io.err, intake.error());

    // Start (and migrate) the embedded cluster, or check the chosen database's schema, before listening; the
    // server opens its own connection.
    CliDatabase database(m_options.database);
    if (const Result<std::unique_ptr<PgConnection>> opened = database.open(); !opened)
        return unusable(io.err, opened.error());
    intake->dbUri = database.uri();

    IntakeServer server(*intake);
    if (const Result<void> started = server.start(); !started)
        return unusable(io.err, started.error());
    if (intake->token.isEmpty())
        say(io.err, IntakeCommand::tr(
                        "rightresponse-cli: warning: no token (--token-file or RIGHTRESPONSE_INTAKE_TOKEN): "
                        "anyone who can reach this port may post calls%1")
                        .arg(intake->address.isLoopback()
                                 ? QString()
                                 : IntakeCommand::tr(" (%1 is not loopback; --allow-no-token was given)")
                                       .arg(intake->address.toString())));
    serve(server, *intake, io);
    return exitcode::Ok;
}

} // namespace rr
