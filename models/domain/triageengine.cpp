#include "triageengine.h"

#include "calltypereading.h"
#include "fieldscan.h"
#include "sentence.h"
#include "textnormalizer.h"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

namespace rr {

namespace {

using Role = RuleSet::PhraseRole;

constexpr double kConfidenceCallType = 0.9;
constexpr double kConfidenceNarrative = 0.65;
constexpr double kConfidenceUnknown = 0.3;
constexpr double kConfidenceScreening = 0.95;
constexpr double kConfidenceText = 0.8;
constexpr double kConfidenceThinInfo = 0.5;
constexpr double kConfidenceBothScreenedNo = 0.05;
constexpr double kConfidenceContradiction = 0.15;
constexpr double kConfidenceTypeOnly = 0.6; // an eligible call type with nothing else to go on

// The buffers the reasons are written in, kept per thread: the category's, finished last, and one for the
// others, written one at a time.
std::u16string &categorySentenceBuffer()
{
    thread_local std::u16string buffer;
    return buffer;
}

std::u16string &sentenceBuffer()
{
    thread_local std::u16string buffer;
    return buffer;
}

// A literal as a view of its known length: QStringView's constructor from an array looks for a null
// character at run time.
template <std::size_t N> constexpr QStringView literal(const char16_t (&text)[N])
{
    return QStringView(text, qsizetype(N - 1));
}

QStringView arrow(ResponseKind kind)
{
    switch (kind) {
    case ResponseKind::Unarmed:
        return literal(u" \u2192 unarmed");
    case ResponseKind::CoResponder:
        return literal(u" \u2192 co-responder");
    case ResponseKind::Police:
        break;
    }
    return literal(u" \u2192 police");
}

// Makes `to` the rule set's string `from` (an id, a category) unless it is that already: the suggestion
// reused from the last call mostly is, and a copy of a shared QString costs two atomic operations.
void share(QString &to, const QString &from)
{
    if (!to.isSharedWith(from) || to.constData() != from.constData() || to.size() != from.size())
        to = from;
}

// Replaces `to` with `text`, in the buffer `to` already has when it is its only owner and big enough.
void assignText(QString &to, QStringView text)
{
    to.resize(text.size());
    std::copy(text.begin(), text.end(), to.data());
}

QStringView mid(QStringView text, const PhraseHit &h)
{
    return text.mid(h.start, h.end - h.start);
}

// What the text and the screening answer say about one disqualifier.
struct Finding
{
    Answer status = Answer::Unknown;
    bool fromScreening = false;
    bool contradicted = false; // the screening answer overrode what the text said
    std::vector<std::pair<const FieldScan *, PhraseHit>> fired; // term hits that count
    QStringView absentQuote; // a negated mention or an "absent" phrase, as written
    bool escalated = false;  // self-harm with a firearm
    QStringView escalateQuote;
    bool absorbed = false;    // only the means of self-harm: does not count on its own
    QStringView historyQuote; // a mention told as past ("was assaulted last year")
};

// Reused between calls on one thread, so that a triage allocates nothing for the narrative's hits once warm.
std::vector<PhraseHit> &narrativeHitStorage()
{
    thread_local std::vector<PhraseHit> storage;
    return storage;
}

// Reused between calls on one thread, so that a triage allocates nothing for its findings once warm.
std::vector<Finding> &findingStorage()
{
    thread_local std::vector<Finding> storage;
    return storage;
}

class Evaluation
{
public:
    Evaluation(const RuleSet &rules, const Call &call, Suggestion &out)
        : m_rules(rules), m_call(call), m_out(out)
    {}

    void run();

private:
    void scan();
    CategoryPick pickCategory() const;
    bool narrativeDecides(const CategoryPick &pick) const;
    bool uncertainCall() const;
    void findDisqualifiers();
    void collect(const FieldScan &scan, const PhraseHit &h);
    void settle(int index);
    void applySelfHarm();
    Answer flag(Screen s) const;
    void recategorise();
    void applyFindings();
    void applyUncertain(const DisqualifierRule &d, const Finding &f);
    void applyThinInformation();
    void applyService();
    void applyMisspelling();
    void addCategoryReason();
    void addReason(const QString &ruleId, QStringView text);
    void addTrigger(const QString &ruleId, const FieldScan &scan, const PhraseHit &h);

