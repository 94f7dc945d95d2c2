#include "chartspec.h"

#include "items/kindstyle.h"
#include "report/reporttables.h"

#include <QCoreApplication>
#include <QHash>

namespace rr {

namespace {

// The catalogues' context of these texts (free functions have no tr() of their own).
struct Dashboard
{
    Q_DECLARE_TR_FUNCTIONS(rr::Dashboard)
};

// The reasons an eligible call was not served that migration 0008 ships, for the catalogues (rr::CodeLabel,
// as the console's override reasons and outcomes): shown translated; a centre's own label as written.
[[maybe_unused]] constexpr const char *kShippedUnservedLabels[] = {
    QT_TRANSLATE_NOOP("rr::CodeLabel", "Team off duty"),
    QT_TRANSLATE_NOOP("rr::CodeLabel", "Outside its area"),
    QT_TRANSLATE_NOOP("rr::CodeLabel", "No unit free"),
    QT_TRANSLATE_NOOP("rr::CodeLabel", "Dispatcher override"),
    QT_TRANSLATE_NOOP("rr::CodeLabel", "Caller refused or cancelled"),
    QT_TRANSLATE_NOOP("rr::CodeLabel", "No reason recorded")};

const QColor kBar(0x4a, 0x80, 0xe8);
const QColor kWarn(0xd9, 0x6a, 0x2b);

ChartSpec rateChart(const QString &id, const QString &title, const QList<RateRow> &rows, double overall,
                    const QString &keyPrefix = {})
{
    ChartSpec c{
        id, title,
        Dashboard::tr("Bars: override rate; n = decisions; \u25B2 marks a rate well above the period's "
                      "(only with n \u2265 30)")};
    ChartSeries s{Dashboard::tr("Override rate"), {}, kBar};
    for (const RateRow &r : rows) {
        c.categories.append(keyPrefix + r.key);
        s.values.append(r.rate() * 100.0);
        c.labels.append((r.outlier ? QStringLiteral("\u25B2 ") : QString()) +
                        QStringLiteral("n=%1").arg(r.decisions));
        c.hover.append(
            Dashboard::tr("%1: %2 of %3 decisions overridden (%4)%5")
                .arg(keyPrefix + r.key)
                .arg(r.overrides)
                .arg(r.decisions)
                .arg(formatRate(r.rate()),
                     r.outlier ? Dashboard::tr(" \u2014 \u25B2 above the period's rate") : QString()));
    }
    c.series.append(s);
    c.unit = QStringLiteral("%");
    c.reference = overall * 100.0;
    c.referenceLabel = Dashboard::tr("all: %1").arg(formatRate(overall));
    return c;
}

QString kindName(const QString &kind)
{
    const auto k = responseKindFromString(kind);
    return k ? displayName(*k) : kind;
}

} // namespace

QList<ChartSpec> dashboardCharts(const ReportFigures &f)
{
    QList<ChartSpec> out;
    const double overall = f.summary.overrideRate();
    out.append(rateChart(QStringLiteral("override-by-dispatcher"),
                         Dashboard::tr("Override rate by dispatcher"), f.byDispatcher, overall));
    out.append(rateChart(QStringLiteral("override-by-category"),
                         Dashboard::tr("Override rate by call category"), f.byCategory, overall));
    {
        QList<RateRow> hours = f.byHour;
        for (RateRow &r : hours)
            r.key = r.key.rightJustified(2, u'0');
        out.append(rateChart(QStringLiteral("override-by-hour"),
                             Dashboard::tr("Override rate by hour of day"), hours, overall));
    }
    {
        ChartSpec c{QStringLiteral("override-reasons"), Dashboard::tr("Override reasons"),
                    Dashboard::tr("%n override(s) in the period", nullptr, int(f.summary.overrides))};
        ChartSeries s{Dashboard::tr("Overrides"), {}, kBar};
        for (const CountRow &r : f.reasons) {
            // A shipped label in the interface language (rr::CodeLabel); a centre's own as written.
            const QString label = QCoreApplication::translate("rr::CodeLabel", r.label.toUtf8().constData());
            c.categories.append(label);
            s.values.append(double(r.count));
            c.labels.append(QString::number(r.count));
            c.hover.append(Dashboard::tr("%1: %n override(s)", nullptr, int(r.count)).arg(label));
        }
        c.series.append(s);
        out.append(c);
    }
    {
        const ReportSummary &s = f.summary;
        const qint64 withReason = s.unservedWithReason;
        const QString share =
            s.unserved ? formatRate(double(withReason) / double(s.unserved)) : QStringLiteral("100.0%");
        ChartSpec c{QStringLiteral("eligible-served"), Dashboard::tr("Eligible calls: served and not served"),
                    Dashboard::tr(
                        "%1 eligible, %2 served, %3 not served \u2014 %4 of those not served carry a reason")
                        .arg(s.eligible)
                        .arg(s.served)
                        .arg(s.unserved)
                        .arg(share)};
        ChartSeries served{Dashboard::tr("Served"), {}, kindColor(ResponseKind::Unarmed), Qt::SolidPattern};
        ChartSeries unserved{Dashboard::tr("Not served (by reason)"), {}, kWarn, Qt::BDiagPattern};
        c.categories.append(Dashboard::tr("Served"));
        served.values.append(double(s.served));
        unserved.values.append(0);
        c.labels.append(QString::number(s.served));
        c.hover.append(Dashboard::tr("Served: %1 of %2 eligible calls").arg(s.served).arg(s.eligible));
        for (const CountRow &r : f.unserved) {
            if (r.code == u"not_recorded" && r.count == 0)
                continue;
            const QString label = QCoreApplication::translate("rr::CodeLabel", r.label.toUtf8().constData());
            c.categories.append(label);
            served.values.append(0);
            unserved.values.append(double(r.count));
            c.labels.append(QString::number(r.count));
            c.hover.append(
                Dashboard::tr("Not served \u2014 %1: %n call(s)", nullptr, int(r.count)).arg(label));
        }
        c.series = {served, unserved};
        out.append(c);
    }
    {
        ChartSpec c{QStringLiteral("decision-time"), Dashboard::tr("Receipt to decision by hour (seconds)"),
                    Dashboard::tr("p50 \u25CF solid, p90 \u25A0 dashed; target: decided within 60 s")};
        ChartSeries p50{Dashboard::tr("p50"), {}, kBar, Qt::SolidPattern, true, false};
        ChartSeries p90{Dashboard::tr("p90"), {}, kWarn, Qt::SolidPattern, true, true};
        for (const TimingRow &r : f.timing) {
            c.categories.append(QString::number(r.hour).rightJustified(2, u'0'));
            p50.values.append(r.p50);
            p90.values.append(r.p90);
            c.labels.append(QString());
            c.hover.append(Dashboard::tr("%1:00 \u2014 p50 %2 s, p90 %3 s, %4 within 60 s (n=%5)")
                               .arg(QString::number(r.hour).rightJustified(2, u'0'))
                               .arg(r.p50, 0, 'f', 1)
                               .arg(r.p90, 0, 'f', 1)
                               .arg(r.timed ? formatRate(double(r.within60s) / double(r.timed)) : QString())
                               .arg(r.timed));
        }
        c.series = {p50, p90};
        c.unit = QStringLiteral(" s");
        c.reference = kDecisionTargetSeconds;
        c.referenceLabel = Dashboard::tr("60 s target");
        out.append(c);
    }
    {
        ChartSpec c{QStringLiteral("backup-rate"), Dashboard::tr("Police backup requested after dispatch"),
                    Dashboard::tr("Reference: CAHOOTS 2019, 0.6%")};
        ChartSeries s{Dashboard::tr("Backup rate"), {}, kWarn, Qt::Dense4Pattern};
        for (const BackupRow &r : f.backup) {
            c.categories.append(kindName(r.kind));
            s.values.append(r.rate() * 100.0);
            c.labels.append(Dashboard::tr("%1 of %2").arg(r.backups).arg(r.dispatches));
            c.hover.append(Dashboard::tr("%1: backup requested on %2 of %3 dispatches (%4)")
                               .arg(kindName(r.kind))
                               .arg(r.backups)
                               .arg(r.dispatches)
                               .arg(formatRate(r.rate())));
        }
        c.series.append(s);
        c.unit = QStringLiteral("%");
        c.reference = kReferenceBackupRate * 100.0;
        c.referenceLabel = Dashboard::tr("0.6% reference");
        out.append(c);
    }
    {
        ChartSpec c{QStringLiteral("outcomes"), Dashboard::tr("Outcomes by kind sent"),
                    Dashboard::tr("\u25CF unarmed solid, \u25D0 co-responder hatched, \u25A0 police dotted")};
        QStringList outcomes;
        for (const OutcomeRow &r : f.outcomes)
            if (!outcomes.contains(r.outcome))
                outcomes.append(r.outcome);
        std::sort(outcomes.begin(), outcomes.end());
        QHash<QString, qint64> count;
        for (const OutcomeRow &r : f.outcomes)
            count.insert(r.kind + u'/' + r.outcome, r.calls);
        const struct
        {
            ResponseKind kind;
            Qt::BrushStyle pattern;
        } kinds[] = {{ResponseKind::Unarmed, Qt::SolidPattern},
                     {ResponseKind::CoResponder, Qt::BDiagPattern},
                     {ResponseKind::Police, Qt::Dense3Pattern}};
        for (const QString &o : outcomes) {
            c.categories.append(o.isEmpty() ? Dashboard::tr("none yet") : QString(o).replace(u'_', u' '));
            c.labels.append(QString());
            QStringList parts;
            for (const auto &k : kinds)
                parts.append(QStringLiteral("%1 %2")
                                 .arg(displayName(k.kind))
                                 .arg(count.value(toString(k.kind) + u'/' + o)));
            c.hover.append(c.categories.last() + QStringLiteral(": ") + parts.join(QStringLiteral(", ")));
        }
        for (const auto &k : kinds) {
            ChartSeries s{kindSymbol(k.kind) + u' ' + displayName(k.kind), {}, kindColor(k.kind), k.pattern};
            for (const QString &o : outcomes)
                s.values.append(double(count.value(toString(k.kind) + u'/' + o)));
            c.series.append(s);
        }
        out.append(c);
    }
    return out;
}

} // namespace rr
