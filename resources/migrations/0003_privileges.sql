-- scope: per-schema
-- Least privilege. :schema is the quoted schema name. Nobody but the owner may UPDATE or DELETE
-- decisions, suggestions, outcomes, unit status history or the event log (and triggers refuse even the owner).
REVOKE ALL ON ALL TABLES IN SCHEMA :schema FROM PUBLIC;

GRANT USAGE ON SCHEMA :schema TO rr_dispatcher, rr_supervisor, rr_intake, rr_admin;
GRANT SELECT ON ALL TABLES IN SCHEMA :schema TO rr_dispatcher, rr_supervisor, rr_admin;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA :schema TO rr_dispatcher, rr_supervisor, rr_intake, rr_admin;

-- Dispatchers decide, move units, record outcomes and close calls.
GRANT INSERT ON decisions, unit_status_history, outcomes TO rr_dispatcher;
GRANT UPDATE (status) ON calls TO rr_dispatcher;
GRANT UPDATE (status, current_call_id, latitude, longitude) ON units TO rr_dispatcher;

-- Supervisors read everything and may record outcomes.
GRANT INSERT ON outcomes TO rr_supervisor;

-- The intake service stores calls and their suggestions.
GRANT SELECT, INSERT ON calls, suggestions TO rr_intake;
GRANT UPDATE (received_at, call_type, call_code, priority, narrative, address, latitude, longitude, beat,
              weapon, violence, injury, self_harm, domestic, crime_in_progress) ON calls TO rr_intake;

-- Administrators keep the lists and the roster; still no UPDATE or DELETE on the audit trail.
GRANT INSERT, UPDATE, DELETE ON override_reasons, outcome_codes, units TO rr_admin;
GRANT INSERT, UPDATE ON calls TO rr_admin;
GRANT INSERT ON suggestions, decisions, unit_status_history, outcomes TO rr_admin;
