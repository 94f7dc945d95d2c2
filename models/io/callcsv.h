#pragma once

#include "domain/call.h"

#include <QStringList>

namespace rr {

class CsvWriter;

// The canonical CSV form of calls, which CallRowReader reads back without a mapping: exactly these 16
// columns in this order: id, received_at, call_type, call_code, priority, narrative, address, lat, lon,
// beat, weapon, violence, injury, self_harm, domestic, crime_in_progress.
QStringList canonicalCallColumns();

// One row in canonical column order: received_at as formatCadDateTime writes it, lat/lon with 6 decimals,
// screening answers as "yes"/"no"/"" (Unknown), absent values empty.
void writeCall(CsvWriter &writer, const Call &call);

} // namespace rr
