#include "reportcommand.h"

#include "clidatabase.h"
#include "commandsupport.h"
#include "report/qasample.h"
#include "report/reportquery.h"
#include "report/reporttables.h"
#include "report/reviewaccess.h"
#include "store/pgconnection.h"

#include <QFile>
#include <QSaveFile>

namespace rr {

namespace {

ReportCommand::PdfWriter &pdfWriter()
{
    static ReportCommand::PdfWriter writer;
    return writer;
}

Result<ReportCommand::Format> reportFormat(const QString &flag, const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"text")
        return ReportCommand::Format::Text;
    if (t == u"csv")
        return ReportCommand::Format::Csv;
    if (t == u"jsonl")
        return ReportCommand::Format::Jsonl;
    if (t == u"pdf")
        return ReportCommand::Format::Pdf;
    return Failure{ReportCommand::tr("%1 must be text, csv, jsonl or pdf, got '%2'").arg(flag, text)};
}

const TypedOption<QDateTime> kFrom(
    {QStringLiteral("from"),
     QStringLiteral(QT_TRANSLATE_NOOP("rr::Option",
                                      "Start of the period, ISO 8601 (default: 24 hours before --to).")),
     QStringLiteral("ISO8601")},
    &convert::isoTime);
const TypedOption<QDateTime>
    kTo({QStringLiteral("to"),
         QStringLiteral(QT_TRANSLATE_NOOP("rr::Option", "End of the period, ISO 8601 (default: now).")),
         QStringLiteral("ISO8601")},
        &convert::isoTime);
const TextOption kSection(
    {QStringLiteral("section"),
     QStringLiteral(QT_TRANSLATE_NOOP("rr::Option",
                                      "summary, overrides, unserved, timing, backup, outcomes, sample or all "
                                      "(default).")),
     QStringLiteral("NAME"), QStringLiteral("all")},
    TextOption::Trim::Yes);
const TypedOption<ReportCommand::Format> kFormat(
    {QStringLiteral("format"),
     QStringLiteral(QT_TRANSLATE_NOOP("rr::Option", "Output format: text (default), csv, jsonl or pdf.")),
     QStringLiteral("text|csv|jsonl|pdf"), QStringLiteral("text")},
    &reportFormat);
const TextOption
    kDispatcher({QStringLiteral("dispatcher"),
                 QStringLiteral(QT_TRANSLATE_NOOP("rr::Option", "Only this dispatcher's decisions.")),
                 QStringLiteral("ID")},
                TextOption::Trim::Yes);
const TextOption kCategory({QStringLiteral("category"),
                            QStringLiteral(QT_TRANSLATE_NOOP("rr::Option", "Only calls of this category.")),
                            QStringLiteral("ID")},
                           TextOption::Trim::Yes);
const TextOption
    kReason({QStringLiteral("reason"),
             QStringLiteral(QT_TRANSLATE_NOOP("rr::Option", "Only overrides with this reason code.")),
             QStringLiteral("CODE")},
            TextOption::Trim::Yes);
const TextOption kDirection(
    {QStringLiteral("direction"),
     QStringLiteral(QT_TRANSLATE_NOOP("rr::Option",
                                      "Only overrides toward police (toward) or away from police (away).")),
     QStringLiteral("toward|away")},
    TextOption::Trim::Yes);

} // namespace

const TypedOption<ReportCommand::Format> &ReportCommand::formatOption()
{
    return kFormat;
}

void ReportCommand::setPdfWriter(PdfWriter writer)
{
    pdfWriter() = std::move(writer);
}

ReportCommand::ReportCommand()
    : Command(
          QStringLiteral("report"),
          ReportCommand::tr("The supervisors' figures for a period (text, CSV, JSON, PDF)"),
          ReportCommand::tr(
              "Prints the figures of the shift review for a period of decision times: summary, overrides\n"
              "(by dispatcher, category, hour, reason, and the list), eligible calls not served by reason,\n"
              "receipt-to-decision time by hour, police backup after unarmed or co-responder dispatch,\n"
              "outcomes, and a QA sample drawn with --seed (not recorded). The review window reads the same\n"
              "figures through the same queries. Times without an offset are local."))
{}

void ReportCommand::declare(QCommandLineParser &parser) const
{
    add(parser, kFrom);
    add(parser, kTo);
    add(parser, kSection);
    add(parser, kFormat);
    add(parser, option::out.describedAs(QStringLiteral(QT_TRANSLATE_NOOP(
                    "rr::Option", "Write to FILE instead of standard output (a PDF is named "
                                  "after its period when this is not given)."))));
    add(parser, option::seed);
    add(parser, kDispatcher);
    add(parser, kCategory);
    add(parser, kReason);
    add(parser, kDirection);
    DatabaseOptions::addTo(parser);
}

