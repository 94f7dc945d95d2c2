#include "migrator.h"

#include <QCoreApplication>

#include "pgconnection.h"
#include "storeschema.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace rr {

namespace {
// The catalogues' context of this file's texts (free functions have no tr() of their own).
struct MigratorText
{
    Q_DECLARE_TR_FUNCTIONS(rr::Migrator)
};
} // namespace

namespace {

constexpr qint64 kMigrationLock = 0x52524d4947;      // "RRMIG"
const char *const kSchemas[] = {"live", "training"}; // and every training sandbox

struct Migration
{
    int version = 0;
    QString name;
    bool perSchema = false;
    QByteArray sql;
};

QList<Migration> migrations()
{
    QList<Migration> out;
    const QDir dir(QStringLiteral(":/migrations"));
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_(.+)\\.sql$"));
    for (const QString &file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const auto m = pattern.match(file);
        if (!m.hasMatch())
            continue;
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        Migration mig;
        mig.version = m.captured(1).toInt();
        mig.name = m.captured(2);
        mig.sql = f.readAll();
        mig.perSchema = mig.sql.startsWith("-- scope: per-schema");
        out.append(mig);
    }
    return out;
}

bool ensureTable(PgConnection &c, QString *error)
{
    PgResult r = c.exec("CREATE TABLE IF NOT EXISTS public.rr_schema_migrations ("
                        " version integer PRIMARY KEY, name text NOT NULL,"
                        " applied_at timestamptz NOT NULL DEFAULT now())");
    if (!r.ok() && error)
        *error = r.error();
    return r.ok();
}

// The training sandboxes registered so far (migration 0010): they get every new per-schema migration too.
Result<QStringList> sandboxes(PgConnection &c)
{
    PgResult exists = c.exec("SELECT to_regclass('trainer.session_trainees') IS NOT NULL");
    if (!exists.ok())
        return Failure{exists.error()};
    QStringList out;
    if (!exists.boolean(0, 0))
        return out;
    PgResult r = c.exec("SELECT schema_name FROM trainer.session_trainees t"
                        " JOIN pg_namespace n ON n.nspname = t.schema_name ORDER BY 1");
    if (!r.ok())
        return Failure{r.error()};
    for (int i = 0; i < r.rows(); ++i)
        out << r.text(i, 0);
    return out;
}

// What a new sandbox is made of: every per-schema migration this program knows, kept in the database so
// that trainer.create_sandbox() (SECURITY DEFINER) applies them as the owner, for a trainer who may not.
bool storeTemplates(PgConnection &c, const QList<Migration> &all, QString *error)
{
    PgResult t = c.exec("CREATE TABLE IF NOT EXISTS public.rr_schema_templates ("
                        " version integer PRIMARY KEY, name text NOT NULL, sql text NOT NULL)");
    if (!t.ok()) {
        *error = t.error();
        return false;
    }
    for (const Migration &m : all) {
        if (!m.perSchema)
            continue;
        PgResult r = c.exec("INSERT INTO public.rr_schema_templates (version, name, sql) VALUES ($1, $2, $3)"
                            " ON CONFLICT (version) DO NOTHING",
                            {m.version, m.name, m.sql});
        if (!r.ok()) {
            *error = r.error();
            return false;
        }
    }
    return true;
}

bool apply(PgConnection &c, const Migration &m, const QStringList &sandboxSchemas, QString *error)
{
    auto run = [&](const QByteArray &sql) {
        PgResult r = c.exec(sql.constData());
        if (!r.ok())
            *error = MigratorText::tr("migration %1 (%2): %3")
                         .arg(m.version, 4, 10, QLatin1Char('0'))
                         .arg(m.name, r.error());
        return r.ok();
    };
    if (!m.perSchema && !run(m.sql))
        return false;
    QStringList schemas{QString::fromLatin1(kSchemas[0]), QString::fromLatin1(kSchemas[1])};
    schemas += sandboxSchemas;
    for (const QString &schema : std::as_const(schemas)) {
        if (!m.perSchema)
            break;
        const QByteArray quoted = PgConnection::quoteIdentifier(schema);
        QByteArray sql = m.sql;
        sql.replace(":schema", quoted);
        if (!run("SET LOCAL search_path TO " + quoted) || !run(sql))
            return false;
    }
    if (!run("SET LOCAL search_path TO public"))
        return false;
    PgResult r = c.exec("INSERT INTO public.rr_schema_migrations (version, name) VALUES ($1, $2)",
                        {m.version, m.name});
    if (!r.ok())
        *error = r.error();
    return r.ok();
}

} // namespace

