-- scope: global
-- Staff: a member of staff is a PostgreSQL login in one of the group roles rr_dispatcher, rr_supervisor,
-- rr_trainer or rr_admin, with a SCRAM-SHA-256 password. The database stamps every "who" column with the
-- signed-in login, whatever the client sends.
--
-- Managing staff. Only administrators (members of rr_admin; the database owner and superusers too) may add,
-- change, disable, enable or reset the password of a member of staff, and only through the functions of the
-- schema `staff` below: they are SECURITY DEFINER, owned by the owner that runs the migrations (a superuser
-- or a role with CREATEROLE), EXECUTE is granted to rr_admin only, and each checks again that the session's
-- user is an administrator. They manage only the logins listed in staff.members, never another role (not the
-- owner, not a group role). Passwords arrive as SCRAM-SHA-256 verifiers hashed by the client
-- (PQencryptPasswordConn): a clear-text password is refused, so that it never reaches the server, its logs
-- or pg_stat_activity. Every change writes a row to live.event_log (table_name 'staff', never the verifier).
--
-- The operator stamp. decisions.dispatcher, screening_answers.dispatcher, unit_status_history.changed_by and
-- outcomes.recorded_by, in live and training, default to session_user and a BEFORE INSERT trigger
-- (staff.stamp_operator) sets them to session_user whatever the client sent. The event log's actor is the
-- session's user too (with the workstation the client names: "D17@WS-3"). One exception: a session whose user
-- is the database owner or a superuser (the embedded cluster's own connection, used by the command line, the
-- intake and the single-machine demo) keeps the ID the client gives, as before; it can do anything anyway.
-- A later table with a "who" column takes the same trigger: EXECUTE FUNCTION staff.stamp_operator('column').

CREATE SCHEMA IF NOT EXISTS staff;
REVOKE ALL ON SCHEMA staff FROM PUBLIC;
GRANT USAGE ON SCHEMA staff TO rr_dispatcher, rr_supervisor, rr_trainer, rr_intake, rr_admin;

-- The staff directory: one row per login the product created. The login itself (its password, whether it
-- may log in, its group role) is the PostgreSQL role; `role` and `active` mirror it for listing.
CREATE TABLE staff.members (
    login text PRIMARY KEY,
    name text NOT NULL CHECK (btrim(name) <> ''),
    role text NOT NULL CHECK (role IN ('dispatcher', 'supervisor', 'trainer', 'admin')),
    active boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
REVOKE ALL ON staff.members FROM PUBLIC;
-- Supervisors and trainers see who is who (reviews, trainees' scores); administrators manage.
GRANT SELECT ON staff.members TO rr_supervisor, rr_trainer, rr_admin;

-- Staff logins check the schema version before they work (they may not migrate).
GRANT USAGE ON SCHEMA public TO rr_dispatcher, rr_supervisor, rr_trainer, rr_intake, rr_admin;
GRANT SELECT ON public.rr_schema_migrations TO rr_dispatcher, rr_supervisor, rr_trainer, rr_intake, rr_admin;

-- True when the session's user is a superuser or (a member of) the database's owner: the embedded cluster's
-- own connection, the command line and the demo. Such a session keeps the operator ID its client names.
CREATE FUNCTION staff.is_owner_session() RETURNS boolean LANGUAGE sql STABLE
SET search_path = pg_catalog AS $$
    SELECT coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = session_user), false)
        OR pg_has_role(session_user, (SELECT datdba FROM pg_database WHERE datname = current_database()), 'MEMBER')
$$;

-- The operator to store for a "who" column: the session's user, or for an owner session the ID claimed.
CREATE FUNCTION staff.operator(claimed text) RETURNS text LANGUAGE sql STABLE
SET search_path = pg_catalog AS $$
    SELECT CASE WHEN staff.is_owner_session() THEN coalesce(nullif(btrim(claimed), ''), session_user::text)
                ELSE session_user::text END
$$;

-- The event log's actor: rr.actor ("D17@WS-3", set by the client) for an owner session; else the session's
-- user, with the workstation part of rr.actor when there is one.
CREATE FUNCTION staff.actor() RETURNS text LANGUAGE sql STABLE
SET search_path = pg_catalog AS $$
    SELECT CASE
        WHEN staff.is_owner_session() THEN coalesce(nullif(current_setting('rr.actor', true), ''), session_user::text)
        ELSE session_user::text || coalesce('@' || nullif(split_part(coalesce(current_setting('rr.actor', true), ''),
                                                                   '@', 2), ''), '')
    END
$$;

-- BEFORE INSERT trigger: sets the column named by the trigger's argument to staff.operator() of its value.
CREATE FUNCTION staff.stamp_operator() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog AS $$
DECLARE
    claimed text := to_jsonb(NEW) ->> TG_ARGV[0];
    stamped text := staff.operator(claimed);
BEGIN
    IF claimed IS DISTINCT FROM stamped THEN
        NEW := jsonb_populate_record(NEW, jsonb_build_object(TG_ARGV[0], stamped));
    END IF;
    RETURN NEW;
