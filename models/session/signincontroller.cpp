#include "signincontroller.h"

#include "dispatchsession.h"
#include "store/signintarget.h"

#include <QCryptographicHash>
#include <QEvent>
#include <QRandomGenerator>

namespace rr {

SignInController::SignInController(SignInTarget *target, DispatchSession *session, Options options,
                                   QObject *parent)
    : QObject(parent), m_target(target), m_session(session), m_options(std::move(options))
{
    m_salt.resize(16);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(m_salt.data()), 4);
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, &SignInController::lock);
    connect(m_target, &SignInTarget::signedIn, this, &SignInController::onSignedIn);
    connect(m_target, &SignInTarget::signInFailed, this, &SignInController::onSignInFailed);
    connect(m_target, &SignInTarget::loginRevoked, this, &SignInController::onLoginRevoked);
    // Any key or click anywhere in the application is activity.
    QCoreApplication::instance()->installEventFilter(this);
}

SignInController::~SignInController()
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

QString SignInController::refusedMessage()
{
    return tr("Sign-in refused: wrong staff ID or password.");
}

QByteArray SignInController::digest(const QString &password) const
{
    return QCryptographicHash::hash(m_salt + password.toUtf8(), QCryptographicHash::Sha256);
}

void SignInController::signIn(const QString &id, const QString &password)
{
    if (m_state == State::SigningIn)
        return;
    if (id.trimmed().isEmpty() || password.isEmpty()) {
        Q_EMIT signInFailed(tr("Type your staff ID and your password."));
        return;
    }
    m_pendingId = id.trimmed();
    m_pendingDemo = false;
    m_pendingDigest = digest(password);
    m_before = m_state;
    setState(State::SigningIn);
    m_target->signIn(PgLogin{m_pendingId, password});
}

void SignInController::signInDemo()
{
    if (!m_options.demo || m_state == State::SigningIn)
        return;
    m_pendingId.clear();
    m_pendingDemo = true;
    m_pendingDigest.clear();
    m_before = m_state;
    setState(State::SigningIn);
    m_target->signIn({});
}

void SignInController::onSignedIn(SignedInUser user)
{
    if (m_state != State::SigningIn)
        return; // the store's own start(), not ours
    if (m_pendingDemo) {
        user.login = m_options.demoId;
        user.demo = true;
    }
    m_user = user;
    m_revoked.clear();
    m_digest = m_pendingDigest;
    m_pendingDigest.clear();
    if (m_session)
        m_session->setUser(m_user);
    setState(State::SignedIn);
    setIdleLock(m_options.idleLockMs);
    Q_EMIT signedIn(m_user);
}

void SignInController::onSignInFailed(const QString &message, bool refused)
{
    if (m_state != State::SigningIn)
        return;
    m_pendingDigest.clear();
    setState(m_before);
    Q_EMIT signInFailed(refused ? refusedMessage() : tr("Cannot sign in: %1").arg(message));
}

void SignInController::onLoginRevoked(const QString &message)
{
    if (m_state != State::SignedIn && m_state != State::Locked)
        return;
    // The password kept in memory no longer opens anything: only a sign-in the database takes does.
    m_revoked = message;
    m_digest.clear();
    m_idle.stop();
    if (m_state != State::Locked) {
        setState(State::Locked);
        Q_EMIT locked();
    }
    Q_EMIT unlockFailed(message);
}

void SignInController::lock()
{
    if (m_state != State::SignedIn)
        return;
    m_idle.stop();
    setState(State::Locked);
    Q_EMIT locked();
}

void SignInController::unlock(const QString &password)
{
    if (m_state != State::Locked)
        return;
    if (!m_revoked.isEmpty()) {
        Q_EMIT unlockFailed(m_revoked);
        return;
    }
    // The demo's owner connection has no password: its lock opens with a click.
    if (m_user.demo || (!m_digest.isEmpty() && digest(password) == m_digest)) {
        setState(State::SignedIn);
        setIdleLock(m_options.idleLockMs);
        Q_EMIT unlocked();
        return;
    }
    Q_EMIT unlockFailed(tr("Wrong password for %1.").arg(m_user.login));
}

void SignInController::setIdleLock(int ms)
{
    m_options.idleLockMs = qMax(0, ms);
    if (m_state == State::SignedIn && m_options.idleLockMs > 0)
        m_idle.start(m_options.idleLockMs);
    else
        m_idle.stop();
}

bool SignInController::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
        if (m_state == State::SignedIn && m_options.idleLockMs > 0)
            m_idle.start(m_options.idleLockMs);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void SignInController::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(m_state);
}

} // namespace rr
