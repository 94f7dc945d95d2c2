// Data-driven tests of the triage engine against the built-in default rule set and a narrowed set that
// limits the unarmed team's hours and beats. One row of the table is one call and its expected suggestion.

#include "domain/call.h"
#include "domain/responsekind.h"
#include "domain/ruleset.h"
#include "domain/rulesetloader.h"
#include "domain/suggestion.h"
#include "domain/triageengine.h"

#include <QDate>
#include <QDateTime>
#include <QSet>
#include <QStringList>
#include <QTest>
#include <QTime>

#include <memory>
#include <optional>
#include <variant>

using namespace rr;

namespace {

const QByteArray kNarrowJson =
    QByteArrayLiteral(R"({"format":1,"name":"narrow","extends":"default","service":{"unarmed":)"
                      R"({"hours":["06:00-24:00"],"beats":["211","212"],"fallback":"co_responder"}}})");

// Short names that keep a table row on one line.
constexpr const char *U = "unarmed";
constexpr const char *C = "co_responder";
constexpr const char *P = "police";
constexpr const char *T = "true";
constexpr const char *F = "false";
constexpr const char *NN = "weapon=no,violence=no";
constexpr const char *Default = "default";
constexpr const char *Narrow = "narrow";

QString str(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// "weapon=no,violence=yes" -> Screening; nullopt (with the bad part in `error`) when the table is wrong.
std::optional<Screening> parseScreening(const QString &text, QString *error)
{
    Screening screening;
    const QStringList parts = text.split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QStringList nameValue = part.split(u'=');
        const std::optional<Screen> screen =
            nameValue.size() == 2 ? screenFromName(nameValue[0].trimmed()) : std::nullopt;
        const std::optional<Answer> answer =
            nameValue.size() == 2 ? answerFromString(nameValue[1]) : std::nullopt;
        if (!screen || !answer) {
            *error = QStringLiteral("bad screening item '%1'").arg(part);
            return std::nullopt;
        }
        screening[*screen] = *answer;
    }
    return screening;
}

Call makeCall(const QString &callType, const QString &callCode, const QString &narrative,
              const Screening &screening, const QString &time = {}, const QString &beat = {})
{
    Call call;
    call.id = QStringLiteral("T-1");
    call.callType = callType;
    call.callCode = callCode;
    call.narrative = narrative;
    call.screening = screening;
    call.beat = beat;
    if (!time.isEmpty())
        call.receivedAt = QDateTime(QDate(2024, 5, 14), QTime::fromString(time, QStringLiteral("HH:mm")));
    return call;
}

Call makeCall(const char *callType, const char *narrative, const Screening &screening = {})
{
    return makeCall(str(callType), QString(), str(narrative), screening);
}

Screening screeningOf(std::initializer_list<std::pair<Screen, Answer>> answers)
{
    Screening s;
    for (const auto &[screen, answer] : answers)
        s[screen] = answer;
    return s;
}

QString describe(const Suggestion &s)
{
    QStringList reasons;
    for (const Reason &r : s.reasons)
        reasons << r.ruleId + QStringLiteral(": ") + r.text;
    QStringList triggers;
    for (const Trigger &t : s.triggers)
        triggers << QStringLiteral("%1@%2%3+%4'%5'")
                        .arg(t.ruleId,
                             t.field == CallField::Narrative ? QStringLiteral("N") : QStringLiteral("T"))
                        .arg(t.start)
                        .arg(t.length)
                        .arg(t.text);
    return QStringLiteral("got kind=%1 ems=%2 category=%3 confidence=%4 reasons=[%5] triggers=[%6]")
        .arg(toString(s.kind), s.ems ? QStringLiteral("true") : QStringLiteral("false"), s.category)
        .arg(s.confidence)
        .arg(reasons.join(QStringLiteral(" | ")), triggers.join(QStringLiteral(", ")));
}

bool hasReasonStartingWith(const Suggestion &s, QStringView prefix)
{
    for (const Reason &r : s.reasons)
        if (r.ruleId.startsWith(prefix))
            return true;
    return false;
}

QList<Trigger> triggersOf(const Suggestion &s, QStringView ruleId)
{
    QList<Trigger> out;
    for (const Trigger &t : s.triggers)
        if (t.ruleId == ruleId)
            out << t;
    return out;
}

std::shared_ptr<const RuleSet> unwrap(const RuleSetResult &result, QString *error)
{
    *error = result.error();
    return result.valueOr(nullptr);
}

} // namespace

class TstTriageEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void triage_data();
    void triage();
    void triggersAreTheWordsAsWritten();
    void negatedMentionHasNoTrigger();
    void weaponOutcomeHasWeaponReason();
    void deterministic();
    void reusedSuggestionIsTheSame();
    void rulesVersion();
    void narrowedSetExplainsHoursAndArea();
    void confidenceOrdering();

private:
    // One row: the call, the rule set ("default"/"narrow") and the expected suggestion. `ems` and `category`
    // may be "" for "don't care". `rule`: "X" = a reason whose ruleId starts with X; "-X" = no trigger X.
    static void row(const char *tag, const char *callType, const char *callCode, const char *narrative,
                    const char *screening, const char *kind, const char *ems, const char *category,
                    const char *rule = "");
    static void rowAt(const char *ruleSet, const char *time, const char *beat, const char *tag,
                      const char *callType, const char *callCode, const char *narrative,
                      const char *screening, const char *kind, const char *ems, const char *category,
                      const char *rule = "");
    const TriageEngine *engine(const QString &ruleSet) const;

    std::unique_ptr<TriageEngine> m_default;
    std::unique_ptr<TriageEngine> m_narrow;
};

void TstTriageEngine::initTestCase()
{
    QString error;
    auto defaultRules = unwrap(RuleSetLoader::loadBuiltIn(), &error);
    QVERIFY2(defaultRules, qPrintable(QStringLiteral("loadBuiltIn(): ") + error));
    m_default = std::make_unique<TriageEngine>(defaultRules);
    auto narrowRules = unwrap(RuleSetLoader::loadData(kNarrowJson, QStringLiteral("test")), &error);
    QVERIFY2(narrowRules, qPrintable(QStringLiteral("loadData(narrow): ") + error));
    m_narrow = std::make_unique<TriageEngine>(narrowRules);
}

const TriageEngine *TstTriageEngine::engine(const QString &ruleSet) const
{
    return ruleSet == u"narrow" ? m_narrow.get() : m_default.get();
}

void TstTriageEngine::row(const char *tag, const char *callType, const char *callCode, const char *narrative,
                          const char *screening, const char *kind, const char *ems, const char *category,
                          const char *rule)
{
    rowAt(Default, "", "", tag, callType, callCode, narrative, screening, kind, ems, category, rule);
}

void TstTriageEngine::rowAt(const char *ruleSet, const char *time, const char *beat, const char *tag,
                            const char *callType, const char *callCode, const char *narrative,
                            const char *screening, const char *kind, const char *ems, const char *category,
                            const char *rule)
{
    QTest::newRow(tag) << str(ruleSet) << str(callType) << str(callCode) << str(narrative) << str(screening)
                       << str(time) << str(beat) << str(kind) << str(ems) << str(category) << str(rule);
}

