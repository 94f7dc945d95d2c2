-- scope: per-schema
-- Roll-ups of the supervisors' figures (migration 0008), so that a year of a mid-size city (a million
-- decisions) is read in a fraction of a second, with exactly the numbers a count over decision_facts gives.
--
-- report_rollup holds the figures' counts per UTC day (level 'd') and per UTC month (level 'm'), grouped the
-- ways the figures group them (grp):
--   'd' dispatcher, 'c' category, 'h' hour, 'r' reason_code, 'u' unserved_code, 'o' sent_kind and outcome
--       (days and months; they answer a period without filters)
--   'F' dispatcher, category, reason_code, direction, sent_kind, outcome, unserved_code
--   'H' dispatcher, category, reason_code, direction, hour
--       (months only; they answer any filter)
-- report_rollup_timing holds each month's histogram of tenths of a second (hour NULL: every hour; else by hour)
-- for the percentiles, without filters. A bucket serves a period only when it lies wholly inside it and is
-- built; the rest of the period (the partial days at its edges, buckets not built yet, days under a filter,
-- the percentiles under a filter) is counted from decision_facts itself. Buckets are UTC days and months
-- whatever the session's time zone: the hour the figures group by is the one stored with the facts.
--
-- Exact without slowing the writers and without shared rows to lock: triggers on decision_facts append every
-- change to report_rollup_pending (sign +1 for the new version of a row, -1 for the version it replaced).
-- The figures add the pending changes of the buckets they read. report_rollup_refresh() (the review window and
-- `report` call it before reading) folds the pending changes into the built buckets, builds the buckets new
-- days and months need, and deletes what it folded, in one statement, so that all of it sees one snapshot: a
-- change is either in the buckets or still pending, never both, never neither.

CREATE FUNCTION report_day(t timestamptz) RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT (t AT TIME ZONE 'UTC')::date
$$;
CREATE FUNCTION report_month(t timestamptz) RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT date_trunc('month', t AT TIME ZONE 'UTC')::date
$$;
-- The instants of a bucket: [report_bucket_lo, report_bucket_hi).
CREATE FUNCTION report_bucket_lo(bucket date) RETURNS timestamptz LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT bucket::timestamp AT TIME ZONE 'UTC'
$$;
CREATE FUNCTION report_bucket_hi(level "char", bucket date) RETURNS timestamptz
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT (bucket + CASE level WHEN 'm' THEN interval '1 month' ELSE interval '1 day' END) AT TIME ZONE 'UTC'
$$;

-- Whether a decision passes the review's filters (NULL: no filter); the one definition of report_rows' filter.
CREATE FUNCTION report_matches(dispatcher text, category text, reason_code text, direction smallint,
                               p_dispatcher text, p_category text, p_reason text, p_direction text)
RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT (p_dispatcher IS NULL OR dispatcher = p_dispatcher)
       AND (p_category IS NULL OR category = p_category)
       AND (p_reason IS NULL OR reason_code = p_reason)
       AND (p_direction IS NULL
            OR (p_direction = 'toward_police' AND direction > 0)
            OR (p_direction = 'away_from_police' AND direction < 0))
$$;

-- The buckets there are: `built` once their counts are in report_rollup (a bucket is wanted, not built, from
-- the first change in it until the next refresh builds it).
CREATE TABLE report_rollup_buckets (
    level "char" NOT NULL CHECK (level IN ('d', 'm')),
    bucket date NOT NULL,
    built boolean NOT NULL DEFAULT false,
    PRIMARY KEY (level, bucket)
);

-- Changes of decision_facts not yet folded into the buckets: the columns the figures read, and a sign.
CREATE TABLE report_rollup_pending (
    id bigserial PRIMARY KEY,
    sign smallint NOT NULL CHECK (sign IN (-1, 1)),
    decided_at timestamptz NOT NULL,
    dispatcher text NOT NULL,
    category text NOT NULL,
    reason_code text,
    direction smallint NOT NULL,
    sent_kind text NOT NULL,
    outcome text,
    unserved_code text,
    hour smallint NOT NULL,
    tenths integer,
    seconds double precision,
    accepted boolean NOT NULL,
    eligible boolean NOT NULL,
    backup boolean NOT NULL,
    reviewed boolean NOT NULL
);
CREATE INDEX report_rollup_pending_decided ON report_rollup_pending (decided_at);

