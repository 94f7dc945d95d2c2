#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "domain/staff.h"

namespace rr {

// What `rightresponse` was started with. Parsed by parseConsoleArguments(), unit-tested.
struct ConsoleOptions
{
    Q_DECLARE_TR_FUNCTIONS(rr::ConsoleOptions)

public:
    bool demo = false;
    QString db;          // --db URI; empty: environment, settings, then the embedded cluster
    QString dataDir;     // --data-dir for the embedded cluster
    QString dispatcher;  // --dispatcher: the staff ID the sign-in dialog offers; the demo's ID (default DEMO)
    QString workstation; // --workstation; empty: settings, else the host name
    QString rules;       // --rules FILE
    QString theme;       // "night" (default) or "day"
    QString lang;        // --lang: "es" or "en"; empty: the system locale's (rr::installTranslations)
    bool training = false;
    qint64 session = 0;   // --session ID (with --training): the trainee's sandbox of that training session
    bool review = false;  // --review: the supervisors' review window instead of the console
    bool trainer = false; // --trainer: the trainers' window instead of the console
    int demoHistoryDays = 30; // --demo fills this many days of history first
    double demoRate = 360;    // simulated calls per hour in demo mode
    double demoSpeed = 1;
    bool trace = false; // --trace: the console's events on standard output (app/gui/consoletrace.h)
    QString error;      // non-empty: unusable arguments
    bool help = false;
    bool version = false;
    QString helpText;
};

ConsoleOptions parseConsoleArguments(const QStringList &arguments);

// QGuiApplication takes "-session ID" and "--session ID" out of the arguments (X11 session management)
// before parseConsoleArguments() sees them: this puts a trainee's --session back. `raw`: the arguments as
// main() received them; `remaining`: QApplication::arguments().
QStringList withSessionArgument(const QStringList &raw, QStringList remaining);

// The console window's title for `user`: "RightResponse — D17 (Dana Reyes, dispatcher)", marked DEMO, or
// TRAINING (first, for a training session's console: "TRAINING — session 7 — RightResponse — D101 ...").
QString consoleTitle(const SignedInUser &user, const ConsoleOptions &options);
// The TRAINING banner of a training session's console: which session, whose sandbox, not the live queue.
QString trainingBannerText(const ConsoleOptions &options, const QString &login, const QString &sandbox);

} // namespace rr
