#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <optional>

namespace rr {

// The fields RightResponse reads from a CAD export, in the order of the canonical CSV columns.
enum class InputField
{
    Id,
    ReceivedAt,
    CallType,
    CallCode,
    Priority,
    Narrative,
    Address,
    Lat,
    Lon,
    Beat,
    Weapon, // screening answers, same order as rr::Screen
    Violence,
    Injury,
    SelfHarm,
    Domestic,
    CrimeInProgress,
};
inline constexpr int InputFieldCount = 16;

// Canonical names: "id", "received_at", "call_type", "call_code", "priority", "narrative", "address", "lat",
// "lon", "beat", "weapon", "violence", "injury", "self_harm", "domestic", "crime_in_progress".
QString inputFieldName(InputField field);
// Case-insensitive, surrounding spaces ignored.
std::optional<InputField> inputFieldFromName(QStringView name);
// All canonical names in order.
QStringList inputFieldNames();

// Index of the column named `name` in a header row (names compared trimmed and case-insensitively; the first
// of duplicate names wins), -1 when absent.
qsizetype findColumn(const QStringList &header, QStringView name);

// Index of each input field's column in a header row, -1 when the export has no such column.
using ColumnIndexes = std::array<qsizetype, InputFieldCount>;

// Which column of a city's export holds which input field ("narrative=Comments"). A field that is not mapped
// is looked up under its canonical name; columns nobody asks for are ignored. A plain value; any thread.
class ColumnMapping
{
public:
    ColumnMapping() = default;

    // Each argument is "FIELD=COLUMN". Fails with a message for an unknown field (listing the valid ones),
    // a missing '=', an empty column or a field mapped twice.
    static Result<ColumnMapping> fromArguments(const QStringList &maps);

    // The column the field was mapped to; empty when not mapped.
    QString columnFor(InputField field) const;
    bool isMapped(InputField field) const;
    // The column name the field is looked up under: the mapped column or else the canonical name.
    QString effectiveColumn(InputField field) const;

    // Finds each field's column in a header (names compared trimmed and case-insensitively; the first of
    // duplicate names wins). A mapped column that is absent is an error naming it.
    Result<ColumnIndexes> resolve(const QStringList &header) const;

private:
    std::array<QString, InputFieldCount> m_columns;
};

} // namespace rr
