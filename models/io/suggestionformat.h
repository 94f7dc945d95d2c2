#pragma once

#include "domain/suggestion.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace rr {

class CsvWriter;

// Output formats of `rightresponse-cli triage`. Any thread.

// Exactly: id, response, ems, confidence, category, reasons.
QStringList triageCsvColumns();

// One row: response as rr::toString(kind) ("unarmed", "co_responder", "police"), ems "true"/"false",
// confidence with two decimals ("0.85"), reasons' texts joined with " | ".
void writeTriageCsv(CsvWriter &writer, const QString &callId, const Suggestion &suggestion);

// One JSON object and '\n':
// {"id":..,"response":..,"ems":bool,"confidence":number,"category":..,"reasons":[{"rule":..,"text":..}],
//  "triggers":[{"rule":..,"field":"call_type"|"narrative","start":n,"length":n,"text":..}],"rules_version":..}
// Strings are escaped per RFC 8259 (quote, backslash, control characters); a lone surrogate becomes \uXXXX.
QByteArray triageJsonLine(const QString &callId, const Suggestion &suggestion);

} // namespace rr
