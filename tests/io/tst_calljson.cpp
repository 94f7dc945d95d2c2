#include "io/calljson.h"

#include <QJsonDocument>
#include <QTest>

using namespace rr;

Q_DECLARE_METATYPE(rr::Answer)
Q_DECLARE_METATYPE(rr::Call)

class TestCallJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryField();
    void absentAndNullValues_data();
    void absentAndNullValues();
    void screeningAnswers_data();
    void screeningAnswers();
    void rejects_data();
    void rejects();
    void ignoresUnknownFields();
    void roundTrips_data();
    void roundTrips();
};

namespace {
QByteArray withId(const QByteArray &rest)
{
    return "{\"id\":\"2024-000123\"" + (rest.isEmpty() ? QByteArray() : "," + rest) + "}";
}
} // namespace

void TestCallJson::readsEveryField()
{
    const QByteArray body =
        R"({"id":" 2024-000001 ","received_at":"2024-05-01T13:45:00Z","call_type":"WELFARE CHECK",
        "call_code":"WELCK","priority":3,"narrative":"  caller worried about neighbour ","address":"1200 BLOCK OF MAIN ST",
        "lat":35.99,"lon":-78.9,"beat":"213","weapon":"no","violence":"yes","injury":"unknown","self_harm":null,
        "domestic":false,"crime_in_progress":true})";
    const auto result = callFromJson(body);
    if (const auto *error = std::get_if<FieldError>(&result))
        QFAIL(qPrintable(error->message));
    const Call call = std::get<Call>(result);
    QCOMPARE(call.id, QStringLiteral("2024-000001"));
    QCOMPARE(call.receivedAt, QDateTime(QDate(2024, 5, 1), QTime(13, 45), Qt::UTC));
    QCOMPARE(call.callType, QStringLiteral("WELFARE CHECK"));
    QCOMPARE(call.callCode, QStringLiteral("WELCK"));
    QCOMPARE(call.priority, std::optional<int>(3));
    QCOMPARE(call.narrative, QStringLiteral("caller worried about neighbour"));
    QCOMPARE(call.address, QStringLiteral("1200 BLOCK OF MAIN ST"));
    QCOMPARE(call.latitude, std::optional<double>(35.99));
    QCOMPARE(call.longitude, std::optional<double>(-78.9));
    QCOMPARE(call.beat, QStringLiteral("213"));
    QCOMPARE(toString(call.screening[Screen::Weapon]), toString(Answer::No));
    QCOMPARE(toString(call.screening[Screen::Violence]), toString(Answer::Yes));
    QCOMPARE(toString(call.screening[Screen::Injury]), toString(Answer::Unknown));
    QCOMPARE(toString(call.screening[Screen::SelfHarm]), toString(Answer::Unknown));
    QCOMPARE(toString(call.screening[Screen::Domestic]), toString(Answer::No));
    QCOMPARE(toString(call.screening[Screen::CrimeInProgress]), toString(Answer::Yes));
}

void TestCallJson::absentAndNullValues_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("only id") << withId({});
    QTest::newRow("all null") << withId(
        R"("received_at":null,"call_type":null,"call_code":null,"priority":null,
        "narrative":null,"address":null,"lat":null,"lon":null,"beat":null,"weapon":null,"violence":null,
        "injury":null,"self_harm":null,"domestic":null,"crime_in_progress":null)");
    QTest::newRow("empty strings") << withId(R"("received_at":"  ","call_type":"","weapon":"","beat":" ")");
}

void TestCallJson::absentAndNullValues()
{
    QFETCH(QByteArray, body);
    const auto result = callFromJson(body);
    QVERIFY(std::holds_alternative<Call>(result));
    Call expected;
    expected.id = QStringLiteral("2024-000123");
    QCOMPARE(std::get<Call>(result), expected);
}

void TestCallJson::screeningAnswers_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<Answer>("expected");
    QTest::newRow("yes") << QByteArray(R"("yes")") << Answer::Yes;
    QTest::newRow("YES") << QByteArray(R"("YES")") << Answer::Yes;
    QTest::newRow("y") << QByteArray(R"("y")") << Answer::Yes;
    QTest::newRow("true") << QByteArray("true") << Answer::Yes;
    QTest::newRow("no") << QByteArray(R"("no")") << Answer::No;
    QTest::newRow("false") << QByteArray("false") << Answer::No;
    QTest::newRow("unknown") << QByteArray(R"("unknown")") << Answer::Unknown;
    QTest::newRow("empty") << QByteArray(R"("")") << Answer::Unknown;
    QTest::newRow("null") << QByteArray("null") << Answer::Unknown;
}

