#include "commands.h"

#include "clidatabase.h"
#include "commandsupport.h"
#include "store/callstore.h"
#include "store/pgconnection.h"

#include <QIODevice>
#include <QSysInfo>
#include <QUuid>

namespace rr {

int runDecide(const CliOptions &options, QIODevice &out, QIODevice &err)
{
    CliDatabase database(options);
    const std::unique_ptr<PgConnection> connection = database.open(err);
    if (!connection)
        return exitcode::Usage;
    CallStore store(*connection);

    DecisionRequest request;
    request.requestId = QUuid::createUuid();
    request.cadId = options.callId;
    request.accepted = options.accept;
    request.chosenKind = options.overrideKind;
    request.reasonCode = options.reasonCode;
    request.note = options.note;
    request.dispatcher = options.dispatcher;
    request.workstation = options.workstation.isEmpty() ? QSysInfo::machineHostName() : options.workstation;
    QString error;
    if (!store.setActor(QStringLiteral("%1@%2").arg(request.dispatcher, request.workstation), &error)) {
        say(err, QStringLiteral("rightresponse-cli: %1").arg(error));
        return exitcode::Usage;
    }

    const DecideOutcome outcome = store.decide(request);
    switch (outcome.status) {
    case DecideOutcome::Status::Stored:
        out.write(
            QStringLiteral("call %1: %2 %3 by %4 at %5\n")
                .arg(options.callId,
                     outcome.decision.accepted ? QStringLiteral("accepted") : QStringLiteral("overridden to"),
                     toString(outcome.decision.chosenKind), outcome.decision.dispatcher,
                     outcome.decision.decidedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                .toUtf8());
        return exitcode::Ok;
    case DecideOutcome::Status::AlreadyDecided:
        say(err, QStringLiteral("rightresponse-cli: call %1 was %2").arg(options.callId, outcome.message));
        return exitcode::AlreadyDecided;
    case DecideOutcome::Status::UnknownCall:
    case DecideOutcome::Status::Invalid:
    case DecideOutcome::Status::Failed:
        break;
    }
    say(err, QStringLiteral("rightresponse-cli: %1").arg(outcome.message));
    return exitcode::Usage;
}

} // namespace rr
