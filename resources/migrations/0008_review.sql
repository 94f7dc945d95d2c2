-- scope: per-schema
-- Supervisors' review (the review window and `rightresponse-cli report`): the reasons an eligible call was not
-- served, review annotations, recorded QA samples, and the figures, computed here in SQL so that the window
-- and the command line read the same numbers.
--
-- Figures come from decision_facts: one narrow row per decision, written by triggers when a decision or an
-- outcome is stored, so that a year of calls is aggregated from one table without joins. Its columns:
--   direction     sign(rank(chosen) - rank(suggested)), ranks unarmed 0 < co_responder 1 < police 2:
--                 +1 an override toward police, -1 away from police, 0 the suggested kind
--   eligible      the call was suggested an alternative response (unarmed or co-responder)
--   unserved_code NULL when the call is not eligible or was served; else exactly one unserved_reasons code,
--                 or 'not_recorded' when nothing says why (the dashboard counts those and says so)
--   sent_kind     the kind of the unit dispatched (a fallback when the suggested kind had none free), else
--                 the kind chosen
--   backup        police backup was requested (an outcome police_backup_requested)
--   reviewed      a supervisor has reviewed the decision (review_annotations)
--   tenths        seconds from receipt to decision in tenths of a second, for the percentiles' histogram
--   hour          the hour of day of decided_at in the time zone of the session that stored it (the
--                 centre's), kept so that the figures by hour group by a column
-- A call is served when it was eligible, the suggested kind was sent (no fallback to another kind) and the
-- caller did not refuse or cancel. The reason is chosen in this order: the caller refused or cancelled (an
-- outcome), the code the decision gave (decisions.unserved_code), an override for any reason but "no unit
-- free" (dispatcher_override), then the words of decisions.unserved_reason ("no unarmed team free", "off duty",
-- "outside its area").
-- Periods are those of decided_at; hours of day are stored with the facts (see hour).

CREATE TABLE unserved_reasons (
    code text PRIMARY KEY,
    label text NOT NULL,
    sort_order integer NOT NULL DEFAULT 0
);
INSERT INTO unserved_reasons (code, label, sort_order) VALUES
    ('off_duty', 'Team off duty', 1),
    ('out_of_area', 'Outside its area', 2),
    ('no_unit_free', 'No unit free', 3),
    ('dispatcher_override', 'Dispatcher override', 4),
    ('caller_refused', 'Caller refused or cancelled', 5);

ALTER TABLE decisions ADD COLUMN unserved_code text REFERENCES unserved_reasons (code);

CREATE FUNCTION kind_rank(kind text) RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE kind WHEN 'unarmed' THEN 0 WHEN 'co_responder' THEN 1 ELSE 2 END
$$;

-- The one unserved reason of a decision (NULL: not eligible, or served). See the header for the order.
CREATE FUNCTION unserved_code_of(suggested text, chosen text, accepted boolean, reason_code text,
                                 unserved_text text, given_code text, outcome text)
RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE
        WHEN suggested = 'police' THEN NULL
        WHEN outcome IN ('caller_refused', 'cancelled') THEN 'caller_refused'
        WHEN given_code IS NOT NULL THEN given_code
        WHEN chosen <> suggested AND NOT accepted AND reason_code IS DISTINCT FROM 'no_unit_free'
            THEN 'dispatcher_override'
        WHEN chosen = suggested AND coalesce(unserved_text, '') = '' THEN NULL
        WHEN unserved_text ~* 'off (duty|shift)|out of hours|off hours' THEN 'off_duty'
        WHEN unserved_text ~* 'area' THEN 'out_of_area'
        WHEN unserved_text ~* 'free|available|busy' OR reason_code = 'no_unit_free' THEN 'no_unit_free'
        ELSE 'not_recorded'
    END
$$;

