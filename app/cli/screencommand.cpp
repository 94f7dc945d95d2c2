#include "commands.h"

#include "clidatabase.h"
#include "commandsupport.h"
#include "store/pgconnection.h"
#include "store/screeningstore.h"

#include <QIODevice>
#include <QSysInfo>
#include <QUuid>

namespace rr {

namespace {

// The call's new suggestion as a dispatcher reads it: kind, confidence, category, then the reasons in order.
QString suggestionText(const Suggestion &s)
{
    QString text = QStringLiteral("suggestion: %1%2 (confidence %3, %4)%5\n")
                       .arg(toString(s.kind), s.ems ? QStringLiteral(" + ems") : QString(),
                            QString::number(s.confidence, 'f', 2), s.category,
                            s.needsScreening ? QStringLiteral(", needs screening") : QString());
    for (const Reason &r : s.reasons)
        text += QStringLiteral("  - %1\n").arg(r.text);
    return text;
}

} // namespace

int runScreen(const CliOptions &options, QIODevice &out, QIODevice &err)
{
    const std::unique_ptr<TriageEngine> engine = loadEngine(options, err);
    if (!engine)
        return exitcode::Usage;
    CliDatabase database(options);
    const std::unique_ptr<PgConnection> connection = database.open(err);
    if (!connection)
        return exitcode::Usage;

    ScreeningRequest request;
    request.requestId = QUuid::createUuid();
    request.cadId = options.callId;
    request.answers = options.screeningAnswers;
    request.dispatcher = options.dispatcher;
    request.workstation = options.workstation.isEmpty() ? QSysInfo::machineHostName() : options.workstation;
    QString error;
    if (!CallStore(*connection)
             .setActor(QStringLiteral("%1@%2").arg(request.dispatcher, request.workstation), &error)) {
        say(err, QStringLiteral("rightresponse-cli: %1").arg(error));
        return exitcode::Usage;
    }

    const ScreenOutcome outcome = ScreeningStore(*connection).screen(request, *engine);
    if (outcome.status != ScreenOutcome::Status::Stored) {
        say(err, QStringLiteral("rightresponse-cli: %1").arg(outcome.message));
        return exitcode::Usage;
    }
    QStringList given;
    QDateTime at;
    for (const ScreeningAnswer &a : options.screeningAnswers) {
        given << QStringLiteral("%1=%2").arg(screenName(a.question), toString(a.answer));
        for (const ScreeningRecord &r : outcome.call.screeningAnswers)
            if (r.question == a.question && !at.isValid())
                at = r.answeredAt;
    }
    out.write(QStringLiteral("call %1: %2 stored by %3 at %4\n")
                  .arg(options.callId, given.join(u' '), request.dispatcher,
                       at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                  .toUtf8());
    if (outcome.call.suggestion)
        out.write(suggestionText(*outcome.call.suggestion).toUtf8());
    return exitcode::Ok;
}

} // namespace rr