-- Every decision (source 'f', sign 1) and every pending change (source 'p', sign +1 or -1) with what each
-- figure counts of it: the one definition of the counts, used by the raw rows, the pending changes and the
-- build alike.
CREATE VIEW report_signed_rows WITH (security_invoker = true) AS
SELECT x.source, x.id, x.decided_at, x.dispatcher, x.category, x.reason_code, x.direction, x.sent_kind,
       x.outcome, x.unserved_code, x.hour, x.tenths,
       x.sign AS n,
       x.sign * (NOT x.accepted)::int AS overrides,
       x.sign * (x.direction > 0)::int AS toward,
       x.sign * (x.direction < 0)::int AS away,
       x.sign * x.eligible::int AS eligible,
       x.sign * (x.eligible AND x.unserved_code IS NULL)::int AS served,
       x.sign * (x.unserved_code IS NOT NULL)::int AS unserved,
       x.sign * (x.unserved_code IS NOT NULL AND x.unserved_code <> 'not_recorded')::int AS with_reason,
       x.sign * (x.sent_kind <> 'police')::int AS alternative,
       x.sign * (x.sent_kind <> 'police' AND x.backup)::int AS backups,
       x.sign * (x.tenths IS NOT NULL)::int AS timed,
       x.sign * coalesce(x.seconds <= 60, false)::int AS within,
       x.sign * x.reviewed::int AS reviewed
FROM (SELECT 'f'::"char" AS source, decision_id AS id, 1 AS sign, decided_at, dispatcher, category, reason_code,
             direction, sent_kind, outcome, unserved_code, hour, tenths, seconds, accepted, eligible, backup,
             reviewed
      FROM decision_facts
      UNION ALL
      SELECT 'p'::"char", id, sign, decided_at, dispatcher, category, reason_code, direction, sent_kind, outcome,
             unserved_code, hour, tenths, seconds, accepted, eligible, backup, reviewed
      FROM report_rollup_pending) x;

CREATE TABLE report_rollup (
    level "char" NOT NULL,
    bucket date NOT NULL,
    grp "char" NOT NULL,
    dispatcher text,
    category text,
    reason_code text,
    direction smallint,
    sent_kind text,
    outcome text,
    unserved_code text,
    hour smallint,
    n integer NOT NULL,
    overrides integer NOT NULL,
    toward integer NOT NULL,
    away integer NOT NULL,
    eligible integer NOT NULL,
    served integer NOT NULL,
    unserved integer NOT NULL,
    with_reason integer NOT NULL,
    alternative integer NOT NULL,
    backups integer NOT NULL,
    timed integer NOT NULL,
    within integer NOT NULL,
    reviewed integer NOT NULL
);
CREATE UNIQUE INDEX report_rollup_cell ON report_rollup
    (level, bucket, grp, dispatcher, category, reason_code, direction, sent_kind, outcome, unserved_code, hour)
    NULLS NOT DISTINCT;

CREATE TABLE report_rollup_timing (
    bucket date NOT NULL,
    hour smallint,
    tenths integer NOT NULL,
    n integer NOT NULL,
    within integer NOT NULL
);
CREATE UNIQUE INDEX report_rollup_timing_cell ON report_rollup_timing (bucket, hour, tenths) NULLS NOT DISTINCT;

CREATE FUNCTION report_rollup_log() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        INSERT INTO report_rollup_pending (sign, decided_at, dispatcher, category, reason_code, direction,
                                           sent_kind, outcome, unserved_code, hour, tenths, seconds, accepted,
                                           eligible, backup, reviewed)
        SELECT -1, decided_at, dispatcher, category, reason_code, direction, sent_kind, outcome, unserved_code,
               hour, tenths, seconds, accepted, eligible, backup, reviewed
        FROM old_rows;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO report_rollup_pending (sign, decided_at, dispatcher, category, reason_code, direction,
                                           sent_kind, outcome, unserved_code, hour, tenths, seconds, accepted,
                                           eligible, backup, reviewed)
        SELECT 1, decided_at, dispatcher, category, reason_code, direction, sent_kind, outcome, unserved_code,
               hour, tenths, seconds, accepted, eligible, backup, reviewed
        FROM new_rows;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER decision_facts_rollup_insert AFTER INSERT ON decision_facts
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_rollup_log();
CREATE TRIGGER decision_facts_rollup_update AFTER UPDATE ON decision_facts
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_rollup_log();
CREATE TRIGGER decision_facts_rollup_delete AFTER DELETE ON decision_facts
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_rollup_log();

-- Emptied facts: nothing is built any more (the next refresh builds what comes back).
CREATE FUNCTION report_rollup_forget() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path FROM CURRENT AS $$
BEGIN
    TRUNCATE report_rollup, report_rollup_timing, report_rollup_pending, report_rollup_buckets;
    RETURN NULL;
