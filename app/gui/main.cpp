// rightresponse: the dispatch console.

#include "consoleoptions.h"
#include "demorig.h"
#include "domain/rulesetloader.h"
#include "domain/triageengine.h"
#include "session/consolesettings.h"
#include "session/dispatchsession.h"
#include "session/signincontroller.h"
#include "store/connectionresolver.h"
#include "store/localcluster.h"
#include "store/storeclient.h"
#include "store/unitstore.h"
#include "ui/consolewindow.h"
#include "ui/signindialog.h"
#include "ui/theme.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHostInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

namespace {

QList<rr::Unit> demoRoster()
{
    QFile f(QStringLiteral(":/roster/demo-roster.json"));
    QString error;
    return f.open(QIODevice::ReadOnly) ? rr::rosterFromJson(f.readAll(), &error) : QList<rr::Unit>{};
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("RightResponse"));
    QApplication::setApplicationName(QStringLiteral("rightresponse"));
    QApplication::setApplicationDisplayName(QStringLiteral("RightResponse"));
    QApplication::setApplicationVersion(QStringLiteral(RR_VERSION));

    rr::ConsoleOptions options = rr::parseConsoleArguments(QApplication::arguments());
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
    rr::applyTheme(app, options.theme == u"day" ? rr::Theme::Day : rr::Theme::Night);

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
    rr::StoreClient::Options store;
    store.uri = db.uri;
    store.embeddedDataDir = db.dataDir.isEmpty() ? rr::LocalCluster::defaultDataDir() : db.dataDir;
    store.schema = options.training ? rr::StoreSchema::Training : rr::StoreSchema::Live;
    const QString local = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QDir().mkpath(local);
    store.journalPath = local + QStringLiteral("/journal-%1.jsonl").arg(workstation);
    store.actor = demoId + u'@' + workstation; // a signed-in login replaces the part before '@'
    if (options.demo)
        store.seedRoster = demoRoster();
    store.engine = std::make_shared<const rr::TriageEngine>(rules); // screening answers are triaged again

    rr::StoreClient client(store);
    rr::DispatchSession session(&client, QString(), workstation);
    rr::SignInController::Options signInOptions;
    signInOptions.demo = options.demo;
    signInOptions.demoId = demoId;
    signInOptions.idleLockMs = rr::ConsoleSettings::load(settings).lockAfterMinutes * 60 * 1000;
    rr::SignInController signIn(&client, &session, signInOptions);
    rr::ConsoleWindow window(&session, QStringLiteral("RightResponse"));
    window.setSignIn(&signIn);
    rr::DemoRig demo(&session, rules);
    QObject::connect(&demo, &rr::DemoRig::message, &session, &rr::DispatchSession::message);
    QObject::connect(&session, &rr::DispatchSession::userChanged, &window, [&](const rr::SignedInUser &user) {
        QString title = QObject::tr("RightResponse \u2014 %1").arg(user.describe());
        if (user.demo)
            title += QObject::tr(" \u2014 DEMO (simulated calls)");
        if (options.training)
            title += QObject::tr(" \u2014 TRAINING");
        window.setWindowTitle(title);
    });
    bool demoStarted = false;
    QObject::connect(
        &client, &rr::StoreClient::opened, &window, [&](const QString &uri, const QString &role) {
            Q_EMIT session.message(QObject::tr("Connected as %1 (%2)").arg(session.dispatcher(), role),
                                   false);
            if (options.demo && !demoStarted) {
                demoStarted = true; // once: a switch of user keeps the simulator and the intake running
                demo.start(uri, options.demoRate, options.demoSpeed);
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
    // The review window (supervisors, administrators) and the trainer window (trainers) open here from
    // SignedInUser::canReview() / canTrain() once they exist.

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