void TestCallJson::screeningAnswers()
{
    QFETCH(QByteArray, value);
    QFETCH(Answer, expected);
    const auto result = callFromJson(withId("\"self_harm\":" + value));
    QVERIFY(std::holds_alternative<Call>(result));
    QCOMPARE(toString(std::get<Call>(result).screening[Screen::SelfHarm]), toString(expected));
}

void TestCallJson::rejects_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("messageContains");

    QTest::newRow("empty body") << QByteArray() << 400 << QString() << QStringLiteral("malformed JSON");
    QTest::newRow("truncated") << QByteArray(R"({"id":"1")") << 400 << QString()
                               << QStringLiteral("malformed JSON");
    QTest::newRow("garbage") << QByteArray("\xff\xfe not json") << 400 << QString()
                             << QStringLiteral("malformed");
    QTest::newRow("trailing garbage")
        << QByteArray(R"({"id":"1"} x)") << 400 << QString() << QStringLiteral("malformed");
    QTest::newRow("array") << QByteArray(R"([{"id":"1"}])") << 400 << QString()
                           << QStringLiteral("JSON object");
    // Qt 6.4's parser itself refuses a scalar at the top level, so these read as malformed.
    QTest::newRow("string") << QByteArray(R"("hello")") << 400 << QString() << QStringLiteral("JSON");
    QTest::newRow("number") << QByteArray("42") << 400 << QString() << QStringLiteral("JSON");

    QTest::newRow("no id") << QByteArray(R"({"narrative":"x"})") << 422 << QStringLiteral("id")
                           << QStringLiteral("required");
    QTest::newRow("null id") << QByteArray(R"({"id":null})") << 422 << QStringLiteral("id")
                             << QStringLiteral("required");
    QTest::newRow("empty id") << QByteArray(R"({"id":""})") << 422 << QStringLiteral("id")
                              << QStringLiteral("empty");
    QTest::newRow("blank id") << QByteArray(R"({"id":"   "})") << 422 << QStringLiteral("id")
                              << QStringLiteral("empty");
    QTest::newRow("numeric id") << QByteArray(R"({"id":123})") << 422 << QStringLiteral("id")
                                << QStringLiteral("string");
    QTest::newRow("NUL in id") << QByteArray(R"({"id":"a\u0000b"})") << 422 << QStringLiteral("id")
                               << QStringLiteral("NUL");

    QTest::newRow("priority text") << withId(R"("priority":"high")") << 422 << QStringLiteral("priority")
                                   << QStringLiteral("whole number");
    QTest::newRow("priority fraction")
        << withId(R"("priority":1.5)") << 422 << QStringLiteral("priority") << QStringLiteral("whole number");
    QTest::newRow("priority negative")
        << withId(R"("priority":-1)") << 422 << QStringLiteral("priority") << QStringLiteral("whole number");
    QTest::newRow("priority huge") << withId(R"("priority":1e12)") << 422 << QStringLiteral("priority")
                                   << QStringLiteral("whole number");
    QTest::newRow("narrative number") << withId(R"("narrative":5)") << 422 << QStringLiteral("narrative")
                                      << QStringLiteral("must be a string, not a number");
    QTest::newRow("call_type object") << withId(R"("call_type":{})") << 422 << QStringLiteral("call_type")
                                      << QStringLiteral("not an object");
    QTest::newRow("address array") << withId(R"("address":[])") << 422 << QStringLiteral("address")
                                   << QStringLiteral("not an array");
    QTest::newRow("beat bool") << withId(R"("beat":true)") << 422 << QStringLiteral("beat")
                               << QStringLiteral("not a boolean");
    QTest::newRow("NUL in narrative")
        << withId(R"("narrative":"x\u0000")") << 422 << QStringLiteral("narrative") << QStringLiteral("NUL");

    QTest::newRow("time garbage") << withId(R"("received_at":"yesterday")") << 422
                                  << QStringLiteral("received_at") << QStringLiteral("yesterday");
    QTest::newRow("time month 13") << withId(R"("received_at":"2024-13-01T00:00:00")") << 422
                                   << QStringLiteral("received_at") << QStringLiteral("not a date");
    QTest::newRow("time number") << withId(R"("received_at":1714571100)") << 422
                                 << QStringLiteral("received_at") << QStringLiteral("must be a string");

    QTest::newRow("lat 91") << withId(R"("lat":91)") << 422 << QStringLiteral("lat")
                            << QStringLiteral("outside");
    QTest::newRow("lat -90.5") << withId(R"("lat":-90.5)") << 422 << QStringLiteral("lat")
                               << QStringLiteral("outside");
    QTest::newRow("lon 180.01") << withId(R"("lon":180.01)") << 422 << QStringLiteral("lon")
                                << QStringLiteral("outside");
    QTest::newRow("lon text") << withId(R"("lon":"-78.9")") << 422 << QStringLiteral("lon")
                              << QStringLiteral("must be a number");

    QTest::newRow("weapon maybe") << withId(R"("weapon":"maybe")") << 422 << QStringLiteral("weapon")
                                  << QStringLiteral("\"maybe\"");
    QTest::newRow("violence number") << withId(R"("violence":1)") << 422 << QStringLiteral("violence")
                                     << QStringLiteral("not a number");
    QTest::newRow("crime array") << withId(R"("crime_in_progress":["yes"])") << 422
                                 << QStringLiteral("crime_in_progress") << QStringLiteral("not an array");
}

