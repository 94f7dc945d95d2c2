// Comparing labels with suggestions: the verdict of one row, and the figures of many.

#include "eval/evaluation.h"

#include <QTest>

using namespace rr;

namespace {

Label label(const char *expected, const char *ems = "")
{
    Label l;
    l.kinds = parseExpectedKinds(QString::fromUtf8(expected)).value();
    l.ems = parseExpectedEms(QString::fromUtf8(ems)).value();
    return l;
}

Suggestion suggestion(ResponseKind kind, bool ems = false)
{
    Suggestion s;
    s.kind = kind;
    s.ems = ems;
    s.category = QStringLiteral("cat");
    s.reasons = {{QStringLiteral("category"), QStringLiteral("why")}};
    s.triggers = {{QStringLiteral("weapon"), CallField::Narrative, 0, 3, QStringLiteral("gun")}};
    return s;
}

LabelledCall row(const char *id, qint64 line, const char *expected, const char *ems = "")
{
    LabelledCall r;
    r.call.id = QString::fromUtf8(id);
    r.call.callType = QStringLiteral("TYPE ") + r.call.id;
    r.line = line;
    r.label = label(expected, ems);
    return r;
}

constexpr auto U = ResponseKind::Unarmed;
constexpr auto C = ResponseKind::CoResponder;
constexpr auto P = ResponseKind::Police;

} // namespace

class TestEvaluation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verdict_data();
    void verdict();
    void figures();
    void badRowsCountAsMisses();
    void passes_data();
    void passes();
};

void TestEvaluation::verdict_data()
{
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("expectedEms");
    QTest::addColumn<ResponseKind>("suggested");
    QTest::addColumn<bool>("suggestedEms");
    QTest::addColumn<bool>("kindOk");
    QTest::addColumn<int>("emsOk"); // -1 not checked, 0 disagrees, 1 agrees
    QTest::addColumn<bool>("unsafe");
    QTest::addColumn<bool>("overPoliced");
    QTest::addColumn<ResponseKind>("matrixRow");
    QTest::addColumn<bool>("correct");

    const auto add = [](const char *tag, const char *expected, const char *ems, ResponseKind suggested,
                        bool suggestedEms, bool kindOk, int emsOk, bool unsafe, bool overPoliced,
                        ResponseKind matrixRow, bool correct) {
        QTest::newRow(tag) << QString::fromUtf8(expected) << QString::fromUtf8(ems) << suggested
                           << suggestedEms << kindOk << emsOk << unsafe << overPoliced << matrixRow
                           << correct;
    };
    // tag                          expected                  ems    sugg  ems  kindOk emsOk unsafe over row
    // correct
    add("one kind, right", "unarmed", "", U, false, true, -1, false, false, U, true);
    add("one kind, wrong", "co_responder", "", P, false, false, -1, false, false, C, false);
    add("police as unarmed: unsafe", "police", "", U, false, false, -1, true, false, P, false);
    add("police as co-responder", "police", "", C, false, false, -1, false, false, P, false);
    add("unarmed as police: over", "unarmed", "", P, false, false, -1, false, true, U, false);
    add("unarmed as co-responder", "unarmed", "", C, false, false, -1, false, false, U, false);
    add("co-responder as unarmed", "co_responder", "", U, false, false, -1, false, false, C, false);
    add("two kinds, second right", "unarmed/co_responder", "", C, false, true, -1, false, false, C, true);
    add("two kinds, first right", "unarmed/co_responder", "", U, false, true, -1, false, false, U, true);
    add("two kinds, neither: first row, not over-policed", "unarmed/co_responder", "", P, false, false, -1,
        false, false, U, false);
    add("police or co-responder as unarmed: not counted unsafe", "co_responder/police", "", U, false, false,
        -1, false, false, C, false);
    add("three kinds accept all", "police/unarmed/co_responder", "", U, false, true, -1, false, false, U,
        true);
    add("EMS agrees yes", "police", "yes", P, true, true, 1, false, false, P, true);
    add("EMS agrees no", "police", "no", P, false, true, 1, false, false, P, true);
    add("EMS missed", "unarmed", "yes", U, false, true, 0, false, false, U, false);
    add("EMS extra", "co_responder", "no", C, true, true, 0, false, false, C, false);
    add("EMS not checked", "co_responder", "", C, true, true, -1, false, false, C, true);
    add("unsafe and EMS missed", "police", "yes", U, false, false, 0, true, false, P, false);
}

void TestEvaluation::verdict()
{
    QFETCH(QString, expected);
    QFETCH(QString, expectedEms);
    QFETCH(ResponseKind, suggested);
    QFETCH(bool, suggestedEms);
    const Verdict v = Verdict::judge(label(expected.toUtf8().constData(), expectedEms.toUtf8().constData()),
                                     suggestion(suggested, suggestedEms));
    QTEST(v.kindOk, "kindOk");
    QTEST(v.emsOk ? int(*v.emsOk) : -1, "emsOk");
    QTEST(v.unsafe, "unsafe");
    QTEST(v.overPoliced, "overPoliced");
    QFETCH(ResponseKind, matrixRow);
    QCOMPARE(toString(v.matrixRow), toString(matrixRow));
    QTEST(v.correct(), "correct");
}

