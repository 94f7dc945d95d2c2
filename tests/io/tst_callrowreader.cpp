#include "io/callrowreader.h"

#include <QBuffer>
#include <QTest>

using namespace rr;

namespace {

const QByteArray kHeader = "id,received_at,call_type,call_code,priority,narrative,address,lat,lon,beat,"
                           "weapon,violence,injury,self_harm,domestic,crime_in_progress\n";

struct Outcome
{
    QList<Call> calls;
    QList<RowError> errors;
    QString openError;
    qint64 rowsRead = 0;
    qint64 rowsRejected = 0;
};

Outcome readAll(const QByteArray &input, const QStringList &maps = {}, qsizetype chunkSize = 7)
{
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    CallRowReader reader(&buffer, ColumnMapping::fromArguments(maps).value(), chunkSize);
    Outcome out;
    out.openError = reader.open().error();
    Call call; // reused across rows, as the CLI does
    RowError error;
    for (int guard = 0; guard < 1000; ++guard) {
        const CallRowReader::Status status = reader.next(call, error);
        if (status == CallRowReader::Status::End || status == CallRowReader::Status::ReadError)
            break;
        if (status == CallRowReader::Status::Row)
            out.calls.append(call);
        else
            out.errors.append(error);
    }
    out.rowsRead = reader.rowsRead();
    out.rowsRejected = reader.rowsRejected();
    return out;
}

} // namespace

class TestCallRowReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goodRow();
    void emptyOptionalFields();
    void priorityForms_data();
    void priorityForms();
    void badRows_data();
    void badRows();
    void badRowsDoNotStopReading();
    void blankLinesSkipped();
    void cityColumnNames();
    void openErrors_data();
    void openErrors();
    void reusedCallIsFullyOverwritten();
    void rowLineAndRawFields();
};

void TestCallRowReader::goodRow()
{
    const Outcome out =
        readAll(kHeader + "E1,2024-05-01T13:45:00,WELFARE CHECK,WELCK,2,\"Caller says \"\"he's "
                          "fine, just sad\"\"\",\" 12 MAIN ST \",35.994,-78.8986,D2,no,No,yes,"
                          "unknown,,Y\n");
    QCOMPARE(out.openError, QString());
    QCOMPARE(out.errors.size(), 0);
    QCOMPARE(out.calls.size(), 1);
    Call expected;
    expected.id = QStringLiteral("E1");
    expected.receivedAt = QDateTime(QDate(2024, 5, 1), QTime(13, 45), Qt::LocalTime);
    expected.callType = QStringLiteral("WELFARE CHECK");
    expected.callCode = QStringLiteral("WELCK");
    expected.priority = 2;
    expected.narrative = QStringLiteral("Caller says \"he's fine, just sad\"");
    expected.address = QStringLiteral("12 MAIN ST");
    expected.latitude = 35.994;
    expected.longitude = -78.8986;
    expected.beat = QStringLiteral("D2");
    expected.screening[Screen::Weapon] = Answer::No;
    expected.screening[Screen::Violence] = Answer::No;
    expected.screening[Screen::Injury] = Answer::Yes;
    expected.screening[Screen::SelfHarm] = Answer::Unknown;
    expected.screening[Screen::Domestic] = Answer::Unknown;
    expected.screening[Screen::CrimeInProgress] = Answer::Yes;
    QCOMPARE(out.calls.first(), expected);
    QCOMPARE(out.calls.first().receivedAt.timeSpec(), Qt::LocalTime);
    QCOMPARE(out.rowsRead, 1);
    QCOMPARE(out.rowsRejected, 0);
}

void TestCallRowReader::emptyOptionalFields()
{
    const Outcome out = readAll(kHeader + "E2,,,,,caf\xC3\xA9 \xF0\x9F\x9A\x91,,,,,,,,,,\n");
    QCOMPARE(out.errors.size(), 0);
    QCOMPARE(out.calls.size(), 1);
    const Call &c = out.calls.first();
    QCOMPARE(c.id, QStringLiteral("E2"));
    QVERIFY(!c.receivedAt.isValid());
    QCOMPARE(c.priority, std::nullopt);
    QCOMPARE(c.latitude, std::nullopt);
    QCOMPARE(c.longitude, std::nullopt);
    QCOMPARE(c.narrative, QString::fromUtf8("caf\xC3\xA9 \xF0\x9F\x9A\x91"));
    QVERIFY(!c.screening.anyAnswered());
}

