// The three outputs of an evaluation: the text report for a person, CSV and JSON lines for scripts.

#include "eval/evaluationreport.h"
#include "io/csvreader.h"
#include "language.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace rr;

namespace {

constexpr auto U = ResponseKind::Unarmed;
constexpr auto C = ResponseKind::CoResponder;
constexpr auto P = ResponseKind::Police;

void add(Evaluation &e, const char *id, qint64 line, const char *expected, const char *ems, ResponseKind kind,
         bool suggestedEms = false)
{
    LabelledCall r;
    r.call.id = QString::fromUtf8(id);
    r.call.callType = QStringLiteral("WELFARE CHECK, \"urgent\"");
    r.call.callCode = QStringLiteral("WELCK");
    r.line = line;
    r.label.kinds = parseExpectedKinds(QString::fromUtf8(expected)).value();
    r.label.ems = parseExpectedEms(QString::fromUtf8(ems)).value();
    Suggestion s;
    s.kind = kind;
    s.ems = suggestedEms;
    s.confidence = 0.9;
    s.category = QStringLiteral("welfare_check");
    s.reasons = {{QStringLiteral("category"), QStringLiteral("Welfare check \xe2\x86\x92 unarmed")},
                 {QStringLiteral("weapon"), QStringLiteral("Weapon read as absent: 'no gun'")}};
    e.add(r, s);
}

// 6 rows: 3 right, an unsafe one, an EMS disagreement, and a bad row.
Evaluation sample()
{
    Evaluation e;
    add(e, "R1", 2, "unarmed", "", U);
    add(e, "R2", 3, "police", "yes", P, true);
    add(e, "R3", 4, "unarmed/co_responder", "", C);
    add(e, "X1", 5, "police", "", U);
    add(e, "X2", 6, "co_responder", "yes", C);
    e.addBadRow({7, QStringLiteral("expected: unknown kind \"polise\" in \"polise\"")});
    return e;
}

const EvaluationContext kContext{QStringLiteral("labels.csv"), QStringLiteral("default"),
                                 QStringLiteral("abc123"), 0.5};

QList<QStringList> parseCsv(const QByteArray &data)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QList<QStringList> rows;
    while (reader.readRecord()) {
        QStringList row;
        for (QByteArrayView f : reader.fields())
            row.append(QString::fromUtf8(f));
        rows.append(row);
    }
    return rows;
}

} // namespace

class TestEvaluationReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The report as rightresponse-cli writes it in English: with the English catalogue, which holds the
    // plural forms ("1 bad row", "2 bad rows").
    void initTestCase()
    {
        QVERIFY(installTranslations(uiLocale(QStringLiteral("en")))
                    .contains(QStringLiteral("rightresponse_en.qm")));
    }
    void textFigures();
    void textVerdict_data();
    void textVerdict();
    void csvRecords();
    void jsonlRecords();
    void problems_data();
    void problems();
};

void TestEvaluationReport::textFigures()
{
    const QString text = QString::fromUtf8(evaluationText(sample(), kContext));
    const QStringList lines = text.split(u'\n');
    const auto has = [&](const QString &line) {
        if (!lines.contains(line))
            qWarning().noquote() << text;
        return lines.contains(line);
    };
    QVERIFY(has(QStringLiteral("Evaluation of labels.csv")));
    QVERIFY(has(QStringLiteral("Rule set default, version abc123")));
    QVERIFY(has(QStringLiteral("Rows                     6  5 evaluated, 1 bad row counted as misses")));
    QVERIFY(has(QStringLiteral("Correct                  3  3 misses: 2 listed below, 1 bad row")));
    QVERIFY(has(QStringLiteral("Accuracy           50.00 %  3 of 6; minimum 50.00 %")));
    QVERIFY(has(QStringLiteral("Unsafe                   1  labelled police only, suggested unarmed")));
    QVERIFY(has(QStringLiteral("Over-policed             0  labelled unarmed only, suggested police")));
    QVERIFY(has(QStringLiteral("EMS disagreements        1  of 2 rows with expected_ems")));
    QVERIFY(has(QStringLiteral("                       unarmed  co_responder        police")));
    QVERIFY(has(QStringLiteral("  unarmed                    1             0             0")));
    QVERIFY(has(QStringLiteral("  co_responder               0             2             0")));
    QVERIFY(has(QStringLiteral("  police                     1             0             1")));
    QVERIFY(has(QStringLiteral("Misses: 2")));
    QVERIFY(has(QStringLiteral("  line 5  X1  WELFARE CHECK, \"urgent\" (WELCK)")));
    QVERIFY(has(QStringLiteral("    expected police; suggested unarmed  [UNSAFE]")));
    QVERIFY(has(QStringLiteral("    - Welfare check \xe2\x86\x92 unarmed")));
    QVERIFY(has(QStringLiteral("    - Weapon read as absent: 'no gun'")));
    QVERIFY(has(QStringLiteral("    EMS expected yes; suggested no  [EMS]")));
    QVERIFY(has(QStringLiteral("Bad rows: 1, counted as misses")));
    QVERIFY(has(QStringLiteral("  line 7: expected: unknown kind \"polise\" in \"polise\"")));
    QVERIFY(has(QStringLiteral("FAIL: 1 unsafe suggestion")));
    QVERIFY(!text.contains(QStringLiteral("R1"))); // only misses are listed
}

