#include "dashboardpanel.h"

#include "chartwidget.h"
#include "report/reporttables.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace rr {

DashboardPanel::DashboardPanel(QWidget *parent)
    : QWidget(parent), m_summary(new QLabel(this)), m_grid(new QGridLayout)
{
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    m_summary->setWordWrap(true);
    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.1);
    m_summary->setFont(big);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(m_grid, 1);
    m_grid->setSpacing(6);
    setFigures({});
}

QString DashboardPanel::summaryLine(const ReportSummary &s)
{
    return tr("%1 decisions by %2 dispatchers \u00B7 %3 overrides (%4; \u25B2 %5 toward police, \u25BC %6 "
              "away) \u00B7 "
              "eligible %7: served %8, not served %9 (%10 with a reason) \u00B7 backup %11 of %12 (%13) "
              "\u00B7 "
              "decision p50 %14 s, p90 %15 s \u00B7 %16 reviewed")
        .arg(s.decisions)
        .arg(s.dispatchers)
        .arg(s.overrides)
        .arg(formatRate(s.overrideRate()))
        .arg(s.towardPolice)
        .arg(s.awayFromPolice)
        .arg(s.eligible)
        .arg(s.served)
        .arg(s.unserved)
        .arg(s.unserved ? formatRate(double(s.unservedWithReason) / double(s.unserved))
                        : QStringLiteral("100.0%"))
        .arg(s.backups)
        .arg(s.alternativeDispatches)
        .arg(formatRate(s.backupRate()))
        .arg(formatSeconds(s.p50), formatSeconds(s.p90))
        .arg(s.reviewed);
}

void DashboardPanel::setFigures(const ReportFigures &figures)
{
    const QList<ChartSpec> specs = dashboardCharts(figures);
    while (m_charts.size() < specs.size()) {
        auto *chart = new ChartWidget(this);
        connect(chart, &ChartWidget::exportRequested, this, &DashboardPanel::exportRequested);
        const int i = int(m_charts.size());
        m_grid->addWidget(chart, i / 4, i % 4);
        m_charts.append(chart);
    }
    for (qsizetype i = 0; i < specs.size(); ++i)
        m_charts[i]->setSpec(specs[i]);
    m_summary->setText(summaryLine(figures.summary));
}

ChartWidget *DashboardPanel::chart(const QString &id) const
{
    for (ChartWidget *c : m_charts)
        if (c->spec().id == id)
            return c;
    return nullptr;
}

QString DashboardPanel::summaryText() const
{
    return m_summary->text();
}

} // namespace rr
