#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

namespace rr {

// Which columns of a labelled file hold the labels: `expected` (required) and `expected_ems` (optional),
// under those names unless --map names a city's own ("--map expected=Reviewer"). The twin of ColumnMapping
// for the two fields only an evaluation reads. A plain value; any thread.
class LabelColumns
{
public:
    // Where the two columns are in a header; expectedEms is -1 when the file has none (EMS not checked).
    struct Indexes
    {
        qsizetype expected = -1;
        qsizetype expectedEms = -1;
    };
    // The label mappings taken out of a list of --map arguments, and the others, left for ColumnMapping.
    struct Split;

    LabelColumns() = default;

    // Takes "expected=COLUMN" and "expected_ems=COLUMN" (field names case-insensitive) out of maps. An error
    // for a label field mapped twice or to no column, or for a field that is neither a label nor an input
    // field (listing both); the other arguments are passed on untouched, for ColumnMapping.
    static Result<Split> fromArguments(const QStringList &maps);

    // The column each label is looked up under: the mapped name, else "expected" / "expected_ems".
    QString expectedColumn() const;
    QString expectedEmsColumn() const;

    // Finds the columns in a header (trimmed, case-insensitive; the first of duplicate names wins). An error,
    // listing the header, when there is no expected column or a mapped expected_ems column is absent.
    Result<Indexes> resolve(const QStringList &header) const;

private:
    QString m_expected;    // empty: not mapped
    QString m_expectedEms; // empty: not mapped
};

struct LabelColumns::Split
{
    LabelColumns labels;
    QStringList callMaps; // the arguments for the call's own fields, in their order
};

} // namespace rr
