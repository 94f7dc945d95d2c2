-- scope: global
-- Disabling a member of staff also ends the login's open sessions (a console signed in before the change,
-- its change feed, a command in progress), so that nothing goes on in their name: their console finds the
-- database refusing the login and asks for a sign-in. staff.end_sessions() is called after staff.set_active()
-- has committed (StaffStore::setActive), so a session ended cannot come back before the login is refused.
-- It runs as the owner: a superuser (the embedded cluster) may end any session; another owner needs the
-- pg_signal_backend role (docs/deployment.md), and without it the sessions stay open and a warning says so.
CREATE FUNCTION staff.end_sessions(login text) RETURNS integer LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog AS $$
DECLARE
    m staff.members;
    ended integer := 0;
BEGIN
    PERFORM staff.require_admin();
    m := staff.member(login);
    IF m.active THEN
        RAISE EXCEPTION 'the login % is active: only a disabled login''s sessions are ended', m.login
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    BEGIN
        SELECT count(*) FILTER (WHERE pg_terminate_backend(a.pid)) INTO ended
        FROM pg_stat_activity a WHERE a.usename = m.login AND a.pid <> pg_backend_pid();
    EXCEPTION WHEN insufficient_privilege THEN
        RAISE WARNING 'the login % is disabled, but its open sessions could not be ended: grant pg_signal_backend to the database owner', m.login;
        RETURN 0;
    END;
    IF ended > 0 THEN
        PERFORM staff.log(m.login, 'STAFF END SESSIONS', jsonb_build_object('sessions', ended));
    END IF;
    RETURN ended;
END
$$;
REVOKE ALL ON FUNCTION staff.end_sessions(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION staff.end_sessions(text) TO rr_admin;