    const RuleSet &m_rules;
    const Call &m_call;
    CallTypeReading *m_typeReading = nullptr;
    FieldScan m_type{CallField::CallType, {}};
    std::vector<PhraseHit> &m_narrativeHits = narrativeHitStorage();
    FieldScan m_narrative{CallField::Narrative, {}};
    CategoryPick m_pick;
    std::vector<Finding> &m_findings = findingStorage();
    Suggestion &m_out;
    qsizetype m_reasons = 0; // of m_out.reasons in use: the rest are the last call's, to be reused
    qsizetype m_triggers = 0;
    std::optional<Screen> m_recategorisedScreen;
    Answer m_recategorisedBy = Answer::Unknown;
};

void Evaluation::scan()
{
    m_typeReading = &CallTypeReading::read(m_rules, m_call);
    m_type.text = m_call.callType;
    m_type.setHits(m_typeReading->hits);
    m_type.words = m_typeReading->words;
    m_narrative.text = m_call.narrative;
    m_narrative.words =
        m_rules.matcher().scan(m_narrative.text, m_narrativeHits, PhraseMatcher::Mode::FuzzyLong);
    // A narrative word read only as a misspelling counts for one thing: a term of a rule marked `misspelt`
    // (the weapon: "pistal" may be "pistol", "forearm" may be "firearm"). There it makes the risk unknown,
    // never established; every other misread hit (a category, a cue, a crime term: "sobbing" is not
    // "robbing") is dropped.
    std::erase_if(m_narrativeHits, [this](const PhraseHit &h) {
        return h.misread && !(RuleSet::roleOf(h.phraseId) == Role::Term &&
                              m_rules.disqualifiers[RuleSet::indexOf(h.phraseId)].misspelt);
    });
    m_narrative.setHits(m_narrativeHits);
}

// A generic call type ("WANT OFFICER") lets the narrative decide; so does a 911 hang-up whose narrative says
// the callback cleared it.
bool Evaluation::narrativeDecides(const CategoryPick &pick) const
{
    if (pick.index < 0)
        return true;
    const CategoryRule &c = m_rules.categories[pick.index];
    if (c.generic)
        return true;
    if (c.clearedBy.isEmpty())
        return false;
    for (const PhraseHit &h : m_narrative.hits)
        if (RuleSet::roleOf(h.phraseId) == Role::Cleared && RuleSet::indexOf(h.phraseId) == pick.index &&
            !m_narrative.negated(h, m_rules.negation))
            return true;
    return false;
}

CategoryPick Evaluation::pickCategory() const
{
    const CategoryPick &best = m_typeReading->pick;
    if (!narrativeDecides(best))
        return best;
    CategoryPick told;
    pickCategoryFromHits(m_rules, m_narrative, CategoryPick::Narrative, told);
    if (told.index < 0 || m_rules.categories[told.index].generic)
        return best;
    told.handedBy = best.index;
    return told;
}

// Routes one term or absent-phrase hit to its disqualifier's finding.
void Evaluation::collect(const FieldScan &scan, const PhraseHit &h)
{
    const Role role = RuleSet::roleOf(h.phraseId);
    if (role != Role::Term && role != Role::Absent)
        return;
    const int index = RuleSet::indexOf(h.phraseId);
    Finding &f = m_findings[std::size_t(index)];
    if (role == Role::Absent) {
        f.absentQuote = mid(scan.text, h);
        return;
    }
    if (scan.inside(h, Role::Except, index))
        return;
    const DisqualifierRule &d = m_rules.disqualifiers[index];
    // A misspelt word one edit from both a term and its absence ("uarmed": "armed" or "unarmed") tells
    // neither: the risk is unknown, not absent.
    if (!d.uncertainTo.isEmpty() && scan.onSameWords(h, Role::Absent, index)) {
        if (const int to = m_rules.disqualifierIndex(d.uncertainTo); to >= 0) {
            m_findings[std::size_t(to)].fired.emplace_back(&scan, h);
            return;
        }
    }
    PhraseHit cue = h;
    if (scan.inside(h, Role::Absent, index) || scan.negated(h, m_rules.negation, &cue)) {
        if (f.absentQuote.isEmpty()) {
            const int from = std::min(cue.start, h.start);
            f.absentQuote = scan.text.mid(from, std::max(cue.end, h.end) - from);
        }
        return;
    }
    const NegationRules &neg = m_rules.negation;
    // "was assaulted last year", "history of violence": told as past, not in progress.
    if (const PhraseHit *past = scan.cueNear(h, Role::History, neg.historyWindow, neg.historyWindow)) {
        if (f.historyQuote.isEmpty()) {
            const int from = std::min(past->start, h.start);
            f.historyQuote = scan.text.mid(from, std::max(past->end, h.end) - from);
        }
        return;
    }
    // "possibly armed", "unknown if he has a gun": the risk is unknown, not absent and not established.
    // An explicit answer to the rule's own question beats the doubt in the text.
    if (!d.uncertainTo.isEmpty() && (!d.hasScreen || m_call.screening[d.screen] == Answer::Unknown) &&
        (h.misread || scan.cueNear(h, Role::Uncertain, neg.window, 0))) {
        const int to = m_rules.disqualifierIndex(d.uncertainTo);
        if (to >= 0) {
            m_findings[std::size_t(to)].fired.emplace_back(&scan, h);
            return;
        }
    }
    f.fired.emplace_back(&scan, h);
}

// Weighs what the text said against the call-taker's explicit answer.
void Evaluation::settle(int index)
{
    Finding &f = m_findings[std::size_t(index)];
    // "bottle of pills" and "pills" are one mention: keep the longest.
    std::erase_if(f.fired, [&f](const auto &a) {
        for (const auto &b : f.fired)
            if (a.first == b.first && covers(b.second, a.second) &&
                (b.second.firstWord != a.second.firstWord || b.second.lastWord != a.second.lastWord))
                return true;
        return false;
    });
    const DisqualifierRule &d = m_rules.disqualifiers[index];
    if (d.uncertain) {
        // Unknown risk is mostly about what someone holds: it falls away once the call-taker has asked
        // about the weapon.
        if (m_call.screening[Screen::Weapon] != Answer::Unknown)
            f.fired.clear();
        f.status = f.fired.empty() ? Answer::Unknown : Answer::Yes;
        return;
    }
    const Answer answer = d.hasScreen ? m_call.screening[d.screen] : Answer::Unknown;
    if (answer != Answer::Unknown) {
        f.status = answer;
        f.fromScreening = true;
        f.contradicted =
            (answer == Answer::No && !f.fired.empty()) || (answer == Answer::Yes && !f.absentQuote.isEmpty());
        if (answer == Answer::No)
            f.fired.clear();
    } else if (!f.fired.empty()) {
        f.status = Answer::Yes;
    } else if (!f.absentQuote.isEmpty()) {
        f.status = Answer::No;
    }
}

void Evaluation::findDisqualifiers()
{
    const std::size_t n = std::size_t(m_rules.disqualifiers.size());
    if (m_findings.size() < n)
        m_findings.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        Finding &f = m_findings[i];
        f.fired.clear(); // keeps its capacity
        f = Finding{Answer::Unknown, false, false, std::move(f.fired), {}, false, {}, false, {}};
    }
    for (const FieldScan *scan : {&m_type, &m_narrative})
        for (const PhraseHit &h : scan->hits)
            collect(*scan, h);
    for (std::size_t i = 0; i < n; ++i)
        settle(int(i));
    applySelfHarm();
}

// Self-harm needs an intent and a means; a firearm escalates; a blade that is only the means is not a weapon
// threat to others.
void Evaluation::applySelfHarm()
{
    for (int i = 0; i < m_rules.disqualifiers.size(); ++i) {
        const DisqualifierRule &d = m_rules.disqualifiers[i];
        if (d.context.isEmpty() && d.contextCategories.isEmpty() && d.escalate.isEmpty())
            continue;
        Finding &f = m_findings[std::size_t(i)];
        bool intent = m_pick.index >= 0 && d.contextCategories.contains(m_rules.categories[m_pick.index].id);
        for (const FieldScan *scan : {&m_type, &m_narrative})
            for (const PhraseHit &h : scan->hits) {
                const Role role = RuleSet::roleOf(h.phraseId);
                if (RuleSet::indexOf(h.phraseId) != i || scan->negated(h, m_rules.negation))
                    continue;
                if (role == Role::Context)
                    intent = true;
                if (role == Role::Escalate && !f.escalated) {
                    f.escalated = true;
                    f.escalateQuote = mid(scan->text, h);
                }
            }
        if (!f.fromScreening && !intent) {
            f.fired.clear();
            f.absentQuote = {};
        }
        if (!f.fromScreening)
            f.status =
                f.fired.empty() ? (f.absentQuote.isEmpty() ? Answer::Unknown : Answer::No) : Answer::Yes;
        if (f.status != Answer::Yes)
            continue;
        const int absorbed = d.absorbs.isEmpty() ? -1 : m_rules.disqualifierIndex(d.absorbs);
        if (absorbed < 0 || f.escalated)
            continue;
        Finding &other = m_findings[std::size_t(absorbed)];
        if (other.fromScreening || other.fired.empty())
            continue;
        bool onlyMeans = true;
        for (const auto &[scan, h] : other.fired) {
            bool isMeans = false;
            for (const auto &[mscan, m] : f.fired)
                isMeans = isMeans || (mscan == scan && covers(m, h));
            onlyMeans = onlyMeans && isMeans;
        }
        other.absorbed = onlyMeans && !f.fired.empty();
    }
}

Answer Evaluation::flag(Screen s) const
{
    for (int i = 0; i < m_rules.disqualifiers.size(); ++i)
        if (!m_rules.disqualifiers[i].uncertain && m_rules.disqualifiers[i].hasScreen &&
            m_rules.disqualifiers[i].screen == s && m_findings[std::size_t(i)].status != Answer::Unknown)
            return m_findings[std::size_t(i)].status;
    return m_call.screening[s];
}

void Evaluation::recategorise()
{
    for (int step = 0; step < 3 && m_pick.index >= 0; ++step) {
        const CategoryRule &c = m_rules.categories[m_pick.index];
        int next = -1;
        for (const auto *list : {&c.ifYes, &c.ifNo}) {
            const Answer wanted = list == &c.ifYes ? Answer::Yes : Answer::No;
            for (const auto &re : *list) {
                if (next >= 0 || flag(re.screen) != wanted)
                    continue;
                next = m_rules.categoryIndex(re.category);
                m_recategorisedScreen = re.screen;
                m_recategorisedBy = wanted;
            }
        }
        if (next < 0 || next == m_pick.index)
            return;
        m_pick.index = next;
    }
}

void Evaluation::addCategoryReason()
{
    // Finished at the end of run(), where what the rest of the call said is known.
    Sentence text(categorySentenceBuffer());
    const bool generic = m_pick.index >= 0 && m_rules.categories[m_pick.index].generic;
    if (m_pick.index < 0 || generic) {
        // The rule of doubt: the status-quo response, low confidence, and the screening questions.
        if (generic)
            share(m_out.category, m_rules.categories[m_pick.index].id);
        else
            m_out.category = QStringLiteral("unknown");
        m_out.kind = m_rules.doubt.unknownKind;
        m_out.confidence = kConfidenceUnknown;
        m_out.needsScreening = true;
        const QString typeText = m_call.callType.trimmed().isEmpty() ? m_call.callCode : m_call.callType;
        if (generic)
            (text << m_rules.categories[m_pick.index].label << u" (").quote(m_pick.evidence)
                << u") and the narrative names no need";
        else if (typeText.trimmed().isEmpty())
            text << u"No call type and the narrative names no need";
        else
            (text << u"Call type ").quote(typeText) << u" not recognised";
        text << u"; ask the screening questions" << arrow(m_out.kind);
        addReason(generic ? m_rules.categories[m_pick.index].reasonId : QStringLiteral("doubt.unknown"), {});
        return;
    }
    const CategoryRule &c = m_rules.categories[m_pick.index];
    share(m_out.category, c.id);
    m_out.kind = c.kind;
    m_out.ems = c.ems;
    text << c.label << u" (";
    switch (m_pick.source) {
    case CategoryPick::Code:
        text << u"code ";
        text.quote(m_pick.evidence);
        m_out.confidence = kConfidenceCallType;
        break;
    case CategoryPick::CallType:
        text << u"call type ";
        text.quote(m_pick.evidence);
        m_out.confidence = kConfidenceCallType;
        break;
    default:
        text << u"narrative ";
        text.quote(m_pick.evidence);
        if (m_pick.handedBy >= 0)
            text << u"; the call type names no need";
        else
            text << u", call type not recognised";
        m_out.confidence = kConfidenceNarrative;
        break;
    }
    if (m_recategorisedScreen) {
        const QString what = screenName(*m_recategorisedScreen).replace(u'_', u' ');
        text << (m_recategorisedBy == Answer::Yes ? u"; " : u"; no ") << what << u" reported";
    }
    text << u")";
    addReason(c.reasonId, {});
}

void Evaluation::applyFindings()
{
    bool contradictions = false;
    for (int i = 0; i < m_rules.disqualifiers.size(); ++i) {
        const DisqualifierRule &d = m_rules.disqualifiers[i];
        const Finding &f = m_findings[std::size_t(i)];
        if (f.status != Answer::Yes && !f.historyQuote.isEmpty()) {
            Sentence text(sentenceBuffer());
            (text << d.label << u": history, not in progress: ").quote(f.historyQuote);
            addReason(d.id + QStringLiteral(".history"), text.view());
        }
        if (d.uncertain) {
            applyUncertain(d, f);
            continue;
        }
        if (f.status == Answer::No && !f.absentQuote.isEmpty() && !f.fromScreening) {
            Sentence text(sentenceBuffer());
            (text << d.label << u" read as absent: ").quote(f.absentQuote);
            addReason(d.absentId, text.view());
            continue;
        }
        if (f.contradicted) {
            contradictions = true;
            Sentence text(sentenceBuffer());
            text << u"Screening answer " << toString(f.status) << u" to \u2018" << d.label.toLower()
                 << u"\u2019; the answer overrides the text";
            addReason(d.screeningId, text.view());
        }
        if (f.status != Answer::Yes || f.absorbed)
            continue;
        const ResponseKind kind = f.escalated ? d.escalateKind : d.kind;
        if (static_cast<int>(kind) > static_cast<int>(m_out.kind) ||
            (m_out.needsScreening && kind == m_out.kind)) {
            // A reported disqualifier is evidence: the doubt answer becomes a sure one.
            m_out.confidence = f.fromScreening ? kConfidenceScreening : kConfidenceText;
            m_out.needsScreening = false;
        }
        m_out.kind = strongest(m_out.kind, kind);
        m_out.ems = m_out.ems || d.ems;
        Sentence text(sentenceBuffer());
        text << d.label << u" \u2014 ";
        if (f.fromScreening)
            text << u"screening answer yes";
        else
            (text << u"reported: ").quote(mid(f.fired.front().first->text, f.fired.front().second));
        if (f.escalated)
            (text << u"; firearm: ").quote(f.escalateQuote);
        if (d.ems && kind == ResponseKind::Unarmed)
            text << u" \u2192 EMS too";
        else
            text << arrow(kind);
        addReason(d.id, text.view());
        for (const auto &[scan, h] : f.fired)
            addTrigger(d.id, *scan, h);
    }
    // Text and answer disagreed: whatever decided, the call deserves a second look.
    if (contradictions)
        m_out.confidence -= kConfidenceContradiction;
}

bool Evaluation::uncertainCall() const
{
    return m_pick.index >= 0 && m_rules.categories[m_pick.index].behavioural;
}

// Risk unknown is never risk absent: co-responder on a behavioural call, the rule's kind (police) where
// others may be at risk.
void Evaluation::applyUncertain(const DisqualifierRule &d, const Finding &f)
{
    if (f.status != Answer::Yes)
        return;
    const int index = m_rules.disqualifierIndex(d.id);
    bool others = false;
    for (const FieldScan *scan : {&m_type, &m_narrative})
        for (const PhraseHit &h : scan->hits)
            others = others || (RuleSet::roleOf(h.phraseId) == Role::Others &&
                                RuleSet::indexOf(h.phraseId) == index && !scan->negated(h, m_rules.negation));
    const ResponseKind kind = uncertainCall() && !others ? ResponseKind::CoResponder : d.kind;
    if (static_cast<int>(kind) > static_cast<int>(m_out.kind))
        m_out.confidence = kConfidenceThinInfo;
    m_out.kind = strongest(m_out.kind, kind);
    m_out.needsScreening = true;
    Sentence text(sentenceBuffer());
    (text << u"Risk unknown: ").quote(mid(f.fired.front().first->text, f.fired.front().second))
        << u"; ask the screening questions" << arrow(kind);
    addReason(d.id, text.view());
    for (const auto &[scan, h] : f.fired)
        addTrigger(d.id, *scan, h);
}

void Evaluation::applyThinInformation()
{
    if (m_pick.index < 0 || !m_rules.categories[m_pick.index].behavioural ||
        m_out.kind != ResponseKind::Unarmed)
        return;
    // The risk can be judged from a narrative of some length, from both safety answers, or from an answer or
    // words that rule out violence or a weapon ("MENTAL NOT VIOLENT", "denies having a gun").
    QStringList unscreened;
    for (Screen q : {Screen::Weapon, Screen::Violence})
        if (m_call.screening[q] == Answer::Unknown)
            unscreened.append(screenName(q));
    if (unscreened.isEmpty() || m_narrative.words >= m_rules.doubt.minNarrativeWords ||
        flag(Screen::Violence) == Answer::No || flag(Screen::Weapon) == Answer::No)
        return;
    m_out.kind = strongest(m_out.kind, m_rules.doubt.behaviouralKind);
    m_out.confidence = kConfidenceThinInfo;
    m_out.needsScreening = true;
    addReason(QStringLiteral("doubt.information"),
              QStringLiteral("Too little information to judge the risk (%1-word narrative; %2 not asked)")
                      .arg(m_narrative.words)
                      .arg(unscreened.join(QStringLiteral(" and "))) +
                  arrow(m_out.kind).toString());
}

void Evaluation::applyService()
{
    if (m_pick.index < 0 || !m_rules.categories[m_pick.index].team || m_out.kind != ResponseKind::Unarmed)
        return;
    const ServiceRules &s = m_rules.service;
    if (m_call.receivedAt.isValid() && !s.hours.isEmpty()) {
        const QTime t = m_call.receivedAt.time();
        bool open = false;
        for (const ServiceWindow &w : s.hours)
            open = open || w.contains(t);
        if (!open) {
            QStringList windows;
            for (const ServiceWindow &w : s.hours)
                windows.append(w.text());
            m_out.kind = s.fallback;
            addReason(QStringLiteral("service.hours"),
                      QStringLiteral("Unarmed team off duty at %1 (on duty %2)")
                              .arg(t.toString(u"HH:mm"), windows.join(QStringLiteral(", "))) +
                          arrow(s.fallback).toString());
            return;
        }
    }
    const QString beat = m_call.beat.trimmed();
    if (!beat.isEmpty() && !s.beats.isEmpty() && !s.beats.contains(beat, Qt::CaseInsensitive)) {
        m_out.kind = s.fallback;
        addReason(QStringLiteral("service.area"),
                  QStringLiteral("Beat %1 is outside the unarmed team's area").arg(beat) +
                      arrow(s.fallback).toString());
    }
}

// A call type one edit from a stronger one may be that call type misspelt: "SHOUTS FIRED" (shouting) for
// "SHOTS FIRED", "FALLING FOR HELP" (a fall) for "CALLING FOR HELP", "COVER TOW" for "COVER NOW". When a
// reading of the call type with one edit undone names a category, or a disqualifier, of a stronger kind
// than the suggestion, the suggestion is in doubt: that kind, low confidence, and the screening questions.
// Such a reading does not count where the call type as written names a category by a longer phrase over
// the same words ("TRAFFIC COLLISION" is not "TRAFFICKING COLLISION"); nor where it reads a known word of
// fewer than five letters as another, the call type as written names a category by a phrase as long, and
// every word of it is so explained ("MISC" is not "MISS", "HIT AND RUN" not "HIT AND GUN"; short words are
// one edit from too many others); nor where the call type as written names that category over the words. A
// code compared as a whole (the code field, or a call type that is only a code: "SUI", "CIT") is exact and
// not in doubt; a code leading a longer call type is ("24 5SUSPECT" for "245 SUSPECT").
void Evaluation::applyMisspelling()
{
    if ((m_pick.source == CategoryPick::Code && m_pick.wholeCode) || m_out.kind == ResponseKind::Police)
        return;
    // Read with the alternatives only here: most calls never need them.
    const std::vector<PhraseHit> &alternatives = m_typeReading->alternativesOf(m_rules, m_type.text);
    if (alternatives.empty())
        return;
    auto isCategory = [](const PhraseHit &h) {
        const Role role = RuleSet::roleOf(h.phraseId);
        return role == Role::Category || role == Role::CategoryType;
    };
    // Every word of the call type inside a category phrase it names as written.
    bool allExplained = true;
    for (qsizetype i = 0; i < m_type.text.size() && allExplained; ++i) {
        if (textnorm::symbolOf(m_type.text[i].unicode()) < textnorm::Other)
            continue;
        allExplained = std::any_of(m_type.hits.begin(), m_type.hits.end(), [&](const PhraseHit &h) {
            return isCategory(h) && h.start <= i && i < h.end;
        });
    }
    auto explained = [&](const PhraseHit &alt) {
        for (const PhraseHit &h : m_type.hits) {
            if (!isCategory(h) || !covers(h, alt))
                continue;
            if (RuleSet::indexOf(h.phraseId) == RuleSet::indexOf(alt.phraseId) &&
                RuleSet::roleOf(alt.phraseId) != Role::Term)
                return true; // the call type as written names that category already
            const int longer = (h.lastWord - h.firstWord) - (alt.lastWord - alt.firstWord);
            if (longer > 0 || (longer == 0 && alt.weak && allExplained))
                return true;
        }
        return false;
    };
    ResponseKind strongest = m_out.kind;
    QStringView label;
    for (const PhraseHit &h : alternatives) {
        const Role role = RuleSet::roleOf(h.phraseId);
        const int index = RuleSet::indexOf(h.phraseId);
        ResponseKind kind;
        QStringView named;
        if (isCategory(h)) {
            const CategoryRule &c = m_rules.categories[index];
            // A generic call type names no need; officer-initiated activity is no risk to anyone.
            if (c.generic || c.activity)
                continue;
            kind = c.kind;
            named = c.label;
        } else if (role == Role::Term) {
            const DisqualifierRule &d = m_rules.disqualifiers[index];
            // Risk unknown, or a means of self-harm without an intent, establishes nothing on its own.
            if (d.uncertain || !d.context.isEmpty() || !d.contextCategories.isEmpty())
                continue;
            kind = d.kind;
            named = d.label;
        } else {
            continue;
        }
        if (static_cast<int>(kind) <= static_cast<int>(strongest) || m_type.negated(h, m_rules.negation) ||
            explained(h))
            continue;
        strongest = kind;
        label = named;
    }
    if (label.isEmpty())
        return;
    m_out.kind = strongest;
    m_out.confidence = std::min(m_out.confidence, kConfidenceUnknown);
    m_out.needsScreening = true;
    Sentence text(sentenceBuffer());
    (text << u"Call type ").quote(m_type.text) << u" may be misspelt: one edit from " << label
                                               << u"; ask the screening questions" << arrow(strongest);
    addReason(QStringLiteral("doubt.misspelt"), text.view());
}

void Evaluation::run()
{
    m_out.kind = ResponseKind::Police;
    m_out.ems = false;
    m_out.confidence = 0.0;
    m_out.needsScreening = false;
    share(m_out.rulesVersion, m_rules.version);
    scan();
    m_pick = pickCategory();
    findDisqualifiers();
    recategorise();
    addCategoryReason();
    const ResponseKind base = m_out.kind;
    applyFindings();
    applyThinInformation();
    applyService();
    applyMisspelling();
    if (m_out.kind == ResponseKind::Unarmed && m_call.screening[Screen::Weapon] == Answer::No &&
        m_call.screening[Screen::Violence] == Answer::No)
        m_out.confidence += kConfidenceBothScreenedNo;
    // An eligible call type with an empty narrative and no answers: unarmed, on the call type alone.
    const bool typeOnly = m_out.kind == ResponseKind::Unarmed && m_narrative.words == 0 &&
                          !m_call.screening.anyAnswered() && m_triggers == 0;
    if (typeOnly)
        m_out.confidence = std::min(m_out.confidence, kConfidenceTypeOnly);
    if (m_out.needsScreening && (m_pick.index < 0 || m_rules.categories[m_pick.index].generic))
        m_out.confidence = std::min(m_out.confidence, kConfidenceUnknown);
    m_out.confidence = std::clamp(m_out.confidence, 0.05, 0.99);
    // A clean call says so in its first reason: "Welfare check (...); no weapon, violence or other risk
    // reported".
    Sentence first(categorySentenceBuffer(), true);
    if (m_pick.index >= 0 && !m_rules.categories[m_pick.index].generic) {
        if (base != ResponseKind::Unarmed)
            first << arrow(base)
                  << (m_rules.categories[m_pick.index].ems ? literal(u" + EMS") : QStringView());
        else if (m_out.kind == base && m_triggers == 0 && !m_out.ems && typeOnly)
            first << u"; narrative empty, suggestion from the call type alone" << arrow(base);
        else if (m_out.kind == base && m_triggers == 0 && !m_out.ems)
            first << u"; no weapon, violence or other risk reported" << arrow(base);
        else if (m_rules.categories[m_pick.index].ems && m_out.kind == ResponseKind::Unarmed)
            first << u" \u2192 EMS, no armed response needed";
        else
            first << u", eligible for the unarmed team";
    }
    assignText(m_out.reasons.first().text, first.view());
    m_out.reasons.resize(m_reasons);
    m_out.triggers.resize(m_triggers);
}

// Fills the next reason: in place, over one of the last call's, when there is one.
void Evaluation::addReason(const QString &ruleId, QStringView text)
{
    if (m_reasons == m_out.reasons.size())
        m_out.reasons.emplaceBack();
    Reason &r = m_out.reasons[m_reasons++];
    share(r.ruleId, ruleId);
    assignText(r.text, text);
}

void Evaluation::addTrigger(const QString &ruleId, const FieldScan &scan, const PhraseHit &h)
{
    if (m_triggers == m_out.triggers.size())
        m_out.triggers.emplaceBack();
    Trigger &t = m_out.triggers[m_triggers++];
    share(t.ruleId, ruleId);
    t.field = scan.field;
    t.start = h.start;
    t.length = h.end - h.start;
    assignText(t.text, mid(scan.text, h));
}

} // namespace

TriageEngine::TriageEngine(std::shared_ptr<const RuleSet> rules) : m_rules(std::move(rules)) {}

Suggestion TriageEngine::triage(const Call &call) const
{
    Suggestion out;
    Evaluation(*m_rules, call, out).run();
    return out;
}

void TriageEngine::triage(const Call &call, Suggestion &out) const
{
    Evaluation(*m_rules, call, out).run();
}

} // namespace rr
