#include "commands.h"

#include "domain/rulesetloader.h"
#include "domain/triageengine.h"
#include "io/callrowreader.h"
#include "io/csvwriter.h"
#include "io/suggestionformat.h"

#include <QFile>
#include <QIODevice>

namespace rr {

namespace {

void say(QIODevice &err, const QString &message)
{
    err.write(message.toUtf8());
    err.write("\n");
}

// Rejected rows are all reported, but a file of nothing but bad rows must not flood the terminal.
constexpr qint64 kMaxRowMessages = 1000;

} // namespace

int runTriage(const CliOptions &options, QIODevice &in, QIODevice &out, QIODevice &err)
{
    const RuleSetResult loaded =
        options.rulesFile.isEmpty() ? RuleSetLoader::loadBuiltIn() : RuleSetLoader::loadFile(options.rulesFile);
    if (const auto *e = std::get_if<RuleSetError>(&loaded)) {
        say(err, QStringLiteral("rightresponse-cli: %1").arg(e->toString()));
        return exitcode::Usage;
    }
    const TriageEngine engine(std::get<std::shared_ptr<const RuleSet>>(loaded));

    auto mapping = ColumnMapping::fromArguments(options.maps);
    if (const auto *e = std::get_if<QString>(&mapping)) {
        say(err, QStringLiteral("rightresponse-cli: --map: %1").arg(*e));
        return exitcode::Usage;
    }

    QFile file;
    QIODevice *input = &in;
    if (options.input != u"-") {
        file.setFileName(options.input);
        if (!file.open(QIODevice::ReadOnly)) {
            say(err, QStringLiteral("rightresponse-cli: cannot read %1: %2").arg(options.input, file.errorString()));
            return exitcode::Usage;
        }
        input = &file;
    }
    const QString origin = options.input == u"-" ? QStringLiteral("<stdin>") : options.input;

    CallRowReader reader(input, std::get<ColumnMapping>(std::move(mapping)));
    if (const QString e = reader.open(); !e.isEmpty()) {
        say(err, QStringLiteral("rightresponse-cli: %1: %2").arg(origin, e));
        return exitcode::Usage;
    }

    CsvWriter csv(&out);
    if (options.format == OutputFormat::Csv) {
        csv.row(triageCsvColumns());
    }
    QByteArray jsonBuffer;
    Call call;
    RowError rowError;
    qint64 reported = 0;
    for (;;) {
        const CallRowReader::Status status = reader.next(call, rowError);
        if (status == CallRowReader::Status::End)
            break;
        if (status == CallRowReader::Status::ReadError) {
            csv.flush();
            out.write(jsonBuffer);
            say(err, QStringLiteral("rightresponse-cli: %1: %2").arg(origin, rowError.toString()));
            return exitcode::Usage;
        }
        if (status == CallRowReader::Status::BadRow) {
            if (reported++ < kMaxRowMessages)
                say(err, QStringLiteral("%1: %2").arg(origin, rowError.toString()));
            continue;
        }
        const Suggestion s = engine.triage(call);
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
        if (reported > kMaxRowMessages)
            say(err, QStringLiteral("%1: %2 more rejected rows not listed").arg(origin).arg(reported - kMaxRowMessages));
        say(err, QStringLiteral("rightresponse-cli: %1 of %2 rows rejected, %3 triaged")
                     .arg(reader.rowsRejected())
                     .arg(reader.rowsRead())
                     .arg(reader.rowsRead() - reader.rowsRejected()));
        return exitcode::SomeRowsRejected;
    }
    return exitcode::Ok;
}

} // namespace rr
