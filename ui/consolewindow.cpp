#include "consolewindow.h"

#include "calldetailview.h"
#include "overridedialog.h"
#include "queuepanel.h"
#include "screeningpanel.h"
#include "session/dispatchsession.h"
#include "session/signincontroller.h"
#include "settingsdialog.h"
#include "signindialog.h"
#include "theme.h"
#include "unitboard.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace rr {

ConsoleWindow::ConsoleWindow(DispatchSession *session, const QString &title, QWidget *parent)
    : QMainWindow(parent), m_session(session), m_banner(new QLabel),
      m_queue(new QueuePanel(session->queue())), m_detail(new CallDetailView),
      m_screening(new ScreeningPanel), m_units(new UnitBoard(session->units())), m_message(new QLabel),
      m_user(new QLabel)
{
    setObjectName(QStringLiteral("consoleWindow"));
    setWindowTitle(title);
    m_banner->setObjectName(QStringLiteral("connectionBanner"));
    m_banner->setMargin(6);
    m_banner->setTextFormat(Qt::RichText);
    m_banner->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    auto *split = new QSplitter(Qt::Horizontal);
    split->setObjectName(QStringLiteral("mainSplit"));
    // The call: its suggestion and reasons above, the screening questions below, both in view together so
    // that an answer's effect on the suggestion shows at once.
    auto *call = new QWidget;
    auto *callLayout = new QVBoxLayout(call);
    callLayout->setContentsMargins(0, 0, 0, 0);
    callLayout->setSpacing(4);
    callLayout->addWidget(m_detail, 1);
    callLayout->addWidget(m_screening);
    split->addWidget(m_queue);
    split->addWidget(call);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({1100, 400}); // the queue's columns in view; a saved layout wins below
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_banner);
    layout->addWidget(split);
    setCentralWidget(central);

    auto *dock = new QDockWidget(tr("Units"));
    dock->setObjectName(QStringLiteral("unitDock"));
    dock->setWidget(m_units);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    resizeDocks({dock}, {330}, Qt::Vertical); // room for a shift's roster; the saved layout wins below

    m_message->setObjectName(QStringLiteral("message"));
    statusBar()->addWidget(m_message, 1);
    m_user->setObjectName(QStringLiteral("signedInUser"));
    statusBar()->addPermanentWidget(m_user);
    showUser();
    connect(m_session, &DispatchSession::userChanged, this, &ConsoleWindow::showUser);

    connect(m_queue, &QueuePanel::currentCallChanged, this, &ConsoleWindow::showCurrent);
    connect(m_queue, &QueuePanel::acceptRequested, m_session, &DispatchSession::accept);
    connect(m_queue, &QueuePanel::overrideRequested, this, &ConsoleWindow::openOverride);
    connect(m_queue, &QueuePanel::closeRequested, this, &ConsoleWindow::closeCall);
    connect(m_queue, &QueuePanel::screeningRequested, this, &ConsoleWindow::startScreening);
    connect(m_session, &DispatchSession::screeningRequired, this, &ConsoleWindow::startScreening);
    connect(m_screening, &ScreeningPanel::answered, m_session, &DispatchSession::screen);
    connect(m_screening, &ScreeningPanel::left, this, [this] { m_queue->view()->setFocus(); });
    connect(m_units, &UnitBoard::statusRequested, m_session, &DispatchSession::setUnitStatus);
    connect(m_session, &DispatchSession::message, this, &ConsoleWindow::showMessage);
    connect(m_session->queue(), &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) {
                const int row = m_session->queue()->rowOf(m_queue->currentCadId());
                if (row >= from.row() && row <= to.row() && from.column() == 0)
                    showCurrent();
            });
    connect(m_session, &DispatchSession::callArrived, this, [this](const QString &cadId) {
        showMessage(tr("New call %1").arg(cadId), false);
        QApplication::beep();
    });
    connect(m_session->store(), &StoreClient::connectionChanged, this, &ConsoleWindow::updateBanner);
    connect(m_session->store(), &StoreClient::history, this,
            [this](const QString &cadId, const QList<StoredCall> &calls) {
                if (cadId == m_queue->currentCadId())
                    m_detail->showHistory(calls);
            });

    resize(1500, 900);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("console/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("console/state")).toByteArray());
    split->restoreState(settings.value(QStringLiteral("console/split")).toByteArray());
    updateBanner();
    m_queue->view()->setFocus();
}

void ConsoleWindow::showUser()
{
    const SignedInUser &u = m_session->user();
    const QString who = u.isValid() ? u.describe() : m_session->dispatcher();
    m_user->setText(tr("%1 @ %2 \u00B7 F1 shortcuts").arg(who, m_session->workstation()));
}

void ConsoleWindow::setSignIn(SignInController *controller)
{
    m_signIn = controller;
    connect(m_signIn, &SignInController::locked, this, &ConsoleWindow::showLock);
}