void TstTriageEngine::triage_data()
{
    QTest::addColumn<QString>("ruleSet");
    QTest::addColumn<QString>("callType");
    QTest::addColumn<QString>("callCode");
    QTest::addColumn<QString>("narrative");
    QTest::addColumn<QString>("screening");
    QTest::addColumn<QString>("time");
    QTest::addColumn<QString>("beat");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("ems");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("rule");

    // clang-format off
    // --- call-type recognition: unarmed-eligible categories (behavioural ones screened weapon=no, violence=no)
    row("welfare: WELFARE CHECK",            "WELFARE CHECK",            "",      "", NN, U, F, "welfare_check");
    row("welfare: Well Ck N-Urgent",         "Well Ck N-Urgent",         "",      "", NN, U, F, "welfare_check");
    row("welfare: CHECK THE WELFARE",        "CHECK THE WELFARE",        "",      "", NN, U, F, "welfare_check");
    row("welfare: welfare chk",              "welfare chk",              "",      "", NN, U, F, "welfare_check");
    row("welfare: code WELCK",               "",                         "WELCK", "", NN, U, F, "welfare_check");
    row("welfare: code welck lower case",    "",                         "welck", "", NN, U, F, "welfare_check");
    row("welfare: code WELCK, type MISC",    "MISC",                     "WELCK", "", NN, U, F, "welfare_check");
    row("welfare: Welfare-Check",            "Welfare-Check",            "",      "", NN, U, F, "welfare_check");
    row("welfare: WELFARE_CHECK",            "WELFARE_CHECK",            "",      "", NN, U, F, "welfare_check");
    row("welfare: extra spaces",             "  welfare   check ",       "",      "", NN, U, F, "welfare_check");
    row("welfare: with suffix",              "Welfare Check - Elderly",  "",      "", NN, U, F, "welfare_check");
    row("mental: code 5150",                 "",                         "5150",  "", NN, U, F, "mental_health");
    row("mental: type 5150",                 "5150",                     "",      "", NN, U, F, "mental_health");
    row("mental: MENTAL PERSON",             "MENTAL PERSON",            "",      "", NN, U, F, "mental_health");
    row("mental: PERSON IN CRISIS",          "PERSON IN CRISIS",         "",      "", NN, U, F, "mental_health");
    row("mental: MENTAL HEALTH CRISIS",      "MENTAL HEALTH CRISIS",     "",      "", NN, U, F, "mental_health");
    row("mental: mental person lower",       "mental person",            "",      "", NN, U, F, "mental_health");
    row("mental: Mental Health Crisis",      "Mental Health Crisis",     "",      "", NN, U, F, "mental_health");
    row("suicide: SUICIDAL PERSON",          "SUICIDAL PERSON",          "",      "", NN, U, F, "suicide_threat");
    row("suicide: SUICIDE THREAT",           "SUICIDE THREAT",           "",      "", NN, U, F, "suicide_threat");
    row("suicide: Suicide Threat",           "Suicide Threat",           "",      "", NN, U, F, "suicide_threat");
    row("verbal: code 415",                  "",                         "415",   "", "", U, F, "verbal_disturbance");
    row("verbal: type 415",                  "415",                      "",      "", "", U, F, "verbal_disturbance");
    row("verbal: VERBAL DISTURBANCE",        "VERBAL DISTURBANCE",       "",      "", "", U, F, "verbal_disturbance");
    row("verbal: DISTURBANCE is generic",    "DISTURBANCE",              "",      "", "", P, F, "generic");
    row("verbal: disturbance told as words", "disturbance",              "",      "two neighbours yelling at each other over the fence", "", U, F, "verbal_disturbance");
    row("verbal: DISTURBANCE - VERBAL",      "DISTURBANCE - VERBAL",     "",      "", "", U, F, "verbal_disturbance");
    row("noise: LOUD MUSIC",                 "LOUD MUSIC",               "",      "", "", U, F, "noise");
    row("noise: NOISE COMPLAINT",            "NOISE COMPLAINT",          "",      "", "", U, F, "noise");
    row("noise: LOUD PARTY",                 "LOUD PARTY",               "",      "", "", U, F, "noise");
    row("noise: Noise Complaint",            "Noise Complaint",          "",      "", "", U, F, "noise");
    row("traffic: MVA-PROPERTY DAMAGE",      "MVA-PROPERTY DAMAGE",      "",      "", "", U, F, "minor_traffic");
    row("traffic: HIT & RUN NO INJ",         "HIT & RUN NO INJ",         "",      "", "", U, F, "minor_traffic");
    row("traffic: MVA PD",                   "MVA PD",                   "",      "", "", U, F, "minor_traffic");
    row("traffic: mva - property damage",    "mva - property damage",    "",      "", "", U, F, "minor_traffic");
    row("trespass: TRESPASS",                "TRESPASS",                 "",      "", "", U, F, "trespass");
    row("trespass: UNWANTED PERSON",         "UNWANTED PERSON",          "",      "", "", U, F, "trespass");
    row("trespass: UNWANTED GUEST",          "UNWANTED GUEST",           "",      "", "", U, F, "trespass");
    row("trespass: Trespass",                "Trespass",                 "",      "", "", U, F, "trespass");
    row("intox: DRUNK",                      "DRUNK",                    "",      "", NN, U, F, "intoxicated");
    row("intox: INTOXICATED PERSON",         "INTOXICATED PERSON",       "",      "", NN, U, F, "intoxicated");
    row("panhandling: PANHANDLING",          "PANHANDLING",              "",      "", "", U, F, "panhandling");
    row("panhandling: PANHANDLER",           "PANHANDLER",               "",      "", "", U, F, "panhandling");
    row("indecency: INDECENT EXPOSURE",      "INDECENT EXPOSURE",        "",      "", "", U, F, "indecency");
    row("assist: LOCKOUT",                   "LOCKOUT",                  "",      "", "", U, F, "general_assistance");
    row("assist: STRANDED MOTORIST",         "STRANDED MOTORIST",        "",      "", "", U, F, "general_assistance");
    row("assist: FOUND PROPERTY",            "FOUND PROPERTY",           "",      "", "", U, F, "general_assistance");
    row("unsheltered: HOMELESS PERSON",      "HOMELESS PERSON",          "",      "", "", U, F, "unsheltered");
    row("unsheltered: UNSHELTERED",          "UNSHELTERED",              "",      "", "", U, F, "unsheltered");
    row("followup: FOLLOW UP alone is generic", "FOLLOW UP",             "",      "", "", P, F, "generic");
    row("followup: care navigation",         "Follow-Up",                "",      "check in with the woman from last week's crisis call", "", U, F, "follow_up");
    row("followup: an officer's case",       "FOLLOW UP",                "",      "OFC FOLLOW UP ON LARCENY CASE 25-004412", "", P, F, "property_crime");
    row("medical: MEDICAL",                  "MEDICAL",                  "",      "", "", U, T, "medical_fire");
    row("medical: FIRE",                     "FIRE",                     "",      "", "", U, T, "medical_fire");
    row("medical: CHEST PAIN",               "CHEST PAIN",               "",      "", "", U, T, "medical_fire");

    // --- call-type recognition: police categories
    row("crash: MVA WITH INJURIES",          "MVA WITH INJURIES",        "",      "", "", P, T, "injury_crash");
    row("crash: PI ACCIDENT",                "PI ACCIDENT",              "",      "", "", P, T, "injury_crash");
    row("crash: MVA",                        "MVA",                      "",      "", "", P, "", "traffic_crash");
    row("crash: ACCIDENT",                   "ACCIDENT",                 "",      "", "", P, "", "traffic_crash");
    row("violent: ASLT",                     "ASLT",                     "",      "", "", P, "", "violent_crime");
    row("violent: ASSAULT",                  "ASSAULT",                  "",      "", "", P, "", "violent_crime");
    row("violent: assault lower",            "assault",                  "",      "", "", P, "", "violent_crime");
    row("dv: DV",                            "DV",                       "",      "", "", P, "", "domestic_violence");
    row("dv: DOMESTIC",                      "DOMESTIC",                 "",      "", "", P, "", "domestic_violence");
    row("dv: DOMESTIC DISTURBANCE wins",     "DOMESTIC DISTURBANCE",     "",      "", "", P, "", "domestic_violence");
    row("shots: SHOTS FIRED",                "SHOTS FIRED",              "",      "", "", P, "", "shots_fired");
    row("shots: shots fired lower",          "shots fired",              "",      "", "", P, "", "shots_fired");
    row("property: BURGLARY",                "BURGLARY",                 "",      "", "", P, "", "property_crime");
    row("property: ROBBERY",                 "ROBBERY",                  "",      "", "", P, "", "property_crime");
    row("property: LARCENY",                 "LARCENY",                  "",      "", "", P, "", "property_crime");
    row("property: THEFT",                   "THEFT",                    "",      "", "", P, "", "property_crime");
    row("alarm: ALARM",                      "ALARM",                    "",      "", "", P, "", "alarm");
    row("alarm: BURGLAR ALARM",              "BURGLAR ALARM",            "",      "", "", P, "", "alarm");
    row("warrant: WARRANT",                  "WARRANT",                  "",      "", "", P, "", "warrant");
    row("officer: OFFICER NEEDS ASSISTANCE", "OFFICER NEEDS ASSISTANCE", "",      "", "", P, "", "officer_needs_help");
    row("officer: OFFICER NEEDS HELP",       "OFFICER NEEDS HELP",       "",      "", "", P, "", "officer_needs_help");
    row("dui: DUI",                          "DUI",                      "",      "", "", P, "", "dui");
    row("dui: DWI",                          "DWI",                      "",      "", "", P, "", "dui");
    row("dui: DRUNK DRIVER wins",            "DRUNK DRIVER",             "",      "", "", P, "", "dui");
    row("weapons: WEAPON",                   "WEAPON",                   "",      "", "", P, "", "weapons");
    row("weapons: PERSON WITH A GUN",        "PERSON WITH A GUN",        "",      "", "", P, "", "weapons");
    row("weapons: MAN WITH KNIFE",           "MAN WITH KNIFE",           "",      "", "", P, "", "weapons");
    row("in progress: B&E IN PROGRESS",      "BREAKING AND ENTERING IN PROGRESS", "", "", "", P, "", "");
    row("in progress: ROBBERY IN PROGRESS",  "ROBBERY IN PROGRESS",      "",      "", "", P, "", "");
    row("mixed: MENTAL PERSON WITH KNIFE",   "MENTAL PERSON WITH KNIFE", "",      "", "", P, "", "");
    row("mixed: DISTURBANCE - ASSAULT",      "DISTURBANCE - ASSAULT",    "",      "", "", P, "", "violent_crime");

    // --- unknown call type: the narrative decides, or the rule of doubt
    row("unknown: MISC, welfare narrative",  "MISC",   "", "caller requests a welfare check on her elderly neighbor, no weapons or violence", "", U, "", "welfare_check");
    row("unknown: OTHER, loud music",        "OTHER",  "", "neighbors are playing loud music at a party all night", "", U, "", "noise");
    row("unknown: XYZ123, person in crisis", "XYZ123", "", "person in crisis talking to himself, calm, no weapons, not violent", "", U, "", "mental_health");
    row("unknown: MISC, drunk on sidewalk",  "MISC",   "", "caller reports a drunk man sitting on the sidewalk, no weapons, not violent", "", U, "", "intoxicated");
    row("unknown: empty type, gun",          "",       "", "man waving a gun in the parking lot", "", P, "", "");
    // The rule of doubt: an unrecognised or generic call type with nothing in the narrative gets the status quo.
    row("doubt: MISC",                       "MISC",   "",    "", "", P, "", "generic", "category.generic");
    row("doubt: OTHER",                      "OTHER",  "",    "", "", P, "", "generic");
    row("doubt: all empty",                  "",       "",    "", "", P, "", "unknown", "doubt.unknown");
    row("doubt: XYZ123",                     "XYZ123", "",    "", "", P, "", "unknown", "doubt.unknown");
    row("doubt: unknown code ZZ9",           "XYZ123", "ZZ9", "", "", P, "", "unknown");
    row("doubt: caller hung up",             "MISC",   "",    "caller hung up before giving any details", "", P, "", "generic", "risk_unknown");

    // --- weapon: text and screening, both ways
    row("weapon: has a gun",                 "WELFARE CHECK",      "", "neighbor says he has a gun in the house", "", P, "", "", "weapon");
    row("weapon: holding a Knife",           "TRESPASS",           "", "man in the lobby is holding a Knife", "", P, "", "", "weapon");
    row("weapon: waving a pistol",           "NOISE COMPLAINT",    "", "party guests are waving a pistol around", "", P, "", "", "weapon");
    row("weapon: machete",                   "PANHANDLING",        "", "panhandler has a machete in his backpack", "", P, "", "", "weapon");
    row("weapon: armed with a firearm",      "MENTAL PERSON",      "", "subject is armed with a firearm and pacing", "", P, "", "", "weapon");
    row("weapon: rifle",                     "VERBAL DISTURBANCE", "", "two men arguing, one has a rifle", "", P, "", "", "weapon");
    row("weapon: screening yes",             "WELFARE CHECK",      "", "elderly man confused, lives alone", "weapon=yes", P, "", "", "weapon");
    row("weapon: yes beats 'no weapons'",    "TRESPASS",           "", "man refuses to leave the store, no weapons", "weapon=yes", P, "", "", "weapon");
    row("weapon: no beats 'has a gun'",      "WELFARE CHECK",      "", "neighbor says he has a gun in the house", NN, U, "", "welfare_check");
    row("weapon: no beats 'has a knife'",    "TRESPASS",           "", "man has a knife", "weapon=no", U, "", "trespass");
    row("weapon: gun on a medical call",     "MEDICAL",            "", "patient is aggressive and has a gun", "", P, T, "", "weapon");
    row("weapon: gun on a PD crash",         "MVA PD",             "", "no injuries, driver has a gun", "", P, "", "", "weapon");

    // --- violence in progress, threat to others
    row("violence: fighting",                "VERBAL DISTURBANCE", "", "two men are fighting in the street right now", "", P, "", "");
    row("violence: hitting",                 "WELFARE CHECK",      "", "son is hitting his mother", "", P, "", "");
    row("violence: threat to kill clerk",    "TRESPASS",           "", "man is threatening to kill the store clerk", "", P, "", "");
    row("violence: threat to hurt caller",   "NOISE COMPLAINT",    "", "neighbor is threatening to hurt the caller", "", P, "", "");
    row("violence: assaulted the caller",    "MENTAL PERSON",      "", "subject assaulted the caller and is still here", "", P, "", "");
    row("violence: screening yes",           "NOISE COMPLAINT",    "", "loud music from apartment 4", "violence=yes", P, "", "");
    row("violence: yes beats 'not violent'", "MENTAL PERSON",      "", "he is not violent, just yelling", "violence=yes", P, "", "");
    row("violence: no beats 'fighting'",     "VERBAL DISTURBANCE", "", "two brothers fighting in the yard", "violence=no", U, "", "verbal_disturbance");

    // --- domestic violence
    row("domestic: 'a domestic' in text",    "VERBAL DISTURBANCE", "", "caller says this is a domestic, husband yelling", "", P, "", "");
    row("domestic: domestic violence text",  "WELFARE CHECK",      "", "check on her, possible domestic violence last night", "", P, "", "");
    row("domestic: screening yes",           "VERBAL DISTURBANCE", "", "neighbors arguing", "domestic=yes", P, "", "");
    row("domestic: 'not a domestic'",        "VERBAL DISTURBANCE", "", "neighbors arguing about parking, not a domestic", "", U, "", "verbal_disturbance");
    row("domestic: no beats text",           "VERBAL DISTURBANCE", "", "caller reports a domestic argument next door", "domestic=no", U, "", "verbal_disturbance");

    // --- crime in progress, suspect on scene
    row("crime: suspect still on scene",     "TRESPASS",           "", "suspect is still on scene breaking car windows", "", P, "", "");
    row("crime: breaking into the house",    "WELFARE CHECK",      "", "caller says someone is breaking into the house right now", "", P, "", "");
    row("crime: burglary in progress text",  "NOISE COMPLAINT",    "", "burglary in progress next door", "", P, "", "");
    row("crime: screening yes",              "UNWANTED PERSON",    "", "man refuses to leave", "crime_in_progress=yes", P, "", "");
    row("crime: no beats 'suspect on scene'", "TRESPASS",          "", "suspect still on scene, sitting quietly on the bench", "crime_in_progress=no", U, "", "trespass");

    // --- self-harm: means at hand -> co-responder, a firearm -> police, no means -> unarmed
    row("selfharm: bottle of pills",         "SUICIDE THREAT",     "", "caller says her son has a bottle of pills", "", C, "", "suicide_threat");
    row("selfharm: knife to her wrist",      "SUICIDE THREAT",     "", "caller says she has a knife to her wrist", "", C, "", "suicide_threat");
    row("selfharm: has a gun",               "SUICIDE THREAT",     "", "caller says her husband has a gun and wants to die", "", P, "", "", "weapon");
    row("selfharm: shoot himself, rifle",    "SUICIDE THREAT",     "", "says he will shoot himself with his rifle", "", P, "", "");
    row("selfharm: razor blade",             "SUICIDE THREAT",     "", "she is threatening to cut herself with a razor blade", "", C, "", "suicide_threat");
    row("selfharm: no means, kill himself",  "SUICIDE THREAT",     "", "caller says her son is threatening to kill himself", "", U, "", "suicide_threat");
    row("selfharm: no means, end his life",  "SUICIDAL PERSON",    "", "man on the phone says he wants to end his life, no weapons", "", U, "", "suicide_threat");
    row("selfharm: suicidal + pills",        "MENTAL PERSON",      "", "subject is suicidal and has a bottle of pills", "", C, "", "");
    row("selfharm: knife + wants to die",    "WELFARE CHECK",      "", "neighbor has a knife to his own throat and says he wants to die", "", C, "", "");
    row("selfharm: knife + threat to other", "SUICIDE THREAT",     "", "has a knife and is threatening to stab his roommate", "", P, "", "");
    row("selfharm: screening yes",           "SUICIDE THREAT",     "", "", "self_harm=yes,weapon=no,violence=no", C, "", "suicide_threat");
    row("selfharm: no beats pills",          "SUICIDE THREAT",     "", "caller says her son has a bottle of pills", "self_harm=no", U, "", "suicide_threat");
    row("selfharm: no pills or weapons",     "SUICIDE THREAT",     "", "no pills or weapons in the house, son is upset", "", U, "", "suicide_threat");

    // --- injury and medical need: ems, kind unchanged (except traffic)
    row("injury: bleeding on welfare check", "WELFARE CHECK",      "", "elderly woman on the floor, bleeding from her head", "", U, T, "welfare_check");
    row("injury: unconscious trespasser",    "TRESPASS",           "", "man sleeping in the doorway is unconscious", "", U, T, "trespass");
    row("injury: not breathing",             "WELFARE CHECK",      "", "caller says her father is not breathing", "", U, T, "welfare_check");
    row("injury: screening yes",             "WELFARE CHECK",      "", "lives alone, has not answered the door", "injury=yes,weapon=no,violence=no", U, T, "welfare_check");
    row("injury: 'no one is injured'",       "NOISE COMPLAINT",    "", "loud party upstairs, no one is injured", "", U, F, "noise");
    row("injury: no beats 'bleeding'",       "WELFARE CHECK",      "", "she says she is bleeding", "injury=no,weapon=no,violence=no", U, F, "welfare_check");
    row("injury: bleeding + knife",          "TRESPASS",           "", "man is bleeding and holding a knife", "", P, T, "", "weapon");

    // --- traffic: injury unknown -> police, absent -> minor_traffic, present -> injury_crash
    row("traffic: MVA, no injuries",         "MVA",                "", "two cars, no injuries", "", U, F, "minor_traffic");
    row("traffic: MVA, no inj",              "MVA",                "", "fender bender, no inj", "", U, F, "minor_traffic");
    row("traffic: ACCIDENT, non-injury",     "ACCIDENT",           "", "non-injury collision in the parking lot", "", U, F, "minor_traffic");
    row("traffic: MVA, property damage",     "MVA",                "", "property damage only, drivers exchanging info", "", U, F, "minor_traffic");
    row("traffic: MVA, uninjured",           "MVA",                "", "both drivers uninjured", "", U, F, "minor_traffic");
    row("traffic: MVA, injury=no",           "MVA",                "", "", "injury=no", U, F, "minor_traffic");
    row("traffic: MVA, injury=yes",          "MVA",                "", "", "injury=yes", P, T, "injury_crash");
    row("traffic: MVA, bleeding",            "MVA",                "", "driver is bleeding from the head", "", P, T, "injury_crash");
    row("traffic: ACCIDENT, injured",        "ACCIDENT",           "", "passenger is injured and trapped", "", P, T, "injury_crash");
    row("traffic: ACCIDENT, unknown injury", "ACCIDENT",           "", "car hit a pole", "", P, "", "traffic_crash");
    row("traffic: MVA PD, injury=yes",       "MVA PD",             "", "", "injury=yes", P, T, "injury_crash");
    row("traffic: MVA-PROPERTY DAMAGE, bleeding", "MVA-PROPERTY DAMAGE", "", "one driver is bleeding", "", P, T, "injury_crash");
    row("traffic: injury=yes beats text",    "MVA",                "", "no injuries", "injury=yes", P, T, "injury_crash");
    row("traffic: injury=no beats call type", "MVA WITH INJURIES", "", "", "injury=no", U, F, "minor_traffic");

    // --- negation and reported absence do not fire
    row("negation: no weapons seen",         "WELFARE CHECK",      "", "son is upset, no weapons seen", "", U, "", "welfare_check", "-weapon");
    row("negation: denies having a gun",     "MENTAL PERSON",      "", "subject denies having a gun, talking to himself", "", U, "", "mental_health", "-weapon");
    row("negation: he is not violent",       "MENTAL PERSON",      "", "he is not violent, just confused and yelling", "", U, "", "mental_health");
    row("negation: unarmed",                 "TRESPASS",           "", "man is unarmed and sleeping behind the store", "", U, "", "trespass", "-weapon");
    row("negation: Weapon: none",            "WELFARE CHECK",      "", "Weapon: none. Elderly man has not been seen for two days", "", U, "", "welfare_check", "-weapon");
    row("negation: not a domestic",          "VERBAL DISTURBANCE", "", "not a domestic, roommates arguing over rent", "", U, "", "verbal_disturbance");
    row("negation: no signs of forced entry", "WELFARE CHECK",     "", "door locked, no signs of forced entry, mail piling up", "", U, "", "welfare_check");
    row("negation: does not have a weapon",  "WELFARE CHECK",      "", "her son does not have a weapon, he is confused", "", U, "", "welfare_check", "-weapon");
    row("negation: no guns or knives",       "TRESPASS",           "", "no guns or knives seen, man refuses to leave", "", U, "", "trespass", "-weapon");
    row("negation: weapons: negative",       "MENTAL PERSON",      "", "weapons: negative, subject crying in the lobby", "", U, "", "mental_health", "-weapon");
    row("negation: non-violent",             "MENTAL PERSON",      "", "calm and non-violent, hearing voices at home", "", U, "", "mental_health");
    row("negation: no weapons, no violence", "WELFARE CHECK",      "", "no weapons, no violence, just worried about her", "", U, "", "welfare_check", "-weapon");

    // --- things that only look like negation still fire
    row("pseudo: not sure if he has a gun",  "WELFARE CHECK",      "", "caller not sure if he has a gun", "", P, "", "", "risk_unknown");
    row("pseudo: no idea if he has a gun",   "WELFARE CHECK",      "", "caller has no idea if he has a gun", "", P, "", "", "weapon");
    row("pseudo: no, he has a knife",        "TRESPASS",           "", "no, he has a knife", "", P, "", "", "weapon");
    row("pseudo: denies drinking but knife", "INTOXICATED PERSON", "", "denies drinking but has a knife", "", P, "", "", "weapon");
    row("pseudo: sentence ends negation",    "MENTAL PERSON",      "", "he is not violent. He has a knife", "", P, "", "", "weapon");
    row("pseudo: comma ends negation",       "MENTAL PERSON",      "", "denies drugs, has a machete", "", P, "", "", "weapon");
    row("pseudo: however",                   "WELFARE CHECK",      "", "not violent, however he has a pistol", "", P, "", "", "weapon");
    row("pseudo: no weapons, but threat",    "TRESPASS",           "", "no weapons seen, but he is threatening to hit the clerk", "", P, "", "");
    row("pseudo: unarmed but threatening",   "MENTAL PERSON",      "", "unarmed but threatening to hurt his mother", "", P, "", "");

    // --- too little information on a behavioural call
    row("doubt: welfare, nothing else",      "WELFARE CHECK",      "",     "", "", U, "", "welfare_check");
    row("doubt: 5150, two words",            "",                   "5150", "acting strange", "", C, "", "mental_health");
    row("doubt: suicide, nothing else",      "SUICIDE THREAT",     "",     "", "", C, "", "suicide_threat");
    row("doubt: drunk, nothing else",        "DRUNK",              "",     "", "", U, "", "intoxicated");
    row("doubt: seven words",                "MENTAL PERSON",      "",     "son is acting strange again tonight, says", "", C, "", "mental_health");
    row("doubt: eight words is enough",      "MENTAL PERSON",      "",     "son is acting strange again tonight, talking to himself", "", U, "", "mental_health");
    row("doubt: injury=no is not enough",    "MENTAL PERSON",      "",     "", "injury=no", C, "", "mental_health");
    row("doubt: weapon=no answered",         "MENTAL PERSON",      "",     "", "weapon=no", U, "", "mental_health");
    row("doubt: MENTAL NOT VIOLENT",         "MENTAL NOT VIOLENT", "",     "", "", U, "", "mental_health", "violence.absent");
    row("doubt: 5150 again",                 "5150",               "",     "RP STS SON 5150 AGAIN", "", C, "", "mental_health", "doubt.information");
    row("cat: suspicious person",            "SUSP PERSON",        "",     "man looking into car windows", "", P, "", "suspicious");
    row("cat: suspicous misspelt",           "SUSPICOUS PERSON",   "",     "watching the playground", "", P, "", "suspicious");
    row("cat: drug activity",                "DRUG ACTIVITY",      "",     "hand to hand sales on the corner", "", P, "", "drug_activity");
    row("cat: harassment",                   "HARASSMENT",         "",     "ex keeps texting her", "", P, "", "harassment");
    row("cat: missing juvenile",             "Missing Juvenile",   "",     "15 year old did not come home from school", "", P, "", "missing_person");
    row("cat: juvenile complaint",           "JUVENILE COMPLAINT", "",     "kids ringing doorbells and running", "", U, "", "juvenile");
    row("cat: debris in roadway",            "DEBRIS IN ROADWAY",  "",     "mattress in the middle of the road", "", U, "", "minor_traffic");
    row("cat: welfair misspelt",             "WELFAIR CHECK",      "",     "elderly neighbour not seen for two days", "", U, "", "welfare_check");
    row("cat: dog at large",                 "DOG AT LARGE",       "",     "brown dog running loose near the school", "", U, "", "animal");
    row("cat: end it all from narrative",    "",                   "",     "friend texted that he wants to end it all, no plan stated", "", U, "", "suicide_threat");
    // --- an explicit answer beats doubt in the text; rules without a screening question; word forms
    row("answer: weapon no beats possibly armed", "VERBAL DISTURBANCE", "", "two men shouting, one possibly armed", "weapon=no", U, "", "verbal_disturbance");
    row("answer: possibly armed unanswered", "VERBAL DISTURBANCE", "",  "two men shouting, one possibly armed", "", P, "", "verbal_disturbance", "risk_unknown");
    row("traffic control: lanes blocked",    "INJURED ANIMAL",     "",     "deer lying across both lanes, cars swerving", "", P, "", "animal", "traffic_control");
    row("traffic control: off the road",     "DISABLED VEHICLE",   "",     "car pulled off on the shoulder, not blocking", "", U, "", "minor_traffic", "-traffic_control");
    row("forms: trying the door handles",    "WELFARE CHECK",      "",     "someone is trying the door handles of parked cars", "", P, "", "welfare_check", "crime_in_progress");
    row("forms: tried the door",             "NOISE COMPLAINT",    "",     "a man tried the door of the closed shop twice", "", P, "", "noise", "crime_in_progress");
    row("forms: SUI THREAT is not a threat", "SUI THREAT",         "",     "", "", C, "", "suicide_threat", "-violence");
    row("self-harm: on a ledge",             "EDP",                "",     "man on the ledge of the 4th floor window, legs hanging out", "", C, "", "mental_health", "self_harm");
    row("self-harm: roof is not intent",     "TRESPASS",           "",     "group of teens on the roof of the school on a Saturday afternoon", "", U, "", "trespass", "-self_harm");
    row("fire: EMS too",                     "ARSON",              "",     "someone set fire to the dumpster and ran", "", P, T, "property_crime", "fire");
    row("misspelt weapon: risk unknown",     "DISTURBANCE",        "",     "two guys arguing, one pulled out a pistal and put it away", "", P, "", "verbal_disturbance", "risk_unknown");
    row("misread everyday word is nothing",  "ANIMAL COMPLAINT",   "",     "loose goats eating the neighbour's garden", "", U, "", "animal", "-risk_unknown");
    row("doubt: only violence answered",     "MENTAL PERSON",      "",     "yelling", "violence=no", U, "", "mental_health");
    row("doubt: long narrative",             "WELFARE CHECK",      "",     "elderly man has not answered his door since Monday", "", U, "", "welfare_check");
    row("doubt: trespass is not behavioural", "TRESPASS",          "",     "", "", U, "", "trespass");
    row("doubt: noise is not behavioural",   "NOISE COMPLAINT",    "",     "", "", U, "", "noise");

    // --- context: the default set covers the whole city around the clock
    rowAt(Default, "02:30", "999", "default: 02:30 beat 999",  "TRESPASS",        "", "", "", U, "", "trespass");
    rowAt(Default, "00:00", "",    "default: midnight",        "NOISE COMPLAINT", "", "", "", U, "", "noise");
    rowAt(Default, "03:15", "7",   "default: 03:15 beat 7",    "WELFARE CHECK",   "", "", NN, U, "", "welfare_check");

    // --- context: the narrowed set (06:00-24:00, beats 211 and 212, fallback co_responder)
    rowAt(Narrow, "02:30", "211",  "narrow: trespass 02:30",         "TRESPASS",        "", "", "", C, "", "", "service");
    rowAt(Narrow, "02:30", "211",  "narrow: noise 02:30",            "NOISE COMPLAINT", "", "", "", C, "", "", "service");
    rowAt(Narrow, "02:30", "211",  "narrow: welfare 02:30",          "WELFARE CHECK",   "", "", NN, C, "", "", "service");
    rowAt(Narrow, "10:00", "211",  "narrow: noise 10:00 beat 211",   "NOISE COMPLAINT", "", "", "", U, "", "noise");
    rowAt(Narrow, "10:00", "999",  "narrow: trespass beat 999",      "TRESPASS",        "", "", "", C, "", "", "service");
    rowAt(Narrow, "10:00", "2110", "narrow: beat 2110 is not 211",   "TRESPASS",        "", "", "", C, "", "", "service");
    rowAt(Narrow, "02:30", "999",  "narrow: out of hours and area",  "TRESPASS",        "", "", "", C, "", "", "service");
    rowAt(Narrow, "10:00", "",     "narrow: no beat",                "TRESPASS",        "", "", "", U, "", "trespass");
    rowAt(Narrow, "",      "211",  "narrow: no time",                "TRESPASS",        "", "", "", U, "", "trespass");
    rowAt(Narrow, "",      "",     "narrow: no time, no beat",       "TRESPASS",        "", "", "", U, "", "trespass");
    rowAt(Narrow, "02:30", "",     "narrow: no beat, out of hours",  "TRESPASS",        "", "", "", C, "", "", "service");
    rowAt(Narrow, "",      "999",  "narrow: no time, out of area",   "TRESPASS",        "", "", "", C, "", "", "service");
    rowAt(Narrow, "06:00", "212",  "narrow: 06:00 is in",            "PANHANDLING",     "", "", "", U, "", "panhandling");
    rowAt(Narrow, "05:59", "212",  "narrow: 05:59 is out",           "PANHANDLING",     "", "", "", C, "", "", "service");
    rowAt(Narrow, "23:59", "211",  "narrow: 23:59 is in",            "LOUD MUSIC",      "", "", "", U, "", "noise");
    rowAt(Narrow, "00:00", "211",  "narrow: 00:00 is out",           "LOUD MUSIC",      "", "", "", C, "", "", "service");
    rowAt(Narrow, "14:00", "212",  "narrow: PD crash in hours",      "MVA PD",          "", "", "", U, "", "minor_traffic");
    rowAt(Narrow, "02:30", "211",  "narrow: medical 02:30",          "MEDICAL",         "", "", "", U, T, "medical_fire");
    rowAt(Narrow, "10:00", "999",  "narrow: chest pain beat 999",    "CHEST PAIN",      "", "", "", U, T, "medical_fire");
    rowAt(Narrow, "02:30", "211",  "narrow: shots fired stay police", "SHOTS FIRED",    "", "", "", P, "", "shots_fired");
    rowAt(Narrow, "10:00", "999",  "narrow: assault stays police",   "ASSAULT",         "", "", "", P, "", "violent_crime");
    rowAt(Narrow, "02:30", "211",  "narrow: pills stay co-responder", "SUICIDE THREAT", "", "caller says her son has a bottle of pills", "", C, "", "suicide_threat");
    // clang-format on
}

