#include "scenariocatalog.h"

#include "random.h"

#include <algorithm>

namespace rr {

namespace {

QString text(const char16_t *s)
{
    return QString::fromUtf16(s);
}

std::vector<QString> texts(std::initializer_list<const char16_t *> list)
{
    std::vector<QString> out;
    out.reserve(list.size());
    for (const char16_t *s : list)
        out.push_back(text(s));
    return out;
}

template <typename T> const T &pickFrom(const std::vector<T> &items, Random &random)
{
    return items[random.below(quint32(items.size()))];
}

} // namespace

const ScenarioCatalog &ScenarioCatalog::instance()
{
    static const ScenarioCatalog catalog; // thread-safe initialisation (C++11 magic statics)
    return catalog;
}

ScenarioCatalog::ScenarioCatalog()
{
    addSlots();
    addFragments();
    addScenarios();
    int sum = 0;
    m_cumulative.reserve(m_scenarios.size());
    for (const Scenario &scenario : m_scenarios) {
        sum += scenario.weight;
        m_cumulative.push_back(sum);
    }
}

std::vector<NarrativeTemplate> ScenarioCatalog::compile(std::initializer_list<const char16_t *> list) const
{
    std::vector<NarrativeTemplate> out;
    out.reserve(list.size());
    for (const char16_t *s : list)
        out.emplace_back(QStringView(s), m_slots);
    return out;
}

void ScenarioCatalog::addScenario(const char16_t *id, int weight, ScenarioGroup group, int priority,
                                  const char16_t *negations, const char16_t *disqualifiers,
                                  std::initializer_list<TypeDef> types,
                                  std::initializer_list<const char16_t *> narratives)
{
    Scenario scenario;
    scenario.id = text(id);
    scenario.weight = weight;
    scenario.group = group;
    scenario.priority = priority;
    scenario.negations = text(negations);
    scenario.disqualifiers = text(disqualifiers);
    scenario.eligible = !scenario.disqualifiers.isEmpty();
    for (const TypeDef &type : types) {
        scenario.types.push_back({text(type.type), text(type.code), type.weight});
        scenario.typeWeightTotal += type.weight;
    }
    scenario.narratives = compile(narratives);
    Q_ASSERT(!scenario.types.empty() && !scenario.narratives.empty());
    m_scenarios.push_back(std::move(scenario));
}

const Scenario *ScenarioCatalog::find(QStringView id) const
{
    for (const Scenario &scenario : m_scenarios) {
        if (scenario.id == id)
            return &scenario;
    }
    return nullptr;
}

double ScenarioCatalog::share(ScenarioGroup group) const
{
    int inGroup = 0;
    for (const Scenario &scenario : m_scenarios) {
        if (scenario.group == group)
            inGroup += scenario.weight;
    }
    return double(inGroup) / double(m_cumulative.back());
}

const Scenario &ScenarioCatalog::pick(Random &random) const
{
    const int draw = int(random.below(quint32(m_cumulative.back())));
    const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), draw);
    return m_scenarios[std::size_t(it - m_cumulative.begin())];
}

const CallTypeVariant &ScenarioCatalog::pickType(const Scenario &scenario, Random &random) const
{
    int draw = int(random.below(quint32(scenario.typeWeightTotal)));
    for (const CallTypeVariant &type : scenario.types) {
        draw -= type.weight;
        if (draw < 0)
            return type;
    }
    return scenario.types.back();
}

const NarrativeTemplate &ScenarioCatalog::negation(int screen, Random &random) const
{
    return pickFrom(m_negations[std::size_t(screen)], random);
}

const NarrativeTemplate &ScenarioCatalog::disqualifier(int screen, Random &random) const
{
    return pickFrom(m_disqualifiers[std::size_t(screen)], random);
}

const NarrativeTemplate &ScenarioCatalog::detail(Random &random) const
{
    return pickFrom(m_details, random);
}

const CallTypeVariant &ScenarioCatalog::unknownType(Random &random) const
{
    return pickFrom(m_unknownTypes, random);
}

