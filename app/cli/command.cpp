#include "command.h"

#include "commands/callscommand.h"
#include "commands/dbcommand.h"
#include "commands/decidecommand.h"
#include "commands/evaluatecommand.h"
#include "commands/generatecommand.h"
#include "commands/importcommand.h"
#include "commands/intakecommand.h"
#include "commands/reportcommand.h"
#include "commands/scenariocommand.h"
#include "commands/screencommand.h"
#include "commands/seedhistorycommand.h"
#include "commands/simulatecommand.h"
#include "commands/staffcommand.h"
#include "commands/trainingcommand.h"
#include "commands/triagecommand.h"

#include <QCoreApplication>
#include <QIODevice>

namespace rr {

// The registry: every subcommand, in the order of the main help. A new subcommand is one line here.
std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<TriageCommand>());
    commands.push_back(std::make_unique<EvaluateCommand>());
    commands.push_back(std::make_unique<GenerateCommand>());
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<DecideCommand>());
    commands.push_back(std::make_unique<ScreenCommand>());
    commands.push_back(std::make_unique<CallsCommand>());
    commands.push_back(std::make_unique<ReportCommand>());
    commands.push_back(std::make_unique<SeedHistoryCommand>());
    commands.push_back(std::make_unique<DbCommand>());
    commands.push_back(std::make_unique<StaffCommand>());
    commands.push_back(std::make_unique<ScenarioCommand>());
    commands.push_back(std::make_unique<TrainingCommand>());
    commands.push_back(std::make_unique<IntakeCommand>());
    commands.push_back(std::make_unique<SimulateCommand>());
    return commands;
}

Command::Command(QString name, QString summary, QString description)
    : m_name(std::move(name)), m_summary(std::move(summary)), m_description(std::move(description))
{}

Result<Command::Parsed> Command::parse(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(m_description);
    parser.addOption(Option::translated(option::help));
    declare(parser);
    // "Usage: rightresponse-cli [options]" names the command: "... triage [options]" (as Qt's own catalogue
    // writes "[options]" in the interface language).
    const QString optionsWord = QCoreApplication::translate("QCommandLineParser", "[options]");
    m_helpText = parser.helpText().replace(optionsWord, m_name + u' ' + optionsWord);
    if (Result<void> raw = checkRaw(args); !raw)
        return raw.failure();
    if (!parser.parse(args))
        return Failure{parser.errorText()};
    if (parser.isSet(option::help))
        return Parsed::Help;
    if (Result<void> options = read(parser); !options)
        return options.failure();
    return Parsed::Run;
}

Result<void> Command::checkRaw(const QStringList &) const
{
    return {};
}

void Command::add(QCommandLineParser &parser, const PositionalArgument &argument)
{
    parser.addPositionalArgument(
        argument.name, QCoreApplication::translate("rr::Option", argument.description.toUtf8().constData()),
        argument.syntax);
}

QString mainHelp()
{
    QString commands;
    const std::vector<std::unique_ptr<Command>> all = allCommands();
    qsizetype width = 8;
    for (const auto &c : all)
        width = std::max(width, c->name().size());
    for (const auto &c : all)
        commands += QStringLiteral("  %1%2\n").arg(c->name().leftJustified(width + 3), c->summary());
    return Command::
        tr("Usage: rightresponse-cli COMMAND [options]\n"
           "\n"
           "Suggest the right responder (unarmed, co_responder or police) for 911 calls.\n"
           "\n"
           "Commands:\n"
           "%1"
           "\n"
           "The database: --db URI, else RIGHTRESPONSE_DB, else libpq's PG* variables, else the settings "
           "key\n"
           "database/uri, else a private PostgreSQL cluster that the program starts itself\n"
           "(in RIGHTRESPONSE_DATA_DIR or --data-dir DIR when set).\n"
           "\n"
           "Options:\n"
           "  -h, --help     Show this help, or a command's help: rightresponse-cli COMMAND --help\n"
           "  -v, --version  Show the version\n"
           "  --lang LANG    Language of the messages: es (Spanish) or en (English); default: the system's\n"
           "\n"
           "Exit status: 0 success; 1 some input rows rejected (or some calls not posted, or evaluate\n"
           "found an unsafe suggestion or an accuracy under its minimum); 2 unusable invocation, file "
           "or\n"
           "rule set, or the database cannot be reached; 3 the call was already decided.\n")
            .arg(commands);
}

Invocation parseCommandLine(const QStringList &args)
{
    Invocation invocation;
    invocation.helpText = mainHelp();
    const QString name = args.value(1);
    if (name.isEmpty()) {
        invocation.error = Command::tr("no command given");
        return invocation;
    }
    if (name == u"-h" || name == u"--help" || name == u"help") {
        invocation.action = Invocation::Action::Help;
        return invocation;
    }
    if (name == u"-v" || name == u"--version") {
        invocation.action = Invocation::Action::Version;
        return invocation;
    }
    for (std::unique_ptr<Command> &command : allCommands()) {
        if (command->name() != name)
            continue;
        const Result<Command::Parsed> parsed = command->parse(args.mid(1));
        invocation.helpText = command->helpText();
        if (!parsed)
            invocation.error = parsed.error();
        else if (*parsed == Command::Parsed::Help)
            invocation.action = Invocation::Action::Help;
        else
            invocation.action = Invocation::Action::Run;
        invocation.command = std::move(command);
        return invocation;
    }
    invocation.error = Command::tr("unknown command '%1'").arg(name);
    return invocation;
}

int runCommandLine(const QStringList &args, CommandIo &io)
{
    const Invocation invocation = parseCommandLine(args);
    switch (invocation.action) {
    case Invocation::Action::Usage:
        io.err.write(QStringLiteral("rightresponse-cli: %1\n\n%2")
                         .arg(invocation.error, invocation.helpText)
                         .toUtf8());
        return exitcode::Usage;
    case Invocation::Action::Help:
        io.out.write(invocation.helpText.toUtf8());
        return exitcode::Ok;
    case Invocation::Action::Version:
        io.out.write(
            QStringLiteral("rightresponse-cli %1\n").arg(QCoreApplication::applicationVersion()).toUtf8());
        return exitcode::Ok;
    case Invocation::Action::Run:
        break;
    }
    return invocation.command->run(io);
}

} // namespace rr
