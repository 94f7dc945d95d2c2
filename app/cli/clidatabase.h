#pragma once

#include "core/result.h"
#include "store/connectionresolver.h"

#include <QString>

#include <memory>

namespace rr {

struct DatabaseOptions;
class PgConnection;

// The database a command of rightresponse-cli works on: chosen by rr::resolveConnection from --db,
// --data-dir, the environment and the settings (QSettings "RightResponse"/"rightresponse", key
// database/uri). The embedded cluster is started on demand and migrated before use; any other database must
// already be at this program's schema version (`rightresponse-cli db migrate`). Main thread of the CLI.
class CliDatabase
{
public:
    explicit CliDatabase(const DatabaseOptions &options);

    const ConnectionChoice &choice() const { return m_choice; }
    // The URI to connect with: the embedded cluster's, or the chosen one ("" for libpq's PG* defaults).
    QString uri() const;

    enum class Schema
    {
        Check,   // refuse a database whose schema is not this program's version
        Migrate, // bring it up to date (`db migrate`)
        Ignore,  // connect only
    };
    // Connects for a command; the embedded cluster is started first when it is not running, and migrated.
    // A failure (exit status 2) says why the database cannot be reached or is unusable.
    Result<std::unique_ptr<PgConnection>> open(Schema schema = Schema::Check);

private:
    ConnectionChoice m_choice;
};

} // namespace rr
