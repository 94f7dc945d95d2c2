#pragma once

#include "domain/unit.h"

#include <QObject>
#include <QThread>

namespace rr {

// The demo's training logins' password (T100 trainer, D101 and D102 trainees): documented, demo only.
inline constexpr char kDemoTrainingPassword[] = "training-demo";

// Demo mode's history: fills the demo database with days of realistic decided calls (HistorySeeder), once,
// so that the review window has a living past to show. Loads the demo roster first when the database has no
// units, and puts the demo training scenario (resources/training) in the training library when it is not
// there. Runs on a thread of its own; finished() comes back on the creating (GUI) thread.
class DemoHistory : public QObject
{
    Q_OBJECT
public:
    explicit DemoHistory(QObject *parent = nullptr);
    ~DemoHistory() override;

    // Seeds `days` days ending now unless the database already has history of the last day (0: none); also
    // gives the training schema the roster, adds the demo's training logins when they are missing, and adds
    // the demo training scenario unless the library has it.
    void start(const QString &dbUri, const QList<Unit> &roster, int days);
    bool running() const { return m_thread != nullptr && m_thread->isRunning(); }

Q_SIGNALS:
    void finished(bool seeded, const QString &message);

private:
    QThread *m_thread = nullptr;
};

} // namespace rr
