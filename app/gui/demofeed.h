#pragma once

#include "domain/triageengine.h"
#include "feed/callgenerator.h"

#include <QObject>
#include <QTimer>

namespace rr {

class CallTableModel;

// Demo mode's source of calls: generated calls, triaged and put in the table, a backlog at start and then one
// new call every few seconds, stamped with the current time. Lives on the GUI thread; generating and triaging
// one call takes microseconds, so it never holds the event loop up.
class DemoFeed : public QObject
{
    Q_OBJECT
public:
    DemoFeed(CallTableModel *model, std::shared_ptr<const RuleSet> rules, quint64 seed, QObject *parent = nullptr);

    void start(int backlog, int intervalMs);

Q_SIGNALS:
    void callAdded(const QString &callId);

private:
    void addOne(const QDateTime &at);

    CallTableModel *m_model;
    TriageEngine m_engine;
    CallGenerator m_generator;
    QTimer m_timer;
};

} // namespace rr
