#pragma once

#include "narrativetemplate.h"

#include <QString>
#include <QStringView>

#include <array>
#include <initializer_list>
#include <vector>

namespace rr {

class Random;

// Broad families of calls, used to shape the mix and by tests.
enum class ScenarioGroup
{
    QualityOfLife, // Durham's nine quality-of-life and mental-health call types (~15% of police calls)
    Considered,    // types considered next for an unarmed response: noise, disturbance, drug use
    Traffic,
    Assistance, // general assistance, follow-ups, lockouts, found property
    Police,     // property crime, alarms, suspicious persons, violent crime, DV, ...
    MedicalFire,
};

// One way a city writes a call type: its description and, in some exports, a code.
struct CallTypeVariant
{
    QString type; // "WELFARE CHECK", "Well Ck N-Urgent"
    QString code; // "WELCK", "5150"; empty when this wording comes without a code
    int weight = 1;
};

// One kind of call the generator can produce: how cities label it, how call-takers describe it, how
// urgent it is and which tricky details it may carry.
struct Scenario
{
    QString id;     // "welfare_check"
    int weight = 0; // calls per 1,000
    ScenarioGroup group = ScenarioGroup::Police;
    int priority = 3;      // usual priority, 1 (emergency) .. 4
    bool eligible = false; // looks like an unarmed-team call, so it may hide a disqualifier
    QString negations;     // screen letters (see NarrativeTemplate) of reassuring phrases that fit
    QString disqualifiers; // screen letters of disqualifying details that may be slipped in
    std::vector<CallTypeVariant> types;
    int typeWeightTotal = 0;
    std::vector<NarrativeTemplate> narratives;
};

// The built-in tables of scenarios, call-type wordings, narrative templates and phrase fragments,
// built once on first use and then read-only (safe to share between threads).
class ScenarioCatalog
{
public:
    static const ScenarioCatalog &instance();

    const std::vector<Scenario> &scenarios() const { return m_scenarios; }
    const Scenario *find(QStringView id) const;
    // The share of calls (0..1) the mix gives to a group.
    double share(ScenarioGroup group) const;

    const Scenario &pick(Random &random) const;
    const CallTypeVariant &pickType(const Scenario &scenario, Random &random) const;
    // A reassuring phrase ("No weapons seen.", "Not a domestic.") for a screen.
    const NarrativeTemplate &negation(int screen, Random &random) const;
    // A detail that disqualifies an unarmed response for a screen ("Has a knife in his hand.").
    const NarrativeTemplate &disqualifier(int screen, Random &random) const;
    // A neutral detail ("Caller requests contact.").
    const NarrativeTemplate &detail(Random &random) const;
    // Call-type wordings that say nothing ("MISC", "OTHER", "").
    const CallTypeVariant &unknownType(Random &random) const;
    // Street names for addresses ("MAIN ST", "N ROXBORO ST").
    const std::vector<QString> &streets() const { return m_streets; }

private:
    ScenarioCatalog();
    void addSlots();
    void addFragments();
    void addScenarios();
    void addPoliceScenarios();
    void addOtherScenarios();
    struct TypeDef
    {
        const char16_t *type;
        const char16_t *code;
        int weight;
    };
    void addScenario(const char16_t *id, int weight, ScenarioGroup group, int priority,
                     const char16_t *negations, const char16_t *disqualifiers,
                     std::initializer_list<TypeDef> types,
                     std::initializer_list<const char16_t *> narratives);
    std::vector<NarrativeTemplate> compile(std::initializer_list<const char16_t *> texts) const;

    std::vector<SlotTable> m_slots; // filled before any template is compiled: templates point into it
    std::vector<Scenario> m_scenarios;
    std::vector<int> m_cumulative; // running sum of scenario weights, for pick()
    std::array<std::vector<NarrativeTemplate>, 6> m_negations;
    std::array<std::vector<NarrativeTemplate>, 6> m_disqualifiers;
    std::vector<NarrativeTemplate> m_details;
    std::vector<CallTypeVariant> m_unknownTypes;
    std::vector<QString> m_streets;
};

} // namespace rr
