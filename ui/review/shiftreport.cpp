#include "shiftreport.h"

#include "chartspec.h"
#include "chartwidget.h"
#include "dashboardpanel.h"
#include "report/reporttables.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace rr {

namespace {
// The catalogues' context of the report's texts (free functions have no tr() of their own).
struct ShiftReport
{
    Q_DECLARE_TR_FUNCTIONS(rr::ShiftReport)
};
} // namespace

QString shiftReportFileName(const ReportFilter &filter)
{
    return QStringLiteral("shift-report_%1.pdf").arg(periodFileStem(filter));
}

Result<int> writeShiftReport(const QString &path, const ReportFilter &filter, const ReportFigures &figures,
                             const QList<DecisionRow> &overrides, const QString &reviewer)
{
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageOrientation(QPageLayout::Landscape);
    pdf.setResolution(150);
    pdf.setTitle(ShiftReport::tr("Shift report %1").arg(periodTitle(filter)));
    pdf.setCreator(QStringLiteral("RightResponse"));
    QPainter p;
    if (!p.begin(&pdf))
        return Failure{ShiftReport::tr("could not write %1").arg(path)};
    const QRect page = pdf.pageLayout()
                           .paintRectPixels(pdf.resolution())
                           .translated(-pdf.pageLayout().paintRectPixels(pdf.resolution()).topLeft());
    int pages = 1;
    QFont title(QStringLiteral("DejaVu Sans"), 16, QFont::Bold);
    QFont body(QStringLiteral("DejaVu Sans"), 9);
    QFont small(QStringLiteral("DejaVu Sans"), 7);

    // Page 1: title, filters, summary figures.
    int y = 0;
    p.setFont(title);
    p.drawText(QRect(0, y, page.width(), 60), Qt::AlignLeft | Qt::AlignVCenter,
               ShiftReport::tr("RightResponse shift report: %1").arg(periodTitle(filter)));
    y += 70;
    p.setFont(body);
    QStringList filters;
    if (!filter.dispatcher.isEmpty())
        filters << ShiftReport::tr("dispatcher %1").arg(filter.dispatcher);
    if (!filter.category.isEmpty())
        filters << ShiftReport::tr("category %1").arg(filter.category);
    if (!filter.reason.isEmpty())
        filters << ShiftReport::tr("reason %1").arg(filter.reason);
    if (!filter.direction.isEmpty())
        filters << filter.direction;
    p.drawText(QRect(0, y, page.width(), 30), Qt::AlignLeft,
               ShiftReport::tr("Filters: %1. Prepared %2%3.")
                   .arg(filters.isEmpty() ? ShiftReport::tr("none") : filters.join(QStringLiteral(", ")),
                        QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                        reviewer.isEmpty() ? QString() : ShiftReport::tr(" by %1").arg(reviewer)));
    y += 40;
    const ReportTable summary = reportTables(QStringLiteral("summary"), figures, {}, {}, {}).first();
    const int rowH = 26;
    for (const QStringList &row : summary.rows) {
        p.drawText(QRect(0, y, page.width() / 2, rowH), Qt::AlignLeft | Qt::AlignVCenter,
                   QString(row[0]).replace(u'_', u' '));
        p.drawText(QRect(page.width() / 2 - 300, y, 300, rowH), Qt::AlignRight | Qt::AlignVCenter, row[1]);
        y += rowH;
    }
    y += 20;
    p.drawText(
        QRect(0, y, page.width(), 120), Qt::AlignLeft | Qt::TextWordWrap,
        ShiftReport::tr("Eligible: the call was suggested an unarmed or co-responder response. Not served: "
                        "another kind was sent or the caller refused; every call not served carries exactly "
                        "one reason. Backup: police backup requested after an unarmed or co-responder "
                        "dispatch (reference: CAHOOTS 2019, 0.6%). Decision time target: 60 s (NFPA 1225)."));

    // Charts: four per page, drawn light for print.
    const QList<ChartSpec> specs = dashboardCharts(figures);
    ChartWidget chart;
    QPalette print;
    print.setColor(QPalette::Window, Qt::white);
    print.setColor(QPalette::Base, Qt::white);
    print.setColor(QPalette::WindowText, Qt::black);
    print.setColor(QPalette::Text, Qt::black);
    chart.setPalette(print);
    chart.resize(900, 560);
    const int cw = page.width() / 2 - 10, ch = page.height() / 2 - 10;
    for (qsizetype i = 0; i < specs.size(); ++i) {
        if (i % 4 == 0) {
            pdf.newPage();
            ++pages;
        }
        chart.setSpec(specs[i]);
        p.save();
        p.translate((i % 2) * (cw + 20), ((i % 4) / 2) * (ch + 20));
        const double scale = double(cw) / 900.0;
        p.scale(scale, scale);
        chart.render(&p, 900, int(ch / scale));
        p.restore();
    }

    // The override list.
    const QList<int> widths{150, 120, 60, 150, 140, 200, 170, 330};
    const QStringList header{ShiftReport::tr("Decided"),
                             ShiftReport::tr("Call"),
                             ShiftReport::tr("Disp."),
                             ShiftReport::tr("Category"),
                             ShiftReport::tr("Suggested \u2192 chosen"),
                             ShiftReport::tr("Reason"),
                             ShiftReport::tr("Review"),
                             ShiftReport::tr("Note")};
    auto newListPage = [&] {
        pdf.newPage();
        ++pages;
        y = 0;
        p.setFont(body);
        p.drawText(QRect(0, y, page.width(), 30), Qt::AlignLeft,
                   ShiftReport::tr("Overrides, %1 (%2)").arg(periodTitle(filter)).arg(overrides.size()));
        y += 36;
        int x = 0;
        for (qsizetype c = 0; c < header.size(); ++c) {
            p.drawText(QRect(x, y, widths[c], 22), Qt::AlignLeft, header[c]);
            x += widths[c];
        }
        y += 26;
        p.setFont(small);
    };
    newListPage();
    if (overrides.isEmpty())
        p.drawText(QRect(0, y, page.width(), 22), Qt::AlignLeft,
                   ShiftReport::tr("No overrides in this period."));
    for (const DecisionRow &d : overrides) {
        if (y + 20 > page.height())
            newListPage();
        const QStringList cells{d.decidedAt.toLocalTime().toString(QStringLiteral("MM-dd HH:mm:ss")),
                                d.cadId,
                                d.dispatcher,
                                d.category,
                                d.suggestedKind + QStringLiteral(" \u2192 ") + d.chosenKind,
                                d.reasonCode,
                                d.verdict.isEmpty() ? ShiftReport::tr("not reviewed") : d.verdict,
                                d.note};
        int x = 0;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            p.drawText(QRect(x, y, widths[c] - 6, 20), Qt::AlignLeft | Qt::AlignVCenter,
                       p.fontMetrics().elidedText(cells[c], Qt::ElideRight, widths[c] - 6));
            x += widths[c];
        }
        y += 20;
    }
    if (!p.end())
        return Failure{ShiftReport::tr("could not finish %1").arg(path)};
    return pages;
}

} // namespace rr
