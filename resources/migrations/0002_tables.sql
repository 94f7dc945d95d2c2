-- scope: per-schema
-- Calls, suggestions, decisions, units, outcomes and the event log. Applied once in each of the schemas
-- live and training, with search_path set to that schema; functions keep that search_path.

CREATE TABLE override_reasons (
    code text PRIMARY KEY,
    label text NOT NULL,
    needs_note boolean NOT NULL DEFAULT false,
    sort_order integer NOT NULL DEFAULT 0
);
INSERT INTO override_reasons (code, label, needs_note, sort_order) VALUES
    ('new_information', 'New information (e.g. a weapon)', false, 1),
    ('caller_request', 'Caller request', false, 2),
    ('no_unit_free', 'No unit of that kind free', false, 3),
    ('safety_history', 'Safety history at the address', false, 4),
    ('supervisor_direction', 'Supervisor direction', false, 5),
    ('other', 'Other (note required)', true, 6);

CREATE TABLE outcome_codes (
    code text PRIMARY KEY,
    label text NOT NULL,
    sort_order integer NOT NULL DEFAULT 0
);
INSERT INTO outcome_codes (code, label, sort_order) VALUES
    ('resolved_on_scene', 'Resolved on scene', 1),
    ('transported', 'Transported', 2),
    ('referred', 'Referred to services', 3),
    ('police_backup_requested', 'Police backup requested', 4),
    ('arrest', 'Arrest', 5),
    ('report_taken', 'Report taken', 6),
    ('gone_on_arrival', 'Gone on arrival', 7),
    ('caller_refused', 'Caller refused', 8),
    ('cancelled', 'Cancelled', 9);

CREATE TABLE calls (
    id bigserial PRIMARY KEY,
    cad_id text NOT NULL UNIQUE CHECK (cad_id <> ''),
    received_at timestamptz,
    call_type text NOT NULL DEFAULT '',
    call_code text NOT NULL DEFAULT '',
    priority integer,
    narrative text NOT NULL DEFAULT '',
    address text NOT NULL DEFAULT '',
    latitude double precision CHECK (latitude BETWEEN -90 AND 90),
    longitude double precision CHECK (longitude BETWEEN -180 AND 180),
    beat text NOT NULL DEFAULT '',
    weapon text NOT NULL DEFAULT 'unknown' CHECK (weapon IN ('yes', 'no', 'unknown')),
    violence text NOT NULL DEFAULT 'unknown' CHECK (violence IN ('yes', 'no', 'unknown')),
    injury text NOT NULL DEFAULT 'unknown' CHECK (injury IN ('yes', 'no', 'unknown')),
    self_harm text NOT NULL DEFAULT 'unknown' CHECK (self_harm IN ('yes', 'no', 'unknown')),
    domestic text NOT NULL DEFAULT 'unknown' CHECK (domestic IN ('yes', 'no', 'unknown')),
    crime_in_progress text NOT NULL DEFAULT 'unknown' CHECK (crime_in_progress IN ('yes', 'no', 'unknown')),
    status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'decided', 'closed')),
    version bigint NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX calls_open ON calls (status) WHERE status <> 'closed';
CREATE INDEX calls_address ON calls (address);

