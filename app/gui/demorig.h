#pragma once

#include "domain/ruleset.h"

#include <QObject>
#include <QThread>
#include <QTimer>

#include <memory>

namespace rr {

class DispatchSession;
class IntakeServer;
class Simulator;

// Demo mode's moving parts around a real console: the intake service (on its own thread, it writes to the
// database), a simulator posting generated calls to it, and units that move through their statuses as
// crews would (dispatched -> en route -> on scene -> available). GUI thread.
class DemoRig : public QObject
{
    Q_OBJECT
public:
    DemoRig(DispatchSession *session, std::shared_ptr<const RuleSet> rules, QObject *parent = nullptr);
    ~DemoRig() override;

    // Starts the intake against the database, then the simulator and the unit cycle.
    void start(const QString &dbUri, double callsPerHour, double speed);

Q_SIGNALS:
    void message(const QString &text, bool problem);

private:
    void advanceUnits();

    DispatchSession *m_session;
    std::shared_ptr<const RuleSet> m_rules;
    QThread m_intakeThread;
    IntakeServer *m_intake = nullptr; // lives on m_intakeThread
    Simulator *m_simulator = nullptr;
    QTimer m_units;
};

} // namespace rr
