#include "samplepanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rr {

SamplePanel::SamplePanel(QWidget *parent)
    : QWidget(parent), m_seed(new QSpinBox(this)), m_result(new QLabel(this)), m_list(new QListWidget(this))
{
    m_seed->setObjectName(QStringLiteral("sampleSeed"));
    m_seed->setAccessibleDescription(
        tr("The random seed, recorded with the sample so that it can be drawn again"));
    m_seed->setRange(1, 999999999);
    m_seed->setValue(int(QRandomGenerator::global()->bounded(1, 999999)));
    auto *draw = new QPushButton(tr("&Draw sample"), this);
    draw->setObjectName(QStringLiteral("drawSample"));
    draw->setAccessibleDescription(
        tr("Pick at least 2% of the period's decisions at random, every dispatcher included"));
    m_result->setObjectName(QStringLiteral("sampleResult"));
    m_result->setWordWrap(true);
    m_result->setText(
        tr("Draws at least 2% of the period's decisions at random, at least one per dispatcher, "
           "plus every flagged call (police backup after an unarmed or co-responder dispatch, "
           "every override away from police). The seed is recorded with the sample."));
    m_list->setObjectName(QStringLiteral("sampleList"));
    m_list->setAccessibleName(tr("QA sample"));
    m_list->setAccessibleDescription(tr("The decisions drawn for review"));
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("S&eed:"), this);
    label->setBuddy(m_seed);
    row->addWidget(label);
    row->addWidget(m_seed);
    row->addWidget(draw);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_result);
    layout->addWidget(m_list, 1);
    connect(draw, &QPushButton::clicked, this, [this] { Q_EMIT drawRequested(seed()); });
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT decisionOpened(item->data(Qt::UserRole).toLongLong()); });
}

quint64 SamplePanel::seed() const
{
    return quint64(m_seed->value());
}

void SamplePanel::setSeed(quint64 seed)
{
    m_seed->setValue(int(seed));
}

void SamplePanel::showSample(const QaSample &sample, const QList<SampleCandidate> &frame, qint64 recordId,
                             const QString &error)
{
    m_sample = sample;
    m_frame = frame;
    m_list->clear();
    if (!error.isEmpty() && sample.decisionIds.isEmpty()) {
        m_result->setText(tr("\u2716 No sample: %1").arg(error));
        return;
    }
    QHash<qint64, SampleCandidate> byId;
    for (const SampleCandidate &c : frame)
        byId.insert(c.decisionId, c);
    m_result->setText(
        tr("Seed %1: %2 of %3 decisions \u2014 %4 at random, %5 to cover every dispatcher, %6 flagged. %7")
            .arg(sample.seed)
            .arg(sample.decisionIds.size())
            .arg(frame.size())
            .arg(sample.random)
            .arg(sample.perDispatcher)
            .arg(sample.flagged)
            .arg(error.isEmpty() ? tr("Recorded as sample #%1.").arg(recordId)
                                 : tr("\u2716 Not recorded: %1").arg(error)));
    for (qint64 id : sample.decisionIds) {
        const SampleCandidate c = byId.value(id);
        const QString why = c.flag == u"backup"             ? tr("\u2691 flagged: police backup requested")
                            : c.flag == u"away_from_police" ? tr("\u2691 flagged: override away from police")
                                                            : tr("sampled");
        auto *item =
            new QListWidgetItem(tr("Decision %1 \u2014 %2 \u2014 %3").arg(id).arg(c.dispatcher, why), m_list);
        item->setData(Qt::UserRole, id);
    }
}

} // namespace rr
