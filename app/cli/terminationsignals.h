#pragma once

#include <QObject>

class QSocketNotifier;

namespace rr {

// Turns SIGINT and SIGTERM into a Qt signal, so that a long-running command (intake, simulate) stops
// cleanly from its event loop instead of dying in the middle of a request. The POSIX handler only writes a
// byte to a pipe (async-signal-safe); a QSocketNotifier reads it on the main thread. One instance per
// process, on the main thread; the default handlers come back when it is destroyed.
class TerminationSignals : public QObject
{
    Q_OBJECT

public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

    bool isValid() const { return m_notifier != nullptr; }

Q_SIGNALS:
    // SIGINT or SIGTERM arrived: `name` is "SIGINT" or "SIGTERM".
    void received(const QString &name);

private:
    void readPipe();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace rr
