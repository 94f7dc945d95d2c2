// rightresponse: the dispatch console.

#include "consoleoptions.h"
#include "consoletrace.h"
#include "core/privatefiles.h"
#include "demohistory.h"
#include "demorig.h"
#include "domain/rulesetloader.h"
#include "domain/triageengine.h"
#include "language.h"
#include "report/reviewclient.h"
#include "session/consolesettings.h"
#include "session/dispatchsession.h"
#include "session/signincontroller.h"
#include "store/connectionresolver.h"
#include "store/localcluster.h"
#include "store/storeclient.h"
#include "store/unitstore.h"
#include "ui/consolewindow.h"
#include "ui/review/reviewwindow.h"
#include "ui/signindialog.h"
#include "ui/theme.h"
#include "ui/trainer/trainerwindow.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHostInfo>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

namespace {

QList<rr::Unit> demoRoster()
{
    QFile f(QStringLiteral(":/roster/demo-roster.json"));
    QString error;
    return f.open(QIODevice::ReadOnly) ? rr::rosterFromJson(f.readAll(), &error) : QList<rr::Unit>{};
}

// The supervisors' review window over the same database as the console, connected as the signed-in login
// (or, with --review alone, as the connection string's user); the database decides who may open it.
struct Review
{
    std::unique_ptr<rr::ReviewClient> client;
    std::unique_ptr<rr::ReviewWindow> window;

    void open(const QString &uri, const QString &embeddedDataDir, const rr::PgLogin &login,
              const QString &reviewer, bool training)
    {
        if (!window) {
            rr::ReviewClient::Options o;
            o.uri = uri;
            o.embeddedDataDir = embeddedDataDir;
            o.login = login;
            o.schema = training ? rr::StoreSchema::Training : rr::StoreSchema::Live;
            client = std::make_unique<rr::ReviewClient>(o);
            window = std::make_unique<rr::ReviewWindow>(client.get(), reviewer);
            client->start();
        }
        window->show();
        window->raise();
        window->activateWindow();
    }
    void close()
    {
        window.reset();
        client.reset();
    }
};

int runReview(const rr::ConsoleOptions &options, const rr::ConnectionChoice &db)
{
    Review review;
    const QString dataDir = db.dataDir.isEmpty() ? rr::LocalCluster::defaultDataDir() : db.dataDir;
    review.open(db.uri, dataDir, {}, options.dispatcher, options.training);
    rr::DemoHistory history;
    if (options.demo) {
        // The demo's history first (once), then the review shows it.
        QObject::connect(review.client.get(), &rr::ReviewClient::opened, &history,
                         [&](const rr::ReviewAccess &access) {
                             if (access.allowed)
                                 history.start(review.client->uri(), demoRoster(), options.demoHistoryDays);
                         });
        QObject::connect(&history, &rr::DemoHistory::finished, review.window.get(),
                         [&](bool seeded, const QString &message) {
                             review.window->statusBar()->showMessage(message, 10000);
                             if (seeded)
                                 review.window->refresh();
                         });
    }
    return QApplication::exec();
}

// The trainers' window over the same database as the console, as the signed-in login (F8); the database
// decides who may train.
struct Trainer
{
    std::unique_ptr<rr::TrainerClient> client;
    std::unique_ptr<rr::TrainerWindow> window;

