#include "consoletrace.h"

#include "session/dispatchsession.h"
#include "store/storeclient.h"

#include <QApplication>
#include <QKeyEvent>
#include <QKeySequence>
#include <QWidget>

#include <cstdio>

namespace rr {

namespace {

void say(QString line)
{
    line.replace(u'\n', u' ');
    std::fputs(line.toUtf8().append('\n').constData(), stdout);
    std::fflush(stdout);
}

QString connectionName(StoreClient::Connection c)
{
    switch (c) {
    case StoreClient::Connection::Connecting:
        return QStringLiteral("connecting");
    case StoreClient::Connection::Live:
        return QStringLiteral("live");
    case StoreClient::Connection::Reconnecting:
        return QStringLiteral("reconnecting");
    case StoreClient::Connection::Offline:
        break;
    }
    return QStringLiteral("offline");
}

QString decisionWord(DecideOutcome::Status s)
{
    switch (s) {
    case DecideOutcome::Status::Stored:
        return QStringLiteral("stored");
    case DecideOutcome::Status::AlreadyDecided:
        return QStringLiteral("already");
    default:
        break;
    }
    return QStringLiteral("failed");
}

} // namespace

ConsoleTrace::ConsoleTrace(StoreClient *client, DispatchSession *session, QObject *parent)
    : QObject(parent), m_watchdog(10)
{
    connect(qApp, &QApplication::focusChanged, this, [](QWidget *, QWidget *now) {
        if (now)
            say(QStringLiteral("focus %1 %2")
                    .arg(QString::fromLatin1(now->window()->metaObject()->className()),
                         now->objectName().isEmpty() ? QString::fromLatin1(now->metaObject()->className())
                                                     : now->objectName()));
    });
    connect(client, &StoreClient::signedIn, this,
            [](const SignedInUser &user) { say(QStringLiteral("signed-in ") + user.login); });
    connect(client, &StoreClient::connectionChanged, this, [](StoreClient::Connection c, int pending) {
        say(QStringLiteral("connection %1 %2").arg(connectionName(c)).arg(pending));
    });
    connect(client, &StoreClient::snapshot, this,
            [this](const QList<StoredCall> &calls, const QList<Unit> &units) {
                say(QStringLiteral("snapshot %1 %2").arg(calls.size()).arg(units.size()));
                if (!m_live) {
                    m_live = true;
                    m_watchdog.start();
                    say(QStringLiteral("stall-reset"));
                }
            });
    connect(client, &StoreClient::decisionResult, this, [](const DecisionRequest &q, const DecideOutcome &o) {
        say(QStringLiteral("decision %1 %2 %3")
                .arg(q.cadId, decisionWord(o.status), q.requestId.toString(QUuid::WithoutBraces)));
    });
    connect(client, &StoreClient::decisionQueued, this, [](const DecisionRequest &q) {
        say(QStringLiteral("decision %1 queued %2").arg(q.cadId, q.requestId.toString(QUuid::WithoutBraces)));
    });
    connect(session, &DispatchSession::screeningRequired, this,
            [](const QString &cad) { say(QStringLiteral("screening-required ") + cad); });
    connect(session, &DispatchSession::message, this, [](const QString &text, bool problem) {
        say(QStringLiteral("message %1 %2").arg(problem ? 1 : 0).arg(text));
    });
    traceQueue(session);
    qApp->installEventFilter(this);
    connect(&m_watchdog, &StallWatchdog::newMaximum, this,
            [](qint64 ms) { say(QStringLiteral("stall %1").arg(ms)); });
    connect(&m_watchdog, &StallWatchdog::stalled, this,
            [](qint64 ms, qint64 cpuMs, qint64 waitMs, const QString &seenIn) {
                say(QStringLiteral("slow %1 cpu %2 wait %3 in %4")
                        .arg(ms)
                        .arg(cpuMs)
                        .arg(waitMs)
                        .arg(seenIn.isEmpty() ? QStringLiteral("-") : QString(seenIn).replace(u' ', u'-')));
            });
    m_watchdog.setSampling(true);
    m_watchdog.start();
}

bool ConsoleTrace::eventFilter(QObject *watched, QEvent *event)
{
    // A key press goes to the focus widget first, then up its parents: said once, at the first.
    const QWidget *focus = QApplication::focusWidget();
    if (event->type() == QEvent::KeyPress && watched->isWidgetType() &&
        (watched == focus || (!focus && static_cast<const QWidget *>(watched)->isWindow()))) {
        const auto *key = static_cast<const QKeyEvent *>(event);
        const auto *widget = static_cast<const QWidget *>(watched);
        say(QStringLiteral("key %1 %2 %3")
                .arg(QKeySequence(key->keyCombination()).toString(QKeySequence::PortableText),
                     QString::fromLatin1(widget->window()->metaObject()->className()),
                     widget->objectName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className())
                                                    : widget->objectName()));
    }
    return QObject::eventFilter(watched, event);
}

void ConsoleTrace::traceQueue(DispatchSession *session)
{
    QueueModel *queue = session->queue();
    auto sayRows = [queue](int first, int last) {
        for (int row = first; row <= last; ++row)
            say(QStringLiteral("call ") + queue->entry(row).call.id);
    };
    connect(queue, &QAbstractItemModel::rowsInserted, this,
            [sayRows](const QModelIndex &, int first, int last) { sayRows(first, last); });
    connect(queue, &QAbstractItemModel::modelReset, this,
            [queue, sayRows] { sayRows(0, queue->rowCount() - 1); });
}

} // namespace rr
