-- scope: global
-- Group roles (no login), the live and training schemas, and the lookup lists.
DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['rr_dispatcher', 'rr_supervisor', 'rr_trainer', 'rr_intake', 'rr_admin'] LOOP
        BEGIN
            EXECUTE format('CREATE ROLE %I NOLOGIN', r);
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL; -- roles are cluster-wide: another database created it first
        END;
    END LOOP;
END
$$;

CREATE SCHEMA IF NOT EXISTS live;
CREATE SCHEMA IF NOT EXISTS training;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
