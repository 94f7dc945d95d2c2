#pragma once

#include "chartspec.h"

#include <QWidget>

class QCustomPlot;
class QLabel;
class QPainter;

namespace rr {

// One small dashboard chart: a ChartSpec drawn with QCustomPlot (bars, grouped bars or lines, a labelled
// reference line, values over the bars), the value under the mouse shown in a line below the plot and as a
// tool tip, and an export to PNG. Follows the application palette (night and day themes). GUI thread.
class ChartWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ChartWidget(QWidget *parent = nullptr);

    void setSpec(const ChartSpec &spec);
    const ChartSpec &spec() const { return m_spec; }
    // Writes the chart as PNG at the given size (0: the widget's). False with `error` set on failure.
    bool exportPng(const QString &path, QString *error, int width = 0, int height = 0);
    // Draws the chart into a painter (the PDF report).
    void render(QPainter *painter, int width, int height);
    // The text shown for category `index` on hover (also what the tests read).
    QString hoverText(int index) const;
    QString hoverLine() const;
    QCustomPlot *plot() const { return m_plot; }

Q_SIGNALS:
    void exportRequested(rr::ChartWidget *chart);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void onMouseMove(QMouseEvent *event);

    ChartSpec m_spec;
    QCustomPlot *m_plot;
    QLabel *m_hover;
};

} // namespace rr
