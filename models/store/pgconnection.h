#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <memory>
#include <optional>

struct pg_conn;
struct pg_result;

namespace rr {

// One bound parameter of a statement, in libpq's text format; a default-constructed one is SQL NULL.
class PgParam
{
public:
    PgParam() = default;
    PgParam(const QString &text) : m_value(text.toUtf8()), m_null(false) {}
    PgParam(QStringView text) : m_value(text.toUtf8()), m_null(false) {}
    PgParam(const char *utf8) : m_value(utf8), m_null(false) {}
    PgParam(const QByteArray &utf8) : m_value(utf8), m_null(false) {}
    PgParam(qint64 n) : m_value(QByteArray::number(n)), m_null(false) {}
    PgParam(int n) : m_value(QByteArray::number(n)), m_null(false) {}
    PgParam(double d) : m_value(QByteArray::number(d, 'g', 17)), m_null(false) {}
    PgParam(bool b) : m_value(b ? "true" : "false"), m_null(false) {}
    PgParam(const QDateTime &t); // NULL when invalid
    template <typename T> PgParam(const std::optional<T> &v)
    {
        if (v)
            *this = PgParam(*v);
    }

    const QByteArray &value() const { return m_value; }
    bool isNull() const { return m_null; }

private:
    QByteArray m_value;
    bool m_null = true;
};

// The result of one statement: rows as text, or an error with its SQLSTATE. Move-only; frees itself.
class PgResult
{
public:
    PgResult() = default;
    explicit PgResult(pg_result *result, QString connectionError = {});
    PgResult(PgResult &&other) noexcept;
    PgResult &operator=(PgResult &&other) noexcept;
    PgResult(const PgResult &) = delete;
    PgResult &operator=(const PgResult &) = delete;
    ~PgResult();

    bool ok() const;
    QString error() const;    // the server's message, or why there is no result
    QString sqlState() const; // "23505" unique violation, "42501" insufficient privilege, ...
    int rows() const;
    int columns() const;
    bool isNull(int row, int column) const;
    QString text(int row, int column) const;
    QByteArray bytes(int row, int column) const;
    qint64 integer(int row, int column) const;
    double real(int row, int column) const;
    bool boolean(int row, int column) const;
    QDateTime timestamp(int row, int column) const; // timestamptz as ISO text -> QDateTime (UTC offset kept)
    int column(const char *name) const;             // -1 when absent
    qint64 affected() const;                        // rows affected by INSERT/UPDATE/DELETE/COPY

private:
    pg_result *m_result = nullptr;
    QString m_error;
};

// Who connects, when not the user the connection string names: a member of staff signing in. The password
// lives only in memory (for reconnecting) and is given to libpq as a parameter, never put in a URI, a log or
// a message. Plain value.
struct PgLogin
{
    QString user;
    QString password;
    bool isEmpty() const { return user.isEmpty(); }
};

// A libpq connection with statements that bind their values. Not thread-safe: one thread uses a
// connection at a time (the CLI's main thread, or a store worker thread; never the GUI thread).
class PgConnection
{
public:
    // Connects with TCP keepalives and a connect timeout; on failure returns null and sets `error`.
    // With a `login`, its user and password override the URI's.
    static std::unique_ptr<PgConnection> open(const QString &uri, QString *error,
                                              int connectTimeoutSeconds = 5, const PgLogin &login = {});
    // Whether a failed open() was the server refusing the login (wrong ID or password, a disabled login,
    // no entry in pg_hba.conf) rather than the database being unreachable. Reads libpq's message (the
    // server sends no SQLSTATE before authentication is done).
    static bool isAuthenticationFailure(const QString &openError);
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    PgResult exec(const char *sql);
    PgResult exec(const char *sql, std::initializer_list<PgParam> params);
    PgResult exec(const char *sql, const QList<PgParam> &params);

    // Transactions: begin/commit/rollback; commit reports failure (e.g. a serialization error).
    bool begin(QString *error = nullptr);
    bool commit(QString *error = nullptr);
    void rollback();

    // COPY ... FROM STDIN: call copyIn() with the statement, then putCopyData() with text-format rows,
    // then endCopy(), which returns the number of rows copied or an error.
    bool copyIn(const char *sql, QString *error);
    bool putCopyData(const QByteArray &data, QString *error);
    PgResult endCopy();

    bool isOk() const; // the connection is usable
    QString errorMessage() const;
    int socket() const;
    pg_conn *raw() const { return m_conn; }
    QString userName() const;
    // The SCRAM-SHA-256 verifier of `password` for `user`, computed here (PQencryptPasswordConn), so that a
    // clear-text password never goes to the server. Empty with `error` set on failure.
    QByteArray encryptPassword(const QString &password, const QString &user, QString *error) const;

    // Quotes an identifier for SQL text ("live", "training"): only for names the program chose itself.
    static QByteArray quoteIdentifier(QStringView name);

private:
    explicit PgConnection(pg_conn *conn) : m_conn(conn) {}
    pg_conn *m_conn = nullptr;
};

// Writes one value in COPY text format (escaping backslash, tab, newline and carriage return; \N for NULL).
void appendCopyField(QByteArray &row, const PgParam &value, bool last);

} // namespace rr