    void open(const QString &uri, const QString &embeddedDataDir, const rr::PgLogin &login,
              std::shared_ptr<const rr::TriageEngine> engine)
    {
        if (!window) {
            rr::TrainerClient::Options o;
            o.uri = uri;
            o.embeddedDataDir = embeddedDataDir;
            o.login = login;
            client = std::make_unique<rr::TrainerClient>(o);
            window = std::make_unique<rr::TrainerWindow>(client.get(), std::move(engine));
            client->start();
        }
        window->show();
        window->raise();
        window->activateWindow();
    }
    void close()
    {
        window.reset();
        client.reset();
    }
};

// `rightresponse --trainer`: the trainers' window alone. A trainer signs in with their own login (the demo
// adds its one-click sign-in as the database's owner); only a trainer's login is taken, and the window locks
// after the idle time like the console.
int runTrainer(const rr::ConsoleOptions &options, const rr::ConnectionChoice &db,
               std::shared_ptr<const rr::RuleSet> rules, QSettings &settings)
{
    rr::TrainerClient::Options o;
    o.uri = db.uri;
    o.embeddedDataDir = db.dataDir.isEmpty() ? rr::LocalCluster::defaultDataDir() : db.dataDir;
    rr::TrainerClient client(o);
    rr::TrainerWindow window(&client, std::make_shared<const rr::TriageEngine>(std::move(rules)));
    rr::SignInController::Options signInOptions;
    signInOptions.demo = options.demo;
    signInOptions.demoId = options.dispatcher.isEmpty() ? QStringLiteral("DEMO") : options.dispatcher;
    signInOptions.idleLockMs = rr::ConsoleSettings::load(settings).lockAfterMinutes * 60 * 1000;
    rr::SignInController signIn(&client, nullptr, signInOptions);
    QObject::connect(&signIn, &rr::SignInController::locked, &window,
                     [&] { rr::SignInDialog::lockOver(&signIn, &window); });
    rr::DemoHistory history;
    bool historyStarted = false;
    if (options.demo) {
        // The demo's history, training logins and scenario first (once), then the library shows them.
        QObject::connect(&client, &rr::TrainerClient::opened, &history, [&](const rr::TrainerAccess &access) {
            if (access.allowed && !historyStarted) {
                historyStarted = true;
                history.start(client.uri(), demoRoster(), options.demoHistoryDays);
            }
        });
        QObject::connect(&history, &rr::DemoHistory::finished, &window, [&](bool, const QString &message) {
            window.statusBar()->showMessage(message, 10000);
            client.start(); // again: the trainee logins and the scenario are there now
        });
    }
    // Connected before the dialog's own handler: the window is on screen before the dialog closes.
    QObject::connect(&signIn, &rr::SignInController::signedIn, &window, [&](const rr::SignedInUser &user) {
        if (!user.demo)
            QSettings().setValue(QStringLiteral("signin/dispatcher"), user.login);
        window.setWindowTitle(QObject::tr("RightResponse \u2014 TRAINING \u2014 %1").arg(user.describe()));
        window.show();
    });
    rr::SignInDialog dialog(&signIn, rr::SignInDialog::Mode::SignIn);
    dialog.setWindowTitle(QObject::tr("RightResponse \u2014 trainers' sign-in"));
    dialog.setStaffId(options.dispatcher.isEmpty()
                          ? settings.value(QStringLiteral("signin/dispatcher")).toString()
                          : options.dispatcher);
    QObject::connect(&dialog, &QDialog::rejected, &window, [&] {
        if (!signIn.user().isValid())
            QCoreApplication::quit();
    });
    dialog.show();
    return QApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList raw; // before QApplication takes its own arguments out, --session among them
    for (int i = 0; i < argc; ++i)
        raw << QString::fromLocal8Bit(argv[i]);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("RightResponse"));
    QApplication::setApplicationName(QStringLiteral("rightresponse"));
    QApplication::setApplicationDisplayName(QStringLiteral("RightResponse"));
    QApplication::setApplicationVersion(QStringLiteral(RR_VERSION));
    // The desktop entry's id (packaging/linux): Wayland compositors and task bars find the icon and the
    // name by it.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.rightresponse.RightResponse"));
    // The installed icon (hicolor theme) for the window title bars of X11; none when run from the build.
    QApplication::setWindowIcon(QIcon::fromTheme(QGuiApplication::desktopFileName()));
    // The language first, so that the help and every message are in it; a bad --lang is reported by the
    // parser below, in the system's language.
    const rr::LanguageArgument lang = rr::takeLanguageArgument(QApplication::arguments());
    rr::installTranslations(rr::uiLocale(lang.error.isEmpty() ? lang.code : QString()));

