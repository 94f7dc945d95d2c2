#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace rr {

// Where rows live: the live schema; the shared training schema (`rightresponse --training`); or the sandbox
// of one trainee in one training session (trn_<session>_<login>, named by the database's
// trainer.sandbox_name() and created by Migrator::createSandbox), each with the same tables and triggers as
// live, so that first-wins holds inside it. Training rows never count in live figures and never reach the
// live change feed (each schema notifies a channel of its own). A name is always one the program chose and
// validated (lower-case letters, digits and "_", at most kMaxNameLength), never raw user input: it is pasted
// into statements unquoted. Plain value, any thread.
class StoreSchema
{
public:
    static const StoreSchema Live;
    static const StoreSchema Training;
    static constexpr int kMaxNameLength = 52; // the change channel "rr_changes_<name>" stays under 64

    // A sandbox schema by name ("trn_12_d101"); a Failure for anything but a valid sandbox name.
    static Result<StoreSchema> sandbox(const QString &name);
    // Live, Training or a sandbox by name; a Failure otherwise.
    static Result<StoreSchema> fromName(const QString &name);

    QByteArray name() const { return m_name; }
    bool isLive() const { return m_name == "live"; }
    bool isSandbox() const { return m_name.startsWith("trn_"); }
    // The channel the schema's triggers notify: rr_changes for live, rr_changes_<name> for any other.
    QByteArray channel() const;

    friend bool operator==(const StoreSchema &, const StoreSchema &) = default;

private:
    explicit StoreSchema(QByteArray name) : m_name(std::move(name)) {}
    QByteArray m_name;
};
inline const StoreSchema StoreSchema::Live{QByteArrayLiteral("live")};
inline const StoreSchema StoreSchema::Training{QByteArrayLiteral("training")};

class PgConnection;

// The sandbox of `login` in training session `session` (trainer.sandbox_of). A trainee is given their own
// whatever login they name; a trainer or the owner's connection anyone's (empty `login`: the connection's
// user). A Failure when there is none. Blocking: CLI or worker thread.
Result<StoreSchema> sandboxOf(PgConnection &connection, qint64 session, const QString &login = {});

QByteArray schemaName(const StoreSchema &schema);
// A statement whose tables are written {s}.calls, with {s} the schema's name (one the program chose, never
// user input).
QByteArray schemaSql(const StoreSchema &schema, const char *text);

} // namespace rr