int Migrator::latestVersion()
{
    const QList<Migration> all = migrations();
    return all.isEmpty() ? 0 : all.last().version;
}

Result<int> Migrator::currentVersion(PgConnection &connection)
{
    PgResult exists = connection.exec("SELECT to_regclass('public.rr_schema_migrations') IS NOT NULL");
    if (!exists.ok())
        return Failure{exists.error()};
    if (!exists.boolean(0, 0))
        return 0;
    PgResult r = connection.exec("SELECT coalesce(max(version), 0) FROM public.rr_schema_migrations");
    if (!r.ok())
        return Failure{r.error()};
    return int(r.integer(0, 0));
}

Result<Migrator::Migrated> Migrator::migrate(PgConnection &c, int upTo)
{
    Migrated result;
    QString error;
    QList<Migration> all = migrations();
    if (upTo > 0)
        all.removeIf([upTo](const Migration &m) { return m.version > upTo; });
    result.toVersion = all.isEmpty() ? 0 : all.last().version;
    // A login that may create nothing (a member of staff: the review or trainer window as a supervisor or a
    // trainer) finds an up-to-date schema as it is; only the owner locks, checks and stores the templates.
    if (const Result<int> now = currentVersion(c); now && *now == result.toVersion) {
        const PgResult owner = c.exec("SELECT has_schema_privilege('public', 'CREATE')");
        if (owner.ok() && !owner.boolean(0, 0)) {
            result.fromVersion = *now;
            return result;
        }
    }
    if (!c.begin(&error))
        return Failure{error};
    auto failed = [&](const QString &message) {
        c.rollback();
        return Failure{message};
    };
    if (!c.exec("SELECT pg_advisory_xact_lock($1)", {kMigrationLock}).ok() || !ensureTable(c, &error))
        return failed(error.isEmpty() ? c.errorMessage() : error);
    const Result<int> current = currentVersion(c);
    if (!current)
        return failed(current.error());
    result.fromVersion = *current;
    if (result.fromVersion > result.toVersion)
        return failed(
            MigratorText::tr("the database schema is at version %1, newer than this program knows (%2): "
                             "upgrade RightResponse before using this database")
                .arg(result.fromVersion)
                .arg(result.toVersion));
    const Result<QStringList> existing = sandboxes(c);
    if (!existing)
        return failed(existing.error());
    int applied = 0;
    bool sandboxesChanged = false;
    for (const Migration &m : all) {
        if (m.version <= result.fromVersion)
            continue;
        if (!apply(c, m, *existing, &error))
            return failed(error);
        sandboxesChanged = sandboxesChanged || (m.perSchema && !existing->isEmpty());
        ++applied;
    }
    if (!storeTemplates(c, all, &error))
        return failed(error);
    // A new migration may have granted dispatchers something in the sandboxes: their trainees get it instead.
    for (const QString &schema : *existing) {
        if (!sandboxesChanged)
            break;
        if (PgResult r = c.exec("SELECT trainer.seal_sandbox($1)", {schema}); !r.ok())
            return failed(r.error());
    }
    if (!c.commit(&error))
        return failed(error);
    result.message = applied == 0
                         ? MigratorText::tr("schema up to date (version %1)").arg(result.toVersion)
                         : MigratorText::tr("schema migrated from version %1 to %2 (%n migration(s))",
                                            nullptr, int(applied))
                               .arg(result.fromVersion)
                               .arg(result.toVersion);
    return result;
}

} // namespace rr

namespace rr {

Result<StoreSchema> Migrator::createSandbox(PgConnection &connection, qint64 session, const QString &trainee)
{
    PgResult r = connection.exec("SELECT trainer.create_sandbox($1, $2)", {session, trainee});
    if (!r.ok())
        return Failure{r.error()};
    return StoreSchema::sandbox(r.text(0, 0));
}

} // namespace rr
