#include "commands.h"

#include "commandsupport.h"
#include "io/csvwriter.h"
#include "io/suggestionformat.h"

#include <QIODevice>

namespace rr {

int runTriage(const CliOptions &options, QIODevice &in, QIODevice &out, QIODevice &err)
{
    const std::unique_ptr<TriageEngine> engine = loadEngine(options, err);
    if (!engine)
        return exitcode::Usage;
    ExportInput input;
    if (!input.open(options, in, err))
        return exitcode::Usage;
    CallRowReader &reader = input.reader();
    BadRowReporter badRows(err, input.origin());

    CsvWriter csv(&out);
    if (options.format == OutputFormat::Csv) {
        csv.row(triageCsvColumns());
    }
    QByteArray jsonBuffer;
    Call call;
    RowError rowError;
    for (;;) {
        const CallRowReader::Status status = reader.next(call, rowError);
        if (status == CallRowReader::Status::End)
            break;
        if (status == CallRowReader::Status::ReadError) {
            csv.flush();
            out.write(jsonBuffer);
            say(err, QStringLiteral("rightresponse-cli: %1: %2").arg(input.origin(), rowError.toString()));
            return exitcode::Usage;
        }
        if (status == CallRowReader::Status::BadRow) {
            badRows.report(rowError);
            continue;
        }
        const Suggestion s = engine->triage(call);
        if (options.format == OutputFormat::Csv) {
            writeTriageCsv(csv, call.id, s);
        } else {
            jsonBuffer += triageJsonLine(call.id, s);
            if (jsonBuffer.size() > (1 << 20)) {
                out.write(jsonBuffer);
                jsonBuffer.clear();
            }
        }
    }
    if (!csv.flush() || (!jsonBuffer.isEmpty() && out.write(jsonBuffer) != jsonBuffer.size())) {
        say(err, QStringLiteral("rightresponse-cli: cannot write the output"));
        return exitcode::Usage;
    }
    if (reader.rowsRejected() > 0) {
        badRows.finish();
        say(err, QStringLiteral("rightresponse-cli: %1 of %2 rows rejected, %3 triaged")
                     .arg(reader.rowsRejected())
                     .arg(reader.rowsRead())
                     .arg(reader.rowsRead() - reader.rowsRejected()));
        return exitcode::SomeRowsRejected;
    }
    return exitcode::Ok;
}

} // namespace rr
