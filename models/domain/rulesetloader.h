#pragma once

#include "core/result.h"
#include "ruleset.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace rr {

// What went wrong loading a rule set, precise enough to fix the file: the file, the rule and the field. A
// failed load's message is its toString().
struct RuleSetError
{
    QString file;
    QString rule; // id of the category or disqualifier, or the section ("negation", "service")
    QString field;
    QString message;
    QString toString() const; // "rules/city.json: rule 'weapon', field 'kind': expected ..."
};

using RuleSetResult = Result<std::shared_ptr<const RuleSet>>;

// Reads rule sets from JSON (format in docs/rules.md), resolves "extends", validates every field and
// compiles the result. The built-in sets live in the resource ":/rules/NAME.json". A failure's message names
// the file, the rule and the field ("rules/city.json: rule 'weapon', field 'kind': expected ..."); no
// exception leaves the loader.
class RuleSetLoader
{
public:
    static RuleSetResult loadFile(const QString &path);
    static RuleSetResult loadBuiltIn(const QString &name = QStringLiteral("default"));
    // `origin` names the data in error messages and resolves a relative "extends".
    static RuleSetResult loadData(const QByteArray &json, const QString &origin);
};

} // namespace rr
