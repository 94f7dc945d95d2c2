#include "evaluation.h"

namespace rr {

Verdict Verdict::judge(const Label &label, const Suggestion &suggestion)
{
    Verdict v;
    v.kindOk = label.accepts(suggestion.kind);
    if (label.ems)
        v.emsOk = *label.ems == suggestion.ems;
    v.unsafe = label.isOnly(ResponseKind::Police) && suggestion.kind == ResponseKind::Unarmed;
    v.overPoliced = label.isOnly(ResponseKind::Unarmed) && suggestion.kind == ResponseKind::Police;
    v.matrixRow = v.kindOk || label.kinds.isEmpty() ? suggestion.kind : label.kinds.constFirst();
    return v;
}

bool EvaluationSummary::passes(std::optional<double> minAccuracy) const
{
    return unsafe == 0 && (!minAccuracy || accuracy() >= *minAccuracy);
}

Verdict Evaluation::add(const LabelledCall &row, const Suggestion &suggestion)
{
    const Verdict v = Verdict::judge(row.label, suggestion);
    EvaluationSummary &s = m_summary;
    ++s.rows;
    ++s.evaluated;
    ++s.confusion[size_t(v.matrixRow)][size_t(suggestion.kind)];
    s.unsafe += v.unsafe;
    s.overPoliced += v.overPoliced;
    if (v.emsOk) {
        ++s.emsChecked;
        s.emsDisagreements += !*v.emsOk;
    }
    if (v.correct()) {
        ++s.correct;
        return v;
    }
    Miss miss{row.line, row.call.id, row.call.callType, row.call.callCode, row.label, suggestion, v};
    miss.suggestion.triggers.clear();
    m_misses.append(std::move(miss));
    return v;
}

void Evaluation::addBadRow(const RowError &error)
{
    ++m_summary.rows;
    ++m_summary.badRows;
    m_badRows.append(error);
}

} // namespace rr
