#include "chartwidget.h"

#include "qcustomplotheader.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

namespace rr {

namespace {

// The note under a chart's title, in lines of at most `width` characters, so that a long note never widens
// the chart.
QString wrapped(const QString &text, qsizetype width)
{
    QStringList lines;
    QString line;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines.append(line);
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines.join(u'\n');
}

} // namespace

ChartWidget::ChartWidget(QWidget *parent)
    : QWidget(parent), m_plot(new QCustomPlot(this)), m_hover(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    layout->addWidget(m_plot, 1);
    auto *bottom = new QHBoxLayout;
    m_hover->setObjectName(QStringLiteral("chartHover"));
    m_hover->setText(tr("Point at a bar to read its figure"));
    m_hover->setMinimumWidth(100);
    m_hover->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *png = new QToolButton(this);
    png->setObjectName(QStringLiteral("exportPng"));
    png->setText(tr("PNG\u2026"));
    png->setToolTip(tr("Export this chart as a PNG image"));
    connect(png, &QToolButton::clicked, this, [this] { Q_EMIT exportRequested(this); });
    bottom->addWidget(m_hover, 1);
    bottom->addWidget(png);
    layout->addLayout(bottom);
    m_plot->setMinimumSize(220, 200);
    m_plot->setMouseTracking(true);
    connect(m_plot, &QCustomPlot::mouseMove, this, &ChartWidget::onMouseMove);
}

void ChartWidget::setSpec(const ChartSpec &spec)
{
    m_spec = spec;
    setObjectName(QStringLiteral("chart-") + spec.id);
    // A screen reader reads the chart's figures, not its bars.
    m_plot->setAccessibleName(spec.title.isEmpty() ? tr("Chart") : spec.title);
    QStringList figures{spec.note};
    figures << (spec.hover.isEmpty() ? spec.categories : spec.hover);
    if (spec.empty())
        figures << tr("no data for this filter");
    m_plot->setAccessibleDescription(figures.join(QStringLiteral("; ")));
    rebuild();
}

void ChartWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild();
}

