-- scope: per-schema
-- A change channel per schema: live keeps rr_changes, every other schema (training, each training sandbox)
-- notifies rr_changes_<schema>, and a console LISTENs on its own schema's channel only
-- (StoreSchema::channel()). Nothing a training session does reaches a live console's feed, not even as a
-- notification it would have to read and drop.
--
-- Also the operator stamps of migration 0007 in a schema that lacks them: 0007 gave them to live and training
-- by name; a training sandbox (migration 0010) is made of the per-schema migrations alone.

DO $migration$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT * FROM (VALUES ('decisions', 'dispatcher'), ('screening_answers', 'dispatcher'),
                                   ('unit_status_history', 'changed_by'), ('outcomes', 'recorded_by')) v(tab, col)
    LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_trigger
                       WHERE tgrelid = format('%I.%I', current_schema(), t.tab)::regclass
                         AND tgname = t.tab || '_stamp') THEN
            EXECUTE format('ALTER TABLE %I ALTER COLUMN %I SET DEFAULT session_user', t.tab, t.col);
            EXECUTE format('CREATE TRIGGER %I BEFORE INSERT ON %I FOR EACH ROW '
                           'EXECUTE FUNCTION staff.stamp_operator(%L)', t.tab || '_stamp', t.tab, t.col);
        END IF;
    END LOOP;
END
$migration$;

-- The schema's channel: rr_changes for live, rr_changes_<schema> for any other.
CREATE FUNCTION change_channel() RETURNS text LANGUAGE sql STABLE SET search_path FROM CURRENT AS $$
    SELECT CASE WHEN current_schema() = 'live' THEN 'rr_changes' ELSE 'rr_changes_' || current_schema() END
$$;

CREATE OR REPLACE FUNCTION log_change() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path FROM CURRENT AS $$
DECLARE
    row_json jsonb := to_jsonb(NEW);
    ver bigint := (row_json ->> 'version')::bigint;
BEGIN
    INSERT INTO event_log (actor, table_name, row_id, operation, row_version, data)
    VALUES (staff.actor(), TG_TABLE_NAME, row_json ->> 'id', TG_OP, ver, row_json);
    PERFORM pg_notify(change_channel(), json_build_object(
        's', TG_TABLE_SCHEMA, 't', TG_TABLE_NAME, 'id', row_json ->> 'id',
        'op', left(TG_OP, 1), 'v', ver)::text);
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION log_bulk_import(inserted bigint, first_id bigint, last_id bigint, source text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
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
    PERFORM pg_notify(change_channel(), json_build_object(
        's', current_schema(), 't', 'calls', 'id', first_id || '-' || last_id, 'op', 'B', 'n', inserted,
        'from', first_id, 'to', last_id)::text);
END
$$;
