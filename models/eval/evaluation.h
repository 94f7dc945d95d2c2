#pragma once

#include "domain/suggestion.h"
#include "io/callrowreader.h"
#include "label.h"
#include "labelledcallreader.h"

#include <QList>

#include <array>
#include <optional>

namespace rr {

// How one suggestion compares with its label.
struct Verdict
{
    bool kindOk = false;                           // the suggested kind is one of the acceptable kinds
    std::optional<bool> emsOk;                     // nullopt: the label does not check EMS
    bool unsafe = false;                           // labelled police only, suggested unarmed
    bool overPoliced = false;                      // labelled unarmed only, suggested police
    ResponseKind matrixRow = ResponseKind::Police; // the expected kind this row counts under

    bool correct() const { return kindOk && emsOk.value_or(true); }

    // Pure: the same label and suggestion always give the same verdict. A label with several kinds counts
    // under the suggested kind when that kind is acceptable, else under its first kind, so that the
    // confusion matrix's diagonal holds exactly the rows whose kind is right.
    static Verdict judge(const Label &label, const Suggestion &suggestion);
};

// A row the engine got wrong, kept for the report.
struct Miss
{
    qint64 line = 0;
    QString id;
    QString callType;
    QString callCode;
    Label label;
    Suggestion suggestion; // without its triggers: the report shows reasons
    Verdict verdict;
};

// The figures of an evaluation.
struct EvaluationSummary
{
    qint64 rows = 0;      // data rows read: evaluated + bad
    qint64 evaluated = 0; // rows triaged and compared with their label
    qint64 badRows = 0;   // rows whose call or label could not be read; each counts as a miss
    qint64 correct = 0;
    qint64 unsafe = 0;
    qint64 overPoliced = 0;
    qint64 emsChecked = 0; // rows whose label gives expected_ems
    qint64 emsDisagreements = 0;
    // [expected][suggested], indexed by ResponseKind; see Verdict::judge for labels with several kinds.
    std::array<std::array<qint64, 3>, 3> confusion{};

    qint64 misses() const { return rows - correct; }
    // correct / rows, bad rows included (a row that cannot be read is not a row the rules got right); 0 when
    // there are no rows.
    double accuracy() const { return rows > 0 ? double(correct) / double(rows) : 0.0; }
    qint64 confusionAt(ResponseKind expected, ResponseKind suggested) const
    {
        return confusion[size_t(expected)][size_t(suggested)];
    }
    // No unsafe suggestion and, when a minimum is given, accuracy at least that.
    bool passes(std::optional<double> minAccuracy) const;
};

// Measures a rule set on labelled calls: fed one labelled row and its suggestion at a time (and the rows that
// could not be read), it keeps the counts, the confusion matrix, the misses and the bad rows. Knows nothing
// of files or the engine, so that every figure is unit-tested from labels and suggestions alone. A plain
// value; lives on the thread that feeds it.
class Evaluation
{
public:
    // Compares one row; returns its verdict.
    Verdict add(const LabelledCall &row, const Suggestion &suggestion);
    // A row whose call or label could not be read: counted, and kept for the report.
    void addBadRow(const RowError &error);

    const EvaluationSummary &summary() const { return m_summary; }
    // In input order.
    const QList<Miss> &misses() const { return m_misses; }
    const QList<RowError> &badRows() const { return m_badRows; }

private:
    EvaluationSummary m_summary;
    QList<Miss> m_misses;
    QList<RowError> m_badRows;
};

} // namespace rr
