// The scenario file: a scenario written and read back is equal to itself (every field of the calls and keys);
// a file of a newer format, not JSON, not a scenario, or with a bad call or key is refused with a message
// that says what is wrong.

#include "training/scenariojson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace rr;

namespace {

Scenario sample()
{
    Scenario s;
    s.name = QStringLiteral("night-shift-mental-health");
    s.version = 3;
    s.description = QStringLiteral("Three calls of a night shift — one needs an override");
    s.tags = {QStringLiteral("category:mental-health"), QStringLiteral("difficulty:hard")};
    s.source = QStringLiteral("durham-2024.csv");
    s.rulesVersion = QStringLiteral("abc123");
    ScenarioCall a;
    a.offsetMs = 0;
    a.call.id = QStringLiteral("T001");
    a.call.callType = QStringLiteral("WELFARE CHECK");
    a.call.callCode = QStringLiteral("WELCK");
    a.call.priority = 3;
    a.call.narrative = QStringLiteral("caller [NAME] says her father is confused, «no weapons»");
    a.call.address = QStringLiteral("1400 BLOCK OF MAIN ST");
    a.call.latitude = 35.994;
    a.call.longitude = -78.899;
    a.call.beat = QStringLiteral("D14");
    a.call.screening[Screen::Weapon] = Answer::No;
    a.key.reference = ResponseKind::Unarmed;
    a.key.alternatives = {ResponseKind::CoResponder};
    a.key.source = QStringLiteral("history");
    ScenarioCall b;
    b.offsetMs = 95500;
    b.call.id = QStringLiteral("T002");
    b.call.callType = QStringLiteral("SUICIDE THREAT");
    b.call.narrative = QStringLiteral("son has a gun and says he will use it");
    b.key.reference = ResponseKind::Police;
    b.key.expectOverride = true;
    b.key.expectedReason = QStringLiteral("new_information");
    b.key.source = QStringLiteral("suggestion");
    ScenarioCall c = b;
    c.offsetMs = 95500; // two calls at the same moment
    c.call.id = QStringLiteral("T003");
    c.key = {};
    s.calls = {a, b, c};
    return s;
}

QByteArray withChange(const std::function<void(QJsonObject &)> &change)
{
    QJsonObject o = QJsonDocument::fromJson(ScenarioJson::toJson(sample())).object();
    change(o);
    return QJsonDocument(o).toJson();
}

QJsonObject firstCall(const QJsonObject &o)
{
    return o.value(QStringLiteral("calls")).toArray().at(0).toObject();
}

void setFirstCall(QJsonObject &o, const QJsonObject &call)
{
    QJsonArray calls = o.value(QStringLiteral("calls")).toArray();
    calls[0] = call;
    o.insert(QStringLiteral("calls"), calls);
}

} // namespace

class TstScenarioJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip()
    {
        const Scenario s = sample();
        const QByteArray json = ScenarioJson::toJson(s);
        QVERIFY(json.contains("\"format\": 1"));
        const Result<Scenario> back = ScenarioJson::fromJson(json);
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(back->calls.size(), s.calls.size());
        for (qsizetype i = 0; i < s.calls.size(); ++i) {
            QCOMPARE(back->calls.at(i).offsetMs, s.calls.at(i).offsetMs);
            QCOMPARE(back->calls.at(i).call, s.calls.at(i).call);
            QCOMPARE(back->calls.at(i).key, s.calls.at(i).key);
        }
        QVERIFY(*back == s);
        QCOMPARE(back->durationMs(), qint64(95500));
        // Written again, the same bytes: a file travels unchanged.
        QCOMPARE(ScenarioJson::toJson(*back), json);
    }

    void roundTripThroughAFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("s.json"));
        QVERIFY(ScenarioJson::writeFile(path, sample()).ok());
        const Result<Scenario> back = ScenarioJson::readFile(path);
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QVERIFY(*back == sample());
        const Result<Scenario> missing = ScenarioJson::readFile(dir.filePath(QStringLiteral("none.json")));
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().startsWith(QStringLiteral("cannot read ")), qPrintable(missing.error()));
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("not JSON") << QByteArray("{\"format\": 1,") << QStringLiteral("not a JSON document");
        QTest::newRow("an array") << QByteArray("[1, 2]") << QStringLiteral("one JSON object");
        QTest::newRow("no format") << withChange([](QJsonObject &o) {
            o.remove(QStringLiteral("format"));
        }) << QStringLiteral("no \"format\": this is not a RightResponse scenario file");
        QTest::newRow("newer format")
            << withChange([](QJsonObject &o) { o.insert(QStringLiteral("format"), 2); })
            << QStringLiteral("format 2, newer than this program reads (format 1): update RightResponse");
        // UBSan in the scenariojson fuzz target (tests/fuzz/corpus/scenariojson/format-1e300.json): the
        // format was converted to an integer for this message, undefined beyond 2^63 (-9223372036854775808).
        QTest::newRow("huge format") << withChange([](QJsonObject &o) {
            o.insert(QStringLiteral("format"), 1e300);
        }) << QStringLiteral("format 1e+300, newer than this program reads");
        QTest::newRow("format as text")
            << withChange([](QJsonObject &o) { o.insert(QStringLiteral("format"), QStringLiteral("1")); })
            << QStringLiteral("\"format\" must be a whole number");
        QTest::newRow("bad name") << withChange([](QJsonObject &o) {
            o.insert(QStringLiteral("name"), QStringLiteral("night shift"));
        }) << QStringLiteral("'night shift' is not");
        QTest::newRow("no calls") << withChange([](QJsonObject &o) {
            o.insert(QStringLiteral("calls"), QJsonArray());
        }) << QStringLiteral("at least one call");
        QTest::newRow("calls not a list")
            << withChange([](QJsonObject &o) { o.insert(QStringLiteral("calls"), 3); })
            << QStringLiteral("\"calls\" must be a list");
        QTest::newRow("tags not strings")
            << withChange([](QJsonObject &o) { o.insert(QStringLiteral("tags"), QJsonArray{1}); })
            << QStringLiteral("\"tags\"");
        QTest::newRow("negative offset") << withChange([](QJsonObject &o) {
            QJsonObject c = firstCall(o);
            c.insert(QStringLiteral("offset_ms"), -5);
            setFirstCall(o, c);
        }) << QStringLiteral("call 1: offset_ms must be a whole number");
        QTest::newRow("offsets out of order") << withChange([](QJsonObject &o) {
            QJsonObject c = firstCall(o);
            c.insert(QStringLiteral("offset_ms"), 200000);
            setFirstCall(o, c);
        }) << QStringLiteral("call 2 (T002): its offset 95500 ms comes before the previous call's 200000 ms");
        QTest::newRow("call without id") << withChange([](QJsonObject &o) {
            QJsonObject c = firstCall(o);
            QJsonObject call = c.value(QStringLiteral("call")).toObject();
            call.remove(QStringLiteral("id"));
            c.insert(QStringLiteral("call"), call);
            setFirstCall(o, c);
        }) << QStringLiteral("call 1: call: id (the CAD event number) is required");
        QTest::newRow("bad kind") << withChange([](QJsonObject &o) {
            QJsonObject c = firstCall(o);
            QJsonObject key = c.value(QStringLiteral("key")).toObject();
            key.insert(QStringLiteral("reference"), QStringLiteral("fire"));
            c.insert(QStringLiteral("key"), key);
            setFirstCall(o, c);
        }) << QStringLiteral("call 1: key.reference must be \"unarmed\", \"co_responder\" or \"police\"");
        QTest::newRow("alternative repeats the reference") << withChange([](QJsonObject &o) {
            QJsonObject c = firstCall(o);
            QJsonObject key = c.value(QStringLiteral("key")).toObject();
            key.insert(QStringLiteral("alternatives"), QJsonArray{QStringLiteral("unarmed")});
            c.insert(QStringLiteral("key"), key);
            setFirstCall(o, c);
        }) << QStringLiteral("alternatives repeat its reference");
        QTest::newRow("same id twice") << withChange([](QJsonObject &o) {
            QJsonArray calls = o.value(QStringLiteral("calls")).toArray();
            calls.append(calls.last());
            o.insert(QStringLiteral("calls"), calls);
        }) << QStringLiteral("call 4: the id T003 is used twice");
    }
    void refused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const Result<Scenario> s = ScenarioJson::fromJson(json);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(error), qPrintable(s.error()));
    }

    void absentOptionalFieldsHaveDefaults()
    {
        const QByteArray json = R"({"format": 1, "name": "mini", "calls": [
            {"offset_ms": 0, "call": {"id": "A"}, "key": {"reference": "police"}}]})";
        const Result<Scenario> s = ScenarioJson::fromJson(json);
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QCOMPARE(s->version, 1);
        QVERIFY(s->tags.isEmpty());
        QCOMPARE(toString(s->calls.first().key.reference), toString(ResponseKind::Police));
        QVERIFY(!s->calls.first().key.expectOverride);
    }

    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QStringLiteral("night-shift_2.v1") << true;
        QTest::newRow("digit first") << QStringLiteral("2024-demo") << true;
        QTest::newRow("space") << QStringLiteral("night shift") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("dash first") << QStringLiteral("-x") << false;
        QTest::newRow("65 characters") << QString(65, u'a') << false;
        QTest::newRow("64 characters") << QString(64, u'a') << true;
    }
    void names()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(ScenarioJson::nameProblem(name).isEmpty(), valid);
    }
};

QTEST_GUILESS_MAIN(TstScenarioJson)
#include "tst_scenariojson.moc"
