#include "screencommand.h"

#include "clidatabase.h"
#include "commandsupport.h"
#include "store/pgconnection.h"
#include "store/screeningstore.h"

#include <QIODevice>
#include <QSysInfo>
#include <QUuid>

namespace rr {

namespace {

const PositionalArgument kAnswers{
    QStringLiteral("QUESTION=ANSWER"),
    QStringLiteral(QT_TRANSLATE_NOOP("rr::Option", "One answer or more, e.g. weapon=no violence=yes.")),
    QStringLiteral("QUESTION=ANSWER...")};

// The call's new suggestion as a dispatcher reads it: kind, confidence, category, then the reasons in order.
QString suggestionText(const Suggestion &s)
{
    QString text = ScreenCommand::tr("suggestion: %1%2 (confidence %3, %4)%5\n")
                       .arg(toString(s.kind), s.ems ? ScreenCommand::tr(" + ems") : QString(),
                            QString::number(s.confidence, 'f', 2), s.category,
                            s.needsScreening ? ScreenCommand::tr(", needs screening") : QString());
    for (const Reason &r : s.reasons)
        text += QStringLiteral("  - %1\n").arg(r.text);
    return text;
}

// The answers of QUESTION=ANSWER arguments, each question at most once.
Result<QList<ScreeningAnswer>> answersFrom(const QStringList &args)
{
    QList<ScreeningAnswer> answers;
    for (const QString &arg : args) {
        const Result<ScreeningAnswer> a = ScreenCommand::answerFrom(arg);
        if (!a)
            return a.failure();
        for (const ScreeningAnswer &before : answers) {
            if (before.question == a->question)
                return Failure{ScreenCommand::tr("%1 is answered twice").arg(screenName(a->question))};
        }
        answers.append(*a);
    }
    return answers;
}

} // namespace

ScreenCommand::ScreenCommand()
    : Command(
          QStringLiteral("screen"),
          ScreenCommand::tr("Store answers to a call's screening questions and triage it again"),
          ScreenCommand::tr(
              "Stores a dispatcher's answers to the screening questions of a call, each with who gave it and "
              "when,\n"
              "triages the call again at once with all its answers (the latest answer per question wins; an\n"
              "explicit answer beats the narrative), stores the new suggestion and prints it. Every console "
              "shows\n"
              "it within a second.\n"
              "Questions: weapon, violence, injury, self_harm, domestic, crime_in_progress. Answers: yes, no "
              "or\n"
              "unknown. Example: rightresponse-cli screen E24-100231 --dispatcher D17 weapon=no "
              "violence=yes\n"
              "Exit status: 0 stored; 2 unknown call, closed call, bad question or answer, or no database."))
{}

void ScreenCommand::declare(QCommandLineParser &parser) const
{
    add(parser, option::dispatcher);
    add(parser, option::workstation);
    add(parser, option::rules.describedAs(QStringLiteral(QT_TRANSLATE_NOOP(
                    "rr::Option", "Rule set JSON file to triage with (default: the built-in rule set)."))));
    DatabaseOptions::addTo(parser);
    add(parser, positional::callId);
    add(parser, kAnswers);
}

Result<ScreeningAnswer> ScreenCommand::answerFrom(const QString &text)
{
    const qsizetype eq = text.indexOf(u'=');
    if (eq < 0)
        return Failure{ScreenCommand::tr("'%1' is not QUESTION=ANSWER (for example weapon=no)").arg(text)};
    const QString name = text.left(eq).trimmed().toLower().replace(u'-', u'_');
    const QString value = text.mid(eq + 1).trimmed();
    const std::optional<Screen> question = screenFromName(name);
    if (!question)
        return Failure{ScreenCommand::tr("unknown screening question '%1' (use weapon, violence, injury, "
                                         "self_harm, domestic or crime_in_progress)")
                           .arg(text.left(eq))};
    const std::optional<Answer> answer = value.isEmpty() ? std::nullopt : answerFromString(value);
    if (!answer)
        return Failure{
            ScreenCommand::tr("'%1' is not an answer to %2 (use yes, no or unknown)").arg(value, name)};
    return ScreeningAnswer{*question, *answer};
}

Result<void> ScreenCommand::read(const QCommandLineParser &parser)
{
    const QStringList pos = parser.positionalArguments();
    if (pos.isEmpty() || pos.first().trimmed().isEmpty() || pos.first().contains(u'='))
        return Failure{ScreenCommand::tr("screen needs the CALL_ID first, then QUESTION=ANSWER...")};
    Result<QList<ScreeningAnswer>> answers = answersFrom(pos.mid(1));
    if (!answers)
        return answers.failure();
    Options o{pos.first().trimmed(), option::dispatcher.value(parser), option::workstation.value(parser),
              option::rules.value(parser), std::move(answers).value()};
    if (o.answers.isEmpty())
        return Failure{ScreenCommand::tr("screen needs at least one QUESTION=ANSWER, for example weapon=no")};
    if (o.dispatcher.isEmpty())
        return Failure{ScreenCommand::tr("--dispatcher ID is required")};
    const Result<DatabaseOptions> database = DatabaseOptions::read(parser);
    if (!database)
        return database.failure();
    o.database = *database;
    m_options = std::move(o);
    return {};
}

int ScreenCommand::run(CommandIo &io)
{
    const Result<std::unique_ptr<TriageEngine>> loaded = loadEngine(m_options.rulesFile);
    if (!loaded)
        return unusable(io.err, loaded.error());
    const TriageEngine &engine = **loaded;
    CliDatabase database(m_options.database);
    const Result<std::unique_ptr<PgConnection>> opened = database.open();
    if (!opened)
        return unusable(io.err, opened.error());
    PgConnection &connection = **opened;

    ScreeningRequest request;
    request.requestId = QUuid::createUuid();
    request.cadId = m_options.callId;
    request.answers = m_options.answers;
    request.dispatcher = m_options.dispatcher;
    request.workstation =
        m_options.workstation.isEmpty() ? QSysInfo::machineHostName() : m_options.workstation;
    QString error;
    if (!CallStore(connection)
             .setActor(QStringLiteral("%1@%2").arg(request.dispatcher, request.workstation), &error)) {
        return unusable(io.err, error);
    }

    const ScreenOutcome outcome = ScreeningStore(connection).screen(request, engine);
    if (outcome.status != ScreenOutcome::Status::Stored) {
        return unusable(io.err, outcome.message);
    }
    QStringList given;
    QDateTime at;
    for (const ScreeningAnswer &a : m_options.answers) {
        given << QStringLiteral("%1=%2").arg(screenName(a.question), toString(a.answer));
        for (const ScreeningRecord &r : outcome.call.screeningAnswers)
            if (r.question == a.question && !at.isValid())
                at = r.answeredAt;
    }
    io.out.write(ScreenCommand::tr("call %1: %2 stored by %3 at %4\n")
                     .arg(m_options.callId, given.join(u' '), request.dispatcher,
                          at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                     .toUtf8());
    if (outcome.call.suggestion)
        io.out.write(suggestionText(*outcome.call.suggestion).toUtf8());
    return exitcode::Ok;
}

} // namespace rr
