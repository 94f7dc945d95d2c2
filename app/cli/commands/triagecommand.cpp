#include "triagecommand.h"

#include "commandsupport.h"
#include "io/csvwriter.h"
#include "io/suggestionformat.h"

#include <QIODevice>

namespace rr {

namespace {

const PositionalArgument kFile{
    QStringLiteral("FILE"),
    QStringLiteral(QT_TRANSLATE_NOOP("rr::Option", "CSV file to read; - or nothing for standard input.")),
    QStringLiteral("[FILE|-]")};

// Exit status 1 and a count on standard error when some rows were rejected.
int rejectedRowsStatus(const CallRowReader &reader, BadRowReporter &badRows, QIODevice &err)
{
    if (reader.rowsRejected() == 0)
        return exitcode::Ok;
    badRows.finish();
    say(err, TriageCommand::tr("rightresponse-cli: %1 of %2 rows rejected, %3 triaged")
                 .arg(reader.rowsRejected())
                 .arg(reader.rowsRead())
                 .arg(reader.rowsRead() - reader.rowsRejected()));
    return exitcode::SomeRowsRejected;
}

} // namespace

TriageCommand::TriageCommand()
    : Command(QStringLiteral("triage"),
              TriageCommand::tr("Triage the calls of a CAD export (CSV) and write one suggestion per call"),
              TriageCommand::tr(
                  "Reads a CAD export (RFC 4180 CSV, UTF-8) and writes one suggestion per call to standard "
                  "output.\n"
                  "Canonical input columns: id, received_at, call_type, call_code, priority, narrative, "
                  "address, lat, lon,\n"
                  "beat, and the optional screening columns weapon, violence, injury, self_harm, domestic,\n"
                  "crime_in_progress (yes/no/unknown/empty). Other columns are ignored.\n"
                  "CSV output columns: id,response,ems,confidence,category,reasons (reasons joined with \" | "
                  "\").\n"
                  "Bad rows are reported on standard error with their line number and skipped."))
{}

void TriageCommand::declare(QCommandLineParser &parser) const
{
    add(parser, option::rules);
    add(parser, option::map);
    add(parser, option::format);
    add(parser, kFile);
}

Result<void> TriageCommand::read(const QCommandLineParser &parser)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1)
        return Failure{TriageCommand::tr("triage reads one file; got %1").arg(files.size())};
    const Result<OutputFormat> format = option::format.value(parser);
    if (!format)
        return format.failure();
    m_options = {option::rules.value(parser), option::map.values(parser), *format,
                 files.value(0, QStringLiteral("-"))};
    return {};
}

int TriageCommand::run(CommandIo &io)
{
    const Result<std::unique_ptr<TriageEngine>> loaded = loadEngine(m_options.rulesFile);
    if (!loaded)
        return unusable(io.err, loaded.error());
    const TriageEngine &engine = **loaded;
    ExportInput input;
    if (Result<void> opened = input.open(m_options.input, m_options.maps, io.in); !opened)
        return unusable(io.err, opened.error());
    CallRowReader &reader = input.reader();
    BadRowReporter badRows(io.err, input.origin());

    CsvWriter csv(&io.out);
    if (m_options.format == OutputFormat::Csv)
        csv.row(triageCsvColumns());
    QByteArray jsonBuffer;
    Call call;
    Suggestion s; // reused from call to call
    RowError rowError;
    for (;;) {
        const CallRowReader::Status status = reader.next(call, rowError);
        if (status == CallRowReader::Status::End)
            break;
        if (status == CallRowReader::Status::ReadError) {
            csv.flush();
            io.out.write(jsonBuffer);
            return unusable(io.err, QStringLiteral("%1: %2").arg(input.origin(), rowError.toString()));
        }
        if (status == CallRowReader::Status::BadRow) {
            badRows.report(rowError);
            continue;
        }
        engine.triage(call, s);
        if (m_options.format == OutputFormat::Csv) {
            writeTriageCsv(csv, call.id, s);
        } else {
            jsonBuffer += triageJsonLine(call.id, s);
            if (jsonBuffer.size() > (1 << 20)) {
                io.out.write(jsonBuffer);
                jsonBuffer.clear();
            }
        }
    }
    if (!csv.flush() || (!jsonBuffer.isEmpty() && io.out.write(jsonBuffer) != jsonBuffer.size())) {
        return unusable(io.err, TriageCommand::tr("cannot write the output"));
    }
    return rejectedRowsStatus(reader, badRows, io.err);
}

} // namespace rr
