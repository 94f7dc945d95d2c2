#include "connectionresolver.h"

#include <QCoreApplication>

#include "databasesettings.h"
#include "localcluster.h"
#include "pgconnection.h"

#include <QSettings>
#include <QUrl>

#include <QFile>

#include <libpq-fe.h>

namespace rr {

namespace {
// The catalogues' context of this file's texts (free functions have no tr() of their own).
struct ConnectionResolverText
{
    Q_DECLARE_TR_FUNCTIONS(rr::ConnectionResolver)
};
} // namespace

namespace {

const char *const kLibpqVariables[] = {"PGHOST", "PGHOSTADDR", "PGPORT", "PGDATABASE", "PGSERVICE"};

QString encoded(const char *text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(text)));
}

} // namespace

QString ConnectionChoice::describe() const
{
    switch (source) {
    case Source::CommandLine:
        return ConnectionResolverText::tr("--db on the command line");
    case Source::Environment:
        return ConnectionResolverText::tr("RIGHTRESPONSE_DB in the environment");
    case Source::LibpqEnvironment:
        return ConnectionResolverText::tr("libpq environment (%1)")
            .arg(libpqEnvironmentVariables().join(QStringLiteral(", ")));
    case Source::Settings:
        return ConnectionResolverText::tr("settings key %1").arg(QLatin1String(kDatabaseUriSetting));
    case Source::Embedded:
        break;
    }
    return ConnectionResolverText::tr("embedded cluster in %1").arg(dataDir);
}

QStringList libpqEnvironmentVariables()
{
    QStringList set;
    for (const char *name : kLibpqVariables) {
        if (!qEnvironmentVariableIsEmpty(name))
            set.append(QLatin1String(name));
    }
    return set;
}

ConnectionChoice resolveConnection(const QString &dbOption, const QString &dataDirOption,
                                   const QSettings *settings)
{
    ConnectionChoice c;
    if (!dbOption.isEmpty()) {
        c.source = ConnectionChoice::Source::CommandLine;
        c.uri = dbOption;
        return c;
    }
    if (!dataDirOption.isEmpty()) {
        c.source = ConnectionChoice::Source::Embedded;
        c.dataDir = dataDirOption;
        return c;
    }
    if (const QString env = qEnvironmentVariable("RIGHTRESPONSE_DB"); !env.isEmpty()) {
        c.source = ConnectionChoice::Source::Environment;
        c.uri = env;
        return c;
    }
    if (!libpqEnvironmentVariables().isEmpty()) {
        c.source = ConnectionChoice::Source::LibpqEnvironment;
        return c;
    }
    if (settings) {
        const QString fromSettings = settings->value(QLatin1String(kDatabaseUriSetting)).toString().trimmed();
        if (!fromSettings.isEmpty()) {
            c.source = ConnectionChoice::Source::Settings;
            c.uri = fromSettings;
            return c;
        }
    }
    c.source = ConnectionChoice::Source::Embedded;
    c.dataDir = LocalCluster::defaultDataDir();
    return c;
}

QString connectionUriOf(const PgConnection &connection)
{
    pg_conn *conn = connection.raw();
    if (!conn)
        return {};
    // Query parameters rather than the authority part: a socket directory or an IPv6 address needs no
    // special spelling there, and psql reads them all.
    QString uri = QLatin1String("postgresql:///") + encoded(PQdb(conn)) + QLatin1String("?host=") +
                  encoded(PQhost(conn)) + QLatin1String("&port=") + encoded(PQport(conn)) +
                  QLatin1String("&user=") + encoded(PQuser(conn));
    if (PQsslInUse(conn))
        uri += QLatin1String("&sslmode=require");
    return uri;
}

Result<void> applyTlsSettings(const QSettings *settings)
{
    if (!settings)
        return {};
    const DatabaseSettings d = DatabaseSettings::load(*settings);
    if (Result<void> checked = d.check(); !checked)
        return checked;
    if (!d.sslMode.isEmpty() && qEnvironmentVariableIsEmpty("PGSSLMODE"))
        qputenv("PGSSLMODE", d.sslMode.toUtf8());
    if (!d.caFile.isEmpty() && qEnvironmentVariableIsEmpty("PGSSLROOTCERT"))
        qputenv("PGSSLROOTCERT", QFile::encodeName(d.caFile));
    return {};
}

QString tlsDescription(const PgConnection &connection)
{
    pg_conn *conn = connection.raw();
    if (!conn)
        return ConnectionResolverText::tr("unknown (not connected)");
    QString mode;
    QString ca;
    if (PQconninfoOption *options = PQconninfo(conn)) {
        for (PQconninfoOption *o = options; o->keyword; ++o) {
            if (qstrcmp(o->keyword, "sslmode") == 0 && o->val)
                mode = QString::fromUtf8(o->val);
            else if (qstrcmp(o->keyword, "sslrootcert") == 0 && o->val)
                ca = QString::fromUtf8(o->val);
        }
        PQconninfoFree(options);
    }
    if (!PQsslInUse(conn)) {
        const QString host = QString::fromUtf8(PQhost(conn));
        if (host.startsWith(u'/'))
            return ConnectionResolverText::tr("off (Unix socket, this machine only)");
        return ConnectionResolverText::tr("off: the connection to %1 is NOT encrypted (sslmode %2)")
            .arg(host, mode.isEmpty() ? QStringLiteral("prefer") : mode);
    }
    const QString with = ConnectionResolverText::tr("on (%1, %2)")
                             .arg(QString::fromUtf8(PQsslAttribute(conn, "protocol")),
                                  QString::fromUtf8(PQsslAttribute(conn, "cipher")));
    const QString from = ca.isEmpty() ? QString() : ConnectionResolverText::tr(", CA %1").arg(ca);
    if (mode == u"verify-full")
        return with + ConnectionResolverText::tr(
                          "; server certificate and host name verified (sslmode verify-full%1)")
                          .arg(from);
    if (mode == u"verify-ca")
        return with + ConnectionResolverText::tr(
                          "; server certificate verified, host name not (sslmode verify-ca%1)")
                          .arg(from);
    return with + ConnectionResolverText::tr(
                      "; the server's certificate is NOT verified (sslmode %1): use verify-full")
                      .arg(mode.isEmpty() ? QStringLiteral("prefer") : mode);
}

} // namespace rr
