#include "migrator.h"

#include "pgconnection.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace rr {

namespace {

constexpr qint64 kMigrationLock = 0x52524d4947; // "RRMIG"
const char *const kSchemas[] = {"live", "training"};

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

bool apply(PgConnection &c, const Migration &m, QString *error)
{
    auto run = [&](const QByteArray &sql) {
        PgResult r = c.exec(sql.constData());
        if (!r.ok())
            *error = QStringLiteral("migration %1 (%2): %3")
                         .arg(m.version, 4, 10, QLatin1Char('0'))
                         .arg(m.name, r.error());
        return r.ok();
    };
    if (!m.perSchema && !run(m.sql))
        return false;
    for (const char *schema : kSchemas) {
        if (!m.perSchema)
            break;
        const QByteArray quoted = PgConnection::quoteIdentifier(QString::fromLatin1(schema));
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
            QStringLiteral("the database schema is at version %1, newer than this program knows (%2): "
                           "upgrade RightResponse before using this database")
                .arg(result.fromVersion)
                .arg(result.toVersion));
    int applied = 0;
    for (const Migration &m : all) {
        if (m.version <= result.fromVersion)
            continue;
        if (!apply(c, m, &error))
            return failed(error);
        ++applied;
    }
    if (!c.commit(&error))
        return failed(error);
    result.message = applied == 0 ? QStringLiteral("schema up to date (version %1)").arg(result.toVersion)
                                  : QStringLiteral("schema migrated from version %1 to %2 (%3 migrations)")
                                        .arg(result.fromVersion)
                                        .arg(result.toVersion)
                                        .arg(applied);
    return result;
}

} // namespace rr
