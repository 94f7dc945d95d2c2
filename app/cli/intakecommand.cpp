#include "commands.h"

#include "clidatabase.h"
#include "commandsupport.h"
#include "feed/intakeserver.h"
#include "feed/simulator.h"
#include "store/pgconnection.h"
#include "terminationsignals.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QIODevice>

namespace rr {

namespace {

void writeLine(QIODevice &out, const QString &text)
{
    out.write(text.toUtf8() + '\n');
    if (auto *file = qobject_cast<QFileDevice *>(&out))
        file->flush(); // a pipe is fully buffered: whoever waits for this line must get it now
}

QString hostForUrl(const QString &address)
{
    return address.contains(u':') ? u'[' + address + u']' : address;
}

} // namespace

int runIntake(const CliOptions &options, QIODevice &out, QIODevice &err)
{
    IntakeOptions intake;
    QString error;
    intake.token = loadIntakeToken(options.tokenFile, &error);
    if (!error.isEmpty()) {
        say(err, QStringLiteral("rightresponse-cli: %1").arg(error));
        return exitcode::Usage;
    }
    intake.rules = loadRules(options, err);
    if (!intake.rules)
        return exitcode::Usage;
    if (options.listenAddress.compare(u"localhost", Qt::CaseInsensitive) == 0)
        intake.address = QHostAddress::LocalHost;
    else if (!intake.address.setAddress(options.listenAddress)) {
        say(err, QStringLiteral(
                     "rightresponse-cli: --listen needs an IP address such as 127.0.0.1 or ::1, got '%1'")
                     .arg(options.listenAddress));
        return exitcode::Usage;
    }
    intake.port = options.listenPort;

    // Start (and migrate) the embedded cluster, or check the chosen database's schema, before listening; the
    // server opens its own connection.
    CliDatabase database(options);
    if (!database.open(err))
        return exitcode::Usage;
    intake.dbUri = database.uri();

    IntakeServer server(intake);
    if (!server.start(&error)) {
        say(err, QStringLiteral("rightresponse-cli: %1").arg(error));
        return exitcode::Usage;
    }
    if (intake.token.isEmpty())
        say(err, QStringLiteral(
                     "rightresponse-cli: warning: no token (--token-file or RIGHTRESPONSE_INTAKE_TOKEN): "
                     "anyone who can reach this port may post calls"));
    qint64 stored = 0;
    qint64 rejected = 0;
    QObject::connect(&server, &IntakeServer::callStored, &server,
                     [&](const QString &cadId, bool created, bool changed) {
                         ++stored;
                         say(err, QStringLiteral("stored %1 (%2)")
                                      .arg(cadId, created   ? QStringLiteral("new")
                                                  : changed ? QStringLiteral("updated")
                                                            : QStringLiteral("resent")));
                     });
    QObject::connect(&server, &IntakeServer::rejected, &server, [&](int status, const QString &message) {
        ++rejected;
        say(err, QStringLiteral("rejected: HTTP %1: %2").arg(status).arg(message));
    });
    TerminationSignals signals_;
    QString stoppedBy;
    QObject::connect(&signals_, &TerminationSignals::received, &server, [&](const QString &name) {
        stoppedBy = name;
        QCoreApplication::quit();
    });
    writeLine(out, QStringLiteral("intake listening on http://%1:%2")
                       .arg(hostForUrl(intake.address.toString()))
                       .arg(server.port()));
    QCoreApplication::exec();
    say(err, QStringLiteral("rightresponse-cli: intake stopped (%1): %2 calls stored, %3 requests rejected")
                 .arg(stoppedBy.isEmpty() ? QStringLiteral("event loop ended") : stoppedBy)
                 .arg(stored)
                 .arg(rejected));
    return exitcode::Ok;
}

int runSimulate(const CliOptions &options, QIODevice &out, QIODevice &err)
{
    SimulatorOptions sim;
    QString error;
    sim.token = loadIntakeToken(options.tokenFile, &error);
    if (!error.isEmpty()) {
        say(err, QStringLiteral("rightresponse-cli: %1").arg(error));
        return exitcode::Usage;
    }
    sim.target = QUrl(options.target);
    if (!sim.target.isValid() || sim.target.host().isEmpty()) {
        say(err, QStringLiteral("rightresponse-cli: --to is not a URL: '%1'").arg(options.target));
        return exitcode::Usage;
    }
    if (sim.target.path().isEmpty() || sim.target.path() == u"/")
        sim.target.setPath(QStringLiteral("/v1/calls")); // --to names the service; calls go to its endpoint
    if (options.callsPerHour)
        sim.callsPerHour = *options.callsPerHour;
    if (options.speed)
        sim.speed = *options.speed;
    sim.count = options.count > 0 ? options.count : -1;
    sim.seed = options.seed;

    Simulator simulator(sim);
    qint64 failures = 0;
    constexpr qint64 kMaxFailureMessages = 100;
    QObject::connect(&simulator, &Simulator::failed, &simulator,
                     [&](const QString &cadId, const QString &why) {
                         if (failures++ < kMaxFailureMessages)
                             say(err, QStringLiteral("rightresponse-cli: %1 not posted: %2").arg(cadId, why));
                     });
    qint64 posted = 0;
    qint64 failed = 0;
    QObject::connect(&simulator, &Simulator::finished, &simulator, [&](qint64 p, qint64 f) {
        posted = p;
        failed = f;
        QCoreApplication::quit();
    });
    TerminationSignals signals_;
    QObject::connect(&signals_, &TerminationSignals::received, &simulator, [&] { simulator.stop(); });
    simulator.start();
    QCoreApplication::exec();
    writeLine(out, QStringLiteral("posted %1 calls to %2, %3 failed")
                       .arg(posted)
                       .arg(sim.target.toString())
                       .arg(failed));
    return failed > 0 ? exitcode::SomeRowsRejected : exitcode::Ok;
}

} // namespace rr