END
$$;

-- Who is signed in: the login, its name and role from the directory (none for a login the product did not
-- create), and whether it is an owner session.
CREATE FUNCTION staff.whoami(OUT login text, OUT name text, OUT role text, OUT owner boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog AS $$
    SELECT session_user::text, m.name,
           coalesce(m.role, CASE
               WHEN pg_has_role(session_user, 'rr_admin', 'MEMBER') THEN 'admin'
               WHEN pg_has_role(session_user, 'rr_supervisor', 'MEMBER') THEN 'supervisor'
               WHEN pg_has_role(session_user, 'rr_dispatcher', 'MEMBER') THEN 'dispatcher'
               WHEN pg_has_role(session_user, 'rr_trainer', 'MEMBER') THEN 'trainer' END),
           staff.is_owner_session()
    FROM (SELECT 1) one LEFT JOIN staff.members m ON m.login = session_user::text
$$;

-- Refuses the call unless the session's user is an administrator (EXECUTE is already limited to rr_admin;
-- this holds should a grant ever be widened by mistake).
CREATE FUNCTION staff.require_admin() RETURNS void LANGUAGE plpgsql STABLE
SET search_path = pg_catalog AS $$
BEGIN
    IF NOT (pg_has_role(session_user, 'rr_admin', 'MEMBER') OR staff.is_owner_session()) THEN
        RAISE EXCEPTION 'only an administrator may manage staff' USING ERRCODE = 'insufficient_privilege';
    END IF;
END
$$;

CREATE FUNCTION staff.group_role(role text) RETURNS text LANGUAGE plpgsql IMMUTABLE
SET search_path = pg_catalog AS $$
BEGIN
    IF role IN ('dispatcher', 'supervisor', 'trainer', 'admin') THEN
        RETURN 'rr_' || role;
    END IF;
    RAISE EXCEPTION 'unknown staff role "%": dispatcher, supervisor, trainer or admin', role
        USING ERRCODE = 'invalid_parameter_value';
END
$$;

CREATE FUNCTION staff.check_verifier(verifier text) RETURNS void LANGUAGE plpgsql IMMUTABLE
SET search_path = pg_catalog AS $$
BEGIN
    IF verifier IS NULL OR verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        RAISE EXCEPTION 'a password must arrive as a SCRAM-SHA-256 verifier hashed by the client'
            USING ERRCODE = 'invalid_password';
    END IF;
END
$$;

-- The directory row of a member of staff, locked; refuses a login the product does not manage.
CREATE FUNCTION staff.member(who text) RETURNS staff.members LANGUAGE plpgsql
SET search_path = pg_catalog AS $$
DECLARE
    m staff.members;
BEGIN
    SELECT * INTO m FROM staff.members WHERE login = who FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no member of staff "%"', who USING ERRCODE = 'undefined_object';
    END IF;
    RETURN m;
END
$$;

CREATE FUNCTION staff.log(who text, operation text, details jsonb) RETURNS void LANGUAGE sql
SET search_path = pg_catalog AS $$
    INSERT INTO live.event_log (actor, table_name, row_id, operation, row_version, data)
    VALUES (staff.actor(), 'staff', who, operation, NULL, details);
$$;

CREATE FUNCTION staff.add(login text, name text, role text, verifier text) RETURNS void LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog AS $$
BEGIN
    PERFORM staff.require_admin();
    IF login IS NULL OR login !~ '^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$' THEN
        RAISE EXCEPTION 'a staff ID is 1 to 63 letters, digits, "_", "." or "-", starting with a letter or digit'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF lower(login) ~ '^(rr_|pg_)' OR lower(login) IN ('postgres', 'public', 'rightresponse') THEN
        RAISE EXCEPTION 'the staff ID "%" is reserved', login USING ERRCODE = 'reserved_name';
    END IF;
    IF name IS NULL OR btrim(name) = '' THEN
        RAISE EXCEPTION 'a member of staff needs a name' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    PERFORM staff.check_verifier(verifier);
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN
        RAISE EXCEPTION 'the staff ID "%" is already taken', login USING ERRCODE = 'duplicate_object';
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS '
                   'PASSWORD %L IN ROLE %I', login, verifier, staff.group_role(role));
    INSERT INTO staff.members (login, name, role) VALUES (login, btrim(name), role);
    PERFORM staff.log(login, 'STAFF ADD', jsonb_build_object('name', btrim(name), 'role', role));
END
$$;

CREATE FUNCTION staff.set_role(login text, role text) RETURNS void LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog AS $$
DECLARE
    m staff.members;
    g text;
