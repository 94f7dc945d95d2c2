#pragma once

#include "callstore.h"
#include "domain/unit.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace rr {

class PgConnection;

// A unit status change asked for at a console; the request id makes a retried or replayed change idempotent.
// `status` is the wire name (available, dispatched, en_route, on_scene, out_of_service, off_shift), as it is
// journalled; the store refuses any other.
struct UnitStatusRequest
{
    QUuid requestId;
    QString unitId;
    QString status;
    QString cadId; // the call the unit is going to or is on, if any
    QString dispatcher;
    QString workstation;

    friend bool operator==(const UnitStatusRequest &, const UnitStatusRequest &) = default;
};

// Units and their status history in one schema of the shared database. Blocking: CLI or worker thread only.
class UnitStore
{
public:
    UnitStore(PgConnection &connection, StoreSchema schema = StoreSchema::Live);

    QList<Unit> list(QString *error);
    // Adds or replaces units (the roster); existing units keep their status.
    bool saveRoster(const QList<Unit> &units, QString *error);
    struct StatusResult
    {
        bool ok = false;
        bool replay = false; // this request had been stored before
        QString error;
        Unit unit;
    };
    StatusResult setStatus(const UnitStatusRequest &request);

private:
    PgConnection &m_conn;
    StoreSchema m_schema;
};

// Reads a roster file: {"units": [{"id","name","kind","latitude","longitude"}]}.
QList<Unit> rosterFromJson(const QByteArray &json, QString *error);

} // namespace rr