    rr::ConsoleOptions options =
        rr::parseConsoleArguments(rr::withSessionArgument(raw, QApplication::arguments()));
    if (options.help || options.version) {
        std::fputs(qPrintable(options.help
                                  ? options.helpText
                                  : QStringLiteral("rightresponse %1\n").arg(QStringLiteral(RR_VERSION))),
                   stdout);
        return 0;
    }
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "rightresponse: %s\n\n%s", qPrintable(options.error),
                     qPrintable(options.helpText));
        return 2;
    }
    rr::applyTheme(app, rr::themeFromName(options.theme).value_or(rr::Theme::Night));

    const rr::RuleSetResult loaded = options.rules.isEmpty() ? rr::RuleSetLoader::loadBuiltIn()
                                                             : rr::RuleSetLoader::loadFile(options.rules);
    if (!loaded) {
        QMessageBox::critical(nullptr, QStringLiteral("RightResponse"), loaded.error());
        return 2;
    }
    const auto rules = loaded.value();

    QSettings settings;
    const QString workstation =
        !options.workstation.isEmpty()
            ? options.workstation
            : settings.value(QStringLiteral("signin/workstation"), QHostInfo::localHostName()).toString();
    settings.setValue(QStringLiteral("signin/workstation"), workstation);
    // The demo's one-click sign-in carries this ID; staff sign in with their own login.
    const QString demoId = options.dispatcher.isEmpty() ? QStringLiteral("DEMO") : options.dispatcher;

    const rr::ConnectionChoice db = rr::resolveConnection(options.db, options.dataDir, &settings);
    if (const rr::Result<void> tls = rr::applyTlsSettings(&settings); !tls) {
        QMessageBox::critical(nullptr, QStringLiteral("RightResponse"), tls.error());
        return 2;
    }
    if (options.review)
        return runReview(options, db);
    if (options.trainer)
        return runTrainer(options, db, rules, settings);
    rr::StoreClient::Options store;
    store.uri = db.uri;
    store.embeddedDataDir = db.dataDir.isEmpty() ? rr::LocalCluster::defaultDataDir() : db.dataDir;
    store.schema = options.training ? rr::StoreSchema::Training : rr::StoreSchema::Live;
    // A trainee's console: their sandbox of the session, found at sign-in (the demo's one-click sign-in
    // opens the sandbox of --dispatcher).
    const bool trainee = options.session > 0;
    store.trainingSession = options.session;
    store.trainee = options.dispatcher;
    const QString local = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    // The journal holds decisions and screening answers: the directory is the user's alone (0700; an
    // existing one with looser permissions is tightened).
    if (const rr::Result<QString> privateDir = rr::ensurePrivateDirectory(local); !privateDir) {
        QMessageBox::critical(nullptr, QStringLiteral("RightResponse"), privateDir.error());
        return 2;
    }
    // Decisions kept offline are replayed where they were made: never a training decision into live.
    store.journalPath =
        local + (trainee
                     ? QStringLiteral("/journal-%1-session-%2.jsonl").arg(workstation).arg(options.session)
                 : options.training ? QStringLiteral("/journal-%1-training.jsonl").arg(workstation)
                                    : QStringLiteral("/journal-%1.jsonl").arg(workstation));
    store.actor = demoId + u'@' + workstation; // a signed-in login replaces the part before '@'
    if (options.demo && !trainee)
        store.seedRoster = demoRoster();
    const auto engine = std::make_shared<const rr::TriageEngine>(rules);
    store.engine = engine; // screening answers are triaged again

    rr::StoreClient client(store);
    rr::DispatchSession session(&client, QString(), workstation);
    rr::SignInController::Options signInOptions;
    signInOptions.demo = options.demo;
    signInOptions.demoId = demoId;
    signInOptions.idleLockMs = rr::ConsoleSettings::load(settings).lockAfterMinutes * 60 * 1000;
    rr::SignInController signIn(&client, &session, signInOptions);
    std::unique_ptr<rr::ConsoleTrace> trace;
    if (options.trace)
        trace = std::make_unique<rr::ConsoleTrace>(&client, &session);
    rr::ConsoleWindow window(
        &session, trainee
                      ? QObject::tr("TRAINING \u2014 session %1 \u2014 RightResponse").arg(options.session)
                      : QStringLiteral("RightResponse"));
    window.setSignIn(&signIn);
    rr::DemoRig demo(&session, rules);
    rr::DemoHistory history;
    Review review;
    Trainer trainer;
    // F9: the review window for a supervisor or an administrator, as the signed-in login.
    QObject::connect(&window, &rr::ConsoleWindow::reviewRequested, &window, [&] {
        const rr::SignedInUser &user = signIn.user();
        if (!user.canReview()) {
            Q_EMIT session.message(QObject::tr("The review window is for supervisors and administrators; %1 "
                                               "is signed in without that role.")
                                       .arg(user.login),
                                   true);
            return;
        }
        review.open(client.uri(), store.embeddedDataDir, client.login(), user.login, options.training);
    });
    // F8: the trainers' window for a trainer or an administrator, as the signed-in login.
    QObject::connect(&window, &rr::ConsoleWindow::trainerRequested, &window, [&] {
        const rr::SignedInUser &user = signIn.user();
        if (!user.canTrain()) {
            Q_EMIT session.message(QObject::tr("The trainers' window is for trainers and administrators; %1 "
                                               "is signed in without that role.")
                                       .arg(user.login),
                                   true);
            return;
        }
        trainer.open(client.uri(), store.embeddedDataDir, client.login(), engine);
    });
    // A new user at the console does not inherit the last one's review or trainer window.
    QObject::connect(&signIn, &rr::SignInController::signedIn, &window, [&] {
        review.close();
        trainer.close();
    });
    QObject::connect(&history, &rr::DemoHistory::finished, &session,
                     [&](bool, const QString &message) { Q_EMIT session.message(message, false); });
    QObject::connect(&demo, &rr::DemoRig::message, &session, &rr::DispatchSession::message);
    QObject::connect(&session, &rr::DispatchSession::userChanged, &window, [&](const rr::SignedInUser &user) {
        window.setWindowTitle(rr::consoleTitle(user, options));
        if (trainee)
            window.setTraining(
                rr::trainingBannerText(options, user.login, QString::fromLatin1(client.schema().name())));
    });
    if (trainee)
        window.setTraining(rr::trainingBannerText(options, {}, {}));
    bool demoStarted = false;
    QObject::connect(
        &client, &rr::StoreClient::opened, &window, [&](const QString &uri, const QString &role) {
            Q_EMIT session.message(QObject::tr("Connected as %1 (%2)").arg(session.dispatcher(), role),
                                   false);
            if (options.demo && !demoStarted && !trainee) {
                demoStarted = true; // once: a switch of user keeps the simulator and the intake running
                demo.start(uri, options.demoRate, options.demoSpeed);
                history.start(uri, demoRoster(), options.demoHistoryDays);
            }
        });
    // Connected before the dialog's own handler: the console is on screen before the dialog closes (closing
    // the last window would end the program).
    QObject::connect(&signIn, &rr::SignInController::signedIn, &window, [&](const rr::SignedInUser &user) {
        if (!user.demo)
            QSettings().setValue(QStringLiteral("signin/dispatcher"), user.login);
        if (!window.isVisible())
            window.show();
    });

    rr::SignInDialog dialog(&signIn, rr::SignInDialog::Mode::SignIn);
    dialog.setStaffId(options.dispatcher.isEmpty()
                          ? settings.value(QStringLiteral("signin/dispatcher")).toString()
                          : options.dispatcher);
    QObject::connect(&dialog, &QDialog::rejected, &app, [&] {
        if (!signIn.user().isValid())
            QCoreApplication::quit();
    });
    dialog.show();
    return app.exec();
}
