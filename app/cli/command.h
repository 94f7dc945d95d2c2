#pragma once

#include "core/result.h"
#include "options.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QIODevice;

namespace rr {

// Exit statuses shared by every subcommand.
namespace exitcode {
inline constexpr int Ok = 0;
inline constexpr int SomeRowsRejected = 1;
inline constexpr int BelowStandard = 1;  // evaluate: an unsafe suggestion, or accuracy under --min-accuracy
inline constexpr int Usage = 2;          // also: the database cannot be reached
inline constexpr int AlreadyDecided = 3; // decide: another decision won
} // namespace exitcode

// The devices a command reads and writes: standard input, output and error. Messages for the user go to err.
struct CommandIo
{
    QIODevice &in;
    QIODevice &out;
    QIODevice &err;
};

// One subcommand of rightresponse-cli (the design of KeePassXC's src/cli/Command.h): its name, the line that
// describes it in the main help, its own options and positional arguments, and run(). A command parses its
// arguments into its own small options struct, which the unit tests read through options(); run() uses it.
// To add a subcommand: a new class in commands/, and one line in the registry in command.cpp. Main thread.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(rr::Command)

public:
    virtual ~Command() = default;

    const QString &name() const { return m_name; }
    // One line for the main help: "Triage the calls of a CAD export (CSV) and write ...".
    const QString &summary() const { return m_summary; }

    enum class Parsed
    {
        Run,  // the options are read: run() may go
        Help, // --help was asked for: print helpText()
    };
    // Parses the arguments that follow the command's name; `args[0]` is the name itself, where
    // QCommandLineParser expects the program. A Failure says why the invocation is unusable (exit status 2).
    Result<Parsed> parse(const QStringList &args);
    // "Usage: rightresponse-cli triage [options] [FILE|-]" and the rest; set by parse().
    const QString &helpText() const { return m_helpText; }

    // Does the work with the options read by parse(); returns the exit status (rr::exitcode).
    virtual int run(CommandIo &io) = 0;

protected:
    Command(QString name, QString summary, QString description);

    // Adds this command's options and positional arguments, in the order of its help.
    virtual void declare(QCommandLineParser &parser) const = 0;
    // Reads the parsed arguments into the command's options; a Failure makes the invocation unusable.
    virtual Result<void> read(const QCommandLineParser &parser) = 0;
    // A check of the raw arguments before QCommandLineParser sees them (a token on the command line).
    virtual Result<void> checkRaw(const QStringList &args) const;

    static void add(QCommandLineParser &parser, const Option &option) { parser.addOption(option.spec()); }
    static void add(QCommandLineParser &parser, const PositionalArgument &argument);

private:
    QString m_name;
    QString m_summary;
    QString m_description;
    QString m_helpText;
};

// Every subcommand, newly made, in the order of the main help.
std::vector<std::unique_ptr<Command>> allCommands();

// What the command line asks for. A plain value, so that parsing is unit-tested without running anything.
struct Invocation
{
    enum class Action
    {
        Usage, // unusable: print error and helpText on standard error, exit status 2
        Help,
        Version,
        Run,
    };
    Action action = Action::Usage;
    std::unique_ptr<Command> command; // Run; also Help and Usage of a command
    QString error;
    QString helpText; // the command's help, else the main help
};

// Parses the whole command line (`args[0]` is the program itself, as in QCoreApplication::arguments()).
Invocation parseCommandLine(const QStringList &args);

// Parses and runs: the body of main(). Returns the exit status.
int runCommandLine(const QStringList &args, CommandIo &io);

// The main help: usage, the commands with their summaries, the database, the options and the exit statuses.
QString mainHelp();

} // namespace rr
