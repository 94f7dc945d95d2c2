#include "pgconnection.h"

#include <libpq-fe.h>

namespace rr {

PgParam::PgParam(const QDateTime &t)
{
    if (!t.isValid())
        return;
    m_value = t.toString(Qt::ISODateWithMs).toUtf8();
    if (t.timeSpec() == Qt::LocalTime)
        m_value = t.toOffsetFromUtc(t.offsetFromUtc()).toString(Qt::ISODateWithMs).toUtf8();
    m_null = false;
}

PgResult::PgResult(pg_result *result, QString connectionError)
    : m_result(result), m_error(std::move(connectionError))
{}

PgResult::PgResult(PgResult &&other) noexcept : m_result(other.m_result), m_error(std::move(other.m_error))
{
    other.m_result = nullptr;
}

PgResult &PgResult::operator=(PgResult &&other) noexcept
{
    if (this != &other) {
        if (m_result)
            PQclear(m_result);
        m_result = other.m_result;
        m_error = std::move(other.m_error);
        other.m_result = nullptr;
    }
    return *this;
}

PgResult::~PgResult()
{
    if (m_result)
        PQclear(m_result);
}

bool PgResult::ok() const
{
    if (!m_result)
        return false;
    const ExecStatusType s = PQresultStatus(m_result);
    return s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK || s == PGRES_COPY_IN || s == PGRES_COPY_OUT;
}

QString PgResult::error() const
{
    if (!m_result)
        return m_error.isEmpty() ? QStringLiteral("no result from the database") : m_error;
    if (ok())
        return {};
    const char *primary = PQresultErrorField(m_result, PG_DIAG_MESSAGE_PRIMARY);
    if (primary)
        return QString::fromUtf8(primary);
    return QString::fromUtf8(PQresultErrorMessage(m_result)).trimmed();
}

QString PgResult::sqlState() const
{
    if (!m_result)
        return QStringLiteral("08006"); // connection failure
    const char *state = PQresultErrorField(m_result, PG_DIAG_SQLSTATE);
    return state ? QString::fromLatin1(state) : QString();
}

int PgResult::rows() const
{
    return m_result ? PQntuples(m_result) : 0;
}

int PgResult::columns() const
{
    return m_result ? PQnfields(m_result) : 0;
}

bool PgResult::isNull(int row, int column) const
{
    return !m_result || PQgetisnull(m_result, row, column);
}

QString PgResult::text(int row, int column) const
{
    return isNull(row, column)
               ? QString()
               : QString::fromUtf8(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

QByteArray PgResult::bytes(int row, int column) const
{
    return isNull(row, column)
               ? QByteArray()
               : QByteArray(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

qint64 PgResult::integer(int row, int column) const
{
    return isNull(row, column) ? 0 : QByteArray(PQgetvalue(m_result, row, column)).toLongLong();
}

double PgResult::real(int row, int column) const
{
    return isNull(row, column) ? 0.0 : QByteArray(PQgetvalue(m_result, row, column)).toDouble();
}

bool PgResult::boolean(int row, int column) const
{
    return !isNull(row, column) && PQgetvalue(m_result, row, column)[0] == 't';
}

QDateTime PgResult::timestamp(int row, int column) const
{
    if (isNull(row, column))
        return {};
    // "2024-05-01 13:45:00.123+02" -> ISO 8601 with a full offset
    QString t = text(row, column);
    t.replace(10, 1, u'T');
    const qsizetype sign = std::max(t.lastIndexOf(u'+'), t.lastIndexOf(u'-'));
    if (sign > 10 && t.size() - sign == 3)
        t += QStringLiteral(":00");
    return QDateTime::fromString(t, Qt::ISODateWithMs);
}

int PgResult::column(const char *name) const
{
    return m_result ? PQfnumber(m_result, name) : -1;
}

qint64 PgResult::affected() const
{
    return m_result ? QByteArray(PQcmdTuples(m_result)).toLongLong() : 0;
}

std::unique_ptr<PgConnection> PgConnection::open(const QString &uri, QString *error,
                                                 int connectTimeoutSeconds, const PgLogin &login)
{
    // Keepalives notice a dead server or a pulled cable within seconds instead of hours. Keys after
    // "dbname" override what the URI says: the login's user and password go last.
    const QByteArray u = uri.toUtf8();
    const QByteArray timeout = QByteArray::number(connectTimeoutSeconds);
    QByteArray user = login.user.toUtf8();
    QByteArray password = login.password.toUtf8();
    const char *keys[] = {"dbname",
                          "connect_timeout",
                          "keepalives",
                          "keepalives_idle",
                          "keepalives_interval",
                          "keepalives_count",
                          "application_name",
                          "client_encoding",
                          "user",
                          "password",
                          nullptr};
    const char *values[] = {u.constData(),
                            timeout.constData(),
                            "1",
                            "5",
                            "2",
                            "3",
                            "rightresponse",
                            "UTF8",
                            login.isEmpty() ? nullptr : user.constData(),
                            login.isEmpty() ? nullptr : password.constData(),
                            nullptr};
    pg_conn *conn = PQconnectdbParams(keys, values, 1);
    password.fill('\0');
    if (!conn || PQstatus(conn) != CONNECTION_OK) {
        if (error)
            *error =
                conn ? QString::fromUtf8(PQerrorMessage(conn)).trimmed() : QStringLiteral("out of memory");
        if (conn)
            PQfinish(conn);
        return nullptr;
    }
    PQsetNoticeProcessor(
        conn, [](void *, const char *) {}, nullptr);
    return std::unique_ptr<PgConnection>(new PgConnection(conn));
}

PgConnection::~PgConnection()
{
    if (m_conn)
        PQfinish(m_conn);
}

PgResult PgConnection::exec(const char *sql)
{
    pg_result *r = PQexec(m_conn, sql);
    return PgResult(r, r ? QString() : errorMessage());
}

PgResult PgConnection::exec(const char *sql, const QList<PgParam> &params)
{
    QList<const char *> values;
    values.reserve(params.size());
    for (const PgParam &p : params)
        values.append(p.isNull() ? nullptr : p.value().constData());
    pg_result *r =
        PQexecParams(m_conn, sql, int(params.size()), nullptr, values.constData(), nullptr, nullptr, 0);
    return PgResult(r, r ? QString() : errorMessage());
}

PgResult PgConnection::exec(const char *sql, std::initializer_list<PgParam> params)
{
    return exec(sql, QList<PgParam>(params));
}

bool PgConnection::begin(QString *error)
{
    PgResult r = exec("BEGIN");
    if (!r.ok() && error)
        *error = r.error();
    return r.ok();
}

bool PgConnection::commit(QString *error)
{
    PgResult r = exec("COMMIT");
    if (!r.ok() && error)
        *error = r.error();
    return r.ok();
}

void PgConnection::rollback()
{
    exec("ROLLBACK");
}

bool PgConnection::copyIn(const char *sql, QString *error)
{
    PgResult r = exec(sql); // PQexec returns the PGRES_COPY_IN result itself
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return false;
    }
    return true;
}

bool PgConnection::putCopyData(const QByteArray &data, QString *error)
{
    if (PQputCopyData(m_conn, data.constData(), int(data.size())) != 1) {
        if (error)
            *error = errorMessage();
        return false;
    }
    return true;
}

PgResult PgConnection::endCopy()
{
    if (PQputCopyEnd(m_conn, nullptr) != 1)
        return PgResult(nullptr, errorMessage());
    PgResult last;
    while (pg_result *r = PQgetResult(m_conn))
        last = PgResult(r);
    return last;
}

bool PgConnection::isOk() const
{
    return m_conn && PQstatus(m_conn) == CONNECTION_OK;
}

QString PgConnection::errorMessage() const
{
    return m_conn ? QString::fromUtf8(PQerrorMessage(m_conn)).trimmed() : QString();
}

int PgConnection::socket() const
{
    return m_conn ? PQsocket(m_conn) : -1;
}

QString PgConnection::userName() const
{
    return m_conn ? QString::fromUtf8(PQuser(m_conn)) : QString();
}

bool PgConnection::isAuthenticationFailure(const QString &openError)
{
    // The server's words (FATAL before authentication completes carries no SQLSTATE to libpq's caller).
    // A role that does not exist and a wrong password read the same under scram-sha-256.
    static const char *const kRefusals[] = {"password authentication failed",
                                            "is not permitted to log in",
                                            "no password supplied",
                                            "no pg_hba.conf entry",
                                            "authentication failed for user",
                                            "role \"",
                                            "SCRAM"};
    for (const char *refusal : kRefusals)
        if (openError.contains(QLatin1String(refusal)))
            return true;
    return false;
}

QByteArray PgConnection::encryptPassword(const QString &password, const QString &user, QString *error) const
{
    QByteArray clear = password.toUtf8();
    char *verifier =
        m_conn ? PQencryptPasswordConn(m_conn, clear.constData(), user.toUtf8().constData(), "scram-sha-256")
               : nullptr;
    clear.fill('\0');
    if (!verifier) {
        if (error)
            *error = m_conn ? errorMessage() : QStringLiteral("not connected");
        return {};
    }
    QByteArray out(verifier);
    PQfreemem(verifier);
    return out;
}

QByteArray PgConnection::quoteIdentifier(QStringView name)
{
    QByteArray out = "\"";
    out += name.toUtf8().replace('"', "\"\"");
    out += '"';
    return out;
}

void appendCopyField(QByteArray &row, const PgParam &value, bool last)
{
    if (value.isNull()) {
        row += "\\N";
    } else {
        for (char c : value.value()) {
            switch (c) {
            case '\\':
                row += "\\\\";
                break;
            case '\t':
                row += "\\t";
                break;
            case '\n':
                row += "\\n";
                break;
            case '\r':
                row += "\\r";
                break;
            default:
                row += c;
            }
        }
    }
    row += last ? '\n' : '\t';
}

} // namespace rr