END
$$;
CREATE TRIGGER decision_facts_rollup_truncate AFTER TRUNCATE ON decision_facts
    FOR EACH STATEMENT EXECUTE FUNCTION report_rollup_forget();

-- One pass of the refresh (see the header): folds every pending change visible now into the built buckets of
-- its day and month, builds up to p_max_builds wanted buckets from the facts (newest first; NULL: all), marks
-- the buckets of the changes that have none as wanted (built by the next pass), and deletes the pending
-- changes it saw. One statement: one snapshot. Day buckets get only the unfiltered groups; the filtered
-- groups and the histograms are grouped by month_on/day_on too, so that rows of buckets not to be written
-- fall into groups of their own, dropped by HAVING.
CREATE FUNCTION report_rollup_pass(p_max_builds integer, OUT built integer, OUT marked integer)
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    WITH todo AS MATERIALIZED (
        SELECT level, bucket, report_bucket_lo(bucket) AS lo, report_bucket_hi(level, bucket) AS hi
        FROM report_rollup_buckets WHERE NOT report_rollup_buckets.built
        ORDER BY bucket DESC, level DESC LIMIT p_max_builds),
    -- Disjoint ranges of facts to read: the months to build, and the days to build outside them.
    ranges AS (
        SELECT lo, hi FROM todo WHERE level = 'm'
        UNION ALL
        SELECT d.lo, d.hi FROM todo d
        WHERE d.level = 'd' AND NOT EXISTS (SELECT 1 FROM todo m WHERE m.level = 'm' AND m.bucket = report_month(d.lo))),
    src AS (
        SELECT r.*, report_day(r.decided_at) AS day, report_month(r.decided_at) AS month,
               EXISTS (SELECT 1 FROM report_rollup_buckets b
                       WHERE b.level = 'd' AND b.bucket = report_day(r.decided_at) AND b.built) AS day_on,
               EXISTS (SELECT 1 FROM report_rollup_buckets b
                       WHERE b.level = 'm' AND b.bucket = report_month(r.decided_at) AND b.built) AS month_on
        FROM report_signed_rows r WHERE r.source = 'p'
        UNION ALL
        SELECT r.*, report_day(r.decided_at), report_month(r.decided_at),
               EXISTS (SELECT 1 FROM todo t WHERE t.level = 'd' AND t.bucket = report_day(r.decided_at)),
               EXISTS (SELECT 1 FROM todo t WHERE t.level = 'm' AND t.bucket = report_month(r.decided_at))
        FROM ranges g
        CROSS JOIN LATERAL (SELECT * FROM report_signed_rows f
                            WHERE f.source = 'f' AND f.decided_at >= g.lo AND f.decided_at < g.hi OFFSET 0) r),
    cells AS MATERIALIZED (
        SELECT CASE WHEN GROUPING(day) = 0 THEN 'd' ELSE 'm' END::"char" AS level, coalesce(day, month) AS bucket,
               CASE WHEN GROUPING(tenths) = 0 THEN 't'
                    WHEN GROUPING(direction) = 0 AND GROUPING(hour) = 0 THEN 'H'
                    WHEN GROUPING(direction) = 0 THEN 'F'
                    WHEN GROUPING(dispatcher) = 0 THEN 'd'
                    WHEN GROUPING(category) = 0 THEN 'c'
                    WHEN GROUPING(hour) = 0 THEN 'h'
                    WHEN GROUPING(reason_code) = 0 THEN 'r'
                    WHEN GROUPING(unserved_code) = 0 THEN 'u'
                    ELSE 'o' END::"char" AS grp,
               dispatcher, category, reason_code, direction, sent_kind, outcome, unserved_code, hour, tenths,
               sum(n)::int AS n, sum(overrides)::int AS overrides, sum(toward)::int AS toward,
               sum(away)::int AS away, sum(eligible)::int AS eligible, sum(served)::int AS served,
               sum(unserved)::int AS unserved, sum(with_reason)::int AS with_reason,
               sum(alternative)::int AS alternative, sum(backups)::int AS backups, sum(timed)::int AS timed,
               sum(within)::int AS within, sum(reviewed)::int AS reviewed
        FROM src
        GROUP BY GROUPING SETS (
            (day_on, day, dispatcher), (day_on, day, category), (day_on, day, hour), (day_on, day, reason_code),
            (day_on, day, unserved_code), (day_on, day, sent_kind, outcome),
            (month_on, month, dispatcher), (month_on, month, category), (month_on, month, hour),
            (month_on, month, reason_code), (month_on, month, unserved_code), (month_on, month, sent_kind, outcome),
            (month_on, month, dispatcher, category, reason_code, direction, sent_kind, outcome, unserved_code),
            (month_on, month, dispatcher, category, reason_code, direction, hour),
            (month_on, month, tenths), (month_on, month, hour, tenths))
        HAVING CASE WHEN GROUPING(day) = 0 THEN day_on ELSE month_on END
           AND NOT (GROUPING(tenths) = 0 AND tenths IS NULL)),
    counts AS (
        INSERT INTO report_rollup AS r (level, bucket, grp, dispatcher, category, reason_code, direction, sent_kind,
                                        outcome, unserved_code, hour, n, overrides, toward, away, eligible, served,
                                        unserved, with_reason, alternative, backups, timed, within, reviewed)
        SELECT level, bucket, grp, dispatcher, category, reason_code, direction, sent_kind, outcome,
               unserved_code, hour, n, overrides, toward, away, eligible, served, unserved, with_reason,
               alternative, backups, timed, within, reviewed
        FROM cells WHERE grp <> 't'
        ON CONFLICT (level, bucket, grp, dispatcher, category, reason_code, direction, sent_kind, outcome,
                     unserved_code, hour)
        DO UPDATE SET n = r.n + excluded.n, overrides = r.overrides + excluded.overrides,
                      toward = r.toward + excluded.toward, away = r.away + excluded.away,
                      eligible = r.eligible + excluded.eligible, served = r.served + excluded.served,
                      unserved = r.unserved + excluded.unserved,
                      with_reason = r.with_reason + excluded.with_reason,
                      alternative = r.alternative + excluded.alternative,
                      backups = r.backups + excluded.backups, timed = r.timed + excluded.timed,
                      within = r.within + excluded.within, reviewed = r.reviewed + excluded.reviewed),
    timing AS (
        INSERT INTO report_rollup_timing AS r (bucket, hour, tenths, n, within)
        SELECT bucket, hour, tenths, n, within FROM cells WHERE grp = 't'
        ON CONFLICT (bucket, hour, tenths)
        DO UPDATE SET n = r.n + excluded.n, within = r.within + excluded.within),
    done AS (
        UPDATE report_rollup_buckets b SET built = true FROM todo t WHERE b.level = t.level AND b.bucket = t.bucket
        RETURNING 1),
    wanted AS (
        INSERT INTO report_rollup_buckets (level, bucket)
        SELECT DISTINCT k.level, k.bucket
        FROM report_rollup_pending p
        CROSS JOIN LATERAL (VALUES ('d'::"char", report_day(p.decided_at)),
                                   ('m'::"char", report_month(p.decided_at))) k (level, bucket)
        WHERE NOT EXISTS (SELECT 1 FROM report_rollup_buckets b WHERE b.level = k.level AND b.bucket = k.bucket)
        ON CONFLICT DO NOTHING
        RETURNING 1),
    folded AS (DELETE FROM report_rollup_pending)
    SELECT (SELECT count(*) FROM done), (SELECT count(*) FROM wanted) INTO built, marked;
