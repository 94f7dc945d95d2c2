#pragma once

#include "arrivalprocess.h"
#include "random.h"

#include "domain/call.h"

#include <QDateTime>
#include <QString>

#include <array>
#include <vector>

namespace rr {

class ScenarioCatalog;
struct Scenario;

struct GeneratorOptions
{
    quint64 seed = 1;
    QDateTime start;            // invalid: 2024-01-01T00:00 local time
    double callsPerDay = 350.0; // average over a day; not positive or not finite: 350
    QString idPrefix; // empty: "<year>-"; else ids are this prefix and the sequence ("SIM-1012-000001")
};

// Produces realistic synthetic 911 calls, one at a time, for the CLI's `generate`, the demo, tests and
// benchmarks. The same options give the same calls on every platform: the generator uses its own PRNG and
// sampling (see Random) and fixed, built-in tables (see ScenarioCatalog).
//
// What the calls look like:
//  - a call-type mix shaped on Durham's published figures (nine quality-of-life / mental-health types ~15%),
//    with other cities' wordings and codes ("Well Ck N-Urgent", "5150", "415"), odd case and misspellings,
//    and ~4% with a type that says nothing ("MISC", "OTHER", "") so that only the narrative tells;
//  - narratives of 40-250 characters, with reassuring negations ("No weapons seen.", "Not a domestic.") and,
//    on ~12% of calls that look like unarmed-team calls, a detail that disqualifies them (a weapon,
//    violence, self-harm with means, an injury, a crime in progress);
//  - screening answers on ~40% of calls, consistent with the narrative except ~6% of those, where one
//    answer contradicts it (the explicit answer is meant to win);
//  - priority 1 (emergency) .. 4;
//  - "1200 BLOCK OF MAIN ST" style addresses (or "MAIN ST & DUKE ST"), coordinates inside Durham's box
//    (lat 35.90..36.08, lon -79.00..-78.80, 6 decimals; missing on ~3% of calls) and a beat "DSB" derived
//    from the coordinates: D = district 1..5 from west to east, S = sector 1..3 from south to north,
//    B = beat 1..5 within the district from west to east ("111".."535");
//  - ids "<year>-<sequence>", the sequence counting from 000001 in each calendar year of the calls;
//  - arrival times from ArrivalProcess (daily rhythm, `callsPerDay` on average, non-decreasing).
// Not thread-safe: use one generator per thread. Cheap to construct once the shared tables exist.
class CallGenerator
{
public:
    explicit CallGenerator(GeneratorOptions options);

    Call next();

    // The scenario id of the last call ("welfare_check"), empty before the first; see ScenarioCatalog.
    const QString &lastScenario() const { return m_lastScenario; }

private:
    using Truth = std::array<Answer, ScreenCount>;

    void buildNarrative(const Scenario &scenario, Truth &truth, bool &disqualified);
    void fillType(Call &call, const Scenario &scenario);
    int priorityFor(const Scenario &scenario, bool disqualified);
    void fillLocation(Call &call);
    void fillScreening(Call &call, const Truth &truth);
    QString nextId(int year);
    void addTypo(qsizetype from, qsizetype to);

    const ScenarioCatalog &m_catalog;
    Random m_random;
    ArrivalProcess m_arrivals;
    QString m_lastScenario;
    QString m_buffer;              // narrative scratch space, reused between calls
    std::vector<QString> m_blocks; // "100 BLOCK OF " .. "4900 BLOCK OF "
    std::vector<QString> m_beats;  // "111" .. "535"
    int m_year = 0;
    QString m_yearPrefix; // "2024-"
    int m_sequence = 0;
    QString m_idPrefix;
};

} // namespace rr
