-- scope: global
-- Training scores: each trainee's score for a session, stored append-only with the session, the scenario's
-- name and version and the rules version of the suggestions the trainee was shown. Scoring a session again
-- (a trainee decided a late call) adds a row; the latest row per session and trainee is the score, and every
-- row stays as history. Trainers write and read; supervisors and administrators read; a trainee reads their
-- own scores only; the triggers refuse changes from everyone.
CREATE TABLE trainer.scores (
    id bigserial PRIMARY KEY,
    session_id bigint NOT NULL REFERENCES trainer.sessions (id),
    trainee text NOT NULL CHECK (trainee <> ''),
    scenario_name text NOT NULL,
    scenario_version integer NOT NULL CHECK (scenario_version >= 1),
    rules_version text NOT NULL DEFAULT '',
    points integer NOT NULL,
    max_points integer NOT NULL CHECK (max_points >= 0),
    percent numeric(5, 1) NOT NULL CHECK (percent BETWEEN 0 AND 100),
    calls integer NOT NULL CHECK (calls >= 0),
    decided integer NOT NULL CHECK (decided BETWEEN 0 AND calls),
    correct integer NOT NULL CHECK (correct BETWEEN 0 AND decided),
    unsafe integer NOT NULL CHECK (unsafe BETWEEN 0 AND decided),
    within_target integer NOT NULL CHECK (within_target BETWEEN 0 AND decided),
    mean_seconds double precision,
    median_seconds double precision,
    detail jsonb NOT NULL, -- per call: cad_id, category, key, choice, verdict, seconds, points
    scored_by text NOT NULL DEFAULT session_user,
    scored_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX scores_trainee ON trainer.scores (trainee, scored_at);
CREATE INDEX scores_session ON trainer.scores (session_id, trainee, id);

CREATE FUNCTION trainer.refuse_score_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'training scores are append-only: rows cannot be changed or removed'
        USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER scores_append_only BEFORE UPDATE OR DELETE ON trainer.scores
    FOR EACH ROW EXECUTE FUNCTION trainer.refuse_score_change();
CREATE TRIGGER scores_no_truncate BEFORE TRUNCATE ON trainer.scores
    FOR EACH STATEMENT EXECUTE FUNCTION trainer.refuse_score_change();
-- The scorer is whoever is signed in, whatever the client sends.
CREATE FUNCTION trainer.stamp_scorer() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.scored_by := session_user;
    NEW.scored_at := clock_timestamp();
    RETURN NEW;
END
$$;
CREATE TRIGGER scores_stamp BEFORE INSERT ON trainer.scores FOR EACH ROW EXECUTE FUNCTION trainer.stamp_scorer();

REVOKE ALL ON trainer.scores FROM PUBLIC;
GRANT SELECT, INSERT ON trainer.scores TO rr_trainer;
GRANT USAGE ON SEQUENCE trainer.scores_id_seq TO rr_trainer;
GRANT USAGE ON SCHEMA trainer TO rr_supervisor;
GRANT SELECT ON trainer.scores TO rr_supervisor, rr_admin;
-- A trainee sees their own scores, nobody else's.
GRANT SELECT ON trainer.scores TO rr_trainee;
ALTER TABLE trainer.scores ENABLE ROW LEVEL SECURITY;
CREATE POLICY scores_staff ON trainer.scores FOR ALL TO rr_trainer, rr_supervisor, rr_admin USING (true)
    WITH CHECK (true);
CREATE POLICY scores_own ON trainer.scores FOR SELECT TO rr_trainee USING (trainee = session_user);
