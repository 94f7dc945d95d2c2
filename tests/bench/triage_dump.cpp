// Writes every field of the default rule set's suggestion for each call of some input, one line per call, so
// that two builds of the engine can be compared byte for byte (tests/bench/compare_suggestions.sh). An
// optimisation of the engine must not change a single line.
// Usage:
//   triage_dump csv FILE [FIELD=COLUMN...]  calls of a CAD export (canonical columns, or mapped)
//   triage_dump calltypes FILE              a call-type extract (tests/data/calltypes): each row's call type
//                                           with its code, alone, and the code alone
//   triage_dump edits FILE                  every one-edit misspelling of each call type of police-types.csv
// A line: key, kind, ems, needs screening, confidence, category, reasons (rule=text), triggers
// (rule,field,start,length,text), tab-separated; tabs and line breaks in the text are escaped.

#include "calltypefiles.h"
#include "domain/rulesetloader.h"
#include "domain/triageengine.h"
#include "io/callrowreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>

#include <cstdio>

using namespace rr;

namespace {

QString escaped(QString text)
{
    return text.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'\t', QStringLiteral("\\t"))
        .replace(u'\n', QStringLiteral("\\n"))
        .replace(u'\r', QStringLiteral("\\r"));
}

class Dump
{
public:
    explicit Dump(const TriageEngine &engine) : m_engine(engine) { m_out.open(stdout, QIODevice::WriteOnly); }

    void line(const QString &key, const Call &call)
    {
        const Suggestion s = m_engine.triage(call);
        QStringList reasons;
        for (const Reason &r : s.reasons)
            reasons.append(escaped(r.ruleId) + u'=' + escaped(r.text));
        QStringList triggers;
        for (const Trigger &t : s.triggers)
            triggers.append(QStringLiteral("%1,%2,%3,%4,%5")
                                .arg(escaped(t.ruleId), t.field == CallField::CallType
                                                            ? QStringLiteral("type")
                                                            : QStringLiteral("narrative"))
                                .arg(t.start)
                                .arg(t.length)
                                .arg(escaped(t.text)));
        const QStringList fields = {escaped(key),
                                    toString(s.kind),
                                    s.ems ? QStringLiteral("ems") : QStringLiteral("-"),
                                    s.needsScreening ? QStringLiteral("screen") : QStringLiteral("-"),
                                    QString::number(s.confidence, 'g', 17),
                                    escaped(s.category),
                                    reasons.join(QStringLiteral(" | ")),
                                    triggers.join(QStringLiteral(" | "))};
        const QString text = fields.join(u'\t') + u'\n';
        m_out.write(text.toUtf8());
    }

private:
    const TriageEngine &m_engine;
    QFile m_out;
};

int dumpCsv(Dump &dump, const QString &path, const QStringList &maps)
{
    QFile file(path);
    const Result<ColumnMapping> mapping = ColumnMapping::fromArguments(maps);
    if (!file.open(QIODevice::ReadOnly) || !mapping) {
        std::fprintf(stderr, "cannot read %s with that mapping\n", qPrintable(path));
        return 2;
    }
    CallRowReader reader(&file, *mapping);
    if (!reader.open()) {
        std::fprintf(stderr, "%s: no usable header\n", qPrintable(path));
        return 2;
    }
    Call call;
    RowError error;
    for (qint64 row = 1;; ++row) {
        const CallRowReader::Status status = reader.next(call, error);
        if (status == CallRowReader::Status::End)
            return 0;
        if (status == CallRowReader::Status::Row)
            dump.line(QString::number(row) + u' ' + call.id, call);
        else
            std::printf("%lld\tbad row\n", static_cast<long long>(row));
    }
}

// Rows of call_type,call_code,... ; city,call_type,call_code (police-types.csv); code,description,...
// (code tables).
QList<std::pair<QString, QString>> typesAndCodes(const QString &path)
{
    QList<std::pair<QString, QString>> out;
    const bool police = path.endsWith(u"police-types.csv");
    const bool table = path.contains(u"code-tables");
    for (const QStringList &r : test::readCsvRows(path)) {
        if (police)
            out.append({r.value(1), r.value(2)});
        else if (table)
            out.append({r.value(1), r.value(0)});
        else
            out.append({r.value(0), r.value(1)});
    }
    return out;
}

void dumpCallTypes(Dump &dump, const QString &path)
{
    for (const auto &[type, code] : typesAndCodes(path)) {
        Call call;
        call.callType = type;
        call.callCode = code;
        dump.line(type + QStringLiteral(" [") + code + u']', call);
        call.callCode.clear();
        dump.line(type + QStringLiteral(" []"), call);
        call.callType.clear();
        call.callCode = code;
        dump.line(u'[' + code + u']', call);
    }
}

// As tst_misspellings: each character deleted, replaced by A-Z or swapped with the next; A-Z inserted.
void dumpEdits(Dump &dump, const QString &path)
{
    for (const auto &[type, code] : typesAndCodes(path)) {
        QSet<QString> seen;
        auto one = [&](const QString &edited) {
            if (edited == type || seen.contains(edited))
                return;
            seen.insert(edited);
            Call call;
            call.callType = edited;
            dump.line(edited, call);
        };
        for (qsizetype i = 0; i <= type.size(); ++i)
            for (char16_t c = u'A'; c <= u'Z'; ++c) {
                one(QString(type).insert(i, QChar(c)));
                if (i < type.size())
                    one(QString(type).replace(i, 1, QChar(c)));
            }
        for (qsizetype i = 0; i < type.size(); ++i) {
            one(QString(type).remove(i, 1));
            if (i + 1 < type.size()) {
                QString swapped = type;
                std::swap(swapped[i], swapped[i + 1]);
                one(swapped);
            }
        }
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: triage_dump csv|calltypes|edits FILE [FIELD=COLUMN...]\n");
        return 2;
    }
    const auto loaded = RuleSetLoader::loadBuiltIn(QStringLiteral("default"));
    if (!loaded) {
        std::fprintf(stderr, "%s\n", qPrintable(loaded.error()));
        return 2;
    }
    const TriageEngine engine(loaded.value());
    Dump dump(engine);
    if (args[1] == u"csv")
        return dumpCsv(dump, args[2], args.mid(3));
    if (args[1] == u"calltypes")
        dumpCallTypes(dump, args[2]);
    else if (args[1] == u"edits")
        dumpEdits(dump, args[2]);
    else
        return 2;
    return 0;
}