BEGIN
    PERFORM staff.require_admin();
    PERFORM staff.group_role(role);
    m := staff.member(login);
    FOREACH g IN ARRAY ARRAY['rr_dispatcher', 'rr_supervisor', 'rr_trainer', 'rr_admin'] LOOP
        IF pg_has_role(m.login, g, 'MEMBER') THEN
            EXECUTE format('REVOKE %I FROM %I', g, m.login);
        END IF;
    END LOOP;
    EXECUTE format('GRANT %I TO %I', staff.group_role(role), m.login);
    UPDATE staff.members SET role = set_role.role, updated_at = now() WHERE members.login = m.login;
    PERFORM staff.log(m.login, 'STAFF SET ROLE', jsonb_build_object('from', m.role, 'to', role));
END
$$;

CREATE FUNCTION staff.set_active(login text, active boolean) RETURNS void LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog AS $$
DECLARE
    m staff.members;
BEGIN
    PERFORM staff.require_admin();
    m := staff.member(login);
    IF NOT active AND m.login = session_user::text THEN
        RAISE EXCEPTION 'an administrator cannot disable their own login' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    EXECUTE format('ALTER ROLE %I %s', m.login, CASE WHEN active THEN 'LOGIN' ELSE 'NOLOGIN' END);
    UPDATE staff.members SET active = set_active.active, updated_at = now() WHERE members.login = m.login;
    PERFORM staff.log(m.login, CASE WHEN active THEN 'STAFF ENABLE' ELSE 'STAFF DISABLE' END, '{}'::jsonb);
END
$$;

CREATE FUNCTION staff.reset_password(login text, verifier text) RETURNS void LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog AS $$
DECLARE
    m staff.members;
BEGIN
    PERFORM staff.require_admin();
    PERFORM staff.check_verifier(verifier);
    m := staff.member(login);
    EXECUTE format('ALTER ROLE %I PASSWORD %L', m.login, verifier);
    UPDATE staff.members SET updated_at = now() WHERE members.login = m.login;
    PERFORM staff.log(m.login, 'STAFF RESET PASSWORD', '{}'::jsonb);
END
$$;

REVOKE ALL ON FUNCTION staff.add(text, text, text, text), staff.set_role(text, text),
    staff.set_active(text, boolean), staff.reset_password(text, text), staff.member(text),
    staff.log(text, text, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION staff.add(text, text, text, text), staff.set_role(text, text),
    staff.set_active(text, boolean), staff.reset_password(text, text) TO rr_admin;

-- The stamps and the event log's actor, in both schemas.
DO $migration$
DECLARE
    s text;
    t record;
BEGIN
    FOREACH s IN ARRAY ARRAY['live', 'training'] LOOP
        FOR t IN SELECT * FROM (VALUES ('decisions', 'dispatcher'), ('screening_answers', 'dispatcher'),
                                       ('unit_status_history', 'changed_by'), ('outcomes', 'recorded_by')) v(tab, col)
        LOOP
            EXECUTE format('ALTER TABLE %I.%I ALTER COLUMN %I SET DEFAULT session_user', s, t.tab, t.col);
            EXECUTE format('CREATE TRIGGER %I BEFORE INSERT ON %I.%I FOR EACH ROW '
                           'EXECUTE FUNCTION staff.stamp_operator(%L)', t.tab || '_stamp', s, t.tab, t.col);
        END LOOP;

        EXECUTE format($f$
            CREATE OR REPLACE FUNCTION %1$I.log_change() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
            SET search_path = %1$I AS $body$
            DECLARE
                row_json jsonb := to_jsonb(NEW);
                ver bigint := (row_json ->> 'version')::bigint;
            BEGIN
                INSERT INTO event_log (actor, table_name, row_id, operation, row_version, data)
                VALUES (staff.actor(), TG_TABLE_NAME, row_json ->> 'id', TG_OP, ver, row_json);
                PERFORM pg_notify('rr_changes', json_build_object(
                    's', TG_TABLE_SCHEMA, 't', TG_TABLE_NAME, 'id', row_json ->> 'id',
                    'op', left(TG_OP, 1), 'v', ver)::text);
                RETURN NULL;
            END
            $body$ $f$, s);

        EXECUTE format($f$
            CREATE OR REPLACE FUNCTION %1$I.log_bulk_import(inserted bigint, first_id bigint, last_id bigint, source text)
            RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = %1$I AS $body$
            BEGIN
                IF NOT pg_has_role(session_user, 'rr_admin', 'MEMBER') THEN
                    RAISE EXCEPTION 'only administrators may log a bulk import' USING ERRCODE = 'insufficient_privilege';
                END IF;
                IF inserted <= 0 THEN
                    RETURN;
                END IF;
                INSERT INTO event_log (actor, table_name, row_id, operation, row_version, data)
                VALUES (staff.actor(), 'calls', first_id || '-' || last_id, 'BULK INSERT', NULL,
                        jsonb_build_object('calls', inserted, 'suggestions', inserted, 'first_id', first_id,
                                           'last_id', last_id, 'source', source));
                PERFORM pg_notify('rr_changes', json_build_object(
                    's', current_schema(), 't', 'calls', 'id', first_id || '-' || last_id, 'op', 'B', 'n', inserted,
                    'from', first_id, 'to', last_id)::text);
            END
            $body$ $f$, s);
    END LOOP;
END
$migration$;
