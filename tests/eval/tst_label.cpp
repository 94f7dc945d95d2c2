// Labels: parsing the expected and expected_ems columns, finding them in a header (with --map), and reading
// labelled rows.

#include "eval/label.h"
#include "eval/labelcolumns.h"
#include "eval/labelledcallreader.h"

#include <QBuffer>
#include <QTest>

using namespace rr;

namespace {

constexpr auto U = ResponseKind::Unarmed;
constexpr auto C = ResponseKind::CoResponder;
constexpr auto P = ResponseKind::Police;

struct Read
{
    QString openError;
    QList<LabelledCall> rows;
    QList<RowError> errors;
    qint64 rowsRead = 0;
    qint64 rowsRejected = 0;
};

Read readAll(const QByteArray &csv, const QStringList &maps = {})
{
    Read out;
    auto split = LabelColumns::fromArguments(maps).value();
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    CallRowReader calls(&buffer, ColumnMapping::fromArguments(split.callMaps).value(), 7);
    out.openError = calls.open().error();
    if (!out.openError.isEmpty())
        return out;
    LabelledCallReader reader(calls, split.labels);
    out.openError = reader.open().error();
    if (!out.openError.isEmpty())
        return out;
    LabelledCall row;
    RowError error;
    for (int guard = 0; guard < 1000; ++guard) {
        const auto status = reader.next(row, error);
        if (status == LabelledCallReader::Status::End || status == LabelledCallReader::Status::ReadError)
            break;
        if (status == LabelledCallReader::Status::Row)
            out.rows.append(row);
        else
            out.errors.append(error);
    }
    out.rowsRead = reader.rowsRead();
    out.rowsRejected = reader.rowsRejected();
    return out;
}

// QTest prints a list through toString() of its elements, which rr::toString(ResponseKind) hides: compare
// labels as they are written.
QString written(const QList<ResponseKind> &kinds)
{
    return Label{kinds, std::nullopt}.kindsText();
}

QString written(const Label &label)
{
    const QString ems = label.ems ? (*label.ems ? QStringLiteral("yes") : QStringLiteral("no")) : QString();
    return label.kindsText() + QStringLiteral(" ems=") + ems;
}

} // namespace

class TestLabel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kinds_data();
    void kinds();
    void badKinds_data();
    void badKinds();
    void ems_data();
    void ems();
    void kindsText();
    void columnsFromArguments();
    void columnsErrors_data();
    void columnsErrors();
    void readsLabelledRows();
    void mappedColumnsAndCityNames();
    void badLabelsAreBadRows();
    void headerErrors_data();
    void headerErrors();
};

void TestLabel::kinds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<ResponseKind>>("kinds");
    QTest::newRow("unarmed") << QStringLiteral("unarmed") << QList<ResponseKind>{U};
    QTest::newRow("co_responder") << QStringLiteral("co_responder") << QList<ResponseKind>{C};
    QTest::newRow("co-responder") << QStringLiteral("co-responder") << QList<ResponseKind>{C};
    QTest::newRow("police, capitals, spaces") << QStringLiteral("  POLICE ") << QList<ResponseKind>{P};
    QTest::newRow("two, in the order written")
        << QStringLiteral("co_responder/unarmed") << QList<ResponseKind>{C, U};
    QTest::newRow("spaces around /") << QStringLiteral("unarmed / co_responder") << QList<ResponseKind>{U, C};
    QTest::newRow("three") << QStringLiteral("police/co_responder/unarmed") << QList<ResponseKind>{P, C, U};
    QTest::newRow("repeated kind kept once") << QStringLiteral("police/Police") << QList<ResponseKind>{P};
}

void TestLabel::kinds()
{
    QFETCH(QString, text);
    const auto parsed = parseExpectedKinds(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QFETCH(QList<ResponseKind>, kinds);
    QCOMPARE(written(*parsed), written(kinds));
}

void TestLabel::badKinds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty") << QString() << QStringLiteral("no expected kind");
    QTest::newRow("spaces") << QStringLiteral("   ") << QStringLiteral("no expected kind");
    QTest::newRow("misspelt") << QStringLiteral("polise") << QStringLiteral("\"polise\"");
    QTest::newRow("misspelt second") << QStringLiteral("unarmed/corespond")
                                     << QStringLiteral("\"corespond\" in \"unarmed/corespond\"");
    QTest::newRow("empty part") << QStringLiteral("unarmed/") << QStringLiteral("unknown kind \"\"");
    QTest::newRow("other separator") << QStringLiteral("unarmed,police")
                                     << QStringLiteral("\"unarmed,police\"");
    QTest::newRow("says how") << QStringLiteral("ems") << QStringLiteral("separated by /");
}