void TestCallRowReader::priorityForms_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("expected");
    QTest::newRow("plain") << QByteArray("3") << 3;
    QTest::newRow("P1") << QByteArray("P1") << 1;
    QTest::newRow("p2") << QByteArray("p2") << 2;
    QTest::newRow("Priority 3") << QByteArray("Priority 3") << 3;
    QTest::newRow("PRIORITY 4") << QByteArray("PRIORITY 4") << 4;
    QTest::newRow("padded") << QByteArray(" 5 ") << 5;
}

void TestCallRowReader::priorityForms()
{
    QFETCH(QByteArray, text);
    QFETCH(int, expected);
    const QByteArray header("id,call_type,priority\n");
    const Outcome out = readAll(header + "E1,X," + text + "\n");
    QCOMPARE(out.errors.size(), 0);
    QCOMPARE(out.calls.size(), 1);
    QCOMPARE(out.calls.first().priority, std::optional<int>(expected));
}

void TestCallRowReader::badRows_data()
{
    QTest::addColumn<QByteArray>("rows"); // after the canonical header (line 1)
    QTest::addColumn<qint64>("line");
    QTest::addColumn<QString>("message");

    QTest::newRow("too few fields") << QByteArray("E1,,X,,,,,,,,,,,,\n") << qint64(2)
                                    << QStringLiteral("expected 16 fields, found 15");
    QTest::newRow("too many fields") << QByteArray("\nE1,,X,,,,,,,,,,,,,,\n") << qint64(3)
                                     << QStringLiteral("expected 16 fields, found 17");
    QTest::newRow("empty id") << QByteArray("  ,,X,,,,,,,,,,,,,\n") << qint64(2)
                              << QStringLiteral("empty id");
    QTest::newRow("bad time") << QByteArray("E1,2024-13-01 10:00,X,,,,,,,,,,,,,\n") << qint64(2)
                              << QStringLiteral("unparseable received_at \"2024-13-01 10:00\"");
    QTest::newRow("long bad time truncated")
        << QByteArray("E1," + QByteArray(60, 'z') + ",X,,,,,,,,,,,,,\n") << qint64(2)
        << QStringLiteral("unparseable received_at \"%1\u2026\"").arg(QString(40, u'z'));
    QTest::newRow("bad priority") << QByteArray("E1,,X,,high,,,,,,,,,,,\n") << qint64(2)
                                  << QStringLiteral("unparseable priority \"high\"");
    QTest::newRow("bad lat") << QByteArray("E1,,X,,,,,35.9.1,,,,,,,,\n") << qint64(2)
                             << QStringLiteral("unparseable lat \"35.9.1\"");
    QTest::newRow("nan lon") << QByteArray("E1,,X,,,,,,nan,,,,,,,\n") << qint64(2)
                             << QStringLiteral("unparseable lon \"nan\"");
    QTest::newRow("lat out of range") << QByteArray("E1,,X,,,,,90.5,0,,,,,,,\n") << qint64(2)
                                      << QStringLiteral("lat \"90.5\" is outside -90..90");
    QTest::newRow("lon out of range") << QByteArray("E1,,X,,,,,0,-180.01,,,,,,,\n") << qint64(2)
                                      << QStringLiteral("lon \"-180.01\" is outside -180..180");
    QTest::newRow("invalid utf8 narrative") << QByteArray("E1,,X,,,bad \xC3\x28 byte,,,,,,,,,,\n")
                                            << qint64(2) << QStringLiteral("invalid UTF-8 in narrative");
    QTest::newRow("overlong utf8 id")
        << QByteArray("\xC0\xAF,,X,,,,,,,,,,,,,\n") << qint64(2) << QStringLiteral("invalid UTF-8 in id");
    QTest::newRow("truncated utf8 beat") << QByteArray("E1,,X,,,,,,,D\xE2\x82,,,,,,\n") << qint64(2)
                                         << QStringLiteral("invalid UTF-8 in beat");
    QTest::newRow("bad screening") << QByteArray("E1,,X,,,,,,,,maybe,,,,,\n") << qint64(2)
                                   << QStringLiteral(
                                          "weapon must be yes, no, unknown or empty, not \"maybe\"");
    QTest::newRow("malformed csv") << QByteArray("E1,,X,,,\"a\"b,,,,,,,,,,\n") << qint64(2)
                                   << QStringLiteral(
                                          "unexpected characters after the closing quote of field 6");
    QTest::newRow("line after multi-line record")
        << QByteArray("E1,,X,,,\"two\nlines\",,,,,,,,,,\nE2,,X,,P9x,,,,,,,,,,,\n") << qint64(4)
        << QStringLiteral("unparseable priority \"P9x\"");
}