void TstTriageEngine::triage()
{
    QFETCH(QString, ruleSet);
    QFETCH(QString, callType);
    QFETCH(QString, callCode);
    QFETCH(QString, narrative);
    QFETCH(QString, screening);
    QFETCH(QString, time);
    QFETCH(QString, beat);
    QFETCH(QString, kind);
    QFETCH(QString, ems);
    QFETCH(QString, category);
    QFETCH(QString, rule);

    const TriageEngine *eng = engine(ruleSet);
    QVERIFY2(eng, "rule set not loaded");
    QString error;
    const std::optional<Screening> answers = parseScreening(screening, &error);
    QVERIFY2(answers, qPrintable(error));
    QVERIFY2(responseKindFromString(kind), qPrintable(QStringLiteral("bad expected kind ") + kind));

    const Call call = makeCall(callType, callCode, narrative, *answers, time, beat);
    const Suggestion s = eng->triage(call);
    const QByteArray got = describe(s).toUtf8();

    QVERIFY2(toString(s.kind) == kind, got.constData());
    if (!ems.isEmpty())
        QVERIFY2(s.ems == (ems == u"true"), got.constData());
    if (!category.isEmpty())
        QVERIFY2(s.category == category, got.constData());
    if (category == u"unknown")
        QVERIFY2(s.confidence <= 0.4, got.constData());

    // Shape of every suggestion.
    QVERIFY2(s.confidence >= 0.0 && s.confidence <= 1.0, got.constData());
    QVERIFY2(!s.rulesVersion.isEmpty(), got.constData());
    QCOMPARE(s.rulesVersion, eng->rules().version);
    QVERIFY2(!s.reasons.isEmpty(), got.constData());
    for (const Reason &r : s.reasons) {
        QVERIFY2(!r.ruleId.isEmpty(), got.constData());
        QVERIFY2(!r.text.trimmed().isEmpty(), got.constData());
        QVERIFY2(r.text.size() < 160, got.constData());
    }
    if (const CategoryRule *cat = eng->rules().category(s.category))
        QVERIFY2(s.reasons.first().text.contains(cat->label, Qt::CaseInsensitive), got.constData());
    for (const Trigger &t : s.triggers) {
        QVERIFY2(!t.ruleId.isEmpty() && t.length > 0 && t.start >= 0, got.constData());
        if (t.field == CallField::Narrative)
            QVERIFY2(call.narrative.mid(t.start, t.length) == t.text, got.constData());
        else
            QVERIFY2(call.callType.mid(t.start, t.length) == t.text ||
                         call.callCode.mid(t.start, t.length) == t.text,
                     got.constData());
    }

    if (rule.startsWith(u'-'))
        QVERIFY2(triggersOf(s, QStringView(rule).mid(1)).isEmpty(), got.constData());
    else if (!rule.isEmpty())
        QVERIFY2(hasReasonStartingWith(s, rule), got.constData());
}

