#include "callimporter.h"

#include <QCoreApplication>

#include "pgconnection.h"

#include <charconv>

#include <libpq-fe.h>

namespace rr {

namespace {
// The catalogues' context of this file's texts (free functions have no tr() of their own).
struct CallImporterText
{
    Q_DECLARE_TR_FUNCTIONS(rr::CallImporter)
};
} // namespace

namespace {

// Rows are sent to the server whenever this much COPY text has piled up.
constexpr qsizetype kSendBytes = 1 << 20;

// ON COMMIT DELETE ROWS: every committed batch leaves the staging table empty for the next one.
const char *const kCreateStaging =
    "CREATE TEMP TABLE IF NOT EXISTS rr_import_staging ("
    " n integer, cad_id text, received_at timestamptz, call_type text, call_code text, priority integer,"
    " narrative text, address text, latitude double precision, longitude double precision, beat text,"
    " weapon text, violence text, injury text, self_harm text, domestic text, crime_in_progress text,"
    " kind text, ems boolean, confidence real, category text, reasons jsonb, triggers jsonb, rules_version "
    "text, needs_screening boolean"
    ") ON COMMIT DELETE ROWS";

const char *const kCopyStaging = "COPY pg_temp.rr_import_staging FROM STDIN";

// New calls in input order, then the suggestions of exactly those calls. Calls already stored are left
// alone (DO NOTHING), so their suggestions are not added either.
const char *const kInsertBatch =
    "WITH ins AS ("
    " INSERT INTO {s}.calls (cad_id, received_at, call_type, call_code, priority, narrative, address, "
    "latitude,"
    " longitude, beat, weapon, violence, injury, self_harm, domestic, crime_in_progress)"
    " SELECT cad_id, received_at, call_type, call_code, priority, narrative, address, latitude, longitude, "
    "beat,"
    " weapon, violence, injury, self_harm, domestic, crime_in_progress FROM pg_temp.rr_import_staging ORDER "
    "BY n"
    " ON CONFLICT (cad_id) DO NOTHING RETURNING id, cad_id),"
    " sug AS ("
    " INSERT INTO {s}.suggestions (call_id, kind, ems, confidence, category, reasons, triggers, "
    "rules_version, needs_screening)"
    " SELECT ins.id, st.kind, st.ems, st.confidence, st.category, st.reasons, st.triggers, st.rules_version,"
    " st.needs_screening"
    " FROM ins JOIN pg_temp.rr_import_staging st ON st.cad_id = ins.cad_id"
    " RETURNING call_id)"
    " SELECT count(*), min(call_id), max(call_id) FROM sug";

// COPY text format: backslash, tab, newline and carriage return escaped; the caller has refused NULs.
void appendEscaped(QByteArray &out, const char *data, qsizetype size)
{
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
}

void appendText(QByteArray &out, QStringView text)
{
    // Nearly every field is ASCII: escape it in place without an intermediate UTF-8 copy.
    const char16_t *p = text.utf16();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (p[i] >= 0x80) {
            const QByteArray utf8 = text.toUtf8();
            appendEscaped(out, utf8.constData(), utf8.size());
            return;
        }
    }
    out.reserve(out.size() + n);
    for (qsizetype i = 0; i < n; ++i) {
        const char c = char(p[i]);
        if (c == '\\' || c == '\t' || c == '\n' || c == '\r')
            appendEscaped(out, &c, 1);
        else
            out += c;
    }
}

template <typename T> void appendNumber(QByteArray &out, T value)
{
    char buffer[32];
    const auto r = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, r.ptr - buffer);
}

void appendTwo(char *&p, int v)
{
    *p++ = char('0' + v / 10);
    *p++ = char('0' + v % 10);
}

