-- scope: global
-- Archiving a training session: once it has ended, a trainer drops its sandboxes (one schema per trainee, each
-- with the whole set of tables) and keeps what scoring and the report read, one row per trainee and call, so
-- that the session's scores and report stay exactly as they were. A session still running or paused keeps
-- its sandboxes.
ALTER TABLE trainer.sessions ADD COLUMN archived_at timestamptz;

-- Per trainee and call of an archived session: the call's receipt, the category of its latest suggestion,
-- the rules version the trainee was shown, and the trainee's decision (NULL columns: never decided).
CREATE TABLE trainer.archived_calls (
    session_id bigint NOT NULL REFERENCES trainer.sessions (id),
    trainee text NOT NULL,
    cad_id text NOT NULL,
    received_at timestamptz,
    category text,
    rules_version text,
    suggested_kind text,
    chosen_kind text,
    accepted boolean,
    reason_code text,
    decided_at timestamptz,
    PRIMARY KEY (session_id, trainee, cad_id)
);
REVOKE ALL ON trainer.archived_calls FROM PUBLIC;
GRANT SELECT ON trainer.archived_calls TO rr_trainer, rr_supervisor, rr_admin;

-- Archives session `session`: copies each trainee's calls and decisions into trainer.archived_calls, drops
-- the sandboxes and stamps archived_at. Returns the number of sandboxes dropped. Trainers and the owner's
-- connection only; refused for a session that has not ended or is archived already. One transaction with the
-- caller's: all or nothing.
CREATE FUNCTION trainer.archive_session(session bigint) RETURNS integer LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    s record;
    t record;
    dropped integer := 0;
BEGIN
    IF NOT trainer.may_train() THEN
        RAISE EXCEPTION 'only a trainer may archive a training session' USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT * INTO s FROM trainer.sessions x WHERE x.id = archive_session.session FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no training session %', session USING ERRCODE = 'undefined_object';
    END IF;
    IF s.archived_at IS NOT NULL THEN
        RAISE EXCEPTION 'training session % is archived already', session USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    IF s.state NOT IN ('finished', 'stopped') THEN
        RAISE EXCEPTION 'training session % is %: stop it or let it finish before archiving it', session, s.state
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    FOR t IN SELECT st.login, st.schema_name FROM trainer.session_trainees st
             WHERE st.session_id = archive_session.session ORDER BY st.login LOOP
        IF EXISTS (SELECT 1 FROM pg_namespace n WHERE n.nspname = t.schema_name) THEN
            EXECUTE format(
                'INSERT INTO trainer.archived_calls (session_id, trainee, cad_id, received_at, category,'
                ' rules_version, suggested_kind, chosen_kind, accepted, reason_code, decided_at)'
                ' SELECT $1, $2, c.cad_id, c.received_at, g.category, g.rules_version, d.suggested_kind,'
                ' d.chosen_kind, d.accepted, d.reason_code, d.decided_at'
                ' FROM %1$I.calls c'
                ' LEFT JOIN LATERAL (SELECT x.category, x.rules_version FROM %1$I.suggestions x'
                '                    WHERE x.call_id = c.id ORDER BY x.id DESC LIMIT 1) g ON true'
                ' LEFT JOIN %1$I.decisions d ON d.call_id = c.id', t.schema_name)
                USING archive_session.session, t.login;
            EXECUTE format('DROP SCHEMA %I CASCADE', t.schema_name);
            dropped := dropped + 1;
        END IF;
    END LOOP;
    UPDATE trainer.sessions SET archived_at = now(), updated_at = now() WHERE id = archive_session.session;
    RETURN dropped;
END
$$;
REVOKE ALL ON FUNCTION trainer.archive_session(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION trainer.archive_session(bigint) TO rr_trainer, rr_admin;
