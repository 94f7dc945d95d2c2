#include "demofeed.h"

#include "items/calltablemodel.h"

namespace rr {

DemoFeed::DemoFeed(CallTableModel *model, std::shared_ptr<const RuleSet> rules, quint64 seed, QObject *parent)
    : QObject(parent), m_model(model), m_engine(std::move(rules)), m_generator(GeneratorOptions{seed, {}, 350.0})
{
    connect(&m_timer, &QTimer::timeout, this, [this] { addOne(QDateTime::currentDateTime()); });
}

void DemoFeed::start(int backlog, int intervalMs)
{
    const QDateTime now = QDateTime::currentDateTime();
    for (int i = backlog; i > 0; --i)
        addOne(now.addSecs(-qint64(i) * 97));
    m_timer.start(intervalMs);
}

void DemoFeed::addOne(const QDateTime &at)
{
    Call call = m_generator.next();
    call.receivedAt = at;
    const Suggestion s = m_engine.triage(call);
    m_model->append(call, s);
    Q_EMIT callAdded(call.id);
}

} // namespace rr
