#include "simulatecommand.h"

#include "commandsupport.h"
#include "feed/intakeserver.h"
#include "feed/simulator.h"
#include "terminationsignals.h"

#include <QCoreApplication>
#include <QIODevice>

namespace rr {

namespace {

const TextOption
    kTo({QStringLiteral("to"),
         QStringLiteral(QT_TRANSLATE_NOOP("rr::Option",
                                          "The intake service, e.g. http://127.0.0.1:8080 (required).")),
         QStringLiteral("URL")},
        TextOption::Trim::Yes);
const TypedOption<double>
    kRate({QStringLiteral("rate"),
           QStringLiteral(QT_TRANSLATE_NOOP("rr::Option", "Average calls per hour of simulated time.")),
           QStringLiteral("CALLS_PER_HOUR")},
          &convert::positiveReal);
const TypedOption<double> kSpeed(
    {QStringLiteral("speed"),
     QStringLiteral(QT_TRANSLATE_NOOP("rr::Option", "Simulated time runs X times faster than real time.")),
     QStringLiteral("X")},
    &convert::positiveReal);
const TypedOption<qint64> kCount(
    {QStringLiteral("count"),
     QStringLiteral(QT_TRANSLATE_NOOP("rr::Option", "Stop after N calls (default: run until interrupted).")),
     QStringLiteral("N")},
    &convert::positiveCount);

// The simulator's settings from the options: the token and the target.
Result<SimulatorOptions> simulatorOptions(const SimulateCommand::Options &options)
{
    SimulatorOptions sim;
    Result<QByteArray> token = loadIntakeToken(options.tokenFile);
    if (!token)
        return token.failure();
    sim.token = std::move(token).value();
    sim.target = QUrl(options.target);
    if (!sim.target.isValid() || sim.target.host().isEmpty())
        return Failure{SimulateCommand::tr("--to is not a URL: '%1'").arg(options.target)};
    if (sim.target.path().isEmpty() || sim.target.path() == u"/")
        sim.target.setPath(QStringLiteral("/v1/calls")); // --to names the service; calls go to its endpoint
    if (options.callsPerHour)
        sim.callsPerHour = *options.callsPerHour;
    if (options.speed)
        sim.speed = *options.speed;
    sim.count = options.count > 0 ? options.count : -1;
    sim.seed = options.seed;
    return sim;
}

} // namespace

SimulateCommand::SimulateCommand()
    : Command(
          QStringLiteral("simulate"),
          SimulateCommand::tr("Post realistic synthetic calls to an intake service"),
          SimulateCommand::tr(
              "Posts realistic synthetic calls to an intake service at a realistic rate (sped up with "
              "--speed),\n"
              "until --count calls were posted or it is interrupted. Exit status 1 when some could not be "
              "posted."))
{}

void SimulateCommand::declare(QCommandLineParser &parser) const
{
    add(parser, kTo);
    add(parser, kRate);
    add(parser, kSpeed);
    add(parser, kCount);
    add(parser, option::seed);
    add(parser, option::tokenFile);
}

Result<void> SimulateCommand::checkRaw(const QStringList &args) const
{
    return option::refuseTokenArgument(args);
}

Result<void> SimulateCommand::read(const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return Failure{SimulateCommand::tr("simulate takes no arguments")};
    Options o;
    const Result<quint64> seed = option::seed.value(parser);
    if (!seed)
        return seed.failure();
    const Result<std::optional<qint64>> count = kCount.ifSet(parser);
    if (!count)
        return count.failure();
    const Result<std::optional<double>> speed = kSpeed.ifSet(parser);
    if (!speed)
        return speed.failure();
    const Result<std::optional<double>> rate = kRate.ifSet(parser);
    if (!rate)
        return rate.failure();
    o.target = kTo.value(parser);
    if (o.target.isEmpty() || !(o.target.startsWith(u"http://") || o.target.startsWith(u"https://")))
        return Failure{SimulateCommand::tr("--to URL is required, e.g. http://127.0.0.1:8080")};
    o.callsPerHour = *rate;
    o.speed = *speed;
    o.count = count->value_or(0);
    o.seed = *seed;
    o.seedSet = option::seed.isSet(parser);
    o.tokenFile = option::tokenFile.value(parser);
    m_options = std::move(o);
    return {};
}

int SimulateCommand::run(CommandIo &io)
{
    const Result<SimulatorOptions> sim = simulatorOptions(m_options);
    if (!sim)
        return unusable(io.err, sim.error());
    Simulator simulator(*sim);
    qint64 failures = 0;
    constexpr qint64 kMaxFailureMessages = 100;
    QObject::connect(
        &simulator, &Simulator::failed, &simulator, [&](const QString &cadId, const QString &why) {
            if (failures++ < kMaxFailureMessages)
                say(io.err, SimulateCommand::tr("rightresponse-cli: %1 not posted: %2").arg(cadId, why));
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
    sayNow(io.out, SimulateCommand::tr("posted %n call(s) to %1, %2 failed", nullptr, int(posted))
                       .arg(sim->target.toString())
                       .arg(failed));
    return failed > 0 ? exitcode::SomeRowsRejected : exitcode::Ok;
}

} // namespace rr