void TestCallJson::rejects()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, field);
    QFETCH(QString, messageContains);
    const auto result = callFromJson(body);
    QVERIFY(std::holds_alternative<FieldError>(result));
    const FieldError error = std::get<FieldError>(result);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.field, field);
    QVERIFY2(error.message.contains(messageContains), qPrintable(error.message));
}

void TestCallJson::ignoresUnknownFields()
{
    const auto result =
        callFromJson(withId(R"("unit":"E7","nested":{"a":[1,2]},"Narrative":5,"priority":2)"));
    QVERIFY(std::holds_alternative<Call>(result));
    QCOMPARE(std::get<Call>(result).priority, std::optional<int>(2));
    QVERIFY(std::get<Call>(result).narrative.isEmpty());
}

void TestCallJson::roundTrips_data()
{
    QTest::addColumn<Call>("call");
    Call empty;
    empty.id = QStringLiteral("E1");
    QTest::newRow("only id") << empty;

    Call full;
    full.id = QStringLiteral("2024-000042");
    full.receivedAt = QDateTime(QDate(2024, 5, 1), QTime(13, 45, 7, 120), Qt::OffsetFromUTC, -4 * 3600);
    full.callType = QStringLiteral("Well Ck N-Urgent");
    full.callCode = QStringLiteral("WELCK");
    full.priority = 0;
    full.narrative = QStringLiteral("Caller says \"he's not OK\" \u00e9\u4e2d \U0001F600");
    full.address = QStringLiteral("MAIN ST & DUKE ST");
    full.latitude = 35.996123;
    full.longitude = -78.901234;
    full.beat = QStringLiteral("213");
    full.screening[Screen::Weapon] = Answer::No;
    full.screening[Screen::SelfHarm] = Answer::Yes;
    QTest::newRow("every field") << full;

    Call utc = full;
    utc.receivedAt = QDateTime(QDate(2023, 12, 31), QTime(23, 59, 59), Qt::UTC);
    utc.latitude = -90.0;
    utc.longitude = 180.0;
    QTest::newRow("utc, extreme coordinates") << utc;
}

void TestCallJson::roundTrips()
{
    QFETCH(Call, call);
    const QByteArray body = QJsonDocument(callToJson(call)).toJson(QJsonDocument::Compact);
    const auto result = callFromJson(body);
    QVERIFY2(std::holds_alternative<Call>(result), body.constData());
    QCOMPARE(std::get<Call>(result), call);
    QCOMPARE(callToJson(call).size(), 16);
}

QTEST_GUILESS_MAIN(TestCallJson)
#include "tst_calljson.moc"
