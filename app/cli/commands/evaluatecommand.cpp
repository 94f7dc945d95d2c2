#include "evaluatecommand.h"

#include "commandsupport.h"
#include "eval/evaluation.h"
#include "eval/evaluationreport.h"
#include "eval/labelledcallreader.h"

#include <QIODevice>

namespace rr {

namespace {

const TextOption
    kLabels({QStringLiteral("labels"),
             QStringLiteral(QT_TRANSLATE_NOOP("rr::Option",
                                              "The labelled CSV file (required); - for standard input.")),
             QStringLiteral("FILE")});
const TypedOption<double> kMinAccuracy(
    {QStringLiteral("min-accuracy"),
     QStringLiteral(QT_TRANSLATE_NOOP("rr::Option", "Fail (exit status 1) when accuracy is below FRACTION, "
                                                    "e.g. 0.97.")),
     QStringLiteral("FRACTION")},
    &convert::fraction);

// Triages every labelled row into `evaluation`; exit status 2 after saying why when the file cannot be read.
int evaluateRows(LabelledCallReader &reader, const TriageEngine &engine, const QString &origin,
                 Evaluation &evaluation, QIODevice &err)
{
    BadRowReporter badRows(err, origin);
    LabelledCall row;
    RowError rowError;
    for (;;) {
        const LabelledCallReader::Status status = reader.next(row, rowError);
        if (status == LabelledCallReader::Status::End)
            break;
        if (status == LabelledCallReader::Status::ReadError) {
            return unusable(err, QStringLiteral("%1: %2").arg(origin, rowError.toString()));
        }
        if (status == LabelledCallReader::Status::BadRow) {
            badRows.report(rowError);
            evaluation.addBadRow(rowError);
            continue;
        }
        evaluation.add(row, engine.triage(row.call));
    }
    badRows.finish();
    return exitcode::Ok;
}

QByteArray report(OutputFormat format, const Evaluation &evaluation, const EvaluationContext &context)
{
    switch (format) {
    case OutputFormat::Text:
        return evaluationText(evaluation, context);
    case OutputFormat::Csv:
        return evaluationCsv(evaluation, context);
    case OutputFormat::Jsonl:
        return evaluationJsonl(evaluation, context);
    }
    return {};
}

} // namespace

EvaluateCommand::EvaluateCommand()
    : Command(
          QStringLiteral("evaluate"),
          EvaluateCommand::tr(
              "Measure a rule set on labelled calls: accuracy, confusion matrix, unsafe suggestions"),
          EvaluateCommand::tr(
              "Measures a rule set on labelled calls: triages each row of a labelled CSV and compares the\n"
              "suggestion with the row's label.\n"
              "\n"
              "The file has the canonical input columns of triage (or --map for a city's own names) and:\n"
              "  expected      the right kind: unarmed, co_responder or police, or acceptable kinds "
              "separated\n"
              "                by / (unarmed/co_responder); required\n"
              "  expected_ems  yes or no: whether Fire/EMS should go too; empty: not checked; optional\n"
              "Both can be mapped: --map expected=COLUMN --map expected_ems=COLUMN. Other columns are "
              "ignored.\n"
              "\n"
              "A row is correct when the suggested kind is one of its acceptable kinds and, when "
              "expected_ems "
              "is\n"
              "given, the EMS flag agrees. Accuracy = correct rows / all data rows: a bad row (a call or "
              "label\n"
              "that cannot be read, such as an unknown kind) is reported on standard error with its line, "
              "listed\n"
              "in the report and counted as a miss.\n"
              "Confusion matrix: rows are the expected kind, columns the suggested kind; a row labelled "
              "with\n"
              "several kinds counts under the suggested kind when that kind is acceptable, else under its "
              "first\n"
              "kind, so that the diagonal holds the rows whose kind is right.\n"
              "Unsafe: labelled police only, suggested unarmed. Over-policed: labelled unarmed only, "
              "suggested\n"
              "police.\n"
              "\n"
              "Formats: text (a report: figures, matrix, every miss with the engine's reasons, bad rows, "
              "PASS "
              "or\n"
              "FAIL); csv and jsonl (one record per miss, then per bad row, then one summary record, last; "
              "the\n"
              "field \"record\" is miss, bad_row or summary).\n"
              "\n"
              "Exit status: 0 no unsafe suggestion and accuracy at least --min-accuracy (when given); 1 "
              "otherwise;\n"
              "2 unusable invocation, file, header or rule set, or no data rows."))
{}

void EvaluateCommand::declare(QCommandLineParser &parser) const
{
    add(parser, kLabels);
    add(parser, option::rules);
    add(parser,
        option::map.describedAs(QStringLiteral(QT_TRANSLATE_NOOP(
            "rr::Option",
            "Name the export's column for a canonical field or a label (expected, expected_ems), e.g. "
            "--map id=\"Event Number\". Repeatable."))));
    add(parser, option::reportFormat);
    add(parser, kMinAccuracy);
}

Result<void> EvaluateCommand::read(const QCommandLineParser &parser)
{
    Options o;
    o.input = kLabels.value(parser);
    if (o.input.isEmpty())
        return Failure{EvaluateCommand::tr("--labels FILE is required (- for standard input)")};
    if (!parser.positionalArguments().isEmpty())
        return Failure{
            EvaluateCommand::tr("evaluate reads the file named by --labels; unexpected argument '%1'")
                .arg(parser.positionalArguments().first())};
    const Result<std::optional<double>> minAccuracy = kMinAccuracy.ifSet(parser);
    if (!minAccuracy)
        return minAccuracy.failure();
    const Result<OutputFormat> format = option::reportFormat.value(parser);
    if (!format)
        return format.failure();
    o.rulesFile = option::rules.value(parser);
    o.maps = option::map.values(parser);
    o.format = *format;
    o.minAccuracy = *minAccuracy;
    m_options = std::move(o);
    return {};
}

int EvaluateCommand::run(CommandIo &io)
{
    Result<LabelColumns::Split> split = LabelColumns::fromArguments(m_options.maps);
    if (!split)
        return unusable(io.err, EvaluateCommand::tr("--map: %1").arg(split.error()));
    auto &[labelColumns, callMaps] = *split;
    const Result<std::unique_ptr<TriageEngine>> loaded = loadEngine(m_options.rulesFile);
    if (!loaded)
        return unusable(io.err, loaded.error());
    const TriageEngine &engine = **loaded;
    ExportInput input;
    if (Result<void> opened = input.open(m_options.input, callMaps, io.in); !opened)
        return unusable(io.err, opened.error());
    LabelledCallReader reader(input.reader(), std::move(labelColumns));
    if (const Result<void> opened = reader.open(); !opened)
        return unusable(io.err, QStringLiteral("%1: %2").arg(input.origin(), opened.error()));

    Evaluation evaluation;
    if (const int status = evaluateRows(reader, engine, input.origin(), evaluation, io.err);
        status != exitcode::Ok)
        return status;
    if (evaluation.summary().rows == 0)
        return unusable(io.err, EvaluateCommand::tr("%1: no labelled rows to evaluate").arg(input.origin()));
    const EvaluationContext context{input.origin(), engine.rules().name, engine.rules().version,
                                    m_options.minAccuracy};
    const QByteArray text = report(m_options.format, evaluation, context);
    if (io.out.write(text) != text.size()) {
        return unusable(io.err, EvaluateCommand::tr("cannot write the output"));
    }
    return evaluation.summary().passes(m_options.minAccuracy) ? exitcode::Ok : exitcode::BelowStandard;
}

} // namespace rr
