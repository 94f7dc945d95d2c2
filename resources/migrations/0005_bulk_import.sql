-- scope: per-schema
-- Bulk import (`rightresponse-cli import`, CallImporter): one event-log row and one notification per imported
-- batch instead of one per call and one per suggestion. Logged row by row, a million imported calls write two
-- million event-log rows and send two million notifications that every console would have to read, and the
-- per-row trigger calls alone make the import a third slower.
--
-- How: the importer sets `SET LOCAL rr.bulk = 'on'` in its transaction, inserts the calls and suggestions,
-- then calls log_bulk_import(), which writes the summary row and sends the summary notification
-- {"s": schema, "t": "calls", "id": "first-last", "op": "B", "n": count, "from": first id, "to": last id}
-- (a console that sees op "B" loads the calls with ids in that range, or simply resyncs).
--
-- The INSERT triggers of calls and suggestions skip a row only while the flag is on AND the session's user is
-- an administrator (a member of rr_admin, or a superuser), who alone may call log_bulk_import(). Anyone else
-- who sets the flag is logged row by row as before; updates, decisions, units and outcomes are always logged
-- one row at a time. The check sits in the triggers' WHEN clause so that a skipped row costs no trigger call
-- and no after-trigger queue entry.

DROP TRIGGER calls_log ON calls;
CREATE TRIGGER calls_log AFTER UPDATE ON calls FOR EACH ROW EXECUTE FUNCTION log_change();
CREATE TRIGGER calls_log_insert AFTER INSERT ON calls FOR EACH ROW
    WHEN (current_setting('rr.bulk', true) IS DISTINCT FROM 'on' OR NOT pg_has_role(session_user, 'rr_admin', 'MEMBER'))
    EXECUTE FUNCTION log_change();
DROP TRIGGER suggestions_log ON suggestions;
CREATE TRIGGER suggestions_log AFTER INSERT ON suggestions FOR EACH ROW
    WHEN (current_setting('rr.bulk', true) IS DISTINCT FROM 'on' OR NOT pg_has_role(session_user, 'rr_admin', 'MEMBER'))
    EXECUTE FUNCTION log_change();

-- The summary of one bulk-import batch: `inserted` new calls with ids from first_id to last_id, each with one
-- suggestion; `source` names what was imported (a file name).
CREATE FUNCTION log_bulk_import(inserted bigint, first_id bigint, last_id bigint, source text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    actor text := coalesce(nullif(current_setting('rr.actor', true), ''), session_user);
BEGIN
    IF NOT pg_has_role(session_user, 'rr_admin', 'MEMBER') THEN
        RAISE EXCEPTION 'only administrators may log a bulk import' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF inserted <= 0 THEN
        RETURN;
    END IF;
    INSERT INTO event_log (actor, table_name, row_id, operation, row_version, data)
    VALUES (actor, 'calls', first_id || '-' || last_id, 'BULK INSERT', NULL,
            jsonb_build_object('calls', inserted, 'suggestions', inserted, 'first_id', first_id,
                               'last_id', last_id, 'source', source));
    PERFORM pg_notify('rr_changes', json_build_object(
        's', current_schema(), 't', 'calls', 'id', first_id || '-' || last_id, 'op', 'B', 'n', inserted,
        'from', first_id, 'to', last_id)::text);
END
$$;
REVOKE ALL ON FUNCTION log_bulk_import(bigint, bigint, bigint, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION log_bulk_import(bigint, bigint, bigint, text) TO rr_admin;
