#include "demorig.h"

#include "feed/intakeserver.h"
#include "feed/simulator.h"
#include "session/dispatchsession.h"

#include <QUrl>

namespace rr {

DemoRig::DemoRig(DispatchSession *session, std::shared_ptr<const RuleSet> rules, QObject *parent)
    : QObject(parent), m_session(session), m_rules(std::move(rules))
{
    m_intakeThread.setObjectName(QStringLiteral("intake"));
    connect(&m_units, &QTimer::timeout, this, &DemoRig::advanceUnits);
}

DemoRig::~DemoRig()
{
    if (m_simulator)
        m_simulator->stop();
    m_intakeThread.quit();
    m_intakeThread.wait();
}

void DemoRig::start(const QString &dbUri, double callsPerHour, double speed)
{
    IntakeOptions o;
    o.port = 0;
    o.dbUri = dbUri;
    o.rules = m_rules;
    m_intake = new IntakeServer(o);
    m_intake->moveToThread(&m_intakeThread);
    connect(&m_intakeThread, &QThread::finished, m_intake, &QObject::deleteLater);
    m_intakeThread.start();
    QMetaObject::invokeMethod(m_intake, [this, callsPerHour, speed] {
        const Result<void> started = m_intake->start();
        const bool ok = started.ok();
        const QString error = started.error();
        const quint16 port = m_intake->port();
        QMetaObject::invokeMethod(this, [this, ok, error, port, callsPerHour, speed] {
            if (!ok) {
                Q_EMIT message(tr("Demo intake did not start: %1").arg(error), true);
                return;
            }
            SimulatorOptions s;
            s.target = QUrl(QStringLiteral("http://127.0.0.1:%1/v1/calls").arg(port));
            s.callsPerHour = callsPerHour;
            s.speed = speed;
            s.seed = quint64(QDateTime::currentMSecsSinceEpoch());
            // A backlog first, so that the queue is not empty when the console opens.
            SimulatorOptions backlog = s;
            backlog.count = 25;
            backlog.speed = 300;
            backlog.idPrefix =
                QStringLiteral("DEMO-%1-")
                    .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyMMddHHmmss")));
            auto *first = new Simulator(backlog, this);
            connect(first, &Simulator::finished, first, &QObject::deleteLater);
            first->start();
            m_simulator = new Simulator(s, this);
            connect(m_simulator, &Simulator::failed, this, [this](const QString &cadId, const QString &why) {
                Q_EMIT message(tr("Demo call %1 not posted: %2").arg(cadId, why), true);
            });
            m_simulator->start();
            Q_EMIT message(tr("Demo: simulated calls posted to the intake on port %1").arg(port), false);
        });
    });
    m_units.start(7000);
}

void DemoRig::advanceUnits()
{
    // One crew moves on each tick, the one that has been busy in the earliest state.
    const QList<Unit> units = m_session->units()->units();
    for (UnitStatus from : {UnitStatus::OnScene, UnitStatus::EnRoute, UnitStatus::Dispatched}) {
        for (const Unit &u : units) {
            if (u.status != from)
                continue;
            const UnitStatus next = from == UnitStatus::Dispatched ? UnitStatus::EnRoute
                                    : from == UnitStatus::EnRoute  ? UnitStatus::OnScene
                                                                   : UnitStatus::Available;
            if (next == UnitStatus::Available && !u.currentCall.isEmpty())
                m_session->closeCall(u.currentCall, QStringLiteral("resolved_on_scene"), tr("demo crew"));
            else
                m_session->setUnitStatus(u.id, next);
            return;
        }
    }
}

} // namespace rr