void TestLabel::badKinds()
{
    QFETCH(QString, text);
    QFETCH(QString, mentions);
    const auto parsed = parseExpectedKinds(text);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().contains(mentions), qPrintable(parsed.error()));
}

void TestLabel::ems_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("ems"); // -1 not checked, 0 no, 1 yes, 2 an error
    QTest::newRow("yes") << QStringLiteral("yes") << 1;
    QTest::newRow("YES") << QStringLiteral(" YES ") << 1;
    QTest::newRow("y") << QStringLiteral("y") << 1;
    QTest::newRow("true") << QStringLiteral("true") << 1;
    QTest::newRow("no") << QStringLiteral("no") << 0;
    QTest::newRow("0") << QStringLiteral("0") << 0;
    QTest::newRow("empty") << QString() << -1;
    QTest::newRow("unknown") << QStringLiteral("unknown") << -1;
    QTest::newRow("maybe") << QStringLiteral("maybe") << 2;
}

void TestLabel::ems()
{
    QFETCH(QString, text);
    QFETCH(int, ems);
    const auto parsed = parseExpectedEms(text);
    if (ems == 2) {
        QVERIFY(!parsed.ok());
        QVERIFY(parsed.error().contains(text));
        return;
    }
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    const std::optional<bool> value = *parsed;
    QCOMPARE(value ? int(*value) : -1, ems);
}

void TestLabel::kindsText()
{
    Label l;
    l.kinds = {C, U};
    QCOMPARE(l.kindsText(), QStringLiteral("co_responder/unarmed"));
    QVERIFY(l.accepts(U) && l.accepts(C) && !l.accepts(P));
    QVERIFY(!l.isOnly(U));
    l.kinds = {P};
    QVERIFY(l.isOnly(P));
}

void TestLabel::columnsFromArguments()
{
    const auto split = LabelColumns::fromArguments(
        {QStringLiteral("id=Event Number"), QStringLiteral("EXPECTED = Reviewer"),
         QStringLiteral("narrative=Comments"), QStringLiteral("expected_ems=Medic?")});
    QVERIFY2(split.ok(), qPrintable(split.error()));
    const LabelColumns::Split &s = *split;
    QCOMPARE(s.callMaps,
             (QStringList{QStringLiteral("id=Event Number"), QStringLiteral("narrative=Comments")}));
    QCOMPARE(s.labels.expectedColumn(), QStringLiteral("Reviewer"));
    QCOMPARE(s.labels.expectedEmsColumn(), QStringLiteral("Medic?"));

    const LabelColumns defaults;
    QCOMPARE(defaults.expectedColumn(), QStringLiteral("expected"));
    QCOMPARE(defaults.expectedEmsColumn(), QStringLiteral("expected_ems"));
    // What is not a label mapping is passed on as it was, for ColumnMapping to judge.
    const auto other = LabelColumns::fromArguments({QStringLiteral("beat=Zone"), QStringLiteral("nonsense")});
    QCOMPARE(other.value().callMaps, (QStringList{QStringLiteral("beat=Zone"), QStringLiteral("nonsense")}));
}

void TestLabel::columnsErrors_data()
{
    QTest::addColumn<QStringList>("maps");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("mapped twice") << QStringList{QStringLiteral("expected=A"), QStringLiteral("expected=B")}
                                  << QStringLiteral("mapped twice");
    QTest::newRow("no column") << QStringList{QStringLiteral("expected_ems=  ")}
                               << QStringLiteral("names no column");
    QTest::newRow("unknown field names both lists")
        << QStringList{QStringLiteral("expeted=Reviewer")}
        << QStringLiteral(
               "unknown field \"expeted\" in column mapping \"expeted=Reviewer\"; valid fields: id, "
               "received_at, call_type, call_code, priority, narrative, address, lat, lon, beat, weapon, "
               "violence, injury, self_harm, domestic, crime_in_progress, expected, expected_ems");
}

void TestLabel::columnsErrors()
{
    QFETCH(QStringList, maps);
    QFETCH(QString, mentions);
    const auto split = LabelColumns::fromArguments(maps);
    QVERIFY(!split.ok());
    QVERIFY2(split.error().contains(mentions), qPrintable(split.error()));
}

