#pragma once

#include "evaluation.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace rr {

// What a report says besides the figures: which file, which rule set, which bar.
struct EvaluationContext
{
    QString labels;       // the labelled file, as named on the command line ("<stdin>" for standard input)
    QString rulesName;    // the rule set's name
    QString rulesVersion; // its content hash
    std::optional<double> minAccuracy;
};

// The outputs of `rightresponse-cli evaluate`. Any thread.

// A report for a person: the figures, the confusion matrix, every miss with its reasons, the bad rows and a
// last line saying PASS or FAIL and why.
QByteArray evaluationText(const Evaluation &evaluation, const EvaluationContext &context);

// For scripts, one record per miss, then one per bad row, then exactly one summary record, last. Every
// record has a `record` field: "miss", "bad_row" or "summary".
// CSV: one header (evaluationCsvColumns()), the same columns on every row; a record fills the columns that
// concern it and leaves the others empty, so that a CSV reader that maps columns by name reads the summary
// row's `accuracy`, `unsafe`, ... as easily as a miss's `reasons`.
QStringList evaluationCsvColumns();
QByteArray evaluationCsv(const Evaluation &evaluation, const EvaluationContext &context);
// JSON lines: one object per record, with the fields of the CSV columns that concern it (lists as arrays,
// yes/no as booleans, and the confusion matrix as {"expected kind":{"suggested kind":count}}).
QByteArray evaluationJsonl(const Evaluation &evaluation, const EvaluationContext &context);

// The problem words of a miss: "unsafe", "over_policed" or "wrong_kind" for a wrong kind, and "ems" for an
// EMS disagreement, in that order.
QStringList missProblems(const Verdict &verdict);

} // namespace rr
