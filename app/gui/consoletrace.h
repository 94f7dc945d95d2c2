#pragma once

#include "core/stallwatchdog.h"

#include <QObject>

namespace rr {

class DispatchSession;
class StoreClient;

// `rightresponse --trace`: what the console does, written to standard output one line at a time (flushed at
// once), for a test that drives the real console from outside with key presses (tests/soak):
//   focus WINDOW_CLASS WIDGET        the keyboard focus moved (a dialog opened, the queue got it back)
//   key KEY WINDOW_CLASS WIDGET      a key press, and the widget it went to first
//   signed-in LOGIN | snapshot CALLS UNITS | connection live|connecting|reconnecting|offline PENDING
//   call CAD                         a call shown in the queue (every row inserted; every row after a resync)
//   decision CAD stored|already|failed|queued REQUEST_ID
//   screening-required CAD           Enter on a call that needs screening
//   message 0|1 TEXT                 what the status line says (1: a problem)
//   stall MS                         the event loop's longest stall so far (StallWatchdog, 10 ms ticks)
//   slow MS cpu CPU_MS wait WAIT_MS in WHERE
//                                    every stall over 100 ms, with the GUI thread's CPU time during it, the
//                                    time it waited for a CPU (-1: unknown) and where it was seen during it
//                                    (running, syscall-N, or -)
//   stall-reset                      the stall figures start again (once, when the first snapshot is shown:
//                                    start-up and sign-in are not the steady state)
// GUI thread.
class ConsoleTrace : public QObject
{
    Q_OBJECT
public:
    ConsoleTrace(StoreClient *client, DispatchSession *session, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void traceQueue(DispatchSession *session);

    StallWatchdog m_watchdog;
    bool m_live = false;
};

} // namespace rr
