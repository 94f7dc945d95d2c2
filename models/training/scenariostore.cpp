#include "scenariostore.h"

#include <QCoreApplication>

#include "scenariojson.h"
#include "store/pgconnection.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace rr {

namespace {
// The catalogues' context of this file's texts (free functions have no tr() of their own).
struct ScenarioStoreText
{
    Q_DECLARE_TR_FUNCTIONS(rr::ScenarioStore)
};
} // namespace

namespace {

constexpr char kInsertColumns[] =
    "INSERT INTO training.scenarios (name, version, description, tags, source, rules_version, call_count, "
    "duration_ms, body) ";

QByteArray tagsJson(const QStringList &tags)
{
    return QJsonDocument(QJsonArray::fromStringList(tags)).toJson(QJsonDocument::Compact);
}

QStringList tagsFrom(const QString &json)
{
    QStringList tags;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        tags << v.toString();
    return tags;
}

bool refused(const PgResult &r)
{
    return r.sqlState() == u"42501";
}

Failure readFailure(const PgResult &r, const PgConnection &conn)
{
    if (refused(r))
        return Failure{
            ScenarioStoreText::tr("the training library is for trainers, supervisors and administrators; %1 "
                                  "may not read it")
                .arg(conn.userName())};
    return Failure{r.error()};
}

} // namespace

ScenarioStore::ScenarioStore(PgConnection &connection) : m_conn(connection) {}

Result<Scenario> ScenarioStore::add(const Scenario &scenario)
{
    return insert(scenario, false);
}

Result<Scenario> ScenarioStore::addVersion(const Scenario &scenario)
{
    return insert(scenario, true);
}

Result<Scenario> ScenarioStore::insert(const Scenario &scenario, bool newVersion)
{
    if (Result<void> valid = ScenarioJson::validate(scenario); !valid)
        return Failure{ScenarioStoreText::tr("scenario %1: %2").arg(scenario.name, valid.error())};
    // The body's version is the row's: set in SQL, where the next version is known.
    const QList<PgParam> params = {scenario.name,           scenario.description,
                                   tagsJson(scenario.tags), scenario.source,
                                   scenario.rulesVersion,   int(scenario.calls.size()),
                                   scenario.durationMs(),   ScenarioJson::toJson(scenario)};
    const QByteArray sql =
        newVersion
            ? QByteArray(kInsertColumns) +
                  "SELECT $1, v.latest + 1, $2, ARRAY(SELECT jsonb_array_elements_text($3::jsonb)), $4, $5, "
                  "$6, "
                  "$7, jsonb_set($8::jsonb, '{version}', to_jsonb(v.latest + 1)) FROM (SELECT max(version) "
                  "AS latest FROM training.scenarios WHERE name = $1) v WHERE v.latest IS NOT NULL "
                  "RETURNING version"
            : QByteArray(kInsertColumns) +
                  "VALUES ($1, 1, $2, ARRAY(SELECT jsonb_array_elements_text($3::jsonb)), $4, $5, $6, $7, "
                  "jsonb_set($8::jsonb, '{version}', '1')) RETURNING version";
    PgResult r = m_conn.exec(sql.constData(), params);
    if (!r.ok()) {
        if (refused(r))
            return Failure{
                ScenarioStoreText::tr("only trainers and administrators may add to the training library; %1 "
                                      "may not")
                    .arg(m_conn.userName())};
        if (r.sqlState() == u"23505" && !newVersion) {
            const Result<Scenario> existing = load(scenario.name);
            return Failure{
                ScenarioStoreText::tr("a scenario named %1 is already in the library (version %2): give "
                                      "another name")
                    .arg(scenario.name)
                    .arg(existing ? existing->version : 1)};
        }
        if (r.sqlState() == u"23505")
            return Failure{
                ScenarioStoreText::tr("scenario %1 was changed meanwhile: try again").arg(scenario.name)};
        return Failure{ScenarioStoreText::tr("scenario %1 was not stored: %2").arg(scenario.name, r.error())};
    }
    if (r.rows() == 0)
        return Failure{ScenarioStoreText::tr("no scenario named %1 in the library").arg(scenario.name)};
    Scenario stored = scenario;
    stored.version = int(r.integer(0, r.column("version")));
    return stored;
}

Result<QList<ScenarioSummary>> ScenarioStore::list()
{
    PgResult r = m_conn.exec("SELECT DISTINCT ON (name) name, version, count(*) OVER (PARTITION BY name) AS "
                             "versions, description, "
                             "to_jsonb(tags)::text AS tags, source, rules_version, call_count, duration_ms, "
                             "created_by, created_at "
                             "FROM training.scenarios ORDER BY name, version DESC");
    if (!r.ok())
        return readFailure(r, m_conn);
    const int name = r.column("name"), version = r.column("version"), versions = r.column("versions"),
              description = r.column("description"), tags = r.column("tags"), source = r.column("source"),
              rules = r.column("rules_version"), calls = r.column("call_count"),
              duration = r.column("duration_ms"), by = r.column("created_by"), at = r.column("created_at");
    QList<ScenarioSummary> out;
    for (int row = 0; row < r.rows(); ++row)
        out.append({r.text(row, name), int(r.integer(row, version)), int(r.integer(row, versions)),
                    r.text(row, description), tagsFrom(r.text(row, tags)), r.text(row, source),
                    r.text(row, rules), int(r.integer(row, calls)), r.integer(row, duration), r.text(row, by),
                    r.timestamp(row, at)});
    return out;
}

Result<Scenario> ScenarioStore::load(const QString &name, std::optional<int> version)
{
    PgResult r =
        m_conn.exec("SELECT name, version, body::text AS body FROM training.scenarios WHERE name = $1 "
                    "AND ($2::integer IS NULL OR version = $2::integer) ORDER BY version DESC LIMIT 1",
                    {name, version});
    if (!r.ok())
        return readFailure(r, m_conn);
    if (r.rows() == 0)
        return Failure{version
                           ? ScenarioStoreText::tr("scenario %1 has no version %2").arg(name).arg(*version)
                           : ScenarioStoreText::tr("no scenario named %1 in the library").arg(name)};
    Result<Scenario> scenario = ScenarioJson::fromJson(r.bytes(0, r.column("body")));
    if (!scenario)
        return Failure{ScenarioStoreText::tr("scenario %1 in the library cannot be read: %2")
                           .arg(name, scenario.error())};
    scenario->name = r.text(0, r.column("name"));
    scenario->version = int(r.integer(0, r.column("version")));
    return scenario;
}

Result<bool> ScenarioStore::contains(const QString &name)
{
    PgResult r = m_conn.exec("SELECT EXISTS (SELECT 1 FROM training.scenarios WHERE name = $1)", {name});
    if (!r.ok())
        return readFailure(r, m_conn);
    return r.boolean(0, 0);
}

} // namespace rr