void TestEvaluationReport::textVerdict_data()
{
    QTest::addColumn<int>("unsafe");
    QTest::addColumn<double>("minAccuracy"); // negative: none
    QTest::addColumn<QString>("verdict");
    QTest::newRow("pass") << 0 << -1.0 << QStringLiteral("PASS: no unsafe suggestion");
    QTest::newRow("pass with minimum")
        << 0 << 0.97 << QStringLiteral("PASS: no unsafe suggestion, accuracy 97.50 % at least 97.00 %");
    QTest::newRow("below minimum") << 0 << 0.98
                                   << QStringLiteral("FAIL: accuracy 97.50 % below the minimum 98.00 %");
    QTest::newRow("both") << 2 << 0.99
                          << QStringLiteral("FAIL: 2 unsafe suggestions; accuracy 92.50 % below the minimum "
                                            "99.00 %");
}

void TestEvaluationReport::textVerdict()
{
    QFETCH(int, unsafe);
    QFETCH(double, minAccuracy);
    QFETCH(QString, verdict);
    // 40 rows: `unsafe` police calls suggested unarmed, one co-responder call missed, the rest right.
    Evaluation e;
    for (int i = 0; i < 40; ++i)
        add(e, "A", i + 2, i < unsafe ? "police" : i == 39 ? "co_responder" : "unarmed", "", U);
    EvaluationContext c = kContext;
    c.minAccuracy = minAccuracy < 0 ? std::nullopt : std::optional<double>(minAccuracy);
    const QString text = QString::fromUtf8(evaluationText(e, c));
    QVERIFY2(text.endsWith(u'\n' + verdict + u'\n'), qPrintable(text));
}

void TestEvaluationReport::csvRecords()
{
    const QList<QStringList> rows = parseCsv(evaluationCsv(sample(), kContext));
    const QStringList header = evaluationCsvColumns();
    QCOMPARE(rows.size(), 1 + 2 + 1 + 1);
    QCOMPARE(rows.first(), header);
    for (const QStringList &r : rows)
        QCOMPARE(r.size(), header.size());
    const auto field = [&](int row, const char *column) {
        return rows.at(row).at(header.indexOf(QString::fromUtf8(column)));
    };
    QCOMPARE(field(1, "record"), QStringLiteral("miss"));
    QCOMPARE(field(1, "line"), QStringLiteral("5"));
    QCOMPARE(field(1, "id"), QStringLiteral("X1"));
    QCOMPARE(field(1, "call_type"), QStringLiteral("WELFARE CHECK, \"urgent\""));
    QCOMPARE(field(1, "expected"), QStringLiteral("police"));
    QCOMPARE(field(1, "suggested"), QStringLiteral("unarmed"));
    QCOMPARE(field(1, "problem"), QStringLiteral("unsafe"));
    QCOMPARE(field(1, "reasons"),
             QStringLiteral("Welfare check \xe2\x86\x92 unarmed | Weapon read as absent: 'no gun'"));
    QCOMPARE(field(1, "rows"), QString());
    QCOMPARE(field(2, "problem"), QStringLiteral("ems"));
    QCOMPARE(field(2, "expected_ems"), QStringLiteral("yes"));
    QCOMPARE(field(2, "suggested_ems"), QStringLiteral("no"));
    QCOMPARE(field(3, "record"), QStringLiteral("bad_row"));
    QCOMPARE(field(3, "line"), QStringLiteral("7"));
    QVERIFY(field(3, "error").contains(QStringLiteral("polise")));
    QCOMPARE(field(4, "record"), QStringLiteral("summary"));
    QCOMPARE(field(4, "id"), QString());
    QCOMPARE(field(4, "rows"), QStringLiteral("6"));
    QCOMPARE(field(4, "evaluated"), QStringLiteral("5"));
    QCOMPARE(field(4, "bad_rows"), QStringLiteral("1"));
    QCOMPARE(field(4, "correct"), QStringLiteral("3"));
    QCOMPARE(field(4, "accuracy"), QStringLiteral("0.5"));
    QCOMPARE(field(4, "unsafe"), QStringLiteral("1"));
    QCOMPARE(field(4, "over_policed"), QStringLiteral("0"));
    QCOMPARE(field(4, "ems_checked"), QStringLiteral("2"));
    QCOMPARE(field(4, "ems_disagreements"), QStringLiteral("1"));
    QCOMPARE(field(4, "expected_police_suggested_unarmed"), QStringLiteral("1"));
    QCOMPARE(field(4, "expected_co_responder_suggested_co_responder"), QStringLiteral("2"));
    QCOMPARE(field(4, "min_accuracy"), QStringLiteral("0.5"));
    QCOMPARE(field(4, "passed"), QStringLiteral("false"));
    QCOMPARE(field(4, "rules_version"), QStringLiteral("abc123"));
}

