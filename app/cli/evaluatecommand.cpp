#include "commands.h"

#include "commandsupport.h"
#include "eval/evaluation.h"
#include "eval/evaluationreport.h"
#include "eval/labelledcallreader.h"

#include <QIODevice>

namespace rr {

int runEvaluate(const CliOptions &options, QIODevice &in, QIODevice &out, QIODevice &err)
{
    auto split = LabelColumns::fromArguments(options.maps);
    if (const auto *e = std::get_if<QString>(&split)) {
        say(err, QStringLiteral("rightresponse-cli: --map: %1").arg(*e));
        return exitcode::Usage;
    }
    auto &[labelColumns, callMaps] = std::get<LabelColumns::Split>(split);
    const std::unique_ptr<TriageEngine> engine = loadEngine(options, err);
    if (!engine)
        return exitcode::Usage;
    ExportInput input;
    if (!input.open(options.input, callMaps, in, err))
        return exitcode::Usage;
    LabelledCallReader reader(input.reader(), std::move(labelColumns));
    if (const QString e = reader.open(); !e.isEmpty()) {
        say(err, QStringLiteral("rightresponse-cli: %1: %2").arg(input.origin(), e));
        return exitcode::Usage;
    }

    BadRowReporter badRows(err, input.origin());
    Evaluation evaluation;
    LabelledCall row;
    RowError rowError;
    for (;;) {
        const LabelledCallReader::Status status = reader.next(row, rowError);
        if (status == LabelledCallReader::Status::End)
            break;
        if (status == LabelledCallReader::Status::ReadError) {
            say(err, QStringLiteral("rightresponse-cli: %1: %2").arg(input.origin(), rowError.toString()));
            return exitcode::Usage;
        }
        if (status == LabelledCallReader::Status::BadRow) {
            badRows.report(rowError);
            evaluation.addBadRow(rowError);
            continue;
        }
        evaluation.add(row, engine->triage(row.call));
    }
    badRows.finish();
    if (evaluation.summary().rows == 0) {
        say(err, QStringLiteral("rightresponse-cli: %1: no labelled rows to evaluate").arg(input.origin()));
        return exitcode::Usage;
    }

    const EvaluationContext context{input.origin(), engine->rules().name, engine->rules().version,
                                    options.minAccuracy};
    QByteArray report;
    switch (options.format) {
    case OutputFormat::Text:
        report = evaluationText(evaluation, context);
        break;
    case OutputFormat::Csv:
        report = evaluationCsv(evaluation, context);
        break;
    case OutputFormat::Jsonl:
        report = evaluationJsonl(evaluation, context);
        break;
    }
    if (out.write(report) != report.size()) {
        say(err, QStringLiteral("rightresponse-cli: cannot write the output"));
        return exitcode::Usage;
    }
    return evaluation.summary().passes(options.minAccuracy) ? exitcode::Ok : exitcode::BelowStandard;
}

} // namespace rr
