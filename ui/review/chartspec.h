#pragma once

#include "report/reportfigures.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rr {

// One series of a chart: bars (grouped when there are several) or a line. A series is told apart by its
// name in the legend and its fill pattern or point shape, never by its colour alone.
struct ChartSeries
{
    QString name;
    QList<double> values; // one per category
    QColor color;
    Qt::BrushStyle pattern = Qt::SolidPattern;
    bool line = false;
    bool dashed = false;
};

// What one dashboard chart shows, independent of QCustomPlot: built from the report's figures, drawn by
// ChartWidget, into the window and the PDF.
struct ChartSpec
{
    QString id; // object name and PNG file name ("override-by-dispatcher")
    QString title;
    QString note; // a line under the title ("100% of unserved calls carry a reason")
    QStringList categories;
    QStringList labels; // text over each category ("n=41", "\u25B2 n=120")
    QStringList hover;  // the whole figure of each category, shown on hover
    QList<ChartSeries> series;
    QString unit; // "%", " s" or empty
    std::optional<double> reference;
    QString referenceLabel;
    bool empty() const { return categories.isEmpty(); }
};

// The dashboard's charts, in order, for the figures of one filter.
QList<ChartSpec> dashboardCharts(const ReportFigures &figures);

} // namespace rr