-- Every triage of a call; the latest row is the current suggestion. Append-only.
CREATE TABLE suggestions (
    id bigserial PRIMARY KEY,
    call_id bigint NOT NULL REFERENCES calls (id),
    kind text NOT NULL CHECK (kind IN ('unarmed', 'co_responder', 'police')),
    ems boolean NOT NULL,
    confidence real NOT NULL,
    category text NOT NULL,
    reasons jsonb NOT NULL,
    triggers jsonb NOT NULL DEFAULT '[]',
    rules_version text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX suggestions_call ON suggestions (call_id, id DESC);

-- One decision per call: the first one stored wins (unique call_id). request_id makes a replayed request
-- (from the offline journal) idempotent. Append-only.
CREATE TABLE decisions (
    id bigserial PRIMARY KEY,
    call_id bigint NOT NULL UNIQUE REFERENCES calls (id),
    request_id uuid NOT NULL UNIQUE,
    suggestion_id bigint REFERENCES suggestions (id),
    suggested_kind text NOT NULL CHECK (suggested_kind IN ('unarmed', 'co_responder', 'police')),
    chosen_kind text NOT NULL CHECK (chosen_kind IN ('unarmed', 'co_responder', 'police')),
    accepted boolean NOT NULL,
    reason_code text REFERENCES override_reasons (code),
    note text NOT NULL DEFAULT '',
    unit_id text,
    unserved_reason text NOT NULL DEFAULT '',
    dispatcher text NOT NULL CHECK (dispatcher <> ''),
    workstation text NOT NULL DEFAULT '',
    decided_at timestamptz NOT NULL DEFAULT now(),
    seconds_from_receipt double precision,
    CHECK (accepted = (reason_code IS NULL)),
    CHECK (NOT accepted OR chosen_kind = suggested_kind)
);

CREATE TABLE units (
    id text PRIMARY KEY,
    name text NOT NULL,
    kind text NOT NULL CHECK (kind IN ('unarmed', 'co_responder', 'police')),
    status text NOT NULL DEFAULT 'available'
        CHECK (status IN ('available', 'dispatched', 'en_route', 'on_scene', 'out_of_service', 'off_shift')),
    latitude double precision,
    longitude double precision,
    current_call_id bigint REFERENCES calls (id),
    version bigint NOT NULL DEFAULT 1,
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE unit_status_history (
    id bigserial PRIMARY KEY,
    unit_id text NOT NULL REFERENCES units (id),
    status text NOT NULL,
    call_id bigint REFERENCES calls (id),
    request_id uuid UNIQUE,
    changed_by text NOT NULL,
    workstation text NOT NULL DEFAULT '',
    changed_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE outcomes (
    id bigserial PRIMARY KEY,
    call_id bigint NOT NULL REFERENCES calls (id),
    outcome text NOT NULL REFERENCES outcome_codes (code),
    note text NOT NULL DEFAULT '',
    recorded_by text NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now()
);

-- Who changed what and when. Written only by triggers; nobody may change or remove a row.
CREATE TABLE event_log (
    id bigserial PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT clock_timestamp(),
    actor text NOT NULL,
    table_name text NOT NULL,
    row_id text NOT NULL,
    operation text NOT NULL,
    row_version bigint,
    data jsonb NOT NULL
);

-- Row versions for the change feed.
CREATE FUNCTION bump_version() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    NEW.version := OLD.version + 1;
    NEW.updated_at := now();
    RETURN NEW;
END
$$;
CREATE TRIGGER calls_version BEFORE UPDATE ON calls FOR EACH ROW EXECUTE FUNCTION bump_version();
CREATE TRIGGER units_version BEFORE UPDATE ON units FOR EACH ROW EXECUTE FUNCTION bump_version();

-- The event log and the notification to every console: id, operation and row version only.
CREATE FUNCTION log_change() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    row_json jsonb := to_jsonb(NEW);
    ver bigint := (row_json ->> 'version')::bigint;
    actor text := coalesce(nullif(current_setting('rr.actor', true), ''), session_user);
BEGIN
    INSERT INTO event_log (actor, table_name, row_id, operation, row_version, data)
    VALUES (actor, TG_TABLE_NAME, row_json ->> 'id', TG_OP, ver, row_json);
    PERFORM pg_notify('rr_changes', json_build_object(
        's', TG_TABLE_SCHEMA, 't', TG_TABLE_NAME, 'id', row_json ->> 'id',
        'op', left(TG_OP, 1), 'v', ver)::text);
    RETURN NULL;
END
$$;
CREATE TRIGGER calls_log AFTER INSERT OR UPDATE ON calls FOR EACH ROW EXECUTE FUNCTION log_change();
CREATE TRIGGER suggestions_log AFTER INSERT ON suggestions FOR EACH ROW EXECUTE FUNCTION log_change();
CREATE TRIGGER decisions_log AFTER INSERT ON decisions FOR EACH ROW EXECUTE FUNCTION log_change();
CREATE TRIGGER units_log AFTER INSERT OR UPDATE ON units FOR EACH ROW EXECUTE FUNCTION log_change();
CREATE TRIGGER unit_status_log AFTER INSERT ON unit_status_history FOR EACH ROW EXECUTE FUNCTION log_change();
CREATE TRIGGER outcomes_log AFTER INSERT ON outcomes FOR EACH ROW EXECUTE FUNCTION log_change();

-- The audit trail cannot be rewritten, whoever asks: privileges say so for the application roles, and these
-- triggers say so for everyone else.
CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: rows cannot be changed or removed', TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER decisions_append_only BEFORE UPDATE OR DELETE ON decisions FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER decisions_no_truncate BEFORE TRUNCATE ON decisions FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
CREATE TRIGGER event_log_append_only BEFORE UPDATE OR DELETE ON event_log FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER event_log_no_truncate BEFORE TRUNCATE ON event_log FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
CREATE TRIGGER suggestions_append_only BEFORE UPDATE OR DELETE ON suggestions FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER status_append_only BEFORE UPDATE OR DELETE ON unit_status_history FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER outcomes_append_only BEFORE UPDATE OR DELETE ON outcomes FOR EACH ROW EXECUTE FUNCTION refuse_change();