void TestLabel::readsLabelledRows()
{
    const Read r = readAll("id,call_type,narrative,expected,expected_ems,why\n"
                           "A1,WELFARE CHECK,\"lives alone,\nno weapons\",unarmed,,quiet\n"
                           "A2,SHOTS FIRED,,police,yes,\n"
                           "A3,MENTAL,,Unarmed/Co_Responder,no,either\n");
    QCOMPARE(r.openError, QString());
    QCOMPARE(r.errors.size(), 0);
    QCOMPARE(r.rows.size(), 3);
    QCOMPARE(r.rows[0].call.id, QStringLiteral("A1"));
    QCOMPARE(r.rows[0].call.narrative, QStringLiteral("lives alone,\nno weapons"));
    QCOMPARE(r.rows[0].line, 2);
    QCOMPARE(written(r.rows[0].label), written(Label{{U}, std::nullopt}));
    QCOMPARE(r.rows[1].line, 4);
    QCOMPARE(written(r.rows[1].label), written(Label{{P}, true}));
    QCOMPARE(written(r.rows[2].label), written(Label{{U, C}, false}));
    QCOMPARE(r.rowsRead, 3);
    QCOMPARE(r.rowsRejected, 0);
}

void TestLabel::mappedColumnsAndCityNames()
{
    const Read r =
        readAll("Event Number,Tencode Description,Reviewer,Medic,expected\n"
                "E1,Well Ck,unarmed,N,police\n"
                "E2,Shots,police,Y,unarmed\n",
                {QStringLiteral("id=Event Number"), QStringLiteral("call_type=Tencode Description"),
                 QStringLiteral("expected=Reviewer"), QStringLiteral("expected_ems=Medic")});
    QCOMPARE(r.openError, QString());
    QCOMPARE(r.rows.size(), 2);
    QCOMPARE(r.rows[0].call.callType, QStringLiteral("Well Ck"));
    // The mapped column wins over a column that happens to be called "expected".
    QCOMPARE(written(r.rows[0].label), written(Label{{U}, false}));
    QCOMPARE(written(r.rows[1].label), written(Label{{P}, true}));
}

void TestLabel::badLabelsAreBadRows()
{
    const Read r = readAll("id,call_type,Reviewer,expected_ems\n"
                           "B1,NOISE,unarmed,\n"
                           "B2,NOISE,polise,\n"
                           "B3,NOISE,,\n"
                           "B4,NOISE,police,maybe\n"
                           "B5,NOISE,police,no\n"
                           ",NOISE,police,no\n"
                           "B7,NOISE,\xff\xfe,no\n",
                           {QStringLiteral("expected=Reviewer")});
    QCOMPARE(r.openError, QString());
    QCOMPARE(r.rows.size(), 2);
    QCOMPARE(r.rows[0].call.id, QStringLiteral("B1"));
    QCOMPARE(r.rows[1].call.id, QStringLiteral("B5"));
    QCOMPARE(r.errors.size(), 5);
    QCOMPARE(r.errors[0].line, 3);
    QCOMPARE(
        r.errors[0].message,
        QStringLiteral("expected (column \"Reviewer\"): unknown kind \"polise\" in \"polise\" (use unarmed, "
                       "co_responder or police; acceptable kinds separated by /)"));
    QCOMPARE(r.errors[1].line, 4);
    QVERIFY2(r.errors[1].message.contains(QStringLiteral("no expected kind")),
             qPrintable(r.errors[1].message));
    QCOMPARE(r.errors[2].line, 5);
    QCOMPARE(r.errors[2].message, QStringLiteral("expected_ems: \"maybe\" is not yes, no or empty"));
    QCOMPARE(r.errors[3].line, 7); // the call itself is bad: no id
    QVERIFY2(r.errors[3].message.contains(QStringLiteral("empty id")), qPrintable(r.errors[3].message));
    QCOMPARE(r.errors[4].line, 8);
    QVERIFY2(r.errors[4].message.contains(QStringLiteral("invalid UTF-8")), qPrintable(r.errors[4].message));
    QCOMPARE(r.rowsRead, 7);
    QCOMPARE(r.rowsRejected, 5);
}

void TestLabel::headerErrors_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("maps");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no expected column") << QByteArray("id,call_type,why\nA,B,C\n") << QStringList{}
                                        << QStringLiteral("no \"expected\" column");
    QTest::newRow("mapped expected absent")
        << QByteArray("id,call_type,expected\nA,B,police\n") << QStringList{QStringLiteral("expected=Label")}
        << QStringLiteral("column \"Label\" (mapped to expected)");
    QTest::newRow("mapped expected_ems absent")
        << QByteArray("id,call_type,expected\nA,B,police\n")
        << QStringList{QStringLiteral("expected_ems=Medic")}
        << QStringLiteral("column \"Medic\" (mapped to expected_ems)");
}

void TestLabel::headerErrors()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, maps);
    QFETCH(QString, mentions);
    const Read r = readAll(csv, maps);
    QVERIFY2(r.openError.contains(mentions), qPrintable(r.openError));
    QVERIFY(r.openError.contains(QStringLiteral("its columns are: id, call_type")));
}

QTEST_GUILESS_MAIN(TestLabel)
#include "tst_label.moc"