void TstTriageEngine::triggersAreTheWordsAsWritten()
{
    QVERIFY(m_default);
    const QList<QPair<QString, QString>> cases = {
        {QStringLiteral("Neighbor says her son has a Knife and is yelling at cars"), QStringLiteral("Knife")},
        {QString::fromUtf8(
             "Sra. Mu\xc3\xb1oz \xe2\x80\x94 caf\xc3\xa9 owner \xf0\x9f\x99\x82 says he has a GUN"),
         QStringLiteral("GUN")},
        {QStringLiteral("caller:  the  man\thas   a  pistol  in his belt"), QStringLiteral("pistol")},
    };
    for (const auto &[narrative, word] : cases) {
        const Call call = makeCall(QStringLiteral("WELFARE CHECK"), QString(), narrative, {});
        const Suggestion s = m_default->triage(call);
        const QByteArray got = (narrative + QStringLiteral(" -> ") + describe(s)).toUtf8();
        QVERIFY2(s.kind == ResponseKind::Police, got.constData());
        const QList<Trigger> weapon = triggersOf(s, u"weapon");
        QVERIFY2(!weapon.isEmpty(), got.constData());
        bool found = false;
        for (const Trigger &t : weapon) {
            QVERIFY2(t.field == CallField::Narrative, got.constData());
            QVERIFY2(t.start >= 0 && t.start + t.length <= narrative.size(), got.constData());
            QCOMPARE(narrative.mid(t.start, t.length), t.text);
            found = found || t.text.contains(word); // case as written
        }
        QVERIFY2(found, got.constData());
    }

    // Two mentions: two triggers at two places, both as written.
    const QString twice = QStringLiteral("he has a gun, his brother also has a Gun");
    const Suggestion s = m_default->triage(makeCall(QStringLiteral("TRESPASS"), QString(), twice, {}));
    const QList<Trigger> weapon = triggersOf(s, u"weapon");
    QVERIFY2(weapon.size() >= 2, describe(s).toUtf8().constData());
    QSet<int> starts;
    for (const Trigger &t : weapon) {
        QCOMPARE(twice.mid(t.start, t.length), t.text);
        starts.insert(t.start);
    }
    QVERIFY2(starts.size() >= 2, describe(s).toUtf8().constData());
}

