#pragma once

#include "report/qasample.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QSpinBox;

namespace rr {

// The QA sample: a seed (recorded with the sample; the same seed gives the same sample), "Draw sample", and
// the decisions drawn, each with why it is in (random, one per dispatcher, flagged). GUI thread.
class SamplePanel : public QWidget
{
    Q_OBJECT
public:
    explicit SamplePanel(QWidget *parent = nullptr);
    quint64 seed() const;
    void setSeed(quint64 seed);
    void showSample(const QaSample &sample, const QList<SampleCandidate> &frame, qint64 recordId,
                    const QString &error);
    const QaSample &sample() const { return m_sample; }
    const QList<SampleCandidate> &frame() const { return m_frame; }

Q_SIGNALS:
    void drawRequested(quint64 seed);
    void decisionOpened(qint64 decisionId);

private:
    QSpinBox *m_seed;
    QLabel *m_result;
    QListWidget *m_list;
    QaSample m_sample;
    QList<SampleCandidate> m_frame;
};

} // namespace rr
