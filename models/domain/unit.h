#pragma once

#include "responsekind.h"

#include <QString>

#include <optional>

namespace rr {

// Where a unit is in its shift. Only Available units can be recommended.
enum class UnitStatus
{
    Available,
    Dispatched,
    EnRoute,
    OnScene,
    OutOfService,
    OffShift
};
inline constexpr int UnitStatusCount = 6;

// Wire names: available, dispatched, en_route, on_scene, out_of_service, off_shift.
QString toString(UnitStatus status);
std::optional<UnitStatus> unitStatusFromString(QStringView text);
// Words for people: "available", "en route", "out of service".
QString displayName(UnitStatus status);

// A response unit: an unarmed team (CRT), a co-responder pair, or a police car.
struct Unit
{
    QString id;   // "CRT-1"
    QString name; // "Community Response Team 1"
    ResponseKind kind = ResponseKind::Unarmed;
    UnitStatus status = UnitStatus::Available;
    std::optional<double> latitude;
    std::optional<double> longitude;
    QString currentCall; // CAD id of the call it is on, if any

    friend bool operator==(const Unit &, const Unit &) = default;
};

} // namespace rr