-- Review annotations: a supervisor's verdict on a decision, with a comment. Append-only: a second look is a
-- new row, the latest one counts. `reviewer` is who the program says is reviewing; `login` is the database
-- account that stored it, whatever the program says.
CREATE TABLE review_annotations (
    id bigserial PRIMARY KEY,
    decision_id bigint NOT NULL REFERENCES decisions (id),
    verdict text NOT NULL CHECK (verdict IN ('appropriate', 'not_appropriate', 'training_needed')),
    comment text NOT NULL DEFAULT '',
    reviewer text NOT NULL CHECK (reviewer <> ''),
    login text NOT NULL DEFAULT session_user,
    reviewed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX review_annotations_decision ON review_annotations (decision_id, id DESC);

CREATE FUNCTION stamp_login() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.login := session_user;
    RETURN NEW;
END
$$;
CREATE TRIGGER review_annotations_login BEFORE INSERT ON review_annotations
    FOR EACH ROW EXECUTE FUNCTION stamp_login();
CREATE TRIGGER review_annotations_log AFTER INSERT ON review_annotations FOR EACH ROW EXECUTE FUNCTION log_change();
CREATE TRIGGER review_annotations_append_only BEFORE UPDATE OR DELETE ON review_annotations
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER review_annotations_no_truncate BEFORE TRUNCATE ON review_annotations
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();

-- The facts, the story and the outcome trigger find a call's outcomes and unit moves by call.
CREATE INDEX outcomes_call ON outcomes (call_id);
CREATE INDEX unit_status_history_call ON unit_status_history (call_id);

CREATE TABLE decision_facts (
    decision_id bigint PRIMARY KEY REFERENCES decisions (id),
    call_id bigint NOT NULL REFERENCES calls (id),
    cad_id text NOT NULL,
    received_at timestamptz,
    decided_at timestamptz NOT NULL,
    dispatcher text NOT NULL,
    workstation text NOT NULL,
    call_type text NOT NULL,
    category text NOT NULL,
    suggested_kind text NOT NULL,
    chosen_kind text NOT NULL,
    sent_kind text NOT NULL,
    accepted boolean NOT NULL,
    reason_code text,
    direction smallint NOT NULL,
    seconds double precision,
    tenths integer,
    hour smallint NOT NULL,
    eligible boolean NOT NULL,
    unserved_code text,
    outcome text,
    backup boolean NOT NULL DEFAULT false,
    reviewed boolean NOT NULL DEFAULT false
);
CREATE INDEX decision_facts_decided ON decision_facts (decided_at);
CREATE INDEX decision_facts_call ON decision_facts (call_id);
CREATE INDEX decision_facts_dispatcher ON decision_facts (dispatcher, decided_at);
-- The planner's estimate of the histogram's groups: without it, it sorts a year of rows to group them.
CREATE STATISTICS decision_facts_timing (ndistinct) ON hour, tenths FROM decision_facts;

-- The facts of decisions, from the stored rows (also used to rebuild them after a bulk load).
CREATE FUNCTION decision_facts_of(first_id bigint, last_id bigint) RETURNS SETOF decision_facts
LANGUAGE sql STABLE SET search_path FROM CURRENT AS $$
    SELECT d.id, d.call_id, c.cad_id, c.received_at, d.decided_at, d.dispatcher, d.workstation, c.call_type,
           coalesce((SELECT category FROM suggestions WHERE id = d.suggestion_id),
                    (SELECT category FROM suggestions WHERE call_id = d.call_id ORDER BY id DESC LIMIT 1), ''),
           d.suggested_kind, d.chosen_kind,
           coalesce((SELECT kind FROM units WHERE id = d.unit_id), d.chosen_kind), d.accepted, d.reason_code,
           sign(kind_rank(d.chosen_kind) - kind_rank(d.suggested_kind))::smallint, d.seconds_from_receipt,
           round(d.seconds_from_receipt * 10)::integer, extract(hour FROM d.decided_at)::smallint,
           d.suggested_kind <> 'police',
           unserved_code_of(d.suggested_kind, d.chosen_kind, d.accepted, d.reason_code, d.unserved_reason,
                            d.unserved_code, o.outcome),
           o.outcome, coalesce(o.backup, false),
           EXISTS (SELECT 1 FROM review_annotations a WHERE a.decision_id = d.id)
    FROM decisions d
    JOIN calls c ON c.id = d.call_id
    LEFT JOIN LATERAL (
        SELECT (array_agg(outcome ORDER BY id DESC))[1] AS outcome,
               bool_or(outcome = 'police_backup_requested') AS backup
        FROM outcomes WHERE call_id = d.call_id) o ON true
    WHERE d.id BETWEEN first_id AND last_id
$$;

CREATE FUNCTION facts_on_decision() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path FROM CURRENT AS $$
BEGIN
    INSERT INTO decision_facts SELECT * FROM decision_facts_of(NEW.id, NEW.id);
    RETURN NULL;
END
$$;
CREATE TRIGGER decisions_facts AFTER INSERT ON decisions FOR EACH ROW EXECUTE FUNCTION facts_on_decision();

CREATE FUNCTION facts_on_outcome() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path FROM CURRENT AS $$
BEGIN
    UPDATE decision_facts f
    SET outcome = NEW.outcome,
        backup = f.backup OR NEW.outcome = 'police_backup_requested',
        unserved_code = CASE WHEN f.eligible AND NEW.outcome IN ('caller_refused', 'cancelled')
                             THEN 'caller_refused' ELSE f.unserved_code END
    WHERE f.call_id = NEW.call_id;
    RETURN NULL;
END
$$;
CREATE TRIGGER outcomes_facts AFTER INSERT ON outcomes FOR EACH ROW EXECUTE FUNCTION facts_on_outcome();

CREATE FUNCTION facts_on_review() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path FROM CURRENT AS $$
BEGIN
    UPDATE decision_facts SET reviewed = true WHERE decision_id = NEW.decision_id AND NOT reviewed;
    RETURN NULL;
END
$$;
CREATE TRIGGER review_annotations_facts AFTER INSERT ON review_annotations
    FOR EACH ROW EXECUTE FUNCTION facts_on_review();

-- Rebuilds the facts of decisions first_id..last_id (after a bulk load that ran without triggers).
CREATE FUNCTION refresh_decision_facts(first_id bigint, last_id bigint) RETURNS bigint LANGUAGE plpgsql
SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    n bigint;
BEGIN
    IF NOT pg_has_role(session_user, 'rr_admin', 'MEMBER') THEN
        RAISE EXCEPTION 'only administrators may rebuild decision facts' USING ERRCODE = 'insufficient_privilege';
    END IF;
    DELETE FROM decision_facts WHERE decision_id BETWEEN first_id AND last_id;
    INSERT INTO decision_facts SELECT * FROM decision_facts_of(first_id, last_id);
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END
$$;
REVOKE ALL ON FUNCTION refresh_decision_facts(bigint, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION refresh_decision_facts(bigint, bigint) TO rr_admin;

INSERT INTO decision_facts SELECT * FROM decision_facts_of(0, 9223372036854775807);

-- A drawn QA sample: the seed and the period it was drawn with, and the decisions it picked.
CREATE TABLE qa_samples (
    id bigserial PRIMARY KEY,
    seed bigint NOT NULL,
    period_from timestamptz NOT NULL,
    period_to timestamptz NOT NULL,
    filters jsonb NOT NULL DEFAULT '{}',
    decision_ids bigint[] NOT NULL,
    drawn_by text NOT NULL CHECK (drawn_by <> ''),
    login text NOT NULL DEFAULT session_user,
    drawn_at timestamptz NOT NULL DEFAULT now()
);
CREATE TRIGGER qa_samples_login BEFORE INSERT ON qa_samples FOR EACH ROW EXECUTE FUNCTION stamp_login();
CREATE TRIGGER qa_samples_log AFTER INSERT ON qa_samples FOR EACH ROW EXECUTE FUNCTION log_change();
CREATE TRIGGER qa_samples_append_only BEFORE UPDATE OR DELETE ON qa_samples
    FOR EACH ROW EXECUTE FUNCTION refuse_change();

-- The decisions of a period under the review filters (NULL: no filter). direction: 'toward_police' or
-- 'away_from_police'. Plain SQL on purpose: the planner inlines it into each figure's query. The figures'
-- functions are PARALLEL SAFE (they only read), so that a year is scanned by parallel workers.
CREATE FUNCTION report_rows(p_from timestamptz, p_to timestamptz, p_dispatcher text, p_category text,
                            p_reason text, p_direction text)
RETURNS SETOF :schema.decision_facts LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT * FROM :schema.decision_facts f
    WHERE f.decided_at >= p_from AND f.decided_at < p_to
      AND (p_dispatcher IS NULL OR f.dispatcher = p_dispatcher)
      AND (p_category IS NULL OR f.category = p_category)
      AND (p_reason IS NULL OR f.reason_code = p_reason)
      AND (p_direction IS NULL
           OR (p_direction = 'toward_police' AND f.direction > 0)
           OR (p_direction = 'away_from_police' AND f.direction < 0))
$$;

-- Percentiles are read from a histogram of seconds rounded to 0.1 s (one hash aggregate instead of a sort of
-- every row), interpolated as percentile_cont interpolates: position p * (n - 1) between the values around it.
CREATE FUNCTION report_summary(p_from timestamptz, p_to timestamptz, p_dispatcher text, p_category text,
                               p_reason text, p_direction text)
RETURNS TABLE (decisions bigint, overrides bigint, toward_police bigint, away_from_police bigint,
               dispatchers bigint, eligible bigint, served bigint, unserved bigint, unserved_with_reason bigint,
               alternative_dispatches bigint, backups bigint, timed bigint, p50 double precision,
               p90 double precision, within_60s bigint, reviewed bigint)
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    WITH g AS (
        SELECT dispatcher, tenths / 10.0::double precision AS s, count(*) AS n,
               count(*) FILTER (WHERE NOT accepted) AS overrides,
               count(*) FILTER (WHERE direction > 0) AS toward, count(*) FILTER (WHERE direction < 0) AS away,
               count(*) FILTER (WHERE eligible) AS eligible,
               count(*) FILTER (WHERE eligible AND unserved_code IS NULL) AS served,
               count(*) FILTER (WHERE unserved_code IS NOT NULL) AS unserved,
               count(*) FILTER (WHERE unserved_code IS NOT NULL AND unserved_code <> 'not_recorded') AS with_reason,
               count(*) FILTER (WHERE sent_kind <> 'police') AS alternative,
               count(*) FILTER (WHERE sent_kind <> 'police' AND backup) AS backups,
               count(*) FILTER (WHERE seconds <= 60) AS within, count(*) FILTER (WHERE reviewed) AS reviewed
        FROM :schema.report_rows(p_from, p_to, p_dispatcher, p_category, p_reason, p_direction)
        GROUP BY 1, 2),
    c AS (SELECT s, sum(n) OVER (ORDER BY s) AS upto, sum(n) OVER () AS total
          FROM (SELECT s, sum(n) AS n FROM g WHERE s IS NOT NULL GROUP BY s) h),
    q AS (SELECT max(total) AS total,
                 min(s) FILTER (WHERE upto > floor(0.5 * (total - 1))) AS lo50,
                 min(s) FILTER (WHERE upto > ceil(0.5 * (total - 1))) AS hi50,
                 min(s) FILTER (WHERE upto > floor(0.9 * (total - 1))) AS lo90,
                 min(s) FILTER (WHERE upto > ceil(0.9 * (total - 1))) AS hi90
          FROM c)
    SELECT coalesce(sum(n), 0)::bigint, coalesce(sum(overrides), 0)::bigint, coalesce(sum(toward), 0)::bigint,
           coalesce(sum(away), 0)::bigint, count(DISTINCT dispatcher), coalesce(sum(eligible), 0)::bigint,
           coalesce(sum(served), 0)::bigint, coalesce(sum(unserved), 0)::bigint,
           coalesce(sum(with_reason), 0)::bigint, coalesce(sum(alternative), 0)::bigint,
           coalesce(sum(backups), 0)::bigint, coalesce(sum(n) FILTER (WHERE s IS NOT NULL), 0)::bigint,
           (SELECT lo50 + (0.5 * (total - 1) - floor(0.5 * (total - 1))) * (hi50 - lo50) FROM q),
           (SELECT lo90 + (0.9 * (total - 1) - floor(0.9 * (total - 1))) * (hi90 - lo90) FROM q),
           coalesce(sum(within), 0)::bigint, coalesce(sum(reviewed), 0)::bigint
    FROM g
$$;

-- Override rate by one dimension: 'dispatcher', 'category' or 'hour' (of decided_at, 0..23).
CREATE FUNCTION report_overrides_by(p_dimension text, p_from timestamptz, p_to timestamptz, p_dispatcher text,
                                    p_category text, p_reason text, p_direction text)
RETURNS TABLE (key text, decisions bigint, overrides bigint)
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT k, count(*), count(*) FILTER (WHERE NOT accepted)
    FROM (SELECT CASE p_dimension WHEN 'dispatcher' THEN dispatcher WHEN 'category' THEN category
                                  ELSE hour::text END AS k, accepted
          FROM :schema.report_rows(p_from, p_to, p_dispatcher, p_category, p_reason, p_direction)) r
    GROUP BY k
    ORDER BY CASE WHEN p_dimension = 'hour' THEN lpad(k, 2, '0') ELSE k END
$$;

-- Overrides by reason, every reason of the list (zero included), in the list's order.
CREATE FUNCTION report_reasons(p_from timestamptz, p_to timestamptz, p_dispatcher text, p_category text,
                               p_reason text, p_direction text)
RETURNS TABLE (code text, label text, overrides bigint)
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT o.code, o.label, count(r.decision_id)
    FROM :schema.override_reasons o
    LEFT JOIN :schema.report_rows(p_from, p_to, p_dispatcher, p_category, p_reason, p_direction) r
      ON r.reason_code = o.code
    GROUP BY o.code, o.label, o.sort_order
    ORDER BY o.sort_order, o.code
$$;

-- Eligible calls not served, by reason: every reason of the list (zero included), then 'not_recorded'.
CREATE FUNCTION report_unserved(p_from timestamptz, p_to timestamptz, p_dispatcher text, p_category text,
                                p_reason text, p_direction text)
RETURNS TABLE (code text, label text, calls bigint)
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    WITH r AS (SELECT unserved_code, count(*) AS n
               FROM :schema.report_rows(p_from, p_to, p_dispatcher, p_category, p_reason, p_direction)
               WHERE unserved_code IS NOT NULL GROUP BY unserved_code)
    SELECT code, label, calls FROM (
        SELECT u.code, u.label, coalesce(r.n, 0) AS calls, u.sort_order AS ord
        FROM :schema.unserved_reasons u LEFT JOIN r ON r.unserved_code = u.code
        UNION ALL
        SELECT 'not_recorded', 'No reason recorded',
               coalesce((SELECT n FROM r WHERE unserved_code = 'not_recorded'), 0), 2147483647) x
    ORDER BY ord, code
$$;

-- Receipt-to-decision seconds by hour of day: p50, p90 (from the histogram, as in report_summary) and how
-- many within 60 s.
CREATE FUNCTION report_timing(p_from timestamptz, p_to timestamptz, p_dispatcher text, p_category text,
                              p_reason text, p_direction text)
RETURNS TABLE (hour integer, timed bigint, p50 double precision, p90 double precision, within_60s bigint)
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    WITH h AS (
        SELECT hour::int AS hr, tenths / 10.0::double precision AS s, count(*) AS n,
               count(*) FILTER (WHERE seconds <= 60) AS w
        FROM :schema.report_rows(p_from, p_to, p_dispatcher, p_category, p_reason, p_direction)
        WHERE seconds IS NOT NULL
        GROUP BY 1, 2),
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

-- Police backup requested after an unarmed or co-responder dispatch, by the kind of the unit sent.
CREATE FUNCTION report_backup(p_from timestamptz, p_to timestamptz, p_dispatcher text, p_category text,
                              p_reason text, p_direction text)
RETURNS TABLE (kind text, dispatches bigint, backups bigint)
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT k.kind, count(r.decision_id), count(r.decision_id) FILTER (WHERE r.backup)
    FROM (VALUES ('unarmed', 0), ('co_responder', 1)) k (kind, ord)
    LEFT JOIN :schema.report_rows(p_from, p_to, p_dispatcher, p_category, p_reason, p_direction) r
      ON r.sent_kind = k.kind
    GROUP BY k.kind, k.ord ORDER BY k.ord
$$;

-- Outcomes by the kind sent ('' outcome: none recorded yet).
CREATE FUNCTION report_outcomes(p_from timestamptz, p_to timestamptz, p_dispatcher text, p_category text,
                                p_reason text, p_direction text)
RETURNS TABLE (kind text, outcome text, calls bigint)
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT sent_kind, coalesce(outcome, ''), count(*)
    FROM :schema.report_rows(p_from, p_to, p_dispatcher, p_category, p_reason, p_direction)
    GROUP BY 1, 2 ORDER BY :schema.kind_rank(sent_kind), 2
$$;

-- The decisions of the period, newest first, with what a reviewer needs to read them (at most p_limit).
CREATE FUNCTION report_decision_list(p_from timestamptz, p_to timestamptz, p_dispatcher text, p_category text,
                                     p_reason text, p_direction text, p_overrides_only boolean, p_limit integer)
RETURNS TABLE (decision_id bigint, cad_id text, received_at timestamptz, decided_at timestamptz,
               dispatcher text, workstation text, call_type text, category text, suggested_kind text,
               chosen_kind text, accepted boolean, reason_code text, note text, seconds double precision,
               direction smallint, unserved_code text, outcome text, backup boolean, verdict text,
               reviewer text, reviewed_at timestamptz)
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT r.decision_id, r.cad_id, r.received_at, r.decided_at, r.dispatcher, r.workstation, r.call_type,
           r.category, r.suggested_kind, r.chosen_kind, r.accepted, r.reason_code, d.note, r.seconds,
           r.direction, r.unserved_code, r.outcome, r.backup, a.verdict, a.reviewer, a.reviewed_at
    FROM :schema.report_rows(p_from, p_to, p_dispatcher, p_category, p_reason, p_direction) r
    JOIN :schema.decisions d ON d.id = r.decision_id
    LEFT JOIN LATERAL (SELECT verdict, reviewer, reviewed_at FROM :schema.review_annotations x
                       WHERE x.decision_id = r.decision_id ORDER BY x.id DESC LIMIT 1) a ON true
    WHERE NOT p_overrides_only OR NOT r.accepted
    ORDER BY r.decided_at DESC, r.decision_id DESC
    LIMIT p_limit
$$;

-- What the QA sample draws from: every decision of the period, its dispatcher, and why it must be reviewed
-- whatever the draw ('backup': police backup requested after an unarmed or co-responder dispatch;
-- 'away_from_police': an override away from police; '' none).
CREATE FUNCTION report_sample_frame(p_from timestamptz, p_to timestamptz, p_dispatcher text, p_category text,
                                    p_reason text, p_direction text)
RETURNS TABLE (decision_id bigint, dispatcher text, flag text)
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT decision_id, dispatcher,
           CASE WHEN backup AND sent_kind <> 'police' THEN 'backup'
                WHEN direction < 0 THEN 'away_from_police' ELSE '' END
    FROM :schema.report_rows(p_from, p_to, p_dispatcher, p_category, p_reason, p_direction)
    ORDER BY decision_id
$$;

-- Supervisors and administrators review and draw samples; dispatchers may not (the database refuses them).
REVOKE ALL ON unserved_reasons, decision_facts, review_annotations, qa_samples FROM PUBLIC;
GRANT SELECT ON unserved_reasons TO rr_dispatcher, rr_supervisor, rr_admin;
GRANT SELECT ON decision_facts, review_annotations, qa_samples TO rr_supervisor, rr_admin;
GRANT INSERT ON review_annotations, qa_samples TO rr_supervisor, rr_admin;
GRANT USAGE ON SEQUENCE review_annotations_id_seq, qa_samples_id_seq TO rr_supervisor, rr_admin;
GRANT INSERT, UPDATE, DELETE ON unserved_reasons TO rr_admin;

-- Trainers own the training sandbox (migration 0004): they review trainees there.
DO $$
BEGIN
    IF current_schema() = 'training' THEN
        GRANT SELECT ON unserved_reasons, decision_facts, review_annotations, qa_samples TO rr_trainer;
        GRANT INSERT ON review_annotations, qa_samples TO rr_trainer;
        GRANT USAGE ON SEQUENCE review_annotations_id_seq, qa_samples_id_seq TO rr_trainer;
    END IF;
END
$$;

-- One call's story reads its event-log rows: those of the call itself and of the rows that name it.
CREATE INDEX event_log_call ON event_log
    ((coalesce(data ->> 'call_id', CASE WHEN table_name = 'calls' THEN row_id END)));
