#include "reporttables.h"

#include <QCoreApplication>

#include "io/csvwriter.h"

#include <QHash>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>

namespace rr {

namespace {
// The catalogues' context of this file's texts (free functions have no tr() of their own).
struct ReportTables
{
    Q_DECLARE_TR_FUNCTIONS(rr::ReportTables)
};
} // namespace

namespace {

QString num(qint64 n)
{
    return QString::number(n);
}

QString fixed(double v, int decimals = 1)
{
    return QString::number(v, 'f', decimals);
}

ReportTable summaryTable(const ReportFigures &f)
{
    const ReportSummary &s = f.summary;
    ReportTable t{QStringLiteral("summary"),
                  ReportTables::tr("Summary"),
                  {QStringLiteral("figure"), QStringLiteral("value")},
                  {}};
    auto add = [&](const char *name, const QString &value) {
        t.rows.append({QString::fromLatin1(name), value});
    };
    add("decisions", num(s.decisions));
    add("dispatchers", num(s.dispatchers));
    add("overrides", num(s.overrides));
    add("override_rate", formatRate(s.overrideRate()));
    add("overrides_toward_police", num(s.towardPolice));
    add("overrides_away_from_police", num(s.awayFromPolice));
    add("eligible_for_alternative_response", num(s.eligible));
    add("eligible_served", num(s.served));
    add("eligible_not_served", num(s.unserved));
    add("not_served_with_a_reason", num(s.unservedWithReason));
    add("not_served_with_a_reason_share", s.unserved
                                              ? formatRate(double(s.unservedWithReason) / double(s.unserved))
                                              : QStringLiteral("100.0%"));
    add("unarmed_or_co_responder_dispatches", num(s.alternativeDispatches));
    add("police_backup_requests", num(s.backups));
    add("police_backup_rate", formatRate(s.backupRate()));
    add("decision_seconds_p50", formatSeconds(s.p50));
    add("decision_seconds_p90", formatSeconds(s.p90));
    add("decided_within_60s", s.timed ? formatRate(double(s.within60s) / double(s.timed)) : QString());
    add("reviewed", num(s.reviewed));
    return t;
}

ReportTable rateTable(const QString &name, const QString &title, const QString &keyName,
                      const QList<RateRow> &rows)
{
    ReportTable t{name,
                  title,
                  {keyName, QStringLiteral("decisions"), QStringLiteral("overrides"),
                   QStringLiteral("override_rate"), QStringLiteral("outlier")},
                  {}};
    for (const RateRow &r : rows)
        t.rows.append({r.key, num(r.decisions), num(r.overrides), formatRate(r.rate()),
                       r.outlier ? QStringLiteral("yes") : QStringLiteral("no")});
    return t;
}

ReportTable countTable(const QString &name, const QString &title, const QString &countName,
                       const QList<CountRow> &rows)
{
    qint64 total = 0;
    for (const CountRow &r : rows)
        total += r.count;
    ReportTable t{name,
                  title,
                  {QStringLiteral("code"), QStringLiteral("label"), countName, QStringLiteral("share")},
                  {}};
    for (const CountRow &r : rows)
        t.rows.append(
            {r.code, r.label, num(r.count), total ? formatRate(double(r.count) / double(total)) : QString()});
    return t;
}

} // namespace

QStringList reportSections()
{
    return {QStringLiteral("summary"), QStringLiteral("overrides"), QStringLiteral("unserved"),
            QStringLiteral("timing"),  QStringLiteral("backup"),    QStringLiteral("outcomes"),
            QStringLiteral("sample")};
}

bool isReportSection(const QString &name)
{
    return name == u"all" || reportSections().contains(name);
}

QString formatRate(double fraction)
{
    return QString::number(fraction * 100.0, 'f', 1) + u'%';
}

QString formatSeconds(std::optional<double> s)
{
    return s ? fixed(*s) : QString();
}

QList<ReportTable> reportTables(const QString &section, const ReportFigures &f,
                                const QList<DecisionRow> &overrides, const QaSample &sample,
                                const QList<SampleCandidate> &frame)
{
    QList<ReportTable> out;
    const bool all = section == u"all";
    if (all || section == u"summary")
        out.append(summaryTable(f));
    if (all || section == u"overrides") {
        out.append(rateTable(QStringLiteral("overrides_by_dispatcher"),
                             ReportTables::tr("Override rate by dispatcher"), QStringLiteral("dispatcher"),
                             f.byDispatcher));
        out.append(rateTable(QStringLiteral("overrides_by_category"),
                             ReportTables::tr("Override rate by category"), QStringLiteral("category"),
                             f.byCategory));
        out.append(rateTable(QStringLiteral("overrides_by_hour"),
                             ReportTables::tr("Override rate by hour of day"), QStringLiteral("hour"),
                             f.byHour));
        out.append(countTable(QStringLiteral("override_reasons"), ReportTables::tr("Override reasons"),
                              QStringLiteral("overrides"), f.reasons));
        ReportTable list{QStringLiteral("override_list"),
                         ReportTables::tr("Overrides"),
                         {QStringLiteral("decided_at"), QStringLiteral("call"), QStringLiteral("dispatcher"),
                          QStringLiteral("workstation"), QStringLiteral("call_type"),
                          QStringLiteral("category"), QStringLiteral("suggested"), QStringLiteral("chosen"),
                          QStringLiteral("reason"), QStringLiteral("note"), QStringLiteral("seconds"),
                          QStringLiteral("review")},
                         {}};
        for (const DecisionRow &d : overrides)
            list.rows.append({d.decidedAt.toUTC().toString(Qt::ISODate), d.cadId, d.dispatcher, d.workstation,
                              d.callType, d.category, d.suggestedKind, d.chosenKind, d.reasonCode, d.note,
                              formatSeconds(d.seconds), d.verdict});
        out.append(list);
    }
    if (all || section == u"unserved") {
        ReportTable t =
            countTable(QStringLiteral("unserved"), ReportTables::tr("Eligible calls not served, by reason"),
                       QStringLiteral("calls"), f.unserved);
        out.append(t);
        out.append({QStringLiteral("coverage"),
                    ReportTables::tr("Eligible calls served and not served"),
                    {QStringLiteral("eligible"), QStringLiteral("served"), QStringLiteral("not_served"),
                     QStringLiteral("not_served_with_a_reason")},
                    {{num(f.summary.eligible), num(f.summary.served), num(f.summary.unserved),
                      num(f.summary.unservedWithReason)}}});
    }
    if (all || section == u"timing") {
        ReportTable t{QStringLiteral("timing"),
                      ReportTables::tr("Receipt to decision, by hour of day (seconds)"),
                      {QStringLiteral("hour"), QStringLiteral("decisions"), QStringLiteral("p50"),
                       QStringLiteral("p90"), QStringLiteral("within_60s")},
                      {}};
        for (const TimingRow &r : f.timing)
            t.rows.append({num(r.hour), num(r.timed), fixed(r.p50), fixed(r.p90),
                           r.timed ? formatRate(double(r.within60s) / double(r.timed)) : QString()});
        out.append(t);
    }
    if (all || section == u"backup") {
        ReportTable t{QStringLiteral("backup"),
                      ReportTables::tr("Police backup requested after dispatch"),
                      {QStringLiteral("kind"), QStringLiteral("dispatches"), QStringLiteral("backups"),
                       QStringLiteral("rate"), QStringLiteral("reference")},
                      {}};
        for (const BackupRow &r : f.backup)
            t.rows.append({r.kind, num(r.dispatches), num(r.backups), formatRate(r.rate()),
                           formatRate(kReferenceBackupRate)});
        out.append(t);
    }
    if (all || section == u"outcomes") {
        ReportTable t{QStringLiteral("outcomes"),
                      ReportTables::tr("Outcomes by kind sent"),
                      {QStringLiteral("kind"), QStringLiteral("outcome"), QStringLiteral("calls")},
                      {}};
        for (const OutcomeRow &r : f.outcomes)
            t.rows.append(
                {r.kind, r.outcome.isEmpty() ? QStringLiteral("none_yet") : r.outcome, num(r.calls)});
        out.append(t);
    }
    if (all || section == u"sample") {
        QHash<qint64, SampleCandidate> byId;
        for (const SampleCandidate &c : frame)
            byId.insert(c.decisionId, c);
        ReportTable t{QStringLiteral("sample"),
                      ReportTables::tr("QA sample (seed %1): %2 of %3 decisions")
                          .arg(sample.seed)
                          .arg(sample.decisionIds.size())
                          .arg(frame.size()),
                      {QStringLiteral("decision_id"), QStringLiteral("dispatcher"), QStringLiteral("why")},
                      {}};
        for (qint64 id : sample.decisionIds) {
            const SampleCandidate c = byId.value(id);
            t.rows.append({num(id), c.dispatcher, c.flag.isEmpty() ? QStringLiteral("random") : c.flag});
        }
        out.append(t);
    }
    return out;
}

bool writeText(QIODevice *out, const QList<ReportTable> &tables, QString *error)
{
    QByteArray text;
    for (const ReportTable &t : tables) {
        QList<qsizetype> width(t.header.size(), 0);
        for (qsizetype c = 0; c < t.header.size(); ++c)
            width[c] = t.header[c].size();
        for (const QStringList &r : t.rows)
            for (qsizetype c = 0; c < r.size() && c < width.size(); ++c)
                width[c] = std::max(width[c], std::min<qsizetype>(r[c].size(), 40));
        text += t.title.toUtf8() + '\n';
        auto line = [&](const QStringList &cells) {
            QString l;
            for (qsizetype c = 0; c < cells.size(); ++c) {
                QString cell = cells[c];
                if (cell.size() > 40)
                    cell = cell.left(39) + u'\u2026';
                l += c + 1 < cells.size() ? cell.leftJustified(width[c] + 2) : cell;
            }
            text += (QStringLiteral("  ") + l.trimmed() + u'\n').toUtf8();
        };
        line(t.header);
        for (const QStringList &r : t.rows)
            line(r);
        text += '\n';
    }
    if (out->write(text) != text.size()) {
        *error = out->errorString();
        return false;
    }
    return true;
}

bool writeCsv(QIODevice *out, const QList<ReportTable> &tables, QString *error)
{
    CsvWriter w(out);
    bool first = true;
    for (const ReportTable &t : tables) {
        if (!first)
            w.endRow();
        first = false;
        w.row(QStringList{QStringLiteral("table")} + t.header);
        for (const QStringList &r : t.rows)
            w.row(QStringList{t.name} + r);
    }
    if (!w.flush()) {
        *error = w.errorString();
        return false;
    }
    return true;
}

bool writeTableCsv(QIODevice *out, const ReportTable &t, QString *error)
{
    CsvWriter w(out);
    w.row(t.header);
    for (const QStringList &r : t.rows)
        w.row(r);
    if (!w.flush()) {
        *error = w.errorString();
        return false;
    }
    return true;
}

bool writeJsonLines(QIODevice *out, const QList<ReportTable> &tables, QString *error)
{
    QByteArray text;
    for (const ReportTable &t : tables) {
        for (const QStringList &r : t.rows) {
            QJsonObject o{{QStringLiteral("table"), t.name}};
            for (qsizetype c = 0; c < t.header.size() && c < r.size(); ++c)
                o.insert(t.header[c], r[c]);
            text += QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
        }
    }
    if (out->write(text) != text.size()) {
        *error = out->errorString();
        return false;
    }
    return true;
}

} // namespace rr
