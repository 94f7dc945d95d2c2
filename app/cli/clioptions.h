#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace rr {

enum class OutputFormat { Csv, Jsonl };

// What `rightresponse-cli` was asked to do, parsed from its arguments. A plain value so that parsing is
// unit-tested without running anything.
struct CliOptions
{
    enum class Command { None, Help, Version, Triage, Generate };
    Command command = Command::None;
    QString error;    // non-empty: the invocation is unusable (exit status 2)
    QString helpText; // for Help, and printed after an error

    // triage
    QString rulesFile; // empty: the built-in default rule set
    QStringList maps;  // FIELD=COLUMN
    OutputFormat format = OutputFormat::Csv;
    QString input;     // file path, or "-" for standard input

    // generate
    qint64 calls = 0;
    quint64 seed = 1;
    QDateTime start;
};

// Parses the arguments after the program name (`args[0]` is the program itself, as in QCoreApplication).
CliOptions parseCliArguments(const QStringList &args);

// Exit statuses shared by every subcommand.
namespace exitcode {
inline constexpr int Ok = 0;
inline constexpr int SomeRowsRejected = 1;
inline constexpr int Usage = 2;
} // namespace exitcode

} // namespace rr
