-- scope: global
-- Training sessions (`rightresponse-cli training start`, the trainer window): a scenario replayed to several
-- trainees at once, each in a sandbox of their own, so that every trainee decides every call independently
-- (two trainees never see or race each other's decisions) while first-wins still holds inside one sandbox:
-- a sandbox is a schema with the same tables, triggers and functions as live (every per-schema migration,
-- applied in order).
--
-- Trainees. A trainee is a member of staff in the group role rr_trainee (`staff add ID --role trainee`). The
-- group has no privilege on live or training at all; each trainee login gets, on their own sandbox only,
-- the privileges rr_dispatcher has on live (copied from the sandbox's own grants, so that a later migration
-- that grants dispatchers something grants it to trainees too), and nobody else but the trainers gets
-- anything there.
--
-- Who creates a sandbox. Only trainers (members of rr_trainer) and the database owner, and only through
-- trainer.create_sandbox(): SECURITY DEFINER, owned by the owner that runs the migrations, which checks the
-- caller again, names the schema itself (trainer.sandbox_name: trn_<session>_<login>), and applies the
-- per-schema migrations from public.rr_schema_templates, which only the owner can write (the migrator fills
-- it). A trainer needs no CREATE privilege anywhere, and a dispatcher or a trainee is refused.
--
-- The change feed. Each schema notifies a channel of its own (migration 0011): rr_changes for live,
-- rr_changes_<schema> for the others, so nothing a session does reaches a live console.

DO $$
BEGIN
    CREATE ROLE rr_trainee NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
    NULL; -- roles are cluster-wide: another database created it first
END
$$;

-- A trainee signs in, checks the schema version and finds their sandbox; nothing on live or training.
REVOKE ALL ON SCHEMA live, training FROM rr_trainee;
GRANT USAGE ON SCHEMA public, staff TO rr_trainee;
GRANT SELECT ON public.rr_schema_migrations TO rr_trainee;

-- The staff role 'trainee'.
ALTER TABLE staff.members DROP CONSTRAINT members_role_check;
ALTER TABLE staff.members ADD CONSTRAINT members_role_check
    CHECK (role IN ('dispatcher', 'supervisor', 'trainer', 'admin', 'trainee'));

CREATE OR REPLACE FUNCTION staff.group_role(role text) RETURNS text LANGUAGE plpgsql IMMUTABLE
SET search_path = pg_catalog AS $$
BEGIN
    IF role IN ('dispatcher', 'supervisor', 'trainer', 'admin', 'trainee') THEN
        RETURN 'rr_' || role;
    END IF;
    RAISE EXCEPTION 'unknown staff role "%": dispatcher, supervisor, trainer, trainee or admin', role
        USING ERRCODE = 'invalid_parameter_value';
END
$$;

CREATE OR REPLACE FUNCTION staff.set_role(login text, role text) RETURNS void LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog AS $$
DECLARE
    m staff.members;
    g text;
BEGIN
    PERFORM staff.require_admin();
    PERFORM staff.group_role(role);
    m := staff.member(login);
    FOREACH g IN ARRAY ARRAY['rr_dispatcher', 'rr_supervisor', 'rr_trainer', 'rr_admin', 'rr_trainee'] LOOP
        IF pg_has_role(m.login, g, 'MEMBER') THEN
            EXECUTE format('REVOKE %I FROM %I', g, m.login);
        END IF;
    END LOOP;
    EXECUTE format('GRANT %I TO %I', staff.group_role(role), m.login);
    UPDATE staff.members SET role = set_role.role, updated_at = now() WHERE members.login = m.login;
    PERFORM staff.log(m.login, 'STAFF SET ROLE', jsonb_build_object('from', m.role, 'to', role));
END
$$;

CREATE OR REPLACE FUNCTION staff.whoami(OUT login text, OUT name text, OUT role text, OUT owner boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog AS $$
    SELECT session_user::text, m.name,
           coalesce(m.role, CASE
               WHEN pg_has_role(session_user, 'rr_admin', 'MEMBER') THEN 'admin'
               WHEN pg_has_role(session_user, 'rr_supervisor', 'MEMBER') THEN 'supervisor'
               WHEN pg_has_role(session_user, 'rr_dispatcher', 'MEMBER') THEN 'dispatcher'
               WHEN pg_has_role(session_user, 'rr_trainer', 'MEMBER') THEN 'trainer'
               WHEN pg_has_role(session_user, 'rr_trainee', 'MEMBER') THEN 'trainee' END),
           staff.is_owner_session()
    FROM (SELECT 1) one LEFT JOIN staff.members m ON m.login = session_user::text
$$;

-- The per-schema migrations, as the migrator applied them to live and training: what a new sandbox is
-- made of. Written by the migrator (the owner) only.
CREATE TABLE IF NOT EXISTS public.rr_schema_templates (
    version integer PRIMARY KEY,
    name text NOT NULL,
    sql text NOT NULL
);
REVOKE ALL ON public.rr_schema_templates FROM PUBLIC;

CREATE SCHEMA IF NOT EXISTS trainer;
REVOKE ALL ON SCHEMA trainer FROM PUBLIC;
GRANT USAGE ON SCHEMA trainer TO rr_trainer, rr_trainee, rr_admin;

-- A session: one scenario (by name and version) replayed at a speed. state: ready (sandboxes made, nothing
-- released), running, paused, finished (every call released) or stopped (ended early). position_ms: the
-- scenario time reached, kept as the clock moves so that a trainer window shows where a session is.
CREATE TABLE trainer.sessions (
    id bigserial PRIMARY KEY,
    scenario_name text NOT NULL CHECK (btrim(scenario_name) <> ''),
    scenario_version integer NOT NULL CHECK (scenario_version >= 1),
    speed double precision NOT NULL CHECK (speed BETWEEN 0.5 AND 8),
    state text NOT NULL DEFAULT 'ready' CHECK (state IN ('ready', 'running', 'paused', 'finished', 'stopped')),
    position_ms bigint NOT NULL DEFAULT 0 CHECK (position_ms >= 0),
    call_count integer NOT NULL CHECK (call_count >= 0),
    started_by text NOT NULL DEFAULT session_user CHECK (started_by <> ''),
    created_at timestamptz NOT NULL DEFAULT now(),
    started_at timestamptz,
    ended_at timestamptz,
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TRIGGER sessions_stamp BEFORE INSERT ON trainer.sessions FOR EACH ROW
    EXECUTE FUNCTION staff.stamp_operator('started_by');

-- The scenario's calls in the order they are released (seq), with their offset from the scenario's start
-- and when they were released into the sandboxes (NULL: not yet; skipped: passed over by a jump).
CREATE TABLE trainer.session_calls (
    session_id bigint NOT NULL REFERENCES trainer.sessions (id),
    seq integer NOT NULL CHECK (seq >= 0),
    cad_id text NOT NULL CHECK (cad_id <> ''),
    offset_ms bigint NOT NULL CHECK (offset_ms >= 0),
    released_at timestamptz,
    skipped boolean NOT NULL DEFAULT false,
    PRIMARY KEY (session_id, seq),
    UNIQUE (session_id, cad_id)
);

-- Who trains in a session, and in which sandbox (written by trainer.create_sandbox only).
CREATE TABLE trainer.session_trainees (
    session_id bigint NOT NULL REFERENCES trainer.sessions (id),
    login text NOT NULL,
    schema_name text NOT NULL UNIQUE,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (session_id, login)
);

REVOKE ALL ON trainer.sessions, trainer.session_calls, trainer.session_trainees FROM PUBLIC;
GRANT SELECT, INSERT, UPDATE ON trainer.sessions, trainer.session_calls TO rr_trainer;
GRANT SELECT ON trainer.session_trainees TO rr_trainer;
GRANT USAGE ON SEQUENCE trainer.sessions_id_seq TO rr_trainer;
GRANT SELECT ON trainer.sessions, trainer.session_calls, trainer.session_trainees TO rr_admin;

-- True for a trainer (a member of rr_trainer) and for the owner's own connection (command line, demo).
CREATE FUNCTION trainer.may_train() RETURNS boolean LANGUAGE sql STABLE
SET search_path = pg_catalog AS $$
    SELECT staff.is_owner_session() OR pg_has_role(session_user, 'rr_trainer', 'MEMBER')
$$;

-- The sandbox schema of `login` in session `session`: trn_<session>_<login>, the login lower-cased with any
-- character but a-z and 0-9 written '_', cut so that the name stays within 52 characters (its change channel
-- rr_changes_<name> within 63). StoreSchema::sandbox() accepts exactly these names.
CREATE FUNCTION trainer.sandbox_name(session bigint, login text) RETURNS text LANGUAGE sql IMMUTABLE
SET search_path = pg_catalog AS $$
    SELECT 'trn_' || session || '_'
        || left(regexp_replace(lower(login), '[^a-z0-9]', '_', 'g'), least(40, 52 - length('trn_' || session || '_')))
$$;

-- Gives the trainee of sandbox `sb` a dispatcher's privileges there, and takes away everything the
-- migrations granted the group roles in it; trainers may read it all and release calls into it. Run again
-- by the migrator after it applies a new per-schema migration to existing sandboxes.
CREATE FUNCTION trainer.seal_sandbox(sb text) RETURNS void LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    trainee text;
    ns oid;
    r record;
    g text;
BEGIN
    IF NOT trainer.may_train() THEN
        RAISE EXCEPTION 'only a trainer may prepare a training sandbox' USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT t.login INTO trainee FROM trainer.session_trainees t WHERE t.schema_name = sb;
    SELECT n.oid INTO ns FROM pg_namespace n WHERE n.nspname = sb;
    IF trainee IS NULL OR ns IS NULL THEN
        RAISE EXCEPTION '"%" is not a training sandbox', sb USING ERRCODE = 'undefined_object';
    END IF;
    -- What a dispatcher may do on live, the trainee may do here: tables, sequences and columns.
    FOR r IN SELECT c.oid::regclass AS rel, c.relkind, a.privilege_type
             FROM pg_class c, aclexplode(c.relacl) a
             WHERE c.relnamespace = ns AND a.grantee = 'rr_dispatcher'::regrole LOOP
        EXECUTE format('GRANT %s ON %s %s TO %I', r.privilege_type,
                       CASE WHEN r.relkind = 'S' THEN 'SEQUENCE' ELSE 'TABLE' END, r.rel, trainee);
    END LOOP;
    FOR r IN SELECT c.oid::regclass AS rel, att.attname, a.privilege_type
             FROM pg_class c JOIN pg_attribute att ON att.attrelid = c.oid, aclexplode(att.attacl) a
             WHERE c.relnamespace = ns AND a.grantee = 'rr_dispatcher'::regrole LOOP
        EXECUTE format('GRANT %s (%I) ON TABLE %s TO %I', r.privilege_type, r.attname, r.rel, trainee);
    END LOOP;
    -- Nobody else: not the dispatchers, supervisors, intake or administrators of the centre.
    FOREACH g IN ARRAY ARRAY['rr_dispatcher', 'rr_supervisor', 'rr_intake', 'rr_admin'] LOOP
        EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA %I FROM %I', sb, g);
        EXECUTE format('REVOKE ALL ON ALL SEQUENCES IN SCHEMA %I FROM %I', sb, g);
        EXECUTE format('REVOKE ALL ON SCHEMA %I FROM %I', sb, g);
    END LOOP;
    EXECUTE format('REVOKE ALL ON SCHEMA %I FROM PUBLIC', sb);
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I, rr_trainer', sb, trainee);
    -- Trainers release calls into it (as the intake stores calls on live) and read every row of it.
    EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO rr_trainer', sb);
    EXECUTE format('GRANT INSERT, UPDATE ON %I.calls TO rr_trainer', sb);
    EXECUTE format('GRANT INSERT ON %I.suggestions TO rr_trainer', sb);
    EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA %I TO rr_trainer', sb);
END
$$;

-- Creates the sandbox of trainee `login` in session `session` (still 'ready'): the schema, every per-schema
-- migration in order, the units of the training schema's roster (all available), and the grants of
-- seal_sandbox. Returns the schema's name. One transaction with the caller's.
CREATE FUNCTION trainer.create_sandbox(session bigint, login text) RETURNS text LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    sb text := trainer.sandbox_name(session, login);
    m record;
BEGIN
    IF NOT trainer.may_train() THEN
        RAISE EXCEPTION 'only a trainer may create a training sandbox' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM trainer.sessions s WHERE s.id = create_sandbox.session AND s.state = 'ready') THEN
        RAISE EXCEPTION 'no training session % waiting for its trainees', session USING ERRCODE = 'undefined_object';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = login AND r.rolcanlogin
                   AND pg_has_role(r.oid, 'rr_trainee', 'MEMBER')) THEN
        RAISE EXCEPTION '"%" is not an active trainee login (rightresponse-cli staff add % --role trainee)', login, login
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF EXISTS (SELECT 1 FROM trainer.session_trainees t WHERE t.session_id = create_sandbox.session
               AND t.schema_name = sb) OR EXISTS (SELECT 1 FROM pg_namespace n WHERE n.nspname = sb) THEN
        RAISE EXCEPTION 'the sandbox % is already taken (two trainee IDs that differ only in case or punctuation?)', sb
            USING ERRCODE = 'duplicate_object';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM public.rr_schema_templates) THEN
        RAISE EXCEPTION 'the database has no schema templates: run `rightresponse-cli db migrate`'
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    INSERT INTO trainer.session_trainees (session_id, login, schema_name) VALUES (session, login, sb);
    EXECUTE format('CREATE SCHEMA %I', sb);
    FOR m IN SELECT t.version, t.sql FROM public.rr_schema_templates t ORDER BY t.version LOOP
        PERFORM set_config('search_path', format('%I, pg_temp', sb), true);
        EXECUTE replace(m.sql, ':schema', format('%I', sb));
    END LOOP;
    PERFORM set_config('search_path', 'pg_catalog, pg_temp', true);
    EXECUTE format('INSERT INTO %I.units (id, name, kind, latitude, longitude)'
                   ' SELECT id, name, kind, latitude, longitude FROM training.units', sb);
    PERFORM trainer.seal_sandbox(sb);
    RETURN sb;
END
$$;

-- The sandbox of `login` in `session` (NULL: none). A trainee asks for their own (the login is theirs
-- whatever they pass); a trainer or the owner's connection for anyone's.
CREATE FUNCTION trainer.sandbox_of(session bigint, login text DEFAULT NULL) RETURNS text LANGUAGE sql STABLE
SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT t.schema_name FROM trainer.session_trainees t
    WHERE t.session_id = sandbox_of.session
      AND t.login = CASE WHEN trainer.may_train() THEN coalesce(sandbox_of.login, session_user::text)
                         ELSE session_user::text END
$$;

REVOKE ALL ON FUNCTION trainer.seal_sandbox(text), trainer.create_sandbox(bigint, text),
    trainer.sandbox_of(bigint, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION trainer.seal_sandbox(text), trainer.create_sandbox(bigint, text) TO rr_trainer;
GRANT EXECUTE ON FUNCTION trainer.sandbox_of(bigint, text) TO rr_trainer, rr_trainee;