void TstTriageEngine::negatedMentionHasNoTrigger()
{
    QVERIFY(m_default);
    // The negated "weapons" must not be a trigger; the knife after "but" must.
    const QString narrative = QStringLiteral("neighbor says no weapons, but the son has a knife");
    const Suggestion s =
        m_default->triage(makeCall(QStringLiteral("WELFARE CHECK"), QString(), narrative, {}));
    const QByteArray got = describe(s).toUtf8();
    QVERIFY2(s.kind == ResponseKind::Police, got.constData());
    const QList<Trigger> weapon = triggersOf(s, u"weapon");
    QVERIFY2(!weapon.isEmpty(), got.constData());
    for (const Trigger &t : weapon) {
        QVERIFY2(t.start > narrative.indexOf(u"but"), got.constData());
        QVERIFY2(!t.text.contains(u"weapons"), got.constData());
    }

    // Fully negated: no weapon trigger at all.
    for (const char *text : {"denies having a gun, just upset", "no weapons seen, talking to himself",
                             "Weapon: none. Crying on the bench", "he is unarmed and calm"}) {
        const Suggestion n = m_default->triage(makeCall("MENTAL PERSON", text));
        QVERIFY2(triggersOf(n, u"weapon").isEmpty(),
                 (str(text) + QStringLiteral(" -> ") + describe(n)).toUtf8().constData());
        QVERIFY2(n.kind == ResponseKind::Unarmed,
                 (str(text) + QStringLiteral(" -> ") + describe(n)).toUtf8().constData());
    }
}

