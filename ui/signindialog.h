#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QMainWindow;
class QPushButton;

namespace rr {

class SignInController;

// The sign-in dialog, also the lock screen: staff ID and password, Enter signs in. Signing in runs through
// the SignInController (the database checks the password on the store's worker thread); the dialog waits
// without blocking, says plainly when it failed, and closes when signed in. Modes:
//   SignIn  the console's first screen (Quit leaves the program; the demo adds a one-click DEMO sign-in);
//   Switch  shift change: another member of staff takes over the open console (Cancel keeps the current one);
//   Unlock  the console was locked: the same user's password opens it, "Switch user" lets another sign in.
// GUI thread.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode
    {
        SignIn,
        Switch,
        Unlock
    };
    SignInDialog(SignInController *controller, Mode mode, QWidget *parent = nullptr);
    // The lock screen over `window` (Unlock mode, window-modal, deleted on close): the window keeps working
    // underneath (its queue or its trainees keep updating) but its central widget takes no input until the
    // dialog closes.
    static SignInDialog *lockOver(SignInController *controller, QMainWindow *window);

    Mode mode() const { return m_mode; }
    void setStaffId(const QString &id);
    QLineEdit *staffIdField() const { return m_id; }
    QLineEdit *passwordField() const { return m_password; }
    QLabel *messageLabel() const { return m_message; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void setMode(Mode mode);
    void submit();
    void showProblem(const QString &text);
    void setBusy(bool busy);

    SignInController *m_controller;
    Mode m_mode;
    QLabel *m_title;
    QLineEdit *m_id;
    QLineEdit *m_password;
    QLabel *m_message;
    QPushButton *m_submit;
    QPushButton *m_demo;
    QPushButton *m_switch;
    QPushButton *m_cancel;
};

} // namespace rr
