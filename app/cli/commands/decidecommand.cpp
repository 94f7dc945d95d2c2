#include "decidecommand.h"

#include "clidatabase.h"
#include "commandsupport.h"
#include "store/callstore.h"
#include "store/pgconnection.h"

#include <QIODevice>
#include <QSysInfo>
#include <QUuid>

namespace rr {

namespace {

const FlagOption kAccept({QStringLiteral("accept"),
                          QStringLiteral(QT_TRANSLATE_NOOP("rr::Option", "Accept the suggestion."))});
const TextOption kOverride(
    {QStringLiteral("override"),
     QStringLiteral(QT_TRANSLATE_NOOP("rr::Option", "Send another kind: unarmed, co_responder or police.")),
     QStringLiteral("KIND")},
    TextOption::Trim::Yes);
const TextOption kReason(
    {QStringLiteral("reason"),
     QStringLiteral(QT_TRANSLATE_NOOP(
         "rr::Option", "Why the suggestion was overridden: new_information, caller_request, no_unit_free, "
                       "safety_history, supervisor_direction or other (needs --note).")),
     QStringLiteral("CODE")},
    TextOption::Trim::Yes);
const TextOption kNote({QStringLiteral("note"),
                        QStringLiteral(QT_TRANSLATE_NOOP("rr::Option", "A note with the decision.")),
                        QStringLiteral("TEXT")});

// Either --accept, or --override KIND --reason CODE.
Result<void> readChoice(const QCommandLineParser &parser, DecideCommand::Options &o)
{
    if (o.accept == kOverride.isSet(parser))
        return Failure{DecideCommand::tr("give either --accept or --override KIND --reason CODE")};
    if (o.accept && kReason.isSet(parser))
        return Failure{DecideCommand::tr("--reason goes with --override, not --accept")};
    if (o.accept)
        return {};
    const QString kind = kOverride.value(parser).toLower();
    o.overrideKind = responseKindFromString(kind);
    if (!o.overrideKind)
        return Failure{
            DecideCommand::tr("unknown --override '%1' (use unarmed, co_responder or police)").arg(kind)};
    if (o.reasonCode.isEmpty())
        return Failure{DecideCommand::tr("--override needs --reason CODE")};
    return {};
}

} // namespace

DecideCommand::DecideCommand()
    : Command(
          QStringLiteral("decide"),
          DecideCommand::tr("Store a dispatcher's decision on a call (accept the suggestion or override it)"),
          DecideCommand::tr(
              "Stores a dispatcher's decision on a call: accept its suggestion, or override it with another "
              "kind\n"
              "and a reason. The first decision wins: exit status 3 when the call was already decided (the\n"
              "message names who decided and when)."))
{}

void DecideCommand::declare(QCommandLineParser &parser) const
{
    add(parser, option::dispatcher);
    add(parser, kAccept);
    add(parser, kOverride);
    add(parser, kReason);
    add(parser, kNote);
    add(parser, option::workstation);
    DatabaseOptions::addTo(parser);
    add(parser, positional::callId);
}

Result<void> DecideCommand::read(const QCommandLineParser &parser)
{
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 1 || pos.first().trimmed().isEmpty())
        return Failure{DecideCommand::tr("decide needs exactly one CALL_ID")};
    Options o;
    o.callId = pos.first().trimmed();
    o.dispatcher = option::dispatcher.value(parser);
    o.accept = kAccept.value(parser);
    o.reasonCode = kReason.value(parser);
    o.note = kNote.value(parser);
    o.workstation = option::workstation.value(parser);
    if (o.dispatcher.isEmpty())
        return Failure{DecideCommand::tr("--dispatcher ID is required")};
    if (Result<void> choice = readChoice(parser, o); !choice)
        return choice;
    const Result<DatabaseOptions> database = DatabaseOptions::read(parser);
    if (!database)
        return database.failure();
    o.database = *database;
    m_options = std::move(o);
    return {};
}

int DecideCommand::run(CommandIo &io)
{
    CliDatabase database(m_options.database);
    const Result<std::unique_ptr<PgConnection>> opened = database.open();
    if (!opened)
        return unusable(io.err, opened.error());
    PgConnection &connection = **opened;
    CallStore store(connection);

    DecisionRequest request;
    request.requestId = QUuid::createUuid();
    request.cadId = m_options.callId;
    request.accepted = m_options.accept;
    request.chosenKind = m_options.overrideKind;
    request.reasonCode = m_options.reasonCode;
    request.note = m_options.note;
    request.dispatcher = m_options.dispatcher;
    request.workstation =
        m_options.workstation.isEmpty() ? QSysInfo::machineHostName() : m_options.workstation;
    QString error;
    if (!store.setActor(QStringLiteral("%1@%2").arg(request.dispatcher, request.workstation), &error)) {
        return unusable(io.err, error);
    }

    const DecideOutcome outcome = store.decide(request);
    switch (outcome.status) {
    case DecideOutcome::Status::Stored:
        io.out.write(
            DecideCommand::tr("call %1: %2 %3 by %4 at %5\n")
                .arg(m_options.callId,
                     outcome.decision.accepted ? QStringLiteral("accepted")
                                               : DecideCommand::tr("overridden to"),
                     toString(outcome.decision.chosenKind), outcome.decision.dispatcher,
                     outcome.decision.decidedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                .toUtf8());
        return exitcode::Ok;
    case DecideOutcome::Status::AlreadyDecided:
        say(io.err,
            DecideCommand::tr("rightresponse-cli: call %1 was %2").arg(m_options.callId, outcome.message));
        return exitcode::AlreadyDecided;
    case DecideOutcome::Status::UnknownCall:
    case DecideOutcome::Status::Invalid:
    case DecideOutcome::Status::Failed:
        break;
    }
    return unusable(io.err, outcome.message);
}

} // namespace rr
