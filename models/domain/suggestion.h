#pragma once

#include "responsekind.h"

#include <QList>
#include <QString>

namespace rr {

// Which text of the call a trigger was found in.
enum class CallField
{
    CallType,
    Narrative
};

// Words in the call's text that made a rule fire, for highlighting. Offsets are QString (UTF-16) indices
// into the field they were found in.
struct Trigger
{
    QString ruleId; // the disqualifier that fired, e.g. "weapon"
    CallField field = CallField::Narrative;
    int start = 0;
    int length = 0;
    QString text; // the words as written in the call

    friend bool operator==(const Trigger &, const Trigger &) = default;
};

// One step of the engine's reasoning: which rule, and one plain sentence a dispatcher reads in a second.
struct Reason
{
    QString ruleId;
    QString text;

    friend bool operator==(const Reason &, const Reason &) = default;
};

// What the triage engine suggests for one call, and why.
struct Suggestion
{
    ResponseKind kind = ResponseKind::Police;
    bool ems = false;            // companion Fire/EMS response wanted
    double confidence = 0.0;     // 0..1, see docs/rules.md "Confidence"
    bool needsScreening = false; // too little is known: ask the screening questions before deciding
    QString category;            // category id from the rule set, e.g. "welfare_check"
    QList<Reason> reasons;       // in the order the engine applied them; the first says what the call is
    QList<Trigger> triggers;     // words that fired disqualifiers
    QString rulesVersion;        // content hash of the rule set that produced this suggestion

    friend bool operator==(const Suggestion &, const Suggestion &) = default;
};

} // namespace rr
