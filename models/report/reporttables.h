#pragma once

#include "qasample.h"
#include "reportfigures.h"

#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace rr {

// One table of the report: what the CLI prints (text, CSV, JSON lines), the review window exports as CSV and
// the PDF shows. Every number is formatted here, once, so that the CLI and the window say the same thing.
struct ReportTable
{
    QString name; // "summary", "overrides_by_dispatcher", ...
    QString title;
    QStringList header;
    QList<QStringList> rows;
    friend bool operator==(const ReportTable &, const ReportTable &) = default;
};

// The sections of `report --section`, in order.
QStringList reportSections(); // summary overrides unserved timing backup outcomes sample
bool isReportSection(const QString &name);

// The tables of a section ("all": every section). `decisions` feeds the override list, `sample` the sample.
QList<ReportTable> reportTables(const QString &section, const ReportFigures &figures,
                                const QList<DecisionRow> &overrides, const QaSample &sample,
                                const QList<SampleCandidate> &frame);

QString formatRate(double fraction);            // "12.3%"
QString formatSeconds(std::optional<double> s); // "25.3" or ""

// Writers. Text: a title line and aligned columns per table. CSV: per table a header row and its rows, tables
// separated by an empty line, the first column the table's name. JSON lines: one object per row with
// "table" and the header's names as keys. False with `error` on a write error.
bool writeText(QIODevice *out, const QList<ReportTable> &tables, QString *error);
bool writeCsv(QIODevice *out, const QList<ReportTable> &tables, QString *error);
bool writeJsonLines(QIODevice *out, const QList<ReportTable> &tables, QString *error);
// One table alone as CSV (the window's per-table export).
bool writeTableCsv(QIODevice *out, const ReportTable &table, QString *error);

} // namespace rr
