#pragma once

#include "call.h"
#include "unit.h"

#include <QList>
#include <QString>

#include <optional>

namespace rr {

// What to send: the nearest available unit of the suggested kind, or of the fallback kind when none is free,
// with the reason the suggested kind was not served (DOMAIN.md: every eligible call not served needs a
// reason).
struct Recommendation
{
    std::optional<Unit> unit;                 // none at all free
    ResponseKind kind = ResponseKind::Police; // the kind of the recommended unit (or the suggested kind)
    bool fallback = false;                    // the suggested kind had no free unit
    std::optional<double> distanceKm;
    std::optional<int> etaMinutes;
    QString unservedReason; // "no unarmed team free" when fallback, else empty
    QString text;           // one line for the dispatcher: "CRT-2, 1.8 km, ~4 min"
};

// Recommends units by straight-line distance and a configured speed. Pure: the roster is passed in.
class UnitRecommender
{
public:
    explicit UnitRecommender(double averageSpeedKmh = 40.0) : m_speedKmh(averageSpeedKmh) {}

    // The fallback order when the suggested kind has no free unit: unarmed -> co-responder -> police,
    // co-responder -> police, police -> co-responder.
    Recommendation recommend(const Call &call, ResponseKind suggested, const QList<Unit> &units) const;

    static double distanceKm(double lat1, double lon1, double lat2, double lon2);

private:
    std::optional<Unit> nearest(const Call &call, ResponseKind kind, const QList<Unit> &units,
                                std::optional<double> *distance) const;
    double m_speedKmh;
};

} // namespace rr
