#pragma once

#include "chartspec.h"

#include <QList>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace rr {

class ChartWidget;

// The dashboard: the summary figures in a line and the charts (override rate by dispatcher, category and
// hour, reasons, eligible calls served and not served, decision time, backup rate, outcomes) following the
// filters. Each chart exports itself as PNG (exportRequested). GUI thread.
class DashboardPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPanel(QWidget *parent = nullptr);

    void setFigures(const ReportFigures &figures);
    const QList<ChartWidget *> &charts() const { return m_charts; }
    ChartWidget *chart(const QString &id) const;
    QString summaryText() const;
    static QString summaryLine(const ReportSummary &s);

Q_SIGNALS:
    void exportRequested(rr::ChartWidget *chart);

private:
    QLabel *m_summary;
    QGridLayout *m_grid;
    QList<ChartWidget *> m_charts;
};

} // namespace rr
