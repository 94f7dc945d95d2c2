#pragma once

#include "domain/responsekind.h"
#include "domain/screeninganswer.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace rr {

enum class OutputFormat
{
    Csv,
    Jsonl,
    Text // evaluate only
};

// What `rightresponse-cli` was asked to do, parsed from its arguments. A plain value so that parsing is
// unit-tested without running anything.
struct CliOptions
{
    enum class Command
    {
        None,
        Help,
        Version,
        Triage,
        Generate,
        Import,
        Decide,
        Screen,
        Calls,
        Db,
        Intake,
        Simulate,
        Evaluate
    };
    Command command = Command::None;
    QString error;    // non-empty: the invocation is unusable (exit status 2)
    QString helpText; // for Help, and printed after an error

    // triage, import, intake, evaluate, screen
    QString rulesFile;                       // empty: the built-in default rule set
    QStringList maps;                        // FIELD=COLUMN
    OutputFormat format = OutputFormat::Csv; // also calls
    QString input;                           // file path, "-" for standard input (also import, evaluate)

    // evaluate
    std::optional<double> minAccuracy; // 0..1

    // generate (seed also simulate)
    qint64 calls = 0;
    quint64 seed = 1;
    QDateTime start;

    // the database: import, decide, screen, calls, db, intake (see rr::resolveConnection)
    QString dbUri;   // --db: a libpq connection string or URI
    QString dataDir; // --data-dir: the embedded cluster's directory

    // db
    enum class DbAction
    {
        Start,
        Stop,
        Status,
        Migrate,
        Uri
    };
    DbAction dbAction = DbAction::Status;

    // decide (callId, dispatcher and workstation also screen)
    QString callId;
    QString dispatcher;
    bool accept = false;                      // --accept; else an override
    std::optional<ResponseKind> overrideKind; // --override KIND
    QString reasonCode;
    QString note;
    QString workstation; // empty: the machine's host name

    // screen: QUESTION=ANSWER in the order given, each question once
    QList<ScreeningAnswer> screeningAnswers;

    // calls
    bool openOnly = false;
    int limit = 100000;

    // intake
    QString listenAddress; // "127.0.0.1", "::1", "0.0.0.0"
    quint16 listenPort = 0;
    QString tokenFile; // also simulate; the token itself never comes from the command line

    // simulate
    QString target; // http://host:port
    std::optional<double> callsPerHour;
    std::optional<double> speed;
    qint64 count = 0; // 0: until interrupted
    bool seedSet = false;
};

// Parses the arguments after the program name (`args[0]` is the program itself, as in QCoreApplication).
CliOptions parseCliArguments(const QStringList &args);

// Exit statuses shared by every subcommand.
namespace exitcode {
inline constexpr int Ok = 0;
inline constexpr int SomeRowsRejected = 1;
inline constexpr int BelowStandard = 1;  // evaluate: an unsafe suggestion, or accuracy under --min-accuracy
inline constexpr int Usage = 2;          // also: the database cannot be reached
inline constexpr int AlreadyDecided = 3; // decide: another decision won
} // namespace exitcode

} // namespace rr