void TestEvaluationReport::jsonlRecords()
{
    const QList<QByteArray> lines = evaluationJsonl(sample(), kContext).trimmed().split('\n');
    QCOMPARE(lines.size(), 4);
    QList<QJsonObject> records;
    for (const QByteArray &line : lines) {
        QJsonParseError error{};
        records.append(QJsonDocument::fromJson(line, &error).object());
        QCOMPARE(error.error, QJsonParseError::NoError);
    }
    const QJsonObject &miss = records[0];
    QCOMPARE(miss[u"record"].toString(), QStringLiteral("miss"));
    QCOMPARE(miss[u"line"].toInteger(), 5);
    QCOMPARE(miss[u"expected"].toArray(), QJsonArray{QStringLiteral("police")});
    QVERIFY(miss[u"expected_ems"].isNull());
    QCOMPARE(miss[u"suggested"].toString(), QStringLiteral("unarmed"));
    QCOMPARE(miss[u"problem"].toArray(), QJsonArray{QStringLiteral("unsafe")});
    QCOMPARE(miss[u"reasons"].toArray().size(), 2);
    QCOMPARE(miss[u"reasons"][0][u"rule"].toString(), QStringLiteral("category"));
    QCOMPARE(records[1][u"expected_ems"].toBool(), true);
    QCOMPARE(records[2][u"record"].toString(), QStringLiteral("bad_row"));
    QCOMPARE(records[2][u"line"].toInteger(), 7);

    const QJsonObject &summary = records[3];
    QCOMPARE(summary[u"record"].toString(), QStringLiteral("summary"));
    QCOMPARE(summary[u"rows"].toInteger(), 6);
    QCOMPARE(summary[u"correct"].toInteger(), 3);
    QCOMPARE(summary[u"accuracy"].toDouble(), 0.5);
    QCOMPARE(summary[u"unsafe"].toInteger(), 1);
    QCOMPARE(summary[u"bad_rows"].toInteger(), 1);
    QCOMPARE(summary[u"confusion"][u"police"][u"unarmed"].toInteger(), 1);
    QCOMPARE(summary[u"confusion"][u"unarmed"][u"unarmed"].toInteger(), 1);
    QCOMPARE(summary[u"passed"].toBool(true), false);
    QCOMPARE(summary[u"min_accuracy"].toDouble(), 0.5);
}

void TestEvaluationReport::problems_data()
{
    QTest::addColumn<bool>("kindOk");
    QTest::addColumn<bool>("unsafe");
    QTest::addColumn<bool>("overPoliced");
    QTest::addColumn<int>("emsOk");
    QTest::addColumn<QStringList>("problems");
    QTest::newRow("unsafe") << false << true << false << -1 << QStringList{QStringLiteral("unsafe")};
    QTest::newRow("over-policed, EMS")
        << false << false << true << 0 << QStringList{QStringLiteral("over_policed"), QStringLiteral("ems")};
    QTest::newRow("wrong kind") << false << false << false << 1 << QStringList{QStringLiteral("wrong_kind")};
    QTest::newRow("EMS only") << true << false << false << 0 << QStringList{QStringLiteral("ems")};
    QTest::newRow("none") << true << false << false << 1 << QStringList{};
}

void TestEvaluationReport::problems()
{
    QFETCH(bool, kindOk);
    QFETCH(bool, unsafe);
    QFETCH(bool, overPoliced);
    QFETCH(int, emsOk);
    Verdict v;
    v.kindOk = kindOk;
    v.unsafe = unsafe;
    v.overPoliced = overPoliced;
    if (emsOk >= 0)
        v.emsOk = emsOk == 1;
    QTEST(missProblems(v), "problems");
}

QTEST_GUILESS_MAIN(TestEvaluationReport)
#include "tst_evaluationreport.moc"
