#include "demohistory.h"

#include "report/historyseeder.h"
#include "store/migrator.h"
#include "store/pgconnection.h"
#include "store/unitstore.h"
#include "training/demoscenario.h"

#include <QDateTime>

namespace rr {

DemoHistory::DemoHistory(QObject *parent) : QObject(parent) {}

DemoHistory::~DemoHistory()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void DemoHistory::start(const QString &dbUri, const QList<Unit> &roster, int days)
{
    if (running())
        return;
    delete m_thread;
    m_thread = QThread::create([this, dbUri, roster, days] {
        QString error;
        bool seeded = false;
        QString message;
        auto conn = PgConnection::open(dbUri, &error);
        if (conn && Migrator::migrate(*conn).ok()) {
            UnitStore units(*conn);
            if (units.list(&error).isEmpty() && error.isEmpty())
                units.saveRoster(roster, &error);
            // The trainers' demo: the shipped scenario in the training library, once.
            const Result<bool> scenario = installDemoScenario(*conn);
            PgResult recent = conn->exec("SELECT count(*) FROM live.calls WHERE cad_id LIKE 'HIST%' "
                                         "AND received_at > now() - interval '1 day'");
            if (days <= 0) {
                message = tr("Demo: no history asked for");
            } else if (recent.ok() && recent.integer(0, 0) > 0) {
                message = tr("Demo: history already in the database");
            } else {
                HistoryOptions o;
                o.days = days;
                // A fresh seed per day keeps the history's ids apart from an earlier demo's.
                o.seed = quint64(QDateTime::currentSecsSinceEpoch() / 86400);
                const auto stats = HistorySeeder(*conn).seed(o);
                seeded = stats.ok();
                message = stats ? tr("Demo: %1 days of history, %2 calls with their decisions and outcomes")
                                      .arg(days)
                                      .arg(stats->calls)
                                : tr("Demo history not loaded: %1").arg(stats.error());
            }
            if (!scenario)
                message += tr("; demo training scenario not added: %1").arg(scenario.error());
            else if (*scenario)
                message += tr("; demo training scenario added to the library");
        } else {
            message = tr("Demo history not loaded: %1").arg(error.isEmpty() ? tr("migration failed") : error);
        }
        QMetaObject::invokeMethod(this, [this, seeded, message] { Q_EMIT finished(seeded, message); });
    });
    m_thread->setObjectName(QStringLiteral("demo-history"));
    m_thread->start();
}

} // namespace rr