END
$$;

-- Folds the pending changes and builds wanted buckets (see report_rollup_pass); the number of buckets built.
-- One refresh at a time per schema: a second caller returns at once, and so does a read-only session (a
-- standby); the figures are exact either way.
CREATE FUNCTION report_rollup_refresh(p_max_builds integer DEFAULT 62) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT SET work_mem = '64MB' AS $$
DECLARE
    pass record;
    total integer := 0;
BEGIN
    IF pg_is_in_recovery() OR current_setting('transaction_read_only')::boolean
       OR NOT pg_try_advisory_xact_lock('report_rollup_buckets'::regclass::oid::bigint) THEN
        RETURN 0;
    END IF;
    -- A second pass builds the buckets the first one found wanted; each pass has its own snapshot.
    FOR i IN 1..2 LOOP
        SELECT * INTO pass FROM report_rollup_pass(CASE WHEN p_max_builds IS NULL THEN NULL
                                                        ELSE greatest(p_max_builds - total, 0) END);
        total := total + pass.built;
        EXIT WHEN pass.marked = 0;
    END LOOP;
    RETURN total;
END
$$;

-- Where a period's figures are read from: built buckets wholly inside [p_from, p_to) (months if p_months, then
-- days outside them if p_days), and the ranges between them ('r': read from the facts).
CREATE FUNCTION report_spans(p_from timestamptz, p_to timestamptz, p_months boolean, p_days boolean)
RETURNS TABLE (level "char", bucket date, lo timestamptz, hi timestamptz)
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    WITH inside AS MATERIALIZED (
        SELECT b.level, b.bucket, :schema.report_bucket_lo(b.bucket) AS lo,
               :schema.report_bucket_hi(b.level, b.bucket) AS hi
        FROM :schema.report_rollup_buckets b
        WHERE b.built AND ((b.level = 'm' AND p_months) OR (b.level = 'd' AND p_days))
          AND b.bucket >= (p_from AT TIME ZONE 'UTC')::date - 1 AND b.bucket <= (p_to AT TIME ZONE 'UTC')::date
          AND :schema.report_bucket_lo(b.bucket) >= p_from AND :schema.report_bucket_hi(b.level, b.bucket) <= p_to),
    rolled AS MATERIALIZED (
        SELECT * FROM inside i
        WHERE i.level = 'm'
           OR date_trunc('month', i.bucket)::date NOT IN (SELECT bucket FROM inside WHERE level = 'm')),
    gaps AS (SELECT lo, hi, lag(hi) OVER (ORDER BY lo) AS prev FROM rolled)
    SELECT level, bucket, lo, hi FROM rolled
    UNION ALL
    SELECT 'r', NULL, coalesce(prev, p_from), lo FROM gaps WHERE coalesce(prev, p_from) < lo
    UNION ALL
    SELECT 'r', NULL, coalesce(max(hi), p_from), p_to FROM rolled HAVING coalesce(max(hi), p_from) < p_to
