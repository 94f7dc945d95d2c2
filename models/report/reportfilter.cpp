#include "reportfilter.h"

#include <QCoreApplication>

#include <optional>

namespace rr {

namespace {
// The catalogues' context of this file's texts (free functions have no tr() of their own).
struct ReportFilterText
{
    Q_DECLARE_TR_FUNCTIONS(rr::ReportFilter)
};
} // namespace

std::pair<QDateTime, QDateTime> periodRange(ReportPeriod period, const QDateTime &now)
{
    switch (period) {
    case ReportPeriod::ThisShift: {
        const QDateTime local = now.toLocalTime();
        const QDate today = local.date();
        const int hour = local.time().hour();
        QDateTime start;
        if (hour >= 7 && hour < 19)
            start = QDateTime(today, QTime(7, 0));
        else if (hour >= 19)
            start = QDateTime(today, QTime(19, 0));
        else
            start = QDateTime(today.addDays(-1), QTime(19, 0));
        return {start, now};
    }
    case ReportPeriod::Last24Hours:
        return {now.addSecs(-24 * 3600), now};
    case ReportPeriod::Last7Days:
        return {now.addDays(-7), now};
    case ReportPeriod::Last30Days:
        return {now.addDays(-30), now};
    case ReportPeriod::Custom:
        break;
    }
    return {};
}

QString periodTitle(const ReportFilter &filter)
{
    const QString f = QStringLiteral("yyyy-MM-dd HH:mm");
    return ReportFilterText::tr("%1 to %2")
        .arg(filter.from.toLocalTime().toString(f), filter.to.toLocalTime().toString(f));
}

QString periodFileStem(const ReportFilter &filter)
{
    const QString f = QStringLiteral("yyyyMMdd-HHmm");
    return QStringLiteral("%1_%2").arg(filter.from.toLocalTime().toString(f),
                                       filter.to.toLocalTime().toString(f));
}

std::optional<QString> directionFromText(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == u"any" || t == u"all")
        return QString();
    if (t.startsWith(u"toward"))
        return QStringLiteral("toward_police");
    if (t.startsWith(u"away"))
        return QStringLiteral("away_from_police");
    return std::nullopt;
}

} // namespace rr
