#pragma once

#include "core/result.h"

#include "domain/ruleset.h"
#include "store/callstore.h"

#include <QDateTime>

#include <functional>
#include <memory>

namespace rr {

class PgConnection;

// What `rightresponse-cli seed-history` and `rightresponse --demo` fill a database with.
struct HistoryOptions
{
    int days = 30;
    quint64 seed = 1;
    QDateTime end;                        // invalid: now; history covers [end - days, end)
    double callsPerDay = 350.0;           // the call generator's average (Durham's city is ~350 a day)
    std::shared_ptr<const RuleSet> rules; // null: the built-in rule set
};

struct HistoryStats
{
    qint64 calls = 0;
    qint64 overrides = 0;
    qint64 backups = 0;
    qint64 skipped = 0; // already in the database (the same seed seeded twice)
    bool bulk = false;  // loaded without per-row triggers (superuser), facts rebuilt afterwards
};

// Fills a database with realistic history: calls from the call generator over the chosen days, triaged by
// the rule set, each decided by one of twelve dispatchers of the day or night shift (overrides around
// 10-15% with their reasons, some dispatchers overriding more than others; the unarmed team off duty from
// midnight to 6 am and not serving the north of district 5; sometimes no unit free), dispatched to a unit of
// the roster that moves through its statuses, and closed with an outcome (police backup requested after ~1%
// of unarmed dispatches). The same options give the same history; call ids are "HIST<seed>-NNNNNN", so
// seeding the same seed twice adds nothing.
//
// Loads in batches through COPY into a staging table. As a superuser it turns the per-row triggers off for
// the load (no event-log row or notification per historical row) and rebuilds the review facts afterwards,
// writing one summary event-log row per batch; anyone else is logged row by row. Then it builds the review's
// roll-ups of the new days (migration 0013). Blocking: CLI or worker.
class HistorySeeder
{
public:
    HistorySeeder(PgConnection &connection, StoreSchema schema = StoreSchema::Live);

    // progress(calls done, calls expected) after each batch.
    Result<HistoryStats> seed(const HistoryOptions &options,
                              const std::function<void(qint64, qint64)> &progress = {});
    static constexpr int kBatch = 20000;

private:
    PgConnection &m_conn;
    StoreSchema m_schema;
};

} // namespace rr
