-- scope: global
-- Trainers own the training sandbox: they load and replay calls there and score trainees. They cannot see
-- or write the live schema, and training rows never count in live figures (they are in another schema).
GRANT USAGE ON SCHEMA training TO rr_trainer;
GRANT SELECT, INSERT ON ALL TABLES IN SCHEMA training TO rr_trainer;
GRANT UPDATE ON training.calls, training.units TO rr_trainer;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA training TO rr_trainer;
REVOKE ALL ON SCHEMA live FROM rr_trainer;
