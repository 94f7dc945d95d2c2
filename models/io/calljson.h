#pragma once

#include "domain/call.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <variant>

namespace rr {

// Why a JSON call record was refused: the HTTP status an intake answers with, the canonical field at fault
// ("" when the body as a whole is wrong) and a sentence for the sender.
struct FieldError
{
    int httpStatus = 400;
    QString field;
    QString message;

    friend bool operator==(const FieldError &, const FieldError &) = default;
};

// Reads one call record, a JSON object whose keys are the canonical field names of the CSV form (see
// inputFieldName()): id, received_at, call_type, call_code, priority, narrative, address, lat, lon, beat,
// weapon, violence, injury, self_harm, domestic, crime_in_progress. Any thread.
//
//  - id: a non-empty string (trimmed); required.
//  - received_at: a string parseCadDateTime reads, or null/""/absent for "no time".
//  - call_type, call_code, narrative, address, beat: strings (trimmed) or null/absent for "".
//  - priority: an integer 0..999999, or null/absent.
//  - lat, lon: numbers within -90..90 and -180..180, or null/absent.
//  - screening answers: "yes", "no", "unknown", "" or null (and the other spellings answerFromString takes:
//    y/n/true/false/1/0), or a JSON boolean.
// Text may not contain U+0000 (the database cannot store it).
// Unknown keys are ignored, so that a CAD system may send more than RightResponse reads.
// Errors: 400 with field "" for malformed JSON or a body that is not an object; 422 naming the field for a
// missing or empty id, a value of the wrong type, an unparseable time, a coordinate out of range or a
// screening answer that is not one of the above.
std::variant<Call, FieldError> callFromJson(const QByteArray &body);
// The same for a record already parsed (a call inside a larger document, such as a training scenario).
std::variant<Call, FieldError> callFromJson(const QJsonObject &object);

// The same record for a call, every key present: absent values as null, received_at as formatCadDateTime
// writes it (null when invalid), screening answers as "yes"/"no"/"unknown". callFromJson reads it back to an
// equal Call.
QJsonObject callToJson(const Call &call);

} // namespace rr
