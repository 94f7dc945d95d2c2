#include "evaluationreport.h"

#include "io/csvwriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace rr {

namespace {

constexpr std::array kKinds = {ResponseKind::Unarmed, ResponseKind::CoResponder, ResponseKind::Police};

// "97.35 %", rounded down so that a figure below a bar never reads as the bar itself.
QString percent(qint64 part, qint64 whole)
{
    const qint64 basisPoints = whole > 0 ? part * 10000 / whole : 0;
    return QStringLiteral("%1.%2 %").arg(basisPoints / 100).arg(basisPoints % 100, 2, 10, QLatin1Char('0'));
}

QString percent(double fraction)
{
    return QStringLiteral("%1 %").arg(fraction * 100, 0, 'f', 2);
}

// The catalogues' context of the text report (the CSV and JSON lines records stay English).
struct EvaluationText
{
    Q_DECLARE_TR_FUNCTIONS(rr::EvaluationText)
};

// "yes" or "no": the CSV's and JSON lines' values.
QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

// The same in the text report's language.
QString shownYesNo(bool value)
{
    return value ? EvaluationText::tr("yes") : EvaluationText::tr("no");
}

QString reasonsText(const Suggestion &s)
{
    QStringList texts;
    for (const Reason &r : s.reasons)
        texts.append(r.text);
    return texts.join(QStringLiteral(" | "));
}

QString callTypeText(const Miss &m)
{
    if (m.callType.isEmpty() && m.callCode.isEmpty())
        return EvaluationText::tr("(no call type)");
    if (m.callCode.isEmpty())
        return m.callType;
    if (m.callType.isEmpty())
        return EvaluationText::tr("code %1").arg(m.callCode);
    return QStringLiteral("%1 (%2)").arg(m.callType, m.callCode);
}

// "FAIL: 1 unsafe suggestion; accuracy 91.20 % below the minimum 97.00 %", or "PASS: ...".
QString verdictLine(const EvaluationSummary &s, const EvaluationContext &c)
{
    QStringList why;
    if (s.unsafe > 0)
        why.append(EvaluationText::tr("%n unsafe suggestion(s)", nullptr, int(s.unsafe)));
    if (c.minAccuracy && s.accuracy() < *c.minAccuracy)
        why.append(EvaluationText::tr("accuracy %1 below the minimum %2")
                       .arg(percent(s.correct, s.rows), percent(*c.minAccuracy)));
    if (!why.isEmpty())
        return QStringLiteral("FAIL: ") + why.join(QStringLiteral("; "));
    QString line = QStringLiteral("PASS: ") + EvaluationText::tr("no unsafe suggestion");
    if (c.minAccuracy)
        line += EvaluationText::tr(", accuracy %1 at least %2")
                    .arg(percent(s.correct, s.rows), percent(*c.minAccuracy));
    return line;
}

void appendFigures(QString &t, const EvaluationSummary &s, const EvaluationContext &c)
{
    const auto figure = [&t](const QString &name, const QString &value, const QString &note) {
        t += QStringLiteral("%1%2  %3\n").arg(name, -18).arg(value, 8).arg(note);
    };
    figure(EvaluationText::tr("Rows"), QString::number(s.rows),
           s.badRows == 0 ? EvaluationText::tr("%1 evaluated, no bad rows").arg(s.evaluated)
                          : EvaluationText::tr("%1 evaluated, %2 counted as misses")
                                .arg(s.evaluated)
                                .arg(EvaluationText::tr("%n bad row(s)", nullptr, int(s.badRows))));
    QString missNote = EvaluationText::tr("%n miss(es)", nullptr, int(s.misses()));
    if (s.badRows > 0)
        missNote += EvaluationText::tr(": %1 listed below, %2")
                        .arg(s.misses() - s.badRows)
                        .arg(EvaluationText::tr("%n bad row(s)", nullptr, int(s.badRows)));
    figure(EvaluationText::tr("Correct"), QString::number(s.correct), missNote);
    QString accuracyNote = EvaluationText::tr("%1 of %2").arg(s.correct).arg(s.rows);
    if (c.minAccuracy)
        accuracyNote += EvaluationText::tr("; minimum %1").arg(percent(*c.minAccuracy));
    figure(EvaluationText::tr("Accuracy"), percent(s.correct, s.rows), accuracyNote);
    figure(EvaluationText::tr("Unsafe"), QString::number(s.unsafe),
           EvaluationText::tr("labelled police only, suggested unarmed"));
    figure(EvaluationText::tr("Over-policed"), QString::number(s.overPoliced),
           EvaluationText::tr("labelled unarmed only, suggested police"));
    figure(EvaluationText::tr("EMS disagreements"), QString::number(s.emsDisagreements),
           EvaluationText::tr("of %1 rows with expected_ems").arg(s.emsChecked));
}

void appendMatrix(QString &t, const EvaluationSummary &s)
{
    t += EvaluationText::tr("\nConfusion matrix (rows: expected kind; columns: suggested kind)\n");
    t += QStringLiteral("%1").arg(QString(), -16);
    for (ResponseKind k : kKinds)
        t += QStringLiteral("%1").arg(toString(k), 14);
    t += u'\n';
    for (ResponseKind expected : kKinds) {
        t += QStringLiteral("  %1").arg(toString(expected), -14);
        for (ResponseKind suggested : kKinds)
            t += QStringLiteral("%1").arg(s.confusionAt(expected, suggested), 14);
        t += u'\n';
    }
    t += EvaluationText::tr(
        "A row labelled with several kinds counts under the suggested kind when that kind is "
        "acceptable,\nelse under its first kind: the diagonal holds the rows whose kind is "
        "right.\n");
}

void appendMiss(QString &t, const Miss &m)
{
    t += EvaluationText::tr("  line %1  %2  %3\n").arg(m.line).arg(m.id, callTypeText(m));
    QString kinds = EvaluationText::tr("    expected %1; suggested %2")
                        .arg(m.label.kindsText(), toString(m.suggestion.kind));
    if (m.verdict.unsafe)
        kinds += QStringLiteral("  [UNSAFE]");
    else if (m.verdict.overPoliced)
        kinds += QStringLiteral("  [over-policed]");
    t += kinds + u'\n';
    if (m.verdict.emsOk == false)
        t += EvaluationText::tr("    EMS expected %1; suggested %2  [EMS]\n")
                 .arg(shownYesNo(*m.label.ems), shownYesNo(m.suggestion.ems));
    t += EvaluationText::tr("    category %1, confidence %2%3\n")
             .arg(m.suggestion.category.isEmpty() ? EvaluationText::tr("(none)") : m.suggestion.category)
             .arg(m.suggestion.confidence, 0, 'f', 2)
             .arg(m.suggestion.needsScreening ? EvaluationText::tr(", needs screening") : QString());
    for (const Reason &r : m.suggestion.reasons)
        t += QStringLiteral("    - %1\n").arg(r.text);
}

} // namespace

