#pragma once

#include "core/result.h"
#include "scenario.h"

#include <QByteArray>
#include <QString>

namespace rr {

// A training scenario as one JSON file, the form in which it travels between centres (`scenario export` and
// `import`) and is kept in the library (ScenarioStore):
//   {"format": 1, "name": "...", "version": 1, "description": "...", "tags": ["category:mental-health"],
//    "source": "...", "rules_version": "...",
//    "calls": [{"offset_ms": 0, "call": {<the call record of calljson.h>},
//               "key": {"reference": "unarmed", "alternatives": ["co_responder"], "expect_override": false,
//                       "expected_reason": "", "source": "history"}}]}
// "format" is Scenario::kFormatVersion; a file of a newer format, or one that is not a scenario, is refused
// with a message that says why. Reading checks everything validate() checks. Any thread.
class ScenarioJson
{
public:
    // Indented JSON, keys in a fixed order; fromJson() reads it back to an equal Scenario.
    static QByteArray toJson(const Scenario &scenario);
    static Result<Scenario> fromJson(const QByteArray &json);

    static Result<Scenario> readFile(const QString &path);
    // Written whole or not at all (QSaveFile).
    static Result<void> writeFile(const QString &path, const Scenario &scenario);

    // What makes a scenario usable: a valid name, a version of 1 or more, at least one call, each with a
    // non-empty id used once, offsets from 0 that never decrease, and a key whose alternatives do not repeat
    // the reference. The first problem found, as a sentence.
    static Result<void> validate(const Scenario &scenario);
    // Why `name` cannot name a scenario (empty when it can): 1 to 64 letters, digits, '-', '_' or '.',
    // starting with a letter or a digit.
    static QString nameProblem(const QString &name);
};

} // namespace rr