$$;

-- The counts of a period under the filters, grouped as report_rollup's grp p_grp ('d', 'c', 'h', 'r', 'u',
-- 'o'): k1 the group's key (hour as text), k2 the outcome for 'o'. From the buckets (the unfiltered groups
-- without filters, 'F' or 'H' with), their pending changes, and the facts of the rest of the period. The
-- facts' ranges are written into the query as constants, so that the planner sees how many rows each filter
-- leaves and picks its index (with them as parameters it guesses a few rows and walks the time index).
CREATE FUNCTION report_cells(p_grp "char", p_from timestamptz, p_to timestamptz, p_dispatcher text,
                             p_category text, p_reason text, p_direction text)
RETURNS TABLE (k1 text, k2 text, n bigint, overrides bigint, toward bigint, away bigint, eligible bigint,
               served bigint, unserved bigint, with_reason bigint, alternative bigint, backups bigint,
               timed bigint, within bigint, reviewed bigint)
LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
DECLARE
    whole boolean := num_nonnulls(p_dispatcher, p_category, p_reason, p_direction) = 0;
    months date[];
    days date[];
    raw text;
BEGIN
    SELECT array_agg(s.bucket) FILTER (WHERE s.level = 'm'), array_agg(s.bucket) FILTER (WHERE s.level = 'd'),
           string_agg(format('(f.decided_at >= %L AND f.decided_at < %L)', s.lo, s.hi), ' OR ')
               FILTER (WHERE s.level = 'r')
    INTO months, days, raw
    FROM :schema.report_spans(p_from, p_to, true, whole) s;
    RETURN QUERY EXECUTE format($q$
        WITH x AS (
            SELECT r.dispatcher, r.category, r.reason_code, r.direction, r.sent_kind, r.outcome, r.unserved_code,
                   r.hour, r.n, r.overrides, r.toward, r.away, r.eligible, r.served, r.unserved, r.with_reason,
                   r.alternative, r.backups, r.timed, r.within, r.reviewed
            FROM :schema.report_rollup r
            WHERE r.grp = $8 AND ((r.level = 'm' AND r.bucket = ANY ($9)) OR (r.level = 'd' AND r.bucket = ANY ($10)))
            UNION ALL
            SELECT f.dispatcher, f.category, f.reason_code, f.direction, f.sent_kind, f.outcome, f.unserved_code,
                   f.hour, f.n, f.overrides, f.toward, f.away, f.eligible, f.served, f.unserved, f.with_reason,
                   f.alternative, f.backups, f.timed, f.within, f.reviewed
            FROM :schema.report_signed_rows f
            WHERE (f.source = 'p' AND f.decided_at >= $2 AND f.decided_at < $3
                   AND (:schema.report_month(f.decided_at) = ANY ($9)
                        OR :schema.report_day(f.decided_at) = ANY ($10)))
               OR (f.source = 'f' AND (%s)))
        SELECT CASE $1 WHEN 'd' THEN dispatcher WHEN 'c' THEN category WHEN 'h' THEN hour::text
                       WHEN 'r' THEN reason_code WHEN 'u' THEN unserved_code ELSE sent_kind END,
               CASE $1 WHEN 'o' THEN outcome END,
               sum(n), sum(overrides), sum(toward), sum(away), sum(eligible), sum(served), sum(unserved),
               sum(with_reason), sum(alternative), sum(backups), sum(timed), sum(within), sum(reviewed)
        FROM x
        WHERE :schema.report_matches(dispatcher, category, reason_code, direction, $4, $5, $6, $7)
        GROUP BY 1, 2
        HAVING sum(n) <> 0
    $q$, coalesce(raw, 'false'))
    USING p_grp, p_from, p_to, p_dispatcher, p_category, p_reason, p_direction,
          CASE WHEN whole THEN p_grp WHEN p_grp = 'h' THEN 'H' ELSE 'F' END::"char",
          coalesce(months, '{}'), coalesce(days, '{}');
