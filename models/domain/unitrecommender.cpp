#include "unitrecommender.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace rr {

double UnitRecommender::distanceKm(double lat1, double lon1, double lat2, double lon2)
{
    // Haversine: straight-line distance on the earth's surface.
    constexpr double kEarthKm = 6371.0;
    constexpr double kRad = 3.14159265358979323846 / 180.0;
    const double dLat = (lat2 - lat1) * kRad;
    const double dLon = (lon2 - lon1) * kRad;
    const double a = std::sin(dLat / 2) * std::sin(dLat / 2) +
                     std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * kEarthKm * std::asin(std::min(1.0, std::sqrt(a)));
}

std::optional<Unit> UnitRecommender::nearest(const Call &call, ResponseKind kind, const QList<Unit> &units,
                                             std::optional<double> *distance) const
{
    const bool located = call.latitude && call.longitude;
    std::optional<Unit> best;
    double bestKm = 0;
    for (const Unit &u : units) {
        if (u.kind != kind || u.status != UnitStatus::Available)
            continue;
        const bool unitLocated = u.latitude && u.longitude;
        const double km = located && unitLocated
                              ? distanceKm(*call.latitude, *call.longitude, *u.latitude, *u.longitude)
                              : std::numeric_limits<double>::infinity();
        // Without positions, the first free unit in roster order (stable) is as good as any.
        if (!best || km < bestKm || (km == bestKm && u.id < best->id && std::isfinite(km))) {
            best = u;
            bestKm = km;
        }
    }
    if (best && std::isfinite(bestKm))
        *distance = bestKm;
    return best;
}

Recommendation UnitRecommender::recommend(const Call &call, ResponseKind suggested,
                                          const QList<Unit> &units) const
{
    Recommendation r;
    r.kind = suggested;
    QList<ResponseKind> order{suggested};
    switch (suggested) {
    case ResponseKind::Unarmed:
        order << ResponseKind::CoResponder << ResponseKind::Police;
        break;
    case ResponseKind::CoResponder:
        order << ResponseKind::Police;
        break;
    case ResponseKind::Police:
        order << ResponseKind::CoResponder;
        break;
    }
    for (ResponseKind kind : order) {
        r.unit = nearest(call, kind, units, &r.distanceKm);
        if (!r.unit)
            continue;
        r.kind = kind;
        r.fallback = kind != suggested;
        break;
    }
    const QString suggestedWords = suggested == ResponseKind::Unarmed ? QStringLiteral("unarmed team")
                                   : suggested == ResponseKind::CoResponder
                                       ? QStringLiteral("co-responder team")
                                       : QStringLiteral("police unit");
    if (!r.unit) {
        r.unservedReason = QStringLiteral("no %1 free").arg(suggestedWords);
        r.text = QStringLiteral("No unit free");
        return r;
    }
    if (r.fallback)
        r.unservedReason = QStringLiteral("no %1 free").arg(suggestedWords);
    if (r.distanceKm) {
        r.etaMinutes = std::max(1, int(std::lround(*r.distanceKm / m_speedKmh * 60.0)));
        r.text = QStringLiteral("%1, %2 km, ~%3 min")
                     .arg(r.unit->id)
                     .arg(*r.distanceKm, 0, 'f', 1)
                     .arg(*r.etaMinutes);
    } else {
        r.text = QStringLiteral("%1 (no position)").arg(r.unit->id);
    }
    if (r.fallback)
        r.text += QStringLiteral(" \u2014 %1 instead: %2").arg(displayName(r.kind), r.unservedReason);
    return r;
}

} // namespace rr