void ChartWidget::rebuild()
{
    QCustomPlot *p = m_plot;
    p->clearPlottables();
    p->clearItems();
    if (p->plotLayout()->rowCount() > 1)
        p->plotLayout()->removeAt(0), p->plotLayout()->simplify();
    const QPalette pal = palette();
    const QColor fg = pal.color(QPalette::WindowText), bg = pal.color(QPalette::Base);
    const QColor grid = QColor::fromRgbF(fg.redF(), fg.greenF(), fg.blueF(), 0.18);
    p->setBackground(bg);
    for (QCPAxis *axis : {p->xAxis, p->yAxis}) {
        axis->setBasePen(QPen(fg));
        axis->setTickPen(QPen(fg));
        axis->setSubTickPen(QPen(fg));
        axis->setTickLabelColor(fg);
        axis->setLabelColor(fg);
        axis->grid()->setPen(QPen(grid, 1, Qt::DotLine));
    }
    p->xAxis->grid()->setVisible(false);

    p->plotLayout()->insertRow(0);
    QFont titleFont = font();
    titleFont.setBold(true);
    auto *title = new QCPTextElement(
        p, m_spec.title + (m_spec.note.isEmpty() ? QString() : u'\n' + wrapped(m_spec.note, 36)), titleFont);
    title->setTextColor(fg);
    p->plotLayout()->addElement(0, 0, title);

    const int n = int(m_spec.categories.size());
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    QVector<double> keys;
    for (int i = 0; i < n; ++i) {
        keys.append(i + 1);
        QString label = m_spec.categories[i];
        if (label.size() > 18)
            label = label.left(17) + u'\u2026';
        // Many categories: every n-th name on the axis (hover names them all).
        const int every = n > 16 ? (n + 11) / 12 : 1;
        ticker->addTick(i + 1, i % every == 0 ? label : QString());
    }
    p->xAxis->setTicker(ticker);
    qsizetype labelChars = 0;
    for (const QString &c : m_spec.categories)
        labelChars += std::min<qsizetype>(c.size(), 18) + 2;
    p->xAxis->setTickLabelRotation(labelChars > 40 ? 50 : 0);
    p->xAxis->setRange(0.3, n + 0.7);
    p->yAxis->setLabel(m_spec.unit.trimmed() == u"s" ? tr("seconds")
                       : m_spec.unit == u"%"         ? tr("percent")
                                                     : QString());

    double top = m_spec.reference.value_or(0);
    const int bars = int(std::count_if(m_spec.series.cbegin(), m_spec.series.cend(),
                                       [](const ChartSeries &s) { return !s.line; }));
    QCPBarsGroup *group = bars > 1 ? new QCPBarsGroup(p) : nullptr;
    p->legend->setVisible(m_spec.series.size() > 1);
    p->legend->setBrush(bg);
    p->legend->setTextColor(fg);
    p->legend->setBorderPen(QPen(grid));
    for (const ChartSeries &s : m_spec.series) {
        QVector<double> values(s.values.cbegin(), s.values.cend());
        for (double v : values)
            top = std::max(top, v);
        if (s.line) {
            QCPGraph *g = p->addGraph();
            g->setName(s.name);
            g->setData(keys, values);
            g->setPen(QPen(s.color, 2, s.dashed ? Qt::DashLine : Qt::SolidLine));
            g->setScatterStyle(QCPScatterStyle(s.dashed ? QCPScatterStyle::ssSquare : QCPScatterStyle::ssDisc,
                                               s.color, s.color, 6));
        } else {
            auto *b = new QCPBars(p->xAxis, p->yAxis);
            b->setName(s.name);
            b->setData(keys, values);
            b->setPen(QPen(s.color.darker(130)));
            b->setBrush(QBrush(s.color, s.pattern));
            b->setWidth(group ? 0.8 / bars : 0.7);
            if (group)
                b->setBarsGroup(group);
        }
    }
    p->yAxis->setRange(0, top > 0 ? top * 1.22 : 1);
    // Values over the bars while they fit; beyond that, hover tells.
    for (int i = 0; i < n && i < m_spec.labels.size() && n <= 16; ++i) {
        if (m_spec.labels[i].isEmpty())
            continue;
        double v = 0;
        for (const ChartSeries &s : m_spec.series)
            v = std::max(v, i < s.values.size() ? s.values[i] : 0.0);
        auto *text = new QCPItemText(p);
        text->position->setCoords(i + 1, v);
        text->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        text->setText(m_spec.labels[i]);
        text->setColor(fg);
        QFont small = font();
        small.setPointSizeF(font().pointSizeF() * 0.75);
        text->setFont(small);
        text->setClipToAxisRect(false);
    }
    if (m_spec.reference) {
        auto *line = new QCPItemStraightLine(p);
        line->point1->setCoords(0, *m_spec.reference);
        line->point2->setCoords(1, *m_spec.reference);
        line->setPen(QPen(fg, 1.5, Qt::DashDotLine));
        auto *label = new QCPItemText(p);
        label->position->setType(QCPItemPosition::ptAxisRectRatio);
        label->position->setAxes(p->xAxis, p->yAxis);
        label->position->setTypeY(QCPItemPosition::ptPlotCoords);
        label->position->setCoords(0.99, *m_spec.reference);
        label->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
        label->setText(QStringLiteral("- \u00B7 - ") + m_spec.referenceLabel);
        label->setColor(fg);
    }
    if (n == 0) {
        auto *none = new QCPItemText(p);
        none->position->setType(QCPItemPosition::ptAxisRectRatio);
        none->position->setCoords(0.5, 0.5);
        none->setText(tr("No decisions in this period"));
        none->setColor(fg);
    }
    p->replot();
}

QString ChartWidget::hoverText(int index) const
{
    if (index < 0 || index >= m_spec.hover.size())
        return {};
    QString text = m_spec.hover[index];
    return text;
}

QString ChartWidget::hoverLine() const
{
    return m_hover->text();
}

void ChartWidget::onMouseMove(QMouseEvent *event)
{
    const double key = m_plot->xAxis->pixelToCoord(event->position().x());
    const int index = int(std::lround(key)) - 1;
    const QString text = hoverText(index);
    if (text.isEmpty())
        return;
    m_hover->setText(text);
    QToolTip::showText(event->globalPosition().toPoint(), text, m_plot);
}

bool ChartWidget::exportPng(const QString &path, QString *error, int width, int height)
{
    if (!m_plot->savePng(path, width, height)) {
        *error = tr("Could not write %1").arg(path);
        return false;
    }
    return true;
}

void ChartWidget::render(QPainter *painter, int width, int height)
{
    // Twice the resolution asked for, so that the chart stays sharp in print.
    painter->drawPixmap(QRect(0, 0, width, height), m_plot->toPixmap(width, height, 2.0));
}

} // namespace rr