END
$$;

-- The histogram of receipt-to-decision seconds (tenths, as s) of a period under the filters, by hour (hr) or
-- not (hr NULL), with how many within 60 s: from the months' histograms without filters, else from the facts
-- (constant ranges, as in report_cells).
CREATE FUNCTION report_histogram(p_by_hour boolean, p_from timestamptz, p_to timestamptz, p_dispatcher text,
                                 p_category text, p_reason text, p_direction text)
RETURNS TABLE (hr integer, s double precision, n bigint, w bigint)
LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
DECLARE
    months date[];
    raw text;
BEGIN
    SELECT array_agg(s.bucket) FILTER (WHERE s.level = 'm'),
           string_agg(format('(f.decided_at >= %L AND f.decided_at < %L)', s.lo, s.hi), ' OR ')
               FILTER (WHERE s.level = 'r')
    INTO months, raw
    FROM :schema.report_spans(p_from, p_to, num_nonnulls(p_dispatcher, p_category, p_reason, p_direction) = 0,
                              false) s;
    RETURN QUERY EXECUTE format($q$
        WITH x AS (
            SELECT t.hour, t.tenths, t.n, t.within
            FROM :schema.report_rollup_timing t
            WHERE t.bucket = ANY ($8) AND (t.hour IS NOT NULL) = $1
            UNION ALL
            SELECT p.hour, p.tenths, p.sign, p.sign * coalesce(p.seconds <= 60, false)::int
            FROM :schema.report_rollup_pending p
            WHERE p.decided_at >= $2 AND p.decided_at < $3 AND :schema.report_month(p.decided_at) = ANY ($8)
              AND p.tenths IS NOT NULL
              AND :schema.report_matches(p.dispatcher, p.category, p.reason_code, p.direction, $4, $5, $6, $7)
            UNION ALL
            SELECT f.hour, f.tenths, 1, coalesce(f.seconds <= 60, false)::int
            FROM :schema.decision_facts f
            WHERE (%s) AND f.tenths IS NOT NULL
              AND :schema.report_matches(f.dispatcher, f.category, f.reason_code, f.direction, $4, $5, $6, $7))
        SELECT CASE WHEN $1 THEN hour::int END, tenths / 10.0::double precision, sum(n), sum(within)
        FROM x
        GROUP BY 1, 2
        HAVING sum(n) <> 0
    $q$, coalesce(raw, 'false'))
    USING p_by_hour, p_from, p_to, p_dispatcher, p_category, p_reason, p_direction, coalesce(months, '{}');
END
$$;

-- The figures of migration 0008, read through report_cells and report_histogram: same signatures, same rows.
CREATE OR REPLACE FUNCTION report_summary(p_from timestamptz, p_to timestamptz, p_dispatcher text,
                                          p_category text, p_reason text, p_direction text)
