// rightresponse: the dispatch console.

#include "consoleoptions.h"
#include "demohistory.h"
#include "demorig.h"
#include "domain/rulesetloader.h"
#include "domain/triageengine.h"
#include "report/reviewclient.h"
#include "session/dispatchsession.h"
#include "store/connectionresolver.h"
#include "store/localcluster.h"
#include "store/storeclient.h"
#include "store/unitstore.h"
#include "ui/consolewindow.h"
#include "ui/review/reviewwindow.h"
#include "ui/theme.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHostInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

namespace {

// Who is at this console: the options, else what this workstation remembers, else asked.
bool signIn(rr::ConsoleOptions &o)
{
    QSettings settings;
    if (o.dispatcher.isEmpty())
        o.dispatcher = settings.value(QStringLiteral("signin/dispatcher")).toString();
    if (o.workstation.isEmpty())
        o.workstation =
            settings.value(QStringLiteral("signin/workstation"), QHostInfo::localHostName()).toString();
    if (o.dispatcher.isEmpty() && o.demo)
        o.dispatcher = QStringLiteral("DEMO");
    if (o.dispatcher.isEmpty()) {
        bool ok = false;
        o.dispatcher = QInputDialog::getText(nullptr, QObject::tr("RightResponse sign-in"),
                                             QObject::tr("Dispatcher ID:"), QLineEdit::Normal, {}, &ok)
                           .trimmed();
        if (!ok || o.dispatcher.isEmpty())
            return false;
    }
    settings.setValue(QStringLiteral("signin/dispatcher"), o.dispatcher);
    settings.setValue(QStringLiteral("signin/workstation"), o.workstation);
    return true;
}

QList<rr::Unit> demoRoster()
{
    QFile f(QStringLiteral(":/roster/demo-roster.json"));
    QString error;
    return f.open(QIODevice::ReadOnly) ? rr::rosterFromJson(f.readAll(), &error) : QList<rr::Unit>{};
}

// The supervisors' review window over the same database as the console (or alone, with --review).
struct Review
{
    std::unique_ptr<rr::ReviewClient> client;
    std::unique_ptr<rr::ReviewWindow> window;

    void open(const QString &uri, const QString &embeddedDataDir, const QString &reviewer, bool training)
    {
        if (!window) {
            rr::ReviewClient::Options o;
            o.uri = uri;
            o.embeddedDataDir = embeddedDataDir;
            o.schema = training ? rr::StoreSchema::Training : rr::StoreSchema::Live;
            client = std::make_unique<rr::ReviewClient>(o);
            window = std::make_unique<rr::ReviewWindow>(client.get(), reviewer);
            client->start();
        }
        window->show();
        window->raise();
        window->activateWindow();
    }
};

int runReview(const rr::ConsoleOptions &options, const rr::ConnectionChoice &db)
{
    Review review;
    const QString dataDir = db.dataDir.isEmpty() ? rr::LocalCluster::defaultDataDir() : db.dataDir;
    review.open(db.uri, dataDir, options.dispatcher, options.training);
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
    if (!signIn(options))
        return 1;

    QSettings settings;
    const rr::ConnectionChoice db = rr::resolveConnection(options.db, options.dataDir, &settings);
    if (options.review)
        return runReview(options, db);
    rr::StoreClient::Options store;
    store.uri = db.uri;
    store.embeddedDataDir = db.dataDir.isEmpty() ? rr::LocalCluster::defaultDataDir() : db.dataDir;
    store.schema = options.training ? rr::StoreSchema::Training : rr::StoreSchema::Live;
    const QString local = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QDir().mkpath(local);
    store.journalPath = local + QStringLiteral("/journal-%1.jsonl").arg(options.workstation);
    store.actor = options.dispatcher + u'@' + options.workstation;
    if (options.demo)
        store.seedRoster = demoRoster();
    store.engine = std::make_shared<const rr::TriageEngine>(rules); // screening answers are triaged again

    rr::StoreClient client(store);
    rr::DispatchSession session(&client, options.dispatcher, options.workstation);
    QString title = QObject::tr("RightResponse \u2014 %1").arg(options.dispatcher);
    if (options.demo)
        title += QObject::tr(" \u2014 DEMO (simulated calls)");
    if (options.training)
        title += QObject::tr(" \u2014 TRAINING");
    rr::ConsoleWindow window(&session, title);
    rr::DemoRig demo(&session, rules);
    rr::DemoHistory history;
    Review review;
    QObject::connect(&window, &rr::ConsoleWindow::reviewRequested, &window, [&] {
        review.open(client.uri(), store.embeddedDataDir, options.dispatcher, options.training);
    });
    QObject::connect(&history, &rr::DemoHistory::finished, &session,
                     [&](bool, const QString &message) { Q_EMIT session.message(message, false); });
    QObject::connect(&demo, &rr::DemoRig::message, &session, &rr::DispatchSession::message);
    QObject::connect(&client, &rr::StoreClient::failed, &window, [&window](const QString &message) {
        QMessageBox::warning(
            &window, QStringLiteral("RightResponse"),
            QObject::tr("The database could not be opened:\n%1\n\nThe console keeps working offline.")
                .arg(message));
    });
    QObject::connect(
        &client, &rr::StoreClient::opened, &window, [&](const QString &uri, const QString &role) {
            Q_EMIT session.message(QObject::tr("Connected as %1 (%2)").arg(options.dispatcher, role), false);
            if (options.demo) {
                demo.start(uri, options.demoRate, options.demoSpeed);
                history.start(uri, demoRoster(), options.demoHistoryDays);
            }
        });
    window.show();
    client.start();
    return app.exec();
}
