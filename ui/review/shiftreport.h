#pragma once

#include "core/result.h"
#include "report/reportfigures.h"
#include "report/reportfilter.h"

#include <QList>
#include <QString>

namespace rr {

// The PDF shift report a supervisor hands to the programme's manager: the period and filters, the summary
// figures, every dashboard chart, and the override list (as many pages as it needs). Drawn with QPdfWriter;
// needs a QApplication (the charts are QCustomPlot widgets, never shown). GUI thread or the CLI's main
// thread.
Result<int> writeShiftReport(const QString &path, const ReportFilter &filter, const ReportFigures &figures,
                             const QList<DecisionRow> &overrides, const QString &reviewer = {});

// "shift-report_20261130-0700_20261130-1900.pdf"
QString shiftReportFileName(const ReportFilter &filter);

} // namespace rr
