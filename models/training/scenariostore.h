#pragma once

#include "core/result.h"
#include "scenario.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rr {

class PgConnection;

// One scenario of the library as a list shows it: its latest version and what it holds.
struct ScenarioSummary
{
    QString name;
    int version = 0;  // the latest
    int versions = 0; // how many there are
    QString description;
    QStringList tags;
    QString source;
    QString rulesVersion;
    int callCount = 0;
    qint64 durationMs = 0;
    QString createdBy; // of the latest version
    QDateTime createdAt;
};

// The training library (training.scenarios, migration 0009): adds scenarios, one row per version, lists them
// and loads one. Only trainers and administrators may add, and trainers, supervisors and administrators read;
// the database refuses anyone else (a dispatcher), and the failure says so. What is stored is checked first
// (ScenarioJson::validate). Blocking calls on the connection it is given: the CLI or a worker thread, never
// the GUI thread.
class ScenarioStore
{
public:
    explicit ScenarioStore(PgConnection &connection);

    // Stores a scenario under a name not yet in the library, as version 1 (whatever its version field says).
    // Returns it as stored. Refuses a name already taken, naming its latest version.
    Result<Scenario> add(const Scenario &scenario);
    // Stores the next version of a scenario already in the library (its key or calls edited).
    Result<Scenario> addVersion(const Scenario &scenario);
    // Every scenario's latest version, by name.
    Result<QList<ScenarioSummary>> list();
    // A scenario: the given version, else the latest. Fails naming what is missing.
    Result<Scenario> load(const QString &name, std::optional<int> version = std::nullopt);
    // Whether a scenario of that name is in the library.
    Result<bool> contains(const QString &name);

private:
    Result<Scenario> insert(const Scenario &scenario, bool newVersion);

    PgConnection &m_conn;
};

} // namespace rr
