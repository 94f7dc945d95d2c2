// rightresponse-cli: triage CAD exports, measure a rule set on labelled calls, generate synthetic calls, load
// calls into the database, screen and decide on them, list them and manage the database, from the command
// line. The subcommands are in commands/, registered in command.cpp.

#include "command.h"
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
    rr::CommandIo io{in, out, err};
    return rr::runCommandLine(QCoreApplication::arguments(), io);
}
