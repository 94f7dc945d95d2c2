#pragma once

#include "call.h"
#include "phrasematcher.h"
#include "responsekind.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <memory>
#include <optional>

namespace rr {

// A call category: what kind of call this is, and what it gets when nothing disqualifies it.
struct CategoryRule
{
    QString id;    // "welfare_check"
    QString label; // "Welfare check"
    ResponseKind kind = ResponseKind::Police;
    bool ems = false;
    bool team = false;        // served by the unarmed team: service hours and area apply
    bool behavioural = false; // needs enough information to judge the risk before going unarmed
    int precedence = 0;       // when several categories match, the highest wins
    QStringList codes;        // exact call-type codes, compared after folding ("WELCK", "5150", "10-56")
    QStringList phrases;      // phrases in the call-type text or narrative ("check the welfare", "well ck")
    QStringList typePhrases;  // phrases that name the category only in the call type ("TRAFFIC STOP", "LOUD")
    // A generic call type ("WANT OFFICER", "INVESTIGATE") names no need: the narrative decides, and with
    // nothing in the narrative the rule of doubt applies.
    bool generic = false;
    // Phrases in the narrative that hand the decision back to it ("callback: misdial, all ok" on a 911
    // hang-up): the narrative's category, if it names one, replaces this one.
    QStringList clearedBy;
    bool activity = false; // officer-initiated activity, not a call for service: never "eligible"
    // Re-categorise when a screening flag is established: {"injury": "injury_crash"}. In the order of
    // rr::Screen, so that the first established flag decides, the same way every time.
    struct Recategorise
    {
        Screen screen;
        QString category;
        friend bool operator==(const Recategorise &, const Recategorise &) = default;
    };
    QList<Recategorise> ifYes;
    QList<Recategorise> ifNo;
    QString reasonId; // "category.<id>", set by RuleSet::compile()
};

// A reason not to send the unarmed team, read from the narrative or from an explicit screening answer.
struct DisqualifierRule
{
    QString id;    // "weapon"
    QString label; // "Weapon"
    Screen screen = Screen::Weapon;
    bool hasScreen = true; // false: no screening question asks about it; the text alone decides
    ResponseKind kind = ResponseKind::Police;
    bool ems = false;
    QStringList terms;  // words that report it
    QStringList absent; // words that report its absence ("unarmed", "uninjured")
    QStringList except; // phrases inside which a term does not count ("threatening to kill himself")
    // Self-harm: the rule needs an intent (a term of `context`, or the call's category in
    // `contextCategories`) and a means (`terms`); a means in `escalate` (a firearm) gives `escalateKind`;
    // `absorbs` names a disqualifier whose hits are only the means (the knife) and then do not count on their
    // own.
    QStringList context;
    QStringList contextCategories;
    QStringList escalate;
    ResponseKind escalateKind = ResponseKind::Police;
    QString absorbs;
    // Uncertainty ("can't see what he is holding", "possibly armed"): risk unknown, never risk absent. The
    // rule has no screening question of its own; it gives co-responder on a behavioural call and `kind`
    // elsewhere, and falls away when the call-taker answered the weapon question.
    bool uncertain = false;
    // Where a mention of this rule's terms under an uncertainty cue ("possibly armed") goes: the id of the
    // uncertain rule, or "" to count it as a plain mention.
    QString uncertainTo;
    // A narrative word one edit from one of this rule's terms ("pistal") counts as a mention under doubt:
    // it goes to `uncertainTo`. Off by default: verbs collide with everyday words ("eating", "beating").
    bool misspelt = false;
    QStringList others; // uncertain rule: words that put other people at risk ("yelling at passengers")
    QString absentId;   // "<id>.absent" and "<id>.screening", set by RuleSet::compile()
    QString screeningId;
};

// When and where the unarmed team works. Empty hours or beats mean "always" and "everywhere".
struct ServiceWindow
{
    QTime from; // inclusive
    QTime to;   // exclusive; to <= from spans midnight; 24:00 is written as "24:00"
    bool allDay = false;
    bool contains(QTime t) const;
    QString text() const; // "06:00-24:00"
};

struct ServiceRules
{
    QList<ServiceWindow> hours; // empty: around the clock
    QStringList beats;          // empty: the whole city
    ResponseKind fallback = ResponseKind::CoResponder;
};

struct NegationRules
{
    QStringList before;    // cues before a term: "no", "denies", "not"
    QStringList after;     // cues right after a term: "none", "negative", "no |"
    QStringList pseudo;    // look like cues but are not: "not sure", "no idea"
    QStringList breaks;    // words that end the reach of a cue: "but", "however"
    QStringList uncertain; // cues that make a mention uncertain: "possibly", "unknown if", "may have"
    QStringList history;   // cues that tell a past event: "last year", "history of", "years ago"
    int window = 3;        // words allowed between a before-cue and its term
    int historyWindow = 6; // words allowed between a history cue and its term, within one clause
    int afterWindow = 1;   // words allowed between a term and an after-cue
};

struct DoubtRules
{
    ResponseKind unknownKind = ResponseKind::CoResponder;     // nothing recognised at all
    ResponseKind behaviouralKind = ResponseKind::CoResponder; // behavioural call, too little information
    int minNarrativeWords = 5;
};

// A complete, validated rule set, compiled for matching. Immutable once loaded; share it by pointer.
class RuleSet
{
public:
    QString name;
    QString description;
    QString version; // content hash of the resolved rule set
    QString source;  // file it came from
    QList<CategoryRule> categories;
    QList<DisqualifierRule> disqualifiers;
    NegationRules negation;
    ServiceRules service;
    DoubtRules doubt;

    const CategoryRule *category(QStringView id) const;
    int categoryIndex(QStringView id) const;
    int disqualifierIndex(QStringView id) const;
    // Category for an exact call-type code after folding, or -1.
    int categoryForCode(QStringView code) const;

    // Phrase ids in `matcher` encode what the phrase is (see PhraseRole).
    enum class PhraseRole : int
    {
        Category, // index = category
        Term,     // index = disqualifier
        Absent,
        Except,
        Context,
        Escalate,
        NegBefore,
        NegAfter,
        NegPseudo,
        Break,
        Cleared,      // index = category
        CategoryType, // index = category; counts in the call type only
        Others,       // index = disqualifier
        Uncertain,    // cue
        History,      // cue
    };
    static int phraseId(PhraseRole role, int index) { return (int(role) << 16) | index; }
    static PhraseRole roleOf(int id) { return PhraseRole(id >> 16); }
    static int indexOf(int id) { return id & 0xffff; }

    // Builds the matcher and code table; the loader calls it after validation.
    void compile();
    void compile() const = delete;
    const PhraseMatcher &matcher() const { return m_matcher; }

private:
    PhraseMatcher m_matcher;
    QHash<QString, int> m_codes;
    QHash<QString, int> m_categoryIndex;
};

} // namespace rr