QStringList missProblems(const Verdict &verdict)
{
    QStringList problems;
    if (verdict.unsafe)
        problems.append(QStringLiteral("unsafe"));
    else if (verdict.overPoliced)
        problems.append(QStringLiteral("over_policed"));
    else if (!verdict.kindOk)
        problems.append(QStringLiteral("wrong_kind"));
    if (verdict.emsOk == false)
        problems.append(QStringLiteral("ems"));
    return problems;
}

QByteArray evaluationText(const Evaluation &evaluation, const EvaluationContext &context)
{
    const EvaluationSummary &s = evaluation.summary();
    QString t;
    t += EvaluationText::tr("Evaluation of %1\n").arg(context.labels);
    t += EvaluationText::tr("Rule set %1, version %2\n\n").arg(context.rulesName, context.rulesVersion);
    appendFigures(t, s, context);
    appendMatrix(t, s);
    t += EvaluationText::tr("\nMisses: %1\n").arg(evaluation.misses().size());
    for (const Miss &m : evaluation.misses())
        appendMiss(t, m);
    if (!evaluation.badRows().isEmpty()) {
        t += EvaluationText::tr("\nBad rows: %1, counted as misses\n").arg(evaluation.badRows().size());
        for (const RowError &e : evaluation.badRows())
            t += QStringLiteral("  %1\n").arg(e.toString());
    }
    t += u'\n' + verdictLine(s, context) + u'\n';
    return t.toUtf8();
}

QStringList evaluationCsvColumns()
{
    QStringList columns = {
        // miss and bad_row
        QStringLiteral("record"), QStringLiteral("line"), QStringLiteral("id"), QStringLiteral("call_type"),
        QStringLiteral("call_code"), QStringLiteral("expected"), QStringLiteral("expected_ems"),
        QStringLiteral("suggested"), QStringLiteral("suggested_ems"), QStringLiteral("problem"),
        QStringLiteral("category"), QStringLiteral("confidence"), QStringLiteral("reasons"),
        QStringLiteral("error"),
        // summary
        QStringLiteral("rows"), QStringLiteral("evaluated"), QStringLiteral("bad_rows"),
        QStringLiteral("correct"), QStringLiteral("accuracy"), QStringLiteral("unsafe"),
        QStringLiteral("over_policed"), QStringLiteral("ems_checked"), QStringLiteral("ems_disagreements")};
    for (ResponseKind expected : kKinds)
        for (ResponseKind suggested : kKinds)
            columns.append(
                QStringLiteral("expected_%1_suggested_%2").arg(toString(expected), toString(suggested)));
    columns += {QStringLiteral("min_accuracy"), QStringLiteral("passed"), QStringLiteral("rules"),
                QStringLiteral("rules_version")};
    return columns;
}

