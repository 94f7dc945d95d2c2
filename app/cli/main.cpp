// rightresponse-cli: triage CAD exports, measure a rule set on labelled calls, generate synthetic calls, load
// calls into the database, screen and decide on them, list them and manage the database, from the command line.

#include "clioptions.h"
#include "commands.h"
#include "io/cadtime.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

int main(int argc, char *argv[])
{
    // CAD exports give local times without an offset; with TZ unset every conversion re-reads /etc/localtime,
    // which makes a large import several times slower. Pin the zone once, before any thread starts.
    rr::pinLocalTimeZone();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("rightresponse-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RR_VERSION));

    QFile in;
    QFile out;
    QFile err;
    in.open(stdin, QIODevice::ReadOnly);
    out.open(stdout, QIODevice::WriteOnly);
    err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);

    const rr::CliOptions options = rr::parseCliArguments(QCoreApplication::arguments());
    if (!options.error.isEmpty()) {
        err.write(
            QStringLiteral("rightresponse-cli: %1\n\n%2").arg(options.error, options.helpText).toUtf8());
        return rr::exitcode::Usage;
    }
    switch (options.command) {
    case rr::CliOptions::Command::Help:
        out.write(options.helpText.toUtf8());
        return rr::exitcode::Ok;
    case rr::CliOptions::Command::Version:
        out.write(
            QStringLiteral("rightresponse-cli %1\n").arg(QCoreApplication::applicationVersion()).toUtf8());
        return rr::exitcode::Ok;
    case rr::CliOptions::Command::Triage:
        return rr::runTriage(options, in, out, err);
    case rr::CliOptions::Command::Generate:
        return rr::runGenerate(options, out, err);
    case rr::CliOptions::Command::Import:
        return rr::runImport(options, in, out, err);
    case rr::CliOptions::Command::Decide:
        return rr::runDecide(options, out, err);
    case rr::CliOptions::Command::Screen:
        return rr::runScreen(options, out, err);
    case rr::CliOptions::Command::Calls:
        return rr::runCalls(options, out, err);
    case rr::CliOptions::Command::Db:
        return rr::runDb(options, out, err);
    case rr::CliOptions::Command::Evaluate:
        return rr::runEvaluate(options, in, out, err);
    case rr::CliOptions::Command::Intake:
        return rr::runIntake(options, out, err);
    case rr::CliOptions::Command::Simulate:
        return rr::runSimulate(options, out, err);
    case rr::CliOptions::Command::None:
        break;
    }
    return rr::exitcode::Usage;
}