RETURNS TABLE (decisions bigint, overrides bigint, toward_police bigint, away_from_police bigint,
               dispatchers bigint, eligible bigint, served bigint, unserved bigint, unserved_with_reason bigint,
               alternative_dispatches bigint, backups bigint, timed bigint, p50 double precision,
               p90 double precision, within_60s bigint, reviewed bigint)
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    WITH g AS (SELECT * FROM :schema.report_cells('d', p_from, p_to, p_dispatcher, p_category, p_reason,
                                                  p_direction)),
    c AS (SELECT s, sum(n) OVER (ORDER BY s) AS upto, sum(n) OVER () AS total
          FROM :schema.report_histogram(false, p_from, p_to, p_dispatcher, p_category, p_reason, p_direction)),
    q AS (SELECT max(total) AS total,
                 min(s) FILTER (WHERE upto > floor(0.5 * (total - 1))) AS lo50,
                 min(s) FILTER (WHERE upto > ceil(0.5 * (total - 1))) AS hi50,
                 min(s) FILTER (WHERE upto > floor(0.9 * (total - 1))) AS lo90,
                 min(s) FILTER (WHERE upto > ceil(0.9 * (total - 1))) AS hi90
          FROM c)
    SELECT coalesce(sum(n), 0)::bigint, coalesce(sum(overrides), 0)::bigint, coalesce(sum(toward), 0)::bigint,
           coalesce(sum(away), 0)::bigint, count(k1), coalesce(sum(eligible), 0)::bigint,
           coalesce(sum(served), 0)::bigint, coalesce(sum(unserved), 0)::bigint,
           coalesce(sum(with_reason), 0)::bigint, coalesce(sum(alternative), 0)::bigint,
           coalesce(sum(backups), 0)::bigint, coalesce(sum(timed), 0)::bigint,
           (SELECT lo50 + (0.5 * (total - 1) - floor(0.5 * (total - 1))) * (hi50 - lo50) FROM q),
           (SELECT lo90 + (0.9 * (total - 1) - floor(0.9 * (total - 1))) * (hi90 - lo90) FROM q),
           coalesce(sum(within), 0)::bigint, coalesce(sum(reviewed), 0)::bigint
    FROM g
$$;

CREATE OR REPLACE FUNCTION report_overrides_by(p_dimension text, p_from timestamptz, p_to timestamptz,
                                               p_dispatcher text, p_category text, p_reason text,
                                               p_direction text)
RETURNS TABLE (key text, decisions bigint, overrides bigint)
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT k1, n, overrides
    FROM :schema.report_cells(CASE p_dimension WHEN 'dispatcher' THEN 'd' WHEN 'category' THEN 'c'
                                               ELSE 'h' END::"char",
                              p_from, p_to, p_dispatcher, p_category, p_reason, p_direction)
    ORDER BY CASE WHEN p_dimension = 'hour' THEN lpad(k1, 2, '0') ELSE k1 END
$$;

CREATE OR REPLACE FUNCTION report_reasons(p_from timestamptz, p_to timestamptz, p_dispatcher text,
                                          p_category text, p_reason text, p_direction text)
RETURNS TABLE (code text, label text, overrides bigint)
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT o.code, o.label, coalesce(sum(r.n), 0)::bigint
    FROM :schema.override_reasons o
    LEFT JOIN :schema.report_cells('r', p_from, p_to, p_dispatcher, p_category, p_reason, p_direction) r
      ON r.k1 = o.code
    GROUP BY o.code, o.label, o.sort_order
    ORDER BY o.sort_order, o.code
$$;

CREATE OR REPLACE FUNCTION report_unserved(p_from timestamptz, p_to timestamptz, p_dispatcher text,
                                           p_category text, p_reason text, p_direction text)
RETURNS TABLE (code text, label text, calls bigint)
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    WITH r AS (SELECT k1 AS unserved_code, n
               FROM :schema.report_cells('u', p_from, p_to, p_dispatcher, p_category, p_reason, p_direction)
               WHERE k1 IS NOT NULL)
    SELECT code, label, calls FROM (
        SELECT u.code, u.label, coalesce(r.n, 0) AS calls, u.sort_order AS ord
        FROM :schema.unserved_reasons u LEFT JOIN r ON r.unserved_code = u.code
        UNION ALL
        SELECT 'not_recorded', 'No reason recorded',
               coalesce((SELECT n FROM r WHERE unserved_code = 'not_recorded'), 0), 2147483647) x
    ORDER BY ord, code
$$;

CREATE OR REPLACE FUNCTION report_timing(p_from timestamptz, p_to timestamptz, p_dispatcher text,
                                         p_category text, p_reason text, p_direction text)
RETURNS TABLE (hour integer, timed bigint, p50 double precision, p90 double precision, within_60s bigint)
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    WITH h AS (SELECT * FROM :schema.report_histogram(true, p_from, p_to, p_dispatcher, p_category, p_reason,
                                                      p_direction)),
    c AS (SELECT hr, s, n, w, sum(n) OVER (PARTITION BY hr ORDER BY s) AS upto,
                 sum(n) OVER (PARTITION BY hr) AS total
          FROM h),
    q AS (SELECT hr, max(total) AS total, sum(w) AS within,
                 min(s) FILTER (WHERE upto > floor(0.5 * (total - 1))) AS lo50,
                 min(s) FILTER (WHERE upto > ceil(0.5 * (total - 1))) AS hi50,
                 min(s) FILTER (WHERE upto > floor(0.9 * (total - 1))) AS lo90,
                 min(s) FILTER (WHERE upto > ceil(0.9 * (total - 1))) AS hi90
          FROM c GROUP BY hr)
    SELECT hr, total::bigint,
           lo50 + (0.5 * (total - 1) - floor(0.5 * (total - 1))) * (hi50 - lo50),
           lo90 + (0.9 * (total - 1) - floor(0.9 * (total - 1))) * (hi90 - lo90),
           within::bigint
    FROM q ORDER BY hr
