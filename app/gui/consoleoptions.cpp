#include "consoleoptions.h"

#include "language.h"
#include "ui/theme.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace rr {

ConsoleOptions parseConsoleArguments(const QStringList &arguments)
{
    ConsoleOptions o;
    QCommandLineParser p;
    p.setApplicationDescription(ConsoleOptions::tr("RightResponse dispatch console."));
    const QCommandLineOption help = p.addHelpOption();
    const QCommandLineOption version = p.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        ConsoleOptions::tr("Demo mode: embedded database, intake and simulated live calls."));
    const QCommandLineOption db(QStringLiteral("db"), ConsoleOptions::tr("Database connection URI (libpq)."),
                                QStringLiteral("URI"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     ConsoleOptions::tr("Data directory of the embedded database."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption dispatcher(
        QStringLiteral("dispatcher"),
        ConsoleOptions::tr("Staff ID offered at sign-in; in the demo, the ID its decisions carry (DEMO)."),
        QStringLiteral("ID"));
    const QCommandLineOption workstation(QStringLiteral("workstation"),
                                         ConsoleOptions::tr("Workstation name."), QStringLiteral("NAME"));
    const QCommandLineOption rules(QStringLiteral("rules"), ConsoleOptions::tr("Rule set JSON file."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption theme(QStringLiteral("theme"),
                                   ConsoleOptions::tr("night (default), day or high-contrast."),
                                   QStringLiteral("THEME"));
    const QCommandLineOption training(QStringLiteral("training"),
                                      ConsoleOptions::tr("Work in the training sandbox."));
    const QCommandLineOption session(
        QStringLiteral("session"),
        ConsoleOptions::tr("With --training: work in your own sandbox of training session ID (trainees)."),
        QStringLiteral("ID"));
    const QCommandLineOption rate(QStringLiteral("demo-rate"),
                                  ConsoleOptions::tr("Demo: simulated calls per hour (360)."),
                                  QStringLiteral("N"));
    const QCommandLineOption speed(QStringLiteral("demo-speed"),
                                   ConsoleOptions::tr("Demo: time speed factor (1)."), QStringLiteral("X"));
    const QCommandLineOption review(
        QStringLiteral("review"),
        ConsoleOptions::tr("Open the shift supervisors' review window (a supervisor's "
                           "database login)."));
    const QCommandLineOption trainer(
        QStringLiteral("trainer"),
        ConsoleOptions::tr("Open the trainers' window: the training library, sessions and "
                           "scores (a trainer's database login)."));
    const QCommandLineOption history(
        QStringLiteral("demo-history"),
        ConsoleOptions::tr("Demo: days of history to fill the database with (30; 0: none)."),
        QStringLiteral("DAYS"));
    const QCommandLineOption trace(
        QStringLiteral("trace"),
        ConsoleOptions::tr(
            "Write what the console does (calls shown, decisions, focus, event-loop stalls) to "
            "standard output, one line each: for tests that drive it with keys."));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        ConsoleOptions::tr("Language of the console: es (Spanish) or en (English); default: the system's."),
        QStringLiteral("LANG"));
    p.addOptions({demo, db, dataDir, dispatcher, workstation, rules, theme, training, session, rate, speed,
                  review, trainer, history, trace, lang});
    o.helpText = p.helpText();
    if (!p.parse(arguments)) {
        o.error = p.errorText();
        return o;
    }
    o.help = p.isSet(help);
    o.version = p.isSet(version);
    o.demo = p.isSet(demo);
    o.db = p.value(db);
    o.dataDir = p.value(dataDir);
    o.dispatcher = p.value(dispatcher).trimmed();
    o.workstation = p.value(workstation).trimmed();
    o.rules = p.value(rules);
    o.training = p.isSet(training);
    o.review = p.isSet(review);
    o.trainer = p.isSet(trainer);
    o.trace = p.isSet(trace);
    if (o.review && o.trainer)
        o.error = ConsoleOptions::tr("--review and --trainer open different windows: choose one");
    o.theme = p.isSet(theme) ? p.value(theme).toLower() : QStringLiteral("night");
    if (!rr::themeFromName(o.theme))
        o.error = ConsoleOptions::tr("--theme must be one of %1, got '%2'")
                      .arg(rr::themeNames().join(QStringLiteral(", ")), o.theme);
    o.lang = p.value(lang).trimmed().toLower();
    if (p.isSet(lang) && !uiLanguages().contains(o.lang))
        o.error = ConsoleOptions::tr("--lang must be one of %1, got '%2'")
                      .arg(uiLanguages().join(QStringLiteral(", ")), o.lang);
    bool ok = true;
    if (p.isSet(rate) && ((o.demoRate = p.value(rate).toDouble(&ok)) <= 0 || !ok))
        o.error = ConsoleOptions::tr("--demo-rate must be a positive number of calls per hour");
    if (p.isSet(speed) && ((o.demoSpeed = p.value(speed).toDouble(&ok)) <= 0 || !ok))
        o.error = ConsoleOptions::tr("--demo-speed must be a positive factor");
    if (p.isSet(history) &&
        ((o.demoHistoryDays = p.value(history).toInt(&ok)) < 0 || !ok || o.demoHistoryDays > 3660))
        o.error = ConsoleOptions::tr("--demo-history must be a number of days from 0 to 3660");
    if (p.isSet(session)) {
        if ((o.session = p.value(session).toLongLong(&ok)) <= 0 || !ok)
            o.error = ConsoleOptions::tr("--session must be a training session's number, got '%1'")
                          .arg(p.value(session));
        else if (!o.training)
            o.error =
                ConsoleOptions::tr("--session needs --training: a training session is never the live queue");
        else if (o.review || o.trainer)
            o.error =
                ConsoleOptions::tr("--session opens a trainee's console, not the review or trainer window");
    }
    if (!p.positionalArguments().isEmpty())
        o.error = ConsoleOptions::tr("unexpected argument '%1'").arg(p.positionalArguments().first());
    return o;
}

} // namespace rr

namespace rr {

QStringList withSessionArgument(const QStringList &raw, QStringList remaining)
{
    for (qsizetype i = 1; i + 1 < raw.size(); ++i) {
        if (raw.at(i) != u"--session" && raw.at(i) != u"-session")
            continue;
        const qsizetype kept = remaining.indexOf(raw.at(i));
        if (kept < 0) // Qt took it: ours again
            remaining << QStringLiteral("--session") << raw.at(i + 1);
        break;
    }
    return remaining;
}

QString consoleTitle(const SignedInUser &user, const ConsoleOptions &options)
{
    QString title =
        QCoreApplication::translate("rr::Console", "RightResponse \u2014 %1").arg(user.describe());
    if (options.session > 0)
        return QCoreApplication::translate("rr::Console", "TRAINING \u2014 session %1 \u2014 %2")
            .arg(options.session)
            .arg(title);
    if (user.demo)
        title += QCoreApplication::translate("rr::Console", " \u2014 DEMO (simulated calls)");
    if (options.training)
        title += QCoreApplication::translate("rr::Console", " \u2014 TRAINING");
    return title;
}

QString trainingBannerText(const ConsoleOptions &options, const QString &login, const QString &sandbox)
{
    if (login.isEmpty())
        return QCoreApplication::translate("rr::Console",
                                           "TRAINING \u2014 session %1 \u2014 not the live queue")
            .arg(options.session);
    return QCoreApplication::translate(
               "rr::Console", "TRAINING \u2014 session %1 \u2014 %2's sandbox (%3) \u2014 not the live "
                              "queue")
        .arg(options.session)
        .arg(login, sandbox);
}

} // namespace rr
