#include "trainingpdf.h"

#include "trainingcharts.h"
#include "ui/review/chartwidget.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace rr {

namespace {
// The catalogues' context of the report's texts (free functions have no tr() of their own).
struct TrainingPdf
{
    Q_DECLARE_TR_FUNCTIONS(rr::TrainingPdf)
};
} // namespace

namespace {

// Lays out pages: a title per page, tables that continue on a new page with their header repeated.
class PdfPages
{
public:
    PdfPages(QPdfWriter &pdf, QPainter &p) : m_pdf(pdf), m_p(p)
    {
        const QRect r = pdf.pageLayout().paintRectPixels(pdf.resolution());
        m_page = r.translated(-r.topLeft());
    }

    int pages() const { return m_pages; }
    const QRect &page() const { return m_page; }

    void newPage()
    {
        m_pdf.newPage();
        ++m_pages;
        m_y = 0;
    }

    void title(const QString &text)
    {
        m_p.setFont(QFont(QStringLiteral("DejaVu Sans"), 15, QFont::Bold));
        m_p.drawText(QRect(0, m_y, m_page.width(), 50), Qt::AlignLeft | Qt::AlignVCenter, text);
        m_y += 60;
    }

    void paragraph(const QString &text)
    {
        m_p.setFont(QFont(QStringLiteral("DejaVu Sans"), 9));
        const QRect r =
            m_p.boundingRect(QRect(0, m_y, m_page.width(), 1000), Qt::AlignLeft | Qt::TextWordWrap, text);
        m_p.drawText(r, Qt::AlignLeft | Qt::TextWordWrap, text);
        m_y += r.height() + 14;
    }

    // Columns get widths from their longest cell, scaled to the page.
    void table(const ReportTable &t, const QList<QStringList> &rows)
    {
        const QFont head(QStringLiteral("DejaVu Sans"), 8, QFont::Bold);
        const QFont cell(QStringLiteral("DejaVu Sans"), 7);
        m_p.setFont(cell);
        QList<int> widths;
        for (qsizetype c = 0; c < t.header.size(); ++c) {
            int w = m_p.fontMetrics().horizontalAdvance(t.header[c]) + 20;
            for (const QStringList &row : rows)
                w = std::max(w, m_p.fontMetrics().horizontalAdvance(row.value(c)) + 20);
            widths << std::min(w, 520);
        }
        int total = 0;
        for (int w : widths)
            total += w;
        const double scale = total > m_page.width() ? double(m_page.width()) / total : 1.0;
        for (int &w : widths)
            w = int(w * scale);
        const int rowH = 22;
        auto header = [&] {
            m_p.setFont(head);
            int x = 0;
            for (qsizetype c = 0; c < t.header.size(); ++c) {
                m_p.drawText(QRect(x, m_y, widths[c] - 6, rowH), Qt::AlignLeft | Qt::AlignVCenter,
                             QString(t.header[c]).replace(u'_', u' '));
                x += widths[c];
            }
            m_y += rowH + 4;
            m_p.setFont(cell);
        };
        header();
        for (const QStringList &row : rows) {
            if (m_y + rowH > m_page.height()) {
                newPage();
                header();
            }
            int x = 0;
            const bool unsafe = row.contains(QStringLiteral("UNSAFE"));
            if (unsafe)
                m_p.fillRect(QRect(0, m_y, m_page.width(), rowH), QColor(0xfa, 0xdb, 0xd8));
            for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c) {
                m_p.drawText(QRect(x, m_y, widths[c] - 6, rowH), Qt::AlignLeft | Qt::AlignVCenter,
                             m_p.fontMetrics().elidedText(row[c], Qt::ElideRight, widths[c] - 6));
                x += widths[c];
            }
            m_y += rowH;
        }
        m_y += 20;
    }

private:
    QPdfWriter &m_pdf;
    QPainter &m_p;
    QRect m_page;
    int m_y = 0;
    int m_pages = 1;
};

const ReportTable *findTable(const QList<ReportTable> &tables, const QString &name)
{
    for (const ReportTable &t : tables)
        if (t.name == name)
            return &t;
    return nullptr;
}

