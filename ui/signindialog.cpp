#include "signindialog.h"

#include "session/signincontroller.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QVBoxLayout>

namespace rr {

SignInDialog *SignInDialog::lockOver(SignInController *controller, QMainWindow *window)
{
    window->centralWidget()->setEnabled(false);
    auto *dialog = new SignInDialog(controller, Mode::Unlock, window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::finished, window, [window] { window->centralWidget()->setEnabled(true); });
    dialog->open();
    return dialog;
}

SignInDialog::SignInDialog(SignInController *controller, Mode mode, QWidget *parent)
    : QDialog(parent), m_controller(controller), m_mode(mode), m_title(new QLabel), m_id(new QLineEdit),
      m_password(new QLineEdit), m_message(new QLabel), m_submit(new QPushButton),
      m_demo(new QPushButton(tr("Demo sign-in \u2014 DEMO"))), m_switch(new QPushButton(tr("&Switch user"))),
      m_cancel(new QPushButton)
{
    setObjectName(QStringLiteral("signInDialog"));
    m_title->setObjectName(QStringLiteral("signInTitle"));
    m_id->setObjectName(QStringLiteral("staffId"));
    m_id->setAccessibleDescription(tr("Your staff ID, as the administrator created it"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setAccessibleDescription(tr("Your password; it is never shown"));
    m_message->setObjectName(QStringLiteral("signInMessage"));
    m_submit->setObjectName(QStringLiteral("signInButton"));
    m_submit->setAccessibleDescription(tr("Sign in with this staff ID and password"));
    m_demo->setObjectName(QStringLiteral("demoSignIn"));
    m_switch->setObjectName(QStringLiteral("switchUser"));
    m_switch->setAccessibleDescription(tr("Let another member of staff sign in at this console"));
    m_cancel->setObjectName(QStringLiteral("signInCancel"));
    m_cancel->setAccessibleDescription(tr("Close this dialog without signing in"));

    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);
    m_id->setPlaceholderText(tr("e.g. D17"));
    m_id->setMaxLength(63);
    m_password->setEchoMode(QLineEdit::Password);
    m_message->setWordWrap(true);
    m_message->setMinimumHeight(m_message->fontMetrics().lineSpacing() * 2);
    m_demo->setToolTip(tr("Single-machine demo: sign in as the local database owner, with simulated calls"));
    m_demo->setStyleSheet(
        QStringLiteral("QPushButton { background: #8a6d1a; color: white; font-weight: bold; }"));

    auto *form = new QFormLayout;
    form->addRow(tr("Staff &ID:"), m_id);
    form->addRow(tr("&Password:"), m_password);
    auto *buttons = new QDialogButtonBox;
    buttons->addButton(m_submit, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_switch, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_demo);
    layout->addWidget(buttons);
    setMinimumWidth(420);

    m_submit->setDefault(true);
    connect(m_submit, &QPushButton::clicked, this, &SignInDialog::submit);
    connect(m_demo, &QPushButton::clicked, this, [this] {
        setBusy(true);
        m_controller->signInDemo();
    });
    connect(m_switch, &QPushButton::clicked, this, [this] { setMode(Mode::Switch); });
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_controller, &SignInController::signedIn, this, [this] {
        setBusy(false);
        m_password->clear();
        accept();
    });
    connect(m_controller, &SignInController::unlocked, this, [this] {
        m_password->clear();
        accept();
    });
    connect(m_controller, &SignInController::signInFailed, this, &SignInDialog::showProblem);
    connect(m_controller, &SignInController::unlockFailed, this, &SignInDialog::showProblem);
    setMode(mode);
}

void SignInDialog::setMode(Mode mode)
{
    m_mode = mode;
    const bool unlock = mode == Mode::Unlock;
    setWindowTitle(unlock ? tr("RightResponse \u2014 locked") : tr("RightResponse \u2014 sign in"));
    m_title->setText(mode == Mode::SignIn   ? tr("Sign in to RightResponse")
                     : mode == Mode::Switch ? tr("Switch user: the next member of staff signs in")
                                            : tr("Locked \u2014 %1").arg(m_controller->user().describe()));
    m_submit->setText(unlock ? tr("&Unlock") : tr("Sign &in"));
    m_cancel->setText(mode == Mode::SignIn ? tr("&Quit") : tr("&Cancel"));
    m_cancel->setVisible(mode != Mode::Unlock);
    m_switch->setVisible(unlock);
    m_demo->setVisible(m_controller->demoAvailable() && mode != Mode::Unlock);
    m_id->setReadOnly(unlock);
    if (unlock)
        m_id->setText(m_controller->user().login);
    else if (mode == Mode::Switch)
        m_id->clear();
    m_password->clear();
    m_message->clear();
    (m_id->text().isEmpty() ? m_id : m_password)->setFocus();
}

void SignInDialog::setStaffId(const QString &id)
{
    m_id->setText(id);
    (m_id->text().isEmpty() ? m_id : m_password)->setFocus();
}

void SignInDialog::keyPressEvent(QKeyEvent *event)
{
    // Enter signs in from either field; Esc never closes a lock screen.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        if (m_id->hasFocus() && m_password->text().isEmpty() && !m_id->text().isEmpty()) {
            m_password->setFocus();
            return;
        }
        submit();
        return;
    }
    if (event->key() == Qt::Key_Escape && m_mode == Mode::Unlock)
        return;
    QDialog::keyPressEvent(event);
}

void SignInDialog::submit()
{
    if (!m_submit->isEnabled())
        return;
    if (m_mode == Mode::Unlock) {
        m_controller->unlock(m_password->text());
        return;
    }
    setBusy(true);
    m_message->setStyleSheet({});
    m_message->setText(tr("Signing in\u2026"));
    m_controller->signIn(m_id->text(), m_password->text());
}

void SignInDialog::showProblem(const QString &text)
{
    setBusy(false);
    m_message->setStyleSheet(QStringLiteral("color: #e0663a; font-weight: bold;"));
    m_message->setText(QStringLiteral("\u26A0 ") + text);
    m_password->clear();
    m_password->setFocus();
}

void SignInDialog::setBusy(bool busy)
{
    m_submit->setEnabled(!busy);
    m_demo->setEnabled(!busy);
    m_id->setEnabled(!busy);
    m_password->setEnabled(!busy);
}

} // namespace rr