void TestCallRowReader::badRows()
{
    QFETCH(QByteArray, rows);
    QFETCH(qint64, line);
    QFETCH(QString, message);
    const Outcome out = readAll(kHeader + rows);
    QCOMPARE(out.openError, QString());
    QCOMPARE(out.errors.size(), 1);
    QCOMPARE(out.errors.first().line, line);
    QCOMPARE(out.errors.first().message, message);
    QCOMPARE(out.errors.first().toString(), QStringLiteral("line %1: %2").arg(line).arg(message));
    QCOMPARE(out.rowsRejected, 1);
}

void TestCallRowReader::badRowsDoNotStopReading()
{
    const Outcome out = readAll(kHeader + "E1,,X,,,,,,,,,,,,,\n"
                                          "E2,,X,,,,,,,,\n"
                                          "E3,,X,,,\"never closed,,,,,,,,,,\n"
                                          "E4,,X,,,,,,,,,,,,,\n");
    QCOMPARE(out.calls.size(), 2);
    QCOMPARE(out.calls[0].id, QStringLiteral("E1"));
    QCOMPARE(out.calls[1].id, QStringLiteral("E4"));
    QCOMPARE(out.errors.size(), 2);
    QCOMPARE(out.errors[0].line, 3);
    QCOMPARE(out.errors[1].line, 4);
    QVERIFY2(out.errors[1].message.contains(QStringLiteral("never closed")),
             qPrintable(out.errors[1].message));
    QCOMPARE(out.rowsRead, 4);
    QCOMPARE(out.rowsRejected, 2);
}

void TestCallRowReader::blankLinesSkipped()
{
    const Outcome out =
        readAll("\n\r\n" + kHeader + "\nE1,,X,,,,,,,,,,,,,\n\r\n,,,,,,,,,,,,,,,\nE2,,X,,,,,,,,,,,,,");
    QCOMPARE(out.openError, QString());
    QCOMPARE(out.errors.size(), 0);
    QCOMPARE(out.calls.size(), 2);
    QCOMPARE(out.rowsRead, 2);
}

void TestCallRowReader::cityColumnNames()
{
    const QByteArray input = "\xEF\xBB\xBF"
                             "Event Number,Tencode,Tencode Description,Call_Received,Priority,"
                             "Block Address,Unused\r\n"
                             "P24-001,WELCK,Well Ck N-Urgent,5/1/2024 1:45 PM,P3,100 BLOCK MAIN,zzz\r\n";
    const Outcome out = readAll(
        input, {QStringLiteral("id=Event Number"), QStringLiteral("call_code=Tencode"),
                QStringLiteral("call_type=Tencode Description"), QStringLiteral("received_at=call_received"),
                QStringLiteral("address=Block Address")});
    QCOMPARE(out.openError, QString());
    QCOMPARE(out.errors.size(), 0);
    QCOMPARE(out.calls.size(), 1);
    const Call &c = out.calls.first();
    QCOMPARE(c.id, QStringLiteral("P24-001"));
    QCOMPARE(c.callCode, QStringLiteral("WELCK"));
    QCOMPARE(c.callType, QStringLiteral("Well Ck N-Urgent"));
    QCOMPARE(c.receivedAt, QDateTime(QDate(2024, 5, 1), QTime(13, 45), Qt::LocalTime));
    QCOMPARE(c.priority, std::optional<int>(3));
    QCOMPARE(c.address, QStringLiteral("100 BLOCK MAIN"));
    QCOMPARE(c.narrative, QString());

    // A bad value names the field and the city's column.
    const Outcome bad =
        readAll(input.left(input.indexOf("\r\n") + 2) + "P24-002,X,Y,yesterday,,,\r\n",
                {QStringLiteral("id=Event Number"), QStringLiteral("received_at=Call_Received"),
                 QStringLiteral("call_type=Tencode Description")});
    QCOMPARE(bad.errors.size(), 1);
    QCOMPARE(bad.errors.first().message,
             QStringLiteral("unparseable received_at (column \"Call_Received\") \"yesterday\""));
}