void ConsoleWindow::showLock()
{
    if (m_signInDialog)
        m_signInDialog->reject();
    // The console stays underneath, working (the queue keeps updating), but takes no input until unlocked.
    SignInDialog *dialog = SignInDialog::lockOver(m_signIn, this);
    m_signInDialog = dialog;
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        if (m_signInDialog == dialog)
            m_signInDialog = nullptr;
        m_queue->view()->setFocus();
    });
}

void ConsoleWindow::switchUser()
{
    if (!m_signIn || m_signInDialog)
        return;
    auto *dialog = new SignInDialog(m_signIn, SignInDialog::Mode::Switch, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    m_signInDialog = dialog;
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        if (m_signInDialog == dialog)
            m_signInDialog = nullptr;
        m_queue->view()->setFocus();
    });
    dialog->open();
}

void ConsoleWindow::openSettings()
{
    QSettings settings;
    SettingsDialog dialog(m_session->user(), settings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (m_signIn)
        m_signIn->setIdleLock(dialog.lockAfterMinutes() * 60 * 1000);
    showMessage(tr("Settings saved; the database settings take effect when the console starts again"), false);
}

void ConsoleWindow::keyPressEvent(QKeyEvent *event)
{
    // Keys no panel used: F1 help, F2 queue, F3 unit board, F8 the trainers' window, F9 the supervisors'
    // review, F10 settings;
    // Ctrl+L lock, Ctrl+Shift+U switch user.
    if (m_signIn && event->modifiers() == Qt::ControlModifier && event->key() == Qt::Key_L) {
        m_signIn->lock();
        return;
    }
    if (m_signIn && event->modifiers() == (Qt::ControlModifier | Qt::ShiftModifier) &&
        event->key() == Qt::Key_U) {
        switchUser();
        return;
    }
    switch (event->key()) {
    case Qt::Key_F8:
        Q_EMIT trainerRequested();
        return;
    case Qt::Key_F9:
        Q_EMIT reviewRequested();
        return;
    case Qt::Key_F10:
        openSettings();
        return;
    case Qt::Key_F1:
        showShortcuts();
        return;
    case Qt::Key_F2:
        m_queue->view()->setFocus();
        return;
    case Qt::Key_F3:
        m_units->view()->setFocus();
        if (!m_units->view()->currentIndex().isValid())
            m_units->view()->setCurrentIndex(m_units->view()->model()->index(0, 0));
        return;
    default:
        QMainWindow::keyPressEvent(event);
    }
}

void ConsoleWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("console/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("console/state"), saveState());
    if (auto *split = findChild<QSplitter *>(QStringLiteral("mainSplit")))
        settings.setValue(QStringLiteral("console/split"), split->saveState());
    event->accept();
}

void ConsoleWindow::showCurrent()
{
    const QString id = m_queue->currentCadId();
    const QueueEntry *e = m_session->queue()->find(id);
    if (!e) {
        m_detail->clearCall();
        m_screening->clearCall();
        return;
    }
    m_detail->showEntry(*e);
    m_screening->showEntry(*e);
    m_session->store()->requestHistory(id, e->call.address);
}

void ConsoleWindow::startScreening(const QString &cadId)
{
    if (cadId != m_queue->currentCadId())
        m_queue->selectCall(cadId);
    if (cadId != m_queue->currentCadId())
        return; // filtered out of view: nothing on screen to screen
    if (m_screening->cadId() != cadId)
        showCurrent();
    m_screening->enter();
}

void ConsoleWindow::openOverride(const QString &cadId)
{
    const QueueEntry *e = m_session->queue()->find(cadId);
    if (!e)
        return;
    // The database's list (a centre configures it there); the built-in one until it is loaded.
    QList<OverrideReason> reasons;
    for (const OverrideReasonRow &r : m_session->overrideReasons())
        reasons.append({r.code, r.label, r.needsNote});
    OverrideDialog dialog(cadId, e->suggestion.kind, reasons.isEmpty() ? defaultOverrideReasons() : reasons,
                          this);
    const bool ok = m_overrideHook ? m_overrideHook(dialog) : dialog.exec() == QDialog::Accepted;
    if (ok)
        m_session->override(cadId, dialog.kind(), dialog.reasonCode(), dialog.note());
}

void ConsoleWindow::closeCall(const QString &cadId)
{
    // The database's outcome list, in its order.
    QStringList codes;
    QStringList labels;
    for (const OverrideReasonRow &o : m_session->outcomes()) {
        codes << o.code;
        labels << o.label;
    }
    if (codes.isEmpty()) {
        showMessage(tr("The outcome list has not been loaded from the database yet"), true);
        return;
    }
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, tr("Close call %1").arg(cadId), tr("Outcome:"), labels, 0, false, &ok);
    if (ok)
        m_session->closeCall(cadId, codes.value(labels.indexOf(chosen)), QString());
}

