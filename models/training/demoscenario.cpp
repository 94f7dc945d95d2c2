#include "demoscenario.h"

#include "scenariojson.h"
#include "scenariostore.h"

#include <QFile>

namespace rr {

Result<Scenario> demoScenario()
{
    return ScenarioJson::readFile(QStringLiteral(":/training/demo-scenario.json"));
}

Result<bool> installDemoScenario(PgConnection &connection)
{
    const Result<Scenario> scenario = demoScenario();
    if (!scenario)
        return scenario.failure();
    ScenarioStore store(connection);
    const Result<bool> present = store.contains(scenario->name);
    if (!present)
        return present.failure();
    if (*present)
        return false;
    if (const Result<Scenario> added = store.add(*scenario); !added)
        return added.failure();
    return true;
}

} // namespace rr
