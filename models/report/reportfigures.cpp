#include "reportfigures.h"

#include <cmath>

namespace rr {

void markOutliers(QList<RateRow> &rows, double overallRate, qint64 minDecisions)
{
    for (RateRow &row : rows) {
        row.outlier = false;
        if (row.decisions < minDecisions)
            continue;
        const double p = std::clamp(overallRate, 0.0, 1.0);
        const double se = std::sqrt(p * (1.0 - p) / double(row.decisions));
        row.outlier = se > 0 ? (row.rate() - p) / se > 2.0 : row.rate() > p;
    }
}

} // namespace rr