void TstTriageEngine::weaponOutcomeHasWeaponReason()
{
    QVERIFY(m_default);
    const Suggestion fromText = m_default->triage(makeCall("NOISE COMPLAINT", "the neighbor has a gun"));
    QVERIFY2(fromText.kind == ResponseKind::Police, describe(fromText).toUtf8().constData());
    QVERIFY2(hasReasonStartingWith(fromText, u"weapon"), describe(fromText).toUtf8().constData());
    bool exact = false;
    for (const Reason &r : fromText.reasons)
        exact = exact || r.ruleId == u"weapon";
    QVERIFY2(exact, describe(fromText).toUtf8().constData());

    const Suggestion fromScreen = m_default->triage(
        makeCall("NOISE COMPLAINT", "loud music next door", screeningOf({{Screen::Weapon, Answer::Yes}})));
    QVERIFY2(fromScreen.kind == ResponseKind::Police, describe(fromScreen).toUtf8().constData());
    exact = false;
    for (const Reason &r : fromScreen.reasons)
        exact = exact || r.ruleId == u"weapon";
    QVERIFY2(exact, describe(fromScreen).toUtf8().constData());
}

void TstTriageEngine::deterministic()
{
    QVERIFY(m_default && m_narrow);
    QString error;
    auto again = unwrap(RuleSetLoader::loadBuiltIn(), &error);
    QVERIFY2(again, qPrintable(error));
    const TriageEngine second(again);

    const QList<Call> calls = {
        makeCall("WELFARE CHECK", "neighbor says he has a Knife, not sure if he is violent"),
        makeCall("SUICIDE THREAT", "caller says her son has a bottle of pills"),
        makeCall("MVA", "two cars, no injuries"),
        makeCall("MISC", ""),
        makeCall("MISC", "caller requests a welfare check on her elderly neighbor, no weapons or violence"),
        makeCall("MEDICAL", "patient is not breathing"),
        makeCall(QStringLiteral("TRESPASS"), QString(), QStringLiteral("man refuses to leave"), {},
                 QStringLiteral("02:30"), QStringLiteral("211")),
    };
    for (const Call &call : calls) {
        const Suggestion a = m_default->triage(call);
        const Suggestion b = m_default->triage(call);
        QVERIFY2(a == b, (describe(a) + QStringLiteral(" vs ") + describe(b)).toUtf8().constData());
        const Suggestion c = second.triage(call);
        QVERIFY2(a == c, (describe(a) + QStringLiteral(" vs ") + describe(c)).toUtf8().constData());
        QVERIFY(m_narrow->triage(call) == m_narrow->triage(call));
    }
}