QList<QStringList> rowsOf(const ReportTable &t, const QString &trainee = {})
{
    if (trainee.isEmpty())
        return t.rows;
    QList<QStringList> rows;
    for (const QStringList &r : t.rows)
        if (r.value(0) == trainee)
            rows << r;
    return rows;
}

void drawCharts(PdfPages &pages, QPdfWriter &pdf, QPainter &p, const QList<ChartSpec> &specs)
{
    ChartWidget chart;
    QPalette print;
    print.setColor(QPalette::Window, Qt::white);
    print.setColor(QPalette::Base, Qt::white);
    print.setColor(QPalette::WindowText, Qt::black);
    print.setColor(QPalette::Text, Qt::black);
    chart.setPalette(print);
    chart.resize(900, 560);
    const QRect page = pages.page();
    const int cw = page.width() / 2 - 10, ch = page.height() / 2 - 10;
    for (qsizetype i = 0; i < specs.size(); ++i) {
        if (i % 4 == 0)
            pages.newPage();
        chart.setSpec(specs[i]);
        p.save();
        p.translate((i % 2) * (cw + 20), ((i % 4) / 2) * (ch + 20));
        const double scale = double(cw) / 900.0;
        p.scale(scale, scale);
        chart.render(&p, 900, int(ch / scale));
        p.restore();
    }
    Q_UNUSED(pdf);
}

} // namespace

QString trainingReportFileName(const TrainingReportHeader &header)
{
    return QStringLiteral("training-report_session-%1.pdf").arg(header.sessionId);
}

Result<int> writeTrainingReport(const QString &path, const TrainingReportHeader &header,
                                const QList<TraineeScore> &scores, const QList<ScoreHistoryPoint> &history)
{
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageOrientation(QPageLayout::Landscape);
    pdf.setResolution(150);
    pdf.setTitle(TrainingPdf::tr("Training report, session %1").arg(header.sessionId));
    pdf.setCreator(QStringLiteral("RightResponse"));
    QPainter p;
    if (!p.begin(&pdf))
        return Failure{TrainingPdf::tr("could not write %1").arg(path)};
    PdfPages pages(pdf, p);
    const QList<ReportTable> tables = trainingTables(header, scores, history);

    pages.title(TrainingPdf::tr("RightResponse training report: session %1, %2 v%3")
                    .arg(header.sessionId, header.scenarioName)
                    .arg(header.scenarioVersion));
    pages.paragraph(
        TrainingPdf::tr(
            "Started %1 at %2x; answer key from rules %3. Each call is scored out of 100: the kind "
            "(60 when the key accepts it; an unsafe choice, police needed and unarmed sent, costs "
            "100), accept or override as the key says (15), the override reason when the key names "
            "one (10), and the time from receipt to decision (15 within 60 s, none at 120 s).")
            .arg(header.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
            .arg(header.speed)
            .arg(header.rulesVersion.left(12)));
    if (const ReportTable *t = findTable(tables, QStringLiteral("trainees")))
        pages.table(*t, t->rows);
    if (const ReportTable *t = findTable(tables, QStringLiteral("progress")))
        pages.table(*t, t->rows);

    drawCharts(pages, pdf, p, trainingCharts(scores, history));

    const ReportTable *calls = findTable(tables, QStringLiteral("calls"));
    const ReportTable *categories = findTable(tables, QStringLiteral("categories"));
    for (const TraineeScore &s : scores) {
        pages.newPage();
        pages.title(TrainingPdf::tr("%1: %2% (%3 of %4 points), %5 unsafe")
                        .arg(s.trainee)
                        .arg(s.percent(), 0, 'f', 1)
                        .arg(s.points)
                        .arg(s.maxPoints)
                        .arg(s.unsafe));
        if (categories)
            pages.table(*categories, rowsOf(*categories, s.trainee));
        if (calls)
            pages.table(*calls, rowsOf(*calls, s.trainee));
    }
    if (!p.end())
        return Failure{TrainingPdf::tr("could not finish %1").arg(path)};
    return pages.pages();
}

} // namespace rr