$$;

CREATE OR REPLACE FUNCTION report_backup(p_from timestamptz, p_to timestamptz, p_dispatcher text,
                                         p_category text, p_reason text, p_direction text)
RETURNS TABLE (kind text, dispatches bigint, backups bigint)
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT k.kind, coalesce(sum(r.n), 0)::bigint, coalesce(sum(r.backups), 0)::bigint
    FROM (VALUES ('unarmed', 0), ('co_responder', 1)) k (kind, ord)
    LEFT JOIN :schema.report_cells('o', p_from, p_to, p_dispatcher, p_category, p_reason, p_direction) r
      ON r.k1 = k.kind
    GROUP BY k.kind, k.ord ORDER BY k.ord
$$;

CREATE OR REPLACE FUNCTION report_outcomes(p_from timestamptz, p_to timestamptz, p_dispatcher text,
                                           p_category text, p_reason text, p_direction text)
RETURNS TABLE (kind text, outcome text, calls bigint)
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT k1, coalesce(k2, ''), sum(n)::bigint
    FROM :schema.report_cells('o', p_from, p_to, p_dispatcher, p_category, p_reason, p_direction)
    GROUP BY 1, 2 ORDER BY :schema.kind_rank(k1), 2, 1
$$;

-- The percentiles under a filter, and of the days of a period, are read from the facts: these indexes find
-- each filter's rows of a period, and carry what the histogram needs, so that it reads the index alone
-- (a filter that keeps one row in twenty still has a row on nearly every page of the table).
DROP INDEX decision_facts_decided;
DROP INDEX decision_facts_dispatcher;
CREATE INDEX decision_facts_decided ON decision_facts (decided_at) INCLUDE (hour, tenths, seconds);
CREATE INDEX decision_facts_dispatcher ON decision_facts (dispatcher, decided_at) INCLUDE (hour, tenths, seconds);
CREATE INDEX decision_facts_category ON decision_facts (category, decided_at) INCLUDE (hour, tenths, seconds);
CREATE INDEX decision_facts_reason ON decision_facts (reason_code, decided_at) INCLUDE (hour, tenths, seconds)
    WHERE reason_code IS NOT NULL;
CREATE INDEX decision_facts_toward ON decision_facts (decided_at) INCLUDE (hour, tenths, seconds) WHERE direction > 0;
CREATE INDEX decision_facts_away ON decision_facts (decided_at) INCLUDE (hour, tenths, seconds) WHERE direction < 0;

-- Back-fill: every day and month that has decisions, built now.
INSERT INTO report_rollup_buckets (level, bucket)
SELECT DISTINCT 'd'::"char", report_day(decided_at) FROM decision_facts
UNION
SELECT DISTINCT 'm'::"char", report_month(decided_at) FROM decision_facts;
SELECT report_rollup_refresh(NULL);

-- Whoever may read decision_facts may read its roll-ups and refresh them; nobody else, and nobody writes them
-- but the refresh.
REVOKE ALL ON report_rollup, report_rollup_timing, report_rollup_buckets, report_rollup_pending,
              report_signed_rows FROM PUBLIC;
REVOKE ALL ON FUNCTION report_rollup_refresh(integer), report_rollup_pass(integer), report_rollup_log(),
                       report_rollup_forget() FROM PUBLIC;
GRANT SELECT ON report_rollup, report_rollup_timing, report_rollup_buckets, report_rollup_pending,
                report_signed_rows TO rr_supervisor, rr_admin;
GRANT EXECUTE ON FUNCTION report_rollup_refresh(integer) TO rr_supervisor, rr_admin;

DO $$
BEGIN
    IF current_schema() = 'training' THEN
        GRANT SELECT ON report_rollup, report_rollup_timing, report_rollup_buckets, report_rollup_pending,
                        report_signed_rows TO rr_trainer;
        GRANT EXECUTE ON FUNCTION report_rollup_refresh(integer) TO rr_trainer;
    END IF;
END
$$;
