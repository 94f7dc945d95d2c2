#include "historyseeder.h"

#include <QCoreApplication>

#include "domain/rulesetloader.h"
#include "domain/triageengine.h"
#include "feed/callgenerator.h"
#include "feed/random.h"
#include "store/pgconnection.h"

#include <QHash>

#include <array>
#include <cmath>

namespace rr {

namespace {
// The catalogues' context of this file's messages for people.
struct HistorySeederText
{
    Q_DECLARE_TR_FUNCTIONS(rr::HistorySeeder)
};
} // namespace

namespace {

// Twelve dispatchers: six on the day shift (07-19), six on the night shift. Each overrides calls at their own
// rate (times 1.6 on calls suggested unarmed or co-responder, half of it on calls suggested police, where an
// override can only go away from police): most about one call in eight, two far more, one far less.
struct Dispatcher
{
    const char *id;
    double overrideRate;
};
constexpr std::array<Dispatcher, 12> kDispatchers{{{"D01", 0.11},
                                                   {"D02", 0.10},
                                                   {"D03", 0.24},
                                                   {"D04", 0.11},
                                                   {"D05", 0.09},
                                                   {"D06", 0.12},
                                                   {"D07", 0.11},
                                                   {"D08", 0.30},
                                                   {"D09", 0.10},
                                                   {"D10", 0.04},
                                                   {"D11", 0.11},
                                                   {"D12", 0.12}}};

struct Roster
{
    QHash<ResponseKind, QStringList> byKind;
};

// A value among weighted choices.
template <std::size_t N>
const char *pick(Random &random, const std::array<std::pair<const char *, double>, N> &table)
{
    double x = random.uniform();
    for (const auto &[value, weight] : table) {
        if (x < weight)
            return value;
        x -= weight;
    }
    return table.back().first;
}

constexpr std::array<std::pair<const char *, double>, 5> kTowardPolice{{{"new_information", 0.42},
                                                                        {"safety_history", 0.25},
                                                                        {"caller_request", 0.08},
                                                                        {"supervisor_direction", 0.10},
                                                                        {"other", 0.15}}};
constexpr std::array<std::pair<const char *, double>, 4> kAwayFromPolice{
    {{"caller_request", 0.35}, {"new_information", 0.30}, {"supervisor_direction", 0.20}, {"other", 0.15}}};
constexpr std::array<std::pair<const char *, double>, 6> kUnarmedOutcomes{{{"resolved_on_scene", 0.52},
                                                                           {"referred", 0.22},
                                                                           {"transported", 0.11},
                                                                           {"gone_on_arrival", 0.09},
                                                                           {"caller_refused", 0.05},
                                                                           {"cancelled", 0.01}}};
constexpr std::array<std::pair<const char *, double>, 6> kPoliceOutcomes{{{"report_taken", 0.34},
                                                                          {"resolved_on_scene", 0.30},
                                                                          {"arrest", 0.10},
                                                                          {"gone_on_arrival", 0.15},
                                                                          {"transported", 0.06},
                                                                          {"cancelled", 0.05}}};

const char *otherNote(Random &random)
{
    static const char *const notes[] = {"Caller known to patrol", "Crowd gathering per caller",
                                        "Second caller reports shouting", "Supervisor on the floor agreed",
                                        "Address flagged in CAD premise notes"};
    return notes[random.below(5)];
}

// One historical call, decided, dispatched and closed.
struct HistoryRow
{
    Call call;
    Suggestion suggestion;
    ResponseKind chosen = ResponseKind::Police;
    QString reason; // empty: accepted
    QString note;
    QString unit;
    QString unservedText;
    QString unservedCode;
    QString dispatcher;
    QString workstation;
    QDateTime decidedAt;
    double seconds = 0;
    QString outcome;
    QDateTime enRoute, onScene, cleared;
};

ResponseKind towardPolice(ResponseKind k)
{
    return k == ResponseKind::Unarmed ? ResponseKind::CoResponder : ResponseKind::Police;
}

void decide(HistoryRow &h, Random &random, const Roster &roster)
{
    const QDateTime local = h.call.receivedAt.toLocalTime();
    const int hour = local.time().hour();
    const bool dayShift = hour >= 7 && hour < 19;
    const int who = int(random.below(6)) + (dayShift ? 0 : 6);
    h.dispatcher = QString::fromLatin1(kDispatchers[std::size_t(who)].id);
    h.workstation = QStringLiteral("WS-%1").arg(who % 6 + 1);
    // Receipt to decision: mostly 15-60 s, a long tail; emergencies faster.
    const double scale = h.call.priority.value_or(3) <= 1 ? 14.0 : 24.0;
    h.seconds = std::round((8.0 + scale * random.exponential() +
                            (random.chance(0.07) ? 60 * random.exponential() : 0)) *
                           10) /
                10;
    h.decidedAt = h.call.receivedAt.addMSecs(qint64(h.seconds * 1000));

    const ResponseKind suggested = h.suggestion.kind;
    h.chosen = suggested;
    ResponseKind sent = suggested;
    const bool unarmed = suggested == ResponseKind::Unarmed;
    // The unit recommender's fallbacks, accepted as the console accepts them: the call keeps its suggested
    // kind, a unit of the next kind goes, and the decision says why.
    if (unarmed && hour < 6) { // nothing ran midnight to 6 am
        sent = random.chance(0.7) ? ResponseKind::CoResponder : ResponseKind::Police;
        h.unservedCode = QStringLiteral("off_duty");
        h.unservedText = QStringLiteral("unarmed team off duty");
    } else if (unarmed && h.call.beat.startsWith(u"53") &&
               random.chance(0.8)) { // district 5's north not yet served
        sent = ResponseKind::CoResponder;
        h.unservedCode = QStringLiteral("out_of_area");
        h.unservedText = QStringLiteral("outside the unarmed team's area");
    } else if (suggested != ResponseKind::Police && random.chance(0.035)) {
        sent = towardPolice(suggested);
        h.unservedCode = QStringLiteral("no_unit_free");
        h.unservedText = QStringLiteral("no %1 free").arg(englishName(suggested));
    } else if (random.chance(kDispatchers[std::size_t(who)].overrideRate *
                             (suggested == ResponseKind::Police ? 0.5 : 1.6))) {
        const bool away = suggested == ResponseKind::Police ||
                          (suggested == ResponseKind::CoResponder && random.chance(0.3));
        if (away) {
            h.chosen = suggested == ResponseKind::Police && random.chance(0.6) ? ResponseKind::CoResponder
                                                                               : ResponseKind::Unarmed;
            h.reason = QString::fromLatin1(pick(random, kAwayFromPolice));
        } else {
            h.chosen = random.chance(0.6) ? ResponseKind::Police : towardPolice(suggested);
            h.reason = QString::fromLatin1(pick(random, kTowardPolice));
        }
        if (h.reason == u"other")
            h.note = QString::fromLatin1(otherNote(random));
        sent = h.chosen;
    }
    const QStringList units = roster.byKind.value(sent);
    if (!units.isEmpty())
        h.unit = units.at(qsizetype(random.below(quint32(units.size()))));
    h.enRoute = h.decidedAt.addSecs(30 + random.below(90));
    h.onScene = h.enRoute.addSecs(240 + random.below(900));
    h.cleared = h.onScene.addSecs(900 + random.below(3600));
    if (sent == ResponseKind::Police)
        h.outcome = QString::fromLatin1(pick(random, kPoliceOutcomes));
    else if (random.chance(sent == ResponseKind::Unarmed ? 0.01 : 0.02))
        h.outcome = QStringLiteral("police_backup_requested");
    else
        h.outcome = QString::fromLatin1(pick(random, kUnarmedOutcomes));
}

QByteArray copyRow(const HistoryRow &h)
{
    QByteArray row;
    row.reserve(1024);
    const Call &c = h.call;
    const Suggestion &s = h.suggestion;
    const QList<PgParam> fields{c.id,
                                c.receivedAt,
                                c.callType,
                                c.callCode,
                                PgParam(c.priority),
                                c.narrative,
                                c.address,
                                PgParam(c.latitude),
                                PgParam(c.longitude),
                                c.beat,
                                toString(c.screening.answers[0]),
                                toString(c.screening.answers[1]),
                                toString(c.screening.answers[2]),
                                toString(c.screening.answers[3]),
                                toString(c.screening.answers[4]),
                                toString(c.screening.answers[5]),
                                toString(s.kind),
                                s.ems,
                                s.confidence,
                                s.category,
                                reasonsJson(s.reasons),
                                triggersJson(s.triggers),
                                s.rulesVersion,
                                s.needsScreening,
                                toString(h.chosen),
                                h.reason.isEmpty(),
                                h.reason.isEmpty() ? PgParam() : PgParam(h.reason),
                                h.note,
                                h.unit.isEmpty() ? PgParam() : PgParam(h.unit),
                                h.unservedText,
                                h.unservedCode.isEmpty() ? PgParam() : PgParam(h.unservedCode),
                                h.dispatcher,
                                h.workstation,
                                h.decidedAt,
                                h.seconds,
                                h.outcome,
                                h.enRoute,
                                h.onScene,
                                h.cleared};
    for (qsizetype i = 0; i < fields.size(); ++i)
        appendCopyField(row, fields[i], i == fields.size() - 1);
    return row;
}

const char *const kStaging =
    "CREATE TEMP TABLE IF NOT EXISTS rr_history (cad_id text, received_at timestamptz, call_type text,"
    " call_code text, priority integer, narrative text, address text, latitude double precision,"
    " longitude double precision, beat text, weapon text, violence text, injury text, self_harm text,"
    " domestic text, crime_in_progress text, kind text, ems boolean, confidence real, category text,"
    " reasons jsonb, triggers jsonb, rules_version text, needs_screening boolean, chosen text, accepted "
    "boolean,"
    " reason_code text, note text, unit_id text, unserved_reason text, unserved_code text, dispatcher text,"
    " workstation text, decided_at timestamptz, seconds double precision, outcome text,"
    " en_route_at timestamptz, on_scene_at timestamptz, cleared_at timestamptz) ON COMMIT DELETE ROWS";

// The statements that move one staged batch into the schema, in order.
const char *const kLoad[] = {
    "CREATE TEMP TABLE IF NOT EXISTS rr_history_ids (call_id bigint, cad_id text) ON COMMIT DELETE ROWS",
    "WITH ins AS (INSERT INTO {s}.calls (cad_id, received_at, call_type, call_code, priority, narrative, "
    "address,"
    " latitude, longitude, beat, weapon, violence, injury, self_harm, domestic, crime_in_progress, status,"
    " created_at, updated_at)"
    " SELECT cad_id, received_at, call_type, call_code, priority, narrative, address, latitude, longitude, "
    "beat,"
    " weapon, violence, injury, self_harm, domestic, crime_in_progress, 'closed', received_at, cleared_at"
    " FROM rr_history ORDER BY received_at ON CONFLICT (cad_id) DO NOTHING RETURNING id, cad_id)"
    " INSERT INTO rr_history_ids SELECT id, cad_id FROM ins",
    "INSERT INTO {s}.suggestions (call_id, kind, ems, confidence, category, reasons, triggers, rules_version,"
    " needs_screening, created_at)"
    " SELECT i.call_id, h.kind, h.ems, h.confidence, h.category, h.reasons, h.triggers, h.rules_version,"
    " h.needs_screening, h.received_at FROM rr_history h JOIN rr_history_ids i USING (cad_id) ORDER BY "
    "i.call_id",
    "INSERT INTO {s}.decisions (call_id, request_id, suggestion_id, suggested_kind, chosen_kind, accepted,"
    " reason_code, note, unit_id, unserved_reason, unserved_code, dispatcher, workstation, decided_at,"
    " seconds_from_receipt)"
    " SELECT i.call_id, gen_random_uuid(), s.id, h.kind, h.chosen, h.accepted, h.reason_code, h.note, "
    "h.unit_id,"
    " h.unserved_reason, h.unserved_code, h.dispatcher, h.workstation, h.decided_at, h.seconds"
    " FROM rr_history h JOIN rr_history_ids i USING (cad_id) JOIN {s}.suggestions s ON s.call_id = i.call_id"
    " ORDER BY i.call_id",
    "INSERT INTO {s}.unit_status_history (unit_id, status, call_id, changed_by, workstation, changed_at)"
    " SELECT h.unit_id, x.status, i.call_id, h.dispatcher, h.workstation, x.at"
    " FROM rr_history h JOIN rr_history_ids i USING (cad_id)"
    " CROSS JOIN LATERAL (VALUES ('dispatched', h.decided_at), ('en_route', h.en_route_at),"
    " ('on_scene', h.on_scene_at), ('available', h.cleared_at)) x (status, at)"
    " WHERE h.unit_id IS NOT NULL ORDER BY i.call_id, x.at",
    "INSERT INTO {s}.outcomes (call_id, outcome, recorded_by, recorded_at)"
    " SELECT i.call_id, h.outcome, h.dispatcher, h.cleared_at FROM rr_history h JOIN rr_history_ids i USING "
    "(cad_id)"
    " ORDER BY i.call_id",
};

Roster loadRoster(PgConnection &c, StoreSchema schema, QString *error)
{
    Roster roster;
    PgResult r = c.exec(schemaSql(schema, "SELECT id, kind FROM {s}.units ORDER BY id").constData());
    if (!r.ok()) {
        *error = r.error();
        return roster;
    }
    for (int i = 0; i < r.rows(); ++i)
        if (const auto k = responseKindFromString(r.text(i, 1)))
            roster.byKind[*k].append(r.text(i, 0));
    return roster;
}

} // namespace

HistorySeeder::HistorySeeder(PgConnection &connection, StoreSchema schema)
    : m_conn(connection), m_schema(schema)
{}

Result<HistoryStats> HistorySeeder::seed(const HistoryOptions &o,
                                         const std::function<void(qint64, qint64)> &progress)
{
    if (o.days <= 0 || o.days > 3660)
        return Failure{HistorySeederText::tr("--days must be between 1 and 3660, not %1").arg(o.days)};
    std::shared_ptr<const RuleSet> rules = o.rules;
    if (!rules) {
        const RuleSetResult loaded = RuleSetLoader::loadBuiltIn();
        if (!loaded)
            return loaded.failure();
        rules = loaded.value();
    }
    const TriageEngine engine(rules);
    QString error;
    Roster roster = loadRoster(m_conn, m_schema, &error);
    if (!error.isEmpty())
        return Failure{error};
    if (roster.byKind.isEmpty())
        return Failure{
            HistorySeederText::tr("the database has no units: load a roster first (the console's demo "
                                  "does), so that history can dispatch them")};
    PgResult su = m_conn.exec("SELECT rolsuper FROM pg_roles WHERE rolname = current_user");
    HistoryStats stats;
    stats.bulk = su.ok() && su.rows() == 1 && su.boolean(0, 0);

    const QDateTime end = o.end.isValid() ? o.end : QDateTime::currentDateTimeUtc();
    GeneratorOptions g;
    g.seed = o.seed;
    g.start = end.addDays(-o.days);
    g.callsPerDay = o.callsPerDay;
    g.idPrefix = QStringLiteral("HIST%1-").arg(o.seed);
    CallGenerator generator(g);
    Random random(o.seed ^ 0x5245564945574cull); // decisions draw from their own stream
    const qint64 expected = qint64(std::llround(o.callsPerDay * o.days));

    if (!m_conn.exec(kStaging).ok() && !m_conn.isOk())
        return Failure{m_conn.errorMessage()};
    bool done = false;
    while (!done) {
        if (!m_conn.begin(&error))
            return Failure{error};
        auto fail = [&](const QString &message) {
            m_conn.rollback();
            return Failure{message};
        };
        PgResult staged = m_conn.exec(kStaging);
        if (!staged.ok())
            return fail(staged.error());
        if (stats.bulk && !m_conn.exec("SET LOCAL session_replication_role = replica").ok())
            return fail(m_conn.errorMessage());
        if (!m_conn.copyIn("COPY rr_history FROM STDIN", &error))
            return fail(error);
        QByteArray buffer;
        int inBatch = 0;
        qint64 overrides = 0, backups = 0;
        while (inBatch < kBatch) {
            HistoryRow h;
            h.call = generator.next();
            if (h.call.receivedAt >= end) {
                done = true;
                break;
            }
            h.suggestion = engine.triage(h.call);
            decide(h, random, roster);
            overrides += h.reason.isEmpty() ? 0 : 1;
            backups += h.outcome == u"police_backup_requested" ? 1 : 0;
            buffer += copyRow(h);
            ++inBatch;
            if (buffer.size() > (1 << 20)) {
                if (!m_conn.putCopyData(buffer, &error))
                    return fail(error);
                buffer.clear();
            }
        }
        if (!buffer.isEmpty() && !m_conn.putCopyData(buffer, &error))
            return fail(error);
        PgResult copied = m_conn.endCopy();
        if (!copied.ok())
            return fail(copied.error());
        for (const char *sql : kLoad) {
            PgResult r = m_conn.exec(schemaSql(m_schema, sql).constData());
            if (!r.ok())
                return fail(r.error());
        }
        PgResult range = m_conn.exec(
            schemaSql(m_schema, "SELECT count(*), min(d.id), max(d.id), min(i.call_id), max(i.call_id) "
                                "FROM rr_history_ids i JOIN {s}.decisions d ON d.call_id = i.call_id")
                .constData());
        if (!range.ok())
            return fail(range.error());
        const qint64 inserted = range.integer(0, 0);
        if (stats.bulk && inserted > 0) {
            if (!m_conn.exec("SET LOCAL session_replication_role = origin").ok())
                return fail(m_conn.errorMessage());
            PgResult facts =
                m_conn.exec(schemaSql(m_schema, "SELECT {s}.refresh_decision_facts($1, $2)").constData(),
                            {range.integer(0, 1), range.integer(0, 2)});
            if (!facts.ok())
                return fail(facts.error());
            PgResult logged = m_conn.exec(
                schemaSql(m_schema, "SELECT {s}.log_bulk_import($1, $2, $3, 'seed-history')").constData(),
                {inserted, range.integer(0, 3), range.integer(0, 4)});
            if (!logged.ok())
                return fail(logged.error());
        }
        if (!m_conn.commit(&error))
            return Failure{error};
        stats.calls += inserted;
        stats.skipped += inBatch - inserted;
        if (inserted == inBatch) {
            stats.overrides += overrides;
            stats.backups += backups;
        }
        if (progress)
            progress(stats.calls + stats.skipped, expected);
    }
    if (stats.calls > 0 && (stats.overrides == 0 || stats.skipped > 0)) {
        // Counted from the database when some rows were already there.
        PgResult r = m_conn.exec(schemaSql(m_schema,
                                           "SELECT count(*) FILTER (WHERE NOT accepted) FROM {s}.decisions d "
                                           "JOIN {s}.calls c ON c.id = d.call_id WHERE c.cad_id LIKE $1")
                                     .constData(),
                                 {g.idPrefix + u'%'});
        if (r.ok())
            stats.overrides = r.integer(0, 0);
    }
    if (stats.calls > 0) {
        // Build the review's roll-ups of the new days now rather than in the first supervisor's refresh
        // (a database migrated before 0013 has none to build).
        PgResult have = m_conn.exec(
            schemaSql(m_schema, "SELECT to_regprocedure('{s}.report_rollup_refresh(integer)') IS NOT NULL")
                .constData());
        PgResult rolled =
            have.ok() && have.boolean(0, 0)
                ? m_conn.exec(schemaSql(m_schema, "SELECT {s}.report_rollup_refresh(NULL)").constData())
                : std::move(have);
        if (!rolled.ok())
            return Failure{
                HistorySeederText::tr("history stored, but the review's roll-ups could not be built: %1")
                    .arg(rolled.error())};
    }
    m_conn.exec("ANALYZE");
    return stats;
}

} // namespace rr