void ScenarioCatalog::addSlots()
{
    m_streets =
        texts({u"MAIN ST",          u"W MAIN ST",     u"E MAIN ST",      u"N DUKE ST",
               u"S DUKE ST",        u"N ROXBORO ST",  u"S ROXBORO ST",   u"FAYETTEVILLE ST",
               u"W CHAPEL HILL ST", u"N ALSTON AVE",  u"S ALSTON AVE",   u"N GREGSON ST",
               u"HOLLOWAY ST",      u"ANGIER AVE",    u"ROXBORO RD",     u"GUESS RD",
               u"HILLSBOROUGH RD",  u"ERWIN RD",      u"UNIVERSITY DR",  u"MARTIN LUTHER KING JR PKWY",
               u"CORNWALLIS RD",    u"LAKEWOOD AVE",  u"N MANGUM ST",    u"W PETTIGREW ST",
               u"E PETTIGREW ST",   u"PEABODY ST",    u"MORGAN ST",      u"NINTH ST",
               u"BROAD ST",         u"W GEER ST",     u"W CLUB BLVD",    u"N MIAMI BLVD",
               u"S MIAMI BLVD",     u"CHURCH ST",     u"ELLIS RD",       u"FAYETTEVILLE RD",
               u"RIDDLE RD",        u"BRIGGS AVE",    u"ALEXANDER AVE",  u"COLE MILL RD",
               u"INDIAN TRL",       u"MERIDIAN PKWY", u"GARRETT RD",     u"HOPE VALLEY RD",
               u"WOODCROFT PKWY",   u"NC 55 HWY",     u"US 15-501 HWY",  u"NEWTON DR",
               u"LIBERTY ST",       u"DOWD ST",       u"CHAPEL HILL RD", u"CARVER ST",
               u"MIDLAND TER",      u"OLD OXFORD RD", u"DEARBORN DR",    u"GLENN RD",
               u"RAYNOR ST",        u"TAYLOR ST",     u"JUNCTION RD",    u"CAMDEN AVE",
               u"KENT ST",          u"WATTS ST",      u"BUCHANAN BLVD"});
    m_slots = {
        {text(u"m"), texts({u"W/M 40s", u"B/M approx 30", u"H/M 20s", u"an older white male", u"a black male",
                            u"a male subj", u"an elderly male", u"a man", u"a young male", u"W/M approx 55",
                            u"B/M 50s", u"a male in his 60s", u"a heavyset male", u"a thin male"})},
        {text(u"f"), texts({u"W/F 30s", u"B/F approx 45", u"H/F 20s", u"an older woman", u"a black female",
                            u"a female subj", u"an elderly female", u"a woman", u"a young female",
                            u"W/F approx 60", u"a female in her 50s"})},
        {text(u"who"), texts({u"Caller", u"RP", u"Comp", u"Caller", u"Neighbor", u"Store manager",
                              u"Security guard", u"Caller", u"Employee", u"Passerby"})},
        {text(u"loc"),
         texts({u"in front of the store", u"at the bus stop", u"behind the building", u"in the parking lot",
                u"on the front porch", u"in the lobby", u"near the gas pumps", u"at the park entrance",
                u"by the dumpsters", u"in the breezeway", u"outside the library", u"at the corner",
                u"under the bridge", u"near the ATM", u"in the stairwell"})},
        {text(u"biz"),
         texts({u"Food Lion", u"the Circle K", u"Walgreens", u"the public library", u"Dollar General",
                u"McDonald's", u"the laundromat", u"the bus station", u"Harris Teeter", u"the Shell station",
                u"the Family Dollar", u"the Waffle House"})},
        {text(u"clo"), texts({u"a red hoodie", u"blue jeans and a white t-shirt", u"a black jacket",
                              u"gray sweatpants", u"a green army jacket", u"no shirt", u"a yellow raincoat",
                              u"dark clothing", u"a Hornets jersey", u"a hospital gown"})},
        {text(u"veh"), texts({u"silver Honda Civic", u"black pickup truck", u"white van",
                              u"red Nissan Altima", u"blue SUV", u"gold Toyota Camry", u"green Ford Explorer",
                              u"black Dodge Charger", u"gray Hyundai Elantra", u"white Chevy Malibu"})},
        {text(u"min"), texts({u"5", u"10", u"15", u"20", u"30", u"45"})},
        {text(u"n"), texts({u"2", u"3", u"4", u"5", u"several"})},
        {text(u"days"), texts({u"2", u"3", u"4", u"several", u"a few"})},
        {text(u"item"), texts({u"a wallet", u"a cell phone", u"a backpack", u"a set of keys", u"a purse",
                               u"a bicycle", u"a laptop bag", u"a debit card"})},
        {text(u"tag"), texts({u"NC tag unk", u"partial tag JKM", u"tag HBT-4471", u"tag PLM-2290",
                              u"VA tag UWX-318", u"tag not seen"})},
        {text(u"st"), m_streets},
    };
}