void TestEvaluation::figures()
{
    Evaluation e;
    e.add(row("A", 2, "unarmed"), suggestion(U));
    e.add(row("B", 3, "unarmed"), suggestion(P));                    // over-policed
    e.add(row("C", 4, "police"), suggestion(U));                     // unsafe
    e.add(row("D", 5, "police", "yes"), suggestion(P, true));        // EMS agrees
    e.add(row("E", 6, "co_responder", "yes"), suggestion(C));        // EMS disagrees
    e.add(row("F", 7, "unarmed/co_responder"), suggestion(C));       // right, under co_responder
    e.add(row("G", 9, "unarmed/co_responder"), suggestion(P));       // wrong, under unarmed
    e.add(row("H", 10, "co_responder/police", "no"), suggestion(P)); // right, EMS agrees

    const EvaluationSummary &s = e.summary();
    QCOMPARE(s.rows, 8);
    QCOMPARE(s.evaluated, 8);
    QCOMPARE(s.badRows, 0);
    QCOMPARE(s.correct, 4);
    QCOMPARE(s.misses(), 4);
    QCOMPARE(s.accuracy(), 0.5);
    QCOMPARE(s.unsafe, 1);
    QCOMPARE(s.overPoliced, 1);
    QCOMPARE(s.emsChecked, 3);
    QCOMPARE(s.emsDisagreements, 1);

    const std::array<std::array<qint64, 3>, 3> matrix = {{{1, 0, 2},   // expected unarmed: A; B, G
                                                          {0, 2, 0},   // co_responder: E, F
                                                          {1, 0, 2}}}; // police: C; D, H
    QCOMPARE(s.confusion, matrix);
    qint64 total = 0;
    for (const auto &r : s.confusion)
        for (qint64 n : r)
            total += n;
    QCOMPARE(total, s.evaluated);

    QCOMPARE(e.misses().size(), 4);
    QStringList ids;
    for (const Miss &m : e.misses())
        ids.append(m.id);
    QCOMPARE(ids, (QStringList{QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("E"),
                               QStringLiteral("G")}));
    const Miss &unsafe = e.misses().at(1);
    QCOMPARE(unsafe.line, 4);
    QCOMPARE(unsafe.callType, QStringLiteral("TYPE C"));
    QCOMPARE(unsafe.label.kindsText(), QStringLiteral("police"));
    QCOMPARE(toString(unsafe.suggestion.kind), QStringLiteral("unarmed"));
    QCOMPARE(unsafe.suggestion.reasons.size(), 1);
    QVERIFY(unsafe.suggestion.triggers.isEmpty()); // not kept: the report shows reasons
    QVERIFY(unsafe.verdict.unsafe);
    QVERIFY(e.badRows().isEmpty());
}

void TestEvaluation::badRowsCountAsMisses()
{
    Evaluation e;
    e.add(row("A", 2, "unarmed"), suggestion(U));
    e.add(row("B", 3, "police"), suggestion(P));
    e.addBadRow({4, QStringLiteral("expected: unknown kind \"polise\"")});
    e.add(row("D", 5, "police"), suggestion(P));

    const EvaluationSummary &s = e.summary();
    QCOMPARE(s.rows, 4);
    QCOMPARE(s.evaluated, 3);
    QCOMPARE(s.badRows, 1);
    QCOMPARE(s.correct, 3);
    QCOMPARE(s.misses(), 1);
    QCOMPARE(s.accuracy(), 0.75);
    QVERIFY(e.misses().isEmpty()); // a bad row is not a miss of the engine: it is listed on its own
    QCOMPARE(e.badRows().size(), 1);
    QCOMPARE(e.badRows().first().line, 4);
    QVERIFY(s.passes(std::nullopt));
    QVERIFY(s.passes(0.75));
    QVERIFY(!s.passes(0.76));
}

void TestEvaluation::passes_data()
{
    QTest::addColumn<int>("correct");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("unsafe");
    QTest::addColumn<double>("minAccuracy"); // negative: not given
    QTest::addColumn<bool>("passes");
    QTest::newRow("no minimum, safe") << 1 << 10 << 0 << -1.0 << true;
    QTest::newRow("no minimum, one unsafe") << 10 << 10 << 1 << -1.0 << false;
    QTest::newRow("exactly the minimum") << 582 << 600 << 0 << 0.97 << true;
    QTest::newRow("one short of the minimum") << 581 << 600 << 0 << 0.97 << false;
    QTest::newRow("minimum met, one unsafe") << 600 << 600 << 1 << 0.97 << false;
    QTest::newRow("minimum 1, all right") << 600 << 600 << 0 << 1.0 << true;
    QTest::newRow("minimum 0") << 0 << 600 << 0 << 0.0 << true;
    QTest::newRow("no rows, minimum") << 0 << 0 << 0 << 0.5 << false;
}

void TestEvaluation::passes()
{
    QFETCH(int, correct);
    QFETCH(int, rows);
    QFETCH(int, unsafe);
    QFETCH(double, minAccuracy);
    EvaluationSummary s;
    s.rows = rows;
    s.evaluated = rows;
    s.correct = correct;
    s.unsafe = unsafe;
    QTEST(s.passes(minAccuracy < 0 ? std::nullopt : std::optional<double>(minAccuracy)), "passes");
}

QTEST_GUILESS_MAIN(TestEvaluation)
#include "tst_evaluation.moc"