void ConsoleWindow::showShortcuts()
{
    QMessageBox box(this);
    box.setObjectName(QStringLiteral("shortcuts"));
    box.setWindowTitle(tr("Keyboard shortcuts"));
    box.setTextFormat(Qt::RichText);
    box.setText(
        tr("<table cellpadding=4>"
           "<tr><td><b>\u2191 \u2193</b></td><td>move through the queue</td></tr>"
           "<tr><td><b>Enter</b></td><td>accept the suggestion (stores the decision, dispatches the "
           "unit); a call marked SCREEN FIRST asks for the screening instead</td></tr>"
           "<tr><td><b>O</b></td><td>override: 1/2/3 kind, arrows reason, Tab note, Enter</td></tr>"
           "<tr><td><b>C</b></td><td>close the call with its outcome</td></tr>"
           "<tr><td><b>Q</b></td><td>screen the call: then a question's letter and its answer</td></tr>"
           "<tr><td><b>W V I S D C</b></td><td>screening: weapon, violence, injury, self-harm, domestic, "
           "crime in progress (\u2191 \u2193 also move between them)</td></tr>"
           "<tr><td><b>Y N U</b></td><td>screening: answer yes, no or unknown (the call is triaged "
           "again)</td></tr>"
           "<tr><td><b>Esc</b></td><td>leave screening, back to the queue</td></tr>"
           "<tr><td><b>Alt+U</b></td><td>undecided calls only</td></tr>"
           "<tr><td><b>Alt+S / Alt+B</b></td><td>filter by suggestion / by beat</td></tr>"
           "<tr><td><b>F2 / F3</b></td><td>go to the queue / the unit board</td></tr>"
           "<tr><td><b>A D E S X F</b></td><td>unit board: available, dispatched, en route, on scene, out of "
           "service, off shift</td></tr>"
           "<tr><td><b>F8</b></td><td>the trainers' window: scenarios, sessions, scores (trainers and "
           "administrators)</td></tr>"
           "<tr><td><b>F9</b></td><td>the shift review (supervisors and administrators)</td></tr>"
           "<tr><td><b>F10</b></td><td>settings: shared server, TLS, idle lock (administrators)</td></tr>"
           "<tr><td><b>Ctrl+L</b></td><td>lock the console (your password opens it)</td></tr>"
           "<tr><td><b>Ctrl+Shift+U</b></td><td>switch user at shift change (the queue stays)</td></tr>"
           "<tr><td><b>F1</b></td><td>this list</td></tr></table>"));
    box.exec();
}

void ConsoleWindow::updateBanner()
{
    const StoreClient *store = m_session->store();
    const int pending = store->pendingJournal();
    QString text;
    QString colour;
    switch (store->connection()) {
    case StoreClient::Connection::Live:
        text = m_training ? tr("\u25CF CONNECTED \u2014 training sandbox, not the live queue")
                          : tr("\u25CF LIVE \u2014 shared database connected");
        colour = QStringLiteral("#1e7a46");
        break;
    case StoreClient::Connection::Connecting:
        text = tr("\u25D4 CONNECTING to the database\u2026");
        colour = QStringLiteral("#8a6d1a");
        break;
    case StoreClient::Connection::Reconnecting:
        text = tr("\u25D4 RECONNECTING \u2014 working offline");
        colour = QStringLiteral("#a4561a");
        break;
    case StoreClient::Connection::Offline:
        text = tr("\u25A0 OFFLINE \u2014 decisions are kept on this workstation");
        colour = QStringLiteral("#a12a2a");
        break;
    }
    if (pending > 0)
        // Decisions, screening answers and unit changes alike: the journal keeps them all.
        text += tr(" \u00B7 %n change(s) waiting to be sent", nullptr, pending);
    m_banner->setText(text);
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: white; font-weight: bold; }").arg(colour));
}

void ConsoleWindow::setTraining(const QString &text)
{
    if (!m_training) {
        m_training = new QLabel;
        m_training->setObjectName(QStringLiteral("trainingBanner"));
        m_training->setMargin(8);
        m_training->setAlignment(Qt::AlignCenter);
        m_training->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        m_training->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; font-weight: bold;"
                                                 " font-size: 14pt; }")
                                      .arg(trainingColour().name()));
        static_cast<QVBoxLayout *>(centralWidget()->layout())->insertWidget(0, m_training);
    }
    m_training->setText(text);
    updateBanner();
}

void ConsoleWindow::showMessage(const QString &text, bool problem)
{
    m_message->setText((problem ? QStringLiteral("\u26A0 ") : QString()) + text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #e0663a; font-weight: bold;") : QString());
}

} // namespace rr
