#pragma once

#include "core/result.h"

#include <QString>

namespace rr {

class PgConnection;
class StoreSchema;

// Brings a database's schema up to date from the numbered migrations in resources/migrations (compiled in
// as ":/migrations/NNNN_name.sql"). Each file says its scope on its first line: "-- scope: global" runs once,
// "-- scope: per-schema" runs once in each of the schemas live and training and in every training sandbox
// that exists (search_path set, ":schema" replaced by the quoted name). The per-schema migrations are also
// kept in the database (public.rr_schema_templates), which applies them all to a new sandbox
// (createSandbox). Applied versions are recorded in public.rr_schema_migrations; a database
// whose schema is newer than this program is refused. Safe to run from several programs at once (an
// advisory lock serialises them). Blocking: CLI or worker thread only.
class Migrator
{
public:
    // What a migration did.
    struct Migrated
    {
        QString message; // what was applied, for a user
        int fromVersion = 0;
        int toVersion = 0;
    };

    // A failure says what went wrong; nothing is applied then. `upTo` stops after that version (tests of a
    // migration on a database that already holds data); 0: every migration.
    static Result<Migrated> migrate(PgConnection &connection, int upTo = 0);
    // The newest migration this program knows.
    static int latestVersion();
    // The version the database is at (0 for an empty database).
    static Result<int> currentVersion(PgConnection &connection);

    // Creates the training sandbox of `trainee` in training session `session` (trainer.sessions, still
    // 'ready'): a schema trn_<session>_<login> made of every per-schema migration, in order, with the
    // training schema's units, where `trainee` (a login in rr_trainee) has a dispatcher's privileges and
    // nobody else but the trainers has any. The database does it (trainer.create_sandbox, SECURITY DEFINER)
    // and refuses anyone but a trainer or the owner. Runs in the connection's transaction when one is open.
    static Result<StoreSchema> createSandbox(PgConnection &connection, qint64 session,
                                             const QString &trainee);
};

} // namespace rr
