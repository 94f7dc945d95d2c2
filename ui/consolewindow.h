#pragma once

#include <QMainWindow>

#include <functional>

class QLabel;

namespace rr {

class CallDetailView;
class DispatchSession;
class QueuePanel;
class ScreeningPanel;
class SignInController;
class SignInDialog;
class UnitBoard;

// The dispatcher's console: connection banner, live queue, call detail with its screening, and unit board. It
// composes the panels and routes their requests to the session; each panel owns its own behaviour. GUI
// thread.
class ConsoleWindow : public QMainWindow
{
    Q_OBJECT
public:
    ConsoleWindow(DispatchSession *session, const QString &title, QWidget *parent = nullptr);

    QueuePanel *queuePanel() const { return m_queue; }
    UnitBoard *unitBoard() const { return m_units; }
    CallDetailView *detail() const { return m_detail; }
    ScreeningPanel *screening() const { return m_screening; }
    QLabel *banner() const { return m_banner; }
    // A training console: a TRAINING banner in the theme's training colour above everything, always on screen
    // (`text` says which session and whose sandbox), and the connection banner no longer says LIVE.
    void setTraining(const QString &text);
    QLabel *trainingBanner() const { return m_training; }
    // Sign-in at this console: Ctrl+L locks it, Ctrl+Shift+U lets the next member of staff sign in (shift
    // change), and when the controller locks (idle) the lock screen covers the console until the same user's
    // password or a switch. Without it (tests, tools) the console has neither.
    void setSignIn(SignInController *controller);
    // The lock screen or switch-user dialog on screen, if any (for tests).
    SignInDialog *signInDialog() const { return m_signInDialog; }
    void switchUser();
    // The settings dialog (F10): the shared server, TLS and the idle lock; only an administrator changes
    // them.
    void openSettings();
    // The override dialog is modal: tests answer it through this seam instead of a nested event loop.
    void setOverrideDialogHook(std::function<bool(class OverrideDialog &)> hook)
    {
        m_overrideHook = std::move(hook);
    }

Q_SIGNALS:
    // F9: open the supervisors' review window (which checks the login's role itself).
    void reviewRequested();
    // F8: open the trainers' window (which checks the login's role itself).
    void trainerRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void showCurrent();
    void openOverride(const QString &cadId);
    void startScreening(const QString &cadId);
    void closeCall(const QString &cadId);
    void showShortcuts();
    void updateBanner();
    void showMessage(const QString &text, bool problem);
    void showLock();
    void showUser();

    DispatchSession *m_session;
    QLabel *m_banner;
    QLabel *m_training = nullptr;
    QueuePanel *m_queue;
    CallDetailView *m_detail;
    ScreeningPanel *m_screening;
    UnitBoard *m_units;
    QLabel *m_message;
    QLabel *m_user;
    SignInController *m_signIn = nullptr;
    SignInDialog *m_signInDialog = nullptr;
    std::function<bool(OverrideDialog &)> m_overrideHook;
};

} // namespace rr
