-- scope: per-schema
-- Screening in the console (`rightresponse-cli screen`, CallStore::screen): the answers a dispatcher gets to
-- the six screening questions, each stored with who gave it, at which workstation and when, and the mark a
-- suggestion carries when the screening questions must be asked before deciding.
--
-- The call's own columns (weapon, violence, ...) keep what the CAD system sent. A call's screening is those
-- answers overlaid by the latest answer per question in screening_answers. Each screening request is one
-- transaction: its answers, and the new suggestion the call gets when triaged again with all its answers
-- (`suggestion_id`, so that the audit trail says which answers produced which suggestion). `request_id` makes
-- a retried or replayed request (the offline journal) store nothing twice.

ALTER TABLE suggestions ADD COLUMN needs_screening boolean NOT NULL DEFAULT false;

CREATE TABLE screening_answers (
    id bigserial PRIMARY KEY,
    call_id bigint NOT NULL REFERENCES calls (id),
    request_id uuid NOT NULL,
    question text NOT NULL
        CHECK (question IN ('weapon', 'violence', 'injury', 'self_harm', 'domestic', 'crime_in_progress')),
    answer text NOT NULL CHECK (answer IN ('yes', 'no', 'unknown')),
    suggestion_id bigint NOT NULL REFERENCES suggestions (id),
    dispatcher text NOT NULL CHECK (dispatcher <> ''),
    workstation text NOT NULL DEFAULT '',
    answered_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (request_id, question)
);
-- The latest answer per question of a call: read with every call the consoles load.
CREATE INDEX screening_answers_latest ON screening_answers (call_id, question, id DESC);

CREATE TRIGGER screening_answers_log AFTER INSERT ON screening_answers FOR EACH ROW EXECUTE FUNCTION log_change();
CREATE TRIGGER screening_answers_append_only BEFORE UPDATE OR DELETE ON screening_answers
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER screening_answers_no_truncate BEFORE TRUNCATE ON screening_answers
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();

-- Dispatchers record answers and store the suggestion their answers produce; supervisors read them.
REVOKE ALL ON screening_answers FROM PUBLIC;
GRANT SELECT ON screening_answers TO rr_dispatcher, rr_supervisor, rr_admin;
GRANT INSERT ON screening_answers TO rr_dispatcher, rr_admin;
GRANT USAGE ON SEQUENCE screening_answers_id_seq TO rr_dispatcher, rr_admin;
GRANT INSERT ON suggestions TO rr_dispatcher;

-- Trainers own the training sandbox (migration 0004), this table included.
DO $$
BEGIN
    IF current_schema() = 'training' THEN
        GRANT SELECT, INSERT ON screening_answers TO rr_trainer;
        GRANT USAGE ON SEQUENCE screening_answers_id_seq TO rr_trainer;
    END IF;
END
$$;
