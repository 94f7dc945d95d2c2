#pragma once

#include <QCoreApplication>

#include "command.h"

#include "report/reportfigures.h"
#include "report/reportfilter.h"
#include "report/reporttables.h"

#include <functional>

namespace rr {

// `report`: the supervisors' figures for a period, through the same query layer as the review window
// (models/report), as text, CSV, JSON lines or the PDF shift report.
class ReportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(rr::ReportCommand)

public:
    enum class Format
    {
        Text,
        Csv,
        Jsonl,
        Pdf
    };
    struct Options
    {
        ReportFilter filter;
        QString section = QStringLiteral("all");
        Format format = Format::Text;
        QString out; // empty: standard output (a PDF gets a name from its period)
        quint64 seed = 1;
        DatabaseOptions database;
    };
    // Writes the PDF shift report (ui/review/shiftreport.h): set by main() when the program is built with the
    // GUI libraries; without it --format pdf is refused.
    using PdfWriter =
        std::function<Result<int>(const QString &path, const ReportFilter &filter,
                                  const ReportFigures &figures, const QList<DecisionRow> &overrides)>;
    // --format text|csv|jsonl|pdf, declared once for every command that writes a report.
    static const TypedOption<Format> &formatOption();
    // Writes report tables as text, CSV or JSON lines to `path` (atomically), or to standard output when it
    // is empty: the exit status, with the reason on standard error.
    static int writeTables(CommandIo &io, const QString &path, Format format,
                           const QList<ReportTable> &tables);
    static void setPdfWriter(PdfWriter writer);

    ReportCommand();
    const Options &options() const { return m_options; }
    int run(CommandIo &io) override;

protected:
    void declare(QCommandLineParser &parser) const override;
    Result<void> read(const QCommandLineParser &parser) override;

private:
    Options m_options;
};

} // namespace rr
