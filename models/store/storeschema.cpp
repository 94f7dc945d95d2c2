#include "storeschema.h"

#include "pgconnection.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rr {

namespace {
// The catalogues' context of this file's texts (free functions have no tr() of their own).
struct StoreSchemaText
{
    Q_DECLARE_TR_FUNCTIONS(rr::StoreSchema)
};
} // namespace

QByteArray schemaSql(const StoreSchema &schema, const char *text)
{
    QByteArray s(text);
    s.replace("{s}", schema.name());
    return s;
}

QByteArray schemaName(const StoreSchema &schema)
{
    return schema.name();
}

Result<StoreSchema> StoreSchema::sandbox(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^trn_[0-9]{1,18}_[a-z0-9_]{1,40}$"));
    if (name.size() > kMaxNameLength || !valid.match(name).hasMatch())
        return Failure{
            StoreSchemaText::tr("'%1' is not a training sandbox (trn_<session>_<login>)").arg(name)};
    return StoreSchema(name.toLatin1());
}

Result<StoreSchema> StoreSchema::fromName(const QString &name)
{
    if (name == u"live")
        return Live;
    if (name == u"training")
        return Training;
    return sandbox(name);
}

QByteArray StoreSchema::channel() const
{
    return isLive() ? QByteArrayLiteral("rr_changes") : "rr_changes_" + m_name;
}

Result<StoreSchema> sandboxOf(PgConnection &connection, qint64 session, const QString &login)
{
    const PgResult r =
        connection.exec("SELECT trainer.sandbox_of($1, $2)", {session, login.isEmpty() ? PgParam() : login});
    if (!r.ok())
        return Failure{r.error()};
    if (r.rows() != 1 || r.isNull(0, 0))
        return Failure{
            QCoreApplication::translate("rr::StoreSchema", "%1 is not a trainee of training session %2")
                .arg(login.isEmpty() ? connection.userName() : login)
                .arg(session)};
    return StoreSchema::sandbox(r.text(0, 0));
}

} // namespace rr
