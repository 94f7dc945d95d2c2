-- scope: global
-- The training library: scenarios of de-identified historical calls with their answer keys
-- (models/training, `rightresponse-cli scenario`). A scenario is kept whole, as the JSON document it travels
-- in (ScenarioJson: "format", calls with their offsets, calls and keys), with its name, version and the
-- figures a list shows in columns of their own. One row per version: an edited scenario (its calls or its key)
-- is a new version, so that a score always names the calls and the key it was scored against; rows are never
-- changed or removed, whoever asks.
--
-- Who may: trainers and administrators add scenarios; trainers, supervisors and administrators read them.
-- Dispatchers (trainees among them) have no privilege on the library at all: a trainee never reads a key.
-- created_by is stamped by the database with the signed-in login (staff.stamp_operator, migration 0007).

CREATE TABLE training.scenarios (
    id bigserial PRIMARY KEY,
    name text NOT NULL CHECK (name ~ '^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$'),
    version integer NOT NULL CHECK (version >= 1),
    description text NOT NULL DEFAULT '',
    tags text[] NOT NULL DEFAULT '{}',
    source text NOT NULL DEFAULT '',
    rules_version text NOT NULL DEFAULT '',
    call_count integer NOT NULL CHECK (call_count > 0),
    duration_ms bigint NOT NULL CHECK (duration_ms >= 0),
    body jsonb NOT NULL CHECK (jsonb_typeof(body) = 'object' AND body ? 'format' AND body ? 'calls'),
    created_by text NOT NULL DEFAULT session_user,
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (name, version)
);
CREATE INDEX scenarios_latest ON training.scenarios (name, version DESC);

CREATE TRIGGER scenarios_stamp BEFORE INSERT ON training.scenarios
    FOR EACH ROW EXECUTE FUNCTION staff.stamp_operator('created_by');
CREATE TRIGGER scenarios_append_only BEFORE UPDATE OR DELETE ON training.scenarios
    FOR EACH ROW EXECUTE FUNCTION training.refuse_change();
CREATE TRIGGER scenarios_no_truncate BEFORE TRUNCATE ON training.scenarios
    FOR EACH STATEMENT EXECUTE FUNCTION training.refuse_change();

REVOKE ALL ON training.scenarios FROM PUBLIC;
REVOKE ALL ON SEQUENCE training.scenarios_id_seq FROM PUBLIC;
GRANT SELECT ON training.scenarios TO rr_trainer, rr_supervisor, rr_admin;
GRANT INSERT ON training.scenarios TO rr_trainer, rr_admin;
GRANT USAGE ON SEQUENCE training.scenarios_id_seq TO rr_trainer, rr_admin;
