// rr_console_probe: the console's store path without its widgets, for the crash tests. It is built from the
// very classes the console runs between the dispatcher's Enter and the database's answer: a DispatchSession
// (Enter calls DispatchSession::accept) over a StoreClient with its worker thread, change feed and offline
// journal. A real `rightresponse` window cannot be driven from another process; this can, and SIGKILL finds
// it in the same state the console would be in.
//
//   rr_console_probe --db URI --journal FILE --workstation NAME
//
// Commands on standard input, one a line:
//   accept CAD_ID | unit UNIT_ID STATUS | view | fsize BYTES|unlimited | quit
// Events on standard output, one a line (flushed at once):
//   opened | snapshot CALLS UNITS | connection STATE PENDING | stored CAD REQUEST_ID | queued CAD REQUEST_ID
//   already CAD | missing CAD | failed CAD MESSAGE | replayed N | conflict MESSAGE | journal-failed MESSAGE
//   message 0|1 TEXT | unit UNIT_ID ok|refused MESSAGE | view CAD 0|1 ... view-end
// fsize sets RLIMIT_FSIZE (SIGXFSZ is ignored), so that writes beyond it fail as on a full disk.

#include "session/dispatchsession.h"
#include "store/storeclient.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>

using namespace rr;

namespace {

void say(const QString &line)
{
    QString oneLine = line;
    oneLine.replace(u'\n', u' ');
    std::fputs(oneLine.toUtf8().append('\n').constData(), stdout);
    std::fflush(stdout);
}

QString stateName(StoreClient::Connection c)
{
    switch (c) {
    case StoreClient::Connection::Connecting:
        return QStringLiteral("connecting");
    case StoreClient::Connection::Live:
        return QStringLiteral("live");
    case StoreClient::Connection::Reconnecting:
        return QStringLiteral("reconnecting");
    case StoreClient::Connection::Offline:
        break;
    }
    return QStringLiteral("offline");
}

void report(StoreClient &client, DispatchSession &session)
{
    QObject::connect(&client, &StoreClient::opened, &session, [] { say(QStringLiteral("opened")); });
    QObject::connect(&client, &StoreClient::signedIn, &session,
                     [&session](const SignedInUser &user) { session.setUser(user); });
    // After the session's own handlers (connected first): the queue already shows what is said here.
    QObject::connect(&client, &StoreClient::snapshot, &session,
                     [](const QList<StoredCall> &calls, const QList<Unit> &units) {
                         say(QStringLiteral("snapshot %1 %2").arg(calls.size()).arg(units.size()));
                     });
    QObject::connect(&client, &StoreClient::connectionChanged, &session,
                     [](StoreClient::Connection c, int pending) {
                         say(QStringLiteral("connection %1 %2").arg(stateName(c)).arg(pending));
                     });
    QObject::connect(&client, &StoreClient::decisionResult, &session,
                     [](const DecisionRequest &q, const DecideOutcome &o) {
                         const QString rid = q.requestId.toString(QUuid::WithoutBraces);
                         if (o.status == DecideOutcome::Status::Stored)
                             say(QStringLiteral("stored %1 %2").arg(q.cadId, rid));
                         else if (o.status == DecideOutcome::Status::AlreadyDecided)
                             say(QStringLiteral("already %1").arg(q.cadId));
                         else
                             say(QStringLiteral("failed %1 %2").arg(q.cadId, o.message));
                     });
    QObject::connect(&client, &StoreClient::decisionQueued, &session, [](const DecisionRequest &q) {
        say(QStringLiteral("queued %1 %2").arg(q.cadId, q.requestId.toString(QUuid::WithoutBraces)));
    });
    QObject::connect(&client, &StoreClient::journalReplayed, &session,
                     [](int n) { say(QStringLiteral("replayed %1").arg(n)); });
    QObject::connect(&client, &StoreClient::journalConflicts, &session, [](const QStringList &messages) {
        for (const QString &m : messages)
            say(QStringLiteral("conflict ") + m);
    });
    QObject::connect(&client, &StoreClient::journalFailed, &session,
                     [](const QString &m) { say(QStringLiteral("journal-failed ") + m); });
    QObject::connect(&client, &StoreClient::statusResult, &session,
                     [](const UnitStatusRequest &c, bool ok, const QString &m) {
                         say(QStringLiteral("unit %1 %2 %3")
                                 .arg(c.unitId, ok ? QStringLiteral("ok") : QStringLiteral("refused"), m));
                     });
    QObject::connect(&session, &DispatchSession::message, &session, [](const QString &text, bool problem) {
        say(QStringLiteral("message %1 %2").arg(problem ? 1 : 0).arg(text));
    });
}

void command(const QByteArray &line, DispatchSession &session)
{
    const QList<QByteArray> words = line.trimmed().split(' ');
    const QByteArray verb = words.value(0);
    if (verb == "accept" && words.size() == 2) {
        const QString cad = QString::fromUtf8(words[1]);
        const QueueEntry *e = session.queue()->find(cad);
        if (!e)
            say(QStringLiteral("missing ") + cad);
        else if (e->decided) // the session refuses it here and says so; nothing goes to the store
            say(QStringLiteral("already ") + cad);
        session.accept(cad); // what Enter on the selected call does
    } else if (verb == "unit" && words.size() == 3) {
        if (const auto status = unitStatusFromString(QString::fromUtf8(words[2])))
            session.setUnitStatus(QString::fromUtf8(words[1]), *status);
    } else if (verb == "fsize" && words.size() == 2) {
        // A file-size limit (RLIMIT_FSIZE) for this process: a disk that is full, or has room again.
        const rlim_t limit = words[1] == "unlimited" ? RLIM_INFINITY : rlim_t(words[1].toULongLong());
        const rlimit r{limit, RLIM_INFINITY};
        say(::setrlimit(RLIMIT_FSIZE, &r) == 0 ? QStringLiteral("fsize set")
                                               : QStringLiteral("fsize refused"));
    } else if (verb == "view") {
        QueueModel *queue = session.queue();
        for (int row = 0; row < queue->rowCount(); ++row)
            say(QStringLiteral("view %1 %2")
                    .arg(queue->entry(row).call.id)
                    .arg(queue->entry(row).decided ? 1 : 0));
        say(QStringLiteral("view-end"));
    } else if (verb == "quit") {
        QCoreApplication::quit();
    } else if (!verb.isEmpty()) {
        say(QStringLiteral("unknown ") + QString::fromUtf8(line));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Database URI."), QStringLiteral("URI"));
    const QCommandLineOption journal(QStringLiteral("journal"), QStringLiteral("Journal file."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption workstation(QStringLiteral("workstation"), QStringLiteral("Workstation."),
                                         QStringLiteral("NAME"));
    parser.addOptions({db, journal, workstation});
    parser.process(app);
    std::signal(SIGXFSZ, SIG_IGN); // a write past a file-size limit fails with EFBIG instead of killing us

    StoreClient::Options options;
    options.uri = parser.value(db);
    options.journalPath = parser.value(journal);
    const QString ws = parser.value(workstation);
    options.actor = QStringLiteral("PROBE@") + ws;
    StoreClient client(options);
    DispatchSession session(&client, QStringLiteral("PROBE"), ws);
    report(client, session);

    QByteArray input;
    QSocketNotifier stdinReady(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&stdinReady, &QSocketNotifier::activated, &session, [&] {
        char buffer[4096];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0) { // the test went away
            stdinReady.setEnabled(false);
            QCoreApplication::quit();
            return;
        }
        input.append(buffer, n);
        for (qsizetype end = input.indexOf('\n'); end >= 0; end = input.indexOf('\n')) {
            const QByteArray line = input.left(end);
            input.remove(0, end + 1);
            command(line, session);
        }
    });
    client.start();
    return QGuiApplication::exec();
}
