#include "unitstore.h"

#include <QCoreApplication>

#include "pgconnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rr {

namespace {
// The catalogues' context of this file's texts (free functions have no tr() of their own).
struct UnitStoreText
{
    Q_DECLARE_TR_FUNCTIONS(rr::UnitStore)
};
} // namespace

namespace {

constexpr const char *kUnitSelect =
    "SELECT u.id, u.name, u.kind, u.status, u.latitude, u.longitude, c.cad_id FROM {s}.units u"
    " LEFT JOIN {s}.calls c ON c.id = u.current_call_id";

Unit unitFrom(const PgResult &r, int row)
{
    Unit u;
    u.id = r.text(row, 0);
    u.name = r.text(row, 1);
    u.kind = responseKindFromString(r.text(row, 2)).value_or(ResponseKind::Police);
    u.status = unitStatusFromString(r.text(row, 3)).value_or(UnitStatus::OutOfService);
    if (!r.isNull(row, 4))
        u.latitude = r.real(row, 4);
    if (!r.isNull(row, 5))
        u.longitude = r.real(row, 5);
    u.currentCall = r.text(row, 6);
    return u;
}

} // namespace

UnitStore::UnitStore(PgConnection &connection, StoreSchema schema) : m_conn(connection), m_schema(schema) {}

QList<Unit> UnitStore::list(QString *error)
{
    QList<Unit> out;
    PgResult r = m_conn.exec(
        schemaSql(m_schema, (QByteArray(kUnitSelect) + " ORDER BY u.kind, u.id").constData()).constData());
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return out;
    }
    for (int i = 0; i < r.rows(); ++i)
        out.append(unitFrom(r, i));
    return out;
}

bool UnitStore::saveRoster(const QList<Unit> &units, QString *error)
{
    if (!m_conn.begin(error))
        return false;
    for (const Unit &u : units) {
        PgResult r = m_conn.exec(
            schemaSql(
                m_schema,
                "INSERT INTO {s}.units (id, name, kind, latitude, longitude) VALUES ($1, $2, $3, $4, $5)"
                " ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind,"
                " latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude")
                .constData(),
            {u.id, u.name, toString(u.kind), PgParam(u.latitude), PgParam(u.longitude)});
        if (!r.ok()) {
            if (error)
                *error = UnitStoreText::tr("unit %1: %2").arg(u.id, r.error());
            m_conn.rollback();
            return false;
        }
    }
    return m_conn.commit(error);
}

UnitStore::StatusResult UnitStore::setStatus(const UnitStatusRequest &q)
{
    StatusResult out;
    if (q.requestId.isNull() || q.unitId.isEmpty() || q.dispatcher.isEmpty()) {
        out.error = UnitStoreText::tr("a status change needs a request id, a unit and a dispatcher");
        return out;
    }
    const std::optional<UnitStatus> status = unitStatusFromString(q.status);
    if (!status) {
        out.error = UnitStoreText::tr("unknown unit status '%1'").arg(q.status);
        return out;
    }
    if (!m_conn.begin(&out.error))
        return out;
    auto fail = [&](const QString &message) {
        m_conn.rollback();
        out.error = message;
        return out;
    };
    // The history row first: a replayed request stops here (its request id is taken).
    PgResult h = m_conn.exec(
        schemaSql(m_schema, "INSERT INTO {s}.unit_status_history (unit_id, status, call_id, request_id, "
                            "changed_by, workstation)"
                            " SELECT $1, $2, (SELECT id FROM {s}.calls WHERE cad_id = $3), $4::uuid, $5, $6"
                            " WHERE EXISTS (SELECT 1 FROM {s}.units WHERE id = $1)"
                            " ON CONFLICT (request_id) DO NOTHING RETURNING id")
            .constData(),
        {q.unitId, toString(*status), q.cadId, q.requestId.toString(QUuid::WithoutBraces), q.dispatcher,
         q.workstation});
    if (!h.ok())
        return fail(h.error());
    if (h.rows() == 0) {
        PgResult seen = m_conn.exec(
            schemaSql(m_schema, "SELECT 1 FROM {s}.unit_status_history WHERE request_id = $1::uuid")
                .constData(),
            {q.requestId.toString(QUuid::WithoutBraces)});
        if (!seen.ok() || seen.rows() == 0)
            return fail(UnitStoreText::tr("no unit %1").arg(q.unitId));
        out.replay = true;
    } else {
        const bool free = *status == UnitStatus::Available || *status == UnitStatus::OffShift ||
                          *status == UnitStatus::OutOfService;
        PgResult u = m_conn.exec(
            schemaSql(m_schema,
                      "UPDATE {s}.units SET status = $2, current_call_id = CASE WHEN $4 THEN NULL"
                      " ELSE coalesce((SELECT id FROM {s}.calls WHERE cad_id = $3), current_call_id) END"
                      " WHERE id = $1")
                .constData(),
            {q.unitId, toString(*status), q.cadId, free});
        if (!u.ok())
            return fail(u.error());
    }
    PgResult r = m_conn.exec(
        schemaSql(m_schema, (QByteArray(kUnitSelect) + " WHERE u.id = $1").constData()).constData(),
        {q.unitId});
    if (!r.ok() || r.rows() != 1)
        return fail(r.ok() ? UnitStoreText::tr("no unit %1").arg(q.unitId) : r.error());
    out.unit = unitFrom(r, 0);
    out.ok = m_conn.commit(&out.error);
    return out;
}

QList<Unit> rosterFromJson(const QByteArray &json, QString *error)
{
    QList<Unit> out;
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.object().value(u"units").isArray()) {
        if (error)
            *error = pe.error != QJsonParseError::NoError ? pe.errorString()
                                                          : QStringLiteral("expected {\"units\": [...]}");
        return {};
    }
    const QJsonArray a = doc.object().value(u"units").toArray();
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QJsonObject o = a.at(i).toObject();
        Unit u;
        u.id = o.value(u"id").toString();
        u.name = o.value(u"name").toString(u.id);
        const auto kind = responseKindFromString(o.value(u"kind").toString());
        if (u.id.isEmpty() || !kind) {
            if (error)
                *error = UnitStoreText::tr("unit %1: needs an id and a kind (unarmed, co_responder, police)")
                             .arg(i + 1);
            return {};
        }
        u.kind = *kind;
        if (o.value(u"latitude").isDouble())
            u.latitude = o.value(u"latitude").toDouble();
        if (o.value(u"longitude").isDouble())
            u.longitude = o.value(u"longitude").toDouble();
        out.append(u);
    }
    return out;
}

} // namespace rr