// Triaging call after call into one Suggestion, as the command line does, gives what a fresh one gets:
// more reasons and triggers than the last call, then fewer, then none; and a copy kept of an earlier
// suggestion is not written over.
void TstTriageEngine::reusedSuggestionIsTheSame()
{
    QVERIFY(m_default && m_narrow);
    const QList<Call> calls = {
        makeCall("MVA", "two cars, no injuries"),
        makeCall("WELFARE CHECK", "he has a knife and a gun, hit his brother with a bottle, shots heard"),
        makeCall("SUICIDE THREAT", "caller says her son has a bottle of pills"),
        makeCall("MISC", ""),
        makeCall("WELFARE CHECK", "neighbor says he has a Knife, not sure if he is violent"),
        makeCall("SHOUTS FIRED", ""),
        makeCall(QStringLiteral("TRESPASS"), QString(), QStringLiteral("man refuses to leave"), {},
                 QStringLiteral("02:30"), QStringLiteral("211")),
    };
    for (const TriageEngine *engine : {m_default.get(), m_narrow.get()}) {
        Suggestion reused;
        QList<Suggestion> kept;
        for (int round = 0; round < 2; ++round) {
            for (const Call &call : calls) {
                engine->triage(call, reused);
                const Suggestion fresh = engine->triage(call);
                QVERIFY2(reused == fresh,
                         (describe(reused) + QStringLiteral(" vs ") + describe(fresh)).toUtf8().constData());
                kept.append(reused);
            }
        }
        for (qsizetype i = 0; i < kept.size(); ++i)
            QVERIFY(kept[i] == engine->triage(calls[i % calls.size()]));
    }
}