void ScenarioCatalog::addFragments()
{
    const std::size_t w = 0, v = 1, i = 2, s = 3, d = 4, c = 5; // the order of rr::Screen
    m_negations[w] =
        compile({u"No weapons seen.{-w}", u"Denies having a gun.{-w}", u"Subj is unarmed.{-w}",
                 u"Weapon: none.{-w}", u"No weapons mentioned.{-w}", u"Caller did not see a weapon.{-w}",
                 u"Nothing in his hands.{-w}", u"No guns in the home per caller.{-w}", u"Weapons: neg.{-w}"});
    m_negations[v] = compile({u"He is not violent.{-v}", u"Not aggressive, just confused.{-v}",
                              u"No threats made.{-v}", u"Has not hurt anyone.{-v}", u"Calm at this time.{-v}",
                              u"Non-violent per caller.{-v}", u"Not combative.{-v}"});
    m_negations[i] = compile({u"No injuries.{-i}", u"No one hurt.{-i}", u"Not injured per caller.{-i}",
                              u"Injuries: none.{-i}", u"Denies injury.{-i}"});
    m_negations[s] =
        compile({u"Denies thoughts of self harm.{-s}", u"Not suicidal per caller.{-s}",
                 u"No plan or means per caller.{-s}", u"Subj says they will not hurt themselves.{-s}"});
    m_negations[d] =
        compile({u"Not a domestic.{-d}", u"Not related to caller.{-d}", u"No relationship to the subj.{-d}",
                 u"Caller does not know the subj.{-d}", u"Not domestic related.{-d}"});
    m_negations[c] =
        compile({u"Not in progress.{-c}", u"Subj already left the area.{-c}", u"Occurred earlier, GOA.{-c}",
                 u"Nothing taken.{-c}", u"No crime in progress.{-c}"});

    m_disqualifiers[w] =
        compile({u"Subj has a knife in his hand.{!w}", u"Caller saw a gun in his waistband.{!w}",
                 u"Subj is waving a machete.{!w}{!v}", u"Possibly armed with a handgun.{!w}",
                 u"Has a box cutter out.{!w}", u"Swinging a bat at cars.{!w}{!v}"});
    m_disqualifiers[v] =
        compile({u"He punched the caller in the face.{!v}", u"Subj is fighting with security.{!v}",
                 u"Threatening to kill the caller.{!v}", u"Throwing rocks at people.{!v}",
                 u"Subj assaulted a customer.{!v}"});
    m_disqualifiers[i] =
        compile({u"Subj fell and is bleeding from the head.{!i}", u"Unresponsive, barely breathing.{!i}",
                 u"Has a large cut on his arm, bleeding heavily.{!i}", u"Subj was hit by a car.{!i}",
                 u"Having a seizure now.{!i}"});
    m_disqualifiers[s] = compile(
        {u"Has a bottle of pills and says she will take all of them.{!s}",
         u"Threatening to jump from the parking deck.{!s}", u"Cut his wrists, bleeding.{!s}{!i}",
         u"Says he will shoot himself, has a gun in the house.{!s}{!w}",
         u"Standing on the bridge railing.{!s}", u"Took a handful of pills about {min} min ago.{!s}{!i}"});
    m_disqualifiers[d] = compile({u"Subj is the caller's ex-boyfriend and hit her last week.{!d}{!v}",
                                  u"Her husband is yelling and shoved her.{!d}{!v}",
                                  u"Caller has a protective order against him.{!d}"});
    m_disqualifiers[c] =
        compile({u"He is breaking into cars right now.{!c}", u"Subj is inside the closed business now.{!c}",
                 u"Kicking in the door at this time.{!c}", u"Stealing items from the store now.{!c}",
                 u"Subj is spray painting the wall now.{!c}"});

    m_details =
        compile({u"Caller requests contact.", u"RP wishes to remain anon.", u"Callback on file.",
                 u"Caller will meet officer out front.", u"Ongoing issue per caller.",
                 u"Third call today about this.", u"Subj last seen {loc}.", u"Wearing {clo}.",
                 u"Occurred about {min} min ago.", u"Caller is a passerby.",
                 u"Advised caller to call back if anything changes.", u"Language line used, Spanish."});

    m_unknownTypes = {{text(u"MISC"), text(u"MISC"), 1},
                      {text(u"OTHER"), QString(), 1},
                      {QString(), QString(), 1},
                      {text(u"UNKNOWN"), text(u"UNK"), 1},
                      {text(u"Misc Call"), QString(), 1},
                      {text(u"CALL FOR SERVICE"), text(u"CFS"), 1},
                      {text(u"INVESTIGATE"), text(u"INV"), 1}};
}

} // namespace rr
