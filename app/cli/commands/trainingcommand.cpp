#include "trainingcommand.h"

#include "clidatabase.h"
#include "commands/reportcommand.h"
#include "commandsupport.h"
#include "io/calljson.h"
#include "io/csvwriter.h"
#include "store/pgconnection.h"
#include "terminationsignals.h"
#include "training/scenariojson.h"
#include "training/scenariostore.h"
#include "training/scorestore.h"
#include "training/sessiondriver.h"
#include "training/sessionstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <variant>

namespace rr {

namespace {

const PositionalArgument kAction{
    QStringLiteral("ACTION"),
    QStringLiteral(
        QT_TRANSLATE_NOOP("rr::Option", "start SCENARIO, list, report SESSION or archive SESSION.")),
    QStringLiteral(QT_TRANSLATE_NOOP("rr::Option", "ACTION [SCENARIO|SESSION]"))};
const TextOption
    kTrainee({QStringLiteral("trainee"),
              QStringLiteral(QT_TRANSLATE_NOOP("rr::Option", "report: only this trainee's score.")),
              QStringLiteral("ID")},
             TextOption::Trim::Yes);

TrainingCommand::PdfWriter &pdfWriter()
{
    static TrainingCommand::PdfWriter writer;
    return writer;
}
const TextOption kTrainees(
    {QStringLiteral("trainees"),
     QStringLiteral(QT_TRANSLATE_NOOP("rr::Option",
                                      "start: the trainees' staff IDs, comma-separated (trainee logins).")),
     QStringLiteral("ID,ID,...")},
    TextOption::Trim::Yes);
const TypedOption<double> kSpeed(
    {QStringLiteral("speed"),
     QStringLiteral(QT_TRANSLATE_NOOP("rr::Option", "start: release the calls X times faster than they came "
                                                    "(0.5 to 8, default 1).")),
     QStringLiteral("X"), QStringLiteral("1")},
    [](const QString &flag, const QString &text) -> Result<double> {
        bool ok = false;
        const double x = text.toDouble(&ok);
        if (!ok || !ReleaseClock::validSpeed(x))
            return Failure{
                QStringLiteral(QT_TRANSLATE_NOOP("rr::Option", "%1 must be from 0.5 to 8, got '%2'"))
                    .arg(flag, text)};
        return x;
    });
const TypedOption<double> kDelay(
    {QStringLiteral("delay"),
     QStringLiteral(QT_TRANSLATE_NOOP("rr::Option",
                                      "start: wait S seconds before the first call, so that the "
                                      "trainees can open their consoles (default 0).")),
     QStringLiteral("S"), QStringLiteral("0")},
    [](const QString &flag, const QString &text) -> Result<double> {
        bool ok = false;
        const double s = text.toDouble(&ok);
        if (!ok || s < 0 || s > 3600)
            return Failure{
                QStringLiteral(QT_TRANSLATE_NOOP("rr::Option", "%1 must be from 0 to 3600 seconds, got '%2'"))
                    .arg(flag, text)};
        return s;
    });

// The scenario to replay: a scenario file (`scenario export`), which goes into the library first (as a new
// version when the library's latest differs), or the name of a scenario in the library (its latest version).
// The session records the library's name and version, which scoring reads the answer key from.
Result<Scenario> loadScenario(PgConnection &conn, const QString &argument)
{
    ScenarioStore library(conn);
    if (!QFile::exists(argument)) {
        if (!ScenarioJson::nameProblem(argument).isEmpty())
            return Failure{TrainingCommand::tr("no scenario file %1").arg(argument)};
        const Result<Scenario> stored = library.load(argument);
        if (!stored)
            return Failure{TrainingCommand::tr("%1 is neither a scenario file nor in the library: %2")
                               .arg(argument, stored.error())};
        return stored;
    }
    const Result<Scenario> file = ScenarioJson::readFile(argument);
    if (!file)
        return file.failure();
    const Result<Scenario> latest = library.load(file->name);
    if (latest && latest->calls == file->calls)
        return latest;
    return latest ? library.addVersion(*file) : library.add(*file);
}

// "1:05.3" for a scenario time.
QString clockText(qint64 ms)
{
    return QStringLiteral("%1:%2.%3")
        .arg(ms / 60000)
        .arg((ms / 1000) % 60, 2, 10, QLatin1Char('0'))
        .arg((ms / 100) % 10);
}

} // namespace

TrainingCommand::TrainingCommand()
    : Command(QStringLiteral("training"),
              TrainingCommand::tr("Training sessions: start (replay a scenario), list"),
              TrainingCommand::tr(
                  "Training sessions: a scenario's calls replayed to trainees, each in a sandbox of their\n"
                  "own where they decide every call themselves; nothing reaches the live queue or tables.\n"
                  "  training start SCENARIO --trainees D101,D102 [--speed X] [--delay S] [--rules FILE]\n"
                  "      creates the session and a sandbox per trainee (trainee logins: `staff add ID\n"
                  "      --role trainee`), prints the session's number and each trainee's console command,\n"
                  "      then releases the calls at their original relative times divided by X, in the\n"
                  "      foreground, until the last one. Ctrl+C stops the session early: the calls released\n"
                  "      so far stay in the sandboxes.\n"
                  "  training list [--format text|csv|jsonl]\n"
                  "  training report SESSION [--format text|csv|jsonl|pdf] [--out FILE] [--trainee ID]\n"
                  "  training archive SESSION\n"
                  "      records the ended session's scores and drops its sandboxes; its scores and report\n"
                  "      stay (made from the calls and decisions kept with the session).\n"
                  "Only a trainer (a member of rr_trainer) or the database owner may; the database refuses\n"
                  "anyone else."))
{}

void TrainingCommand::declare(QCommandLineParser &parser) const
{
    add(parser, kTrainees);
    add(parser, kSpeed);
    add(parser, kDelay);
    add(parser, option::rules);
    add(parser, ReportCommand::formatOption());
    add(parser, option::out);
    add(parser, kTrainee);
    DatabaseOptions::addTo(parser);
    add(parser, kAction);
}

Result<void> TrainingCommand::read(const QCommandLineParser &parser)
{
    const QStringList pos = parser.positionalArguments();
    if (pos.isEmpty())
        return Failure{TrainingCommand::tr("training needs an action: start or list")};
    Options o;
    if (pos.first() == u"start") {
        o.action = Action::Start;
        if (pos.size() != 2)
            return Failure{TrainingCommand::tr("training start needs one SCENARIO")};
        o.scenario = pos.at(1);
        for (const QString &t : kTrainees.value(parser).split(u',', Qt::SkipEmptyParts))
            if (!t.trimmed().isEmpty())
                o.trainees << t.trimmed();
        if (o.trainees.isEmpty())
            return Failure{TrainingCommand::tr("training start needs --trainees ID,ID,...")};
        const Result<double> speed = kSpeed.value(parser);
        if (!speed)
            return speed.failure();
        o.speed = *speed;
        const Result<double> delay = kDelay.value(parser);
        if (!delay)
            return delay.failure();
        o.delaySeconds = *delay;
        o.rules = option::rules.value(parser);
    } else if (pos.first() == u"list") {
        o.action = Action::List;
        if (pos.size() != 1)
            return Failure{TrainingCommand::tr("training list takes no arguments")};
        const Result<ReportCommand::Format> format = ReportCommand::formatOption().value(parser);
        if (!format)
            return format.failure();
        if (*format == ReportCommand::Format::Pdf)
            return Failure{TrainingCommand::tr("training list writes text, csv or jsonl")};
        o.format = *format == ReportCommand::Format::Csv     ? OutputFormat::Csv
                   : *format == ReportCommand::Format::Jsonl ? OutputFormat::Jsonl
                                                             : OutputFormat::Text;
    } else if (pos.first() == u"report") {
        o.action = Action::Report;
        bool ok = false;
        if (pos.size() != 2 || (o.sessionId = pos.at(1).toLongLong(&ok)) <= 0 || !ok)
            return Failure{
                TrainingCommand::tr("training report needs one SESSION number (see training list)")};
        const Result<ReportCommand::Format> format = ReportCommand::formatOption().value(parser);
        if (!format)
            return format.failure();
        o.reportFormat = *format;
        o.out = option::out.value(parser);
        o.trainee = kTrainee.value(parser);
    } else if (pos.first() == u"archive") {
        o.action = Action::Archive;
        bool ok = false;
        if (pos.size() != 2 || (o.sessionId = pos.at(1).toLongLong(&ok)) <= 0 || !ok)
            return Failure{
                TrainingCommand::tr("training archive needs one SESSION number (see training list)")};
    } else {
        return Failure{
            TrainingCommand::tr("unknown training action '%1' (use start, list, report or archive)")
                .arg(pos.first())};
    }
    const Result<DatabaseOptions> database = DatabaseOptions::read(parser);
    if (!database)
        return database.failure();
    o.database = *database;
    m_options = std::move(o);
    return {};
}

int TrainingCommand::run(CommandIo &io)
{
    switch (m_options.action) {
    case Action::Start:
        return start(io);
    case Action::List:
        return list(io);
    case Action::Report:
        return report(io);
    case Action::Archive:
        return archive(io);
    }
    return exitcode::Usage;
}

int TrainingCommand::start(CommandIo &io)
{
    Result<std::shared_ptr<const RuleSet>> rules = loadRules(m_options.rules);
    if (!rules)
        return unusable(io.err, rules.error());
    CliDatabase db(m_options.database);
    Result<std::unique_ptr<PgConnection>> conn = db.open();
    if (!conn)
        return unusable(io.err, conn.error());
    const Result<Scenario> scenario = loadScenario(**conn, m_options.scenario);
    if (!scenario)
        return unusable(io.err, scenario.error());
    const Result<TrainingSession> session =
        TrainingSessionStore(**conn).create(*scenario, m_options.trainees, m_options.speed);
    if (!session)
        return unusable(io.err, session.error());
    QString where;
    if (!m_options.database.uri.isEmpty())
        where = QStringLiteral(" --db '%1'").arg(m_options.database.uri);
    else if (!m_options.database.dataDir.isEmpty())
        where = QStringLiteral(" --data-dir '%1'").arg(m_options.database.dataDir);
    sayNow(io.out, TrainingCommand::tr("training session %1: scenario %2 v%3, %n call(s) over %4 at %5x",
                                       nullptr, int(session->callCount))
                       .arg(session->id)
                       .arg(session->scenarioName)
                       .arg(session->scenarioVersion)
                       .arg(clockText(scenario->durationMs()))
                       .arg(session->speed));
    for (const QString &t : m_options.trainees)
        sayNow(io.out, QStringLiteral("  %1: rightresponse --training --session %2 --dispatcher %3%4")
                           .arg(t)
                           .arg(session->id)
                           .arg(t, where));

    SessionDriver::Options o;
    o.uri = db.uri();
    o.sessionId = session->id;
    o.scenario = *scenario;
    o.speed = m_options.speed;
    o.engine = std::make_shared<const TriageEngine>(std::move(rules).value());
    SessionDriver driver(o);
    int problems = 0;
    SessionState ended = SessionState::Stopped;
    QObject::connect(&driver, &SessionDriver::callStored, &driver,
                     [&](int index, const QString &cadId, qint64 lateMs, qint64 storedMs) {
                         sayNow(io.out, TrainingCommand::tr("[%1] %2/%3 %4 released to %5 sandbox(es)"
                                                            " (%6 ms late, stored in %7 ms)")
                                            .arg(clockText(driver.clock()->offsetMs(index)))
                                            .arg(index + 1)
                                            .arg(session->callCount)
                                            .arg(cadId)
                                            .arg(m_options.trainees.size())
                                            .arg(lateMs)
                                            .arg(storedMs));
                     });
    QObject::connect(&driver, &SessionDriver::problem, &driver, [&](const QString &message) {
        ++problems;
        say(io.err, TrainingCommand::tr("rightresponse-cli: %1").arg(message));
    });
    QObject::connect(&driver, &SessionDriver::failed, &driver, [&](const QString &message) {
        ++problems;
        say(io.err, TrainingCommand::tr("rightresponse-cli: %1").arg(message));
        QCoreApplication::quit();
    });
    QObject::connect(&driver, &SessionDriver::finished, &driver, [&](SessionState state) {
        ended = state;
        QCoreApplication::quit();
    });
    TerminationSignals signals_;
    QObject::connect(&signals_, &TerminationSignals::received, &driver, [&] {
        sayNow(io.out, TrainingCommand::tr("stopping the session"));
        driver.stop();
    });
    if (m_options.delaySeconds > 0)
        sayNow(io.out, TrainingCommand::tr("the first call comes in %1 s").arg(m_options.delaySeconds));
    QTimer::singleShot(int(m_options.delaySeconds * 1000), &driver, [&] { driver.start(); });
    QCoreApplication::exec();
    sayNow(io.out, TrainingCommand::tr("training session %1 %2: %3 of %4 calls released")
                       .arg(session->id)
                       .arg(toString(ended))
                       .arg(driver.stored())
                       .arg(session->callCount));
    return problems > 0 ? exitcode::SomeRowsRejected : exitcode::Ok;
}

int TrainingCommand::list(CommandIo &io)
{
    CliDatabase db(m_options.database);
    Result<std::unique_ptr<PgConnection>> conn = db.open();
    if (!conn)
        return unusable(io.err, conn.error());
    const Result<QList<TrainingSession>> sessions = TrainingSessionStore(**conn).list();
    if (!sessions)
        return unusable(io.err, sessions.error());
    const auto when = [](const QDateTime &t) {
        return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                           : QStringLiteral("-");
    };
    switch (m_options.format) {
    case OutputFormat::Text:
        for (const TrainingSession &s : *sessions)
            say(io.out,
                TrainingCommand::tr("%1  %2 v%3  %4x  %5  %6/%7 released  trainees %8  by %9  created %10")
                    .arg(QString::number(s.id).rightJustified(4), s.scenarioName)
                    .arg(s.scenarioVersion)
                    .arg(s.speed)
                    .arg((s.archivedAt.isValid() ? toString(s.state) + QStringLiteral(",archived")
                                                 : toString(s.state))
                             .leftJustified(8))
                    .arg(s.released)
                    .arg(s.callCount)
                    .arg(s.trainees.join(u','), s.startedBy, when(s.createdAt)));
        break;
    case OutputFormat::Csv: {
        CsvWriter csv(&io.out);
        csv.row({QStringLiteral("id"), QStringLiteral("scenario"), QStringLiteral("version"),
                 QStringLiteral("speed"), QStringLiteral("state"), QStringLiteral("released"),
                 QStringLiteral("calls"), QStringLiteral("skipped"), QStringLiteral("trainees"),
                 QStringLiteral("started_by"), QStringLiteral("created_at"), QStringLiteral("started_at"),
                 QStringLiteral("ended_at"), QStringLiteral("archived_at")});
        for (const TrainingSession &s : *sessions)
            csv.row({QString::number(s.id), s.scenarioName, QString::number(s.scenarioVersion),
                     QString::number(s.speed), toString(s.state), QString::number(s.released),
                     QString::number(s.callCount), QString::number(s.skipped), s.trainees.join(u' '),
                     s.startedBy, s.createdAt.toString(Qt::ISODate), s.startedAt.toString(Qt::ISODate),
                     s.endedAt.toString(Qt::ISODate), s.archivedAt.toString(Qt::ISODate)});
        break;
    }
    case OutputFormat::Jsonl:
        for (const TrainingSession &s : *sessions) {
            const QJsonObject o{{QStringLiteral("id"), s.id},
                                {QStringLiteral("scenario"), s.scenarioName},
                                {QStringLiteral("version"), s.scenarioVersion},
                                {QStringLiteral("speed"), s.speed},
                                {QStringLiteral("state"), toString(s.state)},
                                {QStringLiteral("released"), s.released},
                                {QStringLiteral("calls"), s.callCount},
                                {QStringLiteral("skipped"), s.skipped},
                                {QStringLiteral("trainees"), QJsonArray::fromStringList(s.trainees)},
                                {QStringLiteral("started_by"), s.startedBy},
                                {QStringLiteral("created_at"), s.createdAt.toString(Qt::ISODate)},
                                {QStringLiteral("archived"), s.archivedAt.isValid()}};
            io.out.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
        }
        break;
    }
    return exitcode::Ok;
}

void TrainingCommand::setPdfWriter(PdfWriter writer)
{
    pdfWriter() = std::move(writer);
}

int TrainingCommand::report(CommandIo &io)
{
    const Options &o = m_options;
    if (o.reportFormat == ReportCommand::Format::Pdf && !pdfWriter())
        return unusable(io.err,
                        TrainingCommand::tr("this rightresponse-cli was built without the GUI libraries: "
                                            "--format pdf is not available"));
    CliDatabase db(o.database);
    Result<std::unique_ptr<PgConnection>> conn = db.open();
    if (!conn)
        return unusable(io.err, conn.error());
    TrainingScoreStore store(**conn);
    Result<SessionScores> scores = store.compute(o.sessionId);
    if (!scores)
        return unusable(io.err, scores.error());
    // The scores as they are now are kept with the session (a row per trainee whose score changed).
    const Result<int> recorded = store.record(o.sessionId, *scores);
    if (!recorded)
        return unusable(io.err, recorded.error());
    if (!o.trainee.isEmpty()) {
        QList<TraineeScore> one;
        for (const TraineeScore &s : scores->scores)
            if (s.trainee == o.trainee)
                one << s;
        if (one.isEmpty())
            return unusable(
                io.err,
                TrainingCommand::tr("%1 is not a trainee of session %2").arg(o.trainee).arg(o.sessionId));
        scores->scores = one;
    }
    QStringList trainees;
    for (const TraineeScore &s : scores->scores)
        trainees << s.trainee;
    const Result<QList<ScoreHistoryPoint>> history = store.history(trainees);
    if (!history)
        return unusable(io.err, history.error());
    if (o.reportFormat == ReportCommand::Format::Pdf) {
        const QString path =
            o.out.isEmpty() ? QStringLiteral("training-report_session-%1.pdf").arg(o.sessionId) : o.out;
        const Result<int> pages = pdfWriter()(path, scores->header, scores->scores, *history);
        if (!pages)
            return unusable(io.err, pages.error());
        say(io.err,
            TrainingCommand::tr("rightresponse-cli: wrote %1 (%n page(s))", nullptr, *pages).arg(path));
        return exitcode::Ok;
    }
    return ReportCommand::writeTables(io, o.out, o.reportFormat,
                                      trainingTables(scores->header, scores->scores, *history));
}

int TrainingCommand::archive(CommandIo &io)
{
    CliDatabase db(m_options.database);
    Result<std::unique_ptr<PgConnection>> conn = db.open();
    if (!conn)
        return unusable(io.err, conn.error());
    const qint64 id = m_options.sessionId;
    // The scores as they are before the sandboxes go, then the sandboxes (the calls and decisions are kept).
    TrainingScoreStore scores(**conn);
    Result<SessionScores> now = scores.compute(id);
    if (!now)
        return unusable(io.err, now.error());
    if (const Result<int> recorded = scores.record(id, *now); !recorded)
        return unusable(io.err, recorded.error());
    const Result<int> dropped = TrainingSessionStore(**conn).archive(id);
    if (!dropped)
        return unusable(io.err, dropped.error());
    say(io.out,
        QStringLiteral("training session %1 archived: %2 sandbox(es) dropped; its scores and report stay")
            .arg(id)
            .arg(*dropped));
    return exitcode::Ok;
}

} // namespace rr
