#include "io/csvwriter.h"
#include "io/suggestionformat.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace rr;

namespace {

Suggestion sample()
{
    Suggestion s;
    s.kind = ResponseKind::CoResponder;
    s.ems = true;
    s.confidence = 0.85;
    s.category = QStringLiteral("mental_health");
    s.reasons = {{QStringLiteral("category"), QStringLiteral("Mental-health crisis, no weapon reported")},
                 {QStringLiteral("self_harm"), QStringLiteral("Caller says \"pills\" | overdose risk")}};
    s.triggers = {{QStringLiteral("self_harm"), CallField::Narrative, 12, 5, QStringLiteral("pills")},
                  {QStringLiteral("weapon"), CallField::CallType, 0, 3, QStringLiteral("GUN")}};
    s.rulesVersion = QStringLiteral("sha256:abc");
    return s;
}

QByteArray csvRow(const QString &id, const Suggestion &s)
{
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    CsvWriter writer(&out);
    writeTriageCsv(writer, id, s);
    writer.flush();
    return out.data();
}

} // namespace

class TestSuggestionFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvColumns();
    void csvRow_data();
    void csvRow();
    void jsonLine();
    void jsonEscaping_data();
    void jsonEscaping();
    void jsonEmptyLists();
};

void TestSuggestionFormat::csvColumns()
{
    QCOMPARE(triageCsvColumns().join(u','), QStringLiteral("id,response,ems,confidence,category,reasons"));
}

void TestSuggestionFormat::csvRow_data()
{
    QTest::addColumn<Suggestion>("suggestion");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("co-responder, two reasons")
        << sample()
        << QByteArray("E1,co_responder,true,0.85,mental_health,\"Mental-health crisis, no weapon reported | "
                      "Caller says \"\"pills\"\" | overdose risk\"\n");
    Suggestion unarmed;
    unarmed.kind = ResponseKind::Unarmed;
    unarmed.confidence = 1.0;
    unarmed.category = QStringLiteral("welfare_check");
    unarmed.reasons = {{QStringLiteral("category"), QStringLiteral("Welfare check")}};
    QTest::newRow("unarmed, one reason")
        << unarmed << QByteArray("E1,unarmed,false,1.00,welfare_check,Welfare check\n");
    Suggestion police;
    police.confidence = 0.333;
    QTest::newRow("police, no reasons") << police << QByteArray("E1,police,false,0.33,,\n");
    Suggestion rounding;
    rounding.confidence = 0.675000001;
    QTest::newRow("confidence rounds") << rounding << QByteArray("E1,police,false,0.68,,\n");
}

void TestSuggestionFormat::csvRow()
{
    QFETCH(Suggestion, suggestion);
    QFETCH(QByteArray, expected);
    QCOMPARE(::csvRow(QStringLiteral("E1"), suggestion), expected);
}

void TestSuggestionFormat::jsonLine()
{
    const QByteArray line = triageJsonLine(QStringLiteral("E1"), sample());
    QVERIFY(line.endsWith('\n'));
    QCOMPARE(line.count('\n'), 1);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject o = doc.object();
    QCOMPARE(o.keys().size(), 8);
    QCOMPARE(o.value(u"id").toString(), QStringLiteral("E1"));
    QCOMPARE(o.value(u"response").toString(), QStringLiteral("co_responder"));
    QVERIFY(o.value(u"ems").isBool());
    QCOMPARE(o.value(u"ems").toBool(), true);
    QVERIFY(o.value(u"confidence").isDouble());
    QCOMPARE(o.value(u"confidence").toDouble(), 0.85);
    QCOMPARE(o.value(u"category").toString(), QStringLiteral("mental_health"));
    QCOMPARE(o.value(u"rules_version").toString(), QStringLiteral("sha256:abc"));
    const QJsonArray reasons = o.value(u"reasons").toArray();
    QCOMPARE(reasons.size(), 2);
    QCOMPARE(reasons[1].toObject().value(u"rule").toString(), QStringLiteral("self_harm"));
    QCOMPARE(reasons[1].toObject().value(u"text").toString(),
             QStringLiteral("Caller says \"pills\" | overdose risk"));
    const QJsonArray triggers = o.value(u"triggers").toArray();
    QCOMPARE(triggers.size(), 2);
    const QJsonObject t0 = triggers[0].toObject();
    QCOMPARE(t0.value(u"rule").toString(), QStringLiteral("self_harm"));
    QCOMPARE(t0.value(u"field").toString(), QStringLiteral("narrative"));
    QCOMPARE(t0.value(u"start").toInt(), 12);
    QCOMPARE(t0.value(u"length").toInt(), 5);
    QCOMPARE(t0.value(u"text").toString(), QStringLiteral("pills"));
    QCOMPARE(triggers[1].toObject().value(u"field").toString(), QStringLiteral("call_type"));
    // Key order is part of the format people grep.
    QVERIFY(
        line.startsWith("{\"id\":\"E1\",\"response\":\"co_responder\",\"ems\":true,\"confidence\":0.85,"));
}

void TestSuggestionFormat::jsonEscaping_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("escaped");
    QTest::newRow("quote and backslash") << QStringLiteral("a\"b\\c") << QByteArray("\"a\\\"b\\\\c\"");
    QTest::newRow("newline tab cr") << QStringLiteral("a\nb\tc\rd") << QByteArray("\"a\\nb\\tc\\rd\"");
    QTest::newRow("control") << QString(QChar(0x01)) + QChar(0x1F) << QByteArray("\"\\u0001\\u001f\"");
    QTest::newRow("non-ascii") << QString::fromUtf8("\xC3\xA9\xE2\x82\xAC\xF0\x9F\x9A\x91")
                               << QByteArray("\"\xC3\xA9\xE2\x82\xAC\xF0\x9F\x9A\x91\"");
    QTest::newRow("lone surrogate") << QString(QChar(0xDC00)) << QByteArray("\"\\udc00\"");
    QTest::newRow("slash kept") << QStringLiteral("a/b") << QByteArray("\"a/b\"");
}

void TestSuggestionFormat::jsonEscaping()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, escaped);
    const QByteArray line = triageJsonLine(text, Suggestion());
    QVERIFY2(line.startsWith("{\"id\":" + escaped + ","), line.constData());
    const QJsonDocument doc = QJsonDocument::fromJson(line);
    QVERIFY(doc.isObject());
    if (!text.contains(QChar(0xDC00))) // QJsonDocument turns a lone surrogate into U+FFFD
        QCOMPARE(doc.object().value(u"id").toString(), text);
}

void TestSuggestionFormat::jsonEmptyLists()
{
    Suggestion s;
    s.confidence = 0.5;
    QCOMPARE(
        triageJsonLine(QStringLiteral("X"), s),
        QByteArray("{\"id\":\"X\",\"response\":\"police\",\"ems\":false,\"confidence\":0.5,\"category\":\"\","
                   "\"reasons\":[],\"triggers\":[],\"rules_version\":\"\"}\n"));
}

QTEST_GUILESS_MAIN(TestSuggestionFormat)
#include "tst_suggestionformat.moc"