void TestCallRowReader::openErrors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("maps");
    QTest::addColumn<QString>("mustContain");
    QTest::newRow("empty input") << QByteArray() << QStringList{} << QStringLiteral("the input is empty");
    QTest::newRow("only blank lines")
        << QByteArray("\n\n") << QStringList{} << QStringLiteral("the input is empty");
    QTest::newRow("missing mapped column")
        << QByteArray("Event Number,call_type\n") << QStringList{QStringLiteral("id=Incident")}
        << QStringLiteral("column \"Incident\" (mapped to id) is not in the header");
    QTest::newRow("no id") << QByteArray("number,call_type\n") << QStringList{}
                           << QStringLiteral(
                                  "no \"id\" column (map one with id=COLUMN); its columns are: number, "
                                  "call_type");
    QTest::newRow("no text columns") << QByteArray("id,priority\n") << QStringList{}
                                     << QStringLiteral(
                                            "none of the columns call_type, call_code and narrative");
    QTest::newRow("malformed header")
        << QByteArray("id,\"call_type\n") << QStringList{} << QStringLiteral("line 1: malformed header");
}

void TestCallRowReader::openErrors()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, maps);
    QFETCH(QString, mustContain);
    const Outcome out = readAll(input, maps);
    QVERIFY2(out.openError.contains(mustContain), qPrintable(out.openError));
    QCOMPARE(out.calls.size(), 0);
    QCOMPARE(out.errors.size(), 0);
}

void TestCallRowReader::reusedCallIsFullyOverwritten()
{
    // A full row followed by a sparse one: nothing of the first may leak into the second.
    const Outcome out = readAll(kHeader + "E1,2024-05-01 10:00,T,C,1,N,A,1,2,B,yes,yes,yes,yes,yes,yes\n"
                                          "E2,,T2,,,,,,,,,,,,,\n");
    QCOMPARE(out.calls.size(), 2);
    Call expected;
    expected.id = QStringLiteral("E2");
    expected.callType = QStringLiteral("T2");
    QCOMPARE(out.calls[1], expected);
}

void TestCallRowReader::rowLineAndRawFields()
{
    QBuffer buffer;
    buffer.setData("id,narrative,label\n"
                   "E1,\"two\nlines\", police \n"
                   "E2,,X,too many\n"
                   "E3,quiet,unarmed/co_responder\n");
    buffer.open(QIODevice::ReadOnly);
    CallRowReader reader(&buffer, {}, 5);
    QVERIFY(reader.open().ok());
    Call call;
    RowError error;
    QCOMPARE(reader.next(call, error), CallRowReader::Status::Row);
    QCOMPARE(reader.rowLine(), 2);
    QCOMPARE(reader.rawFields().size(), size_t(3));
    QCOMPARE(reader.rawFields()[2], QByteArrayView(" police ")); // untrimmed: the caller decides
    QCOMPARE(reader.next(call, error), CallRowReader::Status::BadRow);
    QCOMPARE(reader.next(call, error), CallRowReader::Status::Row);
    QCOMPARE(call.id, QStringLiteral("E3"));
    QCOMPARE(reader.rowLine(), 5);
    QCOMPARE(reader.rawFields()[2], QByteArrayView("unarmed/co_responder"));
}

QTEST_GUILESS_MAIN(TestCallRowReader)
#include "tst_callrowreader.moc"