QByteArray evaluationCsv(const Evaluation &evaluation, const EvaluationContext &context)
{
    const QStringList columns = evaluationCsvColumns();
    const qsizetype errorColumn = columns.indexOf(QStringLiteral("error"));
    const qsizetype firstSummaryColumn = columns.indexOf(QStringLiteral("rows"));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter csv(&buffer);
        csv.row(columns);
        QStringList row;
        for (const Miss &m : evaluation.misses()) {
            row = {QStringLiteral("miss"),
                   QString::number(m.line),
                   m.id,
                   m.callType,
                   m.callCode,
                   m.label.kindsText(),
                   m.label.ems ? yesNo(*m.label.ems) : QString(),
                   toString(m.suggestion.kind),
                   yesNo(m.suggestion.ems),
                   missProblems(m.verdict).join(u'+'),
                   m.suggestion.category,
                   QString::number(m.suggestion.confidence, 'f', 2),
                   reasonsText(m.suggestion),
                   QString()};
            row.resize(columns.size());
            csv.row(row);
        }
        for (const RowError &e : evaluation.badRows()) {
            row = QStringList(columns.size());
            row[0] = QStringLiteral("bad_row");
            row[1] = QString::number(e.line);
            row[errorColumn] = e.message;
            csv.row(row);
        }
        const EvaluationSummary &s = evaluation.summary();
        row = QStringList(firstSummaryColumn);
        row[0] = QStringLiteral("summary");
        row += {QString::number(s.rows),
                QString::number(s.evaluated),
                QString::number(s.badRows),
                QString::number(s.correct),
                QString::number(s.accuracy(), 'g', QLocale::FloatingPointShortest),
                QString::number(s.unsafe),
                QString::number(s.overPoliced),
                QString::number(s.emsChecked),
                QString::number(s.emsDisagreements)};
        for (ResponseKind expected : kKinds)
            for (ResponseKind suggested : kKinds)
                row.append(QString::number(s.confusionAt(expected, suggested)));
        row += {context.minAccuracy ? QString::number(*context.minAccuracy) : QString(),
                s.passes(context.minAccuracy) ? QStringLiteral("true") : QStringLiteral("false"),
                context.rulesName, context.rulesVersion};
        csv.row(row);
    }
    return buffer.data();
}

QByteArray evaluationJsonl(const Evaluation &evaluation, const EvaluationContext &context)
{
    QByteArray out;
    const auto line = [&out](const QJsonObject &o) {
        out += QJsonDocument(o).toJson(QJsonDocument::Compact);
        out += '\n';
    };
    for (const Miss &m : evaluation.misses()) {
        QJsonArray reasons;
        for (const Reason &r : m.suggestion.reasons)
            reasons.append(QJsonObject{{QStringLiteral("rule"), r.ruleId}, {QStringLiteral("text"), r.text}});
        QJsonArray expected;
        for (ResponseKind k : m.label.kinds)
            expected.append(toString(k));
        line(QJsonObject{
            {QStringLiteral("record"), QStringLiteral("miss")},
            {QStringLiteral("line"), m.line},
            {QStringLiteral("id"), m.id},
            {QStringLiteral("call_type"), m.callType},
            {QStringLiteral("call_code"), m.callCode},
            {QStringLiteral("expected"), expected},
            {QStringLiteral("expected_ems"), m.label.ems ? QJsonValue(*m.label.ems) : QJsonValue()},
            {QStringLiteral("suggested"), toString(m.suggestion.kind)},
            {QStringLiteral("suggested_ems"), m.suggestion.ems},
            {QStringLiteral("problem"), QJsonArray::fromStringList(missProblems(m.verdict))},
            {QStringLiteral("category"), m.suggestion.category},
            {QStringLiteral("confidence"), m.suggestion.confidence},
            {QStringLiteral("reasons"), reasons}});
    }
    for (const RowError &e : evaluation.badRows())
        line(QJsonObject{{QStringLiteral("record"), QStringLiteral("bad_row")},
                         {QStringLiteral("line"), e.line},
                         {QStringLiteral("error"), e.message}});
    const EvaluationSummary &s = evaluation.summary();
    QJsonObject confusion;
    for (ResponseKind expected : kKinds) {
        QJsonObject row;
        for (ResponseKind suggested : kKinds)
            row.insert(toString(suggested), s.confusionAt(expected, suggested));
        confusion.insert(toString(expected), row);
    }
    line(QJsonObject{{QStringLiteral("record"), QStringLiteral("summary")},
                     {QStringLiteral("rows"), s.rows},
                     {QStringLiteral("evaluated"), s.evaluated},
                     {QStringLiteral("bad_rows"), s.badRows},
                     {QStringLiteral("correct"), s.correct},
                     {QStringLiteral("accuracy"), s.accuracy()},
                     {QStringLiteral("unsafe"), s.unsafe},
                     {QStringLiteral("over_policed"), s.overPoliced},
                     {QStringLiteral("ems_checked"), s.emsChecked},
                     {QStringLiteral("ems_disagreements"), s.emsDisagreements},
                     {QStringLiteral("confusion"), confusion},
                     {QStringLiteral("min_accuracy"),
                      context.minAccuracy ? QJsonValue(*context.minAccuracy) : QJsonValue()},
                     {QStringLiteral("passed"), s.passes(context.minAccuracy)},
                     {QStringLiteral("rules"), context.rulesName},
                     {QStringLiteral("rules_version"), context.rulesVersion}});
    return out;
}

} // namespace rr