void TstTriageEngine::rulesVersion()
{
    QVERIFY(m_default && m_narrow);
    QString error;
    auto again = unwrap(RuleSetLoader::loadBuiltIn(), &error);
    QVERIFY2(again, qPrintable(error));
    QVERIFY(!m_default->rules().version.isEmpty());
    QCOMPARE(again->version, m_default->rules().version);
    QVERIFY(!m_narrow->rules().version.isEmpty());
    QVERIFY(m_narrow->rules().version != m_default->rules().version);

    const Call call = makeCall("NOISE COMPLAINT", "");
    QCOMPARE(m_default->triage(call).rulesVersion, m_default->rules().version);
    QCOMPARE(m_narrow->triage(call).rulesVersion, m_narrow->rules().version);
}

void TstTriageEngine::narrowedSetExplainsHoursAndArea()
{
    QVERIFY(m_narrow);
    const auto call = [](const char *time, const char *beat) {
        return makeCall(QStringLiteral("TRESPASS"), QString(),
                        QStringLiteral("man refuses to leave the lobby"), {}, str(time), str(beat));
    };

    const Suggestion night = m_narrow->triage(call("02:30", "211"));
    QVERIFY2(night.kind == ResponseKind::CoResponder, describe(night).toUtf8().constData());
    bool hours = false;
    for (const Reason &r : night.reasons)
        hours = hours || (r.ruleId.startsWith(u"service") && r.text.contains(u"06:00-24:00"));
    QVERIFY2(hours, describe(night).toUtf8().constData());

    const Suggestion away = m_narrow->triage(call("10:00", "999"));
    QVERIFY2(away.kind == ResponseKind::CoResponder, describe(away).toUtf8().constData());
    bool area = false;
    for (const Reason &r : away.reasons)
        area = area || (r.ruleId.startsWith(u"service") &&
                        (r.text.contains(u"area", Qt::CaseInsensitive) ||
                         r.text.contains(u"beat", Qt::CaseInsensitive) || r.text.contains(u"999")));
    QVERIFY2(area, describe(away).toUtf8().constData());

    const Suggestion day = m_narrow->triage(call("10:00", "211"));
    QVERIFY2(day.kind == ResponseKind::Unarmed, describe(day).toUtf8().constData());
    QCOMPARE(day.category, QStringLiteral("trespass"));

    // The same calls under the default set are unarmed: it covers the whole city around the clock.
    QCOMPARE(toString(m_default->triage(call("02:30", "211")).kind), toString(ResponseKind::Unarmed));
    QCOMPARE(toString(m_default->triage(call("10:00", "999")).kind), toString(ResponseKind::Unarmed));
}

void TstTriageEngine::confidenceOrdering()
{
    QVERIFY(m_default);
    const char *narrative = "caller requests a welfare check on her elderly neighbor, no weapons or violence";
    const Suggestion byType = m_default->triage(makeCall("WELFARE CHECK", narrative));
    const Suggestion byCode =
        m_default->triage(makeCall(QStringLiteral("MISC"), QStringLiteral("WELCK"), str(narrative), {}));
    const Suggestion byNarrative = m_default->triage(makeCall("MISC", narrative));
    const Suggestion doubt = m_default->triage(makeCall("MISC", ""));
    const QByteArray all =
        (describe(byType) + QStringLiteral("\n") + describe(byCode) + QStringLiteral("\n") +
         describe(byNarrative) + QStringLiteral("\n") + describe(doubt))
            .toUtf8();

    QCOMPARE(byType.category, QStringLiteral("welfare_check"));
    QCOMPARE(byCode.category, QStringLiteral("welfare_check"));
    QCOMPARE(byNarrative.category, QStringLiteral("welfare_check"));
    QCOMPARE(toString(byNarrative.kind), toString(ResponseKind::Unarmed));
    QCOMPARE(doubt.category, QStringLiteral("generic"));
    QCOMPARE(toString(doubt.kind), toString(ResponseKind::Police));
    QVERIFY(doubt.needsScreening);
    QVERIFY(!byType.needsScreening);

    QVERIFY2(byType.confidence > byNarrative.confidence, all.constData());
    QVERIFY2(byCode.confidence > byNarrative.confidence, all.constData());
    QVERIFY2(byNarrative.confidence > doubt.confidence, all.constData());
    QVERIFY2(doubt.confidence <= 0.4, all.constData());
}

QTEST_GUILESS_MAIN(TstTriageEngine)
#include "tst_triageengine.moc"