// "2024-05-01 12:45:00.123+00": always UTC, so that the server's TimeZone setting cannot shift it and no
// time-zone look-up is needed here. False for a year outside 1..9999.
bool appendUtc(QByteArray &out, const QDateTime &time)
{
    const qint64 ms = time.toMSecsSinceEpoch();
    qint64 days = ms / 86400000;
    qint64 msOfDay = ms % 86400000;
    if (msOfDay < 0) {
        msOfDay += 86400000;
        --days;
    }
    // Civil date from days since 1970-01-01 (H. Hinnant's algorithm).
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int day = int(doy - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 1 || year > 9999)
        return false;
    char text[32];
    char *p = text;
    appendTwo(p, int(year / 100));
    appendTwo(p, int(year % 100));
    *p++ = '-';
    appendTwo(p, month);
    *p++ = '-';
    appendTwo(p, day);
    *p++ = ' ';
    const int seconds = int(msOfDay / 1000);
    appendTwo(p, seconds / 3600);
    *p++ = ':';
    appendTwo(p, seconds / 60 % 60);
    *p++ = ':';
    appendTwo(p, seconds % 60);
    *p++ = '.';
    const int millis = int(msOfDay % 1000);
    *p++ = char('0' + millis / 100);
    appendTwo(p, millis % 100);
    *p++ = '+';
    *p++ = '0';
    *p++ = '0';
    out.append(text, p - text);
    return true;
}

bool hasNul(QStringView text)
{
    return text.contains(QChar(u'\0'));
}

QString nulField(const Call &c)
{
    const std::pair<const char *, const QString *> fields[] = {{"id", &c.id},
                                                               {"call_type", &c.callType},
                                                               {"call_code", &c.callCode},
                                                               {"narrative", &c.narrative},
                                                               {"address", &c.address},
                                                               {"beat", &c.beat}};
    for (const auto &[name, value] : fields) {
        if (hasNul(*value))
            return QString::fromLatin1(name);
    }
    return {};
}

} // namespace

CallImporter::CallImporter(PgConnection &connection, StoreSchema schema)
    : m_conn(connection), m_schema(schema)
{}

CallImporter::~CallImporter()
{
    if (!m_inBatch)
        return;
    PQputCopyEnd(m_conn.raw(), "import abandoned");
    while (pg_result *r = PQgetResult(m_conn.raw()))
        PQclear(r);
    m_conn.rollback();
}

void CallImporter::setBatchSize(qsizetype rows)
{
    m_batchSize = std::max<qsizetype>(1, rows);
}

void CallImporter::addRejected()
{
    ++m_stats.read;
    ++m_stats.rejected;
}

bool CallImporter::fail(const QString &message)
{
    m_error = message;
    if (m_inBatch) {
        m_inBatch = false;
        PQputCopyEnd(m_conn.raw(), "import failed");
        while (pg_result *r = PQgetResult(m_conn.raw()))
            PQclear(r);
    }
    m_conn.rollback();
    m_buffer.clear();
    m_batchIds.clear();
    m_batchRows = 0;
    return false;
}

bool CallImporter::beginBatch()
{
    QString error;
    if (!m_prepared) {
        // The summary needs both the right (an administrator) and the function (migration 0005).
        PgResult who = m_conn.exec(
            schemaSql(m_schema,
                      "SELECT pg_has_role(session_user, 'rr_admin', 'MEMBER')"
                      " AND to_regprocedure('{s}.log_bulk_import(bigint, bigint, bigint, text)') IS NOT NULL")
                .constData());
        if (!who.ok())
            return fail(who.error());
        m_summaryLogging = who.boolean(0, 0);
        // A batch of staged rows fits in memory instead of spilling to a temporary file. Only possible before
        // the session first touches a temporary table, hence no error check.
        m_conn.exec("SET temp_buffers = '64MB'");
        m_prepared = true;
    }
    if (!m_conn.begin(&error))
        return fail(error);
    m_inBatch = false; // no COPY yet: fail() must not end one
    PgResult staging = m_conn.exec(kCreateStaging);
    if (!staging.ok())
        return fail(staging.error());
    // The batch statement's row estimates are far off (a temporary table has no statistics): without these
    // the planner compiles it with JIT (about a second per batch) and sorts on disk.
    if (!m_conn.exec("SET LOCAL jit = off; SET LOCAL work_mem = '64MB'").ok())
        return fail(m_conn.errorMessage());
    if (m_summaryLogging && !m_conn.exec("SET LOCAL rr.bulk = 'on'").ok())
        return fail(m_conn.errorMessage());
    if (!m_conn.copyIn(kCopyStaging, &error))
        return fail(error);
    m_inBatch = true;
    return true;
}