Result<void> ReportCommand::read(const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return Failure{ReportCommand::tr("report takes no arguments")};
    Options o;
    const auto to = kTo.ifSet(parser);
    if (!to)
        return to.failure();
    const auto from = kFrom.ifSet(parser);
    if (!from)
        return from.failure();
    o.filter.to = to->value_or(QDateTime::currentDateTime());
    o.filter.from = from->value_or(o.filter.to.addDays(-1));
    if (o.filter.from >= o.filter.to)
        return Failure{ReportCommand::tr("--from must be before --to")};
    o.section = kSection.value(parser).toLower();
    if (!isReportSection(o.section))
        return Failure{ReportCommand::tr("--section must be one of %1 or all, got '%2'")
                           .arg(reportSections().join(QStringLiteral(", ")), o.section)};
    const auto format = kFormat.value(parser);
    if (!format)
        return format.failure();
    o.format = *format;
    o.out = option::out.value(parser);
    const auto seed = option::seed.value(parser);
    if (!seed)
        return seed.failure();
    o.seed = *seed;
    o.filter.dispatcher = kDispatcher.value(parser);
    o.filter.category = kCategory.value(parser);
    o.filter.reason = kReason.value(parser);
    const auto direction = directionFromText(kDirection.value(parser));
    if (!direction)
        return Failure{
            ReportCommand::tr("--direction must be toward or away, got '%1'").arg(kDirection.value(parser))};
    o.filter.direction = *direction;
    const auto database = DatabaseOptions::read(parser);
    if (!database)
        return database.failure();
    o.database = *database;
    m_options = o;
    return {};
}

int ReportCommand::run(CommandIo &io)
{
    const Options &o = m_options;
    if (o.format == Format::Pdf && !pdfWriter())
        return unusable(io.err,
                        ReportCommand::tr("this rightresponse-cli was built without the GUI libraries: "
                                          "--format pdf is not available"));
    CliDatabase database(o.database);
    const auto opened = database.open();
    if (!opened)
        return unusable(io.err, opened.error());
    // The same rule as the review window: supervisors and administrators only, with the reason.
    const ReviewAccess access = checkReviewAccess(**opened);
    if (!access.allowed)
        return unusable(io.err, access.message);
    ReportQuery query(**opened);
    const auto figures = query.figures(o.filter);
    if (!figures)
        return unusable(io.err, figures.error());
    const bool all = o.section == u"all";
    QList<DecisionRow> overrides;
    if (all || o.section == u"overrides" || o.format == Format::Pdf) {
        auto rows = query.decisions(o.filter, true, 1000000);
        if (!rows)
            return unusable(io.err, rows.error());
        overrides = rows.value();
    }
    QList<SampleCandidate> frame;
    QaSample sample;
    if (all || o.section == u"sample") {
        auto f = query.sampleFrame(o.filter);
        if (!f)
            return unusable(io.err, f.error());
        frame = f.value();
        sample = drawSample(frame, o.seed);
    }

    if (o.format == Format::Pdf) {
        const QString path =
            o.out.isEmpty() ? QStringLiteral("shift-report_%1.pdf").arg(periodFileStem(o.filter)) : o.out;
        const auto pages = pdfWriter()(path, o.filter, figures.value(), overrides);
        if (!pages)
            return unusable(io.err, pages.error());
        say(io.err, ReportCommand::tr("rightresponse-cli: wrote %1 (%n page(s))", nullptr, *pages).arg(path));
        return exitcode::Ok;
    }
    const QList<ReportTable> tables = reportTables(o.section, figures.value(), overrides, sample, frame);
    return writeTables(io, o.out, o.format, tables);
}

int ReportCommand::writeTables(CommandIo &io, const QString &path, Format format,
                               const QList<ReportTable> &tables)
{
    QSaveFile file(path);
    QIODevice *out = &io.out;
    if (!path.isEmpty()) {
        if (!file.open(QIODevice::WriteOnly))
            return unusable(io.err, ReportCommand::tr("cannot write %1: %2").arg(path, file.errorString()));
        out = &file;
    }
    QString error;
    const bool written = format == Format::Csv     ? writeCsv(out, tables, &error)
                         : format == Format::Jsonl ? writeJsonLines(out, tables, &error)
                                                   : writeText(out, tables, &error);
    if (!written || (!path.isEmpty() && !file.commit()))
        return unusable(io.err, ReportCommand::tr("cannot write the report: %1")
                                    .arg(error.isEmpty() ? file.errorString() : error));
    return exitcode::Ok;
}

} // namespace rr
