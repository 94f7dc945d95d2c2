#pragma once

#include "core/result.h"
#include "scenario.h"

namespace rr {

class PgConnection;

// The scenario `rightresponse --demo` ships: thirty calls over ten minutes written for the demo
// (resources/training/demo-scenario.json, compiled in as ":/training/demo-scenario.json").
Result<Scenario> demoScenario();

// Adds the demo scenario to the library unless one of its name is there already. True when it added it.
// Blocking: a worker thread or the CLI.
Result<bool> installDemoScenario(PgConnection &connection);

} // namespace rr