bool CallImporter::sendBuffer()
{
    QString error;
    if (!m_buffer.isEmpty() && !m_conn.putCopyData(m_buffer, &error))
        return fail(error);
    m_buffer.clear();
    return true;
}

CallImporter::AddResult CallImporter::add(const Call &call, const Suggestion &suggestion)
{
    ++m_stats.read;
    auto reject = [&](const QString &why) {
        ++m_stats.rejected;
        m_rejection = why;
        return AddResult::Rejected;
    };
    if (call.id.trimmed().isEmpty())
        return reject(CallImporterText::tr("empty id"));
    if (const QString field = nulField(call); !field.isEmpty())
        return reject(CallImporterText::tr("a NUL character in %1").arg(field));
    if (m_batchIds.contains(
            call.id)) { // repeated within this batch; an earlier batch's repeat is ON CONFLICT
        ++m_stats.skippedExisting;
        return AddResult::Added;
    }

    QByteArray &b = m_buffer;
    const qsizetype rowStart = b.size();
    appendNumber(b, m_batchRows);
    b += '\t';
    appendText(b, call.id);
    b += '\t';
    if (!call.receivedAt.isValid()) {
        b += "\\N";
    } else if (!appendUtc(b, call.receivedAt)) {
        b.truncate(rowStart);
        return reject(CallImporterText::tr("received_at out of range"));
    }
    b += '\t';
    appendText(b, call.callType);
    b += '\t';
    appendText(b, call.callCode);
    b += '\t';
    if (call.priority)
        appendNumber(b, *call.priority);
    else
        b += "\\N";
    b += '\t';
    appendText(b, call.narrative);
    b += '\t';
    appendText(b, call.address);
    for (const std::optional<double> &v : {call.latitude, call.longitude}) {
        b += '\t';
        if (v)
            appendNumber(b, *v);
        else
            b += "\\N";
    }
    b += '\t';
    appendText(b, call.beat);
    for (Answer a : call.screening.answers) {
        b += '\t';
        b += a == Answer::Yes ? "yes" : a == Answer::No ? "no" : "unknown";
    }
    b += '\t';
    appendText(b, toString(suggestion.kind));
    b += suggestion.ems ? "\tt\t" : "\tf\t";
    appendNumber(b, float(suggestion.confidence));
    b += '\t';
    appendText(b, suggestion.category);
    b += '\t';
    const QByteArray reasons = reasonsJson(suggestion.reasons);
    appendEscaped(b, reasons.constData(), reasons.size());
    b += '\t';
    const QByteArray triggers = triggersJson(suggestion.triggers);
    appendEscaped(b, triggers.constData(), triggers.size());
    b += '\t';
    appendText(b, suggestion.rulesVersion);
    b += suggestion.needsScreening ? "\tt\n" : "\tf\n";

    if (!m_inBatch && !beginBatch())
        return AddResult::Failed;
    m_batchIds.insert(call.id);
    ++m_batchRows;
    if (b.size() >= kSendBytes && !sendBuffer())
        return AddResult::Failed;
    if (m_batchRows >= m_batchSize && !writeBatch())
        return AddResult::Failed;
    return AddResult::Added;
}

bool CallImporter::writeBatch()
{
    if (!m_inBatch)
        return true;
    if (!sendBuffer())
        return false;
    m_inBatch = false;
    PgResult copied = m_conn.endCopy();
    if (!copied.ok())
        return fail(copied.error());
    PgResult r = m_conn.exec(schemaSql(m_schema, kInsertBatch).constData());
    if (!r.ok())
        return fail(r.error());
    const qint64 inserted = r.integer(0, 0);
    if (m_summaryLogging && inserted > 0) {
        PgResult logged =
            m_conn.exec(schemaSql(m_schema, "SELECT {s}.log_bulk_import($1, $2, $3, $4)").constData(),
                        {inserted, r.integer(0, 1), r.integer(0, 2), m_source});
        if (!logged.ok())
            return fail(logged.error());
    }
    QString error;
    if (!m_conn.commit(&error))
        return fail(error);
    m_stats.inserted += inserted;
    m_stats.skippedExisting += m_batchRows - inserted;
    m_batchIds.clear();
    m_batchRows = 0;
    return true;
}

bool CallImporter::finish()
{
    return writeBatch();
}

} // namespace rr
