#pragma once

#include "store/callstore.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace rr {

// One triage of the call (every version, oldest first).
struct SuggestionVersion
{
    qint64 id = 0;
    QDateTime at;
    Suggestion suggestion;
};

struct UnitStatusEntry
{
    QString unitId;
    QString status;
    QString by;
    QDateTime at;
};

struct OutcomeEntry
{
    QString outcome;
    QString note;
    QString by;
    QDateTime at;
};

struct ReviewEntry
{
    QString verdict;
    QString comment;
    QString reviewer;
    QString login;
    QDateTime at;
};

// One line of the call's timeline.
struct StoryEvent
{
    QDateTime at;
    QString actor;
    QString what;
};

// One call's whole story for the reviewer: the call, every suggestion with its reasons and triggers, every
// screening answer, the decision, unit status changes, outcomes, reviews, and a timeline of it all.
struct CallStory
{
    StoredCall call;
    QList<SuggestionVersion> suggestions;
    QList<ScreeningRecord> answers; // every answer given, oldest first
    QList<UnitStatusEntry> units;
    QList<OutcomeEntry> outcomes;
    QList<ReviewEntry> reviews;
    QList<StoryEvent> eventLog; // rows of the audit trail that concern this call
    // Everything above as one time-ordered list.
    QList<StoryEvent> timeline() const;
};

} // namespace rr
